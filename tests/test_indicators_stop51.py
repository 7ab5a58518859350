"""Stop 51 (issue 15, trafficking dev_zf, helper_zzg): a support service's note that calls the woman "Client", a
neighbour's guess that she is "obviously pimped"; then women sent out onto a road, a list of fines or a fine for
refusing a man, a boss or host who decides or arranges everything on an advert, the night's money handed over,
a debt that has grown to a sum, her family to pay or lose their home if she runs, shots she is made to down, the
women's phones held, a bed at the nail bar, a man who answers an advert's phone, several adverts that all list
one number; and the MO of an oath she is made to swear, her family to "pay with blood". Every sentence is
invented for this file (none is copied from a corpus): the kind of situation is what the patterns read, not
dev_zf's wording. A false organised_crime route is worse than a missed one: the ordinary arrangements come first.

What the stop teaches:

- a case note that opens "Client (Latvian, 28)" is about the woman: its "he" is the man she names, not a client of
  hers (a worker's own report's "Client (white, 50s)" is still a man who paid her);
- a neighbour who reckons from the cars at her door that she is "obviously pimped out" guesses, he reports
  nothing;
- a fine, a list of fines or a sum she is told the debt has grown to is control whoever tells of it; a court's
  fine, a parking fine or a student loan is not;
- an oath is a threat when she is made to swear it to the people who brought her (on a bottle, her hair, at a
  shrine), not a witness's oath in court; the oath she took before she travelled, told as her story, is left to
  the indicators (writers tag it either way)."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract, partner_record
from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator before or after stop 51
ORDINARY = [
    # a case note's "Client" who works for herself, a partner who drives her at her request
    (
        "Client (Portuguese, 38) works independently from her own flat. Her partner drives her to outcalls at her "
        "request and she keeps her money.",
        "partner",
        "third_party_control",
    ),
    # a neighbour's guess from the cars at her door
    (
        "Her neighbour posted that she is obviously pimped out because of the cars at night.",
        "partner",
        "third_party_control",
    ),
    ("My mum sent me out to the corner shop for milk.", "nums", "third_party_control"),
    ("She showed me her list of fines from the magistrates for soliciting.", "partner", "third_party_control"),
    ("I got a parking fine when I was late for my booking.", "nums", "third_party_control"),
    ("I am my own boss, I decide my prices and who I see.", "nums", "third_party_control"),
    # the service a client asks for, not her takings
    ("My regular asked for the lot, so I gave him the lot for an extra £40.", "nums", "third_party_control"),
    ("Her student loan debt is now £40,000.", "partner", "debt_bondage"),
    ("My mate made me do a shot of tequila for my birthday.", "nums", "forced_drug_use"),
    ("The nurse made her take her shots of insulin on time.", "partner", "forced_drug_use"),
    ("I sleep at my own flat and work from the massage shop on Tuesdays.", "nums", "living_at_premises"),
    ("Two profiles, both mine, both list the same number.", ADVERT, "shared_advert_contact"),
    (
        "Researcher note: two profiles, Jade and Amber, both list the same number; the text says 'we share the "
        "flat and split the rent, we are friends'.",
        ADVERT,
        "shared_advert_contact",
    ),
    ("Three adverts in Leeds, each with a different number, all list WhatsApp only.", ADVERT, "shared_advert_contact"),
    ("Went to the outcall, the man answered the door in a towel.", "nums", "speaks_for_worker"),
    ("The punter did all the talking, I just listened and took his money.", "nums", "speaks_for_worker"),
    (
        "Blue van, two lads in it, the one in the passenger seat done all the talking and called the driver Tiggs.",
        "nums",
        "speaks_for_worker",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 51
CONTROL = [
    # a case note's "Client" is the woman: its "he" is the man she met
    (
        "Client (Latvian, 28) came over with a man she met online, Edgars, a lorry driver. Since March he has been "
        "booking men for her and keeps her bank card.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # sent out onto a road by whoever runs her
    (
        "Two older lads send her out onto the ring road every night and wait in the car.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # a fine for refusing a man; a list of fines, whoever tells of it
    ("At the sauna you get fines if you turn a customer away.", "nums", "third_party_control", "strong"),
    ("She showed us the fines list pinned up in the kitchen of the flat.", "partner", "third_party_control", "strong"),
    # a boss who arranges everything for a woman on an advert
    (
        "MILA, 21, just arrived in Derby. No English needed, boss organise everything.",
        ADVERT,
        "third_party_control",
        "strong",
    ),
    # the night's money handed over
    (
        "my fella sorts the punters and i hand him the lot at the end of the night",
        "nums",
        "third_party_control",
        "strong",
    ),
    # a debt grown to a sum
    ("The men who brought her say the debt is now 8,000 euros.", "partner", "debt_bondage", "strong"),
    # her family to lose their home if she runs
    (
        "Her parents borrowed against their house for her journey and the man says if she runs they lose it.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    # shots she is made to down before the men
    (
        "The woman who runs the house makes the girls down shots before the first customer.",
        "partner",
        "forced_drug_use",
        "strong",
    ),
    # the women's phones held by him
    ("He has the girls' phones in a shoebox by the till.", "nums", "restricted_movement", "strong"),
    # a man who does all the talking for the woman a client came to see
    (
        "I rang the advert, a bloke called Stefan done all the talking and the girl never said a word.",
        "nums",
        "speaks_for_worker",
        "weak",
    ),
    # a bed at the nail bar
    ("She sleeps in the nail bar after it shuts.", "partner", "living_at_premises", "weak"),
    # a man answers an advert's phone
    ("ANNA & KIRA, Sheffield, in and out calls. Ring, man answer, be polite.", ADVERT, "speaks_for_worker", "weak"),
    # several adverts that all list one number
    ("Checked three adverts in Wakefield: all list WhatsApp on one number.", ADVERT, "shared_advert_contact", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength


def _mo(pipeline, text: str, source: str) -> set[str]:
    record = partner_record(text) if source == "partner" else {"content": text}
    return set(extract(pipeline, text, record=record, source=source).mo)


# (text, source, tag): no MO tag before or after stop 51
MO_ORDINARY = [
    ("The judge reminded the witness that she took an oath.", "partner", "threats"),
    ("The court clerk made her swear on the Bible before she gave evidence.", "partner", "threats"),
    ("I will pay with my card next time.", "nums", "threats"),
]


@pytest.mark.parametrize(("text", "source", "tag"), MO_ORDINARY)
def test_ordinary_is_no_mo_tag(pipeline, text, source, tag):
    assert tag not in _mo(pipeline, text, source)


# (text, source, tag): each fails on the code before stop 51
MO_FOUND = [
    ("The auntie made her swear again on a bottle of river water and a lock of her hair.", "partner", "threats"),
    ("Her uncle says her brothers would 'pay with blood' if she went to the police.", "partner", "threats"),
]


@pytest.mark.parametrize(("text", "source", "tag"), MO_FOUND)
def test_mo_tag_is_found(pipeline, text, source, tag):
    assert tag in _mo(pipeline, text, source)
