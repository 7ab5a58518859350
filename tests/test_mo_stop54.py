"""Issue 8, stop 54: MO read from writing the rules were not built from (helper_zzj, dev_zi). Blows told in the
passive or to "you" in a workers' alert, "sent her flying", "kicked in" a door; sex demanded as the price of a debt,
sex she must have with the men brought to her; "regret" with what she did, men set on her, deportation or the street
as the price of leaving, her sponsorship withdrawn, her family to "pay", a threat of violence named, a threat of harm
beside a threat to expose her, a fake officer's price to make it "go away"; "put" with what is exposed only; a drink
named by a pronoun; cash with a sum; "knife-point"; CCTV; a thrown bottle is no weapon; booking then driving off; a
booking had "for nowt", one made without a deposit; Shetland "-na" negation; followed to her bus stop; women's
addresses posted; "filthy foreigners". Each sentence invented (fictional names); the near misses beside them must not
tag."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import check_mo


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The women say Dritan keeps the rent money and they are beaten if they answer back.", {"violence"}, set()),
        ("She got slapped twice in the stairwell by the man from the van.", {"violence"}, set()),
        ("ALERT Hull: bloke in a blue Astra takes the money back and shoves you out the door.", {"violence"}, set()),
        ("He barged past, knocked into her and sent her flying against the radiator.", {"violence"}, set()),
        # a price beaten down, an eviction, pressure: no blow
        ("The punter was beaten down on price by the receptionist.", set(), {"violence"}),
        ("The manager pushes you to take more bookings on a Friday.", set(), {"violence"}),
        ("The agency pushes you into doubles you never agreed to.", set(), {"violence"}),
        ("Her door was kicked in by bailiffs in March.", set(), {"violence"}),
        ("She was kicked in the ribs by the man in the van.", {"violence"}, set()),
    ],
)
def test_blows_told_in_the_passive_or_to_you(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The lodger says her landlord told her to clear the arrears by sleeping with him.", {"sexual_assault"}, set()),
        ("At the cottage she must sleep with them at night, the money goes on his loan.", {"sexual_assault"}, set()),
        ("The foreman sends her to the van where she has to 'do sex' before the shift.", {"sexual_assault"}, set()),
        # her rent paid by her work, a job named, a meal
        ("She pays the rent by doing extra shifts at the bakery.", set(), {"sexual_assault"}),
        ("She has to do sex work to pay for her course.", set(), {"sexual_assault"}),
        ("They had to sleep in the car the first night.", set(), {"sexual_assault"}),
        ("I have sex for money, it's my choice and my flat.", set(), {"sexual_assault"}),
        ("She had to sleep with the light on after the break-in.", set(), {"sexual_assault"}),
    ],
)
def test_sex_demanded_as_a_price(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He texted her from a new number: 'you'll regret ignoring me'.", {"threats"}, set()),
        ("The client said he'd set his brothers on her if she posted his number.", {"threats"}, set()),
        ("Her host says if she moves out she will be homeless and deported.", {"threats"}, set()),
        ("The agency boss said he would cancel her sponsorship within the week.", {"threats"}, set()),
        ("He said he would cancel my visa if I stopped paying.", set(), {"threats"}),
        ("She said her mother back home would 'pay' if she ran away.", {"threats"}, set()),
        ("When we asked about leaving she said her sister in Tirana would 'pay' if she goes.", {"threats"}, set()),
        (
            "Prosecutors said he threatened two of the women with violence when they asked for their pay.",
            {"threats"},
            {"violence"},
        ),
        (
            "He kept threatening to send the pictures to her husband and to 'finish her off'.",
            {"threats", "blackmail"},
            set(),
        ),
        ("The fake detective said they were nicked and demanded cash to 'make it go away'.", {"threats"}, set()),
        # her own regret, a table, her own fear, a family paying, a ticket, a picture for the advert
        ("She'll regret missing the bus, she said.", set(), {"threats"}),
        ("He set the table on the balcony before she arrived.", set(), {"threats"}),
        ("She fears she would be deported if she went to the police.", set(), {"threats"}),
        ("She asked us whether escorting will cancel her visa.", set(), {"threats"}),
        ("They told the girls to pay the lads or they'll get battered.", {"threats"}, {"violence"}),
        ("Her dad would pay for her driving lessons.", set(), {"threats"}),
        ("She paid the parking fine to make it go away.", set(), {"threats"}),
    ],
)
def test_threats_in_other_words(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He said he'd put her nan's windows in if she didn't come back.", {"threats"}, {"blackmail"}),
        ("He said he'd put her pics online if she blocked him.", {"blackmail"}, set()),
    ],
)
def test_exposure_quoted_and_put(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Bought her a gin then slipped some powder in hers while she was in the loo.", {"drugging"}, set()),
        ("He put something in his bag before he left.", set(), {"drugging"}),
        ("Pt reports he robbed her at gun-point and ran.", {"robbery"}, set()),
        ("The man at the door grabbed her arm at knife-point and took cash £220.", {"robbery"}, set()),
        ("She says a client took money £60 out of the tin while she showered.", {"theft"}, {"robbery"}),
        ("There is a CCTV camera pointing at the stairs and the back door.", set(), {"filming"}),
        # a thrown bottle is the violence of the throw, not a weapon held; one swung at her is a weapon
        ("Two lads in a hatchback threw a bottle at her from the window.", {"violence"}, {"weapon"}),
        ("He threw a brick through her front window on Monday night.", set(), {"weapon"}),
        ("He smashed a bottle over her head in the kitchen.", {"weapon", "violence"}, set()),
        ("He hit her with a brick he picked up from the yard.", {"weapon"}, set()),
        ("A small camera was hidden in the smoke alarm above the bed.", {"filming"}, set()),
    ],
)
def test_drink_money_knife_camera(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "A grey van keeps pulling up by the arches, booking and then driving off when she walks over.",
            {"timewaster"},
            set(),
        ),
        ("He booked her and then drove off with her to the coast.", set(), {"timewaster"}),
        ("Boasted on the board: 'got the full hour for nowt, told her the app was down'.", {"refused_payment"}, set()),
        ("She sat in the flat all night for nothing, no bookings came.", set(), {"refused_payment"}),
        ("She blocked him after he tried to book without paying a deposit.", set(), {"refused_payment"}),
        ("Da boy fae Yell hasna paid for da Tuesday yet.", {"refused_payment"}, set()),
        ("Da mannie wasna violent, just drunk an loud.", set(), {"violence"}),
        ("He left without paying after the hour.", {"refused_payment"}, set()),
        ("The girls were kept upstairs and only let down to see the men.", {"abduction"}, set()),
        ("The back door is kept locked because of break-ins.", set(), {"abduction"}),
        ("A man in a red Corsa followed two of them to their bus stop on Mill Lane.", {"harassment_stalking"}, set()),
        ("She followed the satnav to a farm track near his cottage.", set(), {"harassment_stalking"}),
        ("A page has been posting women's addresses and photos of their doors.", {"harassment_stalking"}, set()),
        ("He shouted at them, called them filthy foreigners and spat.", {"hate_abuse"}, set()),
        ("She said the flat was filthy and the foreign plugs didn't work.", set(), {"hate_abuse"}),
    ],
)
def test_timewasting_freebie_stalking_hate(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)
