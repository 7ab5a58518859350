"""The faust application: topics, agents and the web server (/metrics) in one place.

Each raw topic has one agent (concurrency=1: higher values can skip offsets on commit).
Agents take batches, run the NLP in a single-thread executor (one processing core; the
event loop stays free for heartbeats), correlate on the loop against the `correlation`
table, then send every output and wait for the broker's acknowledgement before the
batch's offsets are acked: at-least-once, with the record id as the message key so
replays are idempotent downstream (and the correlation store ignores replays).

State lives in faust tables, changelogged to Kafka, so a restart rebuilds it:
`correlation` (attribute -> records carrying it) and `records` (record id -> sanitised
summary, for check lookups). One worker holds every partition; scaling out needs the
stream repartitioned by attribute first.

Web views: `/metrics` (Prometheus), `/check/` (a liaison officer's lookup: who and why
required, every lookup audited), `/purge/` (retention erasure, audited).
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors

from processors.core import Pipeline
from processors.correlation import Correlator
from processors.identifiers import candidate_keys
from streams import audit, metrics
from streams.config import Settings, load_settings
from streams.handling import Analysis, RawMessage, analyse_messages, finish_messages
from streams.topics import AUDIT, DEADLETTER, RAW, ROUTED, TOPICS


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
        for name in [*RAW.values(), *ROUTED.values(), DEADLETTER, AUDIT]
    }
    table_partitions = partitions[RAW["nums"]]
    # Plain JSON both ways: a value_type of dict would be treated as a model on changelog
    # recovery and fail ("dict has no attribute from_data"), so a restart would stall.
    json_schema = faust.Schema(key_serializer="json", value_serializer="json")
    # use_partitioner: changelog partition by key hash, not by the current event. Writes
    # happen after a batch (and in the purge view), outside any single event's iteration.
    correlation = app.Table(
        "correlation", default=None, partitions=table_partitions, schema=json_schema, use_partitioner=True
    )
    records = app.Table("records", default=None, partitions=table_partitions, schema=json_schema, use_partitioner=True)
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
                analysis = await loop.run_in_executor(executor, _timed_analysis, holder, source, batch)
                # Correlation, routing and encoding on the loop: the tables live here.
                outgoing = finish_messages(holder.get(), analysis, correlation, records)
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

    async def send_audit(event: dict[str, Any]) -> None:
        await (await topics[AUDIT].send(key=event["event_id"].encode(), value=audit.encode_event(event)))

    @app.page("/check/")
    async def check(self, request):
        """Has this phone number, registration, email or handle been reported?"""
        who = (request.query.get("who") or "").strip()
        why = (request.query.get("why") or "").strip()
        identifier = request.query.get("identifier") or ""
        if not who or not why:
            return self.json({"error": "refused: give who you are (who=) and why you are looking (why=)"}, status=403)
        pipeline = holder.get()
        found = [link for key in candidate_keys(identifier) if (link := Correlator(correlation).lookup(key))]
        record_ids = sorted({rid for link in found for rid in link["records"]})
        results = [records[rid] for rid in record_ids if records.get(rid)]
        ref = pipeline.pseudonymiser.token("lookup", identifier.strip().lower())
        await send_audit(audit.consultation(who[:100], why[:500], ref, record_ids))
        return self.json({"reported": bool(record_ids), "matches": found, "records": results})

    @app.page("/purge/")
    async def purge(self, request):
        """Retention: erase correlation entries and record summaries seen before a date."""
        if request.method != "POST":
            return self.json({"error": "POST only"}, status=405)
        who = (request.query.get("who") or "").strip()
        why = (request.query.get("why") or "").strip()
        before = (request.query.get("before") or "").strip()
        if not who or not why or not before:
            return self.json({"error": "refused: give before=, who= and why="}, status=403)
        removed, dropped = Correlator(correlation).purge(before)
        for rid in list(records.keys()):
            summary = records.get(rid)
            if summary and str(summary.get("at") or "") < before:
                del records[rid]
                if rid not in dropped:
                    dropped.append(rid)
        await send_audit(audit.erasure(who[:100], why[:500], before, removed, sorted(dropped)))
        return self.json({"attributes_removed": removed, "records_removed": len(dropped)})

    setup_prometheus_sensors(app, name_prefix="bulletins_faust")
    return app


def _timed_analysis(holder: PipelineHolder, source: str, batch: list[RawMessage]) -> Analysis:
    with metrics.BATCH_SECONDS.labels(source).time():
        metrics.BATCH_SIZE.labels(source).observe(len(batch))
        return analyse_messages(holder.get(), batch)
