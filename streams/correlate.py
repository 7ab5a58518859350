"""The correlation stage: the analysed topic in, links, routes and every output out.

Every observation that must meet another does meet it here: the app's analysed topic and
every state table (correlation, records, the digests) have the same partitions
(`STATE_PARTITIONS`, one), and a worker reads analysed partition p only while faust's
assignor has made it the active holder of partition p of every table. So the state a
record is linked against is all of it, whichever worker analysed the record and whichever
raw partition it came in on; and the record, its links and its route are decided in one
place, in the analysed topic's order.

Who holds the state is faust's choice, not ours: every worker joins the app's faust group
(`<app id>-v2`), whose subscription is the tables' changelogs; the assignor gives each
table partition one active holder (no standby: streams/app.py says why), and on a
rebalance (a worker added, stopped or dead) keeps it where it is or gives it to a remaining
worker. The holder's faust recovery replays the changelogs before it reads (a replay that
stops advancing is read again: streams/recovery_watch.py). The stage
follows that assignment: it reads analysed partitions with a plain aiokafka consumer,
assigned by hand, in the group `<app id>.correlate` for its offsets only, and commits a
batch after every output is acknowledged, as the intake does (streams/intake.py says why
not faust's acking). A batch is linked and routed synchronously on the event loop, so no
rebalance callback runs between checking that this worker holds the state and writing it;
if the state moves while the batch's outputs are in flight, the batch is left uncommitted
and the new holder reads it again: a replay, which the state ignores by record id.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from streams import analysed as handoff
from streams import metrics
from streams.config import Settings
from streams.handling import Analysis, WorkerFault, finish_messages
from streams.intake import Abandon, Stage, observe_end_to_end
from streams.topics import AUDIT, DEADLETTER, ROUTED, analysed_topic

log = logging.getLogger(__name__)
RECOVERING = "table state is rebalancing or recovering"
ELSEWHERE = "the correlation state is held by another worker"
NOWHERE = "no worker holds the correlation state"


class Correlation(Stage):
    name = "correlation"
    lag_label = "analysed"

    def __init__(
        self,
        app: Any,
        settings: Settings,
        topics: dict[str, Any],
        tables: list[Any],
        pipeline: Callable[[], Any],
        on_routed: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        super().__init__(app, settings, topics)
        self.tables = tables  # correlation, records, then the digests' tables
        self.pipeline = pipeline
        self.on_routed = on_routed  # given each routed output (the digests)
        self.topic = analysed_topic(settings.app_id)
        self._reading: frozenset[int] = frozenset()  # analysed partitions read now

    # -- who holds the state ---------------------------------------------------------------
    def _actives(self) -> set[tuple[str, int]]:
        return {(tp.topic, tp.partition) for tp in self.app.assignor.assigned_actives()}

    def held(self) -> frozenset[int]:
        """The state partitions this worker is the active holder of, in every table."""
        actives = self._actives()
        partitions = {p for t, p in actives if t == self.tables[0].changelog_topic_name}
        return frozenset(p for p in partitions if all((t.changelog_topic_name, p) in actives for t in self.tables))

    def holder_url(self) -> str | None:
        """The web URL of the worker holding state partition 0 of the correlation table,
        from faust's assignment metadata (every member's actives), or None."""
        topic = self.tables[0].changelog_topic_name
        for url, topics in self.app.assignor.changelog_distribution.items():
            if 0 in (topics.get(topic) or []):
                return str(url)
        return None

    def blocker(self) -> str | None:
        app = self.app
        if app.rebalancing or getattr(app, "in_recovery", False) or not app.tables.recovery.completed.is_set():
            return RECOVERING
        actives = self._actives()
        mine = {p for t, p in actives if t == self.tables[0].changelog_topic_name}
        if not mine:
            return ELSEWHERE if self.holder_url() else NOWHERE
        missing = {(t.changelog_topic_name, p) for t in self.tables for p in mine} - actives
        if missing:
            return f"{len(missing)} table partition(s) are not assigned to this worker"
        return None

    def gives_up(self, reason: str) -> bool:
        # A batch read for partitions this worker no longer holds is the new holder's.
        return bool(self._reading) and self.held() != self._reading

    def on_state(self, taking: bool) -> None:
        metrics.CORRELATION_HELD.set(1 if taking else 0)

    def output_topics(self) -> list[str]:
        return [*ROUTED.values(), DEADLETTER, AUDIT, *(t.changelog_topic_name for t in self.tables)]

    def not_ready(self) -> list[str]:
        """For /ready: why the state is not usable here or anywhere (empty when it is, or
        when another worker holds it: this one is then an NLP worker only)."""
        reason = self.blocker()
        if reason in (RECOVERING, NOWHERE):
            return [reason]
        if reason == ELSEWHERE:
            return []
        if reason is not None:
            return [reason]
        if self._consumer is None or self._blocked:
            return [f"the correlation stage has not started ({self._blocked or 'starting'})"]
        return []

    # -- the loop ----------------------------------------------------------------------
    async def run(self) -> None:
        """Wait to hold the state; read its analysed partitions while it is held here."""
        announced: str | None = None
        while True:
            held = self.held() if self.blocker() is None else frozenset()
            if not held:
                reason = self.blocker() or NOWHERE
                if reason != announced:
                    log.info("correlation stage idle: %s", reason)
                    announced = reason
                    self._blocked = reason
                    self.on_state(False)
                await asyncio.sleep(0.5)
                continue
            announced = None
            await self._hold(held)

    async def _hold(self, held: frozenset[int]) -> None:
        consumer = AIOKafkaConsumer(
            **self.settings.consumer_config(self.settings.correlate_group, "correlate"),
            max_partition_fetch_bytes=4 * 1024 * 1024,
        )
        await consumer.start()
        consumer.assign([TopicPartition(self.topic, p) for p in sorted(held)])
        self._consumer, self._reading = consumer, held
        lag = asyncio.create_task(self._watch_lag(consumer))
        log.warning("correlation stage: holding the state, reading %s partition(s) %s", self.topic, sorted(held))
        try:
            while self.held() == held:
                try:
                    await self.ready()
                except Abandon:
                    break
                data = await consumer.getmany(
                    timeout_ms=int(self.settings.batch_within * 1000), max_records=self.settings.batch_size
                )
                if not data:
                    continue
                try:
                    await self.process(data)
                except Abandon:
                    log.warning("correlation stage: the state moved mid-batch; its new holder reads the batch again")
                    break
                await self.commit(consumer, data)
        finally:
            self._consumer, self._reading = None, frozenset()
            self._committed.clear()
            lag.cancel()
            metrics.CONSUMER_LAG.labels(self.lag_label).set(0)  # the new holder reports it
            await consumer.stop()
            log.warning("correlation stage: stopped reading %s partition(s) %s", self.topic, sorted(held))

    async def process(self, data: dict[TopicPartition, list[Any]]) -> None:
        messages = [m for _, ms in sorted(data.items(), key=lambda kv: kv[0].partition) for m in ms]
        analysis = Analysis()
        unreadable = None
        for m in messages:
            try:
                analysis.analysed.append(handoff.decode(m.value))
                analysis.deliveries.append(f"{m.partition}:{m.offset}")
            except handoff.AnalysedError as exc:
                unreadable = exc
        pipeline = self.pipeline()
        correlation, records = self.tables[:2]

        def outputs() -> list[Any]:
            if unreadable is not None:
                # Another version's message, or damage: stall and say so (retried), never
                # drop a record the NLP stage accepted.
                raise WorkerFault(str(unreadable))
            if self.held() != self._reading or self.blocker() is not None:
                raise Abandon("the state moved")
            return finish_messages(
                pipeline,
                analysis,
                correlation,
                records,
                self.settings.max_output_bytes,
                self.on_routed,
                received_audited=True,  # by the intake
            )

        out = await self.deliver(outputs, "send")
        observe_end_to_end(out)
