"""Secure Kafka (issue 10 item 3): the pipeline over SASL_SSL with SCRAM users and the ACL
plan of deploy/kafka-acls.yaml on a private broker started by `kafka-local.sh start --secure`
(CA and broker certificate made by keytool at test time, StandardAuthorizer, deny by default).

Proves: records submitted as `bulletins-submit` are routed by the worker running as
`bulletins-pipeline`, and read back by `intel-reader`; a principal other than the
pipeline's (`intruder`, which has no ACL, and `intel-reader`) is refused on the raw and
dead-letter topics with an authorization error; a wrong password is refused outright.
"""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from kafka import KafkaProducer, TopicPartition

from streams.acls import DEFAULT_PLAN, apply, load_plan
from streams.collect import collect
from streams.config import kafka_client_config, load_security
from streams.topics import DEADLETTER, RAW, ROUTED, create_topics
from tests.test_fault_harness import (
    REPO,
    Broker,
    Sent,
    Worker,
    encode_raw,
    fictional_record,
    http_get,
    produce,
    reap_workers,
)

pytestmark = [pytest.mark.fault, pytest.mark.timeout(300)]

APP_ID = "secure-e2e"
USERS = ("admin", "bulletins-pipeline", "bulletins-submit", "intel-reader", "intruder")
N = 9  # three of each source


class SecureBroker(Broker):
    def _env(self) -> dict[str, str]:
        return dict(super()._env(), KAFKA_SCRAM_USERS=" ".join(USERS))

    def start(self) -> None:
        done = subprocess.run(
            [str(REPO / "deploy" / "kafka-local.sh"), "start", "--secure"],
            cwd=REPO,
            env=self._env(),
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr[-3000:]

    def client_env(self, user: str) -> dict[str, str]:
        """The KAFKA_* settings the launcher wrote for `user` (paths only, no secret)."""
        text = (self.home / "var" / f"client-{user}.env").read_text()
        return dict(line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))


@pytest.fixture
def secure_broker(tmp_path: Path) -> Iterator[SecureBroker]:
    broker = SecureBroker(tmp_path / "kafka")
    broker.start()
    try:
        yield broker
    finally:
        reap_workers()
        broker.stop()


def _as(monkeypatch: pytest.MonkeyPatch, broker: SecureBroker, user: str) -> None:
    """Every client made from now on (they read the environment) is `user`."""
    for name, value in broker.client_env(user).items():
        monkeypatch.setenv(name, value)


def _read_refused(bootstrap: str, topic: str) -> str:
    """Try to consume `topic` with aiokafka (the intake's client); the error's name, or ''."""
    from aiokafka import AIOKafkaConsumer
    from aiokafka.errors import KafkaError

    async def attempt() -> str:
        consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest", **kafka_client_config()
        )
        try:
            await consumer.start()
            await consumer.getmany(timeout_ms=3000)
            return ""
        except KafkaError as exc:
            return type(exc).__name__
        finally:
            await consumer.stop()

    return asyncio.run(attempt())


def _write_refused(bootstrap: str, topic: str) -> str:
    from kafka.errors import KafkaError

    producer = KafkaProducer(bootstrap_servers=bootstrap, max_block_ms=10_000, **kafka_client_config())
    try:
        producer.send(topic, key=b"probe", value=b"not a record").get(timeout=15)
        return ""
    except KafkaError as exc:
        return type(exc).__name__
    finally:
        producer.close(timeout=5)


def test_pipeline_over_sasl_ssl_with_acls(secure_broker: SecureBroker, tmp_path: Path, monkeypatch) -> None:
    bootstrap = secure_broker.bootstrap
    started = time.monotonic()

    # Nothing but TLS + SCRAM is spoken, and passwords are checked.
    _as(monkeypatch, secure_broker, "intruder")
    wrong = tmp_path / "wrong.password"
    wrong.write_text("not-the-password")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD_FILE", str(wrong))
    assert _read_refused(bootstrap, ROUTED["force_intel"]) in {"KafkaConnectionError", "SaslAuthenticationFailed"}

    _as(monkeypatch, secure_broker, "admin")
    assert load_security().protocol == "SASL_SSL"
    create_topics(bootstrap)
    applied, _ = apply(bootstrap, load_plan(DEFAULT_PLAN, APP_ID), prune=True)
    assert applied > 0

    worker_env = dict(secure_broker.client_env("bulletins-pipeline"), BULLETINS_SESSION_TIMEOUT="6")
    worker_env.pop("KAFKA_BOOTSTRAP_SERVERS")  # Worker sets it
    worker = Worker(bootstrap, APP_ID, tmp_path / "worker", **worker_env)
    (tmp_path / "worker").mkdir()
    worker.start()

    _as(monkeypatch, secure_broker, "bulletins-submit")
    sent = Sent()
    records = [fictional_record(i) for i in range(N)]
    produce(bootstrap, ((s, rid, encode_raw(s, r)) for s, rid, r in records), sent)

    _as(monkeypatch, secure_broker, "intel-reader")
    start = {TopicPartition(t, p): 0 for t in ROUTED.values() for p in range(3)}
    ids = {rid for _, rid, _ in records}

    def all_routed(c) -> bool:  # type: ignore[no-untyped-def]
        return ids <= set().union(*(c.ids(t) for t in ROUTED.values()))

    collected, ok = collect(bootstrap, start, all_routed, timeout_s=90)
    routed = set().union(*(collected.ids(t) for t in ROUTED.values()))
    assert ok, f"routed {len(routed & ids)}/{N} over SASL_SSL; worker log:\n{worker.log_tail()}"
    assert worker.alive(), worker.log_tail()
    assert "AuthorizationFailed" not in worker.log_tail(20_000)
    # Readiness over TLS: the worker's broker watch asks its ApiVersions through the TLS listener.
    status, body = http_get(f"http://127.0.0.1:{worker.web_port}/ready")
    assert status == 200, body
    assert "broker unreachable" not in worker.log_tail(20_000)

    # The reader may read routed topics only; the intruder (no ACL at all) nothing.
    refusals = {}
    for user in ("intel-reader", "intruder"):
        _as(monkeypatch, secure_broker, user)
        for topic in (RAW["nums"], RAW["partner"], DEADLETTER):
            refusals[(user, "read", topic)] = _read_refused(bootstrap, topic)
        refusals[(user, "write", RAW["nums"])] = _write_refused(bootstrap, RAW["nums"])
    refusals[("intruder", "read", ROUTED["force_intel"])] = _read_refused(bootstrap, ROUTED["force_intel"])
    worker.stop()
    print(f"\nSECURE KAFKA routed {len(routed & ids)}/{N} in {time.monotonic() - started:.0f} s; refusals:")
    for (user, op, topic), error in sorted(refusals.items()):
        print(f"  {user:13} {op:5} {topic:32} {error or 'ALLOWED'}")
    assert all(error == "TopicAuthorizationFailedError" for error in refusals.values()), refusals
