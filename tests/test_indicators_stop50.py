"""Stop 50 (issue 15, trafficking dev_ze, helper_zzf): a note's own finding that there is no control, a page posted
by a vigilante group; then her earnings told as "what the men give her" and had off her, men she must see to repay
the people who brought her, drink and pills she is made to take, a nightly sum every woman pays to work the road,
someone who talks for the women or answers their clients, a man who drives her round the towns or picks her up and
waits, a room read as her home, bank cards in other women's names and takings passed off as a shop's, a house she
has not left in weeks; and the MO of a door locked on her from the outside and a threat to report her to the Home
Office. Every sentence is invented for this file (none is copied from a corpus): the kind of situation is what the
patterns read, not dev_ze's wording. A false organised_crime route is worse than a missed one: the ordinary
arrangements come first.

What the stop teaches:

- a case note's own finding ("Not treated as a control concern", "we'd ask that this is not treated as control")
  weighs the arrangement it describes: a partner who looks after the money at her request, a PA the women pay and
  can sack, is not third-party control, wherever in the note the finding stands;
- a page posted by a vigilante group ("... HUNTERS posted: her PIMP drops her off") accuses, it reports nothing;
- "whatever the men give her" is her earnings, as much as "her money" is;
- a drink spiked is a client's drugging, a drink she is made to down with pills before the men is forced drug use."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract, partner_record
from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator (each found before stop 50)
ORDINARY = [
    # a partner minding her money at her own request, weighed by the note and found no control
    (
        "Support note. Her husband looks after the money, which she asked of him after her overdraft trouble; she "
        "can have her card back any day. Not treated as a control concern.",
        "partner",
        "third_party_control",
    ),
    # a vigilante group's post about a worker
    (
        "DONCASTER STREET HUNTERS posted: the girl on the Balby Road advert is a slave, her pimp parks outside every "
        "night. We are going down Friday to catch the punters on camera.",
        ADVERT,
        "third_party_control",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator): look-alikes of the new readings, no indicator before or after stop 50
NEAR_MISS = [
    # a PA the women pay and can sack, weighed by the women's project
    (
        "Three of us share a receptionist, Dot, who we each pay £90 a week to screen calls. The money from clients "
        "goes to each of us, not Dot. We'd ask that this is not treated as control.",
        "partner",
        "third_party_control",
    ),
    ("Whatever the punters pay me goes in my own savings tin.", "nums", "third_party_control"),
    ("I see a few regulars to pay off my overdraft, my own plan.", "nums", "debt_bondage"),
    ("She sees clients to repay her credit card, nobody else involved.", "partner", "debt_bondage"),
    ("She sleeps in the back room of her own house when her sister visits.", "nums", "living_at_premises"),
    ("My mate picks me up after work and waits outside the chippy for her tea.", "nums", "transported_by_other"),
    ("A client put something in my drink and I woke up at home with no money.", "nums", "forced_drug_use"),
    ("We all pay the landlord £40 a night each for the room to work from.", "nums", "protection_money"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), NEAR_MISS)
def test_near_miss_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 50
CONTROL = [
    # her earnings told as what the men give her, had off her
    (
        "Whatever the punters give her, her uncle has it off her at the end of the night.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # men she must see to repay the people who brought her
    (
        "She says she has to sleep with men to repay the people who got her into the country.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    # drink and pills she is made to take before the men
    (
        "Her man makes her drink neat gin and swallow two pills before every client.",
        "partner",
        "forced_drug_use",
        "strong",
    ),
    # a nightly sum every woman pays them to work the road
    (
        "Two lads on bikes say every girl gives them £30 a night to work or she's off the beat.",
        "nums",
        "protection_money",
        "strong",
    ),
    # he talks for the women (text-speak "em"); a man answers her clients
    ("he always talks for em when the nurses ask anything.", "nums", "speaks_for_worker", "weak"),
    ("A man called Dorin answers the clients on her number.", "partner", "speaks_for_worker", "weak"),
    # driven round the towns by a man; picked up and waited for
    ("She is driven round the towns by a man called Ilir.", "partner", "transported_by_other", "weak"),
    ("He picks her up after dark and waits outside in the car.", "partner", "transported_by_other", "weak"),
    # a room read as her home by a visitor
    ("Her bags and a duvet were piled in the corner like she lives there.", "nums", "living_at_premises", "weak"),
    # bank cards of other women; takings passed off as a shop's
    (
        "He had a fistful of bank cards belonging to different women and drew cash on each.",
        "nums",
        "money_laundering",
        "weak",
    ),
    (
        "He puts what the men pay through the books of his tyre shop so it looks like shop money.",
        "nums",
        "money_laundering",
        "weak",
    ),
    # a house she has not left in weeks; not able to leave on her own
    ("She's not been out the house in a fortnight.", "partner", "restricted_movement", "strong"),
    ("I'm not able to leave the caravan on my own.", "nums", "restricted_movement", "strong"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength


def _mo(pipeline, text: str, source: str) -> set[str]:
    record = partner_record(text) if source == "partner" else {"content": text}
    return set(extract(pipeline, text, record=record, source=source).mo)


# (text, source, tag): no MO tag before or after stop 50
MO_ORDINARY = [
    ("I locked myself in the bathroom until he left.", "nums", "abduction"),
    ("Her solicitor will write to the Home Office about her visa.", "partner", "blackmail"),
    ("My boyfriend says he will tell the Home Office he supports my visa.", "nums", "blackmail"),
    # a client's abuse that names the Home Office, with nothing asked of her; her own fear of being reported
    ("The punter called me a dirty foreigner and said he will report me to immigration.", "nums", "blackmail"),
    ("She was worried we would report her to the Home Office, so she brought her visa.", "partner", "blackmail"),
]


@pytest.mark.parametrize(("text", "source", "tag"), MO_ORDINARY)
def test_ordinary_is_no_mo_tag(pipeline, text, source, tag):
    assert tag not in _mo(pipeline, text, source)


# (text, source, tag): each fails on the code before stop 50
MO_FOUND = [
    # a door locked on her from the outside, or every night
    ("They keep the flat locked from outside so the girls can't get out.", "partner", "abduction"),
    ("The landlord locks the back door every night and keeps the key.", "nums", "abduction"),
    # a threat to report her to the Home Office unless she works on, to have her shamed
    (
        "He said he'd report her to the Home Office as an overstayer if she didn't come back to work.",
        "partner",
        "blackmail",
    ),
    ("He says he will have her shamed at the mosque.", "partner", "blackmail"),
]


@pytest.mark.parametrize(("text", "source", "tag"), MO_FOUND)
def test_mo_tag_is_found(pipeline, text, source, tag):
    assert tag in _mo(pipeline, text, source)
