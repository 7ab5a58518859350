"""Stop 41 (issue 15, trafficking dev_v): third-party control told in other words, and the ordinary
arrangements that use the same words. Every sentence is invented for this file (none is copied from a
corpus): the kind of control is what the patterns read, not dev_v's wording. A false organised_crime
route is worse than a missed one: the negatives come first."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator
ORDINARY = [
    # a contract's commission beside its exit terms: she may go when she likes
    (
        "The agency keeps 30% of each booking, paid into her account weekly with a payslip; one month's notice "
        "either side and no fee for leaving.",
        "partner",
        "third_party_control",
    ),
    (
        "The studio takes 40% of what the room earns and she is free to leave with a week's notice.",
        "partner",
        "third_party_control",
    ),
    # a peer's safety tips: which cars or vans to keep away from
    (
        "An older woman on the beat tells the girls which cars to avoid and which punters are dodgy.",
        "partner",
        "third_party_control",
    ),
    ("Jade tells them which cars to avoid after the attacks last winter.", "partner", "third_party_control"),
    # the women's own clients, picked by them (the doorman they pay does not)
    (
        "The three women pay me a flat fee to mind the door; they pick their clients and I just let them in.",
        "partner",
        "third_party_control",
    ),
    # her own fee taken first; a survey's voucher
    ("I take the money first, then the client can stay.", "partner", "third_party_control"),
    ("I did a survey for the council and got paid in Love2Shop vouchers.", "partner", "third_party_control"),
    # a residence card is a document (documents_held), not a bank card
    ("The college office has had her residence card since March for registration.", "partner", "third_party_control"),
    # her own rent, her own takings, her own driver
    ("I pay my rent to him, not to the agency.", "partner", "third_party_control"),
    ("The clients pay me, not him; he only drives.", "partner", "third_party_control"),
    # the photos of another advert lifted by a stranger's scam: nobody behind both
    (
        "Room to rent, call Jo on 020 7946 0123. [Analyst note: the same photos were on an escort advert last "
        "month; that advert was a separate scam that lifted the pictures from this listing.]",
        ADVERT,
        "shared_advert_contact",
    ),
    # her own adverts under her own number
    (
        "Kitty, indie, my own number 07700 900446 [Note: the number has appeared on 3 profiles since May, all her "
        "own adverts.]",
        ADVERT,
        "shared_advert_contact",
    ),
    # a works bus; her own home; a hostel; someone else living on site
    (
        "The factory minibus drops the women at the gate at six and collects them at two.",
        "partner",
        "transported_by_other",
    ),
    # her friend who goes along for safety; her own driver; a bus driver
    ("My friend comes with me to outcalls for safety.", "partner", "transported_by_other"),
    ("My driver picks me up at 2, I pay him £20.", "partner", "transported_by_other"),
    ("The bus driver picked us up at the airport.", "partner", "transported_by_other"),
    # a client's car: its driver picked her up for one booking
    (
        "Blue Transit van. Driver picked her up on the ring road and took the condom off halfway.",
        "partner",
        "transported_by_other",
    ),
    ("She works from home, where she also lives with her two kids.", "partner", "living_at_premises"),
    ("The hostel where she also sleeps is run by the council.", "partner", "living_at_premises"),
    ("I rent a room in town and the caretaker lives on site at the office block.", "partner", "living_at_premises"),
    # her own visit home; a relative's visit; an oath with no curse on her family
    ("I will go to my mum's house at Christmas.", "partner", "threats_to_family"),
    ("My brother will come round my mum's house on Sunday.", "partner", "threats_to_family"),
    ("Her mother took an oath at the church before she died.", "partner", "threats_to_family"),
    ("She says the oath was lifted and her family are fine.", "partner", "threats_to_family"),
    # a bank's debt; a mate's tenner
    ("Her debt is £2,000 on a credit card and she pays it monthly.", "partner", "debt_bondage"),
    ("I found £20 I owe my mate for the taxi.", "partner", "debt_bondage"),
    # her own papers; her mother keeping them for her; a friend of her own
    (
        "I keep my residence card and my kids' birth certificates in a folder at home.",
        "partner",
        "documents_held",
    ),
    ("My mum keeps my passport in her safe for me.", "partner", "documents_held"),
    ("A friend of mine keeps my passport in her safe while I travel.", "partner", "documents_held"),
    # her papers in a safe she can take them from whenever she likes
    (
        "Her passport and birth certificate are in the hostel safe; Dee can collect them any time.",
        "partner",
        "documents_held",
    ),
    # her papers in a project's safe with her agreement
    (
        "With K's agreement, her passport is held in the project safe until her housing appointment.",
        "partner",
        "documents_held",
    ),
    # two friends who share the rent, the advert and its number; one advertiser behind several adverts
    (
        "Me and my friend Mara, we share the rent and the advert, same number is for both of us 07700 900111.",
        "partner",
        "shared_advert_contact",
    ),
    (
        "Researcher note: number appears on four adverts in two cities; all are the same advertiser (same verified "
        "photos, same handle).",
        ADVERT,
        "shared_advert_contact",
    ),
    # a tally kept of her money, not her papers
    (
        "The friends of my boyfriend keep count of my money for the debt, so much for the van and the papers.",
        "partner",
        "documents_held",
    ),
    # her own advert that calls her a lady: she answers her own calls and decides whom she sees
    (
        "Rosie, 40s, friendly lady in Pontefract. My cousin set up the page for me but I answer every call "
        "myself and I decide who I see.",
        ADVERT,
        "speaks_for_worker",
    ),
    (
        "Rosie, 40s, friendly lady in Pontefract. My cousin set up the page for me but I answer every call "
        "myself and I decide who I see.",
        ADVERT,
        "third_party_control",
    ),
]

# (text, source, indicator, strength): the control beside each ordinary arrangement above, which the
# changes of stop 41 leave as it was
STILL_CONTROL = [
    ("The madam picks their clients and keeps their money.", "partner", "third_party_control", "strong"),
    ("He answers her phone himself and decides who she sees.", "partner", "third_party_control", "strong"),
    ("Her friend's boss keeps her passport in his safe.", "partner", "documents_held", "strong"),
    ("The boss holds her passport without her consent.", "partner", "documents_held", "strong"),
    ("The boss keeps her passport and she cannot get it back.", "partner", "documents_held", "strong"),
    ("He is her pimp and keeps all her money.", "partner", "third_party_control", "strong"),
]

# (text, source, indicator, strength): each fails on the code before stop 41
CONTROL = [
    # the money handed to him "not to me"; the men who come pay him, said where the clause ends
    ("The clients pay him, not her.", "partner", "third_party_control", "strong"),
    ("The men hand the cash to Dritan at the door, not to me.", "partner", "third_party_control", "strong"),
    (
        "Customers come to the caravan at night and they give it to him, not to her.",
        "partner",
        "third_party_control",
        "strong",
    ),
    (
        "Twice a week he texts her a postcode; the men there pay him and she gets a bag.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # the money taken, told in second-language English's present tense; her pay in vouchers, week after week
    ("In the flat Dorin take the money and give me £20.", "partner", "third_party_control", "strong"),
    (
        "She is paid each Saturday in supermarket vouchers and never sees cash.",
        "partner",
        "third_party_control",
        "weak",
    ),
    # one number on many adverts, with a time or a kind of advert between
    (
        "NEW GIRL 20, petite. Text only 07700 900444 [Researcher note: 07700 900444 has appeared since March on "
        "12 profiles in Leeds and York.]",
        ADVERT,
        "shared_advert_contact",
        "weak",
    ),
    (
        "Four girls this month. WhatsApp Bo 07700 900445 [Researcher note: Bo's number is also the contact on 6 "
        "single-girl profiles on two other sites.]",
        ADVERT,
        "shared_advert_contact",
        "weak",
    ),
    # dropped at a place told at length, by men; transport arranged from a coach station
    ("Girls getting dropped at the back of the shop by two lads in a Golf.", "partner", "transported_by_other", "weak"),
    (
        "WAITRESSES WANTED. Transport from Leeds coach station arranged, call 07700 900123.",
        ADVERT,
        "transported_by_other",
        "weak",
    ),
    # a mattress in a basement; room + board
    (
        "A woman was found asleep on a mattress in the basement of the nail bar.",
        "partner",
        "living_at_premises",
        "weak",
    ),
    ("Hostesses wanted: room + board, cash weekly, call 07700 900124.", ADVERT, "living_at_premises", "weak"),
    # several women dropped off and collected again
    (
        "Most nights a grey van drops three girls by the canal at eleven and the same man collects them at four.",
        "partner",
        "transported_by_other",
        "weak",
    ),
    # someone goes with her to her outcalls; a driver fetches her
    ("Mila has little English, so the admin goes with her to outcalls.", ADVERT, "transported_by_other", "weak"),
    (
        "Driver pick us up Sunday night from the flat, we not know where we go.",
        "partner",
        "transported_by_other",
        "weak",
    ),
    # the place she works is where she sleeps; mattresses in a cellar; "they live on site"
    ("They see clients in the back room of the salon, where they also sleep.", "partner", "living_at_premises", "weak"),
    ("Firefighters found two women in a cellar with mattresses on the floor.", "partner", "living_at_premises", "weak"),
    (
        "NEW GIRLS in town!! They live on site so always available, call 07700 900555.",
        ADVERT,
        "living_at_premises",
        "weak",
    ),
    # her papers held by an in-law, by a friend of someone else's, her residence card and birth certificates
    ("Her mother-in-law keeps her passport in a locked drawer.", "partner", "documents_held", "strong"),
    ("A friend of my cousin keeps my passport since I came.", "partner", "documents_held", "strong"),
    ("The man who runs the flat has had her residence card since March.", "partner", "documents_held", "strong"),
    ("Her husband's aunt holds the children's birth certificates.", "partner", "documents_held", "strong"),
    # his people at her family's door; an oath's curse on her family
    (
        "If she runs, the madam says her people will go to her mother's house.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    (
        "She believes that if she breaks the juju oath her family will fall sick and die.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    ("The oath will catch her mother if she talks, he says.", "partner", "threats_to_family", "strong"),
    # the sum first, then that she owes it; what the debt is said to be
    ("€25,000 is what he says I owe, and it grows.", "partner", "debt_bondage", "strong"),
    ("The debt was said to be £15,000 by the time she landed.", "partner", "debt_bondage", "strong"),
]


@pytest.mark.parametrize(("text", "source", "label"), ORDINARY, ids=[f"{o[2]}-{i}" for i, o in enumerate(ORDINARY)])
def test_ordinary_arrangement_in_the_same_words(pipeline, text, source, label):
    assert label not in _found(pipeline, text, source), text


@pytest.mark.parametrize(
    ("text", "source", "label", "strength"), CONTROL, ids=[f"{c[2]}-{i}" for i, c in enumerate(CONTROL)]
)
def test_control_told_in_other_words(pipeline, text, source, label, strength):
    assert _found(pipeline, text, source).get(label) == strength, text


@pytest.mark.parametrize(
    ("text", "source", "label", "strength"), STILL_CONTROL, ids=[f"{c[2]}-{i}" for i, c in enumerate(STILL_CONTROL)]
)
def test_control_beside_the_ordinary_still_found(pipeline, text, source, label, strength):
    assert _found(pipeline, text, source).get(label) == strength, text
