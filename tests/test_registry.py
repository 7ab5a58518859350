"""Confluent framing where a Schema Registry is configured (schemas/registry.py), against
confluent-kafka's own serializers and its in-process registry (a `mock://` URL). The same
framing against a real registry (Apicurio) and a real broker: tests/test_registry_kafka.py."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import avro.io
import avro.schema
import pytest
from confluent_kafka.schema_registry import Schema, record_subject_name_strategy
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

from schemas import decode, encode, from_json, load_schema, registry, to_json, validate_input
from schemas.codec import MAGIC, DecodeError, history
from streams import metrics
from streams.handling import RawMessage, WorkerFault, analyse_messages, finish_messages, handle_batch
from streams.topics import AUDIT, DEADLETTER, RAW, ROUTED
from tests.fixtures import desktop, nums, partner

REPO = Path(__file__).resolve().parent.parent
# The machine is shared with other tests: no record may be dead-lettered for being slow here.
# Each batch gets empty state tables ({}, {}): links to other tests' records are not the point.
RECORD_SECONDS = 600.0


@pytest.fixture
def framing(monkeypatch) -> registry.Framing:
    """A registry of this test's own (confluent-kafka's in-process mock), configured."""
    monkeypatch.setenv(registry.ENV, f"mock://bulletins-{uuid.uuid4().hex}")
    active = registry.active()
    assert active is not None
    return active


def _msg(source: str, value: bytes, offset: int, key: bytes | None = None) -> RawMessage:
    return RawMessage(source, RAW[source], 0, offset, key, value)


def _avro_body(name: str, datum: dict[str, Any]) -> bytes:
    buf = io.BytesIO()
    avro.io.DatumWriter(load_schema(name)).write(datum, avro.io.BinaryEncoder(buf))
    return buf.getvalue()


def _standard_producer(framing: registry.Framing, name: str, topic: str) -> AvroSerializer:
    """What an outside producer writes with: confluent-kafka's serializer, default subject <topic>-value."""
    return AvroSerializer(framing.client, (Path(registry.SCHEMA_DIR) / f"{name}.avsc").read_text())


# -- without a registry nothing changes --------------------------------------------------------------


def test_without_a_registry_the_outputs_stay_single_object(monkeypatch) -> None:
    monkeypatch.delenv(registry.ENV, raising=False)
    assert registry.active() is None and registry.prepare() == {}
    letter = from_json(
        load_schema("deadletter"),
        {"source": "nums", "topic": RAW["nums"], "partition": 0, "offset": 1, "key": None, "error": "x: y",
         "raw": "", "failed_at": "2026-11-01T00:00:00Z"},
    )  # fmt: skip
    assert encode("deadletter", letter)[:2] == MAGIC
    # A Confluent-framed message is refused as before, with the same words and reason class.
    with pytest.raises(DecodeError, match="bad magic bytes"):
        decode(b"\x00\x00\x00\x00\x01" + b"\x02" * 20, expect="nums")


