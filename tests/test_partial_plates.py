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


def test_a_partial_plate_of_no_known_owner_is_left_as_written_and_hers_goes(pipeline):
    from evaluation.leaks import flatten, present
    from tests.test_redaction import text_of

    out = run(pipeline, nums("Saw a silver van hanging round the car park again, plate ended 'KVW', two lads in it"))
    assert "KVW" in text_of(out)
    out = run(
        pipeline,
        nums(
            "My mate Jodie picked me up after, in her car, plate ends 'LMX', so that one's hers not his.",
            reporter={"name": "Tasha Brierley"},
        ),
    )
    assert not present("LMX", flatten(out))


def test_a_partial_plate_is_never_a_full_plate_for_similar_offenders():
    from processors.plates import plates_of

    record = {"entities": [{"label": "VEHICLE_REG", "normalized": "YHT", "role": "offender"}], "offender": None}
    assert all(p["at"] != "full" for p in plates_of(record, "Silver Kia, plate ended 'YHT'"))
