"""Linkage at stop 48 (issue 12, from linkage/dev_x; each phrasing here invented). What linked a man to another who only
shared his hearing aid: the aid's whistle read as his whistling a tune, and its whistle again as a rare word in
common, two more features from one mark; neither report gave an age in words ("70 odd", "elderly") that would have
told them apart; and a series listed for the man of 40 the reports of the man of 70 it had joined through another
report. Now the mark's own noises count with the mark, those ages are read, and a series lists no report the new one
contradicts (another sex, ages far apart). And what the series told in words not read yet: his own post under a
byline on its own line ("by ...", "Author: ..."), a researcher's note of the profile, a handle's words ("big_lad_99")
no man of the post, short-paying told in slang, a payment "declined", what she said no to done "anyway"; a workers'
warning asked to be read; the landlord's man come to inspect her flat; a burn told by the fire on his hand; a finger
gone however told; a ring through his nose; a hearing aid with its g dropped; hair a colour no hair grows;
livestreaming; a lecture however told; hands not steady; round glasses, service boots, a tooth on a chain, a checked
wool jacket; a knot tattoo named as knotwork. And what must not count: her words for his necklace quoted in both as a
second feature. Every positive test here fails on the code before stop 48. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from tests.test_description import describe
from tests.test_linkage_series_traits import build, page, pair_links


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


def kinds(text: str) -> dict[str, list[str]]:
    return {m["kind"]: m["places"] for m in build(text)["marks"]}


# -- the false links: one mark, told three ways -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "his hearing aid kept on whistling all the time he was in",
        "a whistling hearing aid, grey mac",
        "his ear thing is whistling, the whole time, he never notices",
        "there was a high whistling sound coming from it",
    ],
)
def test_a_hearing_aid_that_whistles_is_no_whistled_tune(text: str) -> None:
    assert "whistles" not in bare(text), text


def test_he_still_whistles_a_tune() -> None:
    assert "whistles" in bare("he was whistling the whole time, some old hymn")


def test_one_whistling_hearing_aid_alone_does_not_link() -> None:
    a = build("man in his forties, his hearing aid kept whistling, keeps turning up at her door unbooked")
    b = build("old chap with a hearing aid that was whistling all through, banged on the door for an hour")
    assert not pair_links(a, b)


def test_a_whistling_aid_and_the_landlords_inspection_links() -> None:
    a = build("old man, hearing aid whistling, said he come from the landlord to do an inspection of the flat")
    b = build("elderly, a hearing aid with a squeak, claimed he was the letting agent doing a routine inspection")
    assert pair_links(a, b)


@pytest.mark.parametrize(
    ("written", "age_min", "age_max"),
    [("70 odd", 70, 79), ("60-odd", 60, 69), ("elderly", 65, 90), ("a pensioner", 65, 90)],
)
def test_an_age_told_in_words(pipeline, written: str, age_min: int, age_max: int) -> None:
    desc = describe(pipeline, f"He was white, {written}, slim.")
    assert desc is not None
    assert (desc["age_min"], desc["age_max"]) == (age_min, age_max)


def test_years_he_worked_are_no_age(pipeline) -> None:
    desc = describe(pipeline, "He was white, elderly, said he taught maths for 35 yrs.")
    assert desc is not None
    assert (desc["age_min"], desc["age_max"]) == (65, 90)


def test_money_odd_is_no_age(pipeline) -> None:
    desc = describe(pipeline, "He was white, slim, paid £50 odd and left.")
    assert desc is None or desc.get("age_min") is None


def test_ages_told_in_words_tell_two_men_apart() -> None:
    a = build("hearing aid that whistles, said he was from the landlord doing an inspection", age_min=70, age_max=79)
    b = build("hearing aid that whistles, came to inspect the flat for the owner", age_min=40, age_max=49)
    assert not pair_links(a, b)


@pytest.mark.parametrize(
    "text",
    [
        "said he was from the landlord come to do a inspection",
        "claimed to be the agent from the lettings firm doing the quarterly inspection",
        "he say he is inspector, he check the flat for the owner",
        "wanted to inspect the bedroom first",
    ],
)
def test_the_landlords_man_come_to_inspect(text: str) -> None:
    assert "inspects_flat" in bare(text), text


@pytest.mark.parametrize(
    "text", ["said he was a police inspector", "the ticket inspector on the train", "his car failed its MOT inspection"]
)
def test_other_inspectors_are_not_the_landlords_man(text: str) -> None:
    assert "inspects_flat" not in bare(text), text


# -- his own post, a warning --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Lytham - 'Rosa' - incall\nby Tom_Sail_77\nShe said no pictures, took a few of the room anyway. 5/10",
        "Blackpool - 'Gem'\nAuthor: Dr_Quill\nShe knew nothing of Kant. I declined to complete payment on principle.",
        "[Profile: @inkd_streamer - avatar shows male, green hair]\nBooked her for the stream. pay up or ur on here",
        "Re: Preston field reports\nPosted by RedRoseRover \u00bb paid in coppers, she was a tenner light at least",
        "posted by big_lad_99\nshe never noticed til after, the johnny didnt make it to the end",
    ],
)
def test_his_own_post_however_signed(content: str) -> None:
    assert op.own_account(page(content)), content
    assert op.build("desktop_research", page(content)) is not None


@pytest.mark.parametrize(
    "content",
    [
        "by Tom_Sail_77\nlovely girl, paid the agreed and left a tip. 9/10",
        "Author: Dr_Quill\nA charming evening, she was very kind.",
    ],
)
def test_a_review_of_no_offence_is_no_own_account(content: str) -> None:
    assert not op.own_account(page(content)), content


def test_a_warning_asked_to_be_read_is_of_him() -> None:
    content = (
        "PRESTON & CHORLEY GIRLS PLEASE READ\nbig bloke, half his thumb is gone, smells of a garage. "
        "he'll haggle for ages then take it all back. don't go anywhere private with him!!"
    )
    assert op.warns_of_a_man(page(content))


# -- marks, items, behaviours told otherwise -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("she only counted nine fingers on him", "finger", "finger"),
        ("a stump where his middle finger should be", "finger", "finger"),
        ("half his index finger is missing, right hand", "finger", "finger"),
        ("he has not one finger, the one next to the thumb", "finger", "finger"),
        ("she asked about his hand, said a chip pan fire years back", "burn", "hand"),
        ("a ring through his nose", "piercing", "nose"),
        ("a ring in the middle of the nose like a bull", "piercing", "nose"),
        ("wore a hearin aid that beeps", "hearing aid", ""),
    ],
)
def test_a_mark_told_otherwise(text: str, kind: str, place: str) -> None:
    marks = kinds(text)
    assert kind in marks, (text, marks)
    assert not place or place in marks[kind], (text, marks)


@pytest.mark.parametrize("text", ["the stump of a cigar in his mouth", "finger food was gone by ten"])
def test_a_stump_or_food_is_no_finger(text: str) -> None:
    assert "finger" not in kinds(text), text


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("small round tortoiseshell glasses", "round glasses"),
        ("the specs round like Harry Potter", "round glasses"),
        ("polished black boots like a soldier's", "service boots"),
        ("big boots like from the navy", "service boots"),
        ("ex-army boots laced right up", "service boots"),
        ("a shark's tooth on a chain round his neck", "tooth necklace"),
        ("necklace with a fang on it", "tooth necklace"),
        ("a jacket of wool with little squares", "tweed"),
    ],
)
def test_what_he_wears_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], text


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("he was live the whole time, comments scrolling up his phone", "livestreams"),
        ("'say hi to the chat babe' he says", "livestreams"),
        ("he held his phone up, 'we're live, two hundred watching'", "livestreams"),
        ("gave me a lecture about capitalism before he left", "lectures_her"),
        ("he talked for one hour about philosophy", "lectures_her"),
        ("his hands are not as steady as they were", "tremor"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in bare(text), text


@pytest.mark.parametrize("text", ["where he lives", "he was live in the area a while", "we were watching the telly"])
def test_where_he_lives_is_no_livestream(text: str) -> None:
    assert "livestreams" not in bare(text), text


@pytest.mark.parametrize("text", ["bright green hair", "hair is purple like a grape", "pink haired lad"])
def test_hair_a_colour_none_grows_is_dyed(text: str) -> None:
    assert "dyed" in build(text)["hair_words"], text


# -- pairs -------------------------------------------------------------------------------------------------


def test_a_streamer_with_dyed_hair_and_a_nose_ring_links() -> None:
    a = build("lad with bright green hair and a ring through his nose, he was live on his phone the whole time")
    b = build("his hair was green like grass, ring on the nose, streaming, loads of people watching")
    assert pair_links(a, b)


def test_a_lecturer_in_round_glasses_links() -> None:
    a = build("very tall, small round glasses, gave me a lecture about capitalism then did not pay")
    b = build("tall man, the specs round like Harry Potter, talked for one hour about economics, no money")
    assert pair_links(a, b)


def test_a_shaky_man_in_service_boots_links() -> None:
    a = build("older, polished black boots like a soldier's, his hands are not as steady as they were")
    b = build("old man, big boots like from the navy, his hands shook the whole time")
    assert pair_links(a, b)


def test_a_knot_tattoo_named_as_knotwork_links() -> None:
    a = build("shaved head, knotwork tattoo on his neck, bad stammer")
    b = build("bald, a knot tattoo up the side of his neck, stammers")
    assert pair_links(a, b)


def test_her_words_for_his_item_quoted_in_both_are_no_second_feature() -> None:
    a = build("SU says he wore 'a wedding ring on a chain round his neck' and sat on the bed")
    b = build("she describes 'a wedding ring on a chain round his neck', he stood by the window")
    assert not pair_links(a, b)


def test_a_series_lists_no_report_this_one_contradicts() -> None:
    """A links to B, C links to B: C's series lists A, unless A and C give ages far apart."""
    from processors.similar_offenders import SimilarOffenders

    store: dict[str, Any] = {}
    so = SimilarOffenders(store)
    a = build("he has a bad stammer and walks with a limp", age_min=70, age_max=79)
    b = build("stammers badly, limps on his left leg")
    c = build("a stammer, he limps", age_min=40, age_max=49)
    so.observe("A", "nums", "2026-01-01T00:00:00Z", a, set())
    assert [m.record_id for m in so.observe("B", "nums", "2026-01-02T00:00:00Z", b, set()).matches] == ["A"]
    found = so.observe("C", "nums", "2026-01-03T00:00:00Z", c, set())
    assert [m.record_id for m in found.matches] == ["B"]
    assert found.series == []
