"""Stop 46 (issue 15, trafficking dev_za, helper_zzb): accusations, other people's affairs and a worker's own
adverts first, then who moves, drives, holds and keeps, told in the words the patterns did not yet read. Every
sentence is invented for this file (none is copied from a corpus): the kind of situation is what the patterns read,
not dev_za's wording. A false organised_crime route is worse than a missed one: the ordinary arrangements come first.

What the stop teaches:

- what a harasser, a stalker or a troll says or spreads about her is his word, not her control ("had been telling
  people her driver runs her"); a question asked about her ("ask her who her pimp is") says nothing happened;
- a driver she pays named in a clause of her own ("a driver, Sam, whom she found and pays £20 a trip") is hers;
- someone who has no say in another named woman's work is not the worker ("has no say in Nia's work");
- a man a court fined is no worker fined by a boss; she (or the women) must be the one fined;
- a visa with an employer, a passport she travelled on with her sister, are her status and her trip, not papers
  held; said with its verb ("her papers are with him") or a passport with a man, they still are;
- the same number on her own other advert, or a note that finds it on no other profile, is one woman's;
- a man who books her INTO parties books her out (a booker), not a client who booked her;
- she goes out only with him, goes nowhere without him, has not had her phone since a place or a time;
- several women dropped and came back for, a man who drives the women, a woman brought by a man who waited outside;
- moved by a man to another flat or town; the money is his, she never keeps it herself;
- a tally of what is left of her debt, the travel money she is held to pay."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement, or someone else's word, in the same words; no indicator
ORDINARY = [
    # an accusation by a stalker or a troll; a question put about her
    (
        "Her stalker has been telling her neighbours that her boyfriend runs her.",
        "partner",
        "third_party_control",
    ),
    ("A troll keeps posting that she has a pimp.", "partner", "third_party_control"),
    ("Go round and ask her who her pimp is, she lives at number 9.", ADVERT, "third_party_control"),
    # a driver she chose and pays, named in her own clause
    (
        "She has a driver, Sam, whom she found herself and pays £20 a trip. Her ex says Sam controls her.",
        "partner",
        "third_party_control",
    ),
    # someone with no say in another named woman's work
    (
        "Her bookkeeper is Ffion. Ffion is paid by the hour, never meets clients and has no say in Nia's work.",
        "partner",
        "third_party_control",
    ),
    # a court's fine on a man
    (
        "A Bolton man who harassed her online has been fined £700 and given a restraining order.",
        "partner",
        "third_party_control",
    ),
    # a visa with an employer, a passport she travelled on with her sister
    ("Came to UK 2017 on a work visa with a bakery, left and now self-employed.", "partner", "documents_held"),
    ("Arrived 2018 on a care visa with a nursing home, now independent.", "partner", "documents_held"),
    ("She travelled on her passport with her sister last spring.", "partner", "documents_held"),
    # her own other advert on the same number; a note that finds no other profile
    (
        "Jade, 30, independent, my own place in Derby. [Note: same number as on her Nottingham profile.]",
        ADVERT,
        "shared_advert_contact",
    ),
    (
        "Kim, 28, Leeds. [Researcher note: same number on her older advert. No other profiles carry it.]",
        ADVERT,
        "shared_advert_contact",
    ),
    # her own company, her own phone lost or broken
    ("I don't go out except with my friends.", "partner", "restricted_movement"),
    ("She has not had her phone since it broke last week.", "partner", "restricted_movement"),
    # a friend who drives the girls home; an ambulance crew; the council's move; her son's money; her car loan
    ("My friend drives the girls home after our night out.", "partner", "transported_by_other"),
    ("She was brought in by an ambulance crew who stayed in the corridor.", "partner", "transported_by_other"),
    ("She was moved by the council to a flat in Leeds.", "partner", "moved_between_places"),
    ("The money is for her son's school trip.", "partner", "third_party_control"),
    ("I keep a record of what is left on my car loan.", "partner", "debt_bondage"),
    # a client who booked her into a hotel room: one booking
    ("A man who booked her into a hotel room took her phone.", "partner", "restricted_movement"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 46
CONTROL = [
    # a man who books her into parties keeps her phone: a booker, not a client
    (
        "She works through a man called Dev who books her into house parties. Dev keeps her phone at the parties.",
        "partner",
        "restricted_movement",
        "strong",
    ),
    # she goes out only with him, nowhere without him; her phone not had since a place
    ("The girls do not go out except with him.", "partner", "restricted_movement", "weak"),
    ("She dont go nowhere without him.", "partner", "restricted_movement", "strong"),
    ("She told the nurse she has not had her phone since Bristol.", "partner", "restricted_movement", "strong"),
    # several women dropped and came back for; one man drives the women; brought by a man who waited outside
    (
        "A silver van dropped three women on the corner at 9pm and came back at 3am.",
        "partner",
        "transported_by_other",
        "weak",
    ),
    ("They stay in a rented house and Stefan drives the girls.", "partner", "transported_by_other", "weak"),
    (
        "Romanian woman, 30, brought by a thin man in a blue van who waited outside and knocked twice.",
        "partner",
        "transported_by_other",
        "weak",
    ),
    # moved by a man to another flat
    ("In March she was moved by the same man to a flat in Crewe.", "partner", "moved_between_places", "weak"),
    # the money is his; she never keeps it herself
    ("When asked about her earnings she said 'money is for Bogdan'.", "partner", "third_party_control", "strong"),
    ("She has never kept the cash herself since she came.", "partner", "third_party_control", "strong"),
    # a tally of what is left; travel money she is held to pay
    ("He keeps a tally in a notebook of what remains of the £9,000.", "partner", "debt_bondage", "strong"),
    ("They kept her at the farm for a year to pay the coach money.", "partner", "debt_bondage", "strong"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength


# (text, source, indicator, strength): still found after the "papers with" pattern was narrowed (found before too)
STILL_FOUND = [
    ("Passports with Marku, phones taken at night.", "partner", "documents_held", "strong"),
    ("Her papers are with the man who runs the flat.", "partner", "documents_held", "strong"),
    ("If a client complains, she gets fined £40.", "partner", "third_party_control", "strong"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), STILL_FOUND)
def test_control_is_still_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
