"""Stop 59 (issue 15, trafficking dev_zn, train helper_zzo): a controller whose very being the text denies, her own
list of acts, a room she may take or leave, her earnings handed back in part, and a drive from another town. Every
sentence is invented for this file (none is copied from a corpus): the kind of control is what the patterns read, not
dev_zn's wording. A false organised_crime route is worse than a missed one: the ordinary arrangements come first.

What the stop teaches:

- a man's notion of "her pimp" beside her own "there is no pimp" (the sentence before, its own or the next) names no
  one who runs her;
- a list of her own acts that the parse hangs one on the next ("she picked the agency, pays its fee, sets her own
  days, keeps her passport") is hers, however long the list: the first verb's subject did them all;
- a room offered for her to take or leave ("staff accommodation available (optional)") is no housing someone keeps
  her in;
- a small sum handed to her and the rest kept by whoever hands it is her earnings taken; a drive from another town to
  where she works is her transport by someone else; one number after an en dash in several entries of a page of
  search results is one number behind many adverts."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 59
ORDINARY = [
    # a man's notion of a pimp she denies
    (
        "A regular has decided I need rescuing and keeps offering to 'buy me off my pimp'. There is no pimp, I work "
        "alone.",
        "nums",
        "third_party_control",
    ),
    # her own list of acts
    (
        "Met Dorota with an interpreter. She picked the agency from a website, pays a monthly fee, sets her own "
        "hours, keeps her passport and cards, and has left an agency before.",
        "partner",
        "documents_held",
    ),
    # a room she may take or leave
    (
        "Kitchen porter wanted, Harbour Inn, Whitby. 40 hrs, £12/hr. Staff accommodation available at £90/wk "
        "(optional). Apply with CV.",
        ADVERT,
        "living_at_premises",
    ),
    ("Chamber staff wanted for the summer. Staff accommodation provided if needed.", ADVERT, "living_at_premises"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): the control stop 59 reads (dev_zn, helper_zzo kinds, invented words)
CONTROL = [
    # her earnings handed back in part
    ("He holds her bank card n gives her £20 a wk, rest he keeps.", "nums", "third_party_control", "strong"),
    ("The boss gives me a bit every Sunday and keeps the rest.", "nums", "third_party_control", "strong"),
    # a page of search results whose entries give one number after an en dash
    (
        "Search results, Rhyl (3). 'Bella 20 new in town' – 020 7946 0123. 'Tia 22 GFE' – 020 7946 0123. 'Kiki 19 "
        "just arrived' – 02079460123. All the same photos.",
        ADVERT,
        "shared_advert_contact",
        "weak",
    ),
    # driven from another town to where she works
    ("Dorin drove her here from Hull last week.", "partner", "transported_by_other", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
