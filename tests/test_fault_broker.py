"""The broker stopped and started mid-stream: nothing lost, nothing stalled, and the outage
is logged once per state change with its duration, not once per retry."""

from __future__ import annotations

import time

import pytest

from tests.test_fault_harness import Collector, Sent, Worker, encode_raw, fictional_record, produce, report

pytestmark = [pytest.mark.fault, pytest.mark.timeout(360)]

N = 1000
OUTAGE_S = 25
ANSWER_BOUND_S = 150
MAX_OUTAGE_LOG_LINES = 150  # the issue saw 370,000 lines in 84 s


def _lines(worker: Worker) -> int:
    return worker.log_path.read_text(errors="replace").count("\n") if worker.log_path.exists() else 0


def test_broker_stop_and_start_mid_stream(fault_broker, tmp_path) -> None:
    sent = Sent()
    worker = Worker(fault_broker.bootstrap, "fault-broker", tmp_path)
    records = [fictional_record(i) for i in range(N)]
    first, second = records[: N // 2], records[N // 2 :]
    started = time.monotonic()
    with Collector(fault_broker.bootstrap) as collector:
        worker.start()
        produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in first), sent)
        deadline = time.monotonic() + 180
        while len(collector.answered(sent)) < 150 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(collector.answered(sent)) >= 150, worker.log_tail()
        before = _lines(worker)
        fault_broker.stop()  # mid-stream: a batch is in flight
        time.sleep(OUTAGE_S)
        during = _lines(worker) - before
        fault_broker.start()
        produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in second), sent)
        done = collector.wait_all(sent, timeout_s=ANSWER_BOUND_S)
        counts = collector.counts(sent, f"broker stopped {OUTAGE_S} s mid-stream",
                                  outage_log_lines=during, seconds=round(time.monotonic() - started, 1))  # fmt: skip
        alive = worker.alive()
        worker.stop()
    report(counts)
    log = worker.log_path.read_text(errors="replace")
    assert alive, log[-4000:]
    assert done, f"not every input answered within {ANSWER_BOUND_S} s: {counts}\n{log[-4000:]}"
    assert counts["lost"] == 0 and counts["stalled_partitions"] == [] and counts["valid_dead_lettered"] == 0
    assert counts["routed"] == N
    # Once per state change, with the duration.
    assert log.count("broker unreachable (") == 1, log[-4000:]
    assert log.count("broker reachable again after") == 1
    assert during <= MAX_OUTAGE_LOG_LINES, f"{during} log lines during a {OUTAGE_S} s outage"
