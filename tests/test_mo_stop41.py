"""Issue 8, stop 41: abduction told without the stock words, as helper_zw's writers told it
(each sentence invented): forced or dragged into his vehicle, kept locked in a room; and the
near misses that are no abduction; abuse for who she is, told as an insult ("a man in a
dress", "a harlot")."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He flashed a fake badge before forcing her into his car behind the retail park.", {"abduction"}, set()),
        ("Offered £100 then tried to drag Kimmy into the van by her arm, she got free.", {"abduction"}, set()),
        ("He raped her and kept her locked in the box room until morning.", {"abduction"}, set()),
        # her own moves and her own staying are none of his acts
        ("She got into his car and they drove to the usual spot, he paid and dropped her back.", set(), {"abduction"}),
        ("I told him I'm not leaving until he pays me what he owes.", set(), {"abduction"}),
        ("She keeps her door locked in the evenings now.", set(), {"abduction"}),
    ],
)
def test_abduction_told_without_the_stock_words(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("When she asked for the money he called her a man in a dress and slapped her.", {"hate_abuse"}, set()),
        ("He quoted the Bible at her all night and called her a harlot.", {"hate_abuse"}, set()),
        ("She wore a red dress and he said she looked lovely.", set(), {"hate_abuse"}),
    ],
)
def test_abuse_for_who_she_is_told_as_insults(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)
