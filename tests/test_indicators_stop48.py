"""Stop 48 (issue 15, trafficking dev_zc, helper_zzd): a note that finds a different number on each advert, an address
seen on adverts, a phone answered at her own request, her partner in dialect ("me fella"), a client's slur, a client's
list of acts; then the women's phones collected or kept overnight, the client's money sent to someone else, the
room over a business she sleeps in, men brought to where she lives, a man who drives her to the men he books. Every
sentence is invented for this file (none is copied from a corpus): the kind of situation is what the patterns read,
not dev_zc's wording. A false organised_crime route is worse than a missed one: the ordinary arrangements come first.

What the stop teaches:

- a researcher's note that compares a photographer's or designer's mark across adverts and finds each has a
  different number is many independents using one vendor, not one number behind them; an address seen on adverts
  is a place, not a contact;
- a friend who answers her phone because she asked her to is a favour, not someone speaking for her;
- "me fella", "me lad" in dialect are her partner, as "my fella" is: his lift counts only beside control;
- "you people come here and take our money" is a client's slur, not someone holding her earnings;
- a list of acts opened by a colon ("a client calling himself Vinnie has: - asked to look after her card") is the
  acts of whoever opened it;
- the women's phones collected or kept at night, taken off them at the door: restricted movement;
- a page that tells the client to pay a host, a manager, a driver or a named man: someone else takes her money
  (weak);
- a room over a garage or a shop she sleeps in, a mattress behind a partition, men sent to where she lives: she
  lives where someone else puts men to her (weak);
- a man who books the men and drives her to them, a page's man who "will bring me to you": transported (weak)."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator (each found before stop 48)
ORDINARY = [
    # a vendor's mark on many independents' adverts, each with its own number
    (
        "Researcher note: same photographer's watermark as the Kiki advert, but a different number and different "
        "wording; the photographer shoots for many independents.",
        ADVERT,
        "shared_advert_contact",
    ),
    (
        "Researcher note: the same logo appears on 9 adverts in Kent, each with a different number.",
        ADVERT,
        "shared_advert_contact",
    ),
    # an address, not a contact, seen on adverts
    (
        "Researcher note: the flat was flagged because its address appears in three current adult adverts.",
        ADVERT,
        "shared_advert_contact",
    ),
    # her phone answered by a friend because she asked her to
    (
        "Dana picks up my work phone when I'm busy with someone, I asked her to, she knows my prices.",
        "nums",
        "speaks_for_worker",
    ),
    # her partner in dialect drives her; she keeps her money
    (
        "Right, me fella drives me to me bookings in Hull, he works nights at the depot, I pay the diesel and keep "
        "all me own money.",
        "nums",
        "transported_by_other",
    ),
    # a client's slur
    (
        "After, he refuse to pay and say 'you people come here and take our money, you should pay me'.",
        "nums",
        "third_party_control",
    ),
    # her private shows recorded and posted on a tube site: image abuse
    ("Someone recorded my private shows and posted them on a tube site.", "nums", "advert_control"),
    # a client's acts listed after a colon
    (
        'Since June a client calling himself Vinnie has: - asked to "look after" her bank card and used it at the '
        "cash machine twice - told her not to charge him.",
        "nums",
        "third_party_control",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator): near misses of the new rules, clear before and after stop 48
NEAR_MISSES = [
    # her own clients come to where she lives; her own driver brings her
    ("Clients come to the flat where I live, I work for myself.", "nums", "living_at_premises"),
    ("My driver, who I pay £20 a night, will bring me to you.", ADVERT, "transported_by_other"),
    # a robber who took her phone; a receptionist at a parlour's desk
    ("He took my phone off me at the door and ran off down the stairs.", "nums", "restricted_movement"),
    ("Sauna on Mill Road, eight ladies on shift. Pay at reception on arrival.", ADVERT, "third_party_control"),
    # her own room above the shop she rents; the number on her own other advert
    (
        "I rent a room above the chip shop from the owner and work from an incall flat in town.",
        "nums",
        "living_at_premises",
    ),
    ("Researcher note: same number as on her Derby profile, no other adverts.", ADVERT, "shared_advert_contact"),
    # her own bus fare; staying in at night for her own safety; a maid she pays who banks the cash
    ("I have to pay for the bus to Leeds myself.", "nums", "debt_bondage"),
    ("I never go out alone at night, it's not safe round here.", "nums", "restricted_movement"),
    (
        "The maid comes every night and takes the cash to the night safe for me, I pay her £40 a shift.",
        "nums",
        "third_party_control",
    ),
    # "collect" in West African English: he grabbed her phone in a quarrel
    ("He collect my phone throw am for ground, the screen crack.", "nums", "restricted_movement"),
    # a witness who saw no money change hands
    ("I did not see money change hands, he just left.", "nums", "third_party_control"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), NEAR_MISSES)
def test_near_miss_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 48
CONTROL = [
    # the women's phones kept or collected at night, taken off them at the door or when they go in
    ("Seen alone she said Tiago keeps all the girls' phones at night.", "partner", "restricted_movement", "strong"),
    (
        "Host review: he came at midnight to collect their phones and dropped them back at 10am.",
        ADVERT,
        "restricted_movement",
        "strong",
    ),
    ("My neighbour saw him take their phones off them at the door.", ADVERT, "restricted_movement", "strong"),
    ("They take her phone off her when she goes in, then a man goes up.", "nums", "restricted_movement", "strong"),
    # the client told to pay someone else
    (
        "Mila, 23, new in Hull. My host arranges all bookings, text him only. Payment to host before meeting.",
        ADVERT,
        "third_party_control",
        "weak",
    ),
    (
        "Lola 20, new to Derby. She does what she's told. Outcall with driver. Money to the driver before.",
        ADVERT,
        "third_party_control",
        "weak",
    ),
    ("New ladies in Luton. Ask for Dawit. Cash only, paid to Dawit at door.", ADVERT, "third_party_control", "weak"),
    # where she sleeps: over the business, behind a partition; men brought to where she lives
    ("We sleep in room over garage, Petko bring the men there.", "nums", "living_at_premises", "weak"),
    (
        "There was a mattress behind the partition and two women in the back office.",
        "partner",
        "living_at_premises",
        "weak",
    ),
    ("He brings men to the house where she lives, three or four a night.", "nums", "living_at_premises", "weak"),
    # the clients pay him; she never sees the money; he comes every night and takes the cash
    (
        "Now he put my adverts, the clients pay him on his phone, I never see money.",
        "nums",
        "third_party_control",
        "strong",
    ),
    (
        'Her "boyfriend" Lukas answered her work phone. He came every night and took the cash.',
        "nums",
        "third_party_control",
        "strong",
    ),
    # a fare she must pay back; she cannot go anywhere alone or without him
    (
        "The women told the interpreter they must pay back for the minibus from Ruse.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    ("The women told the interpreter they cannot go to town alone.", "partner", "restricted_movement", "strong"),
    ("Kasia said she cannot go to the shop without him.", "partner", "restricted_movement", "strong"),
    # a man who books the men and drives her to them
    ("A man called Rui books men for her and drives her to them.", "nums", "transported_by_other", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength


# (text, source, indicator, strength): found before stop 48 and still found: a note's heading ends in a colon, it
# opens no list of someone's acts ("Outreach worker note: ..." is no helper doing what follows)
KEPT = [
    (
        "Outreach worker note: service user disclosed that a man the women call 'Uncle' drops her on Mill Lane "
        "every night and collects them and the money at 4am.",
        "nums",
        "third_party_control",
        "strong",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), KEPT)
def test_control_still_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
