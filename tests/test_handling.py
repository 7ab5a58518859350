"""The worker's batch handler without a broker: decode, validate, dead-letter, route."""

from __future__ import annotations

import logging

from evaluation.leaks import flatten, present
from schemas import decode, encode, to_json, validate_input
from streams.handling import RawMessage, handle_batch
from streams.topics import DEADLETTER, RAW, ROUTED
from tests.fixtures import desktop, nums, partner


def _msg(source: str, value: bytes, offset: int, key: bytes | None = None) -> RawMessage:
    return RawMessage(source, RAW[source], 0, offset, key, value)


def test_valid_and_invalid_in_one_batch(pipeline, caplog):
    good = encode("nums", validate_input("nums", nums("NUM-H-1")))
    wrong_schema = encode("partner", validate_input("partner", partner("PS-H-1")))
    blank_authority = desktop("DR-H-1")
    blank_authority["authority_ref"] = " "
    from schemas import from_json, load_schema

    blank = encode("desktop_research", from_json(load_schema("desktop_research"), blank_authority))
    batch = [
        _msg("nums", good, 1, b"NUM-H-1"),
        _msg("nums", b"Quillon 07700 900811 not avro", 2),
        _msg("nums", wrong_schema, 3),
        _msg("desktop_research", blank, 4, b"DR-H-1"),
    ]
    with caplog.at_level(logging.DEBUG):
        out = handle_batch(pipeline, batch)
    routed = [o for o in out if o.topic in ROUTED.values()]
    dead = [o for o in out if o.topic == DEADLETTER]
    assert {o.topic for o in routed} == {ROUTED["force_intel"], ROUTED["spoc"]}
    assert all(o.key == b"NUM-H-1" for o in routed)
    assert len(dead) == 3
    letters = [to_json(decode(o.value, expect="deadletter")[1]) for o in dead]
    errors = sorted(letter["error"] for letter in letters)
    assert errors == [
        "authority_ref: must not be empty",
        "message: not Avro single-object encoded (bad magic bytes)",
        "message: written with schema 'partner', expected 'nums'",
    ]
    raw = {letter["offset"]: decode(o.value)[1]["raw"] for letter, o in zip(letters, dead, strict=True)}
    assert raw[2] == b"Quillon 07700 900811 not avro"  # nothing is lost
    assert not present("07700 900811", caplog.text) and "Quillon" not in caplog.text
    for o in routed:
        record = to_json(decode(o.value, expect="routed")[1])
        assert not present("07700 900811", flatten(record))
        assert "Quillon" not in flatten(record)
