"""Stop 47 (issue 15, trafficking dev_zb, helper_zzc): her own acts told in a list the parse misreads, her share paid
to her own account, a room let to people of every nationality first; then a controller told by a "he" after the
punters, drugs forced in other words, clients' fees passed through a takeaway's till, a nightly sum to work a lane,
someone who answers for each woman. Every sentence is invented for this file (none is copied from a corpus): the
kind of situation is what the patterns read, not dev_zb's wording. A false organised_crime route is worse than a
missed one: the ordinary arrangements come first.

What the stop teaches:

- a list of her own acts where the parse reads a verb as a noun ("picks and edits the photos herself, sets prices")
  or a note's "SU sets prices" as one noun is still hers; an act listed beside one she did "herself" is hers;
- her share paid to her own bank account is a commission, not someone holding her money;
- "all nationalities welcome" invites tenants or applicants, it lists no women behind an advert;
- a "he" is never the punters just named: someone the text does not say, who keeps the money;
- made to "do lines", a line held under her nose: drugs forced on her;
- clients' fees taken on a takeaway's card machine or put in its till: someone else's money through a business;
- a sum a night to work a lane, a nightly "rent" demanded on the street: protection money;
- someone who answers for each woman, or answers the questions put to them: he speaks for them."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator (each found before stop 47)
ORDINARY = [
    # her own acts in a list the parse misreads
    (
        "She has her own phone (showed us the app), picks and uploads the photos herself, sets prices and answers "
        "every client.",
        "partner",
        "third_party_control",
    ),
    (
        "Spoke to her alone: she runs the profile, chooses and crops the photos herself, sets prices and replies to "
        "every client.",
        "partner",
        "third_party_control",
    ),
    ("SU sets prices, reads texts with an app, keeps all earnings.", "partner", "third_party_control"),
    (
        "Review: Met Kira at her place in Derby. Kira set the price, took the cash herself, friendly and chatty.",
        ADVERT,
        "third_party_control",
    ),
    # her share paid to her own account
    (
        "Studio in Leeds now hiring models. You keep 60% of what you earn, paid every Friday to your bank account.",
        ADVERT,
        "third_party_control",
    ),
    # a room let to tenants of every nationality
    (
        "Single room in a quiet shared house, £80 pw, three other tenants, all nationalities welcome.",
        ADVERT,
        "rotating_workers",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator): near misses of the new rules, clear before and after stop 47
NEAR_MISSES = [
    # a punter who kept his own money; her friend who made her do a line at a party
    ("The punter was angry and he kept his money and left.", "nums", "third_party_control"),
    ("My mate made me do a line at her birthday party.", "nums", "forced_drug_use"),
    # her own lunch on a cafe's card machine; working in a cafe until six
    ("I paid for my lunch on the cafe's card machine.", "nums", "money_laundering"),
    ("I work in the cafe till 6 most days then go home.", "nums", "money_laundering"),
    # a room's nightly rent from a landlord; a nightly sum to work from a flat
    ("The landlord is charging £40 a night rent for the room.", "nums", "protection_money"),
    ("It costs £30 a night to work from the flat on Leeds Road, split between us.", "nums", "protection_money"),
    # a friend she pays to stand watch on the corner
    (
        "My mate Dee, who I give £10 a night to stand on the corner and note plates, is not taking anything off me.",
        "nums",
        "protection_money",
    ),
    # an interpreter who answers for each woman; she answered the questions put to her
    ("The interpreter answered for each woman in Thai.", "partner", "speaks_for_worker"),
    ("She answered the questions put to her calmly.", "partner", "speaks_for_worker"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), NEAR_MISSES)
def test_near_miss_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 47
CONTROL = [
    # a "he" after the punters; whoever he is, he keeps the money
    (
        "He drops me at the flat, the punters complain when im quiet. he keeps the money n gives me twenty quid.",
        "nums",
        "third_party_control",
        "strong",
    ),
    # drugs forced on her
    ("He makes me do lines before every shift.", "nums", "forced_drug_use", "strong"),
    ("Every night he puts it under my nose and waits.", "nums", "forced_drug_use", "strong"),
    # clients' fees through a takeaway's till or card machine
    ("The punters' money was taken on the takeaway's card machine.", "nums", "money_laundering", "weak"),
    ("The money was put into the restaurant till every night.", "nums", "money_laundering", "weak"),
    ("Card payments of £100 at 2am with no matching orders.", "partner", "money_laundering", "weak"),
    # a nightly sum to work a lane, a nightly "rent" demanded on the street
    ("Two lads said it is £25 a night now to work their lane.", "nums", "protection_money", "strong"),
    ("Men have been demanding £15 a night rent from the girls on the beat.", "partner", "protection_money", "strong"),
    # he answers for each woman, or the questions put to them
    ("The boss stayed and answered for each girl before she could speak.", "partner", "speaks_for_worker", "weak"),
    ("A man came in and answered the questions put to both women.", "partner", "speaks_for_worker", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength


# (text, source, indicator, strength): control in the words of the ordinary cases above, found before and after
STILL_FOUND = [
    ("Her pimp sets her prices and keeps all her earnings.", "partner", "third_party_control", "strong"),
    (
        "Her boyfriend has her phone, picks and uploads the photos, sets prices and answers every client.",
        "partner",
        "third_party_control",
        "strong",
    ),
    (
        "Review: Met Kira at her place in Derby. Her minder set the price and took the cash himself.",
        ADVERT,
        "third_party_control",
        "strong",
    ),
    ("Girls of many nationalities, new faces weekly, call the manager.", ADVERT, "rotating_workers", "weak"),
    # a recruiter's welcome is no room let, a case note's "tenant" the woman whose flat is used: still read
    ("Sauna in Hull hiring now, new ladies each week welcome, rooms above.", ADVERT, "rotating_workers", "weak"),
    (
        "Housing officer: the tenant says a man brings different women each week to her flat.",
        "partner",
        "rotating_workers",
        "weak",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), STILL_FOUND)
def test_control_is_still_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
