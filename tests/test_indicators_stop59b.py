"""Stop 59b (issue 15, train helper_zzo): control read from pages written about the women, not by them. Every sentence
is invented for this file (none is copied from a corpus): the kind of control is what the patterns read, not
helper_zzo's wording. A false organised_crime route is worse than a missed one: the ordinary arrangements come first.

What the stop teaches:

- whoever lets a room or runs a page and offers to handle both her adverts and her bookings runs her advertising; a
  friend who helps her with her photos does not;
- numbers or accounts sold already verified on the adult sites are advertising supplied to whoever runs women; her
  own verified profile is not;
- several new women "arrived this week" on one page are women rotated through it; one worker's own "new girl, just
  arrived" is her tour;
- a let whose occupants change every week rotates people through it; a room share is not;
- a man who waits at her door through her clinic appointment keeps watch on her; a friend who waits is her friend;
- her papers "still not with her" or "still not given back" are held by someone (weak); a passport away for renewal
  is not."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 59b
ORDINARY = [
    (
        "Double room in a quiet house share, £110pw, bills included, 2 other tenants, no smokers.",
        ADVERT,
        "rotating_workers",
    ),
    ("Rosa, new girl in town, just arrived, few days only. Call me.", ADVERT, "rotating_workers"),
    ("My profile is verified on the site and I write my own adverts.", ADVERT, "advert_control"),
    ("My friend helps me with my photos for the advert.", "nums", "advert_control"),
    ("Her friend Ama waited in the café during the appointment.", "partner", "third_party_control"),
    # her papers away at an office that renews them
    ("Her passport is still not back from the Passport Office renewal.", "partner", "documents_held"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): the control stop 59b reads (helper_zzo kinds, invented words)
CONTROL = [
    # a room offered with her adverts and bookings handled
    (
        "Studio flat to rent near the station, £400 a fortnight, girls welcome, the landlord can help with adverts and "
        "bookings.",
        ADVERT,
        "advert_control",
        "weak",
    ),
    ("Rooms for ladies in Rugby. I can assist with bookings & ads, call Dez.", ADVERT, "advert_control", "weak"),
    # numbers sold verified on the adult sites
    (
        "Job lot for sale: 6 mobile numbers, accounts pre-verified on the escort sites, ideal for a busy agency.",
        ADVERT,
        "advert_control",
        "weak",
    ),
    # several new women arrived this week
    (
        "Say hello to our new Latvian and Greek ladies - arrived today, available all night.",
        ADVERT,
        "rotating_workers",
        "weak",
    ),
    # a let whose occupants change every week
    (
        "Flat let to a limited company, furnished, weekly occupiers change, rent paid in cash.",
        ADVERT,
        "rotating_workers",
        "weak",
    ),
    # a man who waits at her door through her appointment
    (
        "A man stood outside the room throughout her appointment and paid for her taxi home.",
        "partner",
        "third_party_control",
        "weak",
    ),
    # a page that names its women by their nationalities ("our new X and Y girls")
    ("Meet our new Polish and Czech girls, discreet flat near the ring road.", ADVERT, "advert_control", "weak"),
    # her papers still away from her, whoever has them
    ("Met Ilinca at the flat. Her ID card still not given back to her.", "partner", "documents_held", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
