"""Bad records cost their own partition seconds, never the worker: a record that makes a
stage throw, one slower than the per-record time bound, one whose output is over the
producer's request size, the 1 MB narrative, and control, zero-width and right-to-left
characters, among ordinary records on the real broker."""

from __future__ import annotations

import time
import unicodedata

import pytest

from tests.test_fault_harness import Collector, Sent, Worker, encode_raw, fictional_record, produce, report

pytestmark = [pytest.mark.fault, pytest.mark.timeout(300)]

N = 300
ANSWER_BOUND_S = 120
_UNANSWERED = 1e9  # the latency of a bad record nothing answered


def _variant(i: int, text: str) -> tuple[str, str, dict]:
    source, rid, record = fictional_record(i)
    field = "content" if source == "desktop_research" else "narrative"
    return source, rid, dict(record, **{field: text})


def test_bad_records_are_dead_lettered_with_reasons_and_the_rest_flows(fault_broker, tmp_path) -> None:
    sent = Sent()
    worker = Worker(
        fault_broker.bootstrap,
        "fault-input",
        tmp_path,
        BULLETINS_TEST_FAULTS="1",  # the test-only stage hook (streams/handling.py)
        BULLETINS_TEST_SLOW_SECONDS="5",
        BULLETINS_RECORD_SECONDS="3",
        BULLETINS_MAX_REQUEST_BYTES="9000",  # outputs over ~7 KB are too large for this producer
    )
    ordinary = [fictional_record(i) for i in range(N)]
    poison = [_variant(N + k, f"FAULT-POISON-STAGE: a man rang from 07700 900{k:03d}.") for k in range(3)]
    slow = [_variant(N + 10, "FAULT-SLOW-STAGE: a man rang from 07700 900123.")]
    too_big_output = [_variant(N + 20, "He drove a silver car along the ring road again. " * 180)]
    megabyte = [_variant(N + 30, "A long account of the night. " * 34_400)]  # ~1 MB of narrative
    hostile_texts = [
        "A man rang from 07700\u200d900\u200d456 and hit her\x07 on Westgate.\x00",
        "Punter \u202eeman ruoy\u202c called from \uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff14\uff15\uff16.",
        "He said\u2066 nothing\u2069 and left\u200b in a silver\u00ad Astra\x1b[31m.",
    ]
    hostile = [_variant(N + 40 + k, t) for k, t in enumerate(hostile_texts)]
    bad = poison + slow + too_big_output + megabyte
    started = time.monotonic()
    with Collector(fault_broker.bootstrap) as collector:
        worker.start()
        half = N // 2
        produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in ordinary[:half]), sent)
        produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in bad), sent, bad=True)
        produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in hostile + ordinary[half:]), sent)
        done = collector.wait_all(sent, timeout_s=ANSWER_BOUND_S)
        counts = collector.counts(sent, "poison, slow, big output, 1 MB, hostile characters",
                                  seconds=round(time.monotonic() - started, 1))  # fmt: skip
        letters = {rid: collector.letter_for(sent, rid) for _, rid, _ in bad}
        answered = collector.answered_at
        bad_latency = {rid: answered.get(f"@{':'.join(map(str, sent.where[rid]))}", _UNANSWERED) - sent.at[rid]
                       for _, rid, _ in bad}  # fmt: skip
        routed = dict(collector.routed_items)
        alive = worker.alive()
        worker.stop()
    counts["bad_answer_seconds_max"] = round(max(bad_latency.values()), 1)
    report(counts)
    log = worker.log_tail(10**7)
    assert alive, log[-4000:]
    assert done, f"not every input answered within {ANSWER_BOUND_S} s: {counts}"
    assert counts["lost"] == 0 and counts["stalled_partitions"] == []
    assert counts["bad_not_dead_lettered"] == 0 and counts["valid_dead_lettered"] == 0, counts
    assert counts["routed"] == N + len(hostile)
    # each bad record answered (dead-lettered) on its own; how fast is reported above
    # (`bad_answer_seconds_max`), not asserted: a shared machine's load decides it
    assert all(v < _UNANSWERED for v in bad_latency.values()), bad_latency

    # Every bad input dead-lettered with a reason naming the stage or field, never a value.
    for _, rid, _ in poison:
        assert letters[rid]["error"] == "processing: failed (RuntimeError)"
    assert letters[slow[0][1]]["error"].startswith("processing: over the time bound")
    assert letters[too_big_output[0][1]]["error"].startswith("output: too large")
    mb = letters[megabyte[0][1]]
    assert mb["error"] and "raw truncated to" in mb["error"]  # the dead letter itself fits
    for letter in letters.values():
        assert "07700" not in letter["error"] and "Westgate" not in letter["error"]

    # Hostile characters are gone from what is routed; the disguised numbers still read as numbers.
    for _, rid, _ in hostile:
        text = routed[rid]["record"].get("narrative") or routed[rid]["record"].get("content") or ""
        odd = [c for c in text if unicodedata.category(c) in {"Cc", "Cf"} and c not in "\n\t"]
        assert not odd, (rid, [hex(ord(c)) for c in odd])
