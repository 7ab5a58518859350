"""The worker's digests on the real broker (started by deploy/run-tests.sh): records routed
by the worker are gathered in its windowed tables and, when a window closes, published to
`bulletins.digest` and written as files; a window still open when the worker is killed is
published by the next worker from the tables' changelogs. Windows are shortened for the
test with BULLETINS_DIGEST_PERIODS (daily=60 s, weekly=120 s); the code is the same."""

from __future__ import annotations

import json
import os
import signal
import time
import urllib.request
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from evaluation.leaks import flatten, present
from processors.digest import window_of
from processors.digest.periods import parse_time
from schemas import encode, validate_input
from streams.collect import collect, end_offsets
from streams.config import kafka_client_config
from streams.topics import DIGEST, RAW, ROUTED, create_topics
from tests.fixtures import CANARY, nums, partner
from tests.test_e2e_kafka import CANARIES, _drama_mobile, _fresh_app_id, _start_worker, _stop_worker

BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
pytestmark = [
    pytest.mark.kafka,
    pytest.mark.skipif(not BOOTSTRAP, reason="needs KAFKA_BOOTSTRAP_SERVERS (deploy/run-tests.sh starts a broker)"),
]
DAILY = 60.0
WEEKLY = 120.0
WAIT = 420.0  # seconds to wait for an outcome before failing (a loaded machine is slow)


def _send(source: str, record: dict[str, Any], key: str) -> tuple[TopicPartition, int]:
    producer = KafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all", **kafka_client_config())
    try:
        meta = producer.send(RAW[source], key=key.encode(), value=encode(source, validate_input(source, record)))
        sent = meta.get(timeout=30)
        return TopicPartition(sent.topic, sent.partition), sent.offset
    finally:
        producer.close()


def _committed_past(group: str, tp: TopicPartition, offset: int) -> None:
    """Wait until the intake has committed past `offset`: the batch's outputs and its table
    changelog writes are all acknowledged (the intake commits only after them), so no
    replay of that record can happen any more."""
    admin = KafkaAdminClient(bootstrap_servers=BOOTSTRAP, **kafka_client_config())
    try:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            committed = admin.list_group_offsets(group).get(group, {}).get(tp)
            if committed is not None and committed.offset > offset:
                return
            time.sleep(0.5)
    finally:
        admin.close()
    raise AssertionError(f"the intake never committed past {tp.topic}[{tp.partition}]@{offset}")


class DigestReader:
    """Reads `bulletins.digest` (JSON documents keyed period/district/window start) from
    where it stood when the reader was made."""

    def __init__(self) -> None:
        self.consumer = KafkaConsumer(
            bootstrap_servers=BOOTSTRAP, group_id=None, enable_auto_commit=False, **kafka_client_config()
        )
        self.tp = TopicPartition(DIGEST, 0)
        self.consumer.assign([self.tp])
        self.consumer.seek(self.tp, end_offsets(BOOTSTRAP, [DIGEST])[self.tp])
        self.seen: list[tuple[str, dict[str, Any]]] = []

    def poll(self) -> None:
        for message in self.consumer.poll(timeout_ms=500).get(self.tp, []):
            self.seen.append((message.key.decode(), json.loads(message.value)))

    def wait_for(self, found: Callable[[str, dict[str, Any]], bool]) -> tuple[str, dict[str, Any]]:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            self.poll()
            match = next(((k, d) for k, d in self.seen if found(k, d)), None)
            if match:
                return match
        raise AssertionError("no such digest was published")

    def close(self) -> None:
        self.consumer.close()


def _ids(digest: dict[str, Any]) -> set[str]:
    return {i["id"] for section in ("new_incidents", "signals", "waiting_for_contact") for i in digest[section]}


def _metric(port: int, name: str) -> float:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        for line in response.read().decode().splitlines():
            if line.startswith(name):
                return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name} not exposed")


