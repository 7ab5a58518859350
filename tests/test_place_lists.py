"""A list of places is the incident's, never a home (issue 8, stop 21): an advert's areas
("outcalls Morley, Pudsey, Horsforth"), a trafficking route ("moved us every week, Bangor,
Larne, Omagh"), two towns joined by a word ("Visiting Brora & Golspie"). Two words joined by a
comma alone are not a list ("Armley, Leeds": a district and its town, often a home); a list
after a home word still goes.

Every check of what is redacted reads the whole output, not one field.
"""

from __future__ import annotations

from evaluation.leaks import flatten, present
from tests.test_redaction import nums, partner, run, text_of


def test_areas_in_a_list_survive_the_first_read_as_a_name(pipeline):
    # the NER reads "Deptford" as a person: its neighbours in the list make it a place
    out = run(pipeline, partner("Capture note: six adverts for Deptford, Brockley and Catford use the manager number."))
    text = text_of(out)
    for town in ("Deptford", "Brockley", "Catford"):
        assert town in text, town


def test_a_route_of_towns_survives(pipeline):
    out = run(
        pipeline,
        partner(
            "Two women present; one spoke via an interpreter: 'Boss move us every week, Bangor, Larne, "
            "Omagh. Boss keep money.' Man answering the door gave the name Uncle."
        ),
    )
    text = text_of(out)
    for town in ("Bangor", "Larne", "Omagh"):
        assert town in text, town


def test_a_list_after_a_home_word_goes(pipeline):
    out = run(
        pipeline,
        partner(
            "Pt lives with her gran in Pudsey, Farsley, Calverley and has been moved about by a man called Deano.",
            subject={"name": "Kira Westwell"},
        ),
    )
    flat = flatten(out)
    assert not present("Farsley", flat)
    assert not present("Kira Westwell", flat)


def test_a_chains_shop_is_a_place_and_a_man_of_its_name_still_goes(pipeline):
    out = run(
        pipeline,
        nums("Keeps booking n not turning up. Always says meet at the McDonald's at Kirkby or the bus station."),
    )
    assert "the McDonald's at Kirkby" in text_of(out)
    out = run(pipeline, nums("Her neighbour Gary McDonald's van was outside, he saw the man leave."))
    assert not present("Gary McDonald", flatten(out))


def test_an_advert_s_towns_joined_by_a_slash_are_places_not_working_names(pipeline) -> None:
    from tests.test_redaction import advert, run, text_of

    out = run(
        pipeline,
        advert("Hey babes 💜 Kayla here, TS, 29, Manchester based 🏙️ Travelling to Salford/Stockport on request."),
    )
    text = text_of(out)
    assert "Salford/Stockport" in text
    assert "Kayla" not in text
    assert "🏙️ Travelling" in text  # an emoji's variation selector is no name
