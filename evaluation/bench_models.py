"""`bulletins bench-models`: what the trained components cost, as a ratio measured in one run.

The batch path with the role and MO models against the same path with the rules alone,
over the same records, rounds interleaved so that machine drift hits both alike. Prints
records/second per round and the median ratio; never a timed assertion.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from evaluation.corpus import DEFAULT_CORPUS, INDEPENDENT_DIR, load_corpus
from evaluation.run import _NoMemory
from pipeline.batch import run_batch
from pipeline.core import Pipeline


def _rate(pipeline: Pipeline, by_source: dict[str, list[str]]) -> float:
    n = sum(len(v) for v in by_source.values())
    started = time.perf_counter()
    for source, lines in by_source.items():
        for _ in run_batch(pipeline, source, lines):
            pass
    return n / (time.perf_counter() - started)


def main(rounds: int = 3, corpora: list[Path] | None = None) -> dict[str, float]:
    examples = [ex for p in corpora or [DEFAULT_CORPUS, INDEPENDENT_DIR] for ex in load_corpus(p)]
    by_source: dict[str, list[str]] = {}
    for ex in examples:
        by_source.setdefault(ex.source, []).append(json.dumps(ex.record))
    with_models = Pipeline(correlation_store=_NoMemory())
    rules_only = Pipeline(correlation_store=_NoMemory(), role_model=False, mo_model=False, exploitation_model=False)
    if (
        with_models.redactor.role_model is None
        and with_models.mo_model is None
        and with_models.exploitation_model is None
    ):
        print("bench-models: no trained model in this checkout; nothing to compare")
        return {}
    warm = {s: v[:4] for s, v in by_source.items()}
    _rate(with_models, warm)
    _rate(rules_only, warm)
    ratios = []
    for r in range(rounds):
        a = _rate(rules_only, by_source)
        b = _rate(with_models, by_source)
        ratios.append(b / a)
        print(f"round {r + 1}: rules only {a:.1f} records/s; with the models {b:.1f} records/s; ratio {b / a:.3f}")
    ratio = statistics.median(ratios)
    print(f"bench-models: {len(examples)} records x {rounds} rounds; median throughput ratio {ratio:.3f} "
          f"(the models cost {100 * (1 - ratio):.1f}% of batch throughput)")  # fmt: skip
    return {"ratio": ratio}
