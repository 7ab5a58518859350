"""A batch of raw messages in, the messages to send out.

Two halves, so the worker can keep its event loop free and its state in faust tables:
`analyse_messages` (decode, validate, parse, redact, extract: CPU-bound, runs in an
executor) and `finish_messages` (correlate against the store, route, grade, encode, audit:
cheap, runs on the loop where the tables live). `handle_batch` does both, for tests and
any caller without a loop. Nothing here raises for bad input.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from processors.core import Analysed, Pipeline, Processed
from schemas import RecordError, encode, from_json, load_schema, to_json
from schemas.codec import DecodeError, decode
from schemas.json_form import check_semantics
from streams import audit, metrics
from streams.topics import AUDIT, DEADLETTER, ROUTED

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RawMessage:
    source: str
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes


@dataclass(frozen=True)
class Outgoing:
    topic: str
    key: bytes
    value: bytes


@dataclass
class Analysis:
    """The executor half's result."""

    out: list[Outgoing] = field(default_factory=list)  # dead letters and audit events so far
    analysed: list[tuple[RawMessage, Analysed]] = field(default_factory=list)


def _audit(event: dict[str, Any]) -> Outgoing:
    key = (event["record_ids"][0] if event["record_ids"] else event["event_id"]).encode()
    return Outgoing(AUDIT, key, audit.encode_event(event))


def deadletter(msg: RawMessage, error: str) -> list[Outgoing]:
    field_name = error.split(":", 1)[0] if ":" in error else "message"
    metrics.DEADLETTERED.labels(msg.source, field_name).inc()
    # Log where, and why: never the bytes, which can name a reporter.
    log.warning("dead-letter %s[%d]@%d: %s", msg.topic, msg.partition, msg.offset, error)
    datum = {
        "source": msg.source,
        "topic": msg.topic,
        "partition": msg.partition,
        "offset": msg.offset,
        "key": msg.key,
        "error": error,
        "raw": msg.value or b"",
        "failed_at": datetime.now(UTC),
    }
    key = msg.key or f"{msg.topic}:{msg.partition}:{msg.offset}".encode()
    event = audit.rejected(msg.source, msg.topic, msg.partition, msg.offset, field_name)
    return [Outgoing(DEADLETTER, key, encode("deadletter", datum)), _audit(event)]


def _decode(msg: RawMessage) -> dict[str, Any]:
    _, datum = decode(msg.value, expect=msg.source)
    check_semantics(msg.source, datum)
    return to_json(datum)


def analyse_messages(pipeline: Pipeline, messages: list[RawMessage]) -> Analysis:
    result = Analysis()
    accepted: list[tuple[RawMessage, dict[str, Any]]] = []
    for msg in messages:
        metrics.RECORDS_IN.labels(msg.source).inc()
        try:
            accepted.append((msg, _decode(msg)))
        except (DecodeError, RecordError) as exc:
            result.out.extend(deadletter(msg, str(exc)))
    if not accepted:
        return result
    try:
        analysed = pipeline.analyse_batch([(m.source, rec) for m, rec in accepted])
        result.analysed = list(zip([m for m, _ in accepted], analysed, strict=True))
    except Exception:
        # One bad record must not sink its batch: retry one by one to find it.
        for msg, rec in accepted:
            try:
                result.analysed.append((msg, pipeline.analyse_batch([(msg.source, rec)])[0]))
            except Exception as exc:  # the type only: a message could quote the text
                metrics.PROCESS_ERRORS.labels(msg.source).inc()
                result.out.extend(deadletter(msg, f"processing: failed ({type(exc).__name__})"))
    return result


def summary(output: dict[str, Any]) -> dict[str, Any]:
    """What a check lookup returns about a record: sanitised fields only."""
    record = output["record"]
    return {
        "id": output["id"],
        "source": output["source"],
        "routes": output["routes"],
        "priority": output["priority"],
        "mo": record.get("mo", []),
        "text": record.get("narrative") or record.get("content") or "",
        "entities": [{"label": e["label"], "normalized": e["normalized"]} for e in record.get("entities", [])],
        "at": record.get("received_at") or record.get("captured_at") or record.get("submitted_at"),
    }


def finish_messages(
    pipeline: Pipeline,
    analysis: Analysis,
    correlation: MutableMapping[str, Any] | None = None,
    records: MutableMapping[str, Any] | None = None,
) -> list[Outgoing]:
    """Correlate (in `correlation`, default the pipeline's own store), route, encode, audit."""
    out = list(analysis.out)
    correlator = pipeline.correlator if correlation is None else type(pipeline.correlator)(correlation)
    for msg, analysed in analysis.analysed:
        try:
            links = correlator.observe(analysed.observation())
            result = pipeline.finish(analysed, links)
            routed = _routed(result)
        except Exception as exc:
            metrics.PROCESS_ERRORS.labels(msg.source).inc()
            out.extend(deadletter(msg, f"output: failed ({type(exc).__name__})"))
            continue
        rid = result.output["id"]
        out.append(_audit(audit.collection(rid, msg.source, msg.topic, msg.partition, msg.offset)))
        out.append(_audit(audit.alteration(rid, result.redactions)))
        for link in result.links:
            ref = pipeline.pseudonymiser.token("attr", f"{link['kind']}:{link['value']}")
            out.append(_audit(audit.combination(rid, link["records"], link["kind"], ref)))
        out.extend(routed)
        out.append(_audit(audit.disclosure(rid, result.output["routes"], result.rule_ids)))
        if records is not None:
            records[rid] = summary(result.output)
        for kind, n in result.redactions.items():
            metrics.REDACTIONS.labels(kind).inc(n)
        if result.leak_guard_hits:
            metrics.LEAK_GUARD.labels(msg.source).inc(result.leak_guard_hits)
        for route in result.output["routes"]:
            metrics.ROUTED.labels(msg.source, route).inc()
    return out


def _routed(result: Processed) -> list[Outgoing]:
    output = dict(result.output, processed_at=datetime.now(UTC))
    value = encode("routed", from_json(load_schema("routed"), output))
    key = output["id"].encode()
    return [Outgoing(ROUTED[route], key, value) for route in output["routes"]]


def handle_batch(
    pipeline: Pipeline,
    messages: list[RawMessage],
    correlation: MutableMapping[str, Any] | None = None,
    records: MutableMapping[str, Any] | None = None,
) -> list[Outgoing]:
    return finish_messages(pipeline, analyse_messages(pipeline, messages), correlation, records)
