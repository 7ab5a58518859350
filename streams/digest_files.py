"""Digests and draft warnings as files: `bulletins digest`, `bulletins warning`, and the
worker's copy of every digest it produces.

`bulletins digest --from FILE.jsonl --out DIR` reads routed items (the output of
`bulletins process`, or of `bulletins tail`), keeps those for the liaison officer (routed
to spoc or organised_crime), and writes one digest per district and period window that
has items: `DIR/<period>/<window start>_<district>.{html,txt,json}`. An item falls in the
window of the time the pipeline routed it (`processed_at`, on a routed topic's messages),
or, in batch output that has none, of the time it was received.

Files are written whole (a temporary file renamed into place) and readable by the owner
and group only: a digest is OFFICIAL-SENSITIVE.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from processors.digest import (
    DigestItem,
    Districts,
    Window,
    build_digest,
    digest_item,
    draft_warning,
    eligible,
    group_offenders,
    load_districts,
    render_html,
    render_json,
    render_text,
    render_warning_html,
    render_warning_text,
    wanted,
    window_of,
)
from processors.digest.periods import parse_time

FILE_MODE = 0o640


@dataclass(frozen=True)
class ReadResult:
    items: list[DigestItem]
    lines: int
    skipped: int  # not JSON, rejected lines, items not for the liaison officer


def read_items(lines: Iterable[str], districts: Districts | None = None) -> ReadResult:
    """Digest items from JSON lines of routed output; the last line of an id wins (a
    replayed record is one item)."""
    districts = districts or load_districts()
    items: dict[str, DigestItem] = {}
    total = skipped = 0
    for line in lines:
        if not line.strip():
            continue
        total += 1
        try:
            output = json.loads(line)
        except ValueError:
            skipped += 1
            continue
        if not isinstance(output, dict) or not wanted(output):
            skipped += 1
            continue
        try:
            item = digest_item(output, districts)
        except (KeyError, TypeError, ValueError):  # a line that is not a routed item
            skipped += 1
            continue
        items[item["id"]] = item
    return ReadResult(list(items.values()), total, skipped)


def item_time(item: DigestItem) -> float:
    """When the item reached the liaison queue: routed, else received."""
    return parse_time(item["processed_at"] or item["at"])


def select(
    items: Iterable[DigestItem], since: float | None = None, until: float | None = None, district: str | None = None
) -> list[DigestItem]:
    out = []
    for item in items:
        at = item_time(item)
        if (since is not None and at < since) or (until is not None and at >= until):
            continue
        if district is not None and item["district"] != district:
            continue
        out.append(item)
    return out


def by_window(items: Iterable[DigestItem], length: float) -> dict[Window, list[DigestItem]]:
    windows: dict[Window, list[DigestItem]] = {}
    for item in items:
        windows.setdefault(window_of(item_time(item), length), []).append(item)
    return dict(sorted(windows.items()))


def digests(
    items: list[DigestItem],
    periods: dict[str, float],
    generated_at: float,
    district: str | None = None,
    districts: Districts | None = None,
) -> Iterator[dict[str, Any]]:
    """One digest per period, window and district with items (or only `district`). The
    counts by district see every item of the window, whatever `district` is."""
    districts = districts or load_districts()
    for period, length in periods.items():
        for window, members in by_window(items, length).items():
            names = [district] if district else sorted({i["district"] for i in members}, key=_district_order(districts))
            for name in names:
                if any(i["district"] == name for i in members):
                    yield build_digest(members, name, period, window, generated_at, districts)


def write_digest(digest: dict[str, Any], out_dir: Path, districts: Districts | None = None) -> list[Path]:
    """The digest's three files under `out_dir/<period>/`; returns their paths."""
    districts = districts or load_districts()
    start = digest["from"]
    # a day's or week's window starts at midnight: its date names it (shorter test windows
    # keep the time)
    stamp = start[:10] if start.endswith("T00:00:00Z") else start.replace(":", "")
    folder = out_dir / digest["period"]
    stem = f"{stamp}_{districts.slug(digest['district_key'])}"
    return [
        write_file(folder / f"{stem}.html", render_html(digest)),
        write_file(folder / f"{stem}.txt", render_text(digest)),
        write_file(folder / f"{stem}.json", render_json(digest)),
    ]


def warning_drafts(items: list[DigestItem], districts: Districts | None = None) -> list[dict[str, Any]]:
    """(group, draft) for every offender a warning may be drafted for."""
    return [{"group": g, "draft": draft_warning(g, districts)} for g in group_offenders(items) if eligible(g)]


def write_warning(draft: dict[str, Any], out_dir: Path) -> list[Path]:
    stem = f"warning-{draft['draft_id']}"
    return [
        write_file(out_dir / f"{stem}.html", render_warning_html(draft)),
        write_file(out_dir / f"{stem}.txt", render_warning_text(draft)),
        write_file(out_dir / f"{stem}.json", render_json(draft)),
    ]


def write_file(path: Path, text: str) -> Path:
    """Whole or not at all: a reader (a mailer watching the folder) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _district_order(districts: Districts) -> Any:
    order = {name: n for n, name in enumerate(districts.names)}
    return lambda name: order.get(name, len(order))
