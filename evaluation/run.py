"""`bulletins eval`: run the batch path over a labelled corpus and print the figures.

Redaction: victim-identifier leak rate (anywhere in any output field, any formatting),
offender-identifier recall/precision, incident-location retention, side by side with
vanilla Presidio. Extraction: per-label P/R/F1, MO and indicator micro P/R/F1, and the
offender description's field accuracy (correct / gold values) and precision (correct /
predicted values). Routing:
exact-match rate against the gold routes. Throughput: records/second of the batch path
and of a bare spaCy parse of the same texts, measured in this run.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from evaluation.corpus import DEFAULT_CORPUS, Example, load_corpus
from evaluation.report import ENTITY_LABELS, Scores, score_pipeline, score_vanilla
from processors.core import TEXT_FIELD, Pipeline
from processors.correlation import Correlator
from streams.batch import run_batch


def run_pipeline(pipeline: Pipeline, examples: list[Example]) -> tuple[list[dict[str, Any]], float]:
    outputs: list[dict[str, Any]] = []
    started = time.perf_counter()
    for source in ("nums", "desktop_research", "partner"):
        idx = [i for i, ex in enumerate(examples) if ex.source == source]
        lines = [json.dumps(examples[i].record) for i in idx]
        for i, out in zip(idx, run_batch(pipeline, source, lines), strict=True):
            outputs.append((i, out))
    elapsed = time.perf_counter() - started
    return [out for _, out in sorted(outputs, key=lambda p: p[0])], elapsed


def spacy_rate(pipeline: Pipeline, examples: list[Example]) -> float:
    texts = [ex.record[TEXT_FIELD[ex.source]] for ex in examples]
    started = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts, batch_size=32):
        pass
    return len(texts) / (time.perf_counter() - started)


def _pct(x: float) -> str:
    return f"{x:.3f}"


class _GuardCount(logging.Handler):
    """Counts what the last-resort leak guard had to catch: victim values the redaction
    itself missed (the leak rate above would hide them, the guard having scrubbed them)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.hits = 0

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith("leak guard") and record.args:
            self.hits += int(record.args[0])  # type: ignore[index]


def print_report(
    scores: Scores, vanilla: Scores | None, rate: float, parse_rate: float, guard_hits: int | None = None
) -> None:
    print(f"records: {scores.records} (rejected: {scores.rejected})")
    print("\nredaction                         pipeline    vanilla-presidio")
    rows = [
        ("victim-identifier leak rate", scores.leak_rate, vanilla.leak_rate if vanilla else None),
        ("  records with any leak", scores.records_with_leak, vanilla.records_with_leak if vanilla else None),
        ("offender-identifier recall", scores.offender.recall, vanilla.offender.recall if vanilla else None),
        ("offender-identifier precision", scores.offender.precision, None),
        ("incident-location retention", scores.location_retention, vanilla.location_retention if vanilla else None),
    ]
    for name, ours, theirs in rows:
        fmt = (lambda v: str(v)) if isinstance(ours, int) else _pct
        print(f"  {name:<31} {fmt(ours):>8}    {fmt(theirs) if theirs is not None else '-':>8}")
    print(f"  victim identifiers checked: {scores.victim_ids}; leaked: {scores.victim_leaked}")
    if guard_hits is not None:
        print(f"  caught only by the last-resort leak guard: {guard_hits} victim value(s)")
    for item in scores.leaked_examples[:20]:
        print(f"    leak in {item}")
    if scores.misses:
        print(f"  offender identifiers missed by label: {dict(scores.misses)}")
    print("\nextraction (per label)            precision  recall  f1     gold")
    for label in ENTITY_LABELS:
        prf = scores.per_label[label]
        print(f"  {label:<31} {_pct(prf.precision):>8} {_pct(prf.recall):>7} {_pct(prf.f1):>6} {prf.tp + prf.fn:>6}")
    print(
        f"  {'MO tags (micro)':<31} {_pct(scores.mo.precision):>8} {_pct(scores.mo.recall):>7} {_pct(scores.mo.f1):>6}"
    )
    ind = scores.indicators
    print(f"  {'indicators (micro)':<31} {_pct(ind.precision):>8} {_pct(ind.recall):>7} {_pct(ind.f1):>6}")
    print("\noffender description (per field)  accuracy  precision  correct/gold  predicted")
    for name, fs in [*scores.description.items(), ("all fields", scores.description_total)]:
        counts = f"{fs.correct:>7}/{fs.gold:<6} {fs.predicted:>8}"
        print(f"  {name:<31} {_pct(fs.accuracy):>8} {_pct(fs.precision):>10} {counts}")
    routed = scores.records - scores.rejected
    print(
        f"\nrouting: exact match with gold routes {scores.routes_exact}/{routed}"
        f" = {_pct(scores.routes_exact / max(routed, 1))}"
    )
    print(
        f"\nthroughput: batch path {rate:.1f} records/s; bare spaCy parse {parse_rate:.1f} texts/s; "
        f"ratio {rate / parse_rate:.3f}"
    )


class _NoMemory(dict):
    """A correlation store that forgets: the gold routes are per record, without links."""

    def __setitem__(self, key: str, value: Any) -> None:
        pass


def main(corpus: Path = DEFAULT_CORPUS, vanilla: bool = True) -> Scores:
    examples = load_corpus(corpus)
    pipeline = Pipeline(correlation_store=_NoMemory())
    run_pipeline(pipeline, examples[:8])  # warm-up: first calls compile regexes and caches
    guard = _GuardCount()
    logging.getLogger("processors.core").addHandler(guard)
    try:
        outputs, elapsed = run_pipeline(pipeline, examples)
    finally:
        logging.getLogger("processors.core").removeHandler(guard)
    scores = score_pipeline(examples, outputs)
    pipeline.correlator = Correlator({})  # the same corpus with cross-record links, in file order
    linked, _ = run_pipeline(pipeline, examples)
    changed = [a["id"] for a, b in zip(outputs, linked, strict=True) if a.get("routes") != b.get("routes")]
    parse_rate = spacy_rate(pipeline, examples)
    vanilla_scores = None
    if vanilla:
        from evaluation.vanilla import VanillaPresidio

        baseline = VanillaPresidio()
        vanilla_scores = score_vanilla(examples, [baseline.redact(ex.source, ex.record) for ex in examples])
    print_report(scores, vanilla_scores, len(examples) / elapsed, parse_rate, guard.hits)
    print(f"correlation: cross-record links change the routes of {len(changed)} record(s): {', '.join(changed)}")
    return scores
