"""A batch of raw messages in, the messages to send out.

Two halves, so the worker can keep its event loop free and its state in faust tables:
`analyse_messages` (decode, validate, parse, redact, extract: CPU-bound, runs in an
executor) and `finish_messages` (correlate against the store, route, grade, encode, audit:
cheap, runs on the loop where the tables live). `handle_batch` does both, for tests and
any caller without a loop. Nothing here raises for bad input: a bad record is
dead-lettered with a reason. What fails because of the worker itself (a table write, the
producer, Kafka) raises `WorkerFault`, so the caller retries the batch instead of
dead-lettering valid records for its own failure (issue 9: `output: failed (TypeError)`).

Limits enforced here (besides the input limits of `schemas.limits`): an output bigger than
the producer's request size is dead-lettered (`output: too large`), a dead letter bigger
than that carries a truncated raw copy and says so, and a record whose NLP takes longer
than the per-record time bound is dead-lettered (`processing: over the time bound`).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from common.sources import TEXT_FIELD, TIME_FIELD
from pipeline.core import Analysed, Pipeline, Processed
from schemas import RecordError, encode, from_json, load_schema, to_json
from schemas.codec import DecodeError, decode, encode_converted
from schemas.json_form import check_semantics
from schemas.registry import RegistryError
from streams import audit, metrics
from streams.topics import AUDIT, DEADLETTER, ROUTED

log = logging.getLogger(__name__)

# The producer's default max request size less the record-batch envelope (faust's
# producer_max_request_size is 1,000,000; the app passes its own setting in).
DEFAULT_MAX_OUTPUT_BYTES = 1_000_000 - 2048
DEFAULT_RECORD_SECONDS = 10.0


class WorkerFault(Exception):
    """The worker (its state store, producer or broker), not the record, failed: retry."""


class _RecordFault(Exception):
    """A record's own output cannot be sent (too large): dead-letter it with this reason."""


class GuardedTable(MutableMapping[str, Any]):
    """A state table whose failures are the worker's: any exception becomes WorkerFault.

    faust writes a table's changelog as it is assigned; before the producer knows the
    changelog topic's partitions that write raises TypeError (aiokafka's partitioner gets
    None for the partition list), which must never be blamed on the record being processed.
    """

    def __init__(self, table: MutableMapping[str, Any]) -> None:
        self._table = table

    def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except KeyError:
            raise
        except Exception as exc:
            raise WorkerFault(f"state table: {type(exc).__name__}") from exc

    def __getitem__(self, key: str) -> Any:
        return self._call(self._table.__getitem__, key)

    def __setitem__(self, key: str, value: Any) -> None:
        self._call(self._table.__setitem__, key, value)

    def __delitem__(self, key: str) -> None:
        self._call(self._table.__delitem__, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._call(list, self._table))

    def __len__(self) -> int:
        return self._call(len, self._table)

    def get(self, key: str, default: Any = None) -> Any:
        return self._call(self._table.get, key, default)


@dataclass(frozen=True)
class RawMessage:
    source: str
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    # The broker's timestamp of the raw message (ms), for the end-to-end latency.
    timestamp_ms: int | None = None
    # Set when the raw bytes did not travel with the analysed record (too big to carry
    # both): their size, for a dead letter to say so (the raw topic has them at `offset`).
    raw_size: int | None = None


@dataclass(frozen=True)
class Outgoing:
    topic: str
    key: bytes
    value: bytes
    # The raw message a routed output answers (for the end-to-end latency); None otherwise.
    origin: RawMessage | None = field(default=None, compare=False)


@dataclass
class Analysis:
    """The executor half's result."""

    out: list[Outgoing] = field(default_factory=list)  # dead letters and audit events so far
    analysed: list[tuple[RawMessage, Analysed]] = field(default_factory=list)
    # Where each analysed record was read (the correlation stage: the analysed topic's
    # "partition:offset"), in the same order; empty elsewhere. A retry or a replay of the
    # same delivery re-sends its advert-cluster updates; a new delivery of the record does not.
    deliveries: list[str] = field(default_factory=list)


