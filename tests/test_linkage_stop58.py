"""Linkage at stop 58 (issue 12, from linkage/dev_zh and trafficking/dev_zm; each phrasing here invented). What the
fresh sets told in ways not read yet: a worker's post told as "watch for a big fella ..." or a watch post asking "anyone
know the lad ..."; a punter's own review calling himself "a big lad like me", or filming "anyway"; a motif on his elbow
with no tattoo word; a limp and a tattoo in one sentence; "ur grand" for "you're grand"; a "red pickup" in one word, a
"Volvo estate"; a "gold smile", a "shiny head", hair "in tail"; a pet name ending what he says without quote marks; the
smoke of a wood fire however named; and a report's identifier met as a one-man page's keyed pseudonym, reaching the
reports of that page's other identifiers. And what must not count: "watch for my new photos", "anyone know a good
mechanic", another lad in a review, pictures taken with her agreement, a gold anchor on a chain, "the pickup point",
"lives on the Ford estate", her name told by a friend, cigarette smoke, bonfire night, a page of many men's handles.
All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.correlation import Observation, keys_for
from processors.linkage import CHAIN, IDENTIFIER, Linker, Subject
from redaction.pseudonym import Pseudonymiser
from tests.test_linkage_series_traits import build, pair_links

KEY = Pseudonymiser(b"stop-58-test-key-not-a-secret-000000")


# -- pages: a warning of a man, a punter's own account ---------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Girls round Ripon pls watch for a tall fella with a limp, silver Yaris, pays by screenshot. He's Deano.",
        "ANYONE KNOW THE LAD in the white Caddy?? Drops girls at the flats every Friday. His snap is [HANDLE_1].",
        "does anybody recognise this bloke, he took my mate's phone, his car is a red Fiesta",
    ],
)
def test_a_warning_of_a_man_told_as_watch_for_or_anyone_know(content: str) -> None:
    assert op.warns_of_a_man({"content": content})


@pytest.mark.parametrize(
    "content",
    [
        "Watch for my new photos this week, the lady in red is back! ring me",
        "Does anybody know a good mechanic in Selby? my car keeps stalling",
        "Anyone know the girl in the red coat at the bus station? she's lovely",
    ],
)
def test_no_warning_of_a_man_in_other_watching_or_asking(content: str) -> None:
    assert not op.warns_of_a_man({"content": content})


_REVIEW = (
    "TrawlerTom wrote: 'Bella', Whitby. 6/10. Big lad like me (6ft4) she was a bit quiet. Agreed cover but slipped it "
    "off, she never noticed till after. She liked the anchor ink on my arm. Still had my oilskin on from the boat."
)


def test_his_own_review_calling_himself_a_big_lad_is_his_own_account() -> None:
    assert op.own_account({"content": _REVIEW})
    profile = op.build("desktop_research", {"content": _REVIEW, "entities": [], "mo": []})
    assert profile is not None
    assert {"kind": "tattoo", "places": ["arm"], "motif": ["anchor"]} in profile["marks"]


def test_another_lad_in_the_review_is_still_another_man() -> None:
    content = "Review by [HANDLE_1]: 8/10, she was lovely, me and my mate went, the other lad paid, got video anyway"
    assert not op.own_account({"content": content})


def test_filming_her_anyway_is_an_offence_in_his_own_words() -> None:
    content = "Review by [HANDLE_1]: 5/10. She went funny when I got the phone out. Got a few minutes of video anyway."
    assert op.own_account({"content": content})


def test_pictures_taken_with_her_agreement_are_no_offence() -> None:
    content = "Review by [HANDLE_1]: 9/10, she was lovely, paid in full, took some pics with her ok, would see again"
    assert not op.own_account({"content": content})


# -- marks -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [("that fella wi the cobweb on his elbow is back", "elbow"), ("a rose on his shoulder, short hair", "shoulder")],
)
def test_a_motif_on_his_elbow_or_shoulder_is_a_tattoo(text: str, place: str) -> None:
    marks = op.marks_in_text(text)
    assert marks and marks[0]["kind"] == "tattoo" and place in marks[0]["places"]


@pytest.mark.parametrize(
    "text", ["he had a gold anchor on a chain round his neck", "he bought roses on the way and put a hand on my leg"]
)
def test_no_tattoo_in_a_chain_or_a_bunch_of_roses(text: str) -> None:
    assert [m for m in op.marks_in_text(text) if m["kind"] == "tattoo"] == []


def test_a_limp_and_a_tattoo_in_one_sentence_are_both_read() -> None:
    marks = op.marks_in_text("pls watch for a heavy fella who limps, bird tattoo on his neck (a swallow), drives")
    assert {m["kind"] for m in marks} == {"gait", "tattoo"}
    assert [m["places"] for m in marks if m["kind"] == "tattoo"] == [["neck"]]


def test_a_tattoo_over_a_scar_is_still_one_tattoo() -> None:
    assert [m["kind"] for m in op.marks_in_text("a tattoo over a scar on his arm")] == ["tattoo"]


def test_a_gold_smile_is_a_gold_tooth() -> None:
    assert [m["kind"] for m in op.marks_in_text("he flashed me the gold smile when i said no")] == ["teeth"]
    assert op.marks_in_text("he flashed me a big smile when i said no") == []


# -- hair --------------------------------------------------------------------------------------------------------------


def test_a_shiny_head_is_bald_but_not_mine() -> None:
    assert "bald" in op.hair_words(None, "short man, shiny head, gold tooth")
    assert "bald" not in op.hair_words(None, "he made a joke about my shiny head")


def test_hair_made_into_a_tail_with_no_article_is_a_ponytail() -> None:
    assert "ponytail" in op.hair_words(None, "his hair is white and long, he make it in tail at back")
    assert "ponytail" not in op.hair_words(None, "hair all wet, i saw him go in tail lights of the bus")


# -- vehicles ----------------------------------------------------------------------------------------------------------


def test_a_pickup_in_one_word_beside_its_colour() -> None:
    assert op._bodies("back outside mine in the big blue pickup again") == [("pickup", "blue")]
    assert op._bodies("meet me at the pickup point by the chippy") == []


def test_an_estate_after_its_make_but_not_a_housing_estate() -> None:
    assert op._bodies("pulled up in the volvo estate, she clocked it") == [("estate", None)]
    assert op._bodies("he lives on the ford estate near the school") == []


# -- what he says ------------------------------------------------------------------------------------------------------


def test_ur_and_yere_are_youre() -> None:
    assert op.quoted_pairs("he goes 'ur fine ur fine'") == op.quoted_pairs("he said 'you're fine, you're fine'")
    assert "your fine" in op.quoted_pairs("says 'ye're fine' and won't go")


@pytest.mark.parametrize(
    "text",
    ["told her relax duchess it's only for me.", "he goes calm down duchess its nothing.", "he say 'shh duchess, ok'"],
)
def test_a_pet_name_ending_what_he_says(text: str) -> None:
    assert "name_for_her:duchess" in op.behaviours_of(text)


@pytest.mark.parametrize(
    "text",
    ["she said hi duchess, how are you", "my mate said her name was duchess.", "he said his name was duck."],
)
def test_no_pet_name_of_hers_when_she_or_a_friend_says_it(text: str) -> None:
    assert not [b for b in op.behaviours_of(text) if b.startswith("name_for_her")]


@pytest.mark.parametrize(
    "text",
    [
        "he stank of bonfire",
        "smelled like woodsmoke.",
        "campfire smell on him",
        "he smell like smoke from fire of wood",
    ],
)
def test_the_smoke_of_a_wood_fire_however_named(text: str) -> None:
    assert "smell:woodsmoke" in op.behaviours_of(text)


@pytest.mark.parametrize(
    ("text", "smell"), [("he smelled of smoke", "smell:cigarettes"), ("we had a bonfire night party", None)]
)
def test_no_wood_fire_in_tobacco_smoke_or_bonfire_night(text: str, smell: str | None) -> None:
    found = [b for b in op.behaviours_of(text) if b.startswith("smell")]
    assert found == ([smell] if smell else [])


def test_a_relayed_report_links_by_the_wood_smoke_and_the_tail() -> None:
    a = build("Old man, 60, hair white and long, he make it in tail behind. He smell like smoke from fire of wood.")
    b = build("White ponytail, about 60, stank of bonfire, kept saying 'steady on'.")
    assert pair_links(a, b)


def test_one_shared_smell_alone_links_nothing() -> None:
    a = build("Man about 30, short brown hair, he smell like smoke from fire of wood.")
    b = build("Older bloke, 60s, bald, stank of bonfire.")
    assert not pair_links(a, b)


# -- an identifier chain through a one-man page met by its keyed pseudonym -------------------------------------------


def _entity(label: str, value: str, written: str) -> dict[str, Any]:
    return {"label": label, "normalized": value, "text": written, "role": "offender", "evidence": "offender.x"}


def _report(rid: str, day: int, narrative: str, *entities: dict[str, Any]) -> Subject:
    record = {"report_id": rid, "narrative": narrative, "entities": list(entities)}
    return Subject(Observation(rid, "nums", f"2026-07-{day:02d}T10:00:00Z", keys_for("nums", record)), record)


def _page(rid: str, day: int, content: str, plate: str, handles: list[str]) -> Subject:
    tokens = [KEY.token("handle", h) for h in handles]
    entity = _entity("VEHICLE_REG", plate, plate.lower())
    record = {"research_id": rid, "content": content, "entities": [entity], "handle_refs": tokens}
    return Subject(
        Observation(rid, "desktop_research", f"2026-07-{day:02d}T10:00:00Z", keys_for("desktop_research", record)),
        record,
    )


def _chained(found: list[dict[str, Any]]) -> set[str]:
    return {r for lk in found if lk["kind"] == IDENTIFIER and lk["attribute"] == CHAIN for r in lk["records"]}


def _series(page_content: str, handles: list[str]) -> set[str]:
    linker = Linker({}, KEY)
    phone = _entity("PHONE_NUMBER", "+441134960451", "0113 496 0451")
    linker.observe(_report("N1", 1, "he rings from 0113 496 0451 and takes the girls on", phone))
    plate = _entity("VEHICLE_REG", "YD21KRT", "YD21 KRT")
    linker.observe(_report("N2", 2, "lad in a grey Octavia YD21 KRT rang from 0113 496 0451", phone, plate))
    linker.observe(_page("P1", 3, page_content, "YD21KRT", handles))
    handle = _entity("ONLINE_HANDLE", "vanman_kal", "vanman_kal")
    return _chained(linker.observe(_report("N3", 4, "DMs from vanman_kal telling her which town is next", handle)))


def test_a_report_reaches_through_a_one_man_page_met_by_its_pseudonym() -> None:
    content = (
        "Anyone know the lad in the grey Octavia yd21krt?? drops girls at the flats every Monday. His insta is "
        "[HANDLE_1] posting cash."
    )
    assert _series(content, ["vanman_kal"]) == {"N1", "N2"}


def test_no_reach_through_a_page_of_many_mens_handles() -> None:
    content = (
        "Anyone know the lad in the grey Octavia yd21krt?? drops girls at the flats every Monday. His insta is "
        "[HANDLE_1], his mate is [HANDLE_2]."
    )
    assert _series(content, ["vanman_kal", "other_lad_99"]) == set()
