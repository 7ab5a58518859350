"""The faust application: topics, agents and the web server (/metrics) in one place.

The raw topics are read by the intake (`streams/intake.py`), not by faust agents: faust's
ack/commit machinery committed batches whose outputs were never delivered (issue 9). The
intake takes batches, runs the NLP in a single-thread executor (one processing core; the
event loop stays free for heartbeats), correlates on the loop against the `correlation`
table, sends every output and waits for the broker's acknowledgement, and only then
commits the batch's offsets explicitly: at-least-once, with the record id as the message
key so replays are idempotent downstream (and the correlation store ignores replays).

State lives in faust tables, changelogged to Kafka, so a restart rebuilds it:
`correlation` (attribute -> records carrying it) and `records` (record id -> sanitised
summary, for check lookups). One worker holds every partition (`streams/lock.py` refuses
a second one); scaling out needs the stream repartitioned by attribute first.

Web views: `/metrics` (Prometheus), `/check/` (a liaison officer's lookup: who and why
required, every lookup audited), `/purge/` (retention erasure, audited).
"""

from __future__ import annotations

import asyncio
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors

from processors.core import Pipeline
from processors.correlation import Correlator
from processors.identifiers import candidate_keys
from streams import audit
from streams.config import Settings, load_settings
from streams.intake import Intake
from streams.lock import LockRefused, WorkerLock
from streams.quiet import BrokerWatch, install_filter
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


def create_app(settings: Settings | None = None, lock: bool = True) -> faust.App:
    """The worker's app. With `lock` (the default), first take the single-worker lock:
    raises LockRefused, with the reason, when another worker with this app id runs."""
    settings = settings or load_settings()
    worker_lock = None
    if lock:
        install_filter()
        worker_lock = WorkerLock(settings)
        try:
            worker_lock.acquire()
        except LockRefused as exc:
            # A plain sentence for the operator, not a traceback; exit status 3.
            print(f"bulletins worker: {exc}", file=sys.stderr, flush=True)
            raise SystemExit(3) from None
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
        producer_max_request_size=settings.max_request_bytes,
        # faust's 60 s default made a restarted worker wait a minute for its dead self.
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=max(1.0, settings.session_timeout / 4),
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

    intake = Intake(app, settings, topics, [correlation, records], holder.get, executor, worker_lock)

    @app.task
    async def take_input() -> None:
        install_filter()  # again: faust's worker sets up its own log handlers at start
        await intake.run()

    @app.task
    async def watch_broker() -> None:
        await BrokerWatch(settings.bootstrap_servers).run()

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


__all__ = ["LockRefused", "create_app"]
