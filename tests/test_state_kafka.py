"""State kept by an earlier version (three-partition changelogs, faust version 1 names), on
the real broker (started by deploy/run-tests.sh): the worker refuses to start without it
and says what to run; `bulletins state migrate` refuses while a worker runs, copies it once
(a second run changes nothing), and a report made after links to one made before.
Fictional records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

from kafka import KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic

from schemas import encode, validate_input
from streams.collect import collect, end_offsets
from streams.config import kafka_client_config
from streams.topics import RAW, ROUTED
from tests.fixtures import nums
from tests.test_e2e_kafka import (  # noqa: F401
    BOOTSTRAP,
    REPO,
    _drama_mobile,
    _fresh_app_id,
    _start_worker,
    _stop_worker,
    pytestmark,
)

# Per run: a fresh app id reads the shared broker's raw topics from the start, earlier runs' reports too.
PHONE = _drama_mobile()
E164 = "+44" + PHONE.replace(" ", "")[1:]


def _cli(app_id: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, BULLETINS_APP_ID=app_id)
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )


def _legacy_state(app_id: str) -> None:
    """What a version-1 worker left: its tables' changelogs, three partitions each."""
    admin = KafkaAdminClient(bootstrap_servers=BOOTSTRAP, **kafka_client_config())
    try:
        admin.create_topics(
            [
                NewTopic(f"{app_id}-{table}-changelog", 3, 1, topic_configs={"cleanup.policy": "compact"})
                for table in ("correlation", "records")
            ]
        )
    finally:
        admin.close()
    seen = {"source": "nums", "seen_at": "2026-10-01T10:00:00Z"}
    entries = {
        "correlation": {f"PHONE_NUMBER:{E164}": {"records": {"NUM-MIG-1": seen}}},
        "records": {"NUM-MIG-1": {"id": "NUM-MIG-1", "source": "nums", "routes": ["force_intel"], "priority": "routine",
                                  "mo": [], "text": "Timewaster.", "entities": [], "at": "2026-10-01T10:00:00Z"}},
    }  # fmt: skip
    producer = KafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all", **kafka_client_config())
    for table, values in entries.items():
        for key, value in values.items():
            # an older value first: the copy must end with the last one of each key
            producer.send(f"{app_id}-{table}-changelog", key=json.dumps(key).encode(), value=b'{"records": {}}')
            producer.send(f"{app_id}-{table}-changelog", key=json.dumps(key).encode(), value=json.dumps(value).encode())
    producer.flush()
    producer.close()


def test_state_of_an_earlier_version_is_migrated_once_and_links(tmp_path) -> None:
    app_id = _fresh_app_id("bulletin-pipeline-migrate")
    _legacy_state(app_id)
    log_path = tmp_path / "worker.log"

    proc, _ = _start_worker(app_id, log_path, tmp_path / "data0")
    assert proc.wait(timeout=180) == 3, log_path.read_text()[-3000:]
    said = log_path.read_text()
    assert "bulletins state migrate" in said and f"{app_id}-correlation-changelog" in said and "Traceback" not in said

    first = _cli(app_id, "state", "migrate")
    assert first.returncode == 0, first.stderr
    assert f"{app_id}-v2-correlation-changelog: 2 message(s) copied" in first.stdout, first.stdout
    again = _cli(app_id, "state", "migrate")  # done: copying again would undo the workers' later writes
    assert again.returncode == 0 and "nothing to migrate" in again.stdout, again.stderr

    proc, _ = _start_worker(app_id, log_path, tmp_path / "data1")
    try:
        rid = f"NUM-MIG-{uuid.uuid4().hex[:6]}"
        record = nums(rid, consent="anonymous_intelligence", incident_types=["timewaster"],
                      narrative=f"Timewaster booked from {PHONE}.", offender={"phones": [PHONE]})  # fmt: skip
        start = end_offsets(BOOTSTRAP, [ROUTED["force_intel"]])
        producer = KafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all", **kafka_client_config())
        producer.send(RAW["nums"], key=rid.encode(), value=encode("nums", validate_input("nums", record)))
        producer.flush()
        producer.close()
        collected, ok = collect(BOOTSTRAP, start, lambda c: rid in c.ids(ROUTED["force_intel"]), timeout_s=300)
        assert ok, log_path.read_text()[-3000:]
        busy = _cli(app_id, "state", "migrate")  # the worker is in its groups now
    finally:
        _stop_worker(proc)
    assert busy.returncode == 2 and "running" in busy.stderr and "Traceback" not in busy.stderr, busy.stderr
    after = _cli(app_id, "state", "migrate")
    assert after.returncode == 0 and "nothing to migrate" in after.stdout, after.stderr
    out = next(item for key, item in collected.by_topic[ROUTED["force_intel"]] if key == rid)
    [link] = [lk for lk in out["links"] if lk["kind"] == "identifier"]
    assert link["records"] == ["NUM-MIG-1"] and link["value"] == E164
