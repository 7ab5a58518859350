"""Stop 54 (issue 15, trafficking dev_zi): the one made to work named by a description ("made a young woman work in
his flat"), a review's clipped "opened door, took the £90", forms answered in an English she does not have, several
women dropped at a house and picked up again, a store or back room slept in or full of mattresses, an agency page whose
girls stay in its house or all go to the next town, no key of her own, her pay going to an account in another person's
name, a recruitment fee taken off wages, and a denial that runs over a list joined by "or" ("he didn't book her
clients, take her money or drive her"). Every sentence is invented for this file (none is copied from a corpus): the
kind of control is what the patterns read, not dev_zi's wording. A false organised_crime route is worse than a missed
one: the ordinary arrangements in the same words come first.

What the stop teaches:

- a denial covers every act of its list when the list is joined by "or", not when it is joined by "and";
- who writes the page matters: "girls stay in the house", "next week girls go Lincoln" are read only on a page someone
  else wrote about the women, never her own advert or a report of a night out;
- who it is matters: a maid's room, a friend's flat, a flatmate who lets her in, a driver she pays, the worker herself
  in a review, a client's fear are no third party's control;
- an ordinary debt or deduction (a student loan, a fee the hotel pays) is not a recruitment fee."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 54
ORDINARY = [
    # made to work at a task or a school, not in his place or for him
    ("Her mum made the girls work hard for their exams.", "partner", "third_party_control"),
    ("His coach made the girls work out at the gym every morning.", "partner", "third_party_control"),
    # the worker herself takes the fee in a review
    ("Review: She opened door, took the £90 herself, lovely girl. 07700 900514", ADVERT, "third_party_control"),
    # limited English alone
    ("She doesn't speak much English and uses a translation app with clients.", "partner", "speaks_for_worker"),
    # a driver she pays
    ("My driver, who I pay, drops me at the hotel and picks me up after.", "nums", "transported_by_other"),
    # a maid's room, a friend's flat, a friend sharing a flat, her own advert's home
    ("Her maid sleeps in the back room on the nights they work.", "partner", "living_at_premises"),
    ("I slept in the back room of my mate's flat after the party.", "nums", "living_at_premises"),
    ("My flatmate and I share the flat, we split the rent.", "nums", "living_at_premises"),
    ("Hi I'm Zoe, I stay in the city centre, own flat, text me 07700 900515", ADVERT, "living_at_premises"),
    # her own tour, a night out
    ("Hi I'm Zoe, next week I go to Leeds, my own tour. 07700 900516", ADVERT, "moved_between_places"),
    ("The girls go to Blackpool next week for my birthday.", "nums", "moved_between_places"),
    # keys lost, an office a receptionist opens, a flatmate who lets her in
    ("I lost my keys so I don't have keys till the locksmith comes.", "nums", "restricted_movement"),
    ("She doesn't have keys to the office, the receptionist opens up.", "partner", "restricted_movement"),
    ("My flatmate lets me in, I don't have keys yet.", "nums", "restricted_movement"),
    # going out told to her mum, a jealous partner's questions
    ("I can't go out without telling my mum where, she worries.", "nums", "restricted_movement"),
    ("I can't go out without him knowing, he's so jealous.", "nums", "restricted_movement"),
    # her own account under another name of hers, a joint account
    ("Her wages go into an account in her married name.", "partner", "money_laundering"),
    ("We have a joint account in both our names.", "partner", "money_laundering"),
    # a hotel's guest account in a man's name: no money paid to her
    ("The guest account in the name of Mr Ian Shaw paid for two rooms that week.", "partner", "money_laundering"),
    # ordinary debts and deductions
    ("My student loan comes off my wages every month.", "partner", "debt_bondage"),
    ("The agency charges the hotel a placement fee; my wages are paid in full.", "partner", "debt_bondage"),
    ("I owe my sister £200 for the car repairs and pay her back monthly.", "nums", "debt_bondage"),
    # a denial over a list joined by "or", which the parse already carried (a guard for the widening below)
    (
        "She sees clients from her own flat; her boyfriend never booked them, took her earnings or drove her, and "
        "she wants advice on the assault only.",
        "partner",
        "third_party_control",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


def test_a_clients_fear_is_no_control(pipeline):
    # a client's fear is at most context, never a weak or strong signal
    found = _found(pipeline, "A client was scared his wife would find out, so he paid double and left.", "nums")
    assert not {k for k, v in found.items() if v != "context"}


def test_a_list_joined_by_and_keeps_its_own_acts(pipeline):
    # "didn't book ... and takes all her money": the denial is of the first act only
    found = _found(pipeline, "Her ex didn't book clients for her and takes all her money every night.", "partner")
    assert found.get("third_party_control") == "strong"


# (text, source, indicator): a denial over a list joined by "or" the parse hangs on the list's second word; fails
# on the code before stop 54
DENIED = [
    (
        "She escorts on her own and her ex had no part in it - he didn't book her clients, take her money or drive "
        "her anywhere.",
        "partner",
        "third_party_control",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator"), DENIED)
def test_denial_runs_over_a_list_joined_by_or(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 54
CONTROL = [
    # the one made to work named by a description
    (
        "The owner made three young women work in his massage shop until midnight.",
        "partner",
        "third_party_control",
        "strong",
    ),
    ("He made a young Polish woman work in his flat every night.", "partner", "third_party_control", "strong"),
    # a review's clipped notes: someone else took the money at the door
    (
        "Review: Lad opened door, took the £90 off me, then sat in the kitchen the whole time. 07700 900511",
        ADVERT,
        "third_party_control",
        "strong",
    ),
    # her forms answered in an English she does not have
    (
        "Her benefit journal is answered at midnight in fluent English she doesn't speak.",
        "partner",
        "speaks_for_worker",
        "weak",
    ),
    # several women dropped at a house and collected before dawn
    (
        "A black Passat keeps dropping three or four young women at the flat by the chippy and collecting them "
        "before dawn.",
        "nums",
        "transported_by_other",
        "weak",
    ),
    # a store or back room slept in or full of mattresses
    ("She has been sleeping in the stock room of the car wash since March.", "partner", "living_at_premises", "weak"),
    ("The back room upstairs had four mattresses and bin bags of clothes.", "partner", "living_at_premises", "weak"),
    # an agency page: its girls stay in the house, all go to the next town
    (
        "NEW ladies every week, Lincoln, 10am till late. Girls stay in the house, discreet parking. Text 07700 900512",
        ADVERT,
        "living_at_premises",
        "weak",
    ),
    (
        "Three new girls this week in Grimsby. Next week girls go Lincoln! Text 07700 900513",
        ADVERT,
        "moved_between_places",
        "weak",
    ),
    # no key of her own
    ("I don't have keys, he opens the door when clients come.", "partner", "restricted_movement", "strong"),
    ("They never gave me a key to the flat.", "nums", "restricted_movement", "strong"),
    # she cannot go out unless he agrees
    ("Since March she can't go out without the owner agreeing.", "partner", "restricted_movement", "strong"),
    # her pay into an account in another person's name
    (
        "Her universal credit now goes into an account in the name of Tomasz Wrona.",
        "partner",
        "money_laundering",
        "weak",
    ),
    ("Their wages are paid into an account in someone else's name.", "partner", "money_laundering", "weak"),
    # a recruitment fee taken off wages
    ("The £250 recruitment fee comes off their wages every week.", "partner", "debt_bondage", "strong"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
