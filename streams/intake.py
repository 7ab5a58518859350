"""The raw topics' intake (the NLP stage): read a batch, analyse it, hand it on, then commit.

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

So both stages read with plain aiokafka consumers, auto commit off, and commit each
batch explicitly *after* every output of the batch is acknowledged by the broker:

- the intake (this module, `Intake`): the raw topics, in the group `<app id>.intake`,
  which any number of workers share (aiokafka's group assignment spreads the raw
  partitions). It validates and runs the NLP, CPU-bound and stateless, on an executor
  thread, and hands each analysed record to the app's analysed topic (dead letters and
  their audit events go out from here too). `auto_offset_reset=earliest`: never a
  partition without a position;
- the correlation stage (`streams/correlate.py`): the analysed topic, read only by the
  worker that holds the correlation state (faust's table assignment), which links, routes
  and sends, and writes the tables' changelogs.

A crash, a SIGKILL or a rebalance at any point re-reads from the last commit of the stage
it hit: replays (idempotent by record id), never loss.

Each stage takes input only when it can write every output: the producer's metadata known
for every topic it writes (faust partitions a table write eagerly with
`producer.key_partition`; aiokafka's `_partition` does
`list(metadata.partitions_for_topic(t))`, a TypeError while that is None: the start-up
race that dead-lettered valid records as `output: failed (TypeError)`), and for the
correlation stage, faust's table recovery done and every table partition it writes
actively assigned here. A failure of the worker's own (table, producer, broker) retries
the batch with back-off and is logged once per state change; it never dead-letters a
valid record.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError

from streams import analysed as handoff
from streams import metrics
from streams.config import Settings
from streams.handling import Analysis, Outgoing, RawMessage, analyse_messages, deadletter, received
from streams.topics import AUDIT, DEADLETTER, RAW, ROUTED, analysed_topic

log = logging.getLogger(__name__)
SOURCE_OF = {topic: source for source, topic in RAW.items()}
ROUTED_TOPICS = frozenset(ROUTED.values())
LAG_EVERY = 5.0  # seconds between consumer-lag readings
LAG_TIMEOUT = 10.0  # a reading the broker does not answer within this is skipped


async def flush_all(producer: Any) -> None:
    """Every message faust holds for `producer` handed to the client and acknowledged.

    A table write goes to faust's ProducerBuffer, drained by a task of its own; faust's
    `Producer.flush` drains it with `flush_atmost`, which returns once 0.1 s pass without a
    message sent: on a loaded machine, with a batch's table writes still in the buffer
    (seen: 2,456 of them). A batch committed then has state not yet in the changelog, so a
    SIGKILL loses it, and a recovery of the holder's own partition after a rebalance
    replays older values over it (tests/test_fault_scale.py: a repeat offender's first
    report missing from the state). So: until the buffer is empty, then the client's flush."""
    buffer = producer.buffer
    while buffer.size:
        await buffer.flush()
    await producer.flush()


class Abandon(Exception):
    """The batch must not be finished here (the state moved to another worker): leave it
    uncommitted, so whoever holds the state now reads it again."""


