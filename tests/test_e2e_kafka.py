"""End to end on the real broker (started by deploy/run-tests.sh): the worker as a
separate process, records of all three sources plus invalid ones, every output topic
checked."""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from kafka import KafkaProducer

from evaluation.leaks import flatten, present
from schemas import encode, from_json, load_schema, validate_input
from streams.collect import collect, end_offsets
from streams.topics import DEADLETTER, RAW, ROUTED, create_topics
from tests.fixtures import CANARY, desktop, nums, partner

REPO = Path(__file__).resolve().parent.parent
BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
pytestmark = [
    pytest.mark.kafka,
    pytest.mark.skipif(not BOOTSTRAP, reason="needs KAFKA_BOOTSTRAP_SERVERS (deploy/run-tests.sh starts a broker)"),
]
CANARIES = [
    CANARY["name"],
    "Quillon",
    "Bexworth",
    CANARY["working_name"],
    CANARY["phone"],
    CANARY["email"],
    "Marrowby Crescent",
    "WF5 9QZ",
    "velvetine_xo",
    "https://adverts.example.com/velvetine-ossett",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    create_topics(BOOTSTRAP)
    log_path = tmp_path_factory.mktemp("worker") / "worker.log"
    env = dict(
        os.environ,
        BULLETINS_APP_ID="bulletin-pipeline-e2e",
        BULLETINS_WEB_PORT=str(_free_port()),
        BULLETINS_DATA_DIR=str(tmp_path_factory.mktemp("data")),
    )
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker"], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    yield proc, log_path
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_every_record_routed_or_deadlettered_and_nothing_leaks(worker):
    proc, log_path = worker
    run = uuid.uuid4().hex[:8]
    ids = {
        "nums": f"NUM-E2E-{run}-1",
        "nums_timewaster": f"NUM-E2E-{run}-2",
        "desktop": f"DR-E2E-{run}-1",
        "partner": f"PS-E2E-{run}-1",
    }
    valid = [
        ("nums", ids["nums"], nums(ids["nums"])),
        (
            "nums",
            ids["nums_timewaster"],
            nums(
                ids["nums_timewaster"],
                consent="anonymous_intelligence",
                incident_types=["timewaster"],
                narrative="Timewaster: booked Quillon from 07700 900456 and never turned up.",
            ),
        ),
        ("desktop_research", ids["desktop"], desktop(ids["desktop"])),
        ("partner", ids["partner"], partner(ids["partner"])),
    ]
    expected_routes = {
        ids["nums"]: {"force_intel", "spoc"},
        ids["nums_timewaster"]: {"force_intel"},
        ids["desktop"]: {"force_intel"},
        ids["partner"]: {"force_intel", "organised_crime"},  # passport held, earnings taken; no crime tag
    }
    blank_authority = desktop(f"DR-E2E-{run}-bad", authority_ref="")
    invalid = [
        ("nums", f"bad-{run}-1", b"Quillon Bexworth 07700 900811: not Avro at all"),
        ("partner", f"bad-{run}-2", b'{"submission_id": "x"}'),
        ("nums", f"bad-{run}-3", encode("partner", validate_input("partner", partner(f"PS-E2E-{run}-x")))),
        (
            "desktop_research",
            f"bad-{run}-4",
            encode("desktop_research", from_json(load_schema("desktop_research"), blank_authority)),
        ),
    ]

    watched = [*ROUTED.values(), DEADLETTER]
    start = end_offsets(BOOTSTRAP, watched)
    producer = KafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all")
    for source, key, record in valid:
        producer.send(RAW[source], key=key.encode(), value=encode(source, validate_input(source, record)))
    for source, key, value in invalid:
        producer.send(RAW[source], key=key.encode(), value=value)
    producer.flush()
    producer.close()

    bad_keys = {key for _, key, _ in invalid}

    def done(c) -> bool:
        return expected_routes.keys() <= c.ids(ROUTED["force_intel"]) and bad_keys <= c.ids(DEADLETTER)

    collected, ok = collect(BOOTSTRAP, start, done, timeout_s=240)
    assert proc.poll() is None, f"worker died; log: {log_path.read_text()[-3000:]}"
    assert ok, f"timed out; worker log tail: {log_path.read_text()[-3000:]}"

    # Every valid record on exactly its expected routes; nothing else of ours anywhere.
    for record_id, routes in expected_routes.items():
        got = {name for name, topic in ROUTED.items() if record_id in collected.ids(topic)}
        assert got == routes, record_id
    ours = set(expected_routes) | bad_keys
    seen = {key for topic in watched for key in collected.ids(topic)} & ours
    assert seen == ours  # count in == count out
    assert collected.ids(DEADLETTER) & set(expected_routes) == set()

    # Dead letters: source, offset, an error naming the field, and the original bytes.
    letters = {key: item for key, item in collected.by_topic[DEADLETTER] if key in bad_keys}
    assert letters[f"bad-{run}-4"]["error"] == "authority_ref: must not be empty"
    assert letters[f"bad-{run}-1"]["error"].startswith("message: not Avro")
    for key, item in letters.items():
        source = next(s for s, k, _ in invalid if k == key)
        assert item["source"] == source and item["offset"] >= 0
        assert "Quillon" not in item["error"] and "07700" not in item["error"]

    # No reporter / subject / advertiser identifier in any routed record, in any format.
    for topic in ROUTED.values():
        for key, item in collected.by_topic.get(topic, []):
            if key in expected_routes:
                text = flatten(item)
                for canary in CANARIES:
                    assert not present(canary, text), f"{topic}: a victim identifier leaked from {key}"
    # Offender intelligence survived.
    nums_out = next(item for key, item in collected.by_topic[ROUTED["spoc"]] if key == ids["nums"])
    entities = {(e["label"], e["normalized"]) for e in nums_out["record"]["entities"]}
    assert ("PHONE_NUMBER", "+447700900456") in entities and ("VEHICLE_REG", "YX62ABC") in entities
    assert nums_out["record"]["hate_crime"] is True

    # ...and not in the worker's log either.
    log_text = log_path.read_text()
    for canary in CANARIES:
        assert not present(canary, log_text), "a victim identifier reached the worker log"


def test_deadletter_raw_bytes_are_kept(worker):
    """Nothing is lost: the dead letter holds the exact bytes that came in."""
    run = uuid.uuid4().hex[:8]
    start = end_offsets(BOOTSTRAP, [DEADLETTER])
    payload = f"garbage-{run}".encode()
    producer = KafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all")
    producer.send(RAW["partner"], key=f"raw-{run}".encode(), value=payload)
    producer.flush()
    producer.close()
    collected, ok = collect(BOOTSTRAP, start, lambda c: f"raw-{run}" in c.ids(DEADLETTER), timeout_s=120)
    assert ok
    [letter] = [item for key, item in collected.by_topic[DEADLETTER] if key == f"raw-{run}"]
    assert base64.b64decode(letter["raw"]) == payload
    assert letter["topic"] == RAW["partner"] and letter["source"] == "partner"
