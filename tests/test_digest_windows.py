"""The worker's digest windows without a broker: the Monday-aligned tumbling window faust
is given, which windows a timer tick publishes, and the tables' keys. The tables
themselves, the timer and a killed worker are tested on the real broker
(tests/test_digest_kafka.py)."""

from __future__ import annotations

from processors.digest import digest_item
from processors.digest.periods import PERIODS, parse_time
from streams.digests import AlignedTumblingWindow, due, item_key
from tests.digest_fixtures import routed_nums

DAY, WEEK = PERIODS["daily"], PERIODS["weekly"]


def test_the_window_faust_is_given_starts_on_monday_and_ends_as_faust_ranges_do():
    window = AlignedTumblingWindow(WEEK, expires=WEEK + DAY)
    sunday_night = parse_time("2026-11-22T23:59:00Z")
    start, end = window.current(sunday_night)
    assert start == parse_time("2026-11-16T00:00:00Z") and end == start + WEEK - 0.1
    assert window.ranges(sunday_night) == [(start, end)] == [window.earliest(sunday_night)]
    assert window.delta(sunday_night, WEEK) == window.current(sunday_night - WEEK)
    # stale (faust may drop it) only a window and `expires` after it
    assert not window.stale(start, start + WEEK + DAY - 1)
    assert window.stale(start, start + 2 * WEEK + DAY)
    assert not AlignedTumblingWindow(DAY).stale(0.0, 1e12)  # no expiry: never stale


def test_a_tick_publishes_closed_windows_oldest_first_and_the_latest_even_when_empty():
    day = parse_time("2026-11-18T00:00:00Z")
    # normal running: yesterday closed, nothing in it: its empty digests once
    assert due([], done=day - 2 * DAY, latest_closed=day - DAY) == [day - DAY]
    assert due([], done=day - DAY, latest_closed=day - DAY) == []  # already published
    # back after two days down: the windows with items from before, then the latest
    closed = [day - 4 * DAY, day - 3 * DAY]
    assert due(closed, done=day - 5 * DAY, latest_closed=day - DAY) == [day - 4 * DAY, day - 3 * DAY, day - DAY]
    # a window published before a crash, its items not yet dropped: not again
    assert due([day - DAY], done=day - DAY, latest_closed=day - DAY) == []


def test_an_item_is_keyed_by_district_then_record():
    item = digest_item(routed_nums("NUM-W-1"))
    assert item_key(item["district"], item["id"]) == "Leeds/NUM-W-1"
