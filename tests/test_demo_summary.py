"""The demo's wait (streams/demo.py `_done`): the summary is taken only when every route a record's
force_intel item names has arrived, not at the last force_intel item (stop 59: the routed topics are
written one after another, and one run's summary read organised_crime 8 where the next read 9)."""

from __future__ import annotations

from streams.collect import Collected
from streams.demo import _done
from streams.topics import ROUTED


def _item(rid: str, routes: list[str]) -> tuple[str, dict]:
    return rid, {"id": rid, "routes": routes}


def test_the_wait_holds_until_a_records_organised_crime_item_has_arrived():
    collected = Collected()
    collected.by_topic[ROUTED["force_intel"]] = [
        _item("A", ["force_intel"]),
        _item("B", ["force_intel", "organised_crime"]),
    ]
    assert not _done(collected, {"A", "B"}, 0, "run-1")
    collected.by_topic[ROUTED["organised_crime"]] = [_item("B", ["force_intel", "organised_crime"])]
    assert _done(collected, {"A", "B"}, 0, "run-1")


def test_the_wait_still_needs_every_record_on_force_intel():
    collected = Collected()
    collected.by_topic[ROUTED["force_intel"]] = [_item("A", ["force_intel"])]
    assert not _done(collected, {"A", "B"}, 0, "run-1")
