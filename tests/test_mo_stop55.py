"""Issue 8, stop 55: MO read from writing the rules were not built from (helper_zzk, dev_zj). A drink, a can or a line
then waking hours later; drugs started on her by the man who runs her; Doric "pey" and "gets handy"; paying "after"
then blocking; a fake officer's "let you off" for a freebie; her own threat to tell HIS people, and "tell them what
happened"; an address sent to a client; a fate promised by another woman's ("what the last one got"); a video she
"didn't clock"; "sayin he's CID"; forcing his way past her to the money; loans taken out in her name. The false tags
guarded: her earnings kept told in the present, a deposit unpaid with a no-show. Each sentence invented (fictional
names); the near misses beside them must not tag."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import check_mo


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Wesley handed her a tin of lager in the van; she felt floaty and woke five hours later in a lay-by.",
            {"drugging"},
            set(),
        ),
        (
            "The client Osian offered me a line in his kitchen and I woke hours later on his bathroom floor.",
            {"drugging"},
            set(),
        ),
        ("He poured her a brandy at the flat, then she woke two hrs later with her bag emptied.", {"drugging"}, set()),
        ("Gethin gave her a can of cider and she went floaty within ten minutes.", {"drugging"}, set()),
        # a drink and a night's sleep; someone woken; no hours
        ("She had a cider after her shift and woke at seven the next morning.", set(), {"drugging"}),
        ("He made her a tea and she woke me later to say he'd gone.", set(), {"drugging"}),
    ],
)
def test_a_drink_then_hours_gone(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Ricky got her on heroin within a month and now puts her adverts up.", {"drugging"}, set()),
        ("The lads got them hooked on crack before the first booking.", {"drugging"}, set()),
        # treatment, a phone call, a supply she asks for, a lift
        ("The GP got her on methadone last spring.", set(), {"drugging"}),
        ("He got her on the phone to the agency.", set(), {"drugging"}),
        ("Her boyfriend supplies her gear and takes her to the clinic.", set(), {"drugging"}),
        ("He gives her a lift every morning to keep her safe.", set(), {"drugging"}),
    ],
)
def test_drugs_started_on_her(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Loon fae the garage disnae pey an gets handy if ye ask.", {"refused_payment", "violence"}, set()),
        ("Watch the lad in the pickup, he niver peyed an got handy wi Morag.", {"refused_payment", "violence"}, set()),
        ("He wants to pay by bank transfer after and then blocks you.", {"refused_payment"}, set()),
        ("Says he'll send the money later, then blocks your number.", {"refused_payment"}, set()),
        # paid; convenient; a transfer that arrived
        ("He peyed in full, nae bother.", set(), {"refused_payment"}),
        ("The flat is handy for the station.", set(), {"violence"}),
        ("He paid by bank transfer after and the money arrived fine.", set(), {"refused_payment"}),
    ],
)
def test_doric_and_paying_after(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He never paid and drove off.", {"refused_payment"}, set()),
        ("She was not paid for the hour and he left.", {"refused_payment"}, set()),
        ("She never got a penny for the overnight.", {"refused_payment"}, set()),
        # her earnings kept by the man who runs her, told in the present: control, an indicator
        ("i dont get a penny he says its for our flat.", set(), {"refused_payment"}),
        ("She is not paid and may not go out alone.", set(), {"refused_payment"}),
        # a deposit unpaid with a no-show: a timewaster
        ("He never turns up, never pays deposit, books again next week.", {"timewaster"}, {"refused_payment"}),
    ],
)
def test_pay_kept_or_a_deposit_unpaid(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He said he'd tell my mum what I do unless I saw him for free.", {"blackmail"}, set()),
        ("Texted from a new number that he'd tell the whole family she works.", {"blackmail"}, set()),
        ("A man claiming to be CID said he'd let her off if she did him for free.", {"blackmail"}, set()),
        ("He'll send the address to my sister if I don't pay.", {"blackmail"}, set()),
        # her own threat to tell his people; telling what happened; a booking's address; an early finish
        ("When I said I'd tell his wife he grabbed my arm.", set(), {"blackmail"}),
        ("I told him I would tell his boss what he did and he left.", set(), {"blackmail"}),
        ("I'll tell ye what happened at the flat.", set(), {"blackmail"}),
        ("Texts answered by my driver, he will send address before you arrive.", set(), {"blackmail"}),
        ("He said he'd let me go early if the next girl was free.", set(), {"blackmail"}),
    ],
)
def test_blackmail_his_not_hers(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He keeps messaging her 'you'll get what the last one got'.", {"threats"}, set()),
        ("Told her she'd end up like the last girl.", {"threats"}, set()),
        ("She said you'll get what you paid for.", set(), {"threats"}),
    ],
)
def test_a_fate_promised(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Got some vid on me phone she didn't clock, pm me.", {"filming"}, set()),
        ("I've got a few pics of her she never knew about.", {"filming"}, set()),
        ("She sent me some vids on her phone, all agreed.", set(), {"filming"}),
    ],
)
def test_a_video_she_did_not_know_of(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Guy sayin he's CID flashes a card at the door.", {"impersonating_police"}, set()),
        ("A fella sayin he's polis wanted the money.", {"impersonating_police"}, set()),
        ("This one sez hes undercover old bill, flashes a lanyard.", {"impersonating_police"}, set()),
        ("My mate sayin he's from the council about the bins, fair enough.", set(), {"impersonating_police"}),
        ("Old Lenny sez hes old enough to know better.", set(), {"impersonating_police"}),
    ],
)
def test_official_claimed_as_spoken(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He pushed past her to take £80 from the side.", {"robbery"}, set()),
        ("He shoved past me and took my phone off the table.", {"robbery"}, set()),
        ("He squeezed past her in the hall and took my phone off the table.", {"theft"}, {"robbery"}),
    ],
)
def test_forcing_his_way_to_the_money(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "The debt adviser found £9k of loans and catalogue contracts in her name taken out by her ex Damon.",
            {"fraud_scam"},
            set(),
        ),
        ("Her partner Lewis took out three loans in her name last year.", {"fraud_scam"}, set()),
        ("She took out a loan in her name for the car.", set(), {"fraud_scam"}),
        ("She has a phone contract in her name.", set(), {"fraud_scam"}),
    ],
)
def test_loans_in_her_name(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Her partner Conor made her have sex with his friend for the rent.", {"sexual_assault"}, set()),
        ("Her partner Conor made her sell sex from the flat for a year.", set(), {"sexual_assault"}),
        ("The lad upstairs makes them sell sex out of the caravan.", set(), {"sexual_assault"}),
    ],
)
def test_made_to_sell_sex_is_control(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Post on the estate page: the lass at number 9 is one of them foreigners, ring the landlord.",
            {"hate_abuse"},
            set(),
        ),
        ("She volunteers at the drop-in and helped the foreigners with their forms.", set(), {"hate_abuse"}),
    ],
)
def test_them_foreigners(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)
