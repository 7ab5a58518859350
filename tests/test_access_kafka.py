"""Access control and retention on the real worker and broker (issue 10, items 1 and 2):
every served route probed without credentials, purge over HTTP through the CLI with and
without a valid token, and the scheduled erasure, each audited with its identity."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from kafka import KafkaProducer

from schemas import encode, validate_input
from streams.auth import digest
from streams.collect import collect, end_offsets
from streams.topics import AUDIT, RAW, ROUTED, create_topics
from tests.fixtures import nums
from tests.test_access import served_routes
from tests.test_e2e_kafka import BOOTSTRAP, REPO, _drama_mobile, _fresh_app_id, _http, _start_worker, _stop_worker

pytestmark = [
    pytest.mark.kafka,
    pytest.mark.skipif(not BOOTSTRAP, reason="needs KAFKA_BOOTSTRAP_SERVERS (deploy/run-tests.sh starts a broker)"),
]
OFFICER = uuid.uuid4().hex * 2  # check only
SERVICE = uuid.uuid4().hex * 2  # check and purge
# Open to anyone who can reach the port, as Prometheus and the kubelet's probes are;
# everything else needs a token. /ready says 503 until the worker is ready, never 401.
OPEN = {"/metrics": {200}, "/health": {200}, "/ready": {200, 503}}


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    create_topics(BOOTSTRAP)
    home = tmp_path_factory.mktemp("access")
    tokens = home / "api-tokens"
    tokens.write_text(f"PC 4321:{digest(OFFICER)}:check\nretention-svc:{digest(SERVICE)}:check,purge\n")
    log_path = home / "worker.log"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BULLETINS_API_TOKENS_FILE", str(tokens))
        mp.setenv("BULLETINS_RETENTION_DAYS", "30")
        mp.setenv("BULLETINS_RETENTION_INTERVAL", "2")  # seconds, so the timer runs within the test
        proc, port = _start_worker(_fresh_app_id("bulletin-pipeline-access"), log_path, home / "data")
    try:
        _wait_for_web(proc, port, log_path)
        yield proc, log_path, port, home
    finally:
        _stop_worker(proc)


def _wait_for_web(proc: subprocess.Popen, port: int, log_path) -> None:
    """faust starts the web server after table recovery: wait for it (the open route)."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"worker died; log: {log_path.read_text()[-3000:]}"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"web server not up; log: {log_path.read_text()[-3000:]}")


def _send(records: list[tuple[str, dict]]) -> None:
    producer = KafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all")
    for rid, record in records:
        producer.send(RAW["nums"], key=rid.encode(), value=encode("nums", validate_input("nums", record)))
    producer.flush()
    producer.close()


