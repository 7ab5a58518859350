"""Issue 8, stop 42: a threat to report her ("threatened to report her to immigration unless she
saw him for free", "threatening to shop her to the council") is a threat to expose her,
blackmail, not a threat of harm (records.md: `threats` is violence or harm); each sentence
invented. A threat of harm beside it still counts."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "A regular has threatened to report her to social services unless she sees him for nothing.",
            {"blackmail"},
            {"threats"},
        ),
        ("He kept threatening to shop her to the council if she stopped seeing him.", {"blackmail"}, {"threats"}),
        ("The client threatened to report me to immigration unless I gave him free time.", {"blackmail"}, {"threats"}),
        # a threat of harm in the same report is still one
        (
            "He threatened to report her to the police, then said he would stab her if she told anyone.",
            {"blackmail", "threats"},
            set(),
        ),
        ("He threatened to smash her windows in.", {"threats"}, {"blackmail"}),
    ],
)
def test_a_threat_to_report_her_is_blackmail(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)
