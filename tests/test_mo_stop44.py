"""Issue 8, stop 44: an outing post's hostility to a worker for what she is ("time to run her out",
"we all know what she is", "shame on her") is hate abuse (records.md: `hate_abuse`; the policy
treats crimes against sex workers as hate crimes). Each sentence invented; the near misses beside
them are not."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The woman at the end house sells herself. Time to run her out of Ossett, share this.", {"hate_abuse"}, set()),
        ("Men going in at all hours again. We all know what she is. Somebody have a word.", {"hate_abuse"}, set()),
        ("Kids walk past there. Shame on her, shame on whoever rents to her.", {"hate_abuse"}, set()),
        # running a bath, a man she saw out, a neighbour who knows what she needs: no abuse
        ("She asked him to run her out a bath, then he paid and left.", set(), {"hate_abuse"}),
        ("He saw her out at the door, all fine.", set(), {"hate_abuse"}),
    ],
)
def test_an_outing_posts_hostility_is_hate_abuse(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo
    assert not (absent & mo)
