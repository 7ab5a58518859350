"""Linkage at stop 56 (issue 12, from linkage/dev_zf and trafficking/dev_zk; each phrasing here invented). What the
fresh sets told in ways not read yet: an endearment with an accent ("ma chérie") and without it, one pair of words; a
warning headed by what he is ("fake screenshot merchant") or telling what he tries to do to you; a registration written
"KX-19-WQP"; a chain of identifiers through two reports, not one; hi-vis told as a workman's jacket or as like a road
worker's; a roof darker than the car; a sports shirt; filming told by what he used; a tattoo told as a drawing of a
thing on his neck; an accent told by his speech; a country cap; a Land Rover called a "Landy"; a colour told after a
thing ("roof is black") as no ethnicity. And what must not count: the town's own name as wording in common, the
quote's word again as a rare word in both, the merchant navy, a date after a car, a page listing many men at the second
step of a chain, an orange jacket alone, a sports top, his mobile rung, a drawing on the wall, slurred speech, a
baseball cap, his own ethnicity told plainly; and two different men who share one trait. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from common.vehicles import load_vehicles
from processors import offender_profile as op
from processors.correlation import Observation, keys_for
from processors.linkage import CHAIN, IDENTIFIER, Linker, Subject
from processors.similar_offenders import score
from processors.vehicles import Gazetteer
from redaction.pseudonym import Pseudonymiser
from tests.test_description import describe
from tests.test_linkage_series_traits import build, pair_links

KEY = Pseudonymiser(b"stop-56-test-key-not-a-secret-000000")


def reasons(a: dict[str, Any], b: dict[str, Any]) -> str:
    return " | ".join(score(a, b, "B", op.settings()).reasons)


def in_town(narrative: str, town: str) -> dict[str, Any]:
    record = {
        "narrative": narrative,
        "offender": {"vehicles": [], "description": None},
        "description_structured": {},
        "mo": [],
        "entities": [],
        "district": town,
        "location": town,
        "incident_at": "2026-11-01T23:00:00Z",
    }
    profile = op.build("nums", record)
    assert profile is not None
    return profile


# -- what he says, with and without an accent --------------------------------------------------------------------------


def test_an_endearment_with_and_without_its_accent_is_one_quote() -> None:
    one = build("he keep say 'ma chérie, ma chérie' all the time")["quoted"]
    other = build("he called me 'ma cherie' and laughed")["quoted"]
    assert "ma cherie" in set(one) & set(other)
    assert not [p for p in one if p.endswith(" ch") or p.startswith("ch ")]


def test_the_town_and_the_quote_word_again_do_not_link_two_men() -> None:
    # an old man with a ponytail and a young no-show, both in one town, both say "ma chérie"
    a = in_town(
        "Port Wenna, old man maybe 65, silver ponytail, gold ring on small finger, said 'ma chérie'", "Port Wenna"
    )
    b = in_town(
        "Port Wenna. French man, 30, dark short hair, called me 'ma chérie' on the phone, never came", "Port Wenna"
    )
    assert "wenna" not in a["terms"]
    assert "rare words in both" not in reasons(a, b)
    assert not pair_links(a, b)


# -- a warning page ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "KESWICK / PENRITH - fake screenshot merchant. Young lad, stammers, grey hatchback. Shows a 'paid' screen.",
        "Young lad with a stammer and a grey hatchback. Flashes a payment screen, then tries to blackmail you.",
    ],
)
def test_a_warning_told_by_what_he_is_or_tries(content: str) -> None:
    assert op.warns_of_a_man({"content": content})


@pytest.mark.parametrize(
    "content",
    [
        "Retired from the merchant navy, he now runs boat trips round the bay. Lovely man.",
        "Sweet Lily 24, new in town, text me to book, I try to answer you fast xx",
    ],
)
def test_no_warning_in_a_merchant_or_an_advert(content: str) -> None:
    assert not op.warns_of_a_man({"content": content})


# -- identifiers -------------------------------------------------------------------------------------------------------


def test_a_registration_hyphened_between_every_part() -> None:
    keys = keys_for("desktop_research", {"content": "Avoid silver saloon reg KX-19-WQP, scar on chin", "entities": []})
    assert "VEHICLE_REG:KX19WQP" in keys


def test_a_date_after_a_car_is_no_registration() -> None:
    keys = keys_for("desktop_research", {"content": "Avoid him, grey car on 15 may by the docks", "entities": []})
    assert not [k for k in keys if k.startswith("VEHICLE_REG")]


def _entity(label: str, normalized: str, text: str) -> dict:
    return {"label": label, "normalized": normalized, "text": text, "role": "offender", "evidence": "offender.form"}


def _subject(rid: str, source: str, day: int, text: str, *entities: dict) -> Subject:
    field = "narrative" if source == "nums" else "content"
    record = {field: text, "entities": list(entities)}
    return Subject(Observation(rid, source, f"2026-06-{day:02d}T10:00:00Z", keys_for(source, record)), record)


def _chained(found: list[dict]) -> set[str]:
    return {r for lk in found if lk["kind"] == IDENTIFIER and lk["attribute"] == CHAIN for r in lk["records"]}


PHONE = _entity("PHONE_NUMBER", "+447700900561", "07700 900561")
PLATE = _entity("VEHICLE_REG", "WU21KDM", "WU21 KDM")
HANDLE = _entity("ONLINE_HANDLE", "quaysidekev", "@quaysidekev")


def test_a_chain_through_two_reports_links() -> None:
    linker = Linker({}, KEY)
    linker.observe(_subject("A", "nums", 1, "booked from 07700 900561", PHONE))
    linker.observe(_subject("B", "partner", 2, "booked from 07700 900561, black car WU21 KDM", PHONE, PLATE))
    linker.observe(_subject("C", "nums", 3, "black car wu21kdm, follows me as @quaysidekev", PLATE, HANDLE))
    found = linker.observe(_subject("D", "nums", 4, "keeps messaging as @quaysidekev", HANDLE))
    assert _chained(found) == {"A", "B"}


def test_no_second_step_through_a_page_listing_many_men() -> None:
    other = _entity("PHONE_NUMBER", "+447700900562", "07700 900562")
    linker = Linker({}, KEY)
    linker.observe(_subject("A", "nums", 1, "rang from 07700 900562", other))
    linker.observe(_subject("P", "desktop_research", 2, "BLOCK LIST: 07700 900561, 07700 900562", PHONE, other))
    linker.observe(_subject("B", "partner", 3, "booked from 07700 900561, black car WU21 KDM", PHONE, PLATE))
    found = linker.observe(_subject("C", "nums", 4, "black car wu21kdm again", PLATE))
    assert "A" not in _chained(found)


# -- worn and carried --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["bald bloke in one of them orange workman jackets", "he wear jacket orange-yellow like road worker"]
)
def test_hi_vis_told_as_a_workmans_jacket(text: str) -> None:
    assert "hi-vis" in build(text)["items"]


def test_an_orange_jacket_alone_is_no_hi_vis() -> None:
    assert "hi-vis" not in build("he had an orange jacket like his mate's")["items"]


def test_a_sports_shirt_is_a_football_shirt() -> None:
    assert "football shirt" in build("he wore a red sports shirt and trainers")["items"]
    assert "football shirt" not in build("he wore a sports top, with a sports bag")["items"]


def test_a_country_cap_is_a_flat_cap() -> None:
    assert "flat cap" in build("wearing a country-style cap and a dark jacket")["items"]
    assert "flat cap" not in build("wearing a baseball cap and a dark jacket")["items"]


# -- what he does ------------------------------------------------------------------------------------------------------


def test_filming_told_by_what_he_used() -> None:
    assert "films" in build("he recorded with his mobile the whole time")["behaviours"]
    assert "films" not in build("he rang me on his mobile first")["behaviours"]


# -- marks and accents -------------------------------------------------------------------------------------------------


def test_a_drawing_of_a_thing_on_his_neck_is_a_tattoo() -> None:
    marks = build("He had a drawing of a small bird on his neck.")["marks"]
    assert any(m["kind"] == "tattoo" and "neck" in m["places"] and "bird" in m["motif"] for m in marks)
    assert not [m for m in build("there was a drawing of a bird on the wall")["marks"] if m["kind"] == "tattoo"]


def test_an_accent_told_by_his_speech() -> None:
    assert build("His speech was 'Irish style', he was big")["accent_heard"] == ["irish"]
    assert build("his speech was slurred, he was big")["accent_heard"] == []


# -- vehicles ----------------------------------------------------------------------------------------------------------


def test_a_roof_darker_than_the_car() -> None:
    assert "contrast roof" in build("a little grey-silver car with a dark roof")["vehicle_details"]
    assert "contrast roof" not in build("a little grey-silver car with dark windows")["vehicle_details"]


def test_a_landy_is_a_land_rover() -> None:
    gazetteer = Gazetteer(load_vehicles())
    assert gazetteer.make_names.get("landy") == gazetteer.make_names.get("land rover")
    assert gazetteer.make_names.get("landing") is None


# -- series that link, look-alikes that do not -------------------------------------------------------------------------


def test_a_relayed_report_links_with_a_case_note() -> None:
    a = build(
        "Interpreter relayed: very big man, a drawing of a small bird on his neck, his speech was 'Irish style', "
        "wearing a country-style cap"
    )
    b = build("ISVA note: heavy-set male, Northern Irish accent, swallow inked on right of neck, tweed flat cap")
    assert pair_links(a, b)


def test_the_accent_and_another_drawing_do_not_link_two_men() -> None:
    a = build("Interpreter relayed: young thin man, a drawing of a rose on his hand, his speech was 'Irish style'")
    b = build("ISVA note: heavy-set male, Northern Irish accent, swallow inked on right of neck, tweed flat cap")
    assert not pair_links(a, b)


# -- a colour told of a thing, not of him ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Young man, maybe 22, braces on teeth. He go in small silver car, roof is black, Mini.",
        "Lad in his 20s, left in a grey hatchback, windows all black.",
    ],
)
def test_a_colour_told_after_a_thing_is_no_ethnicity(pipeline, text: str) -> None:
    desc = describe(pipeline, text)
    assert not desc or desc.get("ethnicity") != "black"


@pytest.mark.parametrize("text", ["The man is black, about 30, slim.", "Black male, 30s, slim, red football shirt."])
def test_his_ethnicity_still_read(pipeline, text: str) -> None:
    assert describe(pipeline, text)["ethnicity"] == "black"
