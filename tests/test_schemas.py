"""Validation, JSON <-> Avro conversion and the single-object framing."""

from __future__ import annotations

import copy
import io
import json

import avro.io
import avro.schema
import pytest

from schemas import RecordError, canonical, decode, encode, from_json, load_schema, to_json, validate_input
from schemas.codec import HISTORY_DIR, MAGIC, SCHEMA_DIR, DecodeError, fingerprint, history, legacy_fingerprints

NUMS = {
    "report_id": "NUM-T-0001",
    "received_at": "2026-11-14T23:30:00Z",
    "incident_at": None,
    "force_area": "West Yorkshire",
    "sector": "street",
    "incident_types": ["robbery"],
    "consent": "anonymous_intelligence",
    "reporter": {"name": "Testy McTest", "phone": "07700 900001"},
    "offender": {"phones": ["07700 900002"], "vehicles": [{"vrm": "AB12 CDE"}]},
    "narrative": "He took the money back.",
}
DESK = {
    "research_id": "DR-T-0001",
    "captured_at": "2026-11-14T10:00:00Z",
    "authority_ref": "AUTH-1",
    "researcher": "PC 1",
    "force_area": "West Yorkshire",
    "platform": "classifieds",
    "content": "Advert text",
    "phones": ["07700 900003"],
}
PARTNER = {
    "submission_id": "PS-T-0001",
    "submitted_at": "2026-11-14T10:00:00Z",
    "force_area": "West Yorkshire",
    "partner": {"name": "Project", "type": "outreach"},
    "consent": "share_details",
    "narrative": "Text",
}


def _with(record: dict, path: str, value=..., drop: bool = False) -> dict:
    out = copy.deepcopy(record)
    *parents, leaf = path.split(".")
    node = out
    for p in parents:
        node = node[p]
    if drop:
        del node[leaf]
    else:
        node[leaf] = value
    return out


@pytest.mark.parametrize(("source", "record"), [("nums", NUMS), ("desktop_research", DESK), ("partner", PARTNER)])
def test_valid_records_round_trip_through_avro(source, record):
    datum = validate_input(source, record)
    name, back = decode(encode(source, datum), expect=source)
    assert name == source
    assert to_json(back) == to_json(datum)


def test_defaults_fill_absent_optional_fields():
    out = to_json(validate_input("nums", NUMS))
    assert out["district"] is None and out["reporting_project"] is None
    assert out["offender"]["names"] == [] and out["offender"]["vehicles"][0]["make"] is None
    assert out["received_at"] == "2026-11-14T23:30:00Z"


@pytest.mark.parametrize(
    ("source", "record", "field", "reason"),
    [
        ("nums", _with(NUMS, "narrative", drop=True), "narrative", "required field missing"),
        ("nums", _with(NUMS, "sector", "car"), "sector", "unknown symbol"),
        ("nums", _with(NUMS, "incident_types", "robbery"), "incident_types", "must be an array"),
        ("nums", _with(NUMS, "incident_types", ["robbery", "arson"]), "incident_types[1]", "unknown symbol"),
        ("nums", _with(NUMS, "received_at", "last tuesday"), "received_at", "ISO-8601"),
        ("nums", _with(NUMS, "reporter.phone", 7700900001), "reporter.phone", "must be a string"),
        ("nums", _with(NUMS, "offender.vehicles", [{"vrm": 5}]), "offender.vehicles[0].vrm", "must be a string"),
        ("nums", _with(NUMS, "consent", None), "consent", "must not be null"),
        ("nums", _with(NUMS, "report_id", "  "), "report_id", "must not be empty"),
        ("desktop_research", _with(DESK, "authority_ref", drop=True), "authority_ref", "required field missing"),
        ("desktop_research", _with(DESK, "authority_ref", ""), "authority_ref", "must not be empty"),
        ("partner", _with(PARTNER, "partner.type", "police"), "partner.type", "unknown symbol"),
        ("partner", _with(PARTNER, "consent", drop=True), "consent", "required field missing"),
    ],
)
def test_invalid_records_name_the_field_and_reason(source, record, field, reason):
    with pytest.raises(RecordError) as err:
        validate_input(source, record)
    assert err.value.field == field
    assert reason in err.value.reason


