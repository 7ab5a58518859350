"""Partial number plates, the way most are remembered (issue 8, stop 23; voices.md: "vehicle
with partial plates"): kept as the offender's registration as written. Words that merely
end or start near a car word are no plate."""

from __future__ import annotations

from redaction.recognizers.uk_vehicle_reg import UkVehicleRegContextRecognizer
from tests.test_redaction import nums, offender_values, run


def _found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in UkVehicleRegContextRecognizer().analyze(text, None)]


def test_partial_plates_are_found():
    assert _found("Grey Astra, plate ended 'KPT', I only saw the end") == ["KPT"]
    assert _found("lad in a white golf ends WXE keeps driving round") == ["WXE"]
    assert _found("blue corsa YR61 sumthin, pulled up by the garage") == ["YR61"]
    assert _found("the registration began LF12, couldn't see the rest") == ["LF12"]


def test_words_near_a_car_word_are_no_plate():
    assert _found("the car park ends at ASDA and the road ends in a gate") == []
    assert _found("His van started making a noise so he left") == []


def test_a_partial_plate_is_the_offenders(pipeline):
    out = run(pipeline, nums("Punter in a silver Focus, plate ended 'DXR', wouldnt pay n shoved me out"))
    assert "DXR" in offender_values(out)
