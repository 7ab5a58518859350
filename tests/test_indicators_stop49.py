"""Stop 49 (issue 15, trafficking dev_zd, helper_zze): a taunt shouted at her ("who's your pimp?"), her share paid
to her own bank, a note's list of her own acts, her papers minded while she moves; then the money had off her after
each man, fines put on the women, a debt she "has" for the journey, the phones taken for the night, a threat to break
her relative's bones, a boss whose name is a role word ("Gent"), her ID card as the second thing held, her questions
answered for her. Every sentence is invented for this file (none is copied from a corpus): the kind of situation is
what the patterns read, not dev_zd's wording. A false organised_crime route is worse than a missed one: the ordinary
arrangements come first.

What the stop teaches:

- a question put in someone's mouth ("kept shouting 'who's your pimp?'") asks, it says nothing happened: a
  neighbour's or a passer-by's taunt is abuse, not a sign that anyone controls her;
- "you keep 60%, paid to your bank": a commission paid to her own bank, with or without the word "account";
- a note's list of her acts ("takes her own bookings, keeps her earnings") is hers, and "she runs her own room ...
  and keeps her takings" is her own business, whoever typed the report;
- her papers minded by a relative "till I move flat" are a favour with its end in her hands;
- a capitalised "Gent" or "John" is a man's name, not the word for a client."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator (each found before stop 49)
ORDINARY = [
    # a taunt shouted at her, a question put in someone's mouth
    ("A man at the bus stop kept yelling 'who's your pimp then?' at me and my friend.", "nums", "third_party_control"),
    ("The woman downstairs shouts 'who pimps you' every time a man visits me.", "nums", "third_party_control"),
    # her share paid to her own bank
    ("Webcam studio, Leeds. You keep 60% of every show, paid each Friday to your bank.", ADVERT, "third_party_control"),
    # a note's list of her own acts; her own business told by a friend who typed the report
    (
        "Met Jas alone at her flat: books her own clients, keeps her money, sees two regulars on Fridays.",
        "partner",
        "third_party_control",
    ),
    (
        "My friend asked me to type this for her and I help her with her letters. Mei runs her own room above the "
        "bakery, she pays the owner weekly and keeps her earnings.",
        "nums",
        "third_party_control",
    ),
    # her papers minded by a relative while she moves
    (
        "Kasia said her sister-in-law is holding her passport until she moves house next week.",
        "partner",
        "documents_held",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source): close to the line, clear before and after stop 49: nothing that would route to organised_crime
# (no strong indicator, at most one weak one)
GUARDS = [
    # friends touring together
    (
        "Me and my mate Lou are touring Hull, York and Leeds this month, we book our own hotels and split the petrol.",
        "nums",
    ),
    # a maid on a fixed fee
    ("My maid Sandra answers the door, I pay her £60 a shift whatever I earn.", "nums"),
    # a partner who drives while she keeps her money
    ("My husband drives me to my outcalls, he works days at the garage and I keep all my own money.", "nums"),
    # a lawful rent rise
    ("The landlord put my rent up by £50 a month from April, he gave me the notice in writing.", "nums"),
    # a vigilante using "trafficked" as bait
    (
        "A man messaged me pretending to be a client, then posted my photo saying 'this trafficked girl needs "
        "rescuing, who runs her?' and told people to come to my flat.",
        "nums",
    ),
]


@pytest.mark.parametrize(("text", "source"), GUARDS)
def test_close_to_the_line_stays_without_organised_crime(pipeline, text, source):
    found = _found(pipeline, text, source)
    assert "strong" not in found.values()
    assert sum(strength == "weak" for strength in found.values()) <= 1


# (text, source, indicator, strength): each fails on the code before stop 49
CONTROL = [
    # her money had off her after each man, taken out of her takings
    (
        "Her so-called boyfriend waits round the corner and has the cash off her after each man.",
        "partner",
        "third_party_control",
        "strong",
    ),
    (
        "Whatever she owes for the room, the landlord takes it out of her takings.",
        "nums",
        "third_party_control",
        "strong",
    ),
    # fines put on the women
    (
        "The woman who runs the flat fines the ladies £20 if a punter complains.",
        "nums",
        "third_party_control",
        "strong",
    ),
    # a debt she "has" for the journey
    ("The agent told me I have a debt of 12 thousand for the ticket and the visa.", "nums", "debt_bondage", "strong"),
    # the phones taken for the night and handed back in the morning
    (
        "At midnight the driver takes their phones and gives them back in the morning.",
        "partner",
        "restricted_movement",
        "strong",
    ),
    # a threat to break her relative's bones if she goes to the police
    (
        "He said if she goes to the police his cousins will break her father's arms.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    # a boss whose name is a role word
    (
        "Her boss is a man called Gent. Gent takes all the money every night.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # her ID card as the second thing he holds
    ("Her manager holds her bank card and her ID card.", "partner", "documents_held", "strong"),
    # her questions answered for her; her clients answered as if by her
    ("At the clinic her uncle answered the doctor's questions for her.", "partner", "speaks_for_worker", "strong"),
    ("When clients write on the site, Darius replies as if he is her.", "nums", "speaks_for_worker", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength


# (text, source, indicator, strength): found before stop 49 and still found: "her own" in a clause with a subject of
# its own says nothing of who holds the rest ("she has her own passport BUT her ID is with her manager")
KEPT = [
    ("She has her own passport but her ID is with her manager for payroll.", "partner", "documents_held", "strong"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), KEPT)
def test_control_still_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
