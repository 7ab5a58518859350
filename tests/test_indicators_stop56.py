"""Stop 56 (issue 15, trafficking dev_zk, train helper_zzl): control told in the words of the people who run it and of
the women it is run on. Where her papers stay ("Passports stay with me" to a group of women, "stay there until the
debt is paid", "still with him", "'with Dorin'" in quote marks, "he says is in safe", "'looked after'"); fines told
other ways ("is fined if a client complains", "if customer complain I pay fine", "late = £20 fine", "'fines' from
their earnings"); a debt whose end he sets ("first pay the ticket", "till the debt finished"), drugs he gives taken
back out of the money, all money taken "for a £30,000 'debt'"; what happens to her family if she runs or talks ("will
get sick", "will be visited"); no phone allowed her, no going out alone as a house rule, her phone taken when
she says no; an agency page's "girl not answer phone", clients who ring his number; a man who waits in the car the
whole time; she has never held the money, gives him every booking's money, the men pay
him, he holds the rest, tells her who to see, makes her see his friends to pay back the rent; made to open accounts
for him; a weekly "tax" paid to a gang and windows for those who do not pay; adverts posted by "the office" whose
words she does not know. Every sentence is invented for this file (none is copied from a corpus): the kind of control
is what the patterns read, not dev_zk's wording. A false organised_crime route is worse than a missed one: the
ordinary arrangements in the same words come first.

What the stop teaches:

- one passport that stays with her, kept in her own drawer or her own safe, is hers;
- "fine" is also "all right", and a parking, a library or a council fine is no fine he puts on her;
- her family's worry or sorrow if she leaves is no threat;
- a house rule is said as one ("no going out alone"); her own habit ("I never go out alone") is hers;
- her own advert's "I don't answer withheld numbers", her own clients ringing her, are no one speaking for her;
- her own flat where clients come by appointment is her home, not premises someone else runs;
- a client in his own car, a driver she pays, a taxi are no transport by a third party;
- a maid she pays from each booking, her own rent, a friend's warning whom to avoid, are no one's control;
- a parent who made her open a savings account launders nothing; income tax is no protection money;
- a client's "you ain't going nowhere till we're done" is one booking's crime (an MO tag), not a hold on her."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 56
ORDINARY = [
    # her own passport, where she keeps it
    ("My passport stays with me, always in my bag.", "nums", "documents_held"),
    ("Her passport is still with her, in her own drawer.", "partner", "documents_held"),
    ("I keep my passport in the safe at my own flat.", "nums", "documents_held"),
    # "fine" as all right, the law's fines
    ("It's fine if you're late, just text me first.", "nums", "debt_bondage"),
    ("I got a parking fine when I was late for a client.", "nums", "debt_bondage"),
    ("The library fined me when I was late with the books.", "nums", "debt_bondage"),
    ("I paid the council fines from my wages.", "nums", "debt_bondage"),
    ("She paid £200 for a debt advice course.", "partner", "debt_bondage"),
    # her family's worry
    ("If she leaves the job her mum will be worried sick.", "partner", "threats_to_family"),
    ("Her dad says her mum will be upset if she leaves college.", "partner", "threats_to_family"),
    # her own habit, one client's theft, one booking's hold
    ("I never go out alone at night, my choice.", "nums", "restricted_movement"),
    ("When I said no he took my phone and ran off.", "nums", "restricted_movement"),
    (
        "Callum stood by the door, wouldn't let me out, said 'you ain't goin nowhere till we're done'.",
        "nums",
        "restricted_movement",
    ),
    # her own advert, her own clients
    ("Kira 27 independent. I don't answer withheld numbers, text first.", ADVERT, "speaks_for_worker"),
    ("My clients call me on my work phone.", "nums", "speaks_for_worker"),
    # a client's car, a driver she pays, a taxi
    ("The client sat in his car outside the whole time before coming in.", "partner", "transported_by_other"),
    ("My driver, who I pay, waits in the car the whole time.", "nums", "transported_by_other"),
    ("The taxi driver did not leave the vehicle.", "partner", "transported_by_other"),
    # her own flat
    ("I live in a flat in Rye where clients come by appointment.", "nums", "living_at_premises"),
    # her money, her maid, her rent, a friend's warning, her mum
    ("I have never had any money troubles.", "nums", "third_party_control"),
    ("I give my maid £10 from each booking.", "nums", "third_party_control"),
    ("The clients paid him at the bar for drinks.", "partner", "third_party_control"),
    ("I keep the rest for rent.", "nums", "third_party_control"),
    ("My mate Jo tells me which punters to see and which to avoid.", "nums", "third_party_control"),
    ("Her mum made her see her friends more often to cheer up.", "partner", "third_party_control"),
    # a parent's savings account, a keyworker's help
    ("My mum made me open a savings account when I was 16.", "partner", "money_laundering"),
    ("Her keyworker helped her open a bank account.", "partner", "money_laundering"),
    # a lawful tax, a flat's rule for clients
    ("She pays income tax to HMRC every year like everyone.", "partner", "protection_money"),
    ("The clients who did not pay were banned from the flat.", "partner", "protection_money"),
    # her own adverts
    ("I post my own adverts and I know what they say.", "nums", "advert_control"),
    ("Independent. I take care of my own advertising.", ADVERT, "advert_control"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 56
CONTROL = [
    # where her papers stay
    (
        "House rules for the girls: rent on Monday, no visitors. Passports stay with me.",
        ADVERT,
        "documents_held",
        "strong",
    ),
    ("Said her passport is still with him.", "partner", "documents_held", "strong"),
    ("She had no ID, said her passport was 'with Dorin'.", "partner", "documents_held", "strong"),
    ("Passport he says is in safe, I cannot get it.", "nums", "documents_held", "strong"),
    ("Her passport is 'looked after', she says.", "partner", "documents_held", "strong"),
    # fines told other ways
    ("She is fined if a client complains about her.", "partner", "debt_bondage", "strong"),
    ("if customer complain i pay fine 50 to him", "nums", "debt_bondage", "strong"),
    ("Rules for the house: late = £20 fine. No smoking.", ADVERT, "debt_bondage", "strong"),
    ("The women paid 'fines' from their earnings to the manager.", "partner", "debt_bondage", "strong"),
    # a debt whose end he sets
    ("I want go home but Marius say first pay the ticket.", "nums", "debt_bondage", "strong"),
    ("The boss gives us pills so we work late, then takes it from the money.", "partner", "debt_bondage", "strong"),
    ("Mummy Efe takes all money for a £30,000 'debt'.", "partner", "debt_bondage", "strong"),
    # her family if she runs or talks
    (
        "She believes that if she runs, her mother in Constanta will get sick or be visited.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    ("He says if she leaves, her parents in Hue will get sick.", "partner", "threats_to_family", "strong"),
    # no phone, no going out alone, her phone taken when she says no
    ("She is not allowed to keep a phone.", "partner", "restricted_movement", "strong"),
    ("Group rules: no going to the shops alone. Rent Friday.", ADVERT, "restricted_movement", "strong"),
    ("If I say no to a client they take my phone for two days.", "nums", "restricted_movement", "strong"),
    # the agency's page, his number
    (
        "NEW IN RYE Mia 22, only this week. Call reception 07700 900101, girl not answer phone.",
        ADVERT,
        "speaks_for_worker",
        "weak",
    ),
    ("Punters call Boss on 07700 900124, not me.", "nums", "speaks_for_worker", "weak"),
    # waited for in the car
    ("A man who brought her sat in a car outside the whole time.", "partner", "transported_by_other", "weak"),
    ("The driver did not leave the vehicle during the visit.", "partner", "transported_by_other", "weak"),
    # the flat where the men come
    ("Girls wanted for Rye. Live in our hotel rooms, we arrange everything.", ADVERT, "living_at_premises", "weak"),
    # her money and her clients in his hands
    ("She says she has never held the money.", "partner", "third_party_control", "strong"),
    ("I must give Tata every booking money.", "nums", "third_party_control", "strong"),
    ("He took her to parties where older men give him money.", "partner", "third_party_control", "strong"),
    ("Kamil holds the rest for rent, she says.", "partner", "third_party_control", "strong"),
    ("The two lads tell her who to see for punters.", "partner", "third_party_control", "strong"),
    (
        "Her ex made her see 'friends' of his at the chalet to 'pay back' the rent.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # accounts for him
    ("He made her open 3 bank accounts 'for his business'.", "partner", "money_laundering", "weak"),
    ("He made her open an account for him.", "partner", "money_laundering", "weak"),
    # a gang's weekly tax
    (
        "Women on the beat are being made to pay £50 a week tax to a gang from Leeds.",
        "partner",
        "protection_money",
        "strong",
    ),
    ("Those who did not pay had their windows smashed.", "partner", "protection_money", "strong"),
    # adverts someone else posts
    ("Adverts posted by 'the office', she doesn't know what they say.", "partner", "advert_control", "weak"),
    ("She never wrote the adverts and does not know what they say.", "partner", "advert_control", "weak"),
    ("ROOMS FOR LADIES. We take care of advertising, weekly rent.", ADVERT, "advert_control", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
