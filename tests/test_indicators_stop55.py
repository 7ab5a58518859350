"""Stop 55 (issue 15, trafficking dev_zj): control told through events rather than named. The phone she is booked on is
someone else's ("the phone for bookings is his", "customers book on Aunty phone", "he keeps the phone for the advert"),
a manager who speaks for every woman, "speak to our manager" on an agency page; driven and waited for, several women
driven at night or over the border, brought to a town in his car, met at a port and taken on, an agency's "outcalls by
our driver"; where she goes next told as what he said ("next week he say we go Whitby"), brought from one town and to
be taken to the next; a room where she lives and sees men, the store room men come to where the women sleep; a debt
that grows by the fines he puts on it; other women's money through her account, made to pass clients' money on to his
account; made to see men to pay a fee (helper_zzk); sent out to do "dates", made to work the street, all payments
kept. Every sentence is invented for this file (none is copied from a corpus): the kind of control is what the
patterns read, not dev_zj's wording. A false organised_crime route is worse than a missed one: the ordinary
arrangements in the same words come first.

What the stop teaches:

- whose phone it is matters: her own second phone for bookings, an interpreter she asked for, a receptionist on her own
  advert are no one's control;
- who drives matters: a driver she pays, a friend's or a mate's lift, a client's lift in one booking are no transport
  by a third party;
- whose plan it is matters: her own tour, a boyfriend's holiday are no moves;
- her own flat where she sees men by appointment, friends round for a film are no living at premises;
- a council's, a court's or a parking fine is no debt he puts on her;
- her rent paid to a flatmate, her regulars' money for her bills, are no laundering."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 55
ORDINARY = [
    # her own phone for bookings, an interpreter she asked for, her own advert's receptionist, "speak to me"
    ("I keep a second phone for bookings and switch it off on my days off.", "nums", "speaks_for_worker"),
    ("The interpreter spoke for both women at the clinic, as they had asked.", "partner", "speaks_for_worker"),
    ("Kira, 27, independent, Rye. Speak to me directly, no agency. 07700 900561", ADVERT, "speaks_for_worker"),
    ("The number on my advert is mine, I answer it myself.", "nums", "speaks_for_worker"),
    # a driver she pays, a friend's or a mate's lift, a client's lift in one booking
    ("My driver, who I pay by the hour, drives me to the hotel and waits.", "nums", "transported_by_other"),
    ("My friend met me at York and took me to Selby for her birthday.", "nums", "transported_by_other"),
    ("My mate brought me to Hull in his car for the weekend.", "nums", "transported_by_other"),
    ("The client brought me to Hull in his car and then refused to pay.", "nums", "transported_by_other"),
    (
        "Kira, 27, independent. Outcalls, my driver brings me, I pay him myself. 07700 900562",
        ADVERT,
        "transported_by_other",
    ),
    # brought by a friend, a cab; "brought up" (raised)
    ("She was brought here by her friend Lina for the weekend.", "partner", "transported_by_other"),
    ("She was brought down by Uber from Leeds.", "partner", "transported_by_other"),
    ("She was brought up by Nana Jo in Hull.", "partner", "transported_by_other"),
    # her own tour, a boyfriend's holiday
    ("Next week I go to Whitby, my own tour, then home.", "nums", "moved_between_places"),
    (
        "My boyfriend brought me from Preston and will take me to Carlisle for a holiday.",
        "nums",
        "moved_between_places",
    ),
    # her own flat where she sees men, friends round
    ("She sees clients at her own flat, where she lives and sees men by appointment.", "partner", "living_at_premises"),
    ("Her mates come round to the flat where she lives for a film night.", "partner", "living_at_premises"),
    # a council's, a court's, a parking fine
    ("The council put fines on her car twice for parking outside the flat.", "partner", "debt_bondage"),
    ("Magistrates fined her £80 when she was late for court.", "partner", "debt_bondage"),
    # work a parent asked of her, for her own lessons
    ("My mum made me work weekends to pay my driving lessons.", "nums", "debt_bondage"),
    # work in a shop, an errand, her own payments, a maid she pays
    ("My mum sends me out to work at the bakery on Saturdays.", "nums", "third_party_control"),
    ("My friend sent me to the shop for milk.", "nums", "third_party_control"),
    ("I keep all payments in a tin under the bed.", "nums", "third_party_control"),
    ("The maid collects the payments at the door, she pays the maid £40 a shift.", "partner", "third_party_control"),
    # her rent to a flatmate, her regulars' money for her own bills
    ("I transfer my half of the rent to my flatmate's account every month.", "nums", "money_laundering"),
    ("Money from my regulars goes into my account and I pay my bills from it.", "nums", "money_laundering"),
    # forged banknotes with one serial number: no contact behind many adverts (helper_zzk)
    (
        "He paid me £100 in twenties and the shop said the notes are fake, same number on all five.",
        "nums",
        "shared_advert_contact",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


def test_a_partner_who_does_the_talking_alone_is_no_indicator(pipeline):
    # a husband or boyfriend is `corroborate_by`: his talking counts only beside a strong signal
    assert "speaks_for_worker" not in _found(pipeline, "Her husband, who did the talking, said she was fine.")


def test_one_number_on_many_adverts_is_still_found(pipeline):
    # the banknotes' guard leaves a page's own "same number on all five adverts" a shared contact
    found = _found(pipeline, "Same number on all five adverts: Leeds, Hull, York. 07700 900571", ADVERT)
    assert found.get("shared_advert_contact") == "weak"


# (text, source, indicator, strength): each fails on the code before stop 55
CONTROL = [
    # the phone she is booked on is someone else's
    ("The phone for bookings is his, she only has the room.", "partner", "speaks_for_worker", "weak"),
    ("Customers book on Aunty phone at the nail bar.", "partner", "speaks_for_worker", "weak"),
    ("Punters book on the manager's phone.", "partner", "speaks_for_worker", "weak"),
    ("He keep the phone for advert, we don't touch.", "nums", "speaks_for_worker", "weak"),
    ("The manager arrived and spoke for all four women.", "partner", "speaks_for_worker", "weak"),
    ("The man who did the talking is her boss.", "partner", "speaks_for_worker", "weak"),
    (
        "Two new girls, only this week in Rye. Bookings by phone only, speak to our manager: 07700 900563.",
        ADVERT,
        "speaks_for_worker",
        "weak",
    ),
    # driven and waited for, driven at night or over the border, brought in his car, met and taken on
    ("Piotr drives me there and waits in the car.", "nums", "transported_by_other", "weak"),
    ("A man drive them at night in a white van.", "partner", "transported_by_other", "weak"),
    ("Every Friday he drives us over the border to Dundalk.", "nums", "transported_by_other", "weak"),
    ("A man called Doru bring me to Hull from London in his car.", "nums", "transported_by_other", "weak"),
    (
        "Madam Efe collect me in Belfast and bring me to Lisburn, house with three girls.",
        "nums",
        "transported_by_other",
        "weak",
    ),
    ("Sweet Kira, 23, Rye. Outcalls to hotels by our driver. 07700 900564", ADVERT, "transported_by_other", "weak"),
    ("She was brought there by 'Dorin', who books the rooms.", "partner", "transported_by_other", "weak"),
    # where she goes next, as he said
    ("Next week he say we go Whitby.", "nums", "moved_between_places", "weak"),
    (
        "Says Costin brought her from Preston and will take her to Carlisle after.",
        "partner",
        "moved_between_places",
        "weak",
    ),
    # where she lives and sees men, the room men come to where she sleeps
    (
        "He found a static caravan where she has been living and seeing men since May.",
        "partner",
        "living_at_premises",
        "weak",
    ),
    ("At night men come to the store room where she and another girl sleep.", "partner", "living_at_premises", "weak"),
    # a debt that grows by his fines
    ("He puts fines on the girls when they are late back.", "partner", "debt_bondage", "strong"),
    ("Marek fines them £20 if a client complains.", "partner", "debt_bondage", "strong"),
    # sent out to do "dates", made to go out and work the street, all payments kept
    (
        "They send her out to do 'dates' on Mill Road to clear what she owes.",
        "partner",
        "third_party_control",
        "strong",
    ),
    ("They make me go out and work the street every night.", "nums", "third_party_control", "strong"),
    ("He books the rooms, writes her adverts and keeps all payments.", "partner", "third_party_control", "strong"),
    # made to see men to pay a fee (quote marks round the word for it)
    ("The agent made her see men at the hostel to pay the recruitment fee.", "partner", "debt_bondage", "strong"),
    ("The skipper made them 'entertain' men on the boats to pay the crew fee.", "partner", "debt_bondage", "strong"),
    # other women's money through her account, made to pass it on to his account
    ("Cash from the other girls also goes through her account, she says.", "partner", "money_laundering", "weak"),
    (
        "Clients pay her by card and he makes her transfer it to his brother's account the same night.",
        "partner",
        "money_laundering",
        "weak",
    ),
    ("Jake had other women's money paid through her account.", "partner", "money_laundering", "weak"),
    ("Statements show £9k in and straight out to an account in his name.", "partner", "money_laundering", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
