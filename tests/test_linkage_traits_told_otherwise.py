"""Similar-offender traits read at stop 31 (issue 12, from linkage/dev_f's missed series, each
phrasing invented): a job told several ways (the council's bins, a hospital doctor, an airline
pilot, bare-knuckle fights), a plate missing from the front, a drink poured before she arrives,
grey at the temples, part of an ear gone, a deep tan, a South African accent by its city; two
claimed jobs that differ count against a link; a worker's warning post has a profile, an
advert and a neighbour's hostile post do not. All data fictional."""

from __future__ import annotations

from typing import Any

from processors import offender_profile as op
from processors.similar_offenders import accents_of, score
from tests.test_linkage_series_traits import build


def jobs(profile: dict[str, Any]) -> set[str]:
    return {b.partition(":")[2] for b in profile["behaviours"] if b.startswith("claims_job:")}


def test_one_job_however_told():
    bins = [
        "says hes on the bins for the council n ive got a early start",
        "told her 'I do the bins for the council, I'm up at five'",
        "He tell me he work for council, he collect the rubbish",
        "told her he was a refuse collector for the city council",
    ]
    assert all(jobs(build(t)) == {"refuse collector"} for t in bins)
    doctors = [
        "told me hes a surgeon",
        "Says he's a consultant at the hospital",
        "he said he works in A&E as a doctor",
        "said he was a hospital medic",
    ]
    assert all(jobs(build(t)) == {"doctor"} for t in doctors)
    pilots = [
        "kept going on about being a captain for one of the holiday airlines",
        "the man told her he flies 737s",
        "He told me he was a pilot",
    ]
    assert all(jobs(build(t)) == {"pilot"} for t in pilots)
    fights = ["bragged he fights bare knuckle for money", "an unlicensed boxer who fights without gloves"]
    assert all(jobs(build(t)) == {"bare knuckle fighter"} for t in fights)


def test_claimed_jobs_that_differ_count_against():
    a = build("tall tanned man greying at the temples, told me he was a pilot")
    b = build("tall tanned man, silver at the temples, said he was a doctor at the hospital")
    c = build("tall, big tan, grey at the sides, he said he was a pilot flying out of Manchester")
    s = op.settings()
    differ = score(a, b, "B", s)
    assert any("claimed jobs differ" in r for r in differ.reasons)
    assert score(a, c, "C", s).score > differ.score


def test_a_plate_missing_from_the_front_however_told():
    texts = [
        "grey astra estate no number plate on the front, only the back one",
        "an estate car with no registration plate on the front",
        "SU sure the reg plate at the front was missing, 'just the holes where it should be'",
        "Car is grey Vauxhall, in front no number, only behind",
    ]
    assert all("no front plate" in build(t)["vehicle_details"] for t in texts)
    assert "no front plate" not in build("grey astra, plate on the front was KX62")["vehicle_details"]


def test_a_drink_poured_before_she_arrives():
    texts = [
        "a bottle of champagne already open with two glasses poured when you walk in",
        "fella had a glass of bubbly poured ready for me on the side",
        "A flute of cava had been poured for her before she sat down",
        "Pink sparkling wine already in a glass waiting for her",
    ]
    assert all("drink_ready" in build(t)["behaviours"] for t in texts)
    assert "drink_ready" not in build("he asked if I wanted a drink and I said no")["behaviours"]


def test_grey_temples_an_ear_and_a_tan():
    for t in ("greying at the temples", "silver at the temples", "dark hair with grey at the sides"):
        assert "grey temples" in build(f"white man, 40s, {t}")["hair_words"]
    ears = [
        "Top of his right ear is missing like its been bitten off",
        "Part of his right earlobe missing",
        "the right ear's got a chunk gone from the bottom",
    ]
    assert all(any(m["kind"] == "ear" for m in build(t)["marks"]) for t in ears)
    assert all("tan" in build(t)["items"] for t in ("tall and tanned", "big tan", "suntanned, over 6ft"))


def test_a_south_african_accent_by_its_city_or_language():
    for t in (
        "'accent like someone from Cape Town'",
        "had an Afrikaans-sounding accent",
        "talked like hes from south africa",
    ):
        assert {g for g, _ in accents_of(build(t))} == {"south african"}, t


def _page(content: str) -> dict[str, Any]:
    return {"content": content, "mo": [], "entities": [], "location": None}


def test_a_workers_warning_has_a_profile_an_advert_and_a_hostile_post_none():
    warning = _page(
        "WARNING Posted by Velvet_Kat: Girls, please be careful with a client booking hotels on Sunday nights. "
        "Says he's a consultant at the hospital and wants you to call him 'Doctor'. He's tall, 40s."
    )
    assert op.build("desktop_research", warning) is not None
    advert = _page("Jess & Amber, two best mates, our own flat. Incall £200/hr, text me. Stay safe x")
    assert op.build("desktop_research", advert) is None
    hostile = _page("WARNING this is the brass working out of the flats, her name is on the sites and her number too.")
    assert op.build("desktop_research", hostile) is None
