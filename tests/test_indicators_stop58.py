"""Stop 58 (issue 15, trafficking dev_zm, train helper_zzn): the keys one man holds, the phone taken every night, the
towns she is driven to each week, the back room she sleeps in, the business whose till takes the men's money, the
logins of her adverts, and a threat to her family told as what will happen to them. Every sentence is invented for
this file (none is copied from a corpus): the kind of control is what the patterns read, not dev_zm's wording. A false
organised_crime route is worse than a missed one: the ordinary arrangements in the same words come first.

What the stop teaches:

- the only key to a safe, a maid's lock for her safety, keys she lost and a flatmate who lets her in are no hold on
  her; her daughter who takes her phone to play games is her own family;
- her own tour told to her regulars, a holiday with her boyfriend, her dad's lift to college are no moves;
- sisters sharing a room at their mum's are a family home, not the women's sleeping place at work;
- her own lunch paid at a cafe counter, her clients paying her by card, a man who "used to" bank money are no
  laundering; her wages in an account her mum manages, her cash paid into her bank, money she gives him for the
  kids' food, a robber's haul and a cleaning job are no one's control of her earnings;
- a jealous boyfriend's hold on her phone password is not her adverts' logins; her own adverts handled for her
  friend and herself are hers; her own number on all her own adverts is one woman's;
- her sister paying for her flights, her mum's worry, and telling the nurse where her mum lives are no threats;
- a note's "no pimp/manager" and a stranger's guess that she "must be a pimp" say no one runs her;
- her own advert's "booking by my receptionist only, I pay her" is her own arrangement."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 58
ORDINARY = [
    # keys, locks and phones of her own life
    ("He holds the only key to the safe where the cash is.", "partner", "restricted_movement"),
    ("The maid keeps the door locked for safety when I am with a client.", "nums", "restricted_movement"),
    ("I lost my keys so my flatmate lets me in, I do not have a key.", "nums", "restricted_movement"),
    ("My daughter takes my phone every night to play games.", "nums", "restricted_movement"),
    # advice to keep one's own door locked (the sweep over helper_zzi found it routing to organised_crime)
    ("I've told me mam Pauline to keep the door locked while he's about.", "nums", "restricted_movement"),
    # friends waiting on keys, her own key, her kids
    ("None of us had a key for the first week, the letting agent was slow.", "nums", "restricted_movement"),
    ("Only she has a key, not even her landlord.", "partner", "restricted_movement"),
    ("I can't leave without the kids.", "nums", "restricted_movement"),
    # a driver she pays, a supportive partner's lift, her own tour, friends who share a flat and its adverts
    ("I pay a driver who drops the girls Monday and collects them Thursday.", "nums", "moved_between_places"),
    (
        "My boyfriend drives me to Hove Monday and picks me up Thursday, he is supportive.",
        "nums",
        "moved_between_places",
    ),
    (
        "I tour: Leeds this week, then Hove, then Rye. I tell my clients which town is next.",
        "nums",
        "moved_between_places",
    ),
    (
        "Me and my friend share the flat, we both answer the phone, my number is on all our ads.",
        "nums",
        "shared_advert_contact",
    ),
    # her own advert's receptionist, whom she pays
    (
        "Kira, 25, independent, my own flat in Hove. Booking by my receptionist only, I pay her.",
        ADVERT,
        "speaks_for_worker",
    ),
    # her own tour, a holiday, a lift to college
    ("I tell my regulars which town is next on my tour.", "nums", "moved_between_places"),
    ("We went to Hove on holiday and my boyfriend moved me from one hotel to another.", "nums", "moved_between_places"),
    ("My dad drops me at college Monday and picks me up Friday.", "nums", "moved_between_places"),
    ("Kika here, just arrived in Hove for a few days, call me 07700 900123.", ADVERT, "moved_between_places"),
    # a family home
    ("Me and my sister sleep two to a room at mum's.", "nums", "living_at_premises"),
    # her own payments
    ("I paid at the cafe counter for my lunch.", "nums", "money_laundering"),
    ("Clients pay me by card machine.", "nums", "money_laundering"),
    ("He used to bank the money on Fridays for his mum.", "partner", "money_laundering"),
    # her own passwords and adverts
    ("My boyfriend has my phone password because he's jealous.", "nums", "advert_control"),
    ("I handle my own adverts for me and my friend.", "nums", "advert_control"),
    ("My number is on all my ads for the week.", "nums", "shared_advert_contact"),
    # her own money and errands, a robber's haul, a cleaning job
    ("Her wages go into an account her mum manages.", "partner", "third_party_control"),
    ("My boyfriend takes everything personally.", "nums", "third_party_control"),
    ("He took the money and ran off down the street.", "nums", "third_party_control"),
    ("He sends her to men's houses to clean.", "partner", "third_party_control"),
    ("I hand all my cash over to the bank on Mondays.", "nums", "third_party_control"),
    ("I give all the cash to him to buy food for the kids.", "nums", "third_party_control"),
    # a note's "no pimp/manager", a stranger's guess from her looks
    ("She has no pimp/manager; her flatmate Kerry was in the next room.", "partner", "third_party_control"),
    ("posted by Knight_99: she's Polish, doesn't smile, must be a pimp.", ADVERT, "third_party_control"),
    # her family's help and worry
    ("My sister will pay for the flights if I leave for Spain.", "nums", "threats_to_family"),
    ("If I leave the job my mum will be worried sick.", "nums", "threats_to_family"),
    ("She told the nurse where her mum lives.", "partner", "threats_to_family"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): the control stop 58 reads (dev_zm, helper_zzn kinds, invented words)
CONTROL = [
    # the keys one man holds, nobody let out
    ("The landlord holds the only key and lets in visitors at all hours.", "partner", "restricted_movement", "strong"),
    ("Tenants do not hold keys - the agent comes to let men in.", "partner", "restricted_movement", "strong"),
    ("None of the women had a front door key.", "partner", "restricted_movement", "strong"),
    ("She said 'we cannot go out, Vasile has key'.", "partner", "restricted_movement", "strong"),
    ("They cannot leave the flat without him.", "partner", "restricted_movement", "strong"),
    ("Vlad kept the door locked and took the money.", "partner", "restricted_movement", "strong"),
    ("A minder on a chair in the hall lets nobody out without him.", "partner", "restricted_movement", "strong"),
    # her phone taken every night, handed back in the morning
    ("Her boyfriend Tibor takes her phone every night and reads it.", "partner", "restricted_movement", "strong"),
    ("The boss gives her phone in the morning with the bookings made.", "partner", "restricted_movement", "strong"),
    # the towns she is driven to each week, told which town is next, brought and taken
    ("The women were driven to other towns each week.", "partner", "moved_between_places", "weak"),
    ("Costin moved her from Rye to a holiday flat in Hove last week.", "partner", "moved_between_places", "weak"),
    ("DMs from Tomo telling her which town is next.", "partner", "moved_between_places", "weak"),
    (
        "A lad drops 3 girls there Monday, picks them up Thursday and takes them to Hove, then somewhere else.",
        "partner",
        "moved_between_places",
        "weak",
    ),
    ("They told us 'Tomo bring us, Tomo take us next week'.", "partner", "moved_between_places", "weak"),
    ("Oriental massage behind the takeaway. New ladies every week from Luton.", ADVERT, "moved_between_places", "weak"),
    # where she sleeps
    ("Mai sleep on mat in back room.", "nums", "living_at_premises", "weak"),
    ("The women slept two to a room.", "partner", "living_at_premises", "weak"),
    ("6 women in 4 bedrooms, 2 mattresses on floor.", "partner", "living_at_premises", "weak"),
    # the business that takes the men's money
    ("Men pay at the car wash till and he takes it.", "partner", "money_laundering", "weak"),
    ("Customers pay Mr Lee by card machine, she gets pocket money.", "nums", "money_laundering", "weak"),
    ("The takeaway, which he also ran, was used to bank the money.", "partner", "money_laundering", "weak"),
    # the logins of her adverts, the number on every advert for her
    ("He have her ads password and posts them.", "nums", "advert_control", "weak"),
    ("The girls aren't allowed the logins.", "partner", "advert_control", "weak"),
    ("Agent takes all bookings and handles adverts for you.", ADVERT, "advert_control", "weak"),
    ("Tomo's number 07700 900582 is on every ad for her.", "partner", "shared_advert_contact", "weak"),
    # her money: into his account, all of it to him, a bit given back; sent to men
    ("Her wages are paid into an account he controls.", "partner", "third_party_control", "strong"),
    ("She has no money - 'Tomo takes everything'.", "partner", "third_party_control", "strong"),
    ("They book men in for me, take the money, give me a bit of gear.", "nums", "third_party_control", "strong"),
    ("She said quietly 'he sends me to men, 3 weeks after the baby'.", "partner", "third_party_control", "strong"),
    ("He sends her to 'massage' clients on her days off.", "partner", "third_party_control", "strong"),
    (
        "She works from a room above the shop, hands all cash over on Sundays.",
        "partner",
        "third_party_control",
        "strong",
    ),
    ("She works at his shop and at a flat nearby; all cash to him.", "partner", "third_party_control", "strong"),
    # a threat to her family told as what will happen to them
    (
        "Madam Ife sends voice notes saying 'your sister in Warri will pay if you run'.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    ("The madam told her that her mother will suffer if she stops working.", "partner", "threats_to_family", "strong"),
    # a controller she calls "uncle", his threat told through "he says" (the sweep over dev_w: no helper)
    (
        "The man she calls 'uncle' moves her every two weeks. She said 'if I stop, he says my brother in Durres will "
        "pay'.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    ("She say if I stop, my mother in Enugu will fall sick and die.", "nums", "threats_to_family", "strong"),
    (
        "She said if she runs 'he tells the men in Tripoli where my brother is'.",
        "partner",
        "threats_to_family",
        "strong",
    ),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
