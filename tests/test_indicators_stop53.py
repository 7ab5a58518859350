"""Stop 53 (issue 15, trafficking dev_zh): a page about her that names the next woman after her ("then a new girl next
week") or has a manager who "reply you", a man who writes to her clients as her or is "the one answering the clients",
a cut taken in dialect spellings ("he teks half"), someone else who decides when she moves on, a debt whose size she is
never told, other people's money through her account and out to accounts she does not know, a page that says she
stays in the flat and is always there. Every sentence is invented for this file (none is copied from a corpus): the
kind of control is what the patterns read, not dev_zh's wording. A false organised_crime route is worse than a missed
one: the ordinary arrangements in the same words come first.

What the stop teaches:

- who writes the page matters: "the new girl next week", "receptionist reply you", "stays in the flat, always ready"
  are read only on a page someone else wrote about her, never her own advert;
- who does it matters: the worker herself, a friend she asked, a driver she pays, a client are no third party;
- a debt "with no end" is one whose size she is not told; an ordinary bill or catalogue she cannot total is not."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 53
ORDINARY = [
    # her own advert: she is the new girl, her receptionist is hers, her flat is her home
    (
        "Hi I'm Jade, the new girl in town, see me next week in York, I answer my own phone. 07700 900456",
        ADVERT,
        "rotating_workers",
    ),
    ("New girl next door to my flat keeps parking in my space.", "nums", "rotating_workers"),
    ("Hi it's Kim, text only, my receptionist answers for me, I pay her. 07700 900457", ADVERT, "speaks_for_worker"),
    (
        "Hi I'm Rose, I live in the flat, always ready 24hr, my own place, text me 07700 900458.",
        ADVERT,
        "living_at_premises",
    ),
    (
        "Gemma 30, visiting Leeds, she stays at the hotel near the station this week only. Call 07700 900459.",
        ADVERT,
        "living_at_premises",
    ),
    # a friend she asked, the worker herself
    ("My mate Jo replies to clients as me when I'm on holiday, I asked her to.", "nums", "speaks_for_worker"),
    ("I'm the one answering the punters, my fella just drives.", "nums", "speaks_for_worker"),
    # a client's time, a robber's haul
    ("The punter teks half an hour to get ready every time.", "nums", "third_party_control"),
    ("Some lad tek all me cash an ran off down the ginnel.", "nums", "third_party_control"),
    # her own tour, a driver she pays
    ("I decide when I move on, it's my tour and my rules.", "nums", "moved_between_places"),
    ("Her driver, who she pays by the night, decides where they go next.", "partner", "moved_between_places"),
    # an ordinary debt she cannot total, money left in her own account
    ("She doesn't know how much she owes on the catalogue.", "partner", "debt_bondage"),
    ("I don't know how much money is left in my account after the rent.", "nums", "debt_bondage"),
    # her own wages in and out
    ("My wages go into my account and out again on bills.", "nums", "money_laundering"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 53
CONTROL = [
    # a page about her that names the next woman after her
    (
        "Bella 21 just arrived Leeds. Here only this week, then a new girl next week! Text 07700 900460",
        ADVERT,
        "rotating_workers",
        "weak",
    ),
    # a page whose manager replies to the clients, in second-language English
    (
        "Sweet Thai girl Nok, 22, incall Hull, open late. For booking, reception reply you in 5 minutes.",
        ADVERT,
        "speaks_for_worker",
        "weak",
    ),
    # a page that says she stays in the flat and is always there
    (
        "Lovely Mia 24, Leeds LS6. Girls stay at the flat, always available day and night.",
        ADVERT,
        "living_at_premises",
        "weak",
    ),
    # a man who writes to her clients as her, who is the one answering them
    ("Her pimp replies to the punters as her on two apps.", "partner", "speaks_for_worker", "weak"),
    ("Since spring Marek is the one answering her clients.", "partner", "speaks_for_worker", "weak"),
    # a cut of her earnings in dialect spellings
    ("Lee drives her about an he teks half.", "nums", "third_party_control", "strong"),
    ("Every Friday the big fella taks all the money off the lasses.", "nums", "third_party_control", "strong"),
    # someone else decides when she moves on
    (
        "Tomas decides where they go next, Derby or Leicester, and she just packs.",
        "partner",
        "moved_between_places",
        "weak",
    ),
    # a debt whose size she is never told
    (
        "She works at his flat every night to pay for the room and has never been told how much she owes.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    # other people's money through her account and out to accounts she does not know
    (
        "Cash from different people goes into her account every week and she hands it to him.",
        "partner",
        "money_laundering",
        "weak",
    ),
    ("Payments go out to accounts she does not recognise the same day.", "partner", "money_laundering", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
