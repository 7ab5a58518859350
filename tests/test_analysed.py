"""The analysed message between the NLP stage and the correlation stage (streams/analysed.py):
what the correlation stage rebuilds from it links, routes and scrubs exactly as the record
analysed in place would. Fictional records (tests/fixtures.py)."""

from __future__ import annotations

import json

import pytest

from processors.linkage import Linker
from schemas import encode as avro_encode
from schemas import validate_input
from streams import analysed as handoff
from streams.handling import RawMessage, analyse_messages, deadletter
from streams.topics import RAW, analysed_topic
from tests.fixtures import CANARY, desktop, nums, partner

RECORDS = [
    ("nums", nums("NUM-AN-1")),
    ("nums", nums("NUM-AN-2", received_at="2026-11-15T10:00:00Z")),  # the same offender: a link
    ("desktop_research", desktop("DR-AN-1")),
    ("partner", partner("PS-AN-1")),
]


def _raw(i: int, source: str, record: dict) -> RawMessage:
    value = avro_encode(source, validate_input(source, record))
    return RawMessage(source, RAW[source], i % 3, 100 + i, f"key-{i}".encode(), value, 1_763_000_000_000 + i)


@pytest.fixture(scope="module")
def analysed(pipeline):
    out = []
    for i, (source, record) in enumerate(RECORDS):
        analysis = analyse_messages(pipeline, [_raw(i, source, record)])
        assert not analysis.out, analysis.out
        out += analysis.analysed
    return out


def test_the_correlation_stage_decides_as_the_record_analysed_in_place(pipeline, analysed) -> None:
    direct, handed = Linker({}), Linker({})
    for msg, a in analysed:
        got_msg, got = handoff.decode(handoff.encode(msg, a))
        assert got_msg == msg
        assert got.record_id == a.record_id and got.guard_values == a.guard_values
        assert got.extraction == a.extraction and got.sanitised == a.sanitised and got.record == a.record
        want = pipeline.finish(a, direct.observe(a.subject())).output
        have = pipeline.finish(got, handed.observe(got.subject())).output
        assert have == want
    # the second report links to the first through the handed-over records too
    assert handed.lookup("PHONE_NUMBER:+447700900456")["records"] == ["NUM-AN-1", "NUM-AN-2"]


def test_it_carries_the_victim_values_so_it_is_restricted(analysed) -> None:
    msg, a = analysed[0]
    value = handoff.encode(msg, a)
    assert CANARY["phone"] in value.decode()  # the leak guard's values: never on an open topic
    assert analysed_topic("app") == "app-analysed"  # under the app id: the pipeline principal's prefix


def test_without_the_raw_bytes_a_dead_letter_says_where_they_are(analysed) -> None:
    msg, a = analysed[0]
    got_msg, _ = handoff.decode(handoff.encode(msg, a, keep_raw=False))
    assert got_msg.value == b"" and got_msg.raw_size == len(msg.value)
    letter = deadletter(got_msg, "output: failed (TypeError)")
    assert b"raw copy not carried past the NLP stage" in letter[0].value


@pytest.mark.parametrize("value", [b"not json", b"{}", json.dumps({"v": 99}).encode(), b'{"v": 1, "origin": 3}'])
def test_an_unreadable_message_is_the_workers_fault_and_quotes_nothing(value: bytes) -> None:
    with pytest.raises(handoff.AnalysedError) as caught:
        handoff.decode(value)
    assert "origin" not in str(caught.value) and "not json" not in str(caught.value)
