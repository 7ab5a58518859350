"""Standard Avro, proven by a reader the project did not write: Apache Avro's Java
`BinaryMessageDecoder` (tests/java) decodes every routed, dead-letter and audit message the
worker writes for this test, and the worker routes a record written by Java's
`BinaryMessageEncoder` (and one written with a pre-PCF legacy fingerprint).

The Java program is built with Maven (`-o` when ~/.m2 already holds what it needs, which
deploy/setup.sh fetches; otherwise the first run fetches from Maven Central)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import avro.io
import pytest
from kafka import KafkaProducer

from schemas import canonical, decode, encode, load_schema, validate_input
from schemas.codec import MAGIC, SCHEMA_DIR, fingerprint, legacy_fingerprints
from streams.collect import Collected, collect, end_offsets
from streams.config import kafka_client_config
from streams.topics import AUDIT, DEADLETTER, RAW, ROUTED, create_topics
from tests.fixtures import desktop, nums, partner
from tests.test_e2e_kafka import _drama_mobile, _fresh_app_id, _start_worker, _stop_worker

REPO = Path(__file__).resolve().parent.parent
JAVA_PROJECT = REPO / "tests" / "java"
BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
pytestmark = [
    pytest.mark.kafka,
    pytest.mark.skipif(not BOOTSTRAP, reason="needs KAFKA_BOOTSTRAP_SERVERS (deploy/run-tests.sh starts a broker)"),
]
# The folder a message is dumped to names the schema the Java decoder reads it with.
SCHEMA_OF_TOPIC = {**{topic: "routed" for topic in ROUTED.values()}, DEADLETTER: "deadletter", AUDIT: "audit"}


def build_java() -> list[str]:
    """Compile tests/java; return the command that runs it. Offline first: nothing to fetch."""
    mvn = shutil.which("mvn")
    assert mvn and shutil.which("java"), "Java 17 and Maven are required (see README)"
    base = [mvn, "-q", "-B", "-f", str(JAVA_PROJECT / "pom.xml"), "compile"]
    offline = subprocess.run([*base[:2], "-o", *base[2:]], capture_output=True, text=True, timeout=300)
    if offline.returncode != 0:
        online = subprocess.run(base, capture_output=True, text=True, timeout=900)
        assert online.returncode == 0, f"mvn failed:\n{online.stdout[-3000:]}\n{online.stderr[-3000:]}"
    classpath = (JAVA_PROJECT / "target" / "classpath.txt").read_text().strip()
    return [
        "java",
        "-cp",
        f"{JAVA_PROJECT / 'target' / 'classes'}{os.pathsep}{classpath}",
        "uk.police.bulletins.check.AvroCheck",
    ]


def run_java(java: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*java, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def java() -> list[str]:
    return build_java()


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    create_topics(BOOTSTRAP)
    log_path = tmp_path_factory.mktemp("worker") / "worker.log"
    proc, _ = _start_worker(_fresh_app_id("bulletin-pipeline-avro"), log_path, tmp_path_factory.mktemp("data"))
    yield proc, log_path
    _stop_worker(proc)


def test_java_and_python_agree_on_every_fingerprint(java):
    out = run_java(java, "fingerprints", str(SCHEMA_DIR))
    assert out.returncode == 0, out.stderr
    from_java = dict(line.split("\t") for line in out.stdout.splitlines())
    files = sorted(str(p.relative_to(SCHEMA_DIR)) for p in SCHEMA_DIR.rglob("*.avsc"))
    assert sorted(from_java) == files
    for file, fp in from_java.items():
        assert canonical.fingerprint(json.loads((SCHEMA_DIR / file).read_text())).hex() == fp, file


def _ours(collected: Collected, ids: set[str], bad_keys: set[str]) -> dict[str, list[tuple[str, int, int, bytes]]]:
    """This test's messages, by topic: routed items and dead letters by key, audit events
    by the record ids they name (other runs may share the broker)."""
    mine: dict[str, list[tuple[str, int, int, bytes]]] = {}
    for topic, messages in collected.raw.items():
        items = [item for _, item in collected.by_topic[topic]]  # appended in step with raw
        if topic == AUDIT:
            mine[topic] = [
                m for m, item in zip(messages, items, strict=True) if set(item["record_ids"]) & (ids | bad_keys)
            ]
        else:
            mine[topic] = [m for m in messages if m[0] in (bad_keys if topic == DEADLETTER else ids)]
    return mine


def test_java_reads_every_output_and_the_worker_routes_what_java_wrote(java, worker, tmp_path):
    proc, log_path = worker
    run = uuid.uuid4().hex[:8]

    # (b) A NUMS bulletin written by Java's BinaryMessageEncoder: the standard header.
    java_id = f"NUM-JAVA-{run}"
    java_file = tmp_path / "java-nums.bin"
    out = run_java(java, "encode", str(SCHEMA_DIR), java_id, str(java_file))
    assert out.returncode == 0, out.stderr
    java_bytes = java_file.read_bytes()
    assert java_bytes[:2] == MAGIC and java_bytes[2:10] == fingerprint("nums")
    assert decode(java_bytes, expect="nums")[1]["report_id"] == java_id

    # A message as the codec wrote it before PCF: the legacy fingerprint must still be read.
    legacy_id = f"NUM-LEGACY-{run}"
    body = io.BytesIO()
    avro.io.DatumWriter(load_schema("nums")).write(validate_input("nums", nums(legacy_id)), avro.io.BinaryEncoder(body))
    legacy_bytes = MAGIC + legacy_fingerprints()["nums.v1.avsc"] + body.getvalue()

    phone = _drama_mobile()
    messages = [
        ("nums", java_id, java_bytes),
        ("nums", legacy_id, legacy_bytes),
        ("nums", f"NUM-AV-{run}", encode("nums", validate_input("nums", nums(f"NUM-AV-{run}")))),
        (
            "desktop_research",
            f"DR-AV-{run}",
            encode(
                "desktop_research",
                validate_input(
                    "desktop_research", desktop(f"DR-AV-{run}", phones=[phone], content=f"New in town, call {phone}.")
                ),
            ),
        ),
        ("partner", f"PS-AV-{run}", encode("partner", validate_input("partner", partner(f"PS-AV-{run}")))),
    ]
    invalid = [
        ("nums", f"bad-av-{run}-1", b"not Avro at all"),
        ("nums", f"bad-av-{run}-2", MAGIC + b"\x00" * 8 + java_bytes[10:]),  # unknown fingerprint
        ("partner", f"bad-av-{run}-3", java_bytes),  # a NUMS record on the partner topic
    ]
    ids = {key for _, key, _ in messages}
    bad_keys = {key for _, key, _ in invalid}

    watched = [*ROUTED.values(), DEADLETTER, AUDIT]
    start = end_offsets(BOOTSTRAP, watched)
    producer = KafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all", **kafka_client_config())
    for source, key, value in messages + invalid:
        producer.send(RAW[source], key=key.encode(), value=value)
    producer.flush()
    producer.close()

    def done(c: Collected) -> bool:
        disclosed = {rid for _, e in c.by_topic.get(AUDIT, []) if e["kind"] == "disclosure" for rid in e["record_ids"]}
        return ids <= c.ids(ROUTED["force_intel"]) and bad_keys <= c.ids(DEADLETTER) and ids <= disclosed

    collected, ok = collect(BOOTSTRAP, start, done, timeout_s=150)
    assert proc.poll() is None, f"worker died; log: {log_path.read_text()[-3000:]}"
    assert ok, f"timed out; worker log tail: {log_path.read_text()[-3000:]}"
    assert not ids & collected.ids(DEADLETTER), "a standard or legacy message was dead-lettered"

    # (a) Every routed, dead-letter and audit message of this test, as raw bytes, to Java.
    dump = tmp_path / "messages"
    expected: dict[str, dict[str, str]] = {}  # schema -> file -> first field, as Python decodes it
    for topic, found in _ours(collected, ids, bad_keys).items():
        schema = SCHEMA_OF_TOPIC[topic]
        (dump / schema).mkdir(parents=True, exist_ok=True)
        for _, partition, offset, value in found:
            file = f"{topic}-{partition}-{offset}.bin"
            (dump / schema / file).write_bytes(value)
            name, datum = decode(value, expect=schema)
            expected.setdefault(schema, {})[f"{schema}/{file}"] = str(datum[load_schema(name).fields[0].name])
    out = run_java(java, "decode", str(SCHEMA_DIR), str(dump))
    print(out.stdout.splitlines()[-1] if out.stdout else out.stderr)  # the counts, for the report
    fails = [line for line in out.stdout.splitlines() if line.startswith("FAIL")]
    assert out.returncode == 0 and not fails, f"Java could not decode:\n{out.stdout[-3000:]}\n{out.stderr[-2000:]}"

    counts = {schema: len(files) for schema, files in expected.items()}
    summary = out.stdout.splitlines()[-1]
    assert summary == "decoded " + " ".join(f"{s}={n}" for s, n in sorted(counts.items())) + " failed=0"
    assert counts["deadletter"] == len(bad_keys)
    assert counts["routed"] >= len(ids)  # each on force_intel, some on spoc/organised_crime too
    assert counts["audit"] >= 3 * len(ids)  # collection, alteration, disclosure at least
    # Java read the same content, not just some bytes: the first field of every record.
    from_java = {p: v for kind, p, _, v in (line.split("\t") for line in out.stdout.splitlines()[:-1]) if kind == "OK"}
    assert from_java == {path: value for files in expected.values() for path, value in files.items()}
    assert java_id in from_java.values() and legacy_id in from_java.values()  # their routed items (first field: id)