def _audit(event: dict[str, Any]) -> Outgoing:
    key = (event["record_ids"][0] if event["record_ids"] else event["event_id"]).encode()
    return Outgoing(AUDIT, key, audit.encode_event(event))


def deadletter(msg: RawMessage, error: str, max_bytes: int = DEFAULT_MAX_OUTPUT_BYTES) -> list[Outgoing]:
    """The dead letter (raw bytes kept, cut to fit the producer's limit and said so) and its audit event."""
    field_name = error.split(":", 1)[0] if ":" in error else "message"
    metrics.DEADLETTERED.labels(msg.source, metrics.reason_class(error)).inc()
    raw = msg.value or b""
    if msg.raw_size and not raw:
        error = f"{error}; raw copy not carried past the NLP stage ({msg.raw_size} bytes; see the raw topic)"
    # The envelope without the raw copy; 64 bytes for the longer error and varint growth.
    envelope = len(encode("deadletter", _letter(msg, error + " " * 80, b""))) + 64
    if envelope + len(raw) > max_bytes:
        kept = max(0, max_bytes - envelope)
        error = f"{error}; raw truncated to {kept} of {len(raw)} bytes"
        raw = raw[:kept]
    # Log where, and why: never the bytes, which can name a reporter.
    log.warning("dead-letter %s[%d]@%d: %s", msg.topic, msg.partition, msg.offset, error)
    key = msg.key or f"{msg.topic}:{msg.partition}:{msg.offset}".encode()
    event = audit.rejected(msg.source, msg.topic, msg.partition, msg.offset, field_name)
    return [Outgoing(DEADLETTER, key, encode("deadletter", _letter(msg, error, raw))), _audit(event)]


def _letter(msg: RawMessage, error: str, raw: bytes) -> dict[str, Any]:
    return {
        "source": msg.source,
        "topic": msg.topic,
        "partition": msg.partition,
        "offset": msg.offset,
        "key": msg.key,
        "error": error,
        "raw": raw,
        "failed_at": datetime.now(UTC),
    }


def _decode(msg: RawMessage) -> dict[str, Any]:
    _, datum = decode(msg.value, expect=msg.source)
    check_semantics(msg.source, datum)
    return to_json(datum)


def _test_hook() -> Callable[[Sequence[tuple[str, dict[str, Any]]]], None] | None:
    """Fault injection for the fault tests only (BULLETINS_TEST_FAULTS=1): a record whose
    text holds FAULT-POISON-STAGE makes the NLP stage throw, FAULT-SLOW-STAGE makes it take
    BULLETINS_TEST_SLOW_SECONDS (default 3). Off, and never read, in normal running."""
    if os.environ.get("BULLETINS_TEST_FAULTS") != "1":
        return None
    slow = float(os.environ.get("BULLETINS_TEST_SLOW_SECONDS", "3"))

    def hook(items: Sequence[tuple[str, dict[str, Any]]]) -> None:
        for source, record in items:
            text = str(record.get(TEXT_FIELD[source]) or "")
            if "FAULT-POISON-STAGE" in text:
                raise RuntimeError("injected stage failure")
            if "FAULT-SLOW-STAGE" in text:
                time.sleep(slow)

    return hook


def analyse_messages(
    pipeline: Pipeline,
    messages: list[RawMessage],
    record_seconds: float = DEFAULT_RECORD_SECONDS,
    max_bytes: int = DEFAULT_MAX_OUTPUT_BYTES,
) -> Analysis:
    result = Analysis()
    accepted: list[tuple[RawMessage, dict[str, Any]]] = []
    with metrics.STAGE_SECONDS.labels("validate").time():
        for msg in messages:
            metrics.RECORDS_IN.labels(msg.source).inc()
            try:
                accepted.append((msg, _decode(msg)))
            except (DecodeError, RecordError) as exc:
                result.out.extend(deadletter(msg, str(exc), max_bytes))
    if not accepted:
        return result
    with metrics.STAGE_SECONDS.labels("nlp").time():
        _analyse_accepted(pipeline, accepted, result, record_seconds, max_bytes)
    return result


