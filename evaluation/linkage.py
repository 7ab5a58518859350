"""`bulletins eval`, linkage section (issue 12): pair precision and recall per link kind.

A linkage corpus (tests/corpus/linkage/, format in its README) is the labelled corpus format
with three more gold keys: `series` (reports of one offender sharing no identifier),
`cluster` (adverts from one template) and `id_group` (records sharing an exact offender
identifier). The records go through the pipeline in file order (chronological) with one
fresh store, as the worker would see them; each link a record gets is a pair (it, the
other record). Scored on unordered pairs:

- identifier: gold pairs share an `id_group`; predicted, links of an offender identifier
  (an advert contact number shared by adverts is not an offender identifier: not scored);
- similar_offender: gold pairs share a `series`; a predicted pair of one `id_group` is the
  same offender too (an identifier was missed): not counted false, nor found;
- advert_cluster: gold pairs share a `cluster`.
Adverts and organised_crime: of the adverts whose gold lists a control indicator, how
many were routed there; of those with none and in no cluster of 3+, how many were (the
target is none); clustered adverts without a text signal are shown apart.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from common.sources import is_advert
from evaluation.corpus import CORPUS_DIR, Example, load_corpus
from evaluation.report import PRF
from pipeline.batch import parse_line
from pipeline.core import Pipeline
from processors.correlation import ADVERT_CONTACT
from processors.linkage import CLUSTER, IDENTIFIER, KINDS, SIMILAR, Linker
from schemas import RecordError

LINKAGE_DIR = CORPUS_DIR / "linkage"
GOLD_KEY = {IDENTIFIER: "id_group", SIMILAR: "series", CLUSTER: "cluster"}
CONTEXT_ONLY = frozenset({"fearful_subdued", "limited_english"})


@dataclass
class LinkScores:
    records: int = 0
    pairs: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in KINDS})
    false_pairs: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: {k: [] for k in KINDS})
    missed_pairs: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: {k: [] for k in KINDS})
    adverts_signal: tuple[int, int] = (0, 0)  # (routed to organised_crime, adverts with a control indicator)
    adverts_none: tuple[int, int] = (0, 0)  # (routed there, adverts with no signal and in no 3+ cluster)
    adverts_clustered_only: tuple[int, int] = (0, 0)  # (routed there, clustered adverts without a text signal)
    duty_prompts: int = 0


def has_linkage_labels(examples: list[Example]) -> bool:
    return any(any(ex.gold.get(k) for k in GOLD_KEY.values()) for ex in examples)


def default_linkage_sets() -> dict[str, Path]:
    return {f"linkage:{p.stem}": p for p in sorted(LINKAGE_DIR.glob("*.jsonl"))}


def run_in_order(pipeline: Pipeline, examples: list[Example], batch: int = 32) -> dict[str, dict[str, Any]]:
    """Each record's routed output by id, processed in file order with one fresh store."""
    saved = pipeline.correlator
    pipeline.correlator = Linker({})
    outputs: dict[str, dict[str, Any]] = {}
    try:
        items: list[tuple[str, dict[str, Any]]] = []
        for ex in examples:
            try:
                items.append((ex.source, parse_line(ex.source, json.dumps(ex.record))))
            except RecordError:
                continue  # scored as missing: its pairs are missed
        for i in range(0, len(items), batch):
            for result in pipeline.process_batch(items[i : i + batch]):
                outputs[result.output["id"]] = result.output
                for update in result.updates:  # an earlier advert routed again: its item as it stands
                    outputs[update["id"]] = update
    finally:
        pipeline.correlator = saved
    return outputs


def _id(ex: Example) -> str:
    from pipeline.core import record_id

    return record_id(ex.source, ex.record)


def gold_pairs(examples: list[Example], key: str) -> set[frozenset[str]]:
    groups: dict[str, list[str]] = {}
    for ex in examples:
        if ex.gold.get(key):
            groups.setdefault(str(ex.gold[key]), []).append(_id(ex))
    return {frozenset(p) for ids in groups.values() for p in combinations(sorted(set(ids)), 2)}


