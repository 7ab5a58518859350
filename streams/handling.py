"""One batch of raw messages in, the messages to send out: decode, validate, process,
encode. Pure and synchronous, so the worker runs it in an executor off the event loop and
unit tests run it without a broker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from processors.core import Pipeline, Processed
from schemas import RecordError, encode, from_json, load_schema, to_json
from schemas.codec import DecodeError, decode
from schemas.json_form import check_semantics
from streams import metrics
from streams.topics import DEADLETTER, ROUTED

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


def deadletter(msg: RawMessage, error: str) -> Outgoing:
    field = error.split(":", 1)[0] if ":" in error else "message"
    metrics.DEADLETTERED.labels(msg.source, field).inc()
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
    return Outgoing(DEADLETTER, key, encode("deadletter", datum))


def routed_messages(result: Processed) -> list[Outgoing]:
    output = dict(result.output, processed_at=datetime.now(UTC))
    value = encode("routed", from_json(load_schema("routed"), output))
    key = output["id"].encode()
    return [Outgoing(ROUTED[route], key, value) for route in output["routes"]]


def _decode(msg: RawMessage) -> dict[str, Any]:
    _, datum = decode(msg.value, expect=msg.source)
    check_semantics(msg.source, datum)
    return to_json(datum)


def handle_batch(pipeline: Pipeline, messages: list[RawMessage]) -> list[Outgoing]:
    """Everything the batch produces, in input order. Never raises for bad input."""
    out: list[Outgoing] = []
    accepted: list[tuple[RawMessage, dict[str, Any]]] = []
    for msg in messages:
        metrics.RECORDS_IN.labels(msg.source).inc()
        try:
            accepted.append((msg, _decode(msg)))
        except (DecodeError, RecordError) as exc:
            out.append(deadletter(msg, str(exc)))
    if not accepted:
        return out
    try:
        results = pipeline.process_batch([(m.source, rec) for m, rec in accepted])
    except Exception:
        # One bad record must not sink its batch: retry one by one to find it.
        results = []
        for msg, rec in accepted:
            try:
                results.append(pipeline.process(msg.source, rec))
            except Exception as exc:  # the type only: a message could quote the text
                metrics.PROCESS_ERRORS.labels(msg.source).inc()
                out.append(deadletter(msg, f"processing: failed ({type(exc).__name__})"))
                results.append(None)
    for (msg, _), result in zip(accepted, results, strict=True):
        if result is None:
            continue
        for kind, n in result.redactions.items():
            metrics.REDACTIONS.labels(kind).inc(n)
        if result.leak_guard_hits:
            metrics.LEAK_GUARD.labels(msg.source).inc(result.leak_guard_hits)
        try:
            routed = routed_messages(result)
        except Exception as exc:
            metrics.PROCESS_ERRORS.labels(msg.source).inc()
            out.append(deadletter(msg, f"output: cannot encode ({type(exc).__name__})"))
            continue
        for item in routed:
            metrics.ROUTED.labels(msg.source, item.topic.rsplit(".", 1)[-1]).inc()
        out.extend(routed)
    return out
