"""The raw topics' intake: read a batch, process it, deliver every output, then commit.

Why not faust agents (issue 9). Three faults came from faust's offset handling on the
input side, not from this project's code:

- `Stream.take_events` acks a batch in the `finally:` of its generator (faust
  streams.py, `yield list(events)` ... `finally: for event in events: await self.ack(event)`).
  When the agent body raises or the generator is closed (agent crash, stop, rebalance),
  the batch whose outputs were never delivered is acked and then committed: offsets
  committed but never routed (robinhood/faust#75, #604; faust-streaming#315).
- The consumer treats a jump in fetched offsets as a "gap" and counts the gap as acked
  (`Consumer._drain_messages` -> `_add_gap`, `_new_offset` fills acked with the gap
  ranges): after a restart or rebalance that refetches from a stale position, a contiguous
  block is committed unprocessed (faust-streaming#312, #216).
- A partition without a committed offset is special-cased twice: aiokafka's
  `seek_to_committed` does not seek it (`if offset and offset > 0`) and faust's
  `perform_seek` leaves its `_read_offset` at None, so after a rebalance it is read from
  wherever the fetcher was; with faust's 60 s session timeout a restarted worker also
  shares the group with its dead self for a minute. This is where the post-crash stall
  lives (not reproduced in isolation here); the intake has no such path.

So the intake is a plain aiokafka consumer in its own group (`<app id>.intake`), auto
commit off, `auto_offset_reset=earliest`, and one explicit commit per batch *after* every
output (routed, dead letters, audit, table changelog writes) is acknowledged by the
broker. A crash, a SIGKILL or a rebalance at any point re-reads from the last commit:
replays (idempotent by record id), never loss; and with the group's standard offset
reset, never a partition without a position.

It takes input only when it can write every output: the single-worker lock held, faust's
table recovery done, every table changelog partition actively assigned here, and the
producer's metadata known for every output and changelog topic (faust partitions a
table write eagerly with `producer.key_partition`; aiokafka's `_partition` does
`list(metadata.partitions_for_topic(t))`, a TypeError while that is None: the start-up
race that dead-lettered valid records as `output: failed (TypeError)`). A failure of the
worker's own (table, producer, broker) retries the batch with back-off and is logged once
per state change; it never dead-letters a valid record.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError

from streams import metrics
from streams.config import Settings
from streams.handling import Analysis, Outgoing, RawMessage, analyse_messages, finish_messages
from streams.lock import WorkerLock
from streams.topics import AUDIT, DEADLETTER, RAW, ROUTED

log = logging.getLogger(__name__)
SOURCE_OF = {topic: source for source, topic in RAW.items()}
ROUTED_TOPICS = frozenset(ROUTED.values())
LAG_EVERY = 5.0  # seconds between consumer-lag readings
LAG_TIMEOUT = 10.0  # a reading the broker does not answer within this is skipped


class Intake:
    def __init__(
        self,
        app: Any,
        settings: Settings,
        topics: dict[str, Any],
        tables: list[Any],
        pipeline: Callable[[], Any],
        executor: ThreadPoolExecutor,
        lock: WorkerLock | None,
        on_routed: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.topics = topics
        self.tables = tables
        self.pipeline = pipeline
        self.executor = executor
        self.lock = lock
        self.on_routed = on_routed  # given each routed output (the digests)
        self._blocked: str | None = "starting"
        self._blocked_since = time.monotonic()
        self._metadata_known = False
        self._consumer: AIOKafkaConsumer | None = None
        self._committed: dict[TopicPartition, int] = {}  # what this intake committed last, per partition

    # -- readiness ---------------------------------------------------------------------
    def _changelog_tps(self) -> set[tuple[str, int]]:
        return {(t.changelog_topic_name, p) for t in self.tables for p in range(t.partitions or 1)}

    def blocker(self) -> str | None:
        """Why the worker cannot write every output now, or None."""
        if self.lock is not None and not self.lock.held.is_set():
            return "the single-worker lock is not held"
        app = self.app
        if app.rebalancing or getattr(app, "in_recovery", False) or not app.tables.recovery.completed.is_set():
            return "table state is rebalancing or recovering"
        actives = {(tp.topic, tp.partition) for tp in app.assignor.assigned_actives()}
        missing = self._changelog_tps() - actives
        if missing:
            return f"{len(missing)} table partition(s) are not assigned to this worker"
        return None

    def not_ready(self) -> list[str]:
        """Why the intake is not taking input now (empty when it is): for /ready."""
        consumer = self._consumer
        if consumer is None:
            return [f"the intake consumer has not started ({self._blocked or 'starting'})"]
        reasons = []
        if not consumer.assignment():
            reasons.append("the intake consumer has no partitions assigned")
        blocked = self.blocker() or self._blocked
        if blocked:
            reasons.append(blocked)
        return reasons

    async def _ensure_metadata(self) -> None:
        producer = self.app.producer._ensure_producer()
        names = [*ROUTED.values(), DEADLETTER, AUDIT, *(t.changelog_topic_name for t in self.tables)]
        for name in names:
            partitions = await asyncio.wait_for(producer.partitions_for(name), timeout=30)
            if not partitions:
                raise KafkaError(f"no partitions known for {name}")
        self._metadata_known = True

    async def ready(self) -> None:
        """Return once the worker can write every output; log each change of state once."""
        while True:
            reason = self.blocker()
            if reason is None and not self._metadata_known:
                try:
                    await self._ensure_metadata()
                except (KafkaError, TimeoutError) as exc:
                    reason = f"the producer has no metadata for the output topics yet ({type(exc).__name__})"
            if reason is None:
                if self._blocked is not None:
                    log.warning(
                        "taking input (waited %.1f s: %s)", time.monotonic() - self._blocked_since, self._blocked
                    )
                    self._blocked = None
                    metrics.INTAKE_READY.set(1)
                return
            if reason != self._blocked:
                log.warning("input paused: %s", reason)
                self._blocked, self._blocked_since = reason, time.monotonic()
                metrics.INTAKE_READY.set(0)
            await asyncio.sleep(0.5)

    # -- the loop ----------------------------------------------------------------------
    async def run(self) -> None:
        await self.ready()
        session_ms = int(self.settings.session_timeout * 1000)
        consumer = AIOKafkaConsumer(
            *RAW.values(),
            bootstrap_servers=self.settings.bootstrap_servers.split(","),
            **self.settings.security.client_config(),
            group_id=self.settings.intake_group,
            client_id=f"{self.settings.app_id}-intake",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            session_timeout_ms=session_ms,
            heartbeat_interval_ms=max(1000, session_ms // 4),
            # The NLP of one batch may take a while; heartbeats run on their own task.
            max_poll_interval_ms=30 * 60 * 1000,
            max_partition_fetch_bytes=2 * 1024 * 1024,
        )
        await consumer.start()
        self._consumer = consumer
        lag = asyncio.create_task(self._watch_lag(consumer))
        log.info("intake consuming %s as group %s", ", ".join(RAW.values()), self.settings.intake_group)
        try:
            while True:
                await self.ready()
                data = await consumer.getmany(
                    timeout_ms=int(self.settings.batch_within * 1000), max_records=self.settings.batch_size
                )
                if not data:
                    continue
                await self.process(data)
                await self.commit(consumer, data)
        finally:
            self._consumer = None
            lag.cancel()
            await consumer.stop()

    # -- consumer lag --------------------------------------------------------------------
    async def _watch_lag(self, consumer: AIOKafkaConsumer) -> None:
        """Lag per raw topic from the broker's log end offsets, on its own task so that a
        stalled batch shows as growing lag rather than a frozen reading."""
        while True:
            await asyncio.sleep(LAG_EVERY)
            try:
                await asyncio.wait_for(self._read_lag(consumer), LAG_TIMEOUT)
            except asyncio.CancelledError:
                raise
            except Exception:  # broker away, a rebalance: the last reading stands until the next
                continue

    async def _read_lag(self, consumer: AIOKafkaConsumer) -> None:
        assigned = list(consumer.assignment())
        if not assigned:
            return
        ends = await consumer.end_offsets(assigned)
        lag = dict.fromkeys(RAW.values(), 0)
        for tp in assigned:
            done = self._committed.get(tp)
            if done is None:
                done = await consumer.committed(tp)
                if done is None:  # nothing committed yet: the group reads from the earliest offset
                    done = (await consumer.beginning_offsets([tp]))[tp]
            lag[tp.topic] += max(0, ends[tp] - done)
        for topic, messages in lag.items():
            metrics.CONSUMER_LAG.labels(topic).set(messages)

    async def process(self, data: dict[TopicPartition, list[Any]]) -> None:
        by_source: dict[str, list[RawMessage]] = {}
        for tp, messages in data.items():
            source = SOURCE_OF[tp.topic]
            by_source.setdefault(source, []).extend(
                RawMessage(source, m.topic, m.partition, m.offset, m.key, m.value, m.timestamp) for m in messages
            )
        loop = asyncio.get_running_loop()
        analyses: list[Analysis] = []
        for source, batch in by_source.items():
            analyses.append(await loop.run_in_executor(self.executor, self._analyse, source, batch))
        await self.deliver(analyses)

    def _analyse(self, source: str, batch: list[RawMessage]) -> Analysis:
        metrics.BATCH_SIZE.labels(source).observe(len(batch))
        s = self.settings
        return analyse_messages(self.pipeline(), batch, s.record_seconds, s.max_output_bytes)

    async def deliver(self, analyses: list[Analysis]) -> None:
        """Finish, send, and wait for the broker's acknowledgement of every output; retry on
        the worker's own failures until it succeeds (never dead-letter for them)."""
        pipeline = self.pipeline()
        correlation, records = self.tables[:2]  # the others are the digests' tables
        backoff, failing_since = 0.5, None
        while True:
            try:
                out = []
                for analysis in analyses:
                    out += finish_messages(
                        pipeline, analysis, correlation, records, self.settings.max_output_bytes, self.on_routed
                    )
                sending = time.perf_counter()
                pending = [await self.topics[o.topic].send(key=o.key, value=o.value) for o in out]
                await asyncio.gather(*pending)
                await self.app.producer.flush()  # the tables' changelog writes too
                metrics.STAGE_SECONDS.labels("send").observe(time.perf_counter() - sending)
                _observe_end_to_end(out)
                if failing_since is not None:
                    log.warning("batch delivered after %.1f s of retries", time.monotonic() - failing_since)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                metrics.RETRIES.labels("deliver").inc()
                if failing_since is None:
                    failing_since = time.monotonic()
                    # The type only: the worker's fault, and a message could quote a value.
                    log.warning("delivering a batch failed (%s); retrying, nothing dead-lettered", type(exc).__name__)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
                self._metadata_known = False
                await self.ready()

    async def commit(self, consumer: AIOKafkaConsumer, data: dict[TopicPartition, list[Any]]) -> None:
        offsets = {tp: messages[-1].offset + 1 for tp, messages in data.items()}
        backoff, failing_since = 0.5, None
        while True:
            try:
                await consumer.commit(offsets)
                self._committed.update(offsets)
                if failing_since is not None:
                    log.warning("offsets committed after %.1f s of retries", time.monotonic() - failing_since)
                return
            except (CommitFailedError, IllegalStateError) as exc:
                # The partitions moved in a rebalance: they are read again from the last
                # commit (a replay, never a loss).
                log.warning("commit refused after a rebalance (%s); the batch will be read again", type(exc).__name__)
                return
            except KafkaError as exc:
                metrics.RETRIES.labels("commit").inc()
                if failing_since is None:
                    failing_since = time.monotonic()
                    log.warning("committing offsets failed (%s); retrying", type(exc).__name__)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)


def _observe_end_to_end(out: list[Outgoing]) -> None:
    """Broker timestamp of each routed record's input to now (its outputs acknowledged);
    once per record, however many routes it went to."""
    now = time.time()
    seen: set[bytes] = set()
    for o in out:
        origin = o.origin
        if o.topic in ROUTED_TOPICS and origin is not None and origin.timestamp_ms and o.key not in seen:
            seen.add(o.key)
            # max(0, ...): a producer clock ahead of ours (CreateTime topics) must not go negative.
            metrics.END_TO_END_SECONDS.labels(origin.source).observe(max(0.0, now - origin.timestamp_ms / 1000))
