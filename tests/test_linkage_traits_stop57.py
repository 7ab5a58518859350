"""Linkage at stop 57 (issue 12, from linkage/dev_zg and trafficking/dev_zl; each phrasing here invented). What the
fresh sets told in ways not read yet: a mark's place told first ("Under his left eye he has small tattoo"); a tattoo
likened to a thing ("like a star"); a Stanley knife told by its blade or as a cutter knife; roof ladders told as a van
with a ladder or listed after it; a page's age listed among his traits ("Fisherman type, 50s, grey beard"); an
offender's handle or number given by two pages, once a report gives it as his. And what must not count: a verse of
scripture a stranger posts, its words as text in common with the man who quotes it; a Belfast voice and a Dublin one as
one accent; "on his way out" as a place on him, tattoos "like all the lads" as a motif, a pizza cutter, a ladder he
climbed, "girls, 20s", two pages sharing a number no report gives as a man's. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.correlation import IDENTIFIER_REF, Observation, keys_for
from processors.linkage import IDENTIFIER, Linker, Subject
from processors.similar_offenders import score
from redaction.pseudonym import Pseudonymiser
from tests.test_linkage_series_traits import build, pair_links

KEY = Pseudonymiser(b"stop-57-test-key-not-a-secret-000000")


def reasons(a: dict[str, Any], b: dict[str, Any]) -> str:
    return " | ".join(score(a, b, "B", op.settings()).reasons)


def tattoos(text: str) -> list[dict[str, Any]]:
    return [m for m in op.marks_in_text(text.lower()) if m["kind"] == "tattoo"]


# -- marks -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Under his left eye he has small tattoo. He come in grey car.", "face"),
        ("On his neck there is a tattoo of a fish.", "neck"),
    ],
)
def test_a_marks_place_told_first(text: str, place: str) -> None:
    assert [place] == tattoos(text)[0]["places"]


@pytest.mark.parametrize(
    "text", ["On his way out I saw a tattoo.", "At the car park he showed me a tattoo.", "Under his left eye, a scar."]
)
def test_no_place_when_the_sentence_opens_with_none_of_his_body(text: str) -> None:
    assert not [m for m in op.marks_in_text(text.lower()) if m["places"]]


def test_a_tattoo_likened_to_a_thing_shows_it() -> None:
    assert tattoos("he had small tattoo like a star on the hand")[0]["motif"] == ["star"]
    assert tattoos("he has tattoos like all the lads round here")[0]["motif"] == []


def test_a_teardrop_told_first_and_likened_links_a_relayed_report() -> None:
    a = build("Under his right eye he have small tattoo like a tear. He say 'keep it quiet ok'. Young, no hair.")
    b = build("Lad about 30, shaved head, teardrop tattoo under right eye. Kept saying 'keep it quiet'.")
    assert "tattoo on the face, tear" in reasons(a, b)
    assert pair_links(a, b)


# -- weapons and vehicles ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["he take out small cutter knife", "out came a Stanley blade", "a carpet knife"])
def test_a_stanley_knife_told_by_its_blade(text: str) -> None:
    assert op.weapons_of(text.lower()) == ["stanley knife"]


@pytest.mark.parametrize("text", ["he used the pizza cutter in my kitchen", "a cutter for the hedge", "he had a knife"])
def test_no_stanley_knife_in_another_cutter(text: str) -> None:
    assert op.weapons_of(text.lower()) == []


@pytest.mark.parametrize("text", ["he come in white big van for work, with ladder", "works van (Transit, ladders)"])
def test_roof_ladders_told_as_a_van_with_a_ladder(text: str) -> None:
    assert "roof ladders" in op.details_of(text.lower())


def test_no_roof_ladders_in_a_ladder_he_climbed() -> None:
    assert "roof ladders" not in op.details_of("white van. he climbed a ladder to the window")


# -- what he says: a verse of scripture --------------------------------------------------------------------------------


def test_a_verse_is_the_religious_talk_not_text_in_common() -> None:
    client = build("Old man, 70s, walking stick, beige car. Would not pay and said 'the wages of sin is death'.")
    poster = build("Post by a young student: 'The wages of sin is death. Shame them all out of town, sinners.'")
    assert "religious_talk" in client["behaviours"] and "religious_talk" in poster["behaviours"]
    assert "wages" in client["behaviour_words"]["religious_talk"]
    assert "text in common" not in reasons(client, poster)
    assert not pair_links(client, poster)


def test_wages_alone_are_no_religious_talk() -> None:
    assert "religious_talk" not in build("he said his wages were late so he could not pay")["behaviours"]


# -- accents -----------------------------------------------------------------------------------------------------------


def test_a_belfast_voice_and_a_dublin_one_differ() -> None:
    belfast = build("man in a maroon estate, strong Belfast accent, glasses")
    dublin = build("young fella with a Dublin accent, maroon estate")
    assert "accents differ" in reasons(belfast, dublin)
    assert not pair_links(belfast, dublin)


def test_an_irish_voice_still_matches_a_belfast_one() -> None:
    belfast = build("man in a maroon estate, strong Belfast accent, glasses")
    irish = build("big man, Irish accent, glasses")
    assert "accents differ" not in reasons(belfast, irish)
    assert "accent: " in reasons(belfast, irish)
    assert "accent: " in reasons(belfast, build("older man, Belfast accent, beard"))


# -- a page's age ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("harbour girls - the net man is back. fisherman type, 50s, grey beard", [50, 59]),
        ("man in a blue estate. 30s, scouse accent", [30, 39]),
    ],
)
def test_a_decade_listed_among_his_traits(text: str, age: list[int]) -> None:
    assert op.page_age_and_build(text)[0] == age


@pytest.mark.parametrize("text", ["harbour girls, 20s, watch out for him", "he paid 50s, then left"])
def test_no_age_in_her_decade_or_in_money(text: str) -> None:
    assert op.page_age_and_build(text)[0] is None


# -- an offender's identifier given by two pages -----------------------------------------------------------------------


def _page(rid: str, day: int, content: str, **refs: list[str]) -> Subject:
    record = {"research_id": rid, "content": content, "entities": [], **refs}
    return Subject(
        Observation(rid, "desktop_research", f"2026-06-{day:02d}T10:00:00Z", keys_for("desktop_research", record)),
        record,
    )


def _report(rid: str, day: int, narrative: str, handle: str) -> Subject:
    entity = {
        "label": "ONLINE_HANDLE",
        "normalized": handle,
        "text": f"@{handle}",
        "role": "offender",
        "evidence": "offender.online_handles",
    }
    record = {"report_id": rid, "narrative": narrative, "entities": [entity]}
    return Subject(Observation(rid, "nums", f"2026-06-{day:02d}T10:00:00Z", keys_for("nums", record)), record)


def _ref_links(found: list[dict[str, Any]]) -> set[str]:
    return {r for lk in found if lk["kind"] == IDENTIFIER and lk["attribute"] == IDENTIFIER_REF for r in lk["records"]}


def test_two_pages_with_his_handle_link_once_a_report_gives_it() -> None:
    token = KEY.token("handle", "harbour_boss_mgmt")
    linker = Linker({}, KEY)
    linker.observe(_page("P1", 1, "New ladies, bookings only through our manager [HANDLE_1]", handle_refs=[token]))
    linker.observe(
        _report("N1", 2, "he books all her men by @harbour_boss_mgmt and keeps the money", "harbour_boss_mgmt")
    )
    found = linker.observe(_page("P2", 3, "channel admin [HANDLE_1]: girls in town till Friday", handle_refs=[token]))
    assert _ref_links(found) == {"N1", "P1"}


def test_two_pages_sharing_a_number_no_report_gives_link_as_contacts_only() -> None:
    token = KEY.token("phone", "+447700900977")
    linker = Linker({}, KEY)
    linker.observe(_page("P1", 1, "Sweet Holly, new in town", phone_refs=[token]))
    found = linker.observe(_page("P2", 2, "Sweet Holly, back this week", phone_refs=[token]))
    assert _ref_links(found) == set()
    assert [lk["attribute"] for lk in found if lk["records"]] == ["ADVERT_CONTACT"]
