"""Stop 52 (issue 15, trafficking dev_zg, helper_zzh): a note's plain finding of no indicators, screening questions
written out, a worker whose own number is like the adverts', a page that asks for "tips", a man's own accounts
compared; then a capture note's count of the adverts or names on one number or one booking email, women "taxed" or
charged a nightly sum to stand on a road (a quote between), a sum owed whether or not she works, a day's shortfall
written into his book or the debt, a man who does all her texts, a man who puts her "on the sites", drugs given to
calm her before the men. Every sentence is invented for this file (none is copied from a corpus): the kind of
situation is what the patterns read, not dev_zg's wording. A false organised_crime route is worse than a missed
one: the ordinary arrangements come first.

What the stop teaches:

- a note that ends "No indicators." or "No control indicators found." has weighed what it told (a brother who drives
  her, a call-handling service she pays): the situational labels go; a decisive act would still count;
- a question ("does anybody keep your passport?") is no act, whatever the answer;
- a capture note's "fifth current advert on this number", "five different names on this number" is one number behind
  many adverts or women; two names on one number that are both hers are not."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 52
ORDINARY = [
    # a note's finding of no indicators after what it weighed
    (
        "Her husband drives her to her bookings and waits outside; she gives him petrol money. No control "
        "indicators found.",
        "partner",
        "transported_by_other",
    ),
    (
        "Concern from another service that she 'has a pimp': it is her cousin, who drops her at the hotel at her "
        "request. No indicators of exploitation.",
        "partner",
        "third_party_control",
    ),
    (
        "She pays a call-handling service £10 a booking and can stop whenever she likes. No indicators.",
        "partner",
        "third_party_control",
    ),
    (
        "She pays a call-handling service £10 a booking and can stop whenever she likes. No indicators.",
        "partner",
        "speaks_for_worker",
    ),
    # screening questions written out, answered no
    (
        "Screening done (does anybody keep your passport / take your earnings) - no to all.",
        "partner",
        "documents_held",
    ),
    (
        "Screening done (does anybody keep your passport / take your earnings) - no to all.",
        "partner",
        "third_party_control",
    ),
    # her own number like the adverts'
    (
        "My number is nearly the same as the one on some other adverts, so I get calls for other girls.",
        "nums",
        "shared_advert_contact",
    ),
    # a man's own accounts compared
    (
        "His forum profile lists the same email as the handle he uses on the review site.",
        "partner",
        "shared_advert_contact",
    ),
    # a page that asks for information, not money
    ("Account bio: 'DM tips and keep sending me their pics.'", ADVERT, "third_party_control"),
    # one woman's two names on one number
    (
        "Capture note: two names on this number, both hers; she works as Mia in Hull and as Leah in York.",
        ADVERT,
        "rotating_workers",
    ),
    # a room's nightly rent, a lawful tax
    ("My room costs £35 a night even if I don't work, the landlord is fair.", "nums", "protection_money"),
    ("HMRC has been taxing the women's income from the salon.", "partner", "protection_money"),
    # a friend who does her texts, her own bar tab
    ("Her mate does all her texts when she is driving.", "partner", "speaks_for_worker"),
    ("When I'm skint the shortfall goes on my tab at the pub.", "nums", "debt_bondage"),
    # a friend's help after an attack
    ("Her friend gave her weed to calm her down after the attack.", "partner", "forced_drug_use"),
    # a client who says "trafficked" as bait
    ("A punter texted me 'are you trafficked? I can help you' and then asked for a freebie.", "nums", "debt_bondage"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 52
CONTROL = [
    # a capture note's count of the adverts on one number or one booking email
    ("Researcher note: this is the fifth current advert on this number.", ADVERT, "shared_advert_contact", "weak"),
    (
        "Officer note: the address given is the booking email on 4 other adverts, each for a different woman.",
        ADVERT,
        "shared_advert_contact",
        "weak",
    ),
    ("Capture note: three towns, three names, all this number.", ADVERT, "shared_advert_contact", "weak"),
    # the names one number or one template has carried
    ("Site history: five different names on this number since March.", ADVERT, "rotating_workers", "weak"),
    ("Capture note: the third girl on this template this spring.", ADVERT, "rotating_workers", "weak"),
    # women taxed, a nightly sum to work a lane with a quote between, a sum owed whether or not she works
    ("A crew from the estate has been taxing the girls on Mill Lane.", "partner", "protection_money", "strong"),
    ("Two men want £30 a night each to 'work the lane' from now on.", "nums", "protection_money", "strong"),
    ("She has to hand him £60 a day even if she doesn't see anyone.", "partner", "protection_money", "strong"),
    # a slow night's shortfall written into the debt
    ("When a night is slow, the shortfall is added to the debt.", "partner", "debt_bondage", "strong"),
    # a man who does all her texts
    ("A man called Vik does all her texts and she has no phone.", "partner", "speaks_for_worker", "weak"),
    # a man who puts them on the sites, a quote between
    ("Her uncle puts them 'up on the sites' each morning.", "partner", "advert_control", "weak"),
    # drugs given to settle her before the men
    (
        "The madam gives them ketamine to settle them down before the men arrive.",
        "partner",
        "forced_drug_use",
        "strong",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
