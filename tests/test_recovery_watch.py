"""The recovery watch: a stalled active changelog partition is sought again to what the table
applied; a partition that advances, or has nothing left, is left alone."""

from __future__ import annotations

import asyncio
import inspect
from collections import Counter
from typing import Any

from faust.tables.recovery import Recovery
from faust.transport.drivers.aiokafka import Consumer
from faust.types import TP

from streams.recovery_watch import RecoveryWatch

A = TP("app-v2-digest_weekly-changelog", 0)
B = TP("app-v2-records-changelog", 0)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_partition_unmoved_for_the_wait_is_read_again_from_what_was_applied() -> None:
    clock = Clock()
    watch = RecoveryWatch(stall_after=60, clock=clock)
    assert watch.stalled({A: 93, B: 10}, {A: None, B: 4}) == {}
    clock.now = 30
    assert watch.stalled({A: 93, B: 6}, {A: None, B: 8}) == {}  # B advanced
    clock.now = 61
    # A never moved: from the start (nothing applied); B moved at 30, so not yet
    assert watch.stalled({A: 93, B: 6}, {A: None, B: 8}) == {A: 0}
    clock.now = 91
    assert watch.stalled({A: 93, B: 6}, {A: None, B: 8}) == {B: 8}
    clock.now = 100
    assert watch.stalled({A: 93, B: 6}, {A: None, B: 8}) == {}  # another full wait before the next try
    clock.now = 121
    assert watch.stalled({A: 93, B: 6}, {A: None, B: 8}) == {A: 0}


def test_a_partition_caught_up_or_gone_is_forgotten() -> None:
    clock = Clock()
    watch = RecoveryWatch(stall_after=60, clock=clock)
    watch.stalled({A: 5}, {A: 7})
    clock.now = 59
    assert watch.stalled({A: 0}, {A: 12}) == {}  # caught up
    clock.now = 119
    assert watch.stalled({A: 3}, {A: 12}) == {}  # new changes: the wait starts again
    clock.now = 180
    assert watch.stalled({A: 3}, {A: 12}) == {A: 12}


class FakeRecovery:
    def __init__(self, in_recovery: bool, remaining: dict[Any, int], offsets: dict[Any, int | None]) -> None:
        self.in_recovery = in_recovery
        self._remaining = remaining
        self.active_offsets = Counter(offsets)

    def active_remaining(self) -> Counter:
        return Counter(self._remaining)


class FakeConsumer:
    def __init__(self) -> None:
        self.sought: list[dict[Any, int]] = []

    async def seek_wait(self, partitions: dict[Any, int]) -> None:
        self.sought.append(dict(partitions))


def test_check_seeks_the_stalled_partitions_and_does_nothing_outside_recovery(caplog) -> None:
    clock = Clock()
    watch = RecoveryWatch(stall_after=60, clock=clock)
    consumer = FakeConsumer()
    stuck = FakeRecovery(True, {A: 93}, {A: 40})
    assert asyncio.run(watch.check(stuck, consumer)) == []
    clock.now = 60
    assert asyncio.run(watch.check(stuck, consumer)) == [A]
    assert consumer.sought == [{A: 40}]
    assert "digest_weekly-changelog[0] has not advanced" in caplog.text
    # recovery over: nothing sought, the memory cleared
    clock.now = 200
    assert asyncio.run(watch.check(FakeRecovery(False, {A: 93}, {A: 40}), consumer)) == []
    assert consumer.sought == [{A: 40}]
    assert asyncio.run(watch.check(stuck, consumer)) == []


def test_the_faust_interfaces_the_watch_reads_exist() -> None:
    """The watch leans on faust's recovery service and consumer: fail here, not in a stalled
    worker, if an upgrade renames them."""
    for name in ("active_remaining", "active_offsets", "in_recovery"):
        assert hasattr(Recovery, name) or name in Recovery.__annotations__, name
    assert inspect.iscoroutinefunction(Consumer.seek_wait)
