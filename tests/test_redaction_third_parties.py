"""Third parties and the victim's home on writing the rules were not built from (issue 8).

- a number given as a named person's own ("the manager Mr Y's number (...)") goes with his
  name, even a number on the service warn-list;
- in a court report, a relation of someone's ("His partner X, 24, was cleared") is a third
  party unless the report says she too was charged or convicted;
- "number 9 on X Road", "no. 14 off X Street": a house, redacted;
- every member of a list of working names, the month and the short one the NER calls a place
  too;
- the first name inside the handle of an author who is no offender, in any case.

Every sentence is new and fictional (Ofcom drama-range numbers, made-up names and streets).
"""

from __future__ import annotations

import pytest

from evaluation.leaks import flatten, present
from tests.test_redaction import advert, forum, news, nums, offender_values, partner, run, text_of


# -- a number given as a named person's own -----------------------------------------------------
@pytest.mark.parametrize(
    "narrative",
    [
        "A man called Dazza took her bag; the night manager Mrs Pellow's number (0113 496 0999) is the one for CCTV.",
        "A man called Dazza took her bag. Her key worker is Hollis, on 0113 496 0999.",
    ],
)
def test_a_listed_number_given_as_a_named_persons_own_goes_with_the_name(pipeline, narrative):
    out = run(pipeline, partner(narrative))
    assert not present("0113 496 0999", flatten(out)), text_of(out)
    assert "dazza" in offender_values(out)


def test_a_listed_service_number_with_no_one_named_before_it_stays(pipeline):
    out = run(pipeline, partner("A man called Dazza took her bag. She rang the project on 0113 496 0999 after."))
    assert "0113 496 0999" in text_of(out)


# -- a relation named in a court report -----------------------------------------------------------
def test_a_relation_of_the_accused_named_in_a_court_report_is_a_third_party(pipeline):
    out = run(
        pipeline,
        news(
            "Grimsby man jailed for attacking escorts. Kyle Danton, 31, was jailed at Grimsby Crown Court for "
            "assaulting two women. His girlfriend Tegan Lowry, 22, was cleared of perverting the course of justice."
        ),
    )
    assert not present("Tegan", flatten(out)) and not present("Lowry", flatten(out)), text_of(out)


def test_a_relation_the_report_says_was_convicted_too_is_an_offender(pipeline):
    out = run(
        pipeline,
        news(
            "Grimsby pair jailed. Kyle Danton, 31, was jailed at Grimsby Crown Court. His girlfriend "
            "Tegan Lowry, 22, was also jailed for controlling prostitution."
        ),
    )
    assert "tegan lowry" in offender_values(out), text_of(out)


# -- a house written "number 9 on X Road" ----------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "address"),
    [
        (
            "Group: Knowle Residents\nDean Mossop: that woman at number 14 on Farrow Road is on the escort "
            "sites, we should all go round and tell her to move on.",
            "number 14 on Farrow Road",
        ),
        (
            "Group: Knowle Residents\nDean Mossop: the escort at no. 3 off Pelling Street, I know where she "
            "lives, we should go round.",
            "no. 3 off Pelling Street",
        ),
    ],
)
def test_a_house_number_written_as_a_word_is_an_address(pipeline, content, address):
    out = run(pipeline, advert(content))
    street = address.split()[-2]
    assert not present(street, flatten(out)), text_of(out)


def test_a_bus_number_on_a_road_is_no_address(pipeline):
    out = run(pipeline, nums("He followed her off the number 9 on Kirkstall Road and grabbed her bag."))
    assert "Kirkstall Road" in text_of(out)


# -- a list of working names ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "names"),
    [
        (
            "SIAM LOTUS Paddington. New Thai girls this week: Nok, Fah, Ploy, May. Massage £80, call 020 7946 0411.",
            ["Nok", "Fah", "Ploy", "May"],
        ),
        ("Lotus Spa, Ealing. Ladies this week: Kwan, Lek, Dao & June. Calls only 020 7946 0412.", ["Kwan", "June"]),
    ],
)
def test_every_member_of_a_list_of_working_names_is_a_name(pipeline, content, names):
    out = run(pipeline, advert(content))
    for name in names:
        assert not present(name, flatten(out)), (name, text_of(out))


