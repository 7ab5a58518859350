"""The faust application: topics, tables, both stages and the web server in one place.

Two stages, so any number of workers with the same app id share the work and the state
stays whole:

- the intake (`streams/intake.py`) on every worker: the raw topics, shared through the
  group `<app id>.intake`; validates and runs the NLP in a single-thread executor (one
  processing core; the event loop stays free for heartbeats), and hands each analysed
  record to the app's analysed topic, committing after the broker acknowledges;
- the correlation stage (`streams/correlate.py`) on the one worker faust makes the active
  holder of the tables: the analysed topic, linked against the `correlation` table,
  routed, sent, acknowledged, committed. Its tables and the analysed topic have one
  partition, so every observation meets every other.

Neither reads through faust agents: faust's ack/commit machinery committed batches whose
outputs were never delivered (issue 9); both commit only after every output is
acknowledged: at-least-once, with the record id as the message key so replays are
idempotent downstream (and the state ignores replays).

State lives in faust tables, changelogged to Kafka, so a restart or another worker
rebuilds it: `correlation` (identifiers, similar-offender and advert-cluster state ->
records), `records` (record id -> sanitised summary, for check lookups) and the digests'.
faust's `version` 2 names them (and its group) `<app id>-v2-...`: the one-partition layout
of issue 13; state kept by earlier versions is moved by `bulletins state migrate`.

Web server (on `BULLETINS_WEB_BIND`, loopback by default): `/metrics` (Prometheus),
`/health` (liveness: the event loop answers) and `/ready` (readiness: the intake has its
partitions, the broker answered a Kafka request lately, the state is recovered and held by
a worker), all open and saying nothing from a record; `/check/` (GET, a lookup) and
`/purge/` (POST, retention erasure), both needing a bearer token (`streams/auth.py`) and a
reason, every call audited with the token's identity. A worker that does not hold the
state forwards those two to the one that does (its canonical URL, from faust's assignment
metadata), which authenticates, answers and audits them itself.
faust's own views (`/table/...`, `/router/...`, statistics, graph, the `/` index) are off:
the table views handed out linked records with no caller, reason or audit. A timer erases
state older than `BULLETINS_RETENTION_DAYS`, audited as erasure; another publishes the
liaison officers' digests as their windows close (streams/digests.py); both run on the
worker holding the state.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar

import aiohttp
import faust
from aiohttp.web import Response
from faust.sensors import Monitor
from faust.tables.manager import TableManager
from faust.tables.recovery import Recovery
from faust.web import View
from faust.web.drivers.aiohttp import Web as AiohttpWeb
from prometheus_client import CONTENT_TYPE_PLAIN_0_0_4, REGISTRY, generate_latest

from pipeline.core import Pipeline
from processors.correlation import Correlator
from processors.identifiers import candidate_keys
from streams import audit, metrics, retention
from streams.auth import Caller, TokenStore
from streams.config import Settings, load_settings
from streams.correlate import ELSEWHERE, Correlation
from streams.digests import Digests
from streams.handling import public_summary
from streams.intake import Intake, flush_all
from streams.quiet import BrokerWatch, install_filter
from streams.recovery_watch import RecoveryWatch, RecoveryWatchService, install_stale_read_offset
from streams.topics import AUDIT, DEADLETTER, DIGEST, RAW, ROUTED, STATE_PARTITIONS, TOPICS, analysed_topic

log = logging.getLogger(__name__)
CALLER = "bulletins.caller"  # the authenticated Caller, kept on the aiohttp request
# Ready only while the broker answered within this many seconds (the watch asks every 2 s
# and waits up to 5 s for an answer).
READY_BROKER_SECONDS = 15.0
# faust's app version: 2 since the state went to one partition (issue 13). faust suffixes
# the app id with it (`<id>-v2`) in its group and changelog topic names, so the new layout
# never reads or writes the three-partition changelogs of version 1.
STATE_VERSION = 2
# Set on a /check/ or /purge/ a worker forwards to the state's holder: forwarded once only.
FORWARDED = "X-Bulletins-Forwarded"
FORWARD_TIMEOUT = 30.0
RECOVERY_WATCH_INTERVAL = 10.0  # seconds between looks at a recovery in progress


class _Web(AiohttpWeb):
    # faust mounts an index at "/" that answers anyone; this worker serves only the routes
    # the README lists. (The other built-in views are switched off by their settings.)
    production_blueprints: ClassVar[list[tuple[str, str]]] = []


class _App(faust.App):
    def _new_web(self) -> AiohttpWeb:
        return _Web(self)


class _Monitor(Monitor):
    """faust's default sensor, plus the two of its events an on-call engineer needs as
    counters (faust's Prometheus sensor is not used: see streams/metrics.py)."""

    def on_rebalance_start(self, app: Any) -> Any:
        metrics.REBALANCES.inc()
        return super().on_rebalance_start(app)

    def on_send_error(self, producer: Any, exc: BaseException, state: Any) -> None:
        metrics.SEND_ERRORS.inc()
        super().on_send_error(producer, exc, state)


def _recovery(app: faust.App) -> Recovery:
    """faust's table recovery: its TableManager's, which the interface `app.tables` is
    declared as (TableManagerT) does not declare."""
    if not isinstance(app.tables, TableManager):
        raise TypeError(f"a faust TableManager is expected, not {type(app.tables).__name__}")
    return app.tables.recovery


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


def create_app(settings: Settings | None = None, serve: bool = True) -> faust.App:
    """The worker's app. Any number of workers may run it with the same app id. `serve`
    False: the app for its tables' names only (`bulletins state`), reading no token file."""
    settings = settings or load_settings()
    app = _new_app(settings)
    partitions = {spec.name: spec.partitions for spec in TOPICS} | {analysed_topic(settings.app_id): STATE_PARTITIONS}
    # Handles for sending only: faust subscribes to none of these (no agents).
    topics: dict[str, Any] = {
        name: app.topic(name, key_type=bytes, value_type=bytes, partitions=partitions[name])
        for name in [*RAW.values(), *ROUTED.values(), DEADLETTER, AUDIT, DIGEST, analysed_topic(settings.app_id)]
    }
    # Every table as many partitions as the analysed topic: the holder of analysed
    # partition p holds partition p of every table (streams/correlate.py).
    table_partitions = STATE_PARTITIONS
    # Plain JSON both ways: a value_type of dict would be treated as a model on changelog
    # recovery and fail ("dict has no attribute from_data"), so a restart would stall.
    json_schema: faust.Schema = faust.Schema(key_serializer="json", value_serializer="json")
    # use_partitioner: changelog partition by key hash, not by the current event. Writes
    # happen after a batch (and in the purge view), outside any single event's iteration.
    changelog = {"min.insync.replicas": str(settings.min_insync_replicas)}
    correlation = app.Table(
        "correlation",
        default=None,
        partitions=table_partitions,
        schema=json_schema,
        use_partitioner=True,
        extra_topic_configs=changelog,
    )
    records = app.Table(
        "records",
        default=None,
        partitions=table_partitions,
        schema=json_schema,
        use_partitioner=True,
        extra_topic_configs=changelog,
    )
    # The liaison officers' digests: a windowed table per period, keyed by district.
    digests = Digests(app, settings, table_partitions, changelog)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlp")
    holder = PipelineHolder()

    tables = [correlation, records, *digests.tables]
    intake = Intake(app, settings, topics, holder.get, executor)
    correlate = Correlation(app, settings, topics, tables, holder.get, on_routed=digests.add)

    @app.task
    async def take_input() -> None:
        install_filter()  # again: faust's worker sets up its own log handlers at start
        await intake.run()

    @app.task
    async def correlate_analysed() -> None:
        await correlate.run()

    recovery_watch = RecoveryWatch(stall_after=settings.recovery_stall_seconds)

    # from the app's start, so a worker's first recovery is watched too (faust starts timers after it)
    app.add_dependency(
        RecoveryWatchService(
            recovery_watch, lambda: _recovery(app), lambda: app.consumer, interval=RECOVERY_WATCH_INTERVAL
        )
    )

    if os.environ.get("BULLETINS_TEST_FAULTS") == "1" and os.environ.get("BULLETINS_TEST_STALE_READ_OFFSET") == "1":
        install_stale_read_offset()  # the fault tests' stall (streams/recovery_watch.py)

    watch = BrokerWatch(settings.bootstrap_servers, ssl_context=settings.security.ssl_context())

    @app.task
    async def watch_broker() -> None:
        await watch.run()

    def readiness() -> list[str]:
        """Why the worker is not ready (fixed phrases and counts, nothing from a record)."""
        reasons = [] if watch.answering(READY_BROKER_SECONDS) else ["the broker has not answered lately"]
        return reasons + intake.not_ready() + correlate.not_ready()

    metrics.READY.set_function(lambda: 0.0 if readiness() else 1.0)
    _add_health_pages(app, readiness)

    @app.task
    async def warm_up() -> None:
        # Load spaCy and Presidio before the first batch arrives.
        await asyncio.get_running_loop().run_in_executor(executor, holder.get)

    async def send_audit(event: dict[str, Any]) -> None:
        await (await topics[AUDIT].send(key=event["event_id"].encode(), value=audit.encode_event(event)))

    tokens = TokenStore(settings.api_tokens_file if serve else None, quiet=not serve)
    _add_api(app, tokens, correlate, holder, correlation, records, send_audit)
    _add_timers(app, settings, correlate, digests, correlation, records, topics, send_audit)
    return app


def _new_app(settings: Settings) -> _App:
    app = _App(
        settings.app_id,
        version=STATE_VERSION,
        broker=settings.faust_broker,
        broker_credentials=settings.security.faust_credentials(),
        key_serializer="raw",
        value_serializer="raw",
        web_port=settings.web_port,
        web_host=settings.web_bind,
        web_bind=settings.web_bind,  # what aiohttp listens on; web_host only names it
        # How the others reach this worker (a forwarded /check/ or /purge/).
        canonical_url=settings.web_url,
        web_tables_enabled=False,
        web_router_enabled=False,
        web_stats_enabled=False,
        web_graph_enabled=False,
        web_metrics_enabled=False,
        datadir=settings.data_dir,
        store="memory://",
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        producer_max_request_size=settings.max_request_bytes,
        # faust's 60 s default made a restarted worker wait a minute for its dead self.
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=max(1.0, settings.session_timeout / 4),
        # The tables' changelogs: replicated like the pipeline's own topics (deployments 3).
        topic_replication_factor=settings.replication,
        # No standby of the state. With the in-memory store a standby saves nothing at failover:
        # faust replays a newly active changelog partition from its start whatever a standby
        # read (MemoryStore.persisted_offset is None), and the assignor gives the partition to
        # a remaining worker either way. And a standby reading the partition up to its
        # promotion opened a race in faust's consumer that stalled the new holder's recovery
        # for good (streams/recovery_watch.py says how; the watch there closes what remains).
        table_standby_replicas=0,
    )
    app.monitor = _Monitor()
    return app


def _add_health_pages(app: faust.App, readiness: Callable[[], list[str]]) -> None:
    """/metrics, /health and /ready: no token, nothing of a record."""

    @app.page("/metrics")
    class Metrics(View):
        """Prometheus text format 0.0.4 (what every Prometheus 2.x reads): counts and timings only."""

        async def get(self, request: Any) -> Any:
            return Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_PLAIN_0_0_4})

    @app.page("/health")
    class Health(View):
        """Liveness: the event loop answers. Not the broker: restarting the worker would not
        bring a broker back, so a broker outage shows on /ready, not here."""

        async def get(self, request: Any) -> Any:
            return self.json({"status": "alive"})

    @app.page("/ready")
    class Ready(View):
        """Readiness: 200 when the intake has its partitions, the broker answered lately and
        the state is recovered; else 503 with the reasons."""

        async def get(self, request: Any) -> Any:
            reasons = readiness()
            if reasons:
                return self.json({"ready": False, "reasons": reasons}, status=503)
            return self.json({"ready": True})