def test_without_a_registry_confluent_kafka_is_never_imported() -> None:
    code = (
        "import sys\n"
        "from schemas import encode, decode, validate_input\n"
        "import streams.handling, streams.cli\n"
        "from tests.fixtures import nums\n"
        "decode(encode('nums', validate_input('nums', nums('NUM-R-0'))))\n"
        "print('confluent_kafka' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != registry.ENV}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


# -- the outputs: Confluent framing, read by confluent-kafka's own deserializer -----------------------


def test_every_output_is_confluent_framed_and_read_by_confluent_kafka(pipeline, framing) -> None:
    phone = "07700 900321"
    batch = [
        _msg("nums", encode("nums", validate_input("nums", nums("NUM-R-1"))), 1, b"NUM-R-1"),
        _msg(
            "desktop_research",
            encode(
                "desktop_research",
                validate_input("desktop_research", desktop("DR-R-1", phones=[phone], content=f"New, call {phone}.")),
            ),
            2,
            b"DR-R-1",
        ),
        _msg("partner", encode("partner", validate_input("partner", partner("PS-R-1"))), 3, b"PS-R-1"),
        _msg("nums", b"not Avro at all", 4),
    ]
    out = handle_batch(pipeline, batch, {}, {}, record_seconds=RECORD_SECONDS)
    schema_of = {**{t: "routed" for t in ROUTED.values()}, DEADLETTER: "deadletter", AUDIT: "audit"}
    assert {o.topic for o in out} >= {ROUTED["force_intel"], DEADLETTER, AUDIT}
    ids = registry.prepare()  # already registered by the first write: the same ids
    standard = AvroDeserializer(framing.client)  # the writer's schema from the registry, no reader schema of ours
    routed_ids = set()
    for o in out:
        name = schema_of[o.topic]
        assert o.value[:1] == b"\x00", o.topic
        assert int.from_bytes(o.value[1:5], "big") == ids[name]
        theirs = standard(o.value, SerializationContext(o.topic, MessageField.VALUE))
        got_name, ours = decode(o.value, expect=name)
        assert got_name == name
        assert to_json(theirs) == to_json(ours)
        # The very Avro body the single-object codec writes: only the header differs (the
        # routed union of three sanitised records takes the same branch in both writers).
        assert o.value[5:] == _avro_body(name, ours)
        if name == "routed":
            routed_ids.add(ours["id"])
    assert routed_ids == {"NUM-R-1", "DR-R-1", "PS-R-1"}
    letters = [decode(o.value, expect="deadletter")[1] for o in out if o.topic == DEADLETTER]
    assert [letter["raw"] for letter in letters] == [b"not Avro at all"]


def test_schemas_are_registered_under_their_record_names(framing) -> None:
    ids = registry.prepare()
    assert set(ids) == {"routed", "deadletter", "audit"}
    subjects = set(framing.client.get_subjects())
    assert subjects == {f"uk.police.bulletins.{n}" for n in ("RoutedItem", "DeadLetter", "AuditEvent")}
    for name, schema_id in ids.items():
        latest = framing.client.get_latest_version(registry.subject(name))
        assert latest.schema_id == schema_id
        registered = json.loads(framing.client.get_schema(schema_id).schema_str)
        assert registered == json.loads((Path(registry.SCHEMA_DIR) / f"{name}.avsc").read_text())
    assert registry.prepare() == ids  # idempotent


# -- the raw topics take both framings ------------------------------------------------------------------


def test_raw_topics_take_confluent_framed_and_single_object_messages(pipeline, framing) -> None:
    record = validate_input("nums", nums("NUM-R-2"))
    confluent = _standard_producer(framing, "nums", RAW["nums"])(record, SerializationContext(RAW["nums"], "value"))
    assert confluent[:1] == b"\x00"
    assert framing.client.get_subjects() == [f"{RAW['nums']}-value"]  # the producer's own subject naming
    name, datum = decode(confluent, expect="nums")
    assert name == "nums" and to_json(datum) == to_json(decode(encode("nums", record), expect="nums")[1])
    batch = [
        _msg("nums", confluent, 1, b"NUM-R-2"),
        _msg("partner", encode("partner", validate_input("partner", partner("PS-R-2"))), 2, b"PS-R-2"),
    ]
    out = handle_batch(pipeline, batch, {}, {}, record_seconds=RECORD_SECONDS)
    routed = {decode(o.value, expect="routed")[1]["id"] for o in out if o.topic in ROUTED.values()}
    assert routed == {"NUM-R-2", "PS-R-2"}
    assert not [o for o in out if o.topic == DEADLETTER]


def test_an_older_schema_version_resolves_into_the_current_one(framing) -> None:
    oldest_text = history("routed")[0].read_text()
    oldest = avro.schema.parse(oldest_text)
    at = from_json(load_schema("routed").fields_dict["processed_at"].type, "2026-11-01T00:00:00Z")
    datum = {
        "id": "NUM-OLD-R", "source": "nums", "status": "routed", "routes": ["force_intel"],
        "reasons": ["baseline.force_intel: x"], "processed_at": at,
        "record": {
            "report_id": "NUM-OLD-R", "received_at": at, "force_area": "West Yorkshire", "sector": "street",
            "consent": "share_details", "narrative": "[PERSON_1] was robbed.", "incident_types": [], "entities": [],
            "mo": [], "indicators": [], "redactions": {}, "hate_crime": True,
        },
    }  # fmt: skip
    old_writer = AvroSerializer(
        framing.client, oldest_text, conf={"subject.name.strategy": record_subject_name_strategy}
    )
    value = old_writer(registry.for_fastavro(oldest, datum))
    name, back = decode(value, expect="routed")
    assert name == "routed" and back["id"] == "NUM-OLD-R"
    assert back["priority"] == "routine" and back["links"] == []  # the newer version's defaults


@pytest.mark.parametrize(
    "case, error, reason",
    [
        ("wrong_schema", "message: written with schema 'partner', expected 'nums'", "wrong_schema"),
        ("unknown_id", "message: written with schema id 4242, unknown to the registry", "wrong_schema"),
        ("foreign_schema", "none of this pipeline's, expected 'nums'", "wrong_schema"),
        ("corrupt", "message: corrupt Avro body", "not_avro"),
        ("too_short", "message: too short to be Confluent framed", "not_avro"),
        ("too_large", "message: too large", "too_large"),
    ],
)
def test_bad_confluent_messages_are_the_messages_fault(framing, case: str, error: str, reason: str) -> None:
    good = _standard_producer(framing, "nums", RAW["nums"])(
        validate_input("nums", nums("NUM-R-3")), SerializationContext(RAW["nums"], "value")
    )
    if case == "wrong_schema":
        value = _standard_producer(framing, "partner", RAW["partner"])(
            validate_input("partner", partner("PS-R-3")), SerializationContext(RAW["partner"], "value")
        )
    elif case == "unknown_id":
        value = b"\x00" + (4242).to_bytes(4, "big") + good[5:]
    elif case == "foreign_schema":
        foreign = {"type": "record", "name": "Elsewhere", "namespace": "example.other", "fields": []}
        schema_id = framing.client.register_schema("elsewhere-value", Schema(json.dumps(foreign), "AVRO"))
        value = b"\x00" + schema_id.to_bytes(4, "big") + b"\x00"
    elif case == "corrupt":
        value = good[:5] + b"\xff" * 12
    elif case == "too_short":
        value = good[:5]
    else:
        value = good + b"\x00" * 64
    with pytest.raises(DecodeError) as caught:
        decode(value, expect="nums", max_bytes=len(good) + 32)
    assert str(caught.value).startswith("message: ") and error in str(caught.value)
    assert metrics.reason_class(str(caught.value)) == reason


def test_a_bad_confluent_message_is_dead_lettered_with_its_bytes(pipeline, framing) -> None:
    value = b"\x00" + (4242).to_bytes(4, "big") + b"\x02" * 10
    out = handle_batch(pipeline, [_msg("nums", value, 7, b"k")], {}, {}, record_seconds=RECORD_SECONDS)
    letters = [decode(o.value, expect="deadletter")[1] for o in out if o.topic == DEADLETTER]
    assert [(letter["raw"], letter["offset"]) for letter in letters] == [(value, 7)]
    assert letters[0]["error"] == "message: written with schema id 4242, unknown to the registry"


# -- a registry that does not answer is the worker's fault ----------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: nothing listens there


def test_an_unreachable_registry_is_retried_never_dead_lettered(pipeline, monkeypatch) -> None:
    monkeypatch.delenv(registry.ENV, raising=False)
    batch = [_msg("nums", encode("nums", validate_input("nums", nums("NUM-R-4"))), 1, b"NUM-R-4")]
    analysis = analyse_messages(pipeline, batch, record_seconds=RECORD_SECONDS)
    assert analysis.analysed and not analysis.out
    url = f"http://127.0.0.1:{_closed_port()}"
    monkeypatch.setenv(registry.ENV, url)
    with pytest.raises(registry.RegistryError, match=f"schema registry at {url}"):
        registry.prepare()
    # The routed output cannot be written: the batch is the worker's to retry, not a dead letter.
    with pytest.raises(WorkerFault, match="schema registry"):
        finish_messages(pipeline, analysis, {}, {})
    # A raw message needing a schema the client has not seen cannot be judged either.
    confluent = b"\x00" + (1).to_bytes(4, "big") + b"\x02" * 10
    with pytest.raises(registry.RegistryError):
        analyse_messages(pipeline, [_msg("nums", confluent, 2)], record_seconds=RECORD_SECONDS)


# -- the setting ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, ok",
    [
        ("http://registry:8081", True),
        ("https://registry.example.org/apis/ccompat/v7/", True),
        ("mock://unit", True),
        ("registry:8081", False),
        ("ftp://registry", False),
        ("http://", False),
        ("https://intel:hunter2@registry:8081", False),
    ],
)
def test_the_url_setting(url: str, ok: bool) -> None:
    if ok:
        assert registry.registry_url({registry.ENV: url}) == url.rstrip("/")
    else:
        with pytest.raises(registry.RegistrySettingError) as caught:
            registry.registry_url({registry.ENV: url})
        assert "hunter2" not in str(caught.value)
    assert registry.registry_url({}) is None and registry.registry_url({registry.ENV: "  "}) is None


def _run_worker_cli(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("BULLETINS_", "KAFKA_"))}
    base.update(BULLETINS_PSEUDONYM_KEY="test-only-key-not-secret-0123456789", **env)
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", "worker"], cwd=REPO, env=base, capture_output=True, text=True, timeout=120
    )


def test_the_worker_refuses_to_start_on_a_registry_it_cannot_use() -> None:
    bad = _run_worker_cli({registry.ENV: "https://intel:hunter2@registry:8081"})
    assert bad.returncode == 2, bad.stderr
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr and "hunter2" not in bad.stderr
    assert registry.ENV in bad.stderr
    url = f"http://127.0.0.1:{_closed_port()}"
    down = _run_worker_cli({registry.ENV: url})
    assert down.returncode == 1, down.stderr
    assert down.stderr.count("\n") == 1 and "Traceback" not in down.stderr
    assert f"schema registry at {url}: registering uk.police.bulletins." in down.stderr
