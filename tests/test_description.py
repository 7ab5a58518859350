"""The structured offender description (fictional sentences)."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract, partner_record


def describe(pipeline, text: str, description: str | None = None, source: str = "partner") -> dict | None:
    record = partner_record(text, offender={"description": description} if description else None)
    return extract(pipeline, text, record=record, source=source).description


@pytest.mark.parametrize(
    ("written", "age_min", "age_max"),
    [
        ("in his 40s", 40, 49),
        ("early 30s", 30, 33),
        ("mid 30s", 34, 36),
        ("late 50s", 57, 59),
        ("about 30", 28, 32),
        ("50ish", 48, 52),
        ("late teens", 17, 19),
        ("in his forties", 40, 49),
        ("35-40", 35, 40),
        ("aged 52", 50, 54),
    ],
)
def test_age_ranges(pipeline, written, age_min, age_max):
    desc = describe(pipeline, f"He was white, {written}, slim.")
    assert (desc["age_min"], desc["age_max"]) == (age_min, age_max)
    assert desc["age"] == written.lower()


@pytest.mark.parametrize(
    ("written", "cm"),
    [("5ft 10", 178), ("6ft", 183), ("5'8", 173), ("6 foot 2", 188), ("six foot", 183), ("180cm", 180), ("1.75m", 175)],
)
def test_heights_in_cm(pipeline, written, cm):
    desc = describe(pipeline, f"He is about 40, {written}, stocky.")
    assert desc["height_cm"] == cm


def test_a_full_description_from_the_field(pipeline):
    desc = describe(
        pipeline,
        "He robbed her.",
        "Black male, early 20s, 5ft 11, skinny, short black hair, goatee, Mancunian accent, grey Adidas tracksuit, "
        "tattoo of a snake on his right hand",
    )
    assert desc["sex"] == "male"
    assert desc["ethnicity"] == "black"
    assert (desc["age_min"], desc["age_max"]) == (20, 23)
    assert desc["height_cm"] == 180
    assert desc["build"] == "skinny"
    assert desc["hair"] == "short black"
    assert desc["facial_hair"] == "goatee"
    assert desc["accent"] == "mancunian"
    assert desc["clothing"] == "grey adidas tracksuit"
    assert desc["marks"] == ["tattoo of a snake on his right hand"]
    assert "offender.description" in desc["evidence"]


def test_a_description_in_the_narrative(pipeline):
    desc = describe(pipeline, "The client was rude. He was Asian, about 45, with a grey beard and a Bradford accent.")
    assert desc["ethnicity"] == "asian"
    assert (desc["age_min"], desc["age_max"]) == (43, 47)
    assert desc["facial_hair"] == "grey beard"
    assert desc["accent"] == "bradford"
    assert desc["sex"] == "male"
    assert desc["evidence"] == ["description:narrative @ sentence 2"]


def test_a_fragment_after_the_story_is_the_offenders(pipeline):
    desc = describe(pipeline, "He punched her and ran. White, 60s, bald, walking stick, wax jacket.")
    assert desc["ethnicity"] == "white"
    assert desc["hair"] == "bald"
    assert desc["marks"] == ["walking stick"]
    assert desc["clothing"] == "wax jacket"


def test_women_offenders(pipeline):
    desc = describe(pipeline, "The woman who runs the flat is white, in her 50s, with long red hair.")
    assert desc["sex"] == "female"
    assert desc["hair"] == "long red"


@pytest.mark.parametrize(
    "text",
    [
        "The reporter is Polish, 24, slim, with long brown hair.",
        "Chanice is a black trans woman in her 30s.",
        "I'm a male escort, 28, from Leeds.",
    ],
)
def test_descriptions_of_the_reporter_are_never_the_offenders(pipeline, text):
    assert describe(pipeline, text) is None


def test_adverts_are_never_read_as_an_offender_description(pipeline):
    text = "Curvy blonde, 25, slim, Eastern European, incall in Leeds."
    assert describe(pipeline, text, source="desktop_research") is None


def test_no_description_without_descriptors(pipeline):
    assert describe(pipeline, "He refused to pay and left.") is None


def test_a_value_the_redaction_removed_is_dropped(pipeline):
    text = "He had a tattoo saying Kerrie on his arm and a Leeds accent."
    doc = pipeline.nlp(text)
    redacted = "He had a tattoo saying [PERSON_1] on his arm and a Leeds accent."
    result = pipeline.extractor.extract(partner_record(text), doc, [], len(text), redacted=redacted)
    assert result.description["accent"] == "leeds"
    assert all("kerrie" not in m for m in result.description["marks"])


def test_text_speak_run_on_description(pipeline):
    """Written without capitals the parser runs sentences together; the description is still read."""
    desc = describe(pipeline, "he wudnt pay n pushed me out the car. white guy 50s fat bald. red kia")
    assert (desc["ethnicity"], desc["age_min"], desc["age_max"], desc["hair"], desc["sex"]) == (
        "white",
        50,
        59,
        "bald",
        "male",
    )
