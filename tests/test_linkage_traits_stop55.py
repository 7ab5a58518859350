"""Linkage at stop 55 (issue 12, from linkage/dev_ze; each phrasing here invented). What the fresh set told in ways not
read yet: a man who wants to be treated as her grandfather ("look after him like a granddaughter would", "be nice to
your old grandad", "treat me like your grandpa"); a tooth gone told tooth first ("one tooth is missing in front",
"upper incisor missing"); a mobility stick; a beard's colour told after it ("beard is orange colour", "gingery beard");
ladders named "roof ladders"; hair tied for back; rings on every finger told by how many; what he says many times in a
second language's word order ("he say many time good girl"); a quote's words in one spelling ("everyones", "darlin").
And what must not count: her own grandad, her own missing tooth, a stick he hit her with, a beard red with blood, her
hair tied back, and the words of one catchphrase again as text in common when two different men say it. All data
fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.similar_offenders import score
from tests.test_linkage_series_traits import build, pair_links


def kinds(text: str) -> list[str]:
    return [m["kind"] for m in build(text)["marks"]]


def reasons(a: dict[str, Any], b: dict[str, Any]) -> str:
    return " | ".join(score(a, b, "B", op.settings()).reasons)


# -- what he wants to be called ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wanted me to look after him like a granddaughter would look after her grandad",
        "kept saying 'be nice to your old grandad now'",
        "he told the girls to treat him like their grandfather",
        "he say 'treat me like you treat your grandpa'",
        "asks you to care for him as your dear gramps would be cared for",
    ],
)
def test_treated_as_her_grandfather_however_told(text: str) -> None:
    assert "name_for_him:grandad" in build(text)["behaviours"]


@pytest.mark.parametrize(
    "text",
    [
        "I look after my grandad in the day so I only work nights",
        "she has to look after her grandad on Sundays, he booked her on a Monday",
        "he said he was a grandfather himself",
        "treat yourself, he said, and paid like a grandad at Christmas",
    ],
)
def test_her_own_grandad_or_his_family_is_no_name_for_him(text: str) -> None:
    assert not [b for b in build(text)["behaviours"] if b.startswith("name_for_him")]


# -- marks ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "when he laugh you see one tooth is missing in front",
        "white male, upper front incisor missing, thin",
        "a tooth gone from the front, grey stubble",
    ],
)
def test_a_tooth_gone_told_tooth_first(text: str) -> None:
    assert "missing tooth" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "he hit me so hard my tooth is missing in front now",
        "he hit me so hard my front tooth is missing now",
        "her incisor was knocked out in the struggle, he had a beard",
    ],
)
def test_her_missing_tooth_is_not_his(text: str) -> None:
    assert "missing tooth" not in kinds(text)


def test_a_mobility_stick_is_his_gait() -> None:
    assert "gait" in kinds("older man, heavy, bald head, a mobility stick, fake notes")
    assert "gait" not in kinds("he hit me with a stick from the garden")


# -- hair ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("tall one, his beard is orange colour", "beard"),
        ("lanky, gingery beard", "gingery beard"),
        ("beard was ginger", None),
    ],
)
def test_a_ginger_beard_however_told(text: str, parsed: str | None) -> None:
    other = build("thin man, red beard", facial_hair="red beard")
    assert "facial hair: beard ginger" in reasons(build(text, facial_hair=parsed), other)


def test_a_beard_red_with_blood_is_no_colour() -> None:
    assert "ginger" not in (build("he had a beard red with blood from his nose")["facial_hair"] or "")
    assert "ginger" not in (build("my beard is ginger, his was grey", facial_hair="grey beard")["facial_hair"] or "")


def test_hair_tied_for_back() -> None:
    assert "ponytail" in build("e get long black hair wey e tie for back")["hair_words"]
    assert "ponytail" not in build("he tie my hands for back, he had short hair")["hair_words"]


# -- items and vehicles ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["the fella with all the rings", "multiple rings, camel coat", "e wear ring for all im finger"]
)
def test_rings_told_by_how_many(text: str) -> None:
    assert "rings" in build(text)["items"]


def test_roof_ladders_named_so() -> None:
    assert "roof ladders" in build("white Transit-type panel van, roof ladders, hi-vis")["vehicle_details"]


# -- what he says ------------------------------------------------------------------------------------------------------


def test_what_he_says_many_times_in_another_word_order() -> None:
    assert "good boy" in build("He say many time good boy, you be good boy for me. Then he leave.")["quoted"]
    assert "lovely lady" in build("he tell me lots of times lovely lady, he smell of oil")["quoted"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("he said 'everyones replaceable'", "quote: 'everyone's replaceable'"),
        ("he goes 'cheers darlin' and off he went", "he said 'cheers, darling' and left"),
        ("'dont struggle' he said", "his words were 'don't struggle'"),
    ],
)
def test_a_quote_in_one_spelling(one: str, other: str) -> None:
    assert set(build(one)["quoted"]) & set(build(other)["quoted"])


def test_a_word_of_its_own_is_no_dropped_g() -> None:
    quoted = build("he said 'you're too thin, kin' and 'goin nowhere'")["quoted"]
    assert "too thin" in quoted and "thin kin" in quoted and "going nowhere" in quoted


# -- series that link, look-alikes that do not ----------------------------------------------------------------------


def test_a_grandad_role_and_a_stick_link() -> None:
    a = build("old fella with a mobility stick, wants you to treat him like your grandfather, paid in fake tens")
    b = build("elderly, uses a walking stick, said 'be nice to your old grandad', maroon car")
    assert pair_links(a, b)


def test_a_grandad_role_alone_does_not_link_two_men() -> None:
    a = build("young lad, tattoo of a rose on his hand, wants you to treat him like your grandfather")
    b = build("big man in a suit, kept saying 'be nice to your old grandad'")
    assert not pair_links(a, b)


def test_a_tooth_and_a_ginger_beard_link() -> None:
    a = build(
        "very thin, beard is orange colour, one tooth is missing in front, van with stairs on the top",
        facial_hair="beard",
    )
    b = build("lanky, gingery beard, upper front incisor missing, panel van, roof ladders", facial_hair="gingery beard")
    assert pair_links(a, b)


def test_the_same_catchphrase_from_another_man_does_not_link() -> None:
    a = build("tall man with a ponytail in a long green coat, he said 'everyones got a weak spot, sweetheart'")
    b = build("short bald man in a tracksuit, said 'everyone's got a weak spot, sweetheart' and left")
    assert "text in common" not in reasons(a, b)
    assert not pair_links(a, b)


def test_a_tattoo_and_what_he_says_many_times_link() -> None:
    a = build(
        "He is old maybe 50. On neck he have picture of a compass under ear. He say many time good boy, good boy."
    )
    b = build("stocky older bloke, compass tattoo just behind his ear, loves calling you his 'good boy'")
    assert pair_links(a, b)


# -- worn things and vehicles, by colour -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["he wear yellow jacket like for work", "orange vest from the site, dusty boots"])
def test_hi_vis_told_by_its_colour_and_use(text: str) -> None:
    assert "hi-vis" in build(text)["items"]


def test_a_yellow_jacket_alone_is_no_hi_vis() -> None:
    assert "hi-vis" not in build("he had a yellow jacket and blue jeans")["items"]


@pytest.mark.parametrize("text", ["e dey wear brown-yellow coat", "a yellowy-brown long coat, rings"])
def test_a_camel_coat_told_by_its_two_colours(text: str) -> None:
    assert "camel coat" in build(text)["items"]


@pytest.mark.parametrize("text", ["drives a red Mini with white roof", "im motor na small blue Mini, top white"])
def test_a_roof_of_another_colour(text: str) -> None:
    assert "contrast roof" in build(text)["vehicle_details"]


def test_his_white_top_is_no_roof() -> None:
    assert "contrast roof" not in build("came in his car, top white and jeans")["vehicle_details"]
    assert "contrast roof" not in build("grey Mini, he had a top white as snow")["vehicle_details"]