def predicted_pairs(outputs: dict[str, dict[str, Any]], kind: str) -> set[frozenset[str]]:
    pairs = set()
    for rid, out in outputs.items():
        for link in out.get("links") or []:
            if link["kind"] != kind or (kind == IDENTIFIER and link.get("attribute") == ADVERT_CONTACT):
                continue
            pairs |= {frozenset((rid, other)) for other in link["records"] if other != rid}
    return pairs


def score(examples: list[Example], outputs: dict[str, dict[str, Any]]) -> LinkScores:
    s = LinkScores(records=len(examples))
    same_offender = gold_pairs(examples, "series") | gold_pairs(examples, "id_group")
    for kind, key in GOLD_KEY.items():
        gold = gold_pairs(examples, key)
        found = predicted_pairs(outputs, kind)
        right = found & (same_offender if kind == SIMILAR else gold)
        prf = s.pairs[kind]
        prf.tp, prf.fp, prf.fn = len(found & gold), len(found - right), len(gold - found)
        s.false_pairs[kind] = sorted(_ordered(p) for p in found - right)
        s.missed_pairs[kind] = sorted(_ordered(p) for p in gold - found)
    sizes = Counter(str(ex.gold["cluster"]) for ex in examples if ex.gold.get("cluster"))
    signal, none, clustered = [0, 0], [0, 0], [0, 0]
    for ex in examples:
        out = outputs.get(_id(ex))
        if out is None:
            continue
        s.duty_prompts += bool(out.get("duty_to_notify"))
        if not is_advert(ex.source):
            continue
        routed = "organised_crime" in out["routes"]
        text_signal = bool(set(ex.gold.get("indicators") or []) - CONTEXT_ONLY)
        in_cluster = sizes.get(str(ex.gold.get("cluster")), 0) >= 3 if ex.gold.get("cluster") else False
        bucket = signal if text_signal else clustered if in_cluster else none
        bucket[0] += routed
        bucket[1] += 1
    s.adverts_signal, s.adverts_none, s.adverts_clustered_only = (
        (signal[0], signal[1]),
        (none[0], none[1]),
        (clustered[0], clustered[1]),
    )
    return s


def _ordered(pair: frozenset[str]) -> tuple[str, str]:
    first, second = sorted(pair)
    return first, second


def evaluate(pipeline: Pipeline, path: Path) -> LinkScores:
    examples = load_corpus(path)
    return score(examples, run_in_order(pipeline, examples))


def print_section(results: dict[str, LinkScores], detail: bool = False) -> None:
    """The linkage section of `bulletins eval`: one column per set."""
    if not results:
        return
    names = list(results)
    print("\nlinkage (issue 12): pairs of records" + " " * 3 + "".join(f"{n:>24}" for n in names))

    def row(label: str, cells: list[str]) -> None:
        print(f"  {label:<37}" + "".join(f"{c:>24}" for c in cells))

    row("records", [str(results[n].records) for n in names])
    for kind in KINDS:
        prfs = [results[n].pairs[kind] for n in names]
        row(f"{kind}: precision", [f"{p.precision:.3f} ({p.tp}/{p.tp + p.fp})" for p in prfs])
        row(f"{kind}: recall", [f"{p.recall:.3f} ({p.tp}/{p.tp + p.fn})" for p in prfs])

    def frac(pair: tuple[int, int]) -> str:
        return f"{pair[0]}/{pair[1]}" + (f" = {pair[0] / pair[1]:.3f}" if pair[1] else "")

    row("adverts with a control signal -> OC", [frac(results[n].adverts_signal) for n in names])
    row("adverts, no signal, no cluster -> OC", [frac(results[n].adverts_none) for n in names])
    row("adverts, cluster of 3+ only -> OC", [frac(results[n].adverts_clustered_only) for n in names])
    row("duty-to-notify prompts", [str(results[n].duty_prompts) for n in names])
    if detail:
        for n in names:
            for kind in KINDS:
                r = results[n]
                for label, pairs in (("false", r.false_pairs[kind]), ("missed", r.missed_pairs[kind])):
                    if pairs:
                        print(f"  {n} {kind} {label} pairs: {', '.join('~'.join(p) for p in pairs[:30])}")
