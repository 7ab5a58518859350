"""Stop 44 (issue 15, trafficking dev_y, helper_zz): who decides, holds and takes, told in the words the
patterns did not yet read. Every sentence is invented for this file (none is copied from a corpus): the kind
of control is what the patterns read, not dev_y's wording. A false organised_crime route is worse than a
missed one: the ordinary arrangements come first.

What the stop teaches:

- her earnings someone else handles: he "deals with" her money, takes her payments through his account,
  says how many men she sees, keeps a sum from each booking, collects from her in the night, takes a cut
  "for him"; the men who pay him ("be nice to his mates, who pay him"); her money never seen in text-speak
  ("i dont see a penny": the parse reads "do" "nt"); she is sent out every night;
- on a page someone else writes: "pay me not them", payment to the driver and not the girl, clients she
  sees where the agency sends her, "we keep your passport", papers "kept safe in the office";
- a debt she works until it is cleared ("until the debt is gone", "until £6,000 has been repaid"), paid back
  through bookings someone arranges, a sum for the crossing still being paid off;
- drugs given to keep her going ("a rock to keep her working");
- someone else answers her chat apps, the men ring him and not her, he has the work phone;
- someone who takes her out and brings her back on a schedule; moved "to new flat" (no article); she goes out
  only with the one who runs her; an advert's women who "stay here so always available";
- and what stays ordinary in the same words: her own say over how many clients she sees, an accountant,
  a passport number on file, child maintenance, her own savings from each booking, a friend's lift, her
  own collection of the fee, the languages one worker speaks, a brother's loan, the rent she works for, going
  out with her friends or her partner."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator
ORDINARY = [
    # her own say over her work, her own adviser, her own money
    ("I decide how many clients I see and set my own prices.", "partner", "third_party_control"),
    ("My accountant deals with my money and my tax return.", "partner", "third_party_control"),
    ("I keep £20 from each booking for my savings.", "partner", "third_party_control"),
    ("I always collect the payment from the men first.", "partner", "third_party_control"),
    ("I visit clients where I want, when I want.", "partner", "third_party_control"),
    # not her work: child maintenance, a robbery, a friend's friends
    ("I don't see a penny of child maintenance from him.", "partner", "third_party_control"),
    ("The client took my earnings and ran off.", "partner", "third_party_control"),
    ("She is nice to his friends when they come round for the football.", "partner", "third_party_control"),
    # a passport's number kept on file
    ("We keep your passport number on file for the hotel booking.", "partner", "documents_held"),
    # a family loan, the rent she works for
    ("I pay my brother back £50 for the train ticket.", "partner", "debt_bondage"),
    ("I work until the rent is paid every month.", "partner", "debt_bondage"),
    # the clients call her; a friend's lift home
    ("The clients call me, not the agency.", "partner", "speaks_for_worker"),
    ("My friend collects me at 2am and drives me back at 3am.", "partner", "transported_by_other"),
    # she goes out with her friends, or her partner
    ("I only go out with my friends.", "partner", "restricted_movement"),
    ("She only goes out with him at weekends.", "partner", "restricted_movement"),
    # the languages one worker speaks are not several workers' nationalities
    ("Sweet Luna, 25, independent. I speak English, Ukrainian, Russian, Polish. Call me.", ADVERT, "rotating_workers"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 44
CONTROL = [
    # who decides how many men she sees, who "deals with" her money, her payments through his account
    ("Her uncle sets how many punters she sees each night.", "partner", "third_party_control", "strong"),
    ("A man called Dorin phoned and said he deals with her money.", "partner", "third_party_control", "strong"),
    ("He takes the payments through his account.", "partner", "third_party_control", "strong"),
    # text-speak: her money never seen
    ("i dont see a penny, he says it is for the car.", "partner", "third_party_control", "strong"),
    # a cut for him; a sum from each booking; collected from her in the night; the women's earnings
    ("Half for him, and the rest goes on the room.", "partner", "third_party_control", "strong"),
    ("Her drivers keep £15 from each one.", "partner", "third_party_control", "strong"),
    ("He collects from her at midnight behind the pub.", "partner", "third_party_control", "strong"),
    ("He ran the flats and took their earnings.", "partner", "third_party_control", "strong"),
    # sent out every night; his mates who pay him; sex with his mates in return for a room
    ("He sends her out every night and waits in the car.", "partner", "third_party_control", "strong"),
    ("She has to be nice to his friends, who pay him.", "partner", "third_party_control", "strong"),
    ("She gets a room in return for being nice to his mates.", "partner", "third_party_control", "weak"),
    # a page someone else writes
    ("Girls at the flat all day, pay me not them.", ADVERT, "third_party_control", "strong"),
    ("Outcalls with our driver, payment to the driver, not the girl.", ADVERT, "third_party_control", "strong"),
    ("Hostess work, must visit clients wherever the agency sends you.", ADVERT, "third_party_control", "strong"),
    ("Hostess work abroad, we keep your passport while you work for us.", ADVERT, "documents_held", "strong"),
    ("Documents kept safely in our office.", ADVERT, "documents_held", "strong"),
    # a debt worked off, paid back through bookings, a crossing still being paid for
    ("Travel is paid, you work until the debt is gone.", ADVERT, "debt_bondage", "strong"),
    ("She has to work there until £6,000 has been repaid.", "partner", "debt_bondage", "strong"),
    ("You pay back through private bookings we find for you.", ADVERT, "debt_bondage", "strong"),
    ("She is still paying off £9,000 for the crossing.", "partner", "debt_bondage", "strong"),
    # drugs to keep her going
    ("He gives her a rock to keep her working through the night.", "partner", "forced_drug_use", "strong"),
    # her chat apps answered for her, the men ring him, he has the work phone
    ("He answers the WeChat for the women in the flat.", "partner", "speaks_for_worker", "weak"),
    ("The punters ring him, not her.", "partner", "speaks_for_worker", "weak"),
    ("Customers phone Marek, and Marek texts her.", "partner", "speaks_for_worker", "weak"),
    ("He keeps the work phone in his jacket.", "partner", "speaks_for_worker", "weak"),
    # she goes out only with the one who runs her; an advert's women who stay where they work
    ("The madam is strict, I go out only with her.", "partner", "restricted_movement", "weak"),
    ("Asian girls, they stay here so always available.", ADVERT, "living_at_premises", "weak"),
    # taken out and brought back on a schedule; moved to a new flat, the article dropped
    ("A van collects the women at 9pm and returns them at 6am.", "partner", "transported_by_other", "weak"),
    ("Now he drive me to new apartment.", "partner", "moved_between_places", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
