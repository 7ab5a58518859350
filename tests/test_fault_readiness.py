"""Health that tells the truth (issue 11, item 5), on a private real broker: the worker is
ready once its intake has its partitions; with the broker stopped /ready turns 503 (saying
why) and bulletins_broker_up 0 while /health stays 200; after the restart /ready is 200
again and records sent then are routed."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.test_fault_harness import Collector, Sent, Worker, encode_raw, fictional_record, produce, report
from tests.test_fault_harness import local_get as _get

pytestmark = [pytest.mark.fault, pytest.mark.timeout(600)]


def _gauge(port: int, name: str) -> float | None:
    status, text = _get(port, "/metrics")
    assert status == 200
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and not sample.labels:
                return sample.value
    return None


def _wait(worker: Worker, done: Callable[[], bool], timeout_s: float, what: str) -> float:
    """Seconds until `done()` (reported, not asserted); fails after `timeout_s`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout_s:
        assert worker.alive(), f"worker died while waiting for: {what}\n{worker.log_tail()}"
        if done():
            return round(time.monotonic() - started, 1)
        time.sleep(0.5)
    pytest.fail(f"not {what} within {timeout_s} s\n{worker.log_tail()}")


def _raw_topic_configs(bootstrap: str) -> dict[str, str]:
    from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="readiness-test")
    try:
        described = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, "bulletins.raw.nums")])
    finally:
        admin.close()
    return {name: entry["value"] for name, entry in described["topic"]["bulletins.raw.nums"].items()}


def test_readiness_turns_false_with_the_broker_stopped_and_true_after_restart(fault_broker, tmp_path) -> None:
    # The topics the fixture made: broker-stamped input, one in-sync replica on one broker.
    configs = _raw_topic_configs(fault_broker.bootstrap)
    assert configs["message.timestamp.type"] == "LogAppendTime" and configs["min.insync.replicas"] == "1"

    worker = Worker(fault_broker.bootstrap, "fault-readiness", tmp_path)
    worker.start()
    port = worker.web_port
    try:
        to_ready = _wait(worker, lambda: _get(port, "/ready")[0] == 200, 240, "ready at start")
        assert json.loads(_get(port, "/ready")[1]) == {"ready": True}
        assert _gauge(port, "bulletins_broker_up") == 1 and _gauge(port, "bulletins_ready") == 1

        fault_broker.stop()
        to_not_ready = _wait(worker, lambda: _get(port, "/ready")[0] == 503, 120, "not ready with the broker stopped")
        status, body = _get(port, "/ready")
        answer = json.loads(body)
        assert status == 503 and answer["ready"] is False
        assert "the broker has not answered lately" in answer["reasons"], answer
        # Liveness holds: restarting the worker would not bring the broker back.
        status, body = _get(port, "/health")
        assert status == 200 and json.loads(body) == {"status": "alive"}
        assert _gauge(port, "bulletins_broker_up") == 0 and _gauge(port, "bulletins_ready") == 0

        fault_broker.start()
        to_ready_again = _wait(worker, lambda: _get(port, "/ready")[0] == 200, 240, "ready again after the restart")
        assert _gauge(port, "bulletins_broker_up") == 1 and _gauge(port, "bulletins_ready") == 1

        # Ready means working: records sent after the restart are routed.
        sent = Sent()
        records = [fictional_record(i) for i in range(6)]
        with Collector(fault_broker.bootstrap) as collector:
            produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in records), sent)
            done = collector.wait_all(sent, timeout_s=180)
            counts = collector.counts(
                sent,
                "readiness across a broker stop",
                seconds_to_ready=to_ready,
                seconds_to_not_ready=to_not_ready,
                seconds_to_ready_again=to_ready_again,
            )
        assert worker.alive(), worker.log_tail()
    finally:
        worker.stop()
    report(counts)
    assert done, counts
    assert counts["routed"] == len(records) and counts["lost"] == 0
