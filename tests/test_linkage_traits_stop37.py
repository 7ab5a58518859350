"""Similar-offender reading at stop 37 (issue 12, from linkage/dev_l; each phrasing here
invented): what a man does told in other words each time (paying in loose change, bringing
his own towels, a lisp told by what it does, a smell of fuel, watching her lips, weeping
after hitting her, snatching her phone, "address him as sir"); what he wears or carries
told otherwise (a ring on a chain, a cloth cap, a bunch of keys, a camel coat, oil under his
nails, a ski mask); a barcode tattoo described, not named; a limp and deafness however told;
the flats he says he owns; a clock time is no age. All data fictional."""

from __future__ import annotations

import pytest

from processors import offender_profile as op
from processors.similar_offenders import score
from tests.test_description import describe
from tests.test_linkage_series_traits import build


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("he paid entirely in loose change, counted it out on the bed", "pays_coins"),
        ("gave me 20ps n 50ps in a sandwich bag", "pays_coins"),
        ("he brought two white towels of his own and laid them down", "own_sheet"),
        ("his 's' came out as 'th' the whole time", "speech:lisp"),
        ("couldn't say his esses properly", "speech:lisp"),
        ("the car reeked of fuel, like he'd been at a garage", "smell:petrol"),
        ("he kept staring at my mouth when I talked", "reads_lips"),
        ("slapped me then started sobbing and saying sorry", "cries_after"),
        ("he lunged for my phone and snatched it off the side", "snatches_phone"),
        ("wanted the girls to address him as 'sir'", "name_for_him:sir"),
        ("kept a ski mask stuffed in his jacket pocket", "covers_face"),
        ("says he owns a dozen flats across town", "claims_job:property"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in build(text)["behaviours"], (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("wears his wedding band hanging on a thin chain", "ring on chain"),
        ("an old cloth cap pulled down low", "flat cap"),
        ("jangled a massive bunch of keys the whole time", "bunch of keys"),
        ("long camel-coloured overcoat, smart", "camel coat"),
        ("grease engrained under his fingernails", "oily hands"),
    ],
)
def test_what_he_wears_or_carries_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


def test_a_barcode_tattoo_described_not_named() -> None:
    a = build("tattoo on the back of his neck, black vertical lines like on a tin of beans")
    b = build("neck tattoo of a barcode")
    match = score(a, b, "B", op.settings())
    assert any("tattoo" in r and "barcode" in r for r in match.reasons), match.reasons


@pytest.mark.parametrize(
    "text",
    ["he hobbles about", "leans on a wooden stick", "drags one leg behind him", "hard of hearing, wears an aid"],
)
def test_a_limp_and_deafness_however_told(text: str) -> None:
    assert op.marks_in_text(text.lower()), text


def test_keys_to_his_car_are_no_bunch_of_keys() -> None:
    assert "bunch of keys" not in build("he showed me the keys to his car")["items"]


def test_her_own_crying_is_not_his() -> None:
    assert "cries_after" not in build("I started crying and he left")["behaviours"]


def test_a_clock_time_is_no_age(pipeline) -> None:
    for text in ("He came back on 02/04 at approx 23:00, white, slim.", "Seen at about 21.30 near the park, tall."):
        told = describe(pipeline, text) or {}
        assert told.get("age_min") is None, (text, told)
    assert (describe(pipeline, "He was white, about 23, skinny.") or {}).get("age_min") == 21
