"""`common.regex_screen.may_match` is a screen, never a filter: wherever a pattern matches a text
it says True (the speed-ups of stop 53 skip a regex scan only where it says False). Checked on the
project's own cue and behaviour patterns over fictional corpus texts, and on the characters outside
ASCII that `re.IGNORECASE` folds to an ASCII letter."""

from __future__ import annotations

import re

import pytest

from common.regex_screen import may_match
from evaluation.corpus import DEFAULT_CORPUS, load_corpus
from redaction.roles import load_role_rules


def _texts() -> list[str]:
    out = []
    for ex in load_corpus(DEFAULT_CORPUS)[:120]:
        rec = ex.record
        out.append(str(rec.get("narrative") or rec.get("content") or ""))
    return out


def test_the_screen_never_says_no_where_a_name_cue_matches():
    cues = [c.cue for c in load_role_rules().name_cues]
    texts = _texts()
    matched = 0
    for rx in cues:
        for text in texts:
            if rx.search(text):
                matched += 1
                assert may_match(rx, text), (rx.pattern[:60], text[:60])
    assert matched > 50  # the check saw real matches


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "screen"),
    [
        (r"\bstole\b", 0, "he stole my phone", True),
        (r"\bstole\b", 0, "he took my phone", False),
        (r"\b(?:kept|keeps)\s+sayin", re.IGNORECASE, "He KEPT SAYIN no stress", True),
        # "ſ" (long s) and the Kelvin sign match "s" and "k" under IGNORECASE: the screen folds them
        (r"stress", re.IGNORECASE, "no ſtreſſ babe", True),
        (r"kick", re.IGNORECASE, "a \u212aick in the ribs", True),
        # no literal every match needs: the screen cannot say no
        (r"\d+", 0, "no digits here", True),
    ],
)
def test_the_screen_agrees_with_the_pattern(pattern, flags, text, screen):
    rx = re.compile(pattern, flags)
    assert may_match(rx, text) is screen
    assert rx.search(text) is None or may_match(rx, text)