def _analyse_accepted(
    pipeline: Pipeline,
    accepted: list[tuple[RawMessage, dict[str, Any]]],
    result: Analysis,
    record_seconds: float,
    max_bytes: int,
) -> None:
    hook = _test_hook()

    def analyse(items: list[tuple[str, dict[str, Any]]]) -> list[Analysed]:
        if hook is not None:
            hook(items)
        return pipeline.analyse_batch(items)

    started = time.monotonic()
    try:
        analysed = analyse([(m.source, rec) for m, rec in accepted])
        elapsed = time.monotonic() - started
        if elapsed <= record_seconds:  # the whole batch within one record's bound
            result.analysed = list(zip([m for m, _ in accepted], analysed, strict=True))
            return
        if len(accepted) == 1:
            msg = accepted[0][0]
            metrics.PROCESS_ERRORS.labels(msg.source).inc()
            metrics.OVER_TIME.labels(msg.source).inc()
            result.out.extend(deadletter(msg, _over_time(elapsed, record_seconds), max_bytes))
            return
    except Exception:
        pass
    # A failure, or a batch slower than one record's bound: one by one, each timed, so
    # only the record that throws or is slow is dead-lettered.
    for msg, rec in accepted:
        started = time.monotonic()
        try:
            one = analyse([(msg.source, rec)])[0]
        except Exception as exc:  # the type only: a message could quote the text
            metrics.PROCESS_ERRORS.labels(msg.source).inc()
            result.out.extend(deadletter(msg, f"processing: failed ({type(exc).__name__})", max_bytes))
            continue
        elapsed = time.monotonic() - started
        if elapsed > record_seconds:
            metrics.PROCESS_ERRORS.labels(msg.source).inc()
            metrics.OVER_TIME.labels(msg.source).inc()
            result.out.extend(deadletter(msg, _over_time(elapsed, record_seconds), max_bytes))
            continue
        result.analysed.append((msg, one))


def _over_time(elapsed: float, bound: float) -> str:
    return f"processing: over the time bound ({elapsed:.1f} s; limit {bound:g} s per record)"


# Kept with a record's summary in the records table: the raw message it was routed from and
# where the correlation stage read its analysis ("partition:offset"). Never shown by a lookup.
ROUTED_FROM = "routed_from"


def public_summary(stored: dict[str, Any]) -> dict[str, Any]:
    """A records-table entry as a check lookup returns it."""
    return {k: v for k, v in stored.items() if k != ROUTED_FROM}


def summary(output: dict[str, Any]) -> dict[str, Any]:
    """What a check lookup returns about a record: sanitised fields only."""
    record = output["record"]
    return {
        "id": output["id"],
        "source": output["source"],
        "routes": output["routes"],
        "priority": output["priority"],
        "mo": record.get("mo", []),
        "text": record.get(TEXT_FIELD[output["source"]]) or "",
        "entities": [{"label": e["label"], "normalized": e["normalized"]} for e in record.get("entities", [])],
        "at": record.get(TIME_FIELD[output["source"]]),
    }


def received(msg: RawMessage, analysed: Analysed) -> list[Outgoing]:
    """The audit events of what the NLP stage did to an accepted record: its collection and
    its alteration (the redactions). The worker's intake sends them with the analysed record,
    so the correlation stage (one worker) encodes only what depends on the links."""
    rid = analysed.record_id
    return [
        _audit(audit.collection(rid, msg.source, msg.topic, msg.partition, msg.offset)),
        _audit(audit.alteration(rid, analysed.redactions)),
    ]