class Stage:
    """What both stages share: waiting until every output can be written, delivering a
    batch's outputs with retries, committing after the acknowledgement, and the lag."""

    name = "stage"
    lag_label = ""

    def __init__(self, app: Any, settings: Settings, topics: dict[str, Any]) -> None:
        self.app = app
        self.settings = settings
        self.topics = topics
        self._blocked: str | None = "starting"
        self._blocked_since = time.monotonic()
        self._metadata_known = False
        self._consumer: AIOKafkaConsumer | None = None
        self._committed: dict[TopicPartition, int] = {}  # what this stage committed last, per partition

    # -- to be given by each stage -------------------------------------------------------
    def output_topics(self) -> list[str]:
        raise NotImplementedError

    def blocker(self) -> str | None:
        """Why this stage cannot write every output now, or None."""
        return None

    def gives_up(self, reason: str) -> bool:
        """True when waiting for `reason` to pass makes no sense for the batch in hand."""
        return False

    def on_state(self, taking: bool) -> None:
        """Told when the stage starts or stops taking input."""

    # -- readiness ---------------------------------------------------------------------
    async def _ensure_metadata(self) -> None:
        producer = self.app.producer._ensure_producer()
        for name in self.output_topics():
            partitions = await asyncio.wait_for(producer.partitions_for(name), timeout=30)
            if not partitions:
                raise KafkaError(f"no partitions known for {name}")
        self._metadata_known = True

    async def ready(self) -> None:
        """Return once the stage can write every output; log each change of state once.
        Raises Abandon when the reason is one the batch in hand must not wait out."""
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
                        "%s: taking input (waited %.1f s: %s)",
                        self.name,
                        time.monotonic() - self._blocked_since,
                        self._blocked,
                    )
                    self._blocked = None
                    self.on_state(True)
                return
            if reason != self._blocked:
                log.warning("%s: input paused: %s", self.name, reason)
                self._blocked, self._blocked_since = reason, time.monotonic()
                self.on_state(False)
            if self.gives_up(reason):
                raise Abandon(reason)
            await asyncio.sleep(0.5)

    # -- delivery ----------------------------------------------------------------------
    async def deliver(self, outputs: Callable[[], list[Outgoing]], stage: str) -> list[Outgoing]:
        """Make the batch's outputs, send them and wait for the broker's acknowledgement of
        every one (and of the tables' changelog writes); on the worker's own failure retry
        the whole, with back-off, until it succeeds (never dead-letter for it)."""
        backoff, failing_since = 0.5, None
        while True:
            try:
                out = outputs()
                sending = time.perf_counter()
                pending = [await self.topics[o.topic].send(key=o.key, value=o.value) for o in out]
                await asyncio.gather(*pending)
                await flush_all(self.app.producer)  # the tables' changelog writes too
                metrics.STAGE_SECONDS.labels(stage).observe(time.perf_counter() - sending)
                if failing_since is not None:
                    waited = time.monotonic() - failing_since
                    log.warning("%s: batch delivered after %.1f s of retries", self.name, waited)
                return out
            except (asyncio.CancelledError, Abandon):
                raise
            except Exception as exc:
                metrics.RETRIES.labels("deliver").inc()
                if failing_since is None:
                    failing_since = time.monotonic()
                    # The type only: the worker's fault, and a message could quote a value.
                    log.warning(
                        "%s: delivering a batch failed (%s); retrying, nothing dead-lettered",
                        self.name,
                        type(exc).__name__,
                    )
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
                    waited = time.monotonic() - failing_since
                    log.warning("%s: offsets committed after %.1f s of retries", self.name, waited)
                return
            except (CommitFailedError, IllegalStateError) as exc:
                # The partitions moved in a rebalance: they are read again from the last
                # commit (a replay, never a loss).
                log.warning(
                    "%s: commit refused after a rebalance (%s); the batch will be read again",
                    self.name,
                    type(exc).__name__,
                )
                return
            except KafkaError as exc:
                metrics.RETRIES.labels("commit").inc()
                if failing_since is None:
                    failing_since = time.monotonic()
                    log.warning("%s: committing offsets failed (%s); retrying", self.name, type(exc).__name__)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)

    # -- consumer lag --------------------------------------------------------------------
    async def _watch_lag(self, consumer: AIOKafkaConsumer) -> None:
        """Lag per topic from the broker's log end offsets, on its own task so that a
        stalled batch shows as growing lag rather than a frozen reading."""
        while True:
            await asyncio.sleep(LAG_EVERY)
            try:
                await asyncio.wait_for(self._read_lag(consumer), LAG_TIMEOUT)
            except asyncio.CancelledError:
                raise
            except Exception:  # broker away, a rebalance: the last reading stands until the next
                continue

    def lag_label_of(self, topic: str) -> str:
        return self.lag_label or topic

    async def _read_lag(self, consumer: AIOKafkaConsumer) -> None:
        assigned = list(consumer.assignment())
        lag = dict.fromkeys(self.lag_labels(), 0)
        if assigned:
            ends = await consumer.end_offsets(assigned)
            for tp in assigned:
                done = self._committed.get(tp)
                if done is None:
                    done = await consumer.committed(tp)
                    if done is None:  # nothing committed yet: the group reads from the earliest offset
                        done = (await consumer.beginning_offsets([tp]))[tp]
                lag[self.lag_label_of(tp.topic)] += max(0, ends[tp] - done)
        for label, messages in lag.items():
            metrics.CONSUMER_LAG.labels(label).set(messages)

    def lag_labels(self) -> Iterable[str]:
        return [self.lag_label] if self.lag_label else []


