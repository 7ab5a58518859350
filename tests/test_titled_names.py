"""A man who gives his name with a title and initials ("Mr D. Lennox", "Mr W.J. Evans"):
the field often holds it without the title, the text with it. The name is kept whole in the
text and named as written; a title and a lone initial ("Ms A") still stands in for someone
and is redacted. Every redaction check reads the whole output."""

from __future__ import annotations

import json

from tests.test_redaction import nums, partner, run, text_of

OFFENDER = {"names": ["D. Lennox"], "phones": [], "emails": [], "online_handles": [], "vehicles": []}


def names(out) -> set[str]:
    return {e["text"] for e in out["record"]["entities"] if e["label"] == "OFFENDER_NAME"}


def test_a_titled_name_the_field_gives_without_its_title_is_kept_whole(pipeline):
    out = run(pipeline, nums("A man who introduced himself as Mr D. Lennox booked two hours.", offender=OFFENDER))
    assert "Mr D. Lennox" in text_of(out)
    assert {"D. Lennox", "Mr D. Lennox"} <= names(out)
    assert "Mr" not in names(out)  # a title alone names no one


def test_initials_after_a_title_are_part_of_a_name_not_a_stand_in(pipeline):
    out = run(
        pipeline,
        partner(
            "Client reports the proprietor, Mr W.J. Evans, let himself into her room.",
            offender={**OFFENDER, "names": ["W.J. Evans"]},
        ),
    )
    assert "Mr W.J. Evans" in text_of(out)
    assert "Mr" not in names(out)


def test_a_title_and_a_lone_initial_still_stands_in_for_someone(pipeline):
    out = run(pipeline, partner("Ms Q told her key worker that a man called Dray takes her money. Ms Q is scared."))
    assert "Ms Q" not in json.dumps(out)


def test_a_nickname_with_its_article_is_one_name(pipeline):
    out = run(
        pipeline,
        partner("Two women warned about a punter known as the Butcher. He punched one of them on the Strand Road."),
    )
    assert "known as the Butcher" in text_of(out)
    got = {e["normalized"] for e in out["record"]["entities"] if e["label"] == "OFFENDER_NAME"}
    assert "butcher" in got  # "the Butcher" and "Butcher" link as one


def test_the_article_is_no_part_of_a_nickname_s_normal_form():
    from processors.extraction import normalise_value

    assert normalise_value("OFFENDER_NAME", "the Butcher") == normalise_value("OFFENDER_NAME", "Butcher") == "butcher"
    assert normalise_value("LOCATION", "the car park") == "the car park"


def test_an_informal_word_for_a_man_is_no_name(pipeline):
    out = run(
        pipeline, nums("that Big Shaz n her fella who calls himself the Bailiff took my phone. fella drives a Zafira")
    )
    assert "her fella" in text_of(out)
