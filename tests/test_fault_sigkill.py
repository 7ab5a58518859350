"""SIGKILL the worker at several points through 2,000 records, restart it each time: nothing
lost, no partition stalled, duplicates only from the batches in flight at each kill."""

from __future__ import annotations

import time

import pytest

from tests.test_fault_harness import Collector, Sent, Worker, encode_raw, fictional_record, produce, report

pytestmark = [pytest.mark.fault, pytest.mark.timeout(420)]

N = 2000
KILL_AT = (250, 800, 1400)  # answered-record counts at which the worker is SIGKILLed
ANSWER_BOUND_S = 150  # after the last restart, every input offset must be answered within this


def test_sigkill_three_times_through_2000_records(fault_broker, tmp_path) -> None:
    sent = Sent()
    worker = Worker(fault_broker.bootstrap, "fault-sigkill", tmp_path)
    records = [fictional_record(i) for i in range(N)]
    started = time.monotonic()
    with Collector(fault_broker.bootstrap) as collector:
        worker.start()
        produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in records), sent)
        kills: list[int] = []
        for point in KILL_AT:
            ok = _wait_until(collector, sent, point, timeout_s=180)
            assert ok, f"never reached {point} answered; worker log:\n{worker.log_tail()}"
            assert worker.alive(), f"worker died on its own; log:\n{worker.log_tail()}"
            worker.kill()
            kills.append(len(collector.answered(sent)))
            worker.start()
        done = collector.wait_all(sent, timeout_s=ANSWER_BOUND_S)
        counts = collector.counts(
            sent, "sigkill x3 through 2000", kills_at=kills, seconds=round(time.monotonic() - started, 1)
        )
        alive = worker.alive()
        worker.stop()
    report(counts)
    assert alive, worker.log_tail()
    assert done, f"not every input answered within {ANSWER_BOUND_S} s: {counts}\n{worker.log_tail()}"
    assert counts["lost"] == 0 and counts["stalled_partitions"] == []
    assert counts["routed"] == N and counts["valid_dead_lettered"] == 0
    # At-least-once: a kill may replay what was in flight, never more than a few batches.
    assert counts["duplicated"] <= 3 * 3 * 64, counts


def _wait_until(collector: Collector, sent: Sent, n: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if len(collector.answered(sent)) >= n:
            return True
        time.sleep(0.2)
    return False
