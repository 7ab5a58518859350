"""Issue 8, stop 53: MO read from writing the rules were not built from (helper_zzi). Scots and Geordie
negation kept whole by the tokenizer ("it didnae hit me", "he nivver paid"); a blow told as a noun he gave
("gave her a shove"); a grab at her breasts; "you'll be sorry" and "you'll lose the kids"; gift cards as the
price of silence (extortion, not fraud); the declined card as his way out; her belongings kept; "films" read
as a noun. Each sentence invented (fictional names); the near misses beside them must not tag."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import check_mo


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # dialect negation right before the act
        ("He threw a can at the windae but it didnae hit me.", set(), {"violence"}),
        ("The big yin wisnae hurting me, just shouting.", set(), {"violence"}),
        ("He nivver paid, just drove aff laughing.", {"refused_payment"}, set()),
        ("The punter wouldnae pay after, said it wisnae worth it.", {"refused_payment"}, set()),
        ("He widnae let me oot the motor till Leith.", {"abduction"}, set()),
        # the same acts told plainly still count
        ("He threw a can at me and it hit me on the arm.", {"violence"}, set()),
        ("He hit me in the car park.", {"violence"}, set()),
    ],
)
def test_dialect_negation(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("She argued about the price so he gave her a shove into the wardrobe.", {"violence"}, set()),
        ("Last week the driver gied me a kickin in the lane.", {"violence"}, set()),
        ("He said he'd give her a hiding if she was short again.", {"threats"}, set()),
        # a lift, a tip, a push start: no blow
        ("He gave her a lift home and a tenner for the taxi.", set(), {"violence"}),
        ("He gave me a tip and a hug at the door.", set(), {"violence"}),
    ],
)
def test_blow_told_as_a_noun(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The bar manager grabbed her breasts in the back office.", {"sexual_assault"}, set()),
        ("A customer groped my bum while I was pouring his drink.", {"sexual_assault"}, set()),
        # her bum bag snatched is a robbery; a hug is nothing
        ("He grabbed her bum bag with the night's cash and ran.", set(), {"sexual_assault"}),
        ("He grabbed her hand to help her out of the car.", set(), {"sexual_assault"}),
    ],
)
def test_grab_at_her_body(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He texted from 07700 900123 saying 'you'll be sorry you reported me'.", {"threats"}, set()),
        ("Told me I'd be sorry if I went to the polis.", {"threats"}, set()),
        ("He told her she'd lose the kids if she stopped working for him.", {"threats"}, set()),
        # a regret, an apology, her own fear: no threat
        ("He said he'd be sorry to see me leave the flat.", set(), {"threats"}),
        ("She was afraid she would lose her kids if social services found out.", set(), {"threats"}),
        ("He said he was sorry for being late.", set(), {"threats"}),
    ],
)
def test_threats_told_as_regret_or_loss(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # extortion in gift cards: blackmail, not an advance-fee fraud
        (
            "He says he will send my clips to my manager unless I pay him £400 in gift cards.",
            {"blackmail"},
            {"fraud_scam"},
        ),
        # the deposit by gift card asked before a booking is the fraud
        ("He wanted a £50 safety deposit by gift card before he would book.", {"fraud_scam"}, set()),
    ],
)
def test_gift_cards_as_the_price_of_silence(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Books two hours then says his card declined and walks out.", {"refused_payment"}, set()),
        (
            "He told her his card was declined and he'd bring cash next time, never came back.",
            {"refused_payment"},
            set(),
        ),
        # a declined card told as a fact, then paid
        ("Her card was declined at the hotel so she paid the room in cash.", set(), {"refused_payment"}),
    ],
)
def test_declined_card_as_his_way_out(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The landlord changed the locks and is keeping their belongings.", {"theft"}, set()),
        ("He has kept her possessions since she left the flat.", {"theft"}, set()),
        ("She keeps her belongings in a locker at the sauna.", set(), {"theft"}),
    ],
)
def test_belongings_kept_from_her(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Clip posted by @harbour_watch_x: films a woman getting into a car on Dock Street.", {"filming"}, set()),
        ("He likes old films and a pint on a Friday.", set(), {"filming"}),
    ],
)
def test_films_read_as_a_noun(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He texted from a new number: 'you'll regret this'.", {"threats"}, set()),
        ("He said he'd put her windows in if she kept seeing other men.", {"threats"}, set()),
        ("Comment under the post: 'someone should put the windows in'.", {"threats"}, set()),
        ("When she said no he told her he'd run her over next time.", {"threats"}, set()),
        # her regret, a glazier, a lift
        ("I regret that I didn't ring the project sooner.", set(), {"threats"}),
        ("The landlord put the new windows in last spring.", set(), {"threats"}),
        ("He said he'd run me over to the station after.", set(), {"threats"}),
    ],
)
def test_threats_of_regret_windows_and_the_car(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("After the hour he left £30 of the £90 agreed and went.", {"refused_payment"}, set()),
        ("He throw his money on the bed short by £40 and laugh.", {"refused_payment"}, set()),
        ("After, he not want pay, he say service bad.", {"refused_payment"}, set()),
        # her own payment, a count of people
        ("I don't want to pay for the room again, it is too dear.", set(), {"refused_payment"}),
        ("Three of the four girls on the street know his van.", set(), {"refused_payment"}),
    ],
)
def test_part_payment_and_unwillingness(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)
