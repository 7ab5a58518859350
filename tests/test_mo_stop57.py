"""Issue 8, stop 57: MO read from writing the rules were not built from (helper_zzm, dev_zl). False tags removed, each
by a kind of wording: "pinned her down and refused to stop" is the sexual assault, not violence as well; "pressuring
or harming her" in a list of harms is no threat; "won't let them go to the shop alone" is restricted movement, no
abduction; "if she tells police he'll send her back" is deportation, not exposure; "threatened to call the Home
Office" is exposure (blackmail), not a threat of harm; a condom he refused that she then refused or walked out on,
and no pay "because nothing happened", are no tag at all, and the MO model may not add one. Misses read: "wanted
£100 to give it back", "or he goes mental", "or get burnt oot", a family that "'will pay'" quoted, "your fee or you
walk", some of the notes fake, a clip he "might upload if she" does not behave, calls "repeatedly", "in your country
you'd be ...", "kept her topped up with crack", waking with no memory, "clouted us wi' a bottle". Left as the older
sets label them after the all-code sweep: "you can't hide from me" (stalking alone in five records), "tried to pull
her into the car" (violence, not abduction, in two), a phone grabbed off the side with force near it (robbery alone
in three). Each sentence invented (fictional names); the near misses beside them must not tag."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import check_mo, extract


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # restraint for a rape is the assault's; a blow beside it, or a hold by the throat, is violence as well
        (
            "A punter at the Moorside Hotel pinned her down and refused to stop when she said no.",
            {"sexual_assault"},
            {"violence"},
        ),
        ("The man called Dale pinned her down and raped her in the car.", {"sexual_assault"}, {"violence"}),
        ("He pinned her down by the throat and punched her.", {"violence"}, set()),
        ("He pinned her to the bed and slapped her twice.", {"violence"}, set()),
    ],
)
def test_restraint_in_a_rape(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Pay me tonight or I'll stab you.", {"threats"}, set()),
        ("Told her to hand it over or else he'd hurt her kids.", {"threats"}, set()),
        ("She has to make £200 a night or he goes mental.", {"threats"}, set()),
        ("Any lassie on the square the night gets burnt oot. Get oot or get burnt oot.", {"threats"}, set()),
        ("Yusuf says her brother back home 'will pay' if she goes to the police.", {"threats"}, set()),
        # a list of harms denied; a trip "or" a walk; a family that pays a bill; her own hiding place
        ("She denies anyone is pressuring or harming her and says the work is her choice.", set(), {"threats"}),
        ("She can take the bus or walk home; the hostel is a safe place.", set(), {"threats"}),
        ("Her brother will pay the deposit on the new flat.", set(), {"threats"}),
        ("She keeps her cash where the kids can't find it.", set(), {"threats"}),
    ],
)
def test_threats(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("A client threatened to 'call the Home Office' unless she saw him for free.", {"blackmail"}, {"threats"}),
        ("He threatened to ring her mum and tell her everything.", {"blackmail"}, set()),
        ("He said if she told anyone he would send her pics to her dad.", {"blackmail"}, set()),
        ("Might upload it if she keeps being awkward about extras, lads.", {"blackmail"}, set()),
        ("He nicked her phone, then rang to say he'd found it and wanted £80 to give it back.", {"blackmail"}, set()),
        # deportation is a threat of its own; a call she makes; an upload with no condition on her
        (
            "Mr Lau said if she told police he would send her back and her mother would lose the house.",
            set(),
            {"blackmail"},
        ),
        ("He threatened to call a taxi and leave.", set(), {"blackmail"}),
        ("I might upload the new pics if I have time tonight.", set(), {"blackmail"}),
        ("He gave her £20 back when she asked.", set(), {"blackmail"}),
    ],
)
def test_exposure(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The driver won't let them go home until the debt is paid.", {"abduction"}, set()),
        ("He wouldn't let me go.", {"abduction"}, set()),
        # an attempt to pull her into the car: the grab's violence (two training records), no abduction
        ("Grabbed her wrist and tried to pull her into the van.", {"violence"}, {"abduction"}),
        # where she may go alone is restricted movement; a car pulled in is no person
        ("The driver wont let them go to the shop alone.", set(), {"abduction"}),
        ("He pulled into the car park at the station and waited.", set(), {"abduction"}),
    ],
)
def test_held(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Client grabbed my phone off me and ran to his car.", {"robbery"}, set()),
        (
            "Said 'your money, pet, or you walk home from here'. Took £150 from her bag and drove off.",
            {"robbery"},
            set(),
        ),
        # a phone off the side, unattended; a choice of how to pay
        ("He asked 'your cash or card?' and then took £40 out of the tips jar.", set(), {"robbery"}),
    ],
)
def test_taken(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Pays in twenties and three of them were fake, all the same serial.", {"fraud_scam"}, set()),
        ("Rory has phoned repeatedly from a new number since she blocked him.", {"harassment_stalking"}, set()),
        ("The men at the flat keep her topped up with crack so she keeps working.", {"drugging"}, set()),
        ("A girl I know woke up in her car in a lay-by with no memory.", {"drugging"}, set()),
        ("States he clouted us wi' a bottle outside the chippy.", {"weapon"}, set()),
        ("He said 'in your country you'd be whipped for this' and left.", {"hate_abuse"}, set()),
        ("He shouted go back your country at her from the car.", {"hate_abuse"}, set()),
        # some notes torn; her own calls; a fridge kept full; no memory, no waking; a bottle of pop
        ("Pays in twenties and three of them were torn.", set(), {"fraud_scam"}),
        ("She said she had called repeatedly to book the room.", set(), {"harassment_stalking"}),
        ("They keep the fridge topped up with milk for the girls.", set(), {"drugging"}),
        ("She has no memory of the date he booked.", set(), {"drugging"}),
        ("He came in wi' a bottle of pop and sat down.", set(), {"weapon"}),
        ("In your area you'd be safer working with a friend.", set(), {"hate_abuse"}),
        ("She wants to go back to work in the spring.", set(), {"hate_abuse"}),
    ],
)
def test_other_misses(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("A client on the boat had refused a condom; she refused him.", True),
        ("He wanted it without a johnny, so she left and kept the deposit.", True),
        # the removal done, then she left; her refusal overridden
        ("He took the condom off halfway through and she left in tears.", False),
        ("He insisted on no condom, she refused, and he forced her anyway.", False),
    ],
)
def test_condom_refused_and_nothing_happened(pipeline, text, denied):
    """The refusal she answered by refusing him or leaving is no tag, and the model may add none (denied)."""
    result = extract(pipeline, text)
    assert ("condom_removal" in result.denied_mo) is denied, (text, result.denied_mo)
    assert ("condom_removal" in result.mo) is not denied, (text, result.mo)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("He left without paying because nothing happened, which is fine by her.", True),
        ("Old man did not pay because nothing happen, this is okay, I don't want his money.", True),
        # his excuse, no reason of hers; a plain refusal
        ("He didn't pay because he said nothing happened.", False),
        ("He didn't pay and laughed at her.", False),
    ],
)
def test_no_pay_for_nothing_done(pipeline, text, denied):
    """No pay where nothing was done is no refusal to pay, and the model may add none (denied)."""
    result = extract(pipeline, text)
    assert ("refused_payment" in result.denied_mo) is denied, (text, result.denied_mo)
    assert ("refused_payment" in result.mo) is not denied, (text, result.mo)
