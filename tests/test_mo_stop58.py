"""Issue 8, stop 58: MO read from writing the rules were not built from (dev_zm, helper_zzn). False tags removed, each
by a kind of wording: "threw her out" (of the flat or the car) is no blow; a panic attack and "full whack" (the full
price) are no violence; "made me give back the £120" is the robbery's, no sexual assault; police "informed without
consent" is a professional's sharing; "filming me through the window" is no threat. Misses read: the family that "will
pay if she runs" unquoted, "it's that or he sends folk round", her family who "know people I know", a photo of her
mother's house shown to her, "can't go back because 'he knows my sister'", "everybody go an knock her door", "forced
sex without condom", "he'd put me through the window", "had her by the throat", "cannot go out, he has the key",
"told her the transfer failed and walked", "didn't leave full whack", "pay me or I put your pictures on facebook" (the
blackmail's, no stalking of its own). Each sentence invented (fictional names); the near misses beside them must not
tag."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import check_mo


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # thrown somewhere is a blow; put out of the flat or the car is not (the writers: 0 of 9 alone)
        ("He threw her against the wardrobe and left.", {"violence"}, set()),
        ("He 'had her by the throat' till she did it.", {"violence"}, set()),
        ("He had her by the hand as they walked in.", set(), {"violence"}),
        # her "no" said is no negation of the act after it; his "no" before a denial still is
        ("When she said no he 'had her by the throat' till she did.", {"violence"}, set()),
        ("When she said no he slapped her.", {"violence"}, set()),
        ("He said no he never hit her.", set(), {"violence"}),
        ("Threw me down the stairs at the hostel.", {"violence"}, set()),
        ("Mr Doyle threw her out of the flat when she would not go to Leeds again.", set(), {"violence"}),
        ("A punter threw me out of the car and drove off without paying.", {"refused_payment"}, {"violence"}),
        # an attack of illness; the full price
        ("A man attacked her outside the station.", {"violence"}, set()),
        ("Seen in A&E after a panic attack, no harm from others disclosed.", set(), {"violence"}),
        ("Had an asthma attack in the car park and went home.", set(), {"violence"}),
        ("Paid full whack every time, no bother.", set(), {"violence"}),
    ],
)
def test_violence(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He made her give him oral in the van.", {"sexual_assault"}, set()),
        ("Made her give him a freebie in the car park.", {"sexual_assault"}, set()),
        ("He touched her without consent.", {"sexual_assault"}, set()),
        ("A client forced sex without a condom at his flat.", {"sexual_assault"}, set()),
        ("She was forced into sex work by her cousin.", set(), {"sexual_assault"}),
        # money or a login handed over; a professional's sharing
        ("He pulled a knife and made me give back the £80 and my purse.", set(), {"sexual_assault"}),
        ("He made her give him his money back at the door.", set(), {"sexual_assault"}),
        ("Safeguarding and police informed without consent due to the risk.", set(), {"sexual_assault"}),
        ("Her details were passed without consent as she is 17.", set(), {"sexual_assault"}),
        # a rape disclosed or reported is a rape
        ("She disclosed rape by a client at the flat.", {"sexual_assault"}, set()),
    ],
)
def test_sexual_assault(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He told her her family in Manila will pay if she runs.", {"threats"}, set()),
        ("Voice notes saying 'your brother in Lagos will pay if you talk'.", {"threats"}, set()),
        ("She says it's that or he sends folk round.", {"threats"}, set()),
        ("Pay up or they send the lads over.", {"threats"}, set()),
        ("He told her 'your mum in Tirana knows people I know'.", {"threats"}, set()),
        ("Says her family back home know people who know him.", {"threats"}, set()),
        ("She cried and said Dawit 'knows people there'.", {"threats"}, set()),
        ("He showed her a photo of her mother's house in Gdansk and smiled.", {"threats"}, set()),
        ("He sent me a picture of my son outside school.", {"threats"}, set()),
        ("He regularly shows her photos of her children's school gate.", {"threats"}, set()),
        ("He said he'd put me through the window if I didn't leave.", {"threats"}, set()),
        ("She can't go back to Brno because 'he knows my sister'.", {"threats"}, set()),
        ("Everybody go an knock her door tonight.", {"threats"}, set()),
        # a payment by her family; men brought for bookings; acquaintances; a family photo; a window looked through
        ("Her brother will pay if the bank says no.", set(), {"threats"}),
        ("He sends men to the flat every night with the times.", set(), {"threats"}),
        ("He knows people at the gym.", set(), {"threats"}),
        ("She knows people in Leeds who can help her find a room.", set(), {"threats"}),
        ("She knows people who work at the clinic.", set(), {"threats"}),
        ("She showed me a photo of her daughter's graduation.", set(), {"threats"}),
        ("She showed me a photo of her kids outside school, so proud.", set(), {"threats"}),
        ("Caught him filming me through the window on his phone.", set(), {"threats"}),
        ("She handed the cash through the window to the driver.", set(), {"threats"}),
        ("He knows my sister from school.", set(), {"threats"}),
        ("She went and knocked on her door to check she was ok.", set(), {"threats"}),
    ],
)
def test_threats(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("We cannot go out, Radu has the key.", {"abduction"}, set()),
        ("I can not go out, he lock the door when he go.", {"abduction"}, set()),
        # her own lost keys; a plan for the evening
        ("She can't go out tonight because she lost her keys.", set(), {"abduction"}),
        ("She cannot go out on Friday, she has her sister's party.", set(), {"abduction"}),
    ],
)
def test_kept_in(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Told her the transfer failed and walked out.", {"refused_payment", "fraud_scam"}, set()),
        ("Didn't leave full whack either, lol.", {"refused_payment"}, set()),
        ("He never paid the full amount we agreed.", {"refused_payment"}, set()),
        # a failure told as a fact; the full price paid; the full fee taken by the man who runs her
        ("The transfer failed so he paid cash instead.", set(), {"refused_payment", "fraud_scam"}),
        ("Paid full whack every time, no bother.", set(), {"refused_payment"}),
        ("The driver takes the full fee from her at the car door.", set(), {"refused_payment"}),
    ],
)
def test_payment(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Texted 'pay me £200 or I put your pictures on the estate Facebook group'.",
            {"blackmail"},
            {"harassment_stalking"},
        ),
        # a posting done, no demand: stalking; a tab
        ("He has put her pictures on the estate Facebook group.", {"harassment_stalking"}, {"blackmail"}),
        ("Pay by card or I put it on the tab.", set(), {"blackmail"}),
    ],
)
def test_exposure_as_the_price(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)