def test_a_list_of_towns_is_still_a_list_of_towns(pipeline):
    out = run(pipeline, advert("Girls from: Leeds, Hull and York. Call 0113 496 0412."))
    assert all(t in text_of(out) for t in ("Leeds", "Hull", "York")), text_of(out)


# -- the first name inside a benign author's handle ---------------------------------------------------
def test_a_name_in_a_condemning_authors_handle_is_redacted_wherever_the_thread_uses_it(pipeline):
    out = run(
        pipeline,
        forum(
            "Leeds board\nChapelRoger: told Amber I'd pay extra for bare, she said no, so I slipped the condom "
            "off anyway\nHarehillsBeth: that's rape Roger, I'm reporting you\nChapelRoger: shut it beth, nobody "
            "asked you"
        ),
    )
    assert not present("beth", flatten(out)), text_of(out)
    assert "chapelroger" in offender_values(out)


# -- a thread copied inline ------------------------------------------------------------------------
def test_an_inline_thread_finds_the_offending_author_and_not_the_one_who_condemns(pipeline):
    out = run(
        pipeline,
        forum(
            "HullPunters thread. HumberHank: Saw Roxanne at her flat off Spring Bank. She said no bareback so I "
            "slipped the condom off anyway, she cried lol. Ferriby_Fred: that's rape mate, reported."
        ),
    )
    assert "humberhank" in offender_values(out), text_of(out)
    assert not present("Ferriby_Fred", flatten(out)) and not present("Roxanne", flatten(out))


def test_a_worker_warning_others_under_her_handle_is_not_the_offender(pipeline):
    out = run(
        pipeline,
        advert(
            "Warning post on worker forum by @ruby_safe_lds (worker): 'Client calling himself Lenny sets up "
            "bookings then refuses to pay. Happened to me and to Jasmin in Wakefield.'"
        ),
    )
    assert not present("ruby_safe_lds", flatten(out)) and not present("Jasmin", flatten(out)), text_of(out)


# -- a name in a list of names --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("narrative", "names"),
    [
        ("Outreach to a flat in Lewisham, three women. Others present: Thu, Hoa, Lan.", ["Thu"]),
        (
            "Advert says: choose from Bianca, Mercedes, Jade, Roxie, one number for all 07700 900942.",
            ["Mercedes", "Jade"],
        ),
    ],
)
def test_a_word_in_a_list_of_redacted_names_is_a_name(pipeline, narrative, names):
    out = run(pipeline, partner(narrative))
    for name in names:
        assert not present(name, flatten(out)), (name, text_of(out))


def test_the_reporter_in_a_list_with_her_kids_is_no_name(pipeline):
    out = run(pipeline, nums("I've got two kids, Maisie and Jacob, and I need to be home for them by four."))
    assert "and I need" in text_of(out), text_of(out)
    assert not present("Maisie", flatten(out)) and not present("Jacob", flatten(out))


def test_each_line_of_a_listing_page_opens_with_a_working_name(pipeline):
    page = (
        "ROSIE 💕 Dundee 24/7 — Call 07700 900 551\nKATYA 💕 New in Dundee — Call 07700 900 551\nZLATA 💕 Just arrived"
    )
    out = run(pipeline, advert(page))
    for name in ("ROSIE", "KATYA", "ZLATA"):
        assert not present(name, flatten(out)), (name, text_of(out))


@pytest.mark.parametrize("place", ["Moira", "Kendal"])
def test_a_place_that_is_a_first_name_is_a_person_when_she_is_reached_through_it(pipeline, place):
    narrative = (
        f"He grabbed my bag on Leith Walk. Contact me on 07700 900 552 or through {place} at the outreach project."
    )
    out = run(pipeline, nums(narrative))
    assert not present(place, flatten(out)), text_of(out)


def test_a_platform_after_a_sentence_is_no_post_author(pipeline):
    out = run(pipeline, advert("LEXI 💋 Hull, 24. Incalls only. OnlyFans: lexi_hull_x"))
    assert "OnlyFans" in text_of(out), text_of(out)
