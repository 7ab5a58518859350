"""Edge tools with kafka-python: `submit` (JSON lines -> Avro on a raw topic) and `tail`
(a routed topic -> JSON lines)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from kafka import KafkaConsumer, KafkaProducer
from tqdm import tqdm

from common.sources import ID_FIELD
from pipeline.batch import parse_line
from schemas import RecordError, decode, encode, to_json, validate_input
from schemas.codec import DecodeError
from streams.config import kafka_client_config
from streams.topics import RAW, ROUTED


@dataclass
class SubmitSummary:
    submitted: int = 0
    rejected: int = 0
    sent_invalid: int = 0
    submitted_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "line N: field: reason"


def producer(bootstrap: str) -> KafkaProducer:
    # kafka-python 3.x defaults to idempotence and acks=all; say so anyway.
    return KafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=5, client_id="bulletins-submit", **kafka_client_config()
    )


def submit(
    bootstrap: str,
    source: str,
    lines: Iterable[str],
    send_invalid: bool = False,
    progress: bool = True,
    invalid_key_prefix: str = "invalid",
) -> SubmitSummary:
    """Validate, encode and produce each line. Invalid lines are reported (field and
    reason) and skipped, or with `send_invalid` produced as they are so the worker's
    dead-letter path sees them (used by the demo and the end-to-end test)."""
    topic = RAW[source]
    summary = SubmitSummary()
    prod = producer(bootstrap)
    try:
        lines = list(lines)
        for number, line in enumerate(tqdm(lines, desc=f"submit {source}", unit="rec", disable=not progress), 1):
            if not line.strip():
                continue
            try:
                record = parse_line(source, line)
            except RecordError as exc:
                summary.rejected += 1
                summary.errors.append(f"line {number}: {exc}")
                if send_invalid:
                    key = f"{invalid_key_prefix}-{source}-line-{number}".encode()
                    prod.send(topic, key=key, value=line.rstrip("\n").encode())
                    summary.sent_invalid += 1
                continue
            datum = validate_input(source, record)
            record_id = str(record[ID_FIELD[source]])
            prod.send(topic, key=record_id.encode(), value=encode(source, datum))
            summary.submitted += 1
            summary.submitted_ids.append(record_id)
        prod.flush()
    finally:
        prod.close()
    return summary


def tail(
    bootstrap: str,
    topic: str,
    out: TextIO = sys.stdout,
    from_beginning: bool = False,
    max_records: int | None = None,
    idle_timeout_s: float | None = None,
) -> int:
    """Print a routed topic's records as JSON lines. Raw and dead-letter topics are
    restricted (they can identify reporters) and are refused."""
    if topic in ROUTED:
        topic = ROUTED[topic]
    if topic not in ROUTED.values():
        raise ValueError(f"{topic}: not a routed topic (raw and dead-letter topics are restricted)")
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest" if from_beginning else "latest",
        consumer_timeout_ms=int(idle_timeout_s * 1000) if idle_timeout_s else float("inf"),
        client_id="bulletins-tail",
        **kafka_client_config(),
    )
    count = 0
    try:
        for message in consumer:
            try:
                _, datum = decode(message.value, expect="routed")
            except DecodeError as exc:
                print(json.dumps({"offset": message.offset, "error": str(exc)}), file=out, flush=True)
                continue
            print(json.dumps(to_json(datum)), file=out, flush=True)
            count += 1
            if max_records is not None and count >= max_records:
                break
    finally:
        consumer.close()
    return count


__all__ = ["RecordError", "SubmitSummary", "submit", "tail"]
