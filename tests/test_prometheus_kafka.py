"""A real Prometheus against the real worker (issue 11, item 9): Debian's `prometheus`
(installed by deploy/setup.sh) scrapes the worker's /metrics every second with the repo's
alert rules loaded; counters are read back through its HTTP query API and match what the
worker serves, every rule evaluates without error, and `promtool check metrics` passes on
the live /metrics. The broker is a private one (tests/test_fault_harness.py), so nothing
but this test's records moves the counters."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.test_fault_harness import (
    Collector,
    Sent,
    Worker,
    encode_raw,
    fictional_record,
    free_port,
    http_get,
    produce,
)
from tests.test_metrics import promtool

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(600)]
RULES = Path(__file__).resolve().parent.parent / "deploy" / "prometheus" / "alerts.yml"
JOB = "bulletins-worker"


def _prometheus_binary() -> str:
    found = shutil.which("prometheus")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("prometheus missing: deploy/setup.sh installs Debian's prometheus package")
        pytest.skip("prometheus not installed (deploy/setup.sh installs Debian's prometheus package)")
    return found


class Prometheus:
    """A Prometheus server of the test's own: temp dir, free port, loopback only."""

    def __init__(self, home: Path, target_port: int) -> None:
        self.home = home
        self.port = free_port()
        self.log_path = home / "prometheus.log"
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(RULES)],
            "scrape_configs": [{"job_name": JOB, "static_configs": [{"targets": [f"127.0.0.1:{target_port}"]}]}],
        }
        (home / "prometheus.yml").write_text(json.dumps(config))  # JSON is YAML
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log_path.open("w") as log:
            self.proc = subprocess.Popen(
                [
                    _prometheus_binary(),
                    f"--config.file={self.home / 'prometheus.yml'}",
                    f"--storage.tsdb.path={self.home / 'data'}",
                    f"--web.listen-address=127.0.0.1:{self.port}",
                    "--log.level=warn",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"prometheus exited: {self.log_path.read_text()[-2000:]}"
            if http_get(f"{self.url}/-/ready")[0] == 200:
                return
            time.sleep(0.5)
        pytest.fail(f"prometheus not ready: {self.log_path.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)

    def api(self, path: str, **params: str) -> Any:
        status, body = http_get(f"{self.url}/api/v1/{path}?{urllib.parse.urlencode(params)}")
        assert status == 200, body
        answer = json.loads(body)
        assert answer["status"] == "success", answer
        return answer["data"]

    def value(self, query: str) -> float | None:
        """The single value of an instant query, or None while it has no result."""
        result = self.api("query", query=query)["result"]
        return float(result[0]["value"][1]) if result else None

    def wait_for(self, query: str, want: float, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        got = None
        while time.monotonic() < deadline:
            got = self.value(query)
            if got == want:
                return
            time.sleep(0.5)
        pytest.fail(f"Prometheus read {query} = {got}, the worker serves {want}")


@pytest.fixture
def worker(fault_broker, tmp_path) -> Iterator[Worker]:
    worker = Worker(fault_broker.bootstrap, "prometheus-e2e", tmp_path)
    worker.start()
    try:
        deadline = time.monotonic() + 240
        while http_get(f"http://127.0.0.1:{worker.web_port}/ready")[0] != 200:
            assert worker.alive() and time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.5)
        yield worker
    finally:
        worker.stop()


@pytest.fixture
def prometheus(worker, tmp_path) -> Iterator[Prometheus]:
    home = tmp_path / "prometheus"
    home.mkdir()
    server = Prometheus(home, worker.web_port)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _served(worker: Worker, name: str, **labels: str) -> float:
    """The sum of a series' samples on the worker's own /metrics (matching `labels`)."""
    status, text = http_get(f"http://127.0.0.1:{worker.web_port}/metrics")
    assert status == 200
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == name and labels.items() <= sample.labels.items()
    )


def test_prometheus_scrapes_the_worker_and_reads_its_counters_back(fault_broker, worker, prometheus) -> None:
    selector = f'job="{JOB}"'
    # Pre-initialised: Prometheus sees the leak-guard counter at 0 for every source before any input.
    prometheus.wait_for(f"count(bulletins_leak_guard_hits_total{{{selector}}} == 0)", 3)
    prometheus.wait_for(f"up{{{selector}}}", 1)
    prometheus.wait_for(f"bulletins_ready{{{selector}}}", 1)

    sent = Sent()
    records = [fictional_record(i) for i in range(9)]  # three of each source
    bad = [("nums", "BAD-PROM-1", b"not Avro at all"), ("partner", "BAD-PROM-2", b"\xc3\x01 broken")]
    with Collector(fault_broker.bootstrap) as collector:
        produce(fault_broker.bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in records), sent)
        produce(fault_broker.bootstrap, bad, sent, bad=True)
        assert collector.wait_all(sent, timeout_s=240), worker.log_tail()
        counts = collector.counts(sent, "prometheus")
    assert counts["routed"] == len(records) and counts["dead_lettered"] == len(bad)

    # Counters read back through the query API agree with what the worker serves.
    read_in = _served(worker, "bulletins_records_in_total")
    assert read_in >= len(records) + len(bad)
    prometheus.wait_for(f"sum(bulletins_records_in_total{{{selector}}})", read_in)
    routed = _served(worker, "bulletins_routed_total", source="nums", route="force_intel")
    assert routed >= 3
    query = f'bulletins_routed_total{{{selector}, source="nums", route="force_intel"}}'
    prometheus.wait_for(query, routed)
    letters = _served(worker, "bulletins_deadletters_total")
    assert letters >= len(bad)
    prometheus.wait_for(f"sum(bulletins_deadletters_total{{{selector}}})", letters)
    latencies = _served(worker, "bulletins_end_to_end_latency_seconds_count")
    assert latencies >= len(records)  # one observation per routed record
    prometheus.wait_for(f"sum(bulletins_end_to_end_latency_seconds_count{{{selector}}})", latencies)
    assert prometheus.value(f"sum(bulletins_consumer_lag_messages{{{selector}}})") is not None

    # The repo's rules load and evaluate against the real series without error; none fires.
    groups = prometheus.api("rules")["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    assert len(rules) >= 8 and all(rule["health"] == "ok" for rule in rules), [
        (rule["name"], rule.get("lastError")) for rule in rules if rule["health"] != "ok"
    ]
    firing = [a["labels"]["alertname"] for a in prometheus.api("alerts")["alerts"] if a["state"] == "firing"]
    assert firing == []

    # promtool on the live /metrics, as Prometheus scraped it.
    _, text = http_get(f"http://127.0.0.1:{worker.web_port}/metrics")
    proc = subprocess.run([promtool(), "check", "metrics"], input=text, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