class _Authenticated(View):
    """Every method of a route of this kind needs a bearer token carrying `scope`."""

    scope: ClassVar[str] = ""
    tokens: ClassVar[TokenStore]

    async def dispatch(self, request: Any) -> Any:
        caller = self.tokens.authenticate(request.headers.get("Authorization"))
        if caller is None:
            return self.json(
                {"error": "unauthorised: a valid bearer token is required"},
                status=401,
                headers={"WWW-Authenticate": 'Bearer realm="bulletins"'},
            )
        if self.scope not in caller.scopes:
            return self.json({"error": f"forbidden: this token does not allow {self.scope}"}, status=403)
        request[CALLER] = caller
        return await super().dispatch(request)


async def _answer_elsewhere(
    app: faust.App, correlate: Correlation, view: View, request: Any, body: bytes | None = None
) -> Any:
    """None when this worker holds the state and answers; else the holder's answer to
    the same request (forwarded once, with the caller's token), or 503 saying why.
    Before recovery the tables hold part of the state: an answer or an erasure then
    would be wrong without saying so."""
    reason = correlate.blocker()
    if reason is None:
        return None
    url = correlate.holder_url() if reason == ELSEWHERE and not request.headers.get(FORWARDED) else None
    if url is None:
        return view.json({"error": f"not ready: {reason}"}, status=503)
    headers = {FORWARDED: "1", "Authorization": request.headers.get("Authorization", "")}
    if body is not None:
        headers["Content-Type"] = "application/json"
    try:
        async with app.http_client.request(
            method=request.method,
            url=f"{url.rstrip('/')}{request.rel_url}",
            headers=headers,
            data=body,
            timeout=aiohttp.ClientTimeout(total=FORWARD_TIMEOUT),
        ) as answer:
            return view.bytes(await answer.read(), content_type=answer.content_type, status=answer.status)
    except Exception as exc:  # the type only: the holder moving or down
        return view.json({"error": f"the worker holding the state did not answer ({type(exc).__name__})"}, status=502)


