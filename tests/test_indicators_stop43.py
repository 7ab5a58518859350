"""Stop 43 (issue 15, trafficking dev_x, helper_zy): control no one holds, and housing and moves someone
else holds. Every sentence is invented for this file (none is copied from a corpus): the kind of control is
what the patterns read, not dev_x's wording. A false organised_crime route is worse than a missed one: the
negatives come first.

- a screening question about anyone at all, a doer who is nobody ("whether anybody takes her earnings",
  "there is nobody who takes my money"); an offer she turned down ("a man who offered to manage her");
- a robbery, a theft, a thing that "belongs to" someone, her pictures sent to her family (helper_zy);
- her own say: an agency she is with by choice, a studio's pay into her own account, Pidgin "na me collect",
  peers who answer each other's phones, a number a note finds on no other advert;
- her fee handed to him by the men, her money in someone else's "care"; a tour typed with dashes, women who
  "change often"; someone else's housing where she works (an agency's or company's house, a room
  rented for her that men are sent to, camp beds or a mattress in a back room) and moves on a schedule."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator
ORDINARY = [
    # a screening question about anyone at all, answered no
    (
        "As at every welfare check, asked whether anybody keeps her earnings, has her ID card or decides her hours.",
        "partner",
        "third_party_control",
    ),
    (
        "Asked about anyone holding her papers or taking her money: no, she showed us both.",
        "partner",
        "documents_held",
    ),
    # nobody takes her money: a relative clause on "nobody"
    ("In this flat there is nobody who takes my money.", "partner", "third_party_control"),
    # an offer of "management" she turned down
    ("She once turned away a man at the club who offered to manage her.", "partner", "third_party_control"),
    # West African Pidgin: "na me" (it is I who) collects the money
    ("Na me do everything: na me collect all the money at the end of the night.", "partner", "third_party_control"),
    # peers who cover each other's phones
    (
        "When one of us is in a booking the other picks up her phone and writes it in the book, we do it for each "
        "other, no money.",
        "partner",
        "speaks_for_worker",
    ),
    # an agency she is with by choice; a studio's share paid into her own account
    ("I joined the agency by choice and they take 25% of what they book for me.", "partner", "third_party_control"),
    ("You keep 65% of every show, paid each Friday into your own bank account.", ADVERT, "third_party_control"),
    # a note that finds the number on no other advert
    ("[Note: this number appears on 2 profiles only, and no other ads carry it.]", ADVERT, "shared_advert_contact"),
    # robbers with a hammer; a plate that belongs to someone; evidence handed over; a passport gone after a client
    (
        "Two men came in at midnight, one pulled a hammer out of his coat and said give all the money.",
        "partner",
        "third_party_control",
    ),
    ("Someone on the group said it belongs to Terry Vale from the garage.", "partner", "third_party_control"),
    ("She has handed it to us in a sealed bag for the police.", "partner", "third_party_control"),
    ("After the man left I looked and my passport was not in the drawer any more.", "partner", "documents_held"),
    # her pictures sent to her family: a threat to out her, not a move
    (
        "He says he'll send them to Joanna, her mum, if she blocks him.",
        "partner",
        "moved_between_places",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 43
CONTROL = [
    # moved on a schedule, or more than once, the mover unsaid
    (
        "Since March, moved every 8 days from one rented flat to the next, always at night.",
        "partner",
        "moved_between_places",
        "weak",
    ),
    (
        "She has been moved twice since Christmas, each time at a day's notice.",
        "partner",
        "moved_between_places",
        "weak",
    ),
    ("Every two week madam send me to flat in Derby, after I come back.", "partner", "moved_between_places", "weak"),
    # an agency's house; someone else's house shared with other girls
    ("She lives in the agency house on Mill Road with the others.", "partner", "living_at_premises", "weak"),
    ("I stay at his house with four other girls and he brings the men.", "partner", "living_at_premises", "weak"),
    # a room rented for her that men are sent to
    (
        "He rents a caravan for her on the site and sends men to it most nights.",
        "partner",
        "living_at_premises",
        "weak",
    ),
    # the men hand her fee to him
    (
        "After each visit the punters give him the cash and he buys her a takeaway.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # someone else "takes care of" her money (weak: a couple's budget uses the same words)
    (
        "She said her husband takes care of all the money and she must not worry.",
        "partner",
        "third_party_control",
        "weak",
    ),
    # an advert's tour typed with dashes; women who "change often"
    (
        "Mon–Wed HULL, Thu–Sat GRIMSBY. New girl Ilona, bookings via her manager.",
        ADVERT,
        "moved_between_places",
        "weak",
    ),
    ("Thai massage, our girls change often so please call to ask who is in today.", ADVERT, "rotating_workers", "weak"),
    # camp beds; a mattress in a back room
    ("Staff found two women sleeping on camp beds behind the kitchen.", "partner", "living_at_premises", "weak"),
    ("Ana sleeps in the back room on a mattress, behind the salon.", "partner", "living_at_premises", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength


# (text, source, indicator, strength): control the stop 43 exceptions must leave alone
STILL_CONTROL = [
    # an offer she took up, told by what he then does
    (
        "A man offered her a room and now takes half of everything she earns.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # a dealer's offer to sell her drugs is the supply
    ("The driver offered to sell her crack at the same time.", "partner", "drugs_supply", "weak"),
    # a named controller, not anyone at all
    ("Mirela said he takes all her money and keeps her passport.", "partner", "documents_held", "strong"),
    ("He holds her passport in the drawer of his desk.", "partner", "documents_held", "strong"),
    ("Every week he moves the girls to Hull.", "partner", "moved_between_places", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), STILL_CONTROL)
def test_control_is_still_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength


def test_her_own_home_money_and_moves_are_no_indicator(pipeline):
    """A shared flat with friends, moving house, her own care of her money: none is held by someone else."""
    for text in (
        "I live in a shared flat with two other girls, we split the rent.",
        "She moved house twice last year.",
        "I moved every few months for work, my choice.",
        "I take care of my money myself.",
    ):
        found = _found(pipeline, text)
        assert not {"living_at_premises", "moved_between_places", "third_party_control"} & set(found), text


def test_own_tour_with_dashes_is_no_indicator(pipeline):
    """Her own advert's tour typed with dashes is hers (`not_in_own_advert`)."""
    assert "moved_between_places" not in _found(
        pipeline, "Luna 25, independent. Mon–Tue LEEDS, Wed–Thu YORK, call me.", ADVERT
    )
