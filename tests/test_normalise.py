from __future__ import annotations

import pytest

from common import normalise


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("07700900123", "+447700900123"),
        ("+44 7700 900123", "+447700900123"),
        ("077009 00123", "+447700900123"),
        ("07700-900-123", "+447700900123"),
        ("0044 7700 900123", "+447700900123"),
        ("+44 (0)7700 900123", "+447700900123"),
        ("(0113) 496 0123", "+441134960123"),
        ("020 7946 0123", "+442079460123"),
    ],
)
def test_phone_e164(text, e164):
    assert normalise.phone(text) == e164


@pytest.mark.parametrize("text", ["999", "101", "hello", "12"])
def test_not_phones(text):
    assert normalise.phone(text) is None


def test_other_forms():
    assert normalise.vrm("yx62 abc") == "YX62ABC"
    assert normalise.vrm("A123 BCD") == "A123BCD"
    assert normalise.email(" Bad.Man@Example.COM ") == "bad.man@example.com"
    assert normalise.handle("@Big_Mick") == "big_mick"
    assert normalise.name("  Big   Mick ") == "big mick"
