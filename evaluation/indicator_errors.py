"""Issue 15 tuning aid: per record of a TUNING set, the indicators found that the gold does
not have (false positives) and the gold ones not found (misses), each with the rule and the
sentence that fired, and the organised_crime route against the gold; then, per rule, the
records it fired on with and without its indicator in the gold (and where it was alone).

For development sets only (tests/corpus/trafficking/dev*.jsonl, own/): it prints record
text. It refuses the frozen sets, whose figures come from `bulletins eval` alone.

    python -m evaluation.indicator_errors tests/corpus/trafficking/dev_b.jsonl [--all] [--only ID]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common.sources import TEXT_FIELD
from evaluation.corpus import TRAFFICKING_DIR, Example, load_corpus
from evaluation.run import _NoMemory, run_pipeline
from pipeline.core import Pipeline
from processors.indicators import IndicatorFinder, Signal

FROZEN = {(TRAFFICKING_DIR / "eval.jsonl").resolve(), (TRAFFICKING_DIR / "eval2.jsonl").resolve()}
Seen = dict[str, tuple[Any, list[Signal]]]  # narrative -> (its parse, every signal that passed its checks)


@dataclass
class Tally:
    per_indicator: dict[str, list[int]] = field(default_factory=dict)  # id -> [tp, fp, fn]
    per_rule: dict[str, list[int]] = field(default_factory=dict)  # rule -> [gold, not gold, alone gold, alone not]

    def add(self, gold: set[str], found: set[str], signals: list[Signal]) -> None:
        for ind in gold | found:
            counts = self.per_indicator.setdefault(ind, [0, 0, 0])
            counts[0 if ind in gold & found else 1 if ind in found else 2] += 1
        for ind in found:
            rules = {s.rule for s in signals if s.id == ind}
            for rule in rules:
                counts = self.per_rule.setdefault(rule, [0, 0, 0, 0])
                counts[0 if ind in gold else 1] += 1
                if len(rules) == 1:
                    counts[2 if ind in gold else 3] += 1

    def print(self) -> None:
        print("\nrule (of a kept indicator): records gold/not gold, alone gold/not gold")
        for rule, (g, ng, ag, ang) in sorted(self.per_rule.items()):
            print(f"  {g:>3} {ng:>3} {ag:>3} {ang:>3}  {rule[:150]}")
        print("\nindicator                      tp   fp   fn   P     R")
        for ind, (tp, fp, fn) in sorted(self.per_indicator.items()):
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            print(f"  {ind:<28} {tp:>4} {fp:>4} {fn:>4} {p:.2f} {r:.2f}")


def _capture(finder: IndicatorFinder) -> Seen:
    """Wrap the finder's `find` to keep, per narrative, its parse and its signals."""
    seen: Seen = {}
    find = finder.find

    def find_(doc, text_end, *args, **kwargs):
        signals = find(doc, text_end, *args, **kwargs)
        seen[doc.text[:text_end]] = (doc, signals)
        return signals

    finder.find = find_  # type: ignore[method-assign]
    return seen


def _sentence(doc: Any, i: int) -> str:
    sents = list(doc.sents)
    return sents[i].text.strip().replace("\n", " ") if i < len(sents) else "?"


def _report(name: str, ex: Example, out: dict[str, Any], seen: Seen, args: argparse.Namespace, tally: Tally) -> None:
    text = str(ex.record.get(TEXT_FIELD[ex.source]) or "")
    gold = set(ex.gold.get("indicators", []))
    found = {i["id"] for i in out["record"].get("indicators", [])}
    doc, signals = next((v for k, v in seen.items() if text.startswith(k[:200])), (None, []))
    tally.add(gold, found, signals)
    routed = "organised_crime" in out.get("routes", [])
    route = (
        "" if routed == ("organised_crime" in ex.gold.get("routes", [])) else (" FALSE-OC" if routed else " MISSED-OC")
    )
    fps, misses = found - gold, gold - found
    if args.only:
        fps, misses = fps & {args.only}, misses & {args.only}
        if not (fps or misses):
            return
    if not (fps or misses or route or args.all):
        return
    print(f"\n== {name} {ex.source}{route} gold={sorted(gold)} found={sorted(found)}")
    for ind in sorted(fps):
        for s in (s for s in signals if s.id == ind):
            print(f"  FP {ind} [{s.strength}{' corr' if s.corroborate else ''}] {s.rule}")
            print(f"       | {_sentence(doc, s.sentence)}")
    if misses or (route and not routed):
        print(f"  MISS {sorted(misses)}; signals: {[(s.id, s.strength) for s in signals]}")
        print("       | " + text.replace("\n", " ")[:1500])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="also list records without an error")
    parser.add_argument("--only", help="only errors of this indicator")
    args = parser.parse_args()
    for path in args.files:
        if path.resolve() in FROZEN or "eval" in path.stem:
            raise SystemExit(f"{path}: a frozen set; its figures come from `bulletins eval` only")
    pipeline = Pipeline(correlation_store=_NoMemory())
    seen = _capture(pipeline.extractor.indicators)
    tally = Tally()
    for path in args.files:
        examples = load_corpus(path)
        outputs, _ = run_pipeline(pipeline, examples)
        for n, (ex, out) in enumerate(zip(examples, outputs, strict=True), 1):
            _report(f"{path.name}#{n}", ex, out, seen, args, tally)
    tally.print()


if __name__ == "__main__":
    main()