def finish_messages(
    pipeline: Pipeline,
    analysis: Analysis,
    correlation: MutableMapping[str, Any] | None = None,
    records: MutableMapping[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_OUTPUT_BYTES,
    collect: Callable[[dict[str, Any]], None] | None = None,
    received_audited: bool = False,
) -> list[Outgoing]:
    """Correlate (in `correlation`, default the pipeline's own store), route, encode, audit.
    `collect` is given each routed output (the digests; they keep items by record id).
    `received_audited`: the collection and alteration events went out already (`received`).

    Raises WorkerFault when a state table fails: nothing of the batch may be sent then,
    the caller retries it."""
    out = list(analysis.out)
    if correlation is not None:
        correlation = GuardedTable(correlation)
    if records is not None:
        records = GuardedTable(records)
    correlator = pipeline.correlator if correlation is None else type(pipeline.correlator)(correlation)
    correlating = routing = 0.0  # seconds this batch spent in each stage
    for i, (msg, analysed) in enumerate(analysis.analysed):
        delivery = analysis.deliveries[i] if analysis.deliveries else None
        if delivery is not None and records is not None and _routed_before(records, analysed.record_id, msg, delivery):
            # The intake analysed the same raw message twice (a rebalance between its sends and
            # its commit): the first analysis was routed and acknowledged before this delivery
            # was read, so nothing of it is sent again. A retry of the same delivery is sent again.
            metrics.DUPLICATE_ANALYSES.labels(msg.source).inc()
            continue
        try:
            started = time.perf_counter()
            links = correlator.observe(analysed.subject())
            correlated = time.perf_counter()
            correlating += correlated - started
            result = pipeline.finish(analysed, links)
            routed = _routed(result, msg, max_bytes)
            result.updates = pipeline.reroute(correlator, analysed, result, delivery)
            routing += time.perf_counter() - correlated
        except WorkerFault:
            raise
        except RegistryError as exc:  # the schema registry, not the record: retried, never dead-lettered
            raise WorkerFault(str(exc)) from exc
        except _RecordFault as exc:
            metrics.PROCESS_ERRORS.labels(msg.source).inc()
            out.extend(deadletter(msg, str(exc), max_bytes))
            continue
        except Exception as exc:
            metrics.PROCESS_ERRORS.labels(msg.source).inc()
            out.extend(deadletter(msg, f"output: failed ({type(exc).__name__})", max_bytes))
            continue
        if not received_audited:
            out.extend(received(msg, analysed))
        marker = {"origin": _origin(msg), "delivery": delivery} if delivery is not None else None
        out.extend(_finished(pipeline, msg, result, routed, max_bytes, collect, records, marker))
    if analysis.analysed:
        metrics.STAGE_SECONDS.labels("correlate").observe(correlating)
        metrics.STAGE_SECONDS.labels("route").observe(routing)
    return out


def _finished(
    pipeline: Pipeline,
    msg: RawMessage,
    result: Processed,
    routed: list[Outgoing],
    max_bytes: int,
    collect: Callable[[dict[str, Any]], None] | None,
    records: MutableMapping[str, Any] | None,
    marker: dict[str, Any] | None = None,
) -> list[Outgoing]:
    """A finished record's messages: its links' audit events, its routed items, its
    disclosure, and those of the earlier adverts it routes again; each output handed to the
    digests (`collect`) and the records table, and counted."""
    out: list[Outgoing] = []
    rid = result.output["id"]
    for link in result.links:
        ref = pipeline.pseudonymiser.token("attr", f"{link.get('attribute') or link['kind']}:{link['value']}")
        out.append(_audit(audit.link_combination(rid, link, ref)))
    out.extend(routed)
    out.append(_audit(audit.disclosure(rid, result.output["routes"], result.rule_ids)))
    _hand_over(result.output, collect, records, marker)
    for kind, n in result.redactions.items():
        metrics.REDACTIONS.labels(metrics.redaction_type(kind)).inc(n)
    if result.leak_guard_hits:
        metrics.LEAK_GUARD.labels(msg.source).inc(result.leak_guard_hits)
    for route in result.output["routes"]:
        metrics.ROUTED_TOTAL.labels(msg.source, route).inc()
    for update in result.updates:
        out.extend(_update_messages(pipeline, update, max_bytes))
        _hand_over(update, collect, records)
    return out


def _hand_over(
    output: dict[str, Any],
    collect: Callable[[dict[str, Any]], None] | None,
    records: MutableMapping[str, Any] | None,
    marker: dict[str, Any] | None = None,
) -> None:
    """A routed output to the digests' collector and to the records table (with where it was
    routed from, `marker`, in the stream)."""
    if collect is not None:
        try:
            collect(output)
        except Exception as exc:  # the collector's own table: the worker's fault, retried
            raise WorkerFault(f"digest table: {type(exc).__name__}") from exc
    if records is not None:
        records[output["id"]] = summary(output) | ({ROUTED_FROM: marker} if marker else {})


def _origin(msg: RawMessage) -> str:
    return f"{msg.topic}:{msg.partition}:{msg.offset}"


def _routed_before(records: MutableMapping[str, Any], rid: str, msg: RawMessage, delivery: str) -> bool:
    """The record was routed from this very raw message at another delivery of its analysis:
    an earlier one (the stage reads its one partition in order), acknowledged before this
    batch was read or sent with it (the stage commits only after acknowledgement)."""
    stored = records.get(rid)
    mark = stored.get(ROUTED_FROM) if isinstance(stored, dict) else None
    return isinstance(mark, dict) and mark.get("origin") == _origin(msg) and mark.get("delivery") != delivery


def _routed(result: Processed, msg: RawMessage, max_bytes: int = DEFAULT_MAX_OUTPUT_BYTES) -> list[Outgoing]:
    output = dict(result.output, processed_at=datetime.now(UTC))
    value = encode_converted("routed", from_json(load_schema("routed"), output))
    key = output["id"].encode()
    if len(key) + len(value) > max_bytes:
        # Over the producer's request size the send would fail for ever: the record, not the worker.
        raise _RecordFault(f"output: too large ({len(key) + len(value)} bytes; limit {max_bytes})")
    return [Outgoing(ROUTED[route], key, value, origin=msg) for route in output["routes"]]


def _update_messages(pipeline: Pipeline, update: dict[str, Any], max_bytes: int) -> list[Outgoing]:
    """An earlier advert routed again (its cluster reached its size): the item to the routes
    the update adds only, keyed by its own record id, and its audit events."""
    output = dict(update, processed_at=datetime.now(UTC))
    value = encode_converted("routed", from_json(load_schema("routed"), output))
    key = output["id"].encode()
    if len(key) + len(value) > max_bytes:  # never the trigger's fault: said, and left
        log.warning("update of record %s not sent: too large (%d bytes)", output["id"], len(key) + len(value))
        return []
    out = []
    for link in update["links"]:
        if link["kind"] == "advert_cluster":
            ref = pipeline.pseudonymiser.token("attr", f"{link['kind']}:{link['value']}")
            out.append(_audit(audit.link_combination(update["id"], link, ref)))
    out.extend(Outgoing(ROUTED[route], key, value) for route in update["update"]["routes"])
    out.append(_audit(audit.disclosure(update["id"], update["update"]["routes"], update["rule_ids"])))
    for route in update["update"]["routes"]:
        metrics.ROUTED_TOTAL.labels(update["source"], route).inc()
    return out


def handle_batch(
    pipeline: Pipeline,
    messages: list[RawMessage],
    correlation: MutableMapping[str, Any] | None = None,
    records: MutableMapping[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_OUTPUT_BYTES,
    record_seconds: float = DEFAULT_RECORD_SECONDS,
) -> list[Outgoing]:
    analysis = analyse_messages(pipeline, messages, record_seconds, max_bytes)
    return finish_messages(pipeline, analysis, correlation, records, max_bytes)
