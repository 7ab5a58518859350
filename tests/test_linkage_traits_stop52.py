"""Linkage at stop 52 (issue 12, from linkage/dev_zb and trafficking/dev_zg; each phrasing here invented). What the
fresh sets told in words not read yet: a tattoo told only by what it shows on his skin ("the little swallow on his
neck", "the anchor on his arm"); a burn told as burn scarring or as skin burned; a cigar smell told smell last or
without "of"; an accent told by the city the man is named by ("the Liverpool lad") or by a noun after another
clause ("(no car that I saw), scouser"). Adverts: a researcher's note on a capture is not the advert's text. An
identifier chain runs on through a report's keyed pseudonyms too (a page giving his email is reached through the report
that gives the email and his phone). And what must not count: a gold anchor on a chain, a bird on his arm, a sunburn,
a cigar offered, a club named for its shirt, one coincidence between two different men. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import advert_clusters as ac
from processors.correlation import Observation, keys_for
from processors.linkage import CHAIN, IDENTIFIER, Linker, Subject
from processors.similar_offenders import accents_of
from redaction.pseudonym import Pseudonymiser
from tests.test_linkage_series_traits import build, pair_links

KEY = Pseudonymiser(b"stop-52-test-key-not-a-secret-000000")


def marks(text: str) -> list[dict[str, Any]]:
    return build(text)["marks"]


def smells(text: str) -> set[str]:
    return {b for b in build(text)["behaviours"] if b.startswith("smell")}


def accents(text: str) -> set[str]:
    return {g for g, _ in accents_of(build(text))}


# -- marks --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "motif", "place"),
    [
        ("watch for the fella with a tiny swallow on the side of his neck", "swallow", "neck"),
        ("it was the one with the anchor on his forearm again", "anchor", "arm"),
        ("bloke had a scorpion on his left hand and a shaved head", "scorpion", "hand"),
        ("small dagger done on his wrist, she reckons", "dagger", "wrist"),
    ],
)
def test_a_tattoo_told_by_what_it_shows_on_his_skin(text: str, motif: str, place: str) -> None:
    found = [m for m in marks(text) if m["kind"] == "tattoo"]
    assert found and motif in found[0]["motif"] and place in found[0]["places"]


@pytest.mark.parametrize(
    "text",
    [
        "he wore a gold anchor on his neck on a thick chain",
        "came in with a bird on his arm, his missus I think",
        "had a rose on his lapel like he'd been to a wedding",
    ],
)
def test_what_is_only_on_him_or_with_him_is_no_tattoo(text: str) -> None:
    assert not [m for m in marks(text) if m["kind"] == "tattoo"]


@pytest.mark.parametrize(
    "text",
    ["there's burn scarring right up his left arm", "his hand was all burned, the skin shiny and tight"],
)
def test_a_burn_told_as_scarring_or_as_skin_burned(text: str) -> None:
    assert "burn" in [m["kind"] for m in marks(text)]


def test_a_sunburn_is_no_burn() -> None:
    assert "burn" not in [m["kind"] for m in marks("his face was sunburned from the beach")]


# -- a smell, an accent --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["you could catch the cigar reek on him from the landing", "man smell cigar so strong, my room smell after"],
)
def test_a_cigar_smell_told_smell_last_or_without_of(text: str) -> None:
    assert smells(text) == {"smell:cigar"}


def test_a_cigar_offered_is_no_smell() -> None:
    assert smells("he offered me a cigar after, I said no thanks") == set()


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("warn everyone, it's the Newcastle bloke with the scar again", "geordie"),
        ("the Glasgow man who brings his own whisky was back", "scottish"),
        ("walked up on foot (no car that I saw), scouser, tall and thin", "scouse"),
    ],
)
def test_a_man_named_by_his_city_or_a_noun_after_another_clause(text: str, group: str) -> None:
    assert accents(text) == {group}


@pytest.mark.parametrize(
    "text",
    [
        "he had a Liverpool fan shirt on, blue jeans",
        "I'm a scouser too, so I know the type",
        "he drove over from Glasgow that night",
    ],
)
def test_a_club_shirt_the_reporter_or_where_he_drove_from_is_no_accent(text: str) -> None:
    assert accents(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "left his gym bag on the chair pointin at the bed, then I saw the light on it",
        "his holdall was on the dresser and inside it there was a phone with the light on",
    ],
)
def test_a_phone_hidden_in_his_bag_told_bag_first(text: str) -> None:
    assert "covert_filming" in build(text)["behaviours"]


def test_a_phone_charger_in_his_bag_is_no_hidden_camera() -> None:
    assert "covert_filming" not in build("his bag was by the bed, inside was his phone charger and keys")["behaviours"]


def test_a_lil_tattoo_shows_no_lil() -> None:
    found = [m for m in marks("a lil star tattoo by his right eye") if m["kind"] == "tattoo"]
    assert found and "lil" not in found[0]["motif"]


# -- series that link, look-alikes that do not ---------------------------------------------------------------------


def test_a_swallow_on_his_neck_and_the_name_he_calls_her_link() -> None:
    a = build("tell the girls it's him, the one with a little swallow on his neck who calls everybody petal")
    b = build("heavy man, swallow tattoo on the left side of his neck, kept calling me petal, took his money back")
    assert pair_links(a, b)


def test_a_swallow_alone_does_not_link_two_men() -> None:
    a = build("the one with a little swallow on his neck, calls everybody petal")
    b = build("swallow tattoo on his neck, called me darling, paid and left")
    assert not pair_links(a, b)


def test_a_gold_anchor_on_a_chain_does_not_link_to_an_anchor_tattoo() -> None:
    a = build("wore a gold anchor on his neck on a chain, calls everyone hen")
    b = build("anchor tattoo on his neck, calls everyone hen, brought vodka")
    c = build("the one with the anchor on his neck, calls everyone hen, brought vodka")
    assert not pair_links(a, b)
    assert pair_links(c, b)


def test_the_liverpool_lad_with_the_teardrop_links() -> None:
    a = build("it's that Liverpool lad with the tear tattoo under his eye again, pulled a blade on her")
    b = build("Merseyside accent, a teardrop inked under his left eye, produced a knife once the door shut")
    assert pair_links(a, b)


def test_a_teardrop_and_different_accents_do_not_link() -> None:
    a = build("it's that Liverpool lad with the tear tattoo under his eye again, pulled a blade on her")
    b = build("strong Glasgow accent, a teardrop inked under his left eye, produced a knife once the door shut")
    assert not pair_links(a, b)


def test_cigar_reek_and_a_ring_on_his_little_finger_link() -> None:
    a = build("the cigar stink off him was awful, fat gold ring on his little finger, said he'd pay by transfer")
    b = build("he stank of cigars, heavy signet ring on his pinky, the payment never came")
    assert pair_links(a, b)


# -- adverts ----------------------------------------------------------------------------------------------------


TEMPLATE = (
    "NEW GIRL {name} {age} in {town} this week only, party girl, all services, long time welcome, "
    "bookings by text only 07700 900{n}, hurry and see her before she moves on, no withheld numbers"
)


def test_a_researcher_note_is_not_the_adverts_text() -> None:
    clusters = ac.AdvertClusters({})
    one = TEMPLATE.format(name="Kira", age=21, town="Leeds", n=101) + (
        "\n[Capture note: seen on two other sites the same week; test text replied within a minute, signed 'Boss'; "
        "photos reverse-searched to a modelling page abroad; listing bumped every six hours by the poster]"
    )
    two = TEMPLATE.format(name="Vera", age=22, town="Wakefield", n=102) + "\n[Researcher note: new this week.]"
    clusters.observe("A1", "2026-11-01T10:00:00Z", one)
    found = clusters.observe("A2", "2026-11-02T10:00:00Z", two)
    assert found is not None and found.members == ["A1"]


def test_the_same_note_on_two_different_adverts_clusters_nothing() -> None:
    note = "\n[Capture note: number answered by a man with an accent, asked which girl, quoted prices, hung up fast]"
    clusters = ac.AdvertClusters({})
    clusters.observe("B1", "2026-11-01T10:00:00Z", "Curvy Mia, mature and friendly, incall in my own flat" + note)
    found = clusters.observe(
        "B2", "2026-11-02T10:00:00Z", "Tall blonde Zoe, massage and dinner dates, outcall to hotels" + note
    )
    assert found is None


# -- an identifier chain through a report's keyed pseudonyms ----------------------------------------------------------


def _entity(label: str, normalized: str, text: str) -> dict[str, Any]:
    return {"label": label, "normalized": normalized, "text": text, "role": "offender", "evidence": "offender.form"}


def _report(rid: str, day: int, text: str, *entities: dict[str, Any]) -> Subject:
    record = {"narrative": text, "entities": list(entities)}
    return Subject(Observation(rid, "nums", f"2026-06-{day:02d}T10:00:00Z", keys_for("nums", record)), record)


def _chained(found: list[dict[str, Any]]) -> set[str]:
    return {r for lk in found if lk["kind"] == IDENTIFIER and lk["attribute"] == CHAIN for r in lk["records"]}


def _page(linker: Linker, email: str) -> None:
    research = {"content": "rooms for ladies, deposit first, contact [EMAIL_1]", "entities": [],
                "email_refs": [KEY.token("email", email)]}  # fmt: skip
    linker.observe(Subject(Observation("P", "desktop_research", "2026-06-01T10:00:00Z", ()), research))


def test_a_page_giving_his_email_is_chained_through_the_report_giving_the_email_and_his_phone() -> None:
    linker = Linker({}, KEY)
    _page(linker, "rooms.rick@example.net")
    email = _entity("EMAIL_ADDRESS", "rooms.rick@example.net", "rooms.rick@example.net")
    phone = _entity("PHONE_NUMBER", "+447700900515", "07700 900515")
    linker.observe(_report("B", 2, "paid a deposit to rooms.rick@example.net, he rang from 07700 900515", email, phone))
    found = linker.observe(_report("C", 3, "threatening calls from 07700 900515 since she warned others", phone))
    assert _chained(found) == {"P"}


def test_a_report_with_another_phone_is_not_chained_to_the_page() -> None:
    linker = Linker({}, KEY)
    _page(linker, "rooms.rick@example.net")
    email = _entity("EMAIL_ADDRESS", "rooms.rick@example.net", "rooms.rick@example.net")
    phone = _entity("PHONE_NUMBER", "+447700900515", "07700 900515")
    other = _entity("PHONE_NUMBER", "+447700900516", "07700 900516")
    linker.observe(_report("B", 2, "paid a deposit to rooms.rick@example.net, he rang from 07700 900515", email, phone))
    found = linker.observe(_report("C", 3, "threatening calls from 07700 900516", other))
    assert _chained(found) == set()
