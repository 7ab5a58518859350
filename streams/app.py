"""The faust application: topics, agents and the web server (/metrics) in one place.

Each raw topic has one agent (concurrency=1: higher values can skip offsets on commit).
Agents take batches, run the NLP in a single-thread executor (one processing core; the
event loop stays free for heartbeats), then send every output and wait for the broker's
acknowledgement before the batch's offsets are acked: at-least-once, with the record id
as the message key so replays are idempotent downstream.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors

from processors.core import Pipeline
from streams import metrics
from streams.config import Settings, load_settings
from streams.handling import RawMessage, handle_batch
from streams.topics import DEADLETTER, RAW, ROUTED, TOPICS


class PipelineHolder:
    """Loads the pipeline once, on the executor thread, on first use."""

    def __init__(self) -> None:
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def get(self) -> Pipeline:
        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline()
            return self._pipeline


def create_app(settings: Settings | None = None) -> faust.App:
    settings = settings or load_settings()
    app = faust.App(
        settings.app_id,
        broker=settings.faust_broker,
        key_serializer="raw",
        value_serializer="raw",
        web_port=settings.web_port,
        web_host="127.0.0.1",
        datadir=settings.data_dir,
        store="memory://",
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
    )
    partitions = {spec.name: spec.partitions for spec in TOPICS}
    topics: dict[str, Any] = {
        name: app.topic(name, key_type=bytes, value_type=bytes, partitions=partitions[name])
        for name in [*RAW.values(), *ROUTED.values(), DEADLETTER]
    }
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlp")
    holder = PipelineHolder()

    def make_agent(source: str):
        async def process(stream) -> None:
            loop = asyncio.get_running_loop()
            async for events in stream.take_events(settings.batch_size, within=settings.batch_within):
                batch = [
                    RawMessage(
                        source=source,
                        topic=e.message.topic,
                        partition=e.message.partition,
                        offset=e.message.offset,
                        key=e.message.key,
                        value=e.value,
                    )
                    for e in events
                ]
                outgoing = await loop.run_in_executor(executor, _timed_batch, holder, source, batch)
                pending = [await topics[o.topic].send(key=o.key, value=o.value) for o in outgoing]
                # Delivered before take_events acks the batch: nothing is lost on a crash.
                await asyncio.gather(*pending)

        process.__name__ = f"process_{source}"
        return process

    for source, topic_name in RAW.items():
        app.agent(topics[topic_name], name=f"process_{source}", concurrency=1)(make_agent(source))

    @app.task
    async def warm_up() -> None:
        # Load spaCy and Presidio before the first batch arrives.
        await asyncio.get_running_loop().run_in_executor(executor, holder.get)

    setup_prometheus_sensors(app, name_prefix="bulletins_faust")
    return app


def _timed_batch(holder: PipelineHolder, source: str, batch: list[RawMessage]):
    with metrics.BATCH_SECONDS.labels(source).time():
        metrics.BATCH_SIZE.labels(source).observe(len(batch))
        return handle_batch(holder.get(), batch)
