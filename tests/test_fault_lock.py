"""One worker per app id: a second one refuses to start and says why; a standby takes over
when the holder is SIGKILLed, and nothing sent meanwhile is lost."""

from __future__ import annotations

import time

import pytest

from tests.test_fault_harness import Collector, Sent, Worker, encode_raw, fictional_record, produce, report

pytestmark = [pytest.mark.fault, pytest.mark.timeout(300)]


def _wait_log(worker: Worker, text: str, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if text in worker.log_tail(10**6):
            return True
        time.sleep(0.5)
    return False


def test_second_worker_refused_and_standby_takes_over(fault_broker, tmp_path) -> None:
    sent = Sent()
    first = Worker(fault_broker.bootstrap, "fault-lock", tmp_path / "a")
    second = Worker(fault_broker.bootstrap, "fault-lock", tmp_path / "b", BULLETINS_LOCK_WAIT="15")
    standby = Worker(fault_broker.bootstrap, "fault-lock", tmp_path / "c", BULLETINS_STANDBY="1")
    for w in (first, second, standby):
        w.workdir.mkdir()
    started = time.monotonic()
    with Collector(fault_broker.bootstrap) as collector:
        first.start()
        assert _wait_log(first, "taking input", 120), first.log_tail()
        second.start()
        assert second.proc is not None
        assert second.proc.wait(timeout=90) == 3
        assert "another worker with app id 'fault-lock' is running" in second.log_tail()
        standby.start()
        records = [fictional_record(i) for i in range(300)]
        produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in records[:150]), sent)
        time.sleep(3)
        assert "taking input" not in standby.log_tail(10**6)  # waits while the first one runs
        first.kill()
        produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in records[150:]), sent)
        took_over = _wait_log(standby, "taking input", 90)
        done = collector.wait_all(sent, timeout_s=120)
        counts = collector.counts(sent, "second worker refused; standby takes over after SIGKILL",
                                  seconds=round(time.monotonic() - started, 1))  # fmt: skip
        standby.stop()
    report(counts)
    assert took_over, standby.log_tail()
    assert done and counts["lost"] == 0 and counts["stalled_partitions"] == [], counts
    assert counts["routed"] == 300 and counts["valid_dead_lettered"] == 0
