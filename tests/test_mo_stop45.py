"""Issue 8, stop 45: hate abuse in the words of other places and against other identities (Scots and
Irish "hoor", "rent boy", "the n-word", a trans woman called "it", a hijab pulled off, "terrorist"),
and threats to expose her told as who will know what she is ("make sure the whole block knows what
you are", "your sister will know what you are", "if you go to police we'll report you to the Home
Office", her content posted to her family's page). Each sentence invented; the near misses beside
them are not."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("When I asked for the money he called me a dirty hoor and left.", {"hate_abuse"}, set()),
        ("The punter called him a rent boy all night and would not pay.", {"hate_abuse"}, set()),
        ("He used the n-word at me in the car park.", {"hate_abuse"}, set()),
        ("He kept calling me it, never she, the whole booking.", {"hate_abuse"}, set()),
        ("He pulled her hijab off in the doorway.", {"hate_abuse"}, set()),
        ("He screamed that I was a terrorist when I said no.", {"hate_abuse"}, set()),
        # an hour booked, a doorway, a scarf she took off, a call ended: no abuse
        ("He booked the hour, paid, and called it a night.", set(), {"hate_abuse"}),
        ("She took her headscarf off because the room was warm.", set(), {"hate_abuse"}),
    ],
)
def test_hate_abuse_in_other_words(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo
    assert not (absent & mo)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He said he'd make sure the whole street knows what you are.", {"blackmail"}, set()),
        ("He told her that her cousin would know what she does if she stopped seeing him.", {"blackmail"}, set()),
        ("He said he'd tell the whole estate whit I dae.", {"blackmail"}, set()),
        ("They said if I went to the police they would report me to the Home Office.", {"blackmail"}, set()),
        ("He said he'd upload her private clips to her family's group chat.", {"blackmail"}, set()),
        # what she knows, what he will do, going to the police herself: no threat to expose her
        ("I would know what he is if I saw him again, tall with a beard.", set(), {"blackmail"}),
        ("If I go to the police they will take a statement, the ISVA said.", set(), {"blackmail"}),
    ],
)
def test_threats_to_expose_her_told_as_who_will_know(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo
    assert not (absent & mo)