def test_errors_never_echo_values():
    secret = "Reporter Name 07700 900111"
    for bad in (
        _with(NUMS, "sector", secret),
        _with(NUMS, "received_at", secret),
        _with(NUMS, "reporter", secret),
        _with(NUMS, "incident_types", [secret]),
    ):
        with pytest.raises(RecordError) as err:
            validate_input("nums", bad)
        assert "07700" not in str(err.value) and "Reporter" not in str(err.value)


def test_framing_rejects_foreign_and_corrupt_bytes():
    body = encode("nums", validate_input("nums", NUMS))
    assert body[:2] == MAGIC and body[2:10] == fingerprint("nums")
    with pytest.raises(DecodeError, match="bad magic"):
        decode(b'{"report_id": "x"}')
    with pytest.raises(DecodeError, match="unknown schema"):
        decode(MAGIC + b"\x00" * 8 + body[10:])
    with pytest.raises(DecodeError, match="expected 'partner'"):
        decode(body, expect="partner")
    with pytest.raises(DecodeError, match="corrupt"):
        decode(body[:14])


def test_schemas_match_the_contract_field_names():
    nums = [f.name for f in load_schema("nums").fields]
    assert nums == [
        "report_id", "received_at", "incident_at", "force_area", "district", "location", "sector",
        "incident_types", "consent", "reporter", "offender", "narrative", "reporting_project",
    ]  # fmt: skip
    assert [f.name for f in load_schema("desktop_research").fields] == [
        "research_id", "captured_at", "authority_ref", "researcher", "force_area", "platform", "url",
        "content", "phones", "location",
    ]  # fmt: skip
    assert [f.name for f in load_schema("partner").fields] == [
        "submission_id", "submitted_at", "force_area", "partner", "consent", "subject", "offender", "narrative",
    ]  # fmt: skip
    dead = {f.name for f in load_schema("deadletter").fields}
    assert {"source", "offset", "error", "raw"} <= dead
    assert from_json(load_schema("nums").fields_dict["sector"].type, "indoor") == "indoor"


def test_every_schema_change_is_published_in_history():
    """Edit a schema, publish it: the newest history version must equal the current file."""
    from schemas.codec import SCHEMA_NAMES, history

    for name in SCHEMA_NAMES:
        versions = history(name)
        assert versions, f"{name}: no published version in schemas/history/"
        assert canonical.fingerprint(json.loads(versions[-1].read_text())) == fingerprint(name), (
            f"{name}.avsc changed: copy it to schemas/history/{name}.v{len(versions) + 1}.avsc"
        )


@pytest.mark.parametrize("framing", ["standard", "legacy"])
def test_messages_written_with_an_older_routed_schema_still_decode(framing):
    """An old version's message decodes into the current schema, whether it carries the
    standard fingerprint or the one the codec wrote before Parsing Canonical Form."""
    oldest = avro.schema.parse(history("routed")[0].read_text())
    datum = {
        "id": "NUM-OLD-1",
        "source": "nums",
        "status": "routed",
        "routes": ["force_intel"],
        "reasons": ["baseline.force_intel: x"],
        "processed_at": from_json(load_schema("routed").fields_dict["processed_at"].type, "2026-11-01T00:00:00Z"),
        "record": {
            "report_id": "NUM-OLD-1", "received_at": from_json(load_schema("routed").fields_dict["processed_at"].type,
            "2026-11-01T00:00:00Z"), "force_area": "West Yorkshire", "sector": "street", "consent": "share_details",
            "narrative": "[PERSON_1] was robbed.", "incident_types": [], "entities": [], "mo": [], "indicators": [],
            "redactions": {}, "hate_crime": True,
        },
    }  # fmt: skip
    buf = io.BytesIO()
    avro.io.DatumWriter(oldest).write(datum, avro.io.BinaryEncoder(buf))
    text = history("routed")[0].read_text()
    if framing == "standard":
        header = canonical.fingerprint(json.loads(text))
    else:
        header = legacy_fingerprints()["routed.v1.avsc"]
    framed = MAGIC + header + buf.getvalue()
    name, back = decode(framed, expect="routed")
    assert name == "routed" and back["id"] == "NUM-OLD-1"
    assert back["priority"] == "routine" and back["links"] == []  # defaults of the newer version


