"""A watch on faust's table recovery: an active changelog partition that stops advancing is
read again from what the table last applied.

Why. faust's recovery waits, without a deadline, until every active changelog partition has
been read up to its highwater. Its consumer drops any fetched message whose offset is below
the partition's "read offset" as a duplicate (`Consumer._drain_messages`), and a seek resets
that read offset; but a batch fetched before a rebalance and drained after the recovery's
seek sets it back (the drain loop records each message's offset even while the flow is
suspended). Every message re-read from the changelog's start is then dropped, the partition
never advances and the worker never becomes ready: the stall seen once in CI, a worker
taking over the state logging "No event received for active tp ... since recovery start"
for ten minutes. Standby replicas made the window wide (a standby reads the partition right
up to its promotion; streams/app.py no longer keeps them); this watch closes what remains.

What. Every `interval` seconds during recovery, each active partition with changes still to
read whose applied offset has not moved for `stall_after` seconds is sought again to that
offset (faust's own `seek_wait`, which also resets the consumer's read offset), so the
fetch starts over from where the table is. Re-applying a changelog message is idempotent
(the value for its key is written again). Logged once per partition and stall, with the
topic and offsets only.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mode import Service

from streams import metrics

log = logging.getLogger(__name__)


@dataclass
class RecoveryWatch:
    """Decides which active changelog partitions have stalled (`stalled`) and re-seeks them
    (`check`). `recovery` is faust's `app.tables.recovery`, `consumer` the app's consumer."""

    stall_after: float = 60.0
    clock: Callable[[], float] = time.monotonic
    # tp -> (the applied offset last seen, when it was first seen at that value)
    _seen: dict[Any, tuple[int, float]] = field(default_factory=dict)

    def stalled(self, remaining: dict[Any, int], applied: dict[Any, int | None]) -> dict[Any, int]:
        """The partitions to read again and the offset to seek each to: those with changes
        remaining whose applied offset has not moved for `stall_after` seconds."""
        now = self.clock()
        out: dict[Any, int] = {}
        for tp in list(self._seen):
            if remaining.get(tp, 0) <= 0:
                del self._seen[tp]  # caught up, or no longer active here
        for tp, left in remaining.items():
            if left <= 0:
                continue
            offset = applied.get(tp)
            at = -1 if offset is None else offset
            seen = self._seen.get(tp)
            if seen is None or seen[0] != at:
                self._seen[tp] = (at, now)
            elif now - seen[1] >= self.stall_after:
                out[tp] = max(at, 0)
                self._seen[tp] = (at, now)  # the next attempt after another full wait
        return out

    async def check(self, recovery: Any, consumer: Any) -> list[Any]:
        """One round: re-seek the stalled active partitions; return them."""
        if not recovery.in_recovery:
            self._seen.clear()
            return []
        remaining = dict(recovery.active_remaining())
        stalled = self.stalled(remaining, dict(recovery.active_offsets))
        if not stalled:
            return []
        for tp, offset in stalled.items():
            log.warning(
                "table recovery: %s[%d] has not advanced for %.0f s at offset %d (%d to read): reading it again",
                tp.topic,
                tp.partition,
                self.stall_after,
                offset,
                remaining[tp],
            )
        metrics.RECOVERY_RESEEKS.inc(len(stalled))
        await consumer.seek_wait(stalled)
        return list(stalled)


class RecoveryWatchService(Service):
    """Runs the watch every `interval` seconds from the app's start. A service the app depends
    on, not an `app.timer`: faust starts its timers and tasks only once the first recovery is
    done, which is the recovery a worker's start can stall in."""

    def __init__(self, watch: RecoveryWatch, recovery: Callable[[], Any], consumer: Callable[[], Any], interval: float):
        self.watch = watch
        self.recovery = recovery
        self.consumer = consumer
        self.interval = interval
        super().__init__()

    @Service.task
    async def _watch(self) -> None:
        async for _ in self.itertimer(self.interval, name="recovery_watch"):
            try:
                await self.watch.check(self.recovery(), self.consumer())
            except Exception as exc:  # a watch that fails must not take the worker down with it
                log.warning("table recovery watch: the check failed (%s); trying again", type(exc).__name__)


def install_stale_read_offset() -> None:
    """Fault injection for the fault tests only (BULLETINS_TEST_FAULTS=1 and
    BULLETINS_TEST_STALE_READ_OFFSET=1): the race above, made certain. Right after the first
    seek of a recovery, every partition sought is given a read offset past its end, as a
    batch drained after the seek leaves it, so faust drops every message re-read from it;
    only the watch can unstick it. Off, and never installed, in normal running."""
    from faust.transport.drivers.aiokafka import Consumer

    original = Consumer.seek_wait
    done = False

    async def seek_wait(self: Any, partitions: Any) -> None:
        nonlocal done
        await original(self, partitions)
        if not done and self.app.tables.recovery.in_recovery:
            done = True
            for tp in partitions:
                self._read_offset[tp] = 10**12

    Consumer.seek_wait = seek_wait  # type: ignore[method-assign]
