"""The fault tests' harness: a private broker each test may stop or kill, deterministic
fictional records, a worker process to SIGKILL, and the counts every fault test reports.

The broker is a real Apache Kafka (deploy/kafka-local.sh with its own BULLETINS_KAFKA_HOME
and ports, the jars shared with the main one), never the shared broker on 9092: the tests
stop and restart it. Counts: sent, routed (distinct valid ids on a routed topic),
duplicated (ids routed more than once to one topic), lost (answered nowhere),
dead-lettered (distinct input offsets in the dead-letter topic), stalled partitions.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SUMMARY = REPO / ".cache" / "fault-summary.jsonl"
KAFKA_SCRIPT = REPO / "deploy" / "kafka-local.sh"

# Invented people and places for the generated records: all fictional.
_FIRST = ["Arlenne", "Brisca", "Cordelle", "Dovina", "Elsabet", "Fennimore", "Gisla", "Harlowe", "Ismay", "Jorvette"]
_LAST = ["Quarrendon", "Bexhollow", "Tamsworthy", "Ellingcote", "Drabwick", "Fairlowe", "Munsby", "Orrinshaw"]
_PLACES = ["Westgate", "Kirkgate", "Lumb Lane", "Armley Road", "Holbeck"]
_SOURCES = ("nums", "desktop_research", "partner")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _kafka_version() -> str:
    text = (REPO / "deploy" / "kafka" / "pom.xml").read_text()
    return text.split("<kafka.version>", 1)[1].split("</kafka.version>", 1)[0].strip()


def shared_libs() -> Path:
    """The jars of the main local broker (fetched once by deploy/kafka-local.sh)."""
    libs = REPO / ".cache" / "kafka" / f"libs-{_kafka_version()}"
    if not (libs / ".complete").exists():
        subprocess.run([str(KAFKA_SCRIPT), "fetch"], check=True, cwd=REPO, env=_clean_env())
    return libs


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("BULLETINS_KAFKA_HOME", "KAFKA_PORT", "KAFKA_CONTROLLER_PORT"):
        env.pop(name, None)
    return env


class Broker:
    """A single-node KRaft broker of the tests' own, on free ports, with its own data."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.port = free_port()
        self.controller_port = free_port()
        home.mkdir(parents=True, exist_ok=True)
        link = home / f"libs-{_kafka_version()}"
        if not link.exists():
            link.symlink_to(shared_libs(), target_is_directory=True)

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _env(self) -> dict[str, str]:
        return dict(
            _clean_env(),
            BULLETINS_KAFKA_HOME=str(self.home),
            KAFKA_PORT=str(self.port),
            KAFKA_CONTROLLER_PORT=str(self.controller_port),
            KAFKA_HEAP_OPTS="-Xmx384m -Xms128m",
        )

    def start(self) -> None:
        subprocess.run([str(KAFKA_SCRIPT), "start"], check=True, cwd=REPO, env=self._env(), capture_output=True)

    def stop(self) -> None:
        subprocess.run([str(KAFKA_SCRIPT), "stop"], check=True, cwd=REPO, env=self._env(), capture_output=True)


@dataclass
class Sent:
    """What was produced: id -> (topic, partition, offset), and which ids are meant to be bad."""

    where: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    bad: set[str] = field(default_factory=set)
    at: dict[str, float] = field(default_factory=dict)

    def by_offset(self) -> dict[tuple[str, int, int], str]:
        return {v: k for k, v in self.where.items()}


def fictional_record(i: int) -> tuple[str, str, dict[str, Any]]:
    """Record number i (deterministic): (source, id, JSON form). Short text: quick NLP."""
    source = _SOURCES[i % 3]
    name = f"{_FIRST[i % len(_FIRST)]} {_LAST[(i // 7) % len(_LAST)]}"
    offender = f"07700 900{(i * 7) % 500:03d}"  # offender numbers 900000-900499
    own = f"07700 900{500 + i % 500:03d}"  # reporters' and advertisers' 900500-900999
    place = _PLACES[i % len(_PLACES)]
    if source == "nums":
        rid = f"NUM-FT-{i:05d}"
        return source, rid, {
            "report_id": rid,
            "received_at": "2026-11-14T23:30:00Z",
            "incident_at": "2026-11-14T21:10:00Z",
            "force_area": "West Yorkshire",
            "district": "Leeds",
            "location": place,
            "sector": "street",
            "incident_types": ["robbery"],
            "consent": "anonymous_intelligence",
            "reporter": {"name": name, "working_name": None, "phone": own, "email": None, "address": None,
                         "date_of_birth": None, "online_handles": []},
            "offender": {"names": [], "phones": [offender], "emails": [], "online_handles": [], "vehicles": [],
                         "description": "tall man"},
            "narrative": f"A man rang from {offender} and took the money back on {place}.",
            "reporting_project": "Fictional Lantern Project",
        }  # fmt: skip
    if source == "desktop_research":
        rid = f"DR-FT-{i:05d}"
        handle = name.split()[0].lower()
        return source, rid, {
            "research_id": rid,
            "captured_at": "2026-11-14T10:00:00Z",
            "authority_ref": "WYP-AUTH-TEST-1",
            "researcher": "PC 9999",
            "force_area": "West Yorkshire",
            "platform": "adult_services_site",
            "url": f"https://adverts.example.com/{handle}-{i}",
            "content": f"New in {place}, call {own} or email {handle}{i}@example.com.",
            "phones": [own],
            "location": place,
        }  # fmt: skip
    rid = f"PS-FT-{i:05d}"
    return source, rid, {
        "submission_id": rid,
        "submitted_at": "2026-11-14T10:00:00Z",
        "force_area": "West Yorkshire",
        "partner": {"name": "Fictional Outreach", "type": "outreach"},
        "consent": "anonymous_intelligence",
        "subject": {"name": name, "working_name": None, "phone": own, "email": None, "address": None,
                    "date_of_birth": None, "online_handles": []},
        "offender": None,
        "narrative": f"Outreach heard that a man who rings from {offender} was violent on {place}.",
    }  # fmt: skip


