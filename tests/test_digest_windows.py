"""The worker's digest windows without a broker: the Monday-aligned tumbling window faust
is given, which windows a timer tick publishes, and how a district's window value takes
items (by record id; full windows list new items by id only). The tables themselves, the
timer and a killed worker are tested on the real broker (tests/test_digest_kafka.py)."""

from __future__ import annotations

import json

from processors.digest import digest_item
from processors.digest.periods import PERIODS, parse_time
from streams.digests import AlignedTumblingWindow, due, with_item
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


def test_a_window_keeps_items_by_record_id_and_lists_them_by_id_when_full():
    first = digest_item(routed_nums("NUM-W-1"))
    size = len(json.dumps(first))
    value = with_item(None, first, max_bytes=2 * size + 10)
    assert list(value["items"]) == ["NUM-W-1"] and value["bytes"] == size
    replay = with_item(value, first, max_bytes=2 * size + 10)
    assert replay == value  # a replayed record is the same item
    value = with_item(value, digest_item(routed_nums("NUM-W-2")), max_bytes=2 * size + 10)
    full = with_item(value, digest_item(routed_nums("NUM-W-3")), max_bytes=2 * size + 10)
    assert list(full["items"]) == ["NUM-W-1", "NUM-W-2"] and full["not_listed"] == ["NUM-W-3"]
    assert value["not_listed"] == []  # the earlier value is not changed (a table changelogs on set)
    again = with_item(full, digest_item(routed_nums("NUM-W-1", location="Holbeck")), max_bytes=2 * size + 10)
    assert again["items"]["NUM-W-1"]["area"][0] == "Holbeck"  # a full window still takes a replay's update