def _add_api(
    app: faust.App,
    store: TokenStore,
    correlate: Correlation,
    holder: PipelineHolder,
    correlation: Any,
    records: Any,
    send_audit: Callable[[dict[str, Any]], Awaitable[None]],
) -> None:
    """The token-protected views: /check/ (a lookup) and /purge/ (an erasure), each answered
    by the worker holding the state."""

    async def elsewhere(view: View, request: Any, body: bytes | None = None) -> Any:
        return await _answer_elsewhere(app, correlate, view, request, body)

    @app.page("/check/")
    class Check(_Authenticated):
        """Has this phone number, registration, email or handle been reported?"""

        scope = "check"
        tokens = store

        async def get(self, request: Any) -> Any:
            caller: Caller = request[CALLER]
            why = (request.query.get("why") or "").strip()
            stated = (request.query.get("who") or "").strip()[:100] or None
            identifier = request.query.get("identifier") or ""
            if not why:
                return self.json({"error": "refused: say why you are looking (why=)"}, status=400)
            if (answered := await elsewhere(self, request)) is not None:
                return answered
            pipeline = holder.get()
            found = [link for key in candidate_keys(identifier) if (link := Correlator(correlation).lookup(key))]
            record_ids = sorted({rid for link in found for rid in link["records"]})
            results = [public_summary(records[rid]) for rid in record_ids if records.get(rid)]
            ref = pipeline.pseudonymiser.token("lookup", identifier.strip().lower())
            await send_audit(audit.consultation(caller.identity, why[:500], ref, record_ids, stated))
            return self.json({"reported": bool(record_ids), "matches": found, "records": results})

    @app.page("/purge/")
    class Purge(_Authenticated):
        """Retention: erase correlation entries and record summaries seen before a date."""

        scope = "purge"
        tokens = store

        async def post(self, request: Any) -> Any:
            caller: Caller = request[CALLER]
            try:
                body = await request.json()
            except ValueError:
                body = None
            if not isinstance(body, dict):
                return self.json({"error": "refused: send a JSON object with before and why"}, status=400)
            why = str(body.get("why") or "").strip()
            stated = str(body.get("who") or "").strip()[:100] or None
            try:
                before = retention.parse_before(str(body.get("before") or ""))
            except ValueError:
                return self.json({"error": "refused: before must be a date (YYYY-MM-DD) or ISO-8601 time"}, status=400)
            if not why:
                return self.json({"error": "refused: say why you are erasing (why)"}, status=400)
            if (answered := await elsewhere(self, request, await request.read())) is not None:
                return answered
            erasure = retention.plan(correlation, records, before)
            removed = len(erasure.drop_keys)
            event = audit.erasure(caller.identity, why[:500], before, removed, erasure.record_ids, stated)
            await send_audit(event)  # acknowledged before anything is erased
            erasure.apply(correlation, records)
            return self.json(
                {
                    "before": before,
                    "attributes_removed": removed,
                    "records_removed": len(erasure.record_ids),
                    "audit_event": event["event_id"],
                }
            )