class Intake(Stage):
    """The NLP stage: raw topics in, analysed records (and dead letters) out."""

    name = "intake"

    def __init__(
        self,
        app: Any,
        settings: Settings,
        topics: dict[str, Any],
        pipeline: Callable[[], Any],
        executor: ThreadPoolExecutor,
    ) -> None:
        super().__init__(app, settings, topics)
        self.pipeline = pipeline
        self.executor = executor
        self.analysed_topic = analysed_topic(settings.app_id)

    def output_topics(self) -> list[str]:
        return [self.analysed_topic, DEADLETTER, AUDIT]

    def on_state(self, taking: bool) -> None:
        metrics.INTAKE_READY.set(1 if taking else 0)

    def lag_labels(self) -> Iterable[str]:
        return RAW.values()

    def not_ready(self) -> list[str]:
        """Why the intake is not taking input now (empty when it is): for /ready."""
        consumer = self._consumer
        if consumer is None:
            return [f"the intake consumer has not started ({self._blocked or 'starting'})"]
        reasons = []
        if not consumer.assignment():
            reasons.append("the intake consumer has no partitions assigned")
        if self._blocked:
            reasons.append(self._blocked)
        return reasons

    # -- the loop ----------------------------------------------------------------------
    async def run(self) -> None:
        await self.ready()
        consumer = AIOKafkaConsumer(
            *RAW.values(),
            **self.settings.consumer_config(self.settings.intake_group, "intake"),
            # The NLP of one batch may take a while; heartbeats run on their own task.
            max_poll_interval_ms=30 * 60 * 1000,
            max_partition_fetch_bytes=2 * 1024 * 1024,
        )
        await consumer.start()
        self._consumer = consumer
        lag = asyncio.create_task(self._watch_lag(consumer))
        log.info("intake consuming %s as group %s", ", ".join(RAW.values()), self.settings.intake_group)
        # One batch's delivery and commit run while the next batch is parsed: the NLP
        # thread would otherwise wait for the broker's acknowledgements (issue 13). Batches
        # are delivered and committed in the order they were read, each only after the one
        # before it, so the analysed topic keeps the raw order and a commit never covers an
        # unacknowledged output.
        delivering: asyncio.Task[None] | None = None
        try:
            while True:
                await self.ready()
                data = await consumer.getmany(
                    timeout_ms=int(self.settings.batch_within * 1000), max_records=self.settings.batch_size
                )
                if not data:
                    continue
                out = await self.analyse(data)
                if delivering is not None:
                    await delivering
                delivering = asyncio.create_task(self._deliver_and_commit(consumer, out, data))
        finally:
            if delivering is not None and not delivering.done():
                delivering.cancel()  # left uncommitted: read again (a replay, never a loss)
                await asyncio.gather(delivering, return_exceptions=True)
            self._consumer = None
            lag.cancel()
            await consumer.stop()

    async def _deliver_and_commit(
        self, consumer: AIOKafkaConsumer, out: list[Outgoing], data: dict[TopicPartition, list[Any]]
    ) -> None:
        await self.deliver(lambda: out, "handoff")
        await self.commit(consumer, data)

    async def analyse(self, data: dict[TopicPartition, list[Any]]) -> list[Outgoing]:
        """The batch's outputs: every source in one NLP batch (the pipeline takes mixed
        sources), so nlp.pipe gets the whole fetch rather than a third of it."""
        batch = [
            RawMessage(SOURCE_OF[tp.topic], m.topic, m.partition, m.offset, m.key, m.value, m.timestamp)
            for tp, messages in data.items()
            for m in messages
        ]
        loop = asyncio.get_running_loop()
        analysis = await loop.run_in_executor(self.executor, self._analyse, batch)
        return self.handoff(analysis)

    def _analyse(self, batch: list[RawMessage]) -> Analysis:
        for source in {m.source for m in batch}:
            metrics.BATCH_SIZE.labels(source).observe(sum(1 for m in batch if m.source == source))
        s = self.settings
        return analyse_messages(self.pipeline(), batch, s.record_seconds, s.max_output_bytes)

    def handoff(self, analysis: Analysis) -> list[Outgoing]:
        """The batch's dead letters and audit events, and per accepted record its collection
        and alteration events and one analysed message (keyed by record id). A record whose
        analysed form is over the producer's request size travels without its raw bytes;
        still over, it is dead-lettered."""
        out = list(analysis.out)
        limit = self.settings.max_output_bytes
        for msg, analysed in analysis.analysed:
            key = analysed.record_id.encode()
            try:
                value = handoff.encode(msg, analysed)
                if len(key) + len(value) > limit:
                    value = handoff.encode(msg, analysed, keep_raw=False)
            except Exception as exc:  # as finish_messages does with an output it cannot encode
                metrics.PROCESS_ERRORS.labels(msg.source).inc()
                out += deadletter(msg, f"output: failed ({type(exc).__name__})", limit)
                continue
            if len(key) + len(value) > limit:
                metrics.PROCESS_ERRORS.labels(msg.source).inc()
                out += deadletter(msg, f"output: too large ({len(key) + len(value)} bytes; limit {limit})", limit)
                continue
            out += received(msg, analysed)
            out.append(Outgoing(self.analysed_topic, key, value, origin=msg))
        return out


def observe_end_to_end(out: list[Outgoing]) -> None:
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