# Computed by Apache Avro 1.12.0 (Java), SchemaNormalization.parsingFingerprint64, written
# little-endian as in the single-object header. Published versions never change, so
# neither may these: a mismatch means our Parsing Canonical Form is wrong.
JAVA_FINGERPRINTS = {
    "nums.v1.avsc": "edf22272c60328c7",
    "desktop_research.v1.avsc": "1095cec1da043ae6",
    "partner.v1.avsc": "d1e442fe2c703919",
    "routed.v1.avsc": "ffc19ca2e07e6940",
    "routed.v2.avsc": "a3b6d5a04fe89e19",
    "routed.v3.avsc": "e070dd08d971e3d8",
    "routed.v4.avsc": "b8f84c0fe70f5e96",
    "deadletter.v1.avsc": "d7801eadbe673ef9",
    "audit.v1.avsc": "d58eb68999a7f9e4",
}


@pytest.mark.parametrize(("file", "expected"), sorted(JAVA_FINGERPRINTS.items()))
def test_fingerprints_are_those_java_avro_computes(file, expected):
    text = (HISTORY_DIR / file).read_text()
    assert canonical.fingerprint(json.loads(text)).hex() == expected


def test_parsing_canonical_form_follows_the_spec():
    # The spec's own vector: CRC-64-AVRO of "int".
    assert canonical.fingerprint("int").hex() == "8f5c393f1ad57572"
    # PRIMITIVES: a logical type is its primitive; STRIP/ORDER/FULLNAMES on a record.
    assert canonical.parsing_canonical_form({"type": "long", "logicalType": "timestamp-millis"}) == '"long"'
    schema = {
        "doc": "stripped",
        "fields": [
            {"type": {"logicalType": "date", "type": "int"}, "name": "day", "default": 0, "doc": "x"},
            {"name": "kind", "type": {"symbols": ["a", "b"], "type": "enum", "name": "Kind", "aliases": ["K"]}},
            {"name": "again", "type": ["null", "Kind"], "default": None},
            {"name": "h", "type": {"type": "fixed", "size": "016", "name": "other.Hash"}},
            {"name": "m", "type": {"type": "map", "values": {"type": "array", "items": "bytes"}}},
        ],
        "namespace": "n.s",
        "type": "record",
        "name": "R",
    }
    assert canonical.parsing_canonical_form(schema) == (
        '{"name":"n.s.R","type":"record","fields":[{"name":"day","type":"int"},'
        '{"name":"kind","type":{"name":"n.s.Kind","type":"enum","symbols":["a","b"]}},'
        '{"name":"again","type":["null","n.s.Kind"]},'
        '{"name":"h","type":{"name":"other.Hash","type":"fixed","size":16}},'
        '{"name":"m","type":{"type":"map","values":{"type":"array","items":"bytes"}}}]}'
    )


def test_new_messages_carry_the_standard_fingerprint():
    framed = encode("nums", validate_input("nums", NUMS))
    assert (
        framed[2:10] == fingerprint("nums") == canonical.fingerprint(json.loads((SCHEMA_DIR / "nums.avsc").read_text()))
    )
    assert fingerprint("nums") not in legacy_fingerprints().values()


def test_every_version_published_before_pcf_keeps_its_legacy_fingerprint():
    """Messages already on the topics carry these; dropping one would dead-letter them."""
    legacy = legacy_fingerprints()
    assert set(legacy) == set(JAVA_FINGERPRINTS)
    assert set(legacy.values()).isdisjoint(bytes.fromhex(fp) for fp in JAVA_FINGERPRINTS.values())
    for file, fp in legacy.items():
        name = file.split(".v")[0]
        if avro.__version__ == "1.12.2":  # the library version whose canonical_form wrote them
            assert avro.schema.parse((HISTORY_DIR / file).read_text()).fingerprint() == fp, file
        # Known, and known as the right schema (the header is read before the body).
        with pytest.raises(DecodeError, match=f"written with schema {name!r}"):
            decode(MAGIC + fp + b"\x00", expect="none")