def _report(rid: str, phone: str, at: datetime) -> tuple[str, dict]:
    return rid, nums(
        rid,
        consent="anonymous_intelligence",
        incident_types=["timewaster"],
        narrative=f"Timewaster booked from {phone} and never turned up.",
        offender={"phones": [phone]},
        received_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def _check(port: int, phone: str) -> dict:
    status, body = _http(port, "/check/", {"identifier": phone, "why": "retention test"}, token=OFFICER)
    assert status == 200, body
    return body


def test_every_route_refuses_a_caller_without_credentials(worker):
    proc, log_path, port, _ = worker
    routes = served_routes()
    assert {path for _, path in routes} >= {"/check/", "/purge/", *OPEN}
    answers: dict[tuple[str, str], int] = {}
    for method, path in routes:
        probe = path.replace("{", "").replace("}", "")  # a dynamic segment gets a literal value
        answers[(method, path)], _ = _http(port, probe, {}, method=method)
        assert answers[(method, path)] in OPEN.get(path, {401}), (method, path)
        if path not in OPEN:
            status, _ = _http(port, probe, {}, method=method, token="not-a-token-" + uuid.uuid4().hex)
            assert status == 401, (method, path)
    # faust's built-in views, which served the tables to anyone, are not there at all.
    for path in ["/", "/table/", "/table/correlation/", "/table/records/x/", "/router/", "/graph/", "/stats/"]:
        answers[("GET", path)], _ = _http(port, path, {})
        assert answers[("GET", path)] == 404, path
    print("\nroutes probed without credentials:")
    for (method, path), status in answers.items():
        print(f"  {method:<5} {path:<22} {status}")
    assert proc.poll() is None, log_path.read_text()[-2000:]


def test_web_server_is_not_on_other_interfaces(worker):
    _, _, port, _ = worker
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET: no packet is sent, the route picks our address
            address = s.getsockname()[0]
        except OSError:
            address = "127.0.0.1"
    if address.startswith("127."):
        pytest.skip("no non-loopback interface here to probe")
    with pytest.raises(OSError), socket.create_connection((address, port), timeout=5):
        pass
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass


def test_purge_over_http_needs_a_purge_token_and_is_audited_with_its_identity(worker):
    _, log_path, port, home = worker
    now = datetime.now(UTC)
    run = uuid.uuid4().hex[:8]
    old_phone, new_phone = _drama_mobile(), _drama_mobile()
    while new_phone == old_phone:
        new_phone = _drama_mobile()
    # Both inside the 30-day retention, so the timer leaves them: only the purge may erase.
    older = _report(f"NUM-PG-{run}-1", old_phone, now - timedelta(days=10))
    newer = _report(f"NUM-PG-{run}-2", new_phone, now - timedelta(hours=1))
    start = end_offsets(BOOTSTRAP, [ROUTED["force_intel"], AUDIT])
    _send([older, newer])
    ids = {older[0], newer[0]}
    _, ok = collect(BOOTSTRAP, start, lambda c: ids <= c.ids(ROUTED["force_intel"]), timeout_s=240)
    assert ok, f"timed out; worker log tail: {log_path.read_text()[-3000:]}"
    assert _check(port, old_phone)["reported"] and _check(port, new_phone)["reported"]

    before = (now - timedelta(days=5)).date().isoformat()
    service_file, officer_file = home / "service.token", home / "officer.token"
    service_file.write_text(SERVICE + "\n")
    officer_file.write_text(OFFICER + "\n")
    wrong_file = home / "wrong.token"
    wrong_file.write_text(uuid.uuid4().hex * 2)
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k != "BULLETINS_API_TOKEN"}

    def purge(*extra: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "streams.cli", "purge", "--before", before, "--why", "retention review", *extra,
             "--worker-url", url],
            cwd=REPO, env={**env, **(extra_env or {})}, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    for extra, extra_env, code in [
        ((), None, None),  # no token at all: refused before asking
        (("--token-file", str(wrong_file)), None, "401"),
        ((), {"BULLETINS_API_TOKEN": "wrong-" + uuid.uuid4().hex}, "401"),
        (("--token-file", str(officer_file)), None, "403"),  # a lookup token may not erase
    ]:
        refused = purge(*extra, extra_env=extra_env)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stderr
        assert (code or "token") in refused.stderr, refused.stderr
        assert SERVICE not in refused.stderr and OFFICER not in refused.stderr
    assert _check(port, old_phone)["reported"], "a refused purge erased something"

    done = purge("--token-file", str(service_file))
    assert done.returncode == 0, done.stderr
    assert '"records_removed"' in done.stdout and "Traceback" not in done.stderr
    assert not _check(port, old_phone)["reported"]  # erased
    assert _check(port, new_phone)["reported"]  # kept: seen after the cut-off

    def audited(c) -> bool:
        return any(e["kind"] == "erasure" and older[0] in e["record_ids"] for _, e in c.by_topic.get(AUDIT, []))

    collected, ok = collect(BOOTSTRAP, start, audited, timeout_s=60)
    assert ok
    [event] = [e for _, e in collected.by_topic[AUDIT] if e["kind"] == "erasure" and older[0] in e["record_ids"]]
    assert event["actor"] == "retention-svc" and event["justification"] == "retention review"
    assert event["details"]["before"] == f"{before}T00:00:00Z" and newer[0] not in event["record_ids"]
    lookups = [e for _, e in collected.by_topic[AUDIT] if e["kind"] == "consultation"]
    assert lookups and all(e["actor"] == "PC 4321" for e in lookups)
    log_text = log_path.read_text()
    assert SERVICE not in log_text and OFFICER not in log_text and digest(SERVICE) not in log_text


def test_scheduled_erasure_removes_expired_state_and_audits_it(worker):
    proc, log_path, port, _ = worker
    now = datetime.now(UTC)
    run = uuid.uuid4().hex[:8]
    old_phone, new_phone = _drama_mobile(), _drama_mobile()
    while new_phone == old_phone:
        new_phone = _drama_mobile()
    expired = _report(f"NUM-RT-{run}-1", old_phone, now - timedelta(days=45))
    current = _report(f"NUM-RT-{run}-2", new_phone, now - timedelta(days=1))
    start = end_offsets(BOOTSTRAP, [ROUTED["force_intel"], AUDIT])
    _send([expired, current])

    def erased(c) -> bool:
        routed = {expired[0], current[0]} <= c.ids(ROUTED["force_intel"])
        return routed and any(
            e["kind"] == "erasure" and expired[0] in e["record_ids"] for _, e in c.by_topic.get(AUDIT, [])
        )

    collected, ok = collect(BOOTSTRAP, start, erased, timeout_s=240)
    assert ok, f"no scheduled erasure seen; worker log tail: {log_path.read_text()[-3000:]}"
    [event] = [e for _, e in collected.by_topic[AUDIT] if e["kind"] == "erasure" and expired[0] in e["record_ids"]]
    assert event["actor"] == "bulletins-worker" and "30 days" in event["justification"]
    assert current[0] not in event["record_ids"]
    assert not _check(port, old_phone)["reported"]
    assert _check(port, new_phone)["reported"]
    assert proc.poll() is None
