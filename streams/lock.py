"""One worker per app id until the state is partition-correct.

The correlation and records tables are split by key hash, and a second worker with the same
app id would hold half of them: links and check lookups silently split (issue 9: 3,732
linked pairs instead of 6,827). Until the scale-out issue repartitions the stream by
attribute, a worker holds a lock before it starts: a consumer group of its own
(`<app id>.lock`) on a one-partition topic, so only one member can be assigned the partition,
and the sticky assignor keeps it with the member that has it.
A dead holder's session expires after the session timeout and a waiting worker takes over.

A second worker waits `BULLETINS_LOCK_WAIT` seconds, then refuses to start and says why;
with `BULLETINS_STANDBY=1` it waits as a standby for as long as it takes.
"""

from __future__ import annotations

import logging
import threading
import time

from kafka import KafkaConsumer
from kafka.consumer.subscription_state import ConsumerRebalanceListener
from kafka.coordinator.assignors.sticky.sticky_assignor import StickyPartitionAssignor

from streams.config import Settings
from streams.topics import WORKER_LOCK

log = logging.getLogger(__name__)


class LockRefused(RuntimeError):
    """Another worker with the same app id holds the lock."""


class WorkerLock(ConsumerRebalanceListener):
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.held = threading.Event()
        self.joined = threading.Event()
        self.lost_at: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="worker-lock", daemon=True)
        self._error: str | None = None

    # Called on the lock thread, inside poll().
    def on_partitions_revoked(self, revoked) -> None:  # type: ignore[no-untyped-def]
        if self.held.is_set():
            self.lost_at = time.monotonic()
            log.warning("single-worker lock released by a group rebalance; input paused until it is held again")
        self.held.clear()

    def on_partitions_assigned(self, assigned) -> None:  # type: ignore[no-untyped-def]
        self.joined.set()
        if assigned:
            if self.lost_at is not None:
                log.warning("single-worker lock held again after %.1f s", time.monotonic() - self.lost_at)
            self.lost_at = None
            self.held.set()

    def _run(self) -> None:
        session_ms = int(self.settings.session_timeout * 1000)
        consumer = None
        try:
            while not self._stop.is_set():
                try:
                    if consumer is None:
                        consumer = KafkaConsumer(
                            bootstrap_servers=self.settings.bootstrap_servers.split(","),
                            **self.settings.security.client_config(),
                            group_id=self.settings.lock_group,
                            client_id=f"{self.settings.app_id}-lock",
                            enable_auto_commit=False,
                            session_timeout_ms=session_ms,
                            heartbeat_interval_ms=max(1000, session_ms // 4),
                            max_poll_interval_ms=max(60_000, session_ms * 6),
                            # Sticky: the holder keeps the partition when a newcomer joins
                            # (the range assignor may hand it to the newcomer).
                            partition_assignment_strategy=[StickyPartitionAssignor],
                        )
                        consumer.subscribe([WORKER_LOCK], listener=self)
                    consumer.poll(timeout_ms=500)
                except Exception as exc:  # broker away: keep trying, quietly
                    self._error = type(exc).__name__
                    time.sleep(1.0)
        finally:
            if consumer is not None:
                consumer.close(autocommit=False)

    def acquire(self) -> None:
        """Block until the lock is held; raise LockRefused when another worker holds it."""
        self._thread.start()
        wait = None if self.settings.standby else self.settings.lock_wait
        started = time.monotonic()
        announced = False
        while not self.held.wait(timeout=1.0):
            waited = time.monotonic() - started
            if not announced and waited > 2 * self.settings.session_timeout + 5 and self.joined.is_set():
                log.warning(
                    "another worker with app id %r holds the single-worker lock (group %s); waiting as standby",
                    self.settings.app_id,
                    self.settings.lock_group,
                )
                announced = True
            if wait is not None and waited > wait:
                self.release()
                if self.joined.is_set():
                    raise LockRefused(
                        f"another worker with app id {self.settings.app_id!r} is running (it holds consumer group "
                        f"{self.settings.lock_group!r} on {WORKER_LOCK}). The correlation and records tables are "
                        "split by key, so two workers would each see half of them; one worker per app id until "
                        "the stream is repartitioned by attribute. Refusing to start (set BULLETINS_STANDBY=1 to "
                        "wait as a standby instead)."
                    )
                raise LockRefused(
                    f"could not take the single-worker lock within {wait:g} s: the broker did not answer "
                    f"({self._error or 'no reply'})"
                )
        log.info("single-worker lock held (group %s)", self.settings.lock_group)

    def release(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=15)
