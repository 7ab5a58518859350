"""The benchmark's corpus: fictional records of all three sources, made deterministically.

Reuses the template generator that made tests/corpus/train/templates.jsonl (its voices
write at the length of real bulletins, adverts and referrals), restricted to the ranges
the benchmark promises: mobiles 07700 900000-900999 and Leeds 0113 496 0000-0999 only,
e-mails and URLs on example.com only. Each record passes the same validation as a line of
`bulletins process` (the JSON form the pipeline is given). Same seed, same records.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from common.sources import ID_FIELD
from pipeline.batch import parse_line

TEMPLATES = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "templates"
_OTHER_EXAMPLE = re.compile(r"\bexample\.(?:org|net)\b")
Item = tuple[str, dict[str, Any]]


@contextlib.contextmanager
def _generator() -> Iterator[ModuleType]:
    """tests/corpus/templates/generate.py, with phones drawn from the two ranges only."""
    if not (TEMPLATES / "generate.py").exists():
        raise RuntimeError(f"the template generator is not here ({TEMPLATES}): run the benchmark from a checkout")
    sys.path.insert(0, str(TEMPLATES))  # its modules import one another by bare name
    try:
        generate = importlib.import_module("generate")
        values = generate.V
        original = values.new_phone

        def new_phone(rng: random.Random, kind: str | None = None) -> str:
            # "london" (020 7946) is fictional too, but outside what the benchmark promises
            return original(rng, kind if kind in ("mob", "leeds") else rng.choices(["mob", "leeds"], [8, 2])[0])

        values.new_phone = new_phone
        try:
            yield generate
        finally:
            values.new_phone = original
    finally:
        sys.path.remove(str(TEMPLATES))


def _example_com(value: Any) -> Any:
    if isinstance(value, str):
        return _OTHER_EXAMPLE.sub("example.com", value)
    if isinstance(value, list):
        return [_example_com(v) for v in value]
    if isinstance(value, dict):
        return {k: _example_com(v) for k, v in value.items()}
    return value


def corpus(n: int, seed: int = 13) -> list[Item]:
    """`n` validated (source, record) pairs, the sources mixed as the generator mixes them
    (45% nums, 30% desktop research, 25% partner), ids unique."""
    rng = random.Random(seed)
    with _generator() as generate:
        plan = [(source, module) for source, weight, module in generate.SOURCES for _ in range(round(n * weight / 100))]
        plan = (plan + [plan[0]] * n)[:n]
        rng.shuffle(plan)
        counters: dict[str, int] = {}
        items: list[Item] = []
        for source, module in plan:
            counters[source] = counters.get(source, 0) + 1
            row, _ = generate.make_one(rng, source, module, counters[source])
            record = _example_com(row["record"])
            items.append((source, parse_line(source, json.dumps(record, ensure_ascii=False))))
    return items


def with_run_tag(items: list[Item], tag: str) -> list[Item]:
    """The same records under ids of their own (`<id>-<tag>`), for a run on a shared broker."""
    return [(s, {**r, ID_FIELD[s]: f"{r[ID_FIELD[s]]}-{tag}"}) for s, r in items]


def describe(items: list[Item]) -> str:
    """Counts per source and the mean length of the text parsed."""
    from pipeline.core import Pipeline

    by_source: dict[str, int] = {}
    for source, _ in items:
        by_source[source] = by_source.get(source, 0) + 1
    chars = sum(len(Pipeline._text(s, r)) for s, r in items) / max(1, len(items))
    parts = ", ".join(f"{k} {v}" for k, v in sorted(by_source.items()))
    return f"{len(items)} fictional records ({parts}); {chars:.0f} characters of text per record on average"