def encode_raw(source: str, record: dict[str, Any]) -> bytes:
    """Avro single-object bytes as any producer could send them: no cleaning, no limits."""
    from schemas import encode, from_json, load_schema

    return encode(source, from_json(load_schema(source), record))


def produce(
    bootstrap: str, items: Iterable[tuple[str, str, bytes]], sent: Sent, bad: bool = False, pace: float = 0.0
) -> None:
    """Send (source, id, value) in order; remember where each landed."""
    from kafka import KafkaProducer

    from streams.config import kafka_client_config
    from streams.topics import RAW

    producer = KafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        max_request_size=1_100_000,
        linger_ms=5,
        retries=10,
        **kafka_client_config(),
    )
    try:
        futures = []
        for source, rid, value in items:
            futures.append((rid, producer.send(RAW[source], key=rid.encode(), value=value)))
            sent.at[rid] = time.monotonic()
            if bad:
                sent.bad.add(rid)
            if pace:
                time.sleep(pace)
        for rid, future in futures:
            md = future.get(timeout=60)
            sent.where[rid] = (md.topic, md.partition, md.offset)
    finally:
        producer.close()


class Collector:
    """Reads the routed and dead-letter topics from the start in a thread, counting as it goes."""

    def __init__(self, bootstrap: str) -> None:
        from streams.topics import DEADLETTER, ROUTED

        self.bootstrap = bootstrap
        self.topics = [*ROUTED.values(), DEADLETTER]
        self.deadletter_topic = DEADLETTER
        self.routed: Counter[tuple[str, str]] = Counter()  # (topic, id) -> times
        self.routed_items: dict[str, dict[str, Any]] = {}
        self.letters: dict[tuple[str, int, int], list[dict[str, Any]]] = defaultdict(list)
        self.answered_at: dict[str, float] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Collector:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        from kafka import KafkaConsumer

        from schemas import decode, to_json
        from streams.config import kafka_client_config

        consumer = None
        while not self._stop.is_set():
            try:
                if consumer is None:
                    consumer = KafkaConsumer(
                        *self.topics,
                        bootstrap_servers=self.bootstrap,
                        group_id=None,
                        auto_offset_reset="earliest",
                        enable_auto_commit=False,
                        fetch_max_bytes=8 * 1024 * 1024,
                        max_partition_fetch_bytes=2 * 1024 * 1024,
                        client_id="fault-collector",
                        **kafka_client_config(),
                    )
                for tp, messages in consumer.poll(timeout_ms=300).items():
                    for m in messages:
                        _, datum = decode(m.value)
                        item = to_json(datum)
                        key = m.key.decode() if m.key else ""
                        now = time.monotonic()
                        with self._lock:
                            if tp.topic == self.deadletter_topic:
                                self.letters[(item["topic"], item["partition"], item["offset"])].append(item)
                                where = f"@{item['topic']}:{item['partition']}:{item['offset']}"
                                self.answered_at.setdefault(where, now)
                            else:
                                self.routed[(tp.topic, key)] += 1
                                self.routed_items[key] = item
                                self.answered_at.setdefault(key, now)
            except Exception:  # the broker may be down on purpose: reconnect
                if consumer is not None:
                    with contextlib.suppress(Exception):
                        consumer.close()
                consumer = None
                time.sleep(1)
        if consumer is not None:
            consumer.close()

    def answered(self, sent: Sent) -> set[str]:
        with self._lock:
            routed_ids = {rid for _, rid in self.routed}
            lettered = set(self.letters)
        return {rid for rid, where in sent.where.items() if rid in routed_ids or where in lettered}

    def wait_all(self, sent: Sent, timeout_s: float, on_tick: Callable[[int], None] | None = None) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            n = len(self.answered(sent))
            if on_tick:
                on_tick(n)
            if n >= len(sent.where):
                return True
            time.sleep(0.5)
        return False

    def counts(self, sent: Sent, name: str, **extra: Any) -> dict[str, Any]:
        with self._lock:
            per_id = Counter(rid for (_, rid) in self.routed.elements())
            routed_ids = {rid for _, rid in self.routed}
            dup_ids = {rid for (_, rid), n in self.routed.items() if n > 1}
            letters = dict(self.letters)
        ours = set(sent.where)
        valid = ours - sent.bad
        lettered_ids = {rid for rid, w in sent.where.items() if w in letters}
        unanswered = [sent.where[rid] for rid in ours if rid not in routed_ids and sent.where[rid] not in letters]
        stalled = sorted({f"{t}[{p}]" for t, p, _ in unanswered})
        result = {
            "test": name,
            "sent": len(ours),
            "routed": len(valid & routed_ids),
            "duplicated": len(dup_ids & ours),
            "duplicate_messages": sum(n - 1 for rid, n in per_id.items() if rid in ours and n > 1 and rid in dup_ids),
            "lost": len(unanswered),
            "dead_lettered": len(lettered_ids),
            "valid_dead_lettered": len(valid & lettered_ids),
            "bad_not_dead_lettered": len(sent.bad - lettered_ids),
            "stalled_partitions": stalled,
            **extra,
        }
        return result

    def letter_for(self, sent: Sent, rid: str) -> dict[str, Any] | None:
        with self._lock:
            found = self.letters.get(sent.where[rid])
        return found[-1] if found else None


