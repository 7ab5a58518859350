"""Read what the worker wrote since a point in time: used by the demo and the end-to-end
tests to wait until every submitted record is routed or dead-lettered."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kafka import KafkaConsumer, TopicPartition

from schemas import decode, to_json
from streams.config import kafka_client_config


@dataclass
class Collected:
    # topic -> list of (key, decoded JSON form)
    by_topic: dict[str, list[tuple[str | None, dict[str, Any]]]] = field(default_factory=dict)
    # topic -> list of (key, partition, offset, the message's bytes): for readers other than ours
    raw: dict[str, list[tuple[str | None, int, int, bytes]]] = field(default_factory=dict)

    def ids(self, topic: str) -> set[str]:
        return {key for key, _ in self.by_topic.get(topic, []) if key is not None}


def _consumer(bootstrap: str) -> KafkaConsumer:
    return KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        client_id="bulletins-collect",
        **kafka_client_config(),
    )


def end_offsets(bootstrap: str, topics: Iterable[str]) -> dict[TopicPartition, int]:
    consumer = _consumer(bootstrap)
    try:
        parts = [TopicPartition(t, p) for t in topics for p in sorted(consumer.partitions_for_topic(t) or [])]
        return dict(consumer.end_offsets(parts))
    finally:
        consumer.close()


def collect(
    bootstrap: str,
    start: dict[TopicPartition, int],
    done: Callable[[Collected], bool],
    timeout_s: float,
) -> tuple[Collected, bool]:
    """Consume from `start` until `done(collected)` or the timeout; return (collected, done?)."""
    consumer = _consumer(bootstrap)
    collected = Collected()
    try:
        consumer.assign(list(start))
        for tp, offset in start.items():
            consumer.seek(tp, offset)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for tp, messages in consumer.poll(timeout_ms=500).items():
                for message in messages:
                    _, datum = decode(message.value)
                    key = message.key.decode() if message.key else None
                    collected.by_topic.setdefault(tp.topic, []).append((key, to_json(datum)))
                    collected.raw.setdefault(tp.topic, []).append((key, tp.partition, message.offset, message.value))
            if done(collected):
                return collected, True
        return collected, False
    finally:
        consumer.close()
