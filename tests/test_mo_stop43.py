"""Issue 8, stop 43: payment in counterfeit notes told in slang ("paid her in dud twenties", "snide
notes") is fraud (records.md: `fraud_scam`); sex she felt she could not refuse ("felt she had no
choice"), acts he made her do told without naming them ("he made me do stuff") and waking with her
clothes off are sexual assault; an "attack alarm" is a device. Each sentence invented; the near
misses beside them are not."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Paid her in dud twenties I got from a lad in Horbury, she never noticed lol.", {"fraud_scam"}, set()),
        ("He paid me in snide notes, I only found out at the shop next day.", {"fraud_scam"}, set()),
        ("Gave me a wad of dud tenners and drove off.", {"fraud_scam"}, set()),
        ("He paid in twenties, all fine, no problems.", set(), {"fraud_scam"}),
    ],
)
def test_counterfeit_notes_in_slang_are_fraud(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo
    assert not (absent & mo)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "The landlord said the arrears would go away if she had sex with him and she felt she had no choice.",
            {"sexual_assault"},
            set(),
        ),
        ("I felt I had no choice but to sleep with him, he had my phone.", {"sexual_assault"}, set()),
        ("He held the knife at my neck. He made me, you know. He made me do stuff.", {"sexual_assault"}, set()),
        ("I lost hours and woke up on his settee with my leggings off.", {"sexual_assault"}, set()),
        # no choice about the money, a chore she was made to do, waking with her coat off: no assault
        ("I had no choice but to give him the money back.", set(), {"sexual_assault"}),
        ("He made me do the washing up before he paid.", set(), {"sexual_assault"}),
        ("I woke up with a headache and my phone gone.", set(), {"sexual_assault"}),
    ],
)
def test_sex_she_could_not_refuse_told_without_naming_it(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo
    assert not (absent & mo)


def test_an_attack_alarm_is_no_attack(pipeline):
    assert "violence" not in extract(pipeline, "Harm reduction advice given, attack alarm issued, NUM form done.").mo
    assert "violence" in extract(pipeline, "He attacked her in the car park and took her bag.").mo
