"""Places the name tagger reads as people (issue 8, stop 23): towns joined in one run
("outcall Barnsley + Rotherham"), an advert capture's list of areas whose members the advert
recogniser takes for working names, a court report's "Name, 41, of the Meadows", and a case
note's heading ("Street outreach, Holbeck."). Each with the case that must still be redacted.

Every check of what is redacted reads the whole output, not one field.
"""

from __future__ import annotations

from evaluation.leaks import flatten, present
from tests.test_redaction import advert, forum, news, nums, partner, run, text_of


def test_towns_joined_in_one_run_are_places(pipeline):
    out = run(
        pipeline,
        advert("NEW 💋 SUKI 25yo, incall Huddersfield centre, outcall Barnsley + Rotherham. Text 07700 900801"),
    )
    text = text_of(out)
    assert "Barnsley + Rotherham" in text
    flat = flatten(out)
    assert not present("SUKI", flat)
    assert not present("07700 900801", flat)


def test_a_capture_notes_list_of_areas_survives_the_advert_names(pipeline):
    out = run(
        pipeline,
        forum(
            "Capture note: four adverts for Streatham, Tooting and Croydon use one manager number. "
            "Working names: BLESSING, MERCY, HOPE."
        ),
    )
    text = text_of(out)
    for town in ("Streatham", "Tooting", "Croydon"):
        assert town in text, town
    flat = flatten(out)
    for name in ("BLESSING", "MERCY"):
        assert not present(name, flat), name


def test_a_working_names_list_beside_a_town_stays_redacted(pipeline):
    out = run(pipeline, advert("Leeds girls this week: Jasmine, Kelly and Roxanne. Ring 07700 900802."))
    flat = flatten(out)
    for name in ("Jasmine", "Kelly", "Roxanne"):
        assert not present(name, flat), name


def test_a_court_reports_named_mans_area_is_a_place(pipeline):
    out = run(
        pipeline,
        news(
            "Court round-up\nDesmond Thackray, 58, of the Meadows, was fined after refusing to pay a woman "
            "working as an escort and threatening her in Beeston."
        ),
    )
    text = text_of(out)
    assert "of the Meadows" in text
    assert "Beeston" in text


def test_a_case_notes_heading_place_survives_and_a_heading_name_does_not(pipeline):
    out = run(pipeline, partner("Street outreach, Holbeck. Woman, 20s, says a man in a red Astra hit her."))
    assert "Street outreach, Holbeck." in text_of(out)
    out = run(
        pipeline,
        partner("Outreach drop-in, Jasmine attended. Says a man in a red Astra hit her.", subject={"name": "Jasmine"}),
    )
    assert not present("Jasmine", flatten(out))


def test_a_worker_named_after_outreach_in_the_narrative_stays_redacted(pipeline):
    out = run(pipeline, nums("after the outreach, Kelsey rang me and said he was back on the street"))
    assert not present("Kelsey", flatten(out))


def test_an_adverts_heading_towns_are_places_and_its_name_is_not(pipeline):
    out = run(pipeline, advert("Doncaster / Rotherham 🌙 Late owl Tiffani 29. Outcalls only. Txt 07700 900803"))
    text = text_of(out)
    assert text.startswith("Doncaster / Rotherham")
    assert "Txt" in text
    flat = flatten(out)
    assert not present("Tiffani", flat)
    assert not present("07700 900803", flat)


def test_a_working_name_that_is_a_city_abroad_stays_redacted(pipeline):
    out = run(pipeline, advert("Havana 💃 new in Halifax, 26, Cuban. Text 07700 900804"))
    assert not present("Havana", flatten(out))


def test_a_court_reports_town_after_the_accused_is_kept(pipeline):
    out = run(
        pipeline,
        news(
            "Man jailed for robbing escorts\nGarry Pexton, 44, of Pudsey, was jailed for four years at Leeds "
            "Crown Court for robbing two women working as escorts in Armley."
        ),
    )
    text = text_of(out)
    assert "Garry Pexton, 44, of Pudsey" in text


def test_a_country_cut_from_an_emoji_heading_is_still_her_name(pipeline):
    out = run(pipeline, advert("Thai massage by Kenya 🌸 Qualified, 8 years. Call 07700 900805"))
    assert not present("Kenya", flatten(out))


def test_a_places_second_word_is_not_a_name(pipeline):
    out = run(
        pipeline, nums("never shows, always says meet at the McDonald's at Mansfield Woodhouse", location="Mansfield")
    )
    assert "Mansfield Woodhouse" in text_of(out)
    out = run(pipeline, nums("booked me for the Premier Inn by Manchester Piccadilly, paid with fake notes"))
    assert "Manchester Piccadilly" in text_of(out)


def test_a_first_name_after_a_town_is_still_a_name(pipeline):
    out = run(
        pipeline, nums("I was in Leeds Kelly was with me when he grabbed my arm", reporter={"name": "Kelly Brennock"})
    )
    assert not present("Kelly", flatten(out))


def test_a_court_reports_double_barrelled_defendant_and_its_places(pipeline):
    out = run(
        pipeline,
        news(
            "A Pontypridd man has been found guilty of rape after removing a condom without consent during a paid "
            "encounter with a sex worker at a flat in Cathays. Emrys Vaughan-Hale, 34, of Trallwn, told Cardiff Crown "
            "Court it had come off by accident."
        ),
    )
    text = text_of(out)
    assert "Emrys Vaughan-Hale" in text
    assert "flat in Cathays" in text
    assert "emrys vaughan-hale" in {e["normalized"] for e in out["record"]["entities"]}


def test_streets_the_tagger_reads_as_people(pipeline):
    out = run(
        pipeline,
        nums(
            "Sent me to Stanley Street first, then picked me up on Drake St and hit me in the flat on Green Lanes. "
            "Dumped me on Prince of Wales Road."
        ),
    )
    text = text_of(out)
    for street in ("Stanley Street", "Drake St", "Green Lanes", "Prince of Wales Road"):
        assert street in text, street


def test_a_person_called_like_a_street_stays_redacted(pipeline):
    out = run(pipeline, nums("Tom Street said he saw it all from the window", reporter={"name": "Kaye Birtles"}))
    assert not present("Tom Street", flatten(out))


def test_a_first_name_the_tagger_took_for_a_country_is_a_person(pipeline):
    out = run(
        pipeline,
        nums(
            "I work with Sorin, he is my boyfriend, he drive me. Client Marek hit Sorin and me, took the money. "
            "Marek phone 07700 900808, Sorin phone 07700 900809.",
            offender={"names": ["Marek"]},
        ),
    )
    flat = flatten(out)
    assert not present("Sorin", flat)
    assert not present("07700 900809", flat)
    assert "+447700900808" in {e["normalized"] for e in out["record"]["entities"]}