def report(counts: dict[str, Any]) -> None:
    """Print the counts (shown with -s and in the CI log) and append them to the summary file."""
    line = json.dumps(counts, sort_keys=True)
    print(f"\nFAULT COUNTS {line}", flush=True)
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    with SUMMARY.open("a") as f:
        f.write(line + "\n")
    sys.stdout.flush()


STARTED: list[subprocess.Popen[bytes]] = []  # every worker process, for the fixture to reap


def reap_workers() -> None:
    """SIGKILL any worker a test left running (a failed assertion skips its own stop)."""
    while STARTED:
        proc = STARTED.pop()
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)


@contextlib.contextmanager
def private_broker(home: Path) -> Iterator[Broker]:
    """A broker of the caller's own (own ports and data, the shared jars), topics created;
    after, any worker left is killed, the broker stopped and its data removed."""
    from streams.topics import create_topics

    broker = Broker(home)
    broker.start()
    create_topics(broker.bootstrap)
    try:
        yield broker
    finally:
        reap_workers()
        broker.stop()
        shutil.rmtree(broker.home / "data", ignore_errors=True)


def http_get(url: str) -> tuple[int, str]:
    """Status and body of a GET; (0, "") while nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()
    except OSError:
        return 0, ""


def local_get(port: int, path: str) -> tuple[int, str]:
    """`http_get` of a path on a worker's web port."""
    return http_get(f"http://127.0.0.1:{port}{path}")


class Worker:
    """`bulletins worker` as its own process, on the private broker."""

    def __init__(self, bootstrap: str, app_id: str, workdir: Path, **env: str) -> None:
        self.bootstrap = bootstrap
        self.app_id = app_id
        self.workdir = workdir
        self.log_path = workdir / "worker.log"
        self.extra_env = env
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.web_port = 0  # the web server's port of the current start

    def start(self) -> None:
        self.starts += 1
        self.web_port = free_port()
        env = dict(
            os.environ,
            KAFKA_BOOTSTRAP_SERVERS=self.bootstrap,
            BULLETINS_APP_ID=self.app_id,
            BULLETINS_WEB_PORT=str(self.web_port),
            BULLETINS_DATA_DIR=str(self.workdir / f"data{self.starts}"),
            **self.extra_env,
        )
        with self.log_path.open("a") as log:
            log.write(f"\n==== start {self.starts} ====\n")
            log.flush()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "streams.cli", "worker"], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        STARTED.append(self.proc)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, n: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-n:] if self.log_path.exists() else ""


def test_generated_records_are_deterministic_valid_and_fictional() -> None:
    from schemas import validate_input

    first = [fictional_record(i) for i in range(30)]
    assert first == [fictional_record(i) for i in range(30)]
    for source, _, record in first:
        validate_input(source, json.loads(json.dumps(record)))
        text = json.dumps(record)
        for token in text.replace('"', " ").split():
            if token.startswith("07700"):
                continue
        assert "@" not in text or "example.com" in text
    phones = {r["narrative"].split("from ")[1][:12] for s, _, r in first if s == "nums"}
    assert all(p.startswith("07700 900") for p in phones)