def test_digests_are_published_on_window_close_and_survive_a_killed_worker(tmp_path_factory) -> None:
    run = uuid.uuid4().hex[:8]
    app_id = _fresh_app_id("bulletin-pipeline-digest")
    digest_dir = tmp_path_factory.mktemp("digests")
    data_dir = tmp_path_factory.mktemp("data")
    log_path = tmp_path_factory.mktemp("worker") / "worker.log"
    reader = DigestReader()
    env = {
        "BULLETINS_DIGEST_PERIODS": f"daily={DAILY:g},weekly={WEEKLY:g}",
        "BULLETINS_DIGEST_INTERVAL": "1",
        "BULLETINS_DIGEST_DIR": str(digest_dir),
    }
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env.items():
            mp.setenv(name, value)
        proc, port = _start_worker(app_id, log_path, data_dir)
    try:
        # -- a formal report in Leeds and an exploitation signal, through the worker
        report_id, signal_id = f"NUM-DG-{run}-1", f"PS-DG-{run}-1"
        offender_phone = _drama_mobile()
        report = nums(
            report_id,
            district="Leeds",
            location="Armley Road",
            consent="formal_report",
            offender={"phones": [offender_phone], "description": "white male, about 40, stocky"},
            narrative=f"Quillon was punched on Armley Road and he took the money back. He rang from {offender_phone}.",
        )
        watched = list(ROUTED.values())
        start = end_offsets(BOOTSTRAP, watched)
        _send("nums", report, report_id)
        _send("partner", partner(signal_id), signal_id)
        _, ok = collect(BOOTSTRAP, start, lambda c: {report_id, signal_id} <= c.ids(ROUTED["force_intel"]), WAIT)
        assert ok, f"not routed; worker log: {log_path.read_text()[-3000:]}"

        # -- the daily window closes: a digest for Leeds with the report, one for "other" with the signal
        key, leeds = reader.wait_for(lambda k, d: k.startswith("daily/leeds/") and report_id in _ids(d))
        # (a fresh worker group reads the raw topics from the start: other runs' records are there too)
        waiting = next(w for w in leeds["waiting_for_contact"] if w["id"] == report_id)
        assert waiting["crime_recording_due"] == "2026-11-15T23:30:00Z" and waiting["overdue"]
        assert next(i for i in leeds["new_incidents"] if i["id"] == report_id)["hate_crime"] is True
        assert any(offender_phone.replace(" ", "")[1:] in p for o in leeds["offenders"] for p in o["phones"])
        assert key == f"daily/leeds/{leeds['from']}" and leeds["district"] == "Leeds"
        _, other = reader.wait_for(lambda k, d: k.startswith("daily/other/") and signal_id in _ids(d))
        assert signal_id in [s["id"] for s in other["signals"]]
        # every district of the force gets that window's digest, an empty one saying so
        reader.wait_for(lambda k, d: k == f"daily/calderdale/{leeds['from']}")
        # ...and the same digest as files
        stamp = leeds["from"].replace(":", "")
        files = {ext: digest_dir / "daily" / f"{stamp}_leeds.{ext}" for ext in ("html", "txt", "json")}
        assert json.loads(files["json"].read_text()) == leeds
        assert "<svg" in files["html"].read_text() and "OFFICIAL-SENSITIVE" in files["txt"].read_text()
        assert _metric(port, 'bulletins_digest_last_success_timestamp_seconds{period="daily"}') > 0
        # no reporter or subject identifier in any message or file
        texts = [flatten(d) for _, d in reader.seen] + [p.read_text() for p in digest_dir.rglob("*.*")]
        for text in texts:
            for canary in CANARIES:
                assert not present(canary, text), "a victim identifier reached a digest"

        # -- a record routed while its window is open, then the worker killed (SIGKILL)
        now = time.time()
        opened = window_of(now, DAILY)
        if opened.end - now < DAILY / 2:  # start in a fresh window: most of its minute ahead
            time.sleep(opened.end - now + 0.5)
        late_id = f"NUM-DG-{run}-2"
        start = end_offsets(BOOTSTRAP, [ROUTED["force_intel"]])
        tp, offset = _send("nums", nums(late_id, district="Leeds", reporter=CANARY), late_id)
        routed, ok = collect(BOOTSTRAP, start, lambda c: late_id in c.ids(ROUTED["force_intel"]), WAIT)
        assert ok, f"not routed; worker log: {log_path.read_text()[-3000:]}"
        processed_at = next(i for k, i in routed.by_topic[ROUTED["force_intel"]] if k == late_id)["processed_at"]
        _committed_past(f"{app_id}.intake", tp, offset)  # in the changelog; will not be replayed
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        reader.poll()
        if any(late_id in _ids(d) for _, d in reader.seen):
            pytest.skip("the window closed before the worker was killed: the restart was not exercised")
        with pytest.MonkeyPatch.context() as mp:
            for name, value in env.items():
                mp.setenv(name, value)
            proc, port = _start_worker(app_id, log_path, data_dir)
        # the next worker recovers the window from the changelog and publishes it
        key, late = reader.wait_for(lambda k, d: k.startswith("daily/leeds/") and late_id in _ids(d))
        at = parse_time(processed_at)
        assert parse_time(late["from"]) <= at < parse_time(late["until"]), "published for another window"
        assert proc.poll() is None, f"worker died; log: {log_path.read_text()[-3000:]}"
    finally:
        reader.close()
        _stop_worker(proc)
    log_text = log_path.read_text()
    for canary in CANARIES:
        assert not present(canary, log_text), "a victim identifier reached the worker log"
    assert "could not be read" not in log_text  # every routed item made a digest item


def test_every_changelog_is_declared_before_the_worker_starts_as_faust_would(monkeypatch) -> None:
    """The worker creates its tables' changelog topics before its group's first assignment
    (streams/changelogs.py), with the configuration faust itself gives them."""
    from kafka.admin import ConfigResource, ConfigResourceType

    from streams.app import create_app
    from streams.changelogs import declare_changelogs
    from streams.config import load_settings

    create_topics(BOOTSTRAP)
    app_id = f"bulletin-pipeline-changelogs-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("BULLETINS_APP_ID", app_id)
    app = create_app(load_settings())
    tables = ("correlation", "records", "digest_daily", "digest_weekly", "digest_progress")
    names = {t: f"{app_id}-v2-{t}-changelog" for t in tables}  # faust's version 2: one partition each
    assert set(names.values()) <= set(declare_changelogs(app, BOOTSTRAP, 1))
    assert declare_changelogs(app, BOOTSTRAP, 1) == []  # safe to re-run
    admin = KafkaAdminClient(bootstrap_servers=BOOTSTRAP, **kafka_client_config())
    try:
        resources = [ConfigResource(ConfigResourceType.TOPIC, n) for n in names.values()]
        described = admin.describe_configs(resources)["topic"]
    finally:
        admin.close()
    configs = {t: {k: e["value"] for k, e in described[n].items()} for t, n in names.items()}
    assert configs["correlation"]["cleanup.policy"] == "compact"
    assert configs["digest_daily"]["cleanup.policy"] == "compact,delete"  # a windowed table's
    assert int(configs["digest_daily"]["retention.ms"]) == (86400 + 30 * 86400) * 1000
    assert all(c["min.insync.replicas"] == "1" for c in configs.values())
