"""Digest periods: tumbling windows of fixed length, aligned to Monday 00:00 UTC.

A daily window is a UTC day; a weekly one runs Monday to Monday (officers plan by the
week, and the epoch itself fell on a Thursday). The worker's windowed tables and
`bulletins digest` use the same arithmetic, so a file's weekly digest and the worker's
cover the same seven days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

DAY = 86400.0
PERIODS: dict[str, float] = {"daily": DAY, "weekly": 7 * DAY}
# 1970-01-05 00:00 UTC, a Monday: every window starts a whole number of lengths after it.
ORIGIN = 4 * DAY


@dataclass(frozen=True, order=True)
class Window:
    start: float  # Unix seconds, inclusive
    end: float  # Unix seconds, exclusive

    @property
    def start_iso(self) -> str:
        return iso(self.start)

    @property
    def end_iso(self) -> str:
        return iso(self.end)


def window_of(timestamp: float, length: float) -> Window:
    """The window of `length` seconds that holds `timestamp`."""
    start = ORIGIN + ((timestamp - ORIGIN) // length) * length
    return Window(start, start + length)


def windows_between(since: float, until: float, length: float) -> list[Window]:
    """Every window that overlaps [since, until)."""
    out, window = [], window_of(since, length)
    while window.start < until:
        out.append(window)
        window = Window(window.end, window.end + length)
    return out


def parse_periods(text: str) -> dict[str, float]:
    """`daily,weekly` (the default) or with lengths in seconds, `daily=20,weekly=60` (tests
    use short windows). Names are the metric's closed vocabulary: daily, weekly."""
    periods: dict[str, float] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, _, seconds = part.partition("=")
        name = name.strip()
        if name not in PERIODS:
            raise ValueError(f"unknown digest period {name!r} (expected daily or weekly)")
        length = float(seconds) if seconds.strip() else PERIODS[name]
        if length <= 0:
            raise ValueError(f"digest period {name}: the length must be above 0 seconds")
        periods[name] = length
    if not periods:
        raise ValueError("no digest period given (expected daily, weekly or both)")
    return periods


def iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat().replace("+00:00", "Z")


def parse_time(text: str) -> float:
    """An ISO-8601 date (midnight UTC) or date-time (UTC if no zone) as Unix seconds."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()
