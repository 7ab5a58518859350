"""Stop 45 (issue 15, trafficking dev_z, helper_zza): who holds, decides, takes, moves and speaks, told in the
words the patterns did not yet read. Every sentence is invented for this file (none is copied from a corpus): the
kind of control is what the patterns read, not dev_z's wording. A false organised_crime route is worse than a
missed one: the ordinary arrangements come first.

What the stop teaches:

- her money and work someone else holds: payouts handled by whoever runs her, her work for no wage;
- someone keeps her diary or does her phone, answers when she is rung, will not pass the phone to her, answers
  many numbers in one voice, writes her messages as her, takes the money before the client sees her;
- she is dropped and picked up, driven by whoever runs her, a car is sent for her, she is driven each night;
- the women moved on a set day, moved to a new flat every week, driven from one town to another;
- the women stay where they work, accommodation on site, she is put in a flat where men are brought;
- she goes out only with whoever runs her, one of them goes out with her, her location is tracked, she is kept
  from a doctor;
- her family gets visitors, her family's house is known, her debt passes to her parents if she stops;
- bank cards in several women's names; his number on her adverts, her photos on his adverts, adverts made for
  the women, the logins he holds;
- new names every week, one booker for several women, one phone for all the adverts, several names on his number;
- and what stays ordinary in the same words: a driver or maid she pays, a friend who writes her advert or keeps
  her diary, touring by her own choice, a partner who waits outside, sharing a flat and its rent, little English
  alone, her own other profile on the same number, a client's accusation posted online, a couple's joint account,
  the council's flat, a volunteer's unpaid work, a parking fine, a lawful tax."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator
ORDINARY = [
    # a driver, a maid, a friend she chose and pays
    ("I pay my driver £40 a night and he drops me off and picks me up.", "partner", "transported_by_other"),
    ("My maid answers the door and I pay her by the shift.", "partner", "speaks_for_worker"),
    ("My friend writes my advert for me and I pay for the site myself.", "partner", "advert_control"),
    ("My best friend keeps my diary because I am useless with dates.", "partner", "speaks_for_worker"),
    # touring by her own choice; a partner who waits outside
    ("I chose to work two weeks in Hull, then I drove myself from Hull to York.", "partner", "moved_between_places"),
    ("My boyfriend waits outside in the car when I see a new client.", "partner", "transported_by_other"),
    # sharing a flat and the rent with a friend
    ("Me and my friend share the flat and split the rent, we run our own adverts.", "partner", "living_at_premises"),
    ("We share one phone for all our adverts, we work for ourselves.", ADVERT, "shared_advert_contact"),
    # limited English alone
    ("Her English is limited but she books her own clients by text.", "partner", "speaks_for_worker"),
    # her own other profile on the same number
    ("Roxy, 31, Hull. Same girl as my other advert, same number, no agency.", ADVERT, "shared_advert_contact"),
    # a client's accusation posted online
    (
        "A punter she refused posted on a review forum that she has a pimp who takes her money.",
        "partner",
        "third_party_control",
    ),
    # a couple's joint account; the council's flat; a volunteer's unpaid work
    ("We have bank cards in both our names for the joint account.", "partner", "money_laundering"),
    (
        "The council placed her in a flat near the clinic where she sees her support worker.",
        "partner",
        "living_at_premises",
    ),
    ("She works at the food bank for no wage, as a volunteer.", "partner", "third_party_control"),
    # her own choice to go out with friends; her own location shared for safety
    ("When I go out at night my friends come with me.", "partner", "restricted_movement"),
    # a parking fine; a friend who runs the flat next door; a loan repaid from a day job; a lawful tax
    ("I got a parking fine of £60 on the way to work.", "partner", "third_party_control"),
    ("My friend who runs the flat next door lent me a kettle.", "partner", "third_party_control"),
    ("I pay my car loan back by working extra shifts at the shop.", "partner", "debt_bondage"),
    ("The council says there is a new tax, £120 a month, on parking permits.", "partner", "protection_money"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 45
CONTROL = [
    # payouts handled by whoever runs her; work for no wage
    ("Cam models wanted, all payouts handled by us.", ADVERT, "third_party_control", "strong"),
    ("She works in his shop by day for no wage.", "partner", "third_party_control", "strong"),
    # fines on her, her pay docked; the one who runs the flat
    ("When a punter complains the madam gives them a fine.", "partner", "third_party_control", "strong"),
    ("He docks their pay when they turn a man away.", "partner", "third_party_control", "strong"),
    ("The woman who runs the flat keeps a list of the girls.", "partner", "third_party_control", "weak"),
    # a sum worked off, paid until the fee is finished, written down as what she owes
    ("He keeps her card until she has finished paying the agency fee.", "partner", "debt_bondage", "strong"),
    ("The boss writes every missed night down as what she owes.", "partner", "debt_bondage", "strong"),
    # a weekly tax on her work
    ("Two men told her there is a new tax, £50 every Saturday.", "partner", "protection_money", "strong"),
    # her diary, her phone, the calls he answers, the phone he will not pass her
    ("Her minder handles her diary and her hotel rooms.", "partner", "speaks_for_worker", "weak"),
    ("He does her phone and tells her where to go.", "partner", "speaks_for_worker", "weak"),
    ("The clinic rang her mobile and he answers whenever they call.", "partner", "speaks_for_worker", "weak"),
    ("The man would never pass the phone to the girl we asked for.", "partner", "speaks_for_worker", "weak"),
    ("Her aunt writes the messages as Mira and picks the men.", "partner", "speaks_for_worker", "weak"),
    ("Her manager texts the subscribers pretending to be her.", "partner", "speaks_for_worker", "weak"),
    ("The lad at the door took the £100 off me before I had seen her.", ADVERT, "speaks_for_worker", "weak"),
    # dropped and picked up, driven by the boss, a car sent for her, driven each night
    ("She goes to the clients' homes, driven by the boss in his Audi.", "partner", "transported_by_other", "weak"),
    ("Every Friday the madam sends a van for them.", "partner", "transported_by_other", "weak"),
    ("He drives them every evening to the lay-bys near the port.", "partner", "transported_by_other", "weak"),
    ("A car was seen collecting them outside the hostel.", "partner", "transported_by_other", "weak"),
    # moved on a day, to a new flat every week, from one town to another
    ("At the flat on the estate the ladies rotate every Thursday.", "partner", "moved_between_places", "weak"),
    ("Hostess work, we move you to another flat each week.", ADVERT, "moved_between_places", "weak"),
    ("He takes her from Carlisle to Penrith for the weekend work.", "partner", "moved_between_places", "weak"),
    ("Some nights they are driven to Derby or Stoke instead.", "partner", "moved_between_places", "weak"),
    # the women stay where they work, accommodation on site, put in a flat where men come
    ("Staff accommodation upstairs for all our therapists.", ADVERT, "living_at_premises", "weak"),
    ("Relaxing massage, free rooms on site for our therapists.", ADVERT, "living_at_premises", "weak"),
    ("The boss put them in a house in Luton and sends clients there.", "partner", "living_at_premises", "weak"),
    # out only with whoever runs her, one goes with her, her location tracked, kept from a doctor
    ("She has never been anywhere except with Dorel since June.", "partner", "restricted_movement", "weak"),
    ("If she goes out, one of the men goes with her.", "partner", "restricted_movement", "weak"),
    ("The manager tracks their locations through an app.", "partner", "restricted_movement", "weak"),
    ("He sleeps by the door to make sure she does not leave.", "partner", "restricted_movement", "weak"),
    ("The boss would not let her go to the doctor for a week.", "partner", "restricted_movement", "weak"),
    # her family gets visitors, her family's house is known, her debt passes to her parents
    ("He said that if she stops working her brothers will get a visit.", "partner", "threats_to_family", "strong"),
    ("After she ran away, her parents had a visit from three men.", "partner", "threats_to_family", "strong"),
    ("The boss told her: people in your village know your house.", "partner", "threats_to_family", "strong"),
    (
        "He says he knows her sister's school and will wait there if she quits.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    ("The gang says the debt will pass to her mother if she leaves.", "partner", "threats_to_family", "strong"),
    # bank cards in several women's names
    ("Officers found six debit cards in other women's names in his car.", "partner", "money_laundering", "weak"),
    # his number on her adverts, her photos on his adverts, adverts made for them, the logins he holds
    ("The phone number he uses on her ads is registered to him.", "partner", "advert_control", "weak"),
    ("He keeps her pictures up on two sites under other names.", "partner", "advert_control", "weak"),
    ("He created profiles for them on two sites.", "partner", "advert_control", "weak"),
    ("Her manager keeps all the logins for her page.", "partner", "advert_control", "weak"),
    ("He sorts the girls with their adverts and takes a cut.", "partner", "advert_control", "weak"),
    # new names each week, one booker for several women, one phone for all, several names on his number
    ("Pretty Asian girls, new names every Friday.", ADVERT, "rotating_workers", "weak"),
    ("Busty blonde, 22. Same booker for the girls at my flat.", ADVERT, "shared_advert_contact", "weak"),
    ("There is one number for every advert of the girls in that house.", "partner", "shared_advert_contact", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
