"""Retention erasure of the worker's state: correlation entries and record summaries seen
before a cut-off. One plan for both the authenticated `/purge/` route and the scheduled
erasure (`BULLETINS_RETENTION_DAYS`, every `BULLETINS_RETENTION_INTERVAL` seconds).

The plan is made first and applied only after its audit event is acknowledged, so no
erasure happens without its record (DPA 2018 s62)."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any


def cutoff(days: float, now: datetime | None = None) -> str:
    """The instant `days` before now, in the `...Z` form the tables hold."""
    return iso((now or datetime.now(UTC)) - timedelta(days=days))


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_before(text: str) -> str:
    """A date or an ISO-8601 instant, as the `...Z` form; ValueError when it is neither."""
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return iso(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


@dataclass
class Erasure:
    before: str
    drop_keys: list[str] = field(default_factory=list)
    keep: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> entry with fewer records
    record_ids: list[str] = field(default_factory=list)  # every record id erased anywhere
    summaries: list[str] = field(default_factory=list)  # record summaries to delete

    @property
    def empty(self) -> bool:
        return not (self.drop_keys or self.keep or self.summaries)

    def apply(self, correlation: MutableMapping[str, Any], records: MutableMapping[str, Any]) -> None:
        for key in self.drop_keys:
            correlation.pop(key, None)
        for key, entry in self.keep.items():
            correlation[key] = entry
        for rid in self.summaries:
            records.pop(rid, None)


def plan(correlation: MutableMapping[str, Any], records: MutableMapping[str, Any], before: str) -> Erasure:
    """What erasing everything seen before `before` would remove (nothing is changed)."""
    erasure = Erasure(before)
    erased: set[str] = set()
    for key in list(correlation.keys()):
        entry = correlation.get(key)
        if not entry:
            continue
        old = {rid for rid, r in entry.get("records", {}).items() if str(r.get("seen_at") or "") < before}
        if not old:
            continue
        erased |= old
        kept = {rid: r for rid, r in entry["records"].items() if rid not in old}
        if kept:
            erasure.keep[key] = {**entry, "records": kept}
        else:
            erasure.drop_keys.append(key)
    for rid in list(records.keys()):
        summary = records.get(rid)
        if summary and str(summary.get("at") or "") < before:
            erasure.summaries.append(rid)
            erased.add(rid)
    erasure.record_ids = sorted(erased)
    return erasure
