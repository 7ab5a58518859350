"""Stop 40 (issue 15, trafficking dev_u, train helper_zv): third-party control told in other words, and
the ordinary arrangements that use the same words. Every sentence is invented for this file (none is
copied from a corpus): the kind of control is what the patterns read, not dev_u's wording. A false
organised_crime route is worse than a missed one: the negatives come first."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator
ORDINARY = [
    # an agency's commission beside her say over which bookings she takes and whether she stays
    (
        "For the record she told us the agency takes 20% of every booking, she can decline any booking she "
        "does not like and has left and rejoined them twice.",
        "partner",
        "third_party_control",
    ),
    (
        "Client is with an escort agency in Leeds which keeps 25 percent; she can leave the agency whenever she "
        "likes and keeps her own ID.",
        "partner",
        "third_party_control",
    ),
    ("The agency takes 30% and she chooses which jobs to take.", "partner", "third_party_control"),
    ("The agency sets the rates, I can leave the agency whenever I like.", "partner", "third_party_control"),
    # a partner who budgets with her from a joint account she draws on
    (
        "my girlfriend looks after the money cos im hopeless with it, its a joint account and i take out "
        "whatever i need.",
        "partner",
        "third_party_control",
    ),
    # a question put to her is not an answer
    ("the outreach worker asked who else handles my money.", "partner", "third_party_control"),
    # her own rates, or a friend's help with them
    ("I set my own rates and my own schedule.", "partner", "third_party_control"),
    ("My friend sets my rates on the site when I'm away.", "partner", "third_party_control"),
    ("I pay my maid, and keep what's left.", "partner", "third_party_control"),
    ("I got docked an hour's pay at the café for being late.", "partner", "third_party_control"),
    # her own books and her own losses; a family loan with no pressure
    ("I keep a notebook of how much each client owes me for deposits.", "partner", "debt_bondage"),
    ("I had a slow week so I have to earn it back this week.", "partner", "debt_bondage"),
    (
        "My cousin lent me money for my wedding and I pay him back £50 a month, no pressure.",
        "partner",
        "debt_bondage",
    ),
    ("He said the debt is mine, the car loan is in my name.", "partner", "debt_bondage"),
    # worry for her family, a present
    (
        "I worry my kids back home would not be safe in that neighbourhood, so I send money for the school.",
        "partner",
        "threats_to_family",
    ),
    ("My brother got it for his birthday.", "partner", "threats_to_family"),
    # an attacker's threat to keep her quiet about his crime (threats, an MO tag), not one to keep her working
    (
        "The man who attacked me said my kids would get it if I told anyone.",
        "partner",
        "threats_to_family",
    ),
    # a co-op's rota
    (
        "We are a co-op, there is a rota and each week a different woman does the phones.",
        "partner",
        "rotating_workers",
    ),
    # a deposit to a fake host; her own adverts under her own number
    (
        "I paid a £300 deposit to his account for a room on a lettings site and the flat did not exist.",
        "partner",
        "third_party_control",
    ),
    ("My number appears on 3 adverts, they are all mine.", ADVERT, "shared_advert_contact"),
    # her own driver she pays, a client offering help with papers, a client locking the door once
    ("My driver, who I pay £30 a night, takes me to my outcalls.", "partner", "transported_by_other"),
    ("A regular offered to help me sort out my visa papers.", "partner", "documents_held"),
    (
        "A client locked the door once while we were in the room, then opened it when I asked.",
        "partner",
        "restricted_movement",
    ),
]

# (text, source, indicator, strength): each fails on the code before stop 40
CONTROL = [
    # a book kept of what she owes, or of how much is left
    (
        "Every week the madam writes in a little notebook how much is still left to pay, and it never goes down.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    ("Her landlord keeps a tally of what she owes and adds to it every night.", "partner", "debt_bondage", "strong"),
    (
        "The man who owns the chalet took the rent off her and kept a 'book' of what she owed for gas.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    # what her travel cost, "which she repays"
    (
        "The people who arranged her flight charged her £9,000, which she repays through a cousin of theirs.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    # the whole of a wedding's cost claimed back, repaid by seeing men; a debt handed on to her
    (
        "My uncle paid for the wedding and now says I owe him the whole amount and must see the men he sends.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    (
        "My cousin covered the wedding and now tells me I owe him the full amount, which I can only repay by "
        "seeing the men he finds.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    ("When her father died the lender told her the debt was now hers.", "partner", "debt_bondage", "strong"),
    # drugs fronted and earned back before the next bag
    (
        "She has to earn it back on the street before he hands her the next bag.",
        "partner",
        "debt_bondage",
        "strong",
    ),
    # her relatives as what is at stake if she stops or talks
    (
        "The man who runs my bookings said if I ever stop, my little brother would get it.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    (
        "She keeps going because, she says, her kids back home would not be safe if she stopped.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    # drugs forced on all the women, up her nose, as the price of food
    (
        "The man who runs the flat makes all the girls take a line before they start so they don't flag.",
        "partner",
        "forced_drug_use",
        "strong",
    ),
    (
        "When she said no he pushed her face down to the table and forced it up her nose.",
        "partner",
        "forced_drug_use",
        "strong",
    ),
    ("He tells her she gets no food until she has smoked.", "partner", "forced_drug_use", "strong"),
    # a different woman on each visit, told with a word between
    ("On each visit there was a different young woman in the flat.", "partner", "rotating_workers", "weak"),
    ("The hotel saw him with two different young women each week.", "partner", "rotating_workers", "weak"),
    # one number behind adverts of different women; the names on them changed every week
    ("Same phone on both pages, different girls in the pics.", ADVERT, "shared_advert_contact", "weak"),
    ("Officer note: seen on that number since May, the names change weekly.", ADVERT, "rotating_workers", "weak"),
    # her rates and schedule set by a "PA"; the money taken first and what is left paid to her; docked
    (
        "Message my PA to book, my PA sets my rates and my diary, no DMs to me.",
        ADVERT,
        "third_party_control",
        "strong",
    ),
    (
        "Bev takes the payment up front and pays her 'what's left after expenses'.",
        "partner",
        "third_party_control",
        "strong",
    ),
    ("He said she would be docked for the bookings she lost.", "partner", "third_party_control", "strong"),
]


@pytest.mark.parametrize(("text", "source", "label"), ORDINARY, ids=[f"{o[2]}-{i}" for i, o in enumerate(ORDINARY)])
def test_ordinary_arrangement_in_the_same_words(pipeline, text, source, label):
    assert label not in _found(pipeline, text, source), text


@pytest.mark.parametrize(
    ("text", "source", "label", "strength"), CONTROL, ids=[f"{c[2]}-{i}" for i, c in enumerate(CONTROL)]
)
def test_control_told_in_other_words(pipeline, text, source, label, strength):
    assert _found(pipeline, text, source).get(label) == strength, text
