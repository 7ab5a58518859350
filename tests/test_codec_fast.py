"""The worker's fast Avro writer (`encode_converted`) writes exactly what `encode` writes."""

from __future__ import annotations

from datetime import UTC, datetime

import avro.errors
import pytest

from schemas import encode, from_json, load_schema, validate_input
from schemas.codec import encode_converted
from streams import audit
from tests.fixtures import desktop, nums, partner


@pytest.fixture(scope="module")
def routed_items(pipeline):
    items = [("nums", nums("NUM-FA-1")), ("desktop_research", desktop("DR-FA-1")), ("partner", partner("PS-FA-1"))]
    results = pipeline.process_batch([(s, validate_input(s, r)) for s, r in items])
    return [dict(r.output, processed_at=datetime.now(UTC)) for r in results]


def test_routed_items_of_every_source_encode_to_the_same_bytes(routed_items):
    schema = load_schema("routed")
    assert {item["source"] for item in routed_items} == {"nums", "desktop_research", "partner"}
    for item in routed_items:
        datum = from_json(schema, item)
        assert encode_converted("routed", datum) == encode("routed", datum)


def test_audit_events_encode_to_the_same_bytes():
    schema = load_schema("audit")
    for event in (
        audit.collection("NUM-FA-1", "nums", "bulletins.raw.nums", 2, 40),
        audit.alteration("NUM-FA-1", {"PERSON": 2, "PHONE_NUMBER": 1}),
        audit.disclosure("NUM-FA-1", ["force_intel", "spoc"], ["R1", "R7"]),
    ):
        datum = from_json(schema, event)
        assert encode_converted("audit", datum) == encode("audit", datum)


@pytest.mark.parametrize(
    "change",
    [
        {"event_id": 7},  # a wrong type
        {"recipients": None},  # null where the schema has no null
        {"details": {"offset": 3}},  # a map value of the wrong type
    ],
)
def test_a_datum_avro_refuses_is_refused_as_before(change):
    """Refused by fastavro's strict check, so written (and refused) by avro as before. (The
    shapes fastavro would take and avro would not, an extra key or a naive timestamp, are
    ones from_json never makes: encode_converted is for its datums only.)"""
    datum = from_json(load_schema("audit"), audit.collection("NUM-FA-1", "nums", "t", 0, 1)) | change
    with pytest.raises(avro.errors.AvroTypeException):
        encode("audit", datum)
    with pytest.raises(avro.errors.AvroTypeException):
        encode_converted("audit", datum)
