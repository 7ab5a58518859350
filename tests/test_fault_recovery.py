"""A table recovery that stops advancing is read again, and nothing is lost (the CI stall of
stop 20), on a private real broker.

The fault is faust's own: its consumer drops a re-read changelog message whose offset is below
the partition's "read offset", and a batch drained after the recovery's seek can leave that
read offset past the end (streams/recovery_watch.py). The worker's fault hook
(BULLETINS_TEST_STALE_READ_OFFSET) makes that certain for the first seek of a recovery.
Restarted with it and the watch effectively off, the worker never becomes ready (the stall
reproduced); with the watch on, it is ready after a re-seek, and a new report about a known
offender links to the report made before the restart (the state whole)."""

from __future__ import annotations

import time

import pytest

from tests.test_fault_harness import Collector, Sent, Worker, encode_raw, fictional_record, produce
from tests.test_fault_harness import local_get as _get
from tests.test_fault_readiness import _gauge, _wait

pytestmark = [pytest.mark.fault, pytest.mark.timeout(600)]
BEFORE = 12


def test_a_stalled_recovery_is_read_again_and_the_state_is_whole(fault_broker, tmp_path) -> None:
    faults = {"BULLETINS_TEST_FAULTS": "1", "BULLETINS_TEST_STALE_READ_OFFSET": "1"}
    records = [fictional_record(i) for i in range(BEFORE)]
    first = Worker(fault_broker.bootstrap, "fault-recovery", tmp_path / "a", **faults)
    (tmp_path / "a").mkdir()
    first.start()
    sent = Sent()
    with Collector(fault_broker.bootstrap) as collector:
        try:
            _wait(first, lambda: _get(first.web_port, "/ready")[0] == 200, 240, "ready at start")
            produce(fault_broker.bootstrap, [(s, rid, encode_raw(s, r)) for s, rid, r in records], sent)
            assert collector.wait_all(sent, 240), first.log_tail()
        finally:
            first.stop()

        # The stall reproduced: restarted with the hook and the watch too slow to act, the
        # recovery does not finish (the changelogs hold the first records' state to replay).
        stuck = Worker(
            fault_broker.bootstrap,
            "fault-recovery",
            tmp_path / "b",
            BULLETINS_RECOVERY_STALL_SECONDS="100000",
            **faults,
        )
        (tmp_path / "b").mkdir()
        stuck.start()
        try:
            deadline = time.monotonic() + 45
            while time.monotonic() < deadline:
                assert stuck.alive(), stuck.log_tail()
                assert _get(stuck.web_port, "/ready")[0] != 200, "ready although its recovery was stalled"
                time.sleep(1)
            assert _gauge(stuck.web_port, "bulletins_recovery_reseeks_total") == 0
        finally:
            stuck.stop()

        # The watch on (5 s): the partition is sought again and the worker becomes ready.
        watched = Worker(
            fault_broker.bootstrap, "fault-recovery", tmp_path / "c", BULLETINS_RECOVERY_STALL_SECONDS="5", **faults
        )
        (tmp_path / "c").mkdir()
        watched.start()
        try:
            _wait(watched, lambda: _get(watched.web_port, "/ready")[0] == 200, 240, "ready after the re-seek")
            assert (_gauge(watched.web_port, "bulletins_recovery_reseeks_total") or 0) >= 1
            assert "has not advanced" in watched.log_path.read_text(errors="replace")
            # the state is whole: a new report about the first record's offender links to it
            source, rid, record = fictional_record(0)
            again = dict(record, report_id="NUM-FT-AFTER")
            produce(fault_broker.bootstrap, [(source, "NUM-FT-AFTER", encode_raw(source, again))], sent)
            assert collector.wait_all(sent, 240), watched.log_tail()
            item = collector.routed_items["NUM-FT-AFTER"]
            links = [lk for lk in item["links"] if lk["kind"] == "identifier"]
            assert any(rid in lk["records"] and lk["reports"] >= 2 for lk in links), links
            assert "Traceback" not in watched.log_path.read_text(errors="replace"), watched.log_tail()
        finally:
            watched.stop()
