"""Validation, JSON <-> Avro conversion and the single-object framing."""

from __future__ import annotations

import copy

import pytest

from schemas import RecordError, decode, encode, from_json, load_schema, to_json, validate_input
from schemas.codec import MAGIC, DecodeError, fingerprint

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
    import avro.schema

    from schemas.codec import SCHEMA_NAMES, history

    for name in SCHEMA_NAMES:
        versions = history(name)
        assert versions, f"{name}: no published version in schemas/history/"
        newest = avro.schema.parse(versions[-1].read_text())
        assert newest.fingerprint("CRC-64-AVRO") == fingerprint(name), (
            f"{name}.avsc changed: copy it to schemas/history/{name}.v{len(versions) + 1}.avsc"
        )


def test_messages_written_with_an_older_routed_schema_still_decode():
    import io

    import avro.io
    import avro.schema

    from schemas.codec import history

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
    framed = MAGIC + oldest.fingerprint("CRC-64-AVRO") + buf.getvalue()
    name, back = decode(framed, expect="routed")
    assert name == "routed" and back["id"] == "NUM-OLD-1"
    assert back["priority"] == "routine" and back["links"] == []  # defaults of the newer version
