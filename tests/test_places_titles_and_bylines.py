"""Issue 8, stop 28: the classes the fresh sets zf and zg showed (invented examples).

- an acronym that is a first name too ("NOK" next of kin, "a girl called Nok");
- staff initials joined by a slash ("Team JH/RB"), a house by its number alone ("working out
  of number 52", "Neighbour (Mr Osei, no. 11)");
- street-shaped names after an official's title ("Recorder James Hill"); saints' places,
  road numbers and "A Moulsecoomb man" as places;
- a review's byline opening a sentence ("By OxBlueCollar: ..."), "used the name 'Leo' and
  the mobile ...", a town inside a harmless reviewer's handle.

Every check of what is redacted reads the whole output.
"""

from __future__ import annotations

import pytest

from tests.test_redaction import forum, news, nums, run, text_of
from tests.test_redaction import offender_values as offenders
from tests.test_warnings_and_threads import leaked


def test_an_acronym_that_is_a_first_name_is_a_name_when_written_as_one(pipeline):
    out = run(
        pipeline, nums("Massage place off the ring road. Girl called Nok did the booking, he took the money back.")
    )
    assert not leaked(out, "Nok")
    note = run(pipeline, nums("NOK: mother, not to be told. He took the money back at the lay-by."))
    assert "NOK" in text_of(note)


def test_staff_initials_joined_by_a_slash_and_a_house_by_its_number_are_redacted(pipeline):
    out = run(pipeline, nums("Van shift 07/10, Stapleton Rd. He drove off without paying. Team JH/RB."))
    assert not leaked(out, "JH") and not leaked(out, "RB")
    out = run(
        pipeline,
        nums(
            "He posted that a girl works out of number 52 on Balmoral Road. "
            "Neighbour (Mr Osei, no. 11) saw him spray paint the wall. He got the number 52 bus home."
        ),
    )
    assert not leaked(out, "out of number 52") and not leaked(out, "no. 11")
    assert "number 52 bus" in text_of(out)


def test_a_street_shaped_name_after_an_officials_title_is_a_person_and_the_title_stays(pipeline):
    out = run(
        pipeline,
        news(
            "Kieran Dole, 31, of Hartcliffe, robbed women working in flats in St Pauls and Widcombe. "
            "Recorder James Hill said the offences were cynical."
        ),
    )
    assert not leaked(out, "James Hill")
    text = text_of(out)
    assert "Recorder" in text and "St Pauls" in text
    assert "old compton street" not in {w.lower() for w in offenders(out)}


def test_road_numbers_and_the_place_a_news_item_names_a_man_by_are_places(pipeline):
    out = run(
        pipeline,
        news(
            "A Moulsecoomb man has been found guilty of raping a woman he picked up in his work van. "
            "Liam Noakes, 33, drove her to a lay-by on the A27 near Falmer. "
            "He had used the name 'Leo' and the mobile 07700 900431 to arrange the meeting."
        ),
    )
    text = text_of(out)
    assert "Moulsecoomb" in text and "A27" in text
    assert {"leo", "+447700900431"} <= offenders(out)


def test_a_reviews_byline_opening_a_sentence_is_its_author(pipeline):
    boast = run(
        pipeline,
        forum(
            "Review - Amber, Headington, Oxford. By OxBlueCollar: 'Wouldn't do extras so I told her, "
            "do it for free or I post her real name. She did lol.' Reply by HonestOx: 'reported'."
        ),
    )
    assert "oxbluecollar" in offenders(boast)
    assert not leaked(boast, "Amber") and not leaked(boast, "HonestOx")
    harmless = run(
        pipeline,
        forum(
            "Field report: Roxanne, Redland, Bristol. By BristolBanker77. 'Lovely lady, paid the 120 "
            "agreed and tipped. Would recommend.'"
        ),
    )
    assert not leaked(harmless, "BristolBanker77") and not leaked(harmless, "Roxanne")
    assert "Bristol." in text_of(harmless)  # the town inside his handle is no one's name


def test_a_street_left_bare_beside_a_redacted_house_on_it_is_redacted_too(pipeline):
    out = run(
        pipeline,
        forum(
            "Dale Pratt posted in Rochdale Residents Chat:\nWarning to everyone on Spotland Road. The woman "
            "at 42 Spotland Road is a PROSTITUTE. Let's make her life hell till she goes, a brick through "
            "the window wouldn't go amiss."
        ),
    )
    assert not leaked(out, "Spotland Road")
    assert "dale pratt" in offenders(out)  # the poster named before the group he posted in


def test_a_worker_warning_of_a_punter_using_a_number_and_a_byline_on_its_own_line(pipeline):
    out = run(
        pipeline,
        forum(
            "@rubyxleeds: WARNING ladies in Leeds. Punter using 07700 900588 and the name 'Darren', calls "
            "himself a plasterer. Choked me last night in his van. Do NOT see him. RT to keep each other safe"
        ),
    )
    assert {"+447700900588", "darren"} <= offenders(out)
    assert not leaked(out, "rubyxleeds")
    byline = run(
        pipeline,
        forum(
            "Jade - Bradford - FR\nby SnapLad_Bfd\nGot the whole thing on the button cam in my pocket, she "
            "hadn't a clue. Vids available, DM me.\nreply by WestYorksGent: no"
        ),
    )
    assert "snaplad_bfd" in offenders(byline)
    assert not leaked(byline, "Jade") and not leaked(byline, "WestYorksGent")


def test_an_accused_s_accounts_named_in_a_court_report_are_his(pipeline):
    out = run(
        pipeline,
        news(
            "Callum Brigg, 27, of Shipley, was jailed for stalking four women who work in the sex industry. "
            "The court heard Brigg set up more than 30 accounts, including 'CleanStreetsBfd', to post their "
            "home addresses."
        ),
    )
    assert "cleanstreetsbfd" in offenders(out)


@pytest.mark.parametrize(
    ("text", "home", "kept"),
    [
        ("Applicant placed in B&B on West Parade since 28/09. A resident there followed her into the shower.",
         "West Parade", None),
        ("SU lives with her partner, Kerry-Ann, in Meir. She was attacked at a hotel at Festival Park.",
         "Meir", "Festival Park"),
        ("Jo said her landlord on Westminster Rd is putting rent up. The man in the Fiesta waited on Athol St.",
         "Westminster Rd", "Athol St"),
        ("SU has moved from Caia Park to a new tenancy after the assault at his flat on Hope Street.",
         "Caia Park", "Hope Street"),
        ("He followed her home twice from the lay-by on the A12 at Marks Tey, then sat outside.", None, "Marks Tey"),
    ],
)  # fmt: skip
def test_homes_told_in_case_notes_are_redacted_and_incident_places_kept(pipeline, text, home, kept):
    out = run(pipeline, nums(text))
    if home:
        assert not leaked(out, home), text
    if kept:
        assert kept in text_of(out), text


def test_a_name_in_capitals_before_a_bare_age_in_a_listing_is_a_name(pipeline):
    out = run(
        pipeline,
        forum(
            "Liverpool City Centre - Incall\n⭐ ANNA 20 – NEW THIS WEEK – L3 incall – 07700 900391\n"
            "⭐ VIKA 19 – new girl, only few days!! – L3 incall – 07700 900391\nNew girls every week!!"
        ),
    )
    assert not leaked(out, "VIKA") and not leaked(out, "ANNA")
    assert "Liverpool City Centre" in text_of(out)
