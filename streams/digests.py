"""The worker's digests: windowed faust tables that gather routed items, and a timer that
turns each closed window into one digest per district (the `bulletins.digest` topic, and
files in BULLETINS_DIGEST_DIR).

One table per period (`digest_daily`, `digest_weekly`), tumbling windows aligned to Monday
00:00 UTC (processors/digest/periods.py), keyed by district, changelogged like the other
tables. The key is `<district>/<record id>` and the value that item: one small changelog
message per routed item, where one growing value per district would rewrite the whole
district's items on every record (2,000 records a window: gigabytes of changelog). By
record id, a replayed record is the same item. The item is the digest's small view of the
routed output (no free text, no pseudonyms: processors/digest/items.py).

Windows are in processing time: an item belongs to the window in which the pipeline routed
it, so a late NUM bulletin appears in the next digest rather than rewriting one already
sent. A record replayed after a crash is the same item in the same window; only a replay
that crosses a window's end lists it again in the next digest (at least once, never lost).

Why a timer and not faust's `on_window_close`: faust tracks a window's expiry only for keys
written since the process started (`_partition_timestamps`), so a window restored from the
changelog after a restart would never close, and its items would never be sent. The timer
reads the table itself: every `BULLETINS_DIGEST_INTERVAL` seconds it finds the windows that
have ended since the last one it published (the `digest_progress` table), and for each
publishes a digest for every district of the force (an empty one says "nothing new": a
digest that does not arrive is then a fault, not a quiet day) and for "other" if it has
items; then records the window as done, waits for that to reach the broker, and only then
drops the window's keys. A crash in between publishes the same window again, to the same
topic key and file names: at least once, idempotent.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

import faust
from faust.tables.wrappers import WindowWrapper
from faust.types import EventT
from faust.types.tables import RelativeHandler, WindowWrapperT
from faust.windows import Window as FaustWindow
from mode.utils.times import want_seconds

from processors.digest import (
    OTHER,
    Districts,
    Window,
    build_digest,
    digest_item,
    load_districts,
    render_json,
    wanted,
    window_of,
)
from streams import metrics
from streams.config import Settings
from streams.digest_files import write_digest

log = logging.getLogger(__name__)
# faust's window ranges end 0.1 s before the next window starts (WindowRange_from_start).
_RANGE_END = 0.1
# A window's changelog is kept this long after the window ends (faust sets the changelog's
# retention.ms from the window's `expires`): a worker down for less loses nothing.
KEEP_AFTER_END = 30 * 86400.0

Sender = Callable[[bytes, bytes], Awaitable[None]]


def _relative_to(wrapper: WindowWrapperT, clock: RelativeHandler) -> WindowWrapperT:
    """The windowed table timed by `clock`: faust's WindowWrapper.relative_to, which its
    interface (what `using_window` is declared to return) does not declare."""
    if not isinstance(wrapper, WindowWrapper):
        raise TypeError(f"a faust WindowWrapper is expected, not {type(wrapper).__name__}")
    return wrapper.relative_to(clock)


class AlignedTumblingWindow(FaustWindow):
    """faust's tumbling window, aligned to Monday 00:00 UTC instead of the epoch (a
    Thursday), so a weekly window is a Monday-to-Monday week. Ranges as faust makes them:
    (start, start + size - 0.1)."""

    def __init__(self, size: float, expires: float | None = None) -> None:
        self.size = self.step = float(size)
        self.expires = want_seconds(expires) if expires else None

    def ranges(self, timestamp: float) -> list[tuple[float, float]]:
        return [self.current(timestamp)]

    def stale(self, timestamp: float, latest_timestamp: float) -> bool:
        return timestamp <= self.current(latest_timestamp - self.expires)[0] if self.expires else False

    def current(self, timestamp: float) -> tuple[float, float]:
        window = window_of(timestamp, self.size)
        return (window.start, window.end - _RANGE_END)

    def delta(self, timestamp: float, d: Any) -> tuple[float, float]:
        return self.current(timestamp - want_seconds(d))

    def earliest(self, timestamp: float) -> tuple[float, float]:
        return self.current(timestamp)


class Digests:
    """The digest tables of one worker, what adds to them and what publishes them."""

    def __init__(
        self,
        app: faust.App,
        settings: Settings,
        partitions: int,
        changelog_configs: dict[str, str],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.periods = dict(settings.digest_periods)
        self.out_dir = Path(settings.digest_dir) if settings.digest_dir else None
        self.max_message_bytes = settings.max_output_bytes
        self.districts: Districts = load_districts()
        self.clock = clock
        schema: faust.Schema = faust.Schema(key_serializer="json", value_serializer="json")

        def now(event: EventT | None = None) -> float:
            return self.clock()

        self.windows = {
            period: _relative_to(
                app.Table(
                    f"digest_{period}",
                    default=None,
                    partitions=partitions,
                    schema=schema,
                    use_partitioner=True,  # written after a batch, outside any event
                    extra_topic_configs=changelog_configs,
                ).using_window(AlignedTumblingWindow(length, expires=length + KEEP_AFTER_END)),
                now,
            )
            for period, length in self.periods.items()
        }
        self.progress = app.Table(
            "digest_progress",
            default=None,
            partitions=partitions,
            schema=schema,
            use_partitioner=True,
            extra_topic_configs=changelog_configs,
        )

    @property
    def tables(self) -> list[Any]:
        """The faust tables (for the intake's checks of assignment and metadata)."""
        return [w.table for w in self.windows.values()] + [self.progress]

    # -- gathering (on the event loop, from the intake's batch) ----------------------------
    def add(self, output: dict[str, Any]) -> None:
        """Add a routed output to the current window of every period. A table failure
        raises (the intake retries the batch); a routed output the digest cannot read is
        logged by type and left out (it is still on the routed topics)."""
        try:
            if not wanted(output):
                return
            item = digest_item(output, self.districts)
        except Exception as exc:
            log.warning("digest: a routed item could not be read (%s); left out of the digest", type(exc).__name__)
            return
        for wrapper in self.windows.values():
            wrapper[item_key(item["district"], item["id"])] = item  # the current window, by the clock

    # -- publishing (a timer) ------------------------------------------------------------------
    async def publish_closed(self, send: Sender, flush: Callable[[], Awaitable[Any]]) -> int:
        """Publish every window that has ended since the last one published, oldest first;
        return how many digests were published."""
        published = 0
        now = self.clock()
        for period, length in self.periods.items():
            table = self.windows[period].table
            latest_closed = window_of(now, length).start - length
            done = self.progress.get(period)
            if done is None:  # the first start: begin with the window now open
                self.progress[period] = done = latest_closed
            closed = self._closed(table, length, now)
            starts = due(closed, done, latest_closed)
            for start in starts:
                window = Window(start, start + length)
                published += await self._publish_window(period, window, closed.get(start, []), send)
                self.progress[period] = start
                metrics.DIGEST_LAST_SUCCESS.labels(period).set(time.time())
            if starts:
                await flush()  # the progress reaches the broker before the window's items go
            done = self.progress[period]
            for key in [k for k in list(table.keys()) if _start(k) <= done]:
                del table[key]
        return published

    def _closed(self, table: Any, length: float, now: float) -> dict[float, list[dict[str, Any]]]:
        """start -> the items of every window that has ended."""
        out: dict[float, list[dict[str, Any]]] = {}
        for key in list(table.keys()):
            if _start(key) + length <= now:
                item = table.get(key)
                if item:
                    out.setdefault(_start(key), []).append(item)
        return out

    async def _publish_window(self, period: str, window: Window, items: list[dict[str, Any]], send: Sender) -> int:
        names = [*self.districts.names, *([OTHER] if any(i["district"] == OTHER for i in items) else [])]
        generated = time.time()
        loop = asyncio.get_running_loop()
        for name in names:
            digest = build_digest(items, name, period, window, generated, self.districts)
            # Rendering (matplotlib) and writing are slow for an event loop: a thread does them.
            await loop.run_in_executor(None, self._write_files, digest)
            key = f"{period}/{self.districts.slug(name)}/{window.start_iso}".encode()
            await send(key, self._message(digest))
        log.info(
            "digest %s from %s: %d district digest(s), %d item(s)", period, window.start_iso, len(names), len(items)
        )
        return len(names)

    def _write_files(self, digest: dict[str, Any]) -> None:
        if self.out_dir is not None:
            write_digest(digest, self.out_dir, self.districts)

    def _message(self, digest: dict[str, Any]) -> bytes:
        """The digest's JSON document; over the producer's request size, its summary and
        counts only (the files have it whole)."""
        value = render_json(digest).encode()
        if len(value) <= self.max_message_bytes:
            return value
        keep = ("kind", "version", "district", "district_key", "period", "from", "until", "generated_at", "notes")
        short = {k: digest[k] for k in keep} | {"summary": digest["summary"], "counts": digest["counts"]}
        short["truncated"] = f"the full digest is {len(value)} bytes; the files have it whole"
        return render_json(short).encode()


def item_key(district: str, record_id: str) -> str:
    """A windowed table key (faust adds the window): the district first, so a key says whose
    digest it is in. District names come from a list and carry no "/"."""
    return f"{district}/{record_id}"


def due(closed: Iterable[float], done: float, latest_closed: float) -> list[float]:
    """The window starts to publish, oldest first: every closed window with items after the
    last one published (`done`), and the latest closed window even when empty (each
    district's "nothing new")."""
    starts = {s for s in closed if s > done}
    if latest_closed > done:
        starts.add(latest_closed)
    return sorted(starts)


def _start(key: Iterable[Any]) -> float:
    """A windowed table key is (<district>/<record id>, (start, end))."""
    _, (start, _end) = key
    return float(start)
