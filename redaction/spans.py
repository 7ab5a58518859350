"""Spans of the redaction: the candidates the recognizers found, how overlaps are settled,
and the spans kept in clear. Pure functions over offsets: no parse, no role decision."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from common.spans import KeptSpan
from redaction.roles import OFFENDER


@dataclass
class RedactionResult:
    text: str
    kept: list[KeptSpan] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    # (entity, canonical value) of everything replaced: feeds pseudonyms and the leak guard.
    removed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Candidate:
    """A recognizer's span, with the tier that settles overlaps (`entities.yaml` precedence)."""

    start: int
    end: int
    entity: str
    source: str
    tier: int
    meta: dict[str, Any]


def resolve_overlaps(
    cands: list[Candidate],
    text: str,
    name_like: Callable[[str], bool],
    first_name_left: Callable[[Candidate, int, int], bool] | None = None,
) -> list[Candidate]:
    """One candidate per stretch of text: the lower tier, then the longer span, wins; a
    victim value (tier 0) always wins and takes in whatever overlaps it; the part of a name
    that nothing stronger explains stays a name (`name_like`), and so does a first name left
    of a tagger's place that a stronger place cut (`first_name_left`: "Kasia - Harehills",
    Harehills the record's own place)."""
    cands.sort(key=lambda c: (c.tier, -(c.end - c.start), c.start))
    accepted: list[Candidate] = []
    queue = list(cands)
    while queue:
        c = queue.pop(0)
        over = [a for a in accepted if a.start < c.end and c.start < a.end]
        if not over:
            accepted.append(c)
            continue
        deny = [a for a in over if a.tier == 0]
        if deny and c.tier > 0:
            # a victim value always wins, and takes in whatever overlaps it
            d = deny[0]
            d.start, d.end = min(d.start, c.start), max(d.end, c.end)
            continue
        if c.tier == 0:
            for a in over:
                c.start, c.end = min(c.start, a.start), max(c.end, a.end)
                accepted.remove(a)
            accepted.append(c)
            continue
        queue += _names_left(c, over, text, name_like, first_name_left)
    # a grown deny span may now cover others
    for d in [a for a in accepted if a.tier == 0]:
        for a in [a for a in accepted if a.tier > 0 and a.start < d.end and d.start < a.end]:
            d.start, d.end = min(d.start, a.start), max(d.end, a.end)
            accepted.remove(a)
    return sorted(accepted, key=lambda c: c.start)


def _names_left(
    c: Candidate,
    over: list[Candidate],
    text: str,
    name_like: Callable[[str], bool],
    first_name_left: Callable[[Candidate, int, int], bool] | None,
) -> list[Candidate]:
    """The parts of a candidate that stronger ones overlap which stay names."""
    if c.entity == "PERSON":
        # keep the part of a name that nothing stronger explains ("Tasha" of "Tasha (07700")
        return [
            Candidate(s, e, c.entity, c.source, c.tier, c.meta)
            for s, e in remainders(c, over, text)
            if name_like(text[s:e])
        ]
    if first_name_left is None:
        return []
    return [
        Candidate(s, e, "PERSON", c.source, c.tier, c.meta)
        for s, e in remainders(c, over, text)
        if first_name_left(c, s, e)
    ]


def join_names(kept: list[KeptSpan], text: str) -> list[KeptSpan]:
    """An offender's name the NER found in parts ("Craig Allan" "Hebden"), both kept: one
    entity, as written."""
    out: list[KeptSpan] = []
    for k in sorted(kept, key=lambda k: k.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and k.entity == prev.entity == "PERSON"
            and k.role == prev.role == OFFENDER
            and 0 < k.start - prev.end <= 2
            and not text[prev.end : k.start].strip()
        ):
            out[-1] = KeptSpan("PERSON", prev.start, k.end, text[prev.start : k.end], OFFENDER, prev.evidence)
        else:
            out.append(k)
    return out


def words_of(s: str) -> str:
    """Lower-case words joined by single spaces (whole-word comparisons without a regex)."""
    return " ".join(re.findall(r"[\w'\u2019\-]+", s.lower()))


def remainders(c: Candidate, over: list[Candidate], text: str) -> list[tuple[int, int]]:
    segments = [(c.start, c.end)]
    for a in over:
        nxt = []
        for s, e in segments:
            if a.end <= s or a.start >= e:
                nxt.append((s, e))
                continue
            if s < a.start:
                nxt.append((s, a.start))
            if a.end < e:
                nxt.append((a.end, e))
        segments = nxt
    out = []
    for s, e in segments:
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if e - s >= 2:
            out.append((s, e))
    return out


def merge(cands: list[Candidate]) -> list[tuple[int, int, str]]:
    """Union overlapping spans; the longest original names the type."""
    ordered = sorted(cands, key=lambda r: (r.start, -(r.end - r.start)))
    merged: list[list] = []  # [start, end, entity, length]
    for r in ordered:
        if merged and r.start < merged[-1][1]:
            last = merged[-1]
            if r.end - r.start > last[3]:
                last[2], last[3] = r.entity, r.end - r.start
            last[1] = max(last[1], r.end)
        else:
            merged.append([r.start, r.end, r.entity, r.end - r.start])
    return [(s, e, t) for s, e, t, _ in merged]
