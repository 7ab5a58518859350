"""Stop 54b (issue 15, trafficking dev_zi and helper_zzj, a second round): a run of towns told as a list ("Hull, then
Goole, now Selby"; "first in Preston, then ... here"); brought from one town with the next already set ("from Stafford
... next week they go to Crewe"); the journey's cost deducted from wages or owed as "the flight" itself; a picture
posted "for site", an account run in her name, an advert she never sees; several women advertised on one number; her
family's shop known; an oath that her mother dies if she runs. Every sentence is invented for this file (none is copied
from a corpus): the kind of control is what the patterns read, not the sets' wording. A false organised_crime route
is worse than a missed one: the ordinary arrangements in the same words come first.

What the stop teaches:

- a list of towns is a move only when it is not her own tour, her homes or her studies;
- a cost taken from wages is a travel debt only when it is the journey (not a season ticket loan, not her own fare);
- a picture or an account is control only when someone else posts or runs it (not a stranger's post without consent,
  not a bank account in her name);
- a threat to her family needs a controller (not a regular who knows her dad's shop) and harm if she runs (not her
  mother's worry)."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 54b
ORDINARY = [
    # her own tour, her homes, a trip with friends
    ("I work first in Preston, then Bolton, now Wigan, my own tour.", "nums", "moved_between_places"),
    ("I lived first in Preston, then Bolton, now here with my kids.", "nums", "moved_between_places"),
    ("My mates came from Stafford and next week they go to Crewe for my birthday.", "nums", "moved_between_places"),
    # ordinary deductions and debts
    ("My employer takes the season ticket loan from my salary.", "partner", "debt_bondage"),
    ("I take my train fare out of my earnings each week.", "nums", "debt_bondage"),
    ("I owe my sister the flight money and pay her back when I can.", "nums", "debt_bondage"),
    # a stranger's post, a bank account, other women's adverts
    ("A stranger posted my picture on the site without my consent.", "nums", "advert_control"),
    ("He opened a bank account in her name last year.", "partner", "advert_control"),
    ("I never see the adverts of other girls on that site.", "nums", "advert_control"),
    # friends sharing the rent and one number
    (
        "Two friends, we split the rent and advertised both girls using one number, we work for ourselves.",
        "nums",
        "shared_advert_contact",
    ),
    # a regular who knows her dad's shop; her mother's worry
    ("A regular knows my dad's shop because he buys his paper there.", "nums", "threats_to_family"),
    ("I swear if I leave this job my mum will die of worry.", "nums", "threats_to_family"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 54b
CONTROL = [
    # a run of towns
    ("The women said it was Hull, then Goole, now Selby.", "partner", "moved_between_places", "weak"),
    ("I work first in Preston, then she send me here on the train.", "nums", "moved_between_places", "weak"),
    (
        "He brought them from Stafford on Sunday and next week they go to Crewe.",
        "partner",
        "moved_between_places",
        "weak",
    ),
    # the journey taken from wages or owed
    (
        "The gangmaster deducted transport and flights from their wages every Friday.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    ("Flight and visa taken off wages, she told the nurse.", "partner", "debt_bondage", "strong"),
    ("She says she owes him the flight and the agency fee.", "partner", "debt_bondage", "strong"),
    # someone else's hand on her adverts
    ("He takes the photos, I never see the advert, he answers the clients.", "nums", "advert_control", "weak"),
    ("Madam dey post my picture for site with her number.", "nums", "advert_control", "weak"),
    ("Her boss runs an Instagram account in her name and arranges the men.", "partner", "advert_control", "weak"),
    # several women on one number
    ("Court heard he advertised four women using one mobile number.", ADVERT, "shared_advert_contact", "weak"),
    (
        "The boss phone is for customers, all the girls same number on the website.",
        "nums",
        "shared_advert_contact",
        "weak",
    ),
    # her family's shop known; an oath on her mother's life
    ("My boss says he knows my father's shop in Cluj.", "nums", "threats_to_family", "strong"),
    ("I swear, if I run or talk, my mother die.", "nums", "threats_to_family", "strong"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
