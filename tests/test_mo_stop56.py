"""Issue 8, stop 56: MO read from writing the rules were not built from (helper_zzl, dev_zk). A family's fate quoted
("your mum will pay", "pay with shame"), "you know what happens", "don't make me use that", the Home Office turned on
her as his promise; the cash machine as his way out, thrown out with no money; a phone kept until she does extra for
free; a condom removed told in the passive, sex without one until she did; something given in a can; pictures "he took
of her"; a theft "along with her £40" and waking with no money; notes that "were fakes"; a cab not unlocked; a knife a
Scot "didnae have". The false tags guarded: rent or a fine unpaid in a house that runs her, an advert placed without
consent, a visit she plans for "if he turns up", "followed her out" on the way to a blow, a friend who "knows where she
is", her fear of the Home Office. Each sentence invented (fictional names); the near misses beside them must not tag."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import check_mo


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "After the row Dorin sent her a picture of her mother's house and said 'your mum will pay'.",
            {"threats"},
            set(),
        ),
        ("Radu told her that her brothers would 'pay with shame' if she ran.", {"threats"}, set()),
        ("He showed her a photo of her daughter's nursery and said 'you know what happens'.", {"threats"}, set()),
        ("Kept a wrench by the bed and told her 'dont make me use it'.", {"threats"}, set()),
        ("Mr Osei tells her the Home Office will deport her if she talks to the outreach team.", {"threats"}, set()),
        # a payment; a question; a plea about the rent; her own fear
        ("She said her mum will pay for the flights in May.", set(), {"threats"}),
        ("She asked the nurse if you know what happened at the clinic.", set(), {"threats"}),
        ("She is afraid the Home Office will deport her if she is found working.", set(), {"threats"}),
    ],
)
def test_fates_promised(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He kept her phone and would not give it back until she did a half hour for free.", {"blackmail"}, set()),
        # a phone kept overnight, given back
        ("He would not give the phone back until the morning, when he was sober.", set(), {"blackmail"}),
    ],
)
def test_exposure_and_leverage(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Top tip lads: tell them you'll nip to the cash machine and just walk off.", {"refused_payment"}, set()),
        ("Drove her to the lay-by on Moor Lane, then kicked her out at 4am with no money.", {"refused_payment"}, set()),
        # the rent unpaid in a house that runs her; a trip to the cash machine and back; thrown out at the hour
        ("Boss text the girls: who not pay rent by Friday, fine double.", set(), {"refused_payment"}),
        ("He went to the cash machine and walked back with the £100.", set(), {"refused_payment"}),
        ("He kicked her out when the hour was up and paid in full.", set(), {"refused_payment"}),
    ],
)
def test_ways_out_of_paying(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Condom removed covertly part way through; she only noticed afterwards.", {"condom_removal"}, set()),
        (
            "Wanted it without a johnny and when she said no he held her wrist until she agreed.",
            {"condom_removal"},
            set(),
        ),
        # condoms handed out; without one and she left
        ("Condoms taken from the outreach van by the girls on Saturday.", set(), {"condom_removal"}),
        ("He wanted it without a condom, so she left and kept the deposit.", set(), {"condom_removal"}),
    ],
)
def test_condom_removed(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("She thinks she was given something in a bottle of cola at his flat.", {"drugging"}, set()),
        ("He sent her photos he took of her asleep at the hotel in Rhyl.", {"filming"}, set()),
        ("Connor took the gear back along with her £40 and punched her.", {"robbery"}, set()),
        ("She came round in his car and woke up with no money.", {"theft"}, set()),
        ("Tam wouldnae unlock the cab till she did what he said.", {"abduction"}, set()),
        ("The one calling himself Vince paid me in £50s that were all fake.", {"fraud_scam"}, set()),
        # kept in a can; her own pictures; waking with no memory; a broken door handle; notes as paid
        ("He keeps something in a can under the sink.", set(), {"drugging"}),
        ("She sent the photos she took of the flat to the landlord.", set(), {"filming"}),
        ("She woke with no memory of the journey home.", set(), {"theft"}),
        ("The cab driver said he could not unlock the boot, it was broken.", set(), {"abduction"}),
        ("He paid me in £20s, all of it there.", set(), {"fraud_scam"}),
    ],
)
def test_acts_told_another_way(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an advert placed without her consent: control, no sexual assault ("had sex with her without consent" stays)
        ("Her ex advertised her on the site without consent and took the bookings.", set(), {"sexual_assault"}),
        ("The client had sex with her without consent after she said stop.", {"sexual_assault"}, set()),
        # her plan for a visit that has not happened; a visit that has
        ("If he turns up again she won't open the door.", set(), {"harassment_stalking"}),
        ("He keeps turning up at her flat at night.", {"harassment_stalking"}, set()),
        # followed out to be hit; followed home
        ("He followed her out to the car park and slapped her.", set(), {"harassment_stalking"}),
        ("He keeps following her home from work.", {"harassment_stalking"}, set()),
        # a friend who knows where she is, for her safety; his threat
        ("She has a friend, Morven, who knows where she is when she works.", set(), {"threats"}),
        ("He texted her 'I know where your sister lives'.", {"threats"}, set()),
        # a knife a Scot did not have this time; one he had
        ("Stevie didnae have the knife this time but he shouted at her.", set(), {"weapon"}),
        ("Stevie had the knife out again in the close.", {"weapon"}, set()),
    ],
)
def test_guards(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)
