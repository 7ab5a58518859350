"""The similar-offender threshold's rule, on development data only (issue 12).

Two measures, the threshold the larger of them:

- the margin on the linkage development set: every pair of its NUM/partner reports scored
  as the linker scores them; the midpoint between the best-scoring pair of different
  offenders and the lowest-scoring pair of one offender (same `series` or `id_group`) above it;
- the false-link rate on the hand-written training corpora and the development corpus,
  whose reports are about different men (pairs sharing an offender identifier left out):
  the lowest threshold (two decimals) at which at most `RATE` of their pairs would link.
  The development set alone has a few hundred pairs; these have half a million, written by
  other hands, so the threshold does not rest on one writer's habits.

Pairs short of distinctive evidence or of independent features count as 0 (they never
link). Frozen evaluation sets are refused. `python -m evaluation.linkage_margin` (runs the
pipeline over about 1,100 reports: minutes).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from evaluation.corpus import DEFAULT_CORPUS, TRAIN_DIR, Example, load_corpus
from evaluation.linkage import LINKAGE_DIR, _id, run_in_order
from pipeline.batch import parse_line
from processors import offender_profile
from processors.similar_offenders import corroborated, score
from schemas import RecordError

DEV = LINKAGE_DIR / "dev.jsonl"
RATE = 1 / 1000  # false links per pair of reports of different men, at most
REPORTS = ("nums", "partner")
_IDS = ("PHONE_NUMBER", "VEHICLE_REG", "EMAIL_ADDRESS", "ONLINE_HANDLE")


@dataclass(frozen=True)
class Margin:
    best_other: float  # the best-scoring pair of different offenders (development set)
    lowest_same: float  # the lowest-scoring pair of one offender above it
    midpoint: float
    rate_threshold: float  # the lowest keeping the training corpora's false-link rate at RATE
    pairs: int  # pairs of the training corpora scored
    threshold: float


def _linkable(profile_a: dict[str, Any], profile_b: dict[str, Any]) -> float:
    s = offender_profile.settings()
    m = score(profile_a, profile_b, "", s, early=True)
    return m.score if corroborated(m, s) else 0.0


def _report_profile(source: str, record: dict[str, Any]) -> dict[str, Any]:
    """The offender profile of a report (only reports have one)."""
    profile = offender_profile.build(source, record)
    if profile is None:
        raise ValueError(f"{source}: no offender profile (not a report source)")
    return profile


def same_offender(a: Example, b: Example) -> bool:
    return any(a.gold.get(k) and a.gold.get(k) == b.gold.get(k) for k in ("series", "id_group"))


def dev_margin(examples: list[Example], outputs: dict[str, dict[str, Any]]) -> tuple[float, float]:
    profiles = {
        _id(ex): (ex, _report_profile(ex.source, outputs[_id(ex)]["record"]))
        for ex in examples
        if ex.source in REPORTS and _id(ex) in outputs
    }
    same: list[float] = []
    other: list[float] = []
    for a, b in combinations(sorted(profiles), 2):
        (ea, pa), (eb, pb) = profiles[a], profiles[b]
        (same if same_offender(ea, eb) else other).append(_linkable(pa, pb))
    best_other = max(other, default=0.0)
    above = sorted(x for x in same if x > best_other)
    return best_other, above[0] if above else 1.0


def rate_threshold(sanitised: list[tuple[str, dict[str, Any]]]) -> tuple[float, int]:
    """The lowest two-decimal threshold at which at most RATE of the pairs link."""
    profiles = [_report_profile(source, record) for source, record in sanitised]
    ids = [
        {(e["label"], e["normalized"]) for e in record.get("entities") or [] if e.get("role") == "offender"
         and e["label"] in _IDS}
        for _, record in sanitised
    ]  # fmt: skip
    scores, pairs = [], 0
    for i, j in combinations(range(len(profiles)), 2):
        if ids[i] & ids[j]:
            continue  # may be one man: not a pair of different offenders
        pairs += 1
        scores.append(_linkable(profiles[i], profiles[j]))
    allowed = int(pairs * RATE)
    scores.sort(reverse=True)
    if len(scores) <= allowed or scores[allowed] <= 0:
        return 0.0, pairs
    # above the (allowed+1)-th best score, at two decimals
    return math.floor(scores[allowed] * 100 + 1) / 100, pairs


def training_reports(pipeline: Any) -> list[tuple[str, dict[str, Any]]]:
    files = [*sorted(TRAIN_DIR.glob("helper_*.jsonl")), DEFAULT_CORPUS]
    items = []
    for path in files:
        for ex in load_corpus(path):
            if ex.source in REPORTS:
                try:
                    items.append((ex.source, parse_line(ex.source, json.dumps(ex.record))))
                except RecordError:
                    continue
    return [(a.source, a.sanitised) for a in pipeline.analyse_batch(items)]


def main(path: Path = DEV) -> Margin:
    if "eval" in path.name or any(part in ("independent", "unseen", "unseen2") for part in path.parts):
        raise SystemExit(f"{path}: a frozen evaluation set; the threshold is chosen on development data only")
    from pipeline.core import Pipeline

    pipeline = Pipeline(correlation_store={})
    examples = load_corpus(path)
    best_other, lowest_same = dev_margin(examples, run_in_order(pipeline, examples))
    midpoint = round((best_other + lowest_same) / 2, 2)
    by_rate, pairs = rate_threshold(training_reports(pipeline))
    result = Margin(best_other, lowest_same, midpoint, by_rate, pairs, max(midpoint, by_rate))
    print(
        f"{path.name}: best pair of different offenders {best_other:.3f}, lowest pair of one offender above it "
        f"{lowest_same:.3f}: midpoint {midpoint:.2f}\n"
        f"training corpora: {pairs} pairs of different offenders; at most 1 in {round(1 / RATE)} linking from "
        f"{by_rate:.2f}\nthreshold: {result.threshold:.2f} (linkage.yaml has "
        f"{offender_profile.settings()['threshold']})"
    )
    return result


if __name__ == "__main__":
    main()