def _add_timers(
    app: faust.App,
    settings: Settings,
    correlate: Correlation,
    digests: Digests,
    correlation: Any,
    records: Any,
    topics: dict[str, Any],
    send_audit: Callable[[dict[str, Any]], Awaitable[None]],
) -> None:
    """The digests' publication and the scheduled retention, on the worker holding the state."""

    async def send_digest(key: bytes, value: bytes) -> None:
        await (await topics[DIGEST].send(key=key, value=value))

    @app.timer(interval=settings.digest_interval)
    async def publish_digests() -> None:
        """Each closed digest window: a digest per district, to the topic and the files."""
        if correlate.blocker() is not None:
            return  # held by another worker, or the windows are not all here yet: the next tick looks again
        try:
            await digests.publish_closed(send_digest, lambda: flush_all(app.producer))
        except Exception as exc:  # a broker outage or a full disk must not stop the timer
            log.warning("digest: not published (%s); retrying next tick", type(exc).__name__)

    @app.timer(interval=settings.retention_interval)
    async def erase_expired() -> None:
        """Scheduled retention: erase what was seen more than BULLETINS_RETENTION_DAYS ago."""
        if correlate.blocker() is not None:
            return  # held by another worker, or not all here yet: the next tick tries again
        before = retention.cutoff(settings.retention_days)
        erasure = retention.plan(correlation, records, before)
        if erasure.empty:
            return
        why = f"retention period of {settings.retention_days:g} days elapsed"
        try:
            await send_audit(audit.erasure(audit.WORKER, why, before, len(erasure.drop_keys), erasure.record_ids))
        except Exception as exc:  # a broker outage must not stop the timer
            log.warning("retention: audit event not sent (%s); nothing erased, retrying next tick", type(exc).__name__)
            return
        erasure.apply(correlation, records)
        log.info(
            "retention: erased %d record(s), %d attribute(s), seen before %s",
            len(erasure.record_ids),
            len(erasure.drop_keys),
            before,
        )


__all__ = ["create_app"]
