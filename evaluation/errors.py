"""Per-record errors of the pipeline on a labelled (training or dev) set, for development.

`python -m evaluation.errors FILE [--ids A,B] [--ctx]` prints, for each record that has
one, what the aggregate figures of `bulletins eval` count: victim identifiers and home
places left in the output, offender identifiers missed or invented, incident places and
must-keep words lost, MO and route differences. Only for the fictional training sets:
never run it on a frozen set (tests/corpus/README.md), whose records are not to be read.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from common.sources import ID_FIELD, TEXT_FIELD
from evaluation.corpus import Example, load_corpus
from evaluation.leaks import flatten, present
from evaluation.report import OFFENDER_LABELS, _entity_key
from evaluation.run import run_pipeline
from pipeline.core import Pipeline


def record_errors(ex: Example, out: dict[str, Any]) -> dict[str, list[Any]]:
    """The error lists of one record (empty lists where it has none)."""
    gold = ex.gold
    errs: dict[str, list[Any]] = {k: [] for k in ("LEAK", "HOME", "MISS", "FALSE", "LOC", "MUSTKEEP", "MO", "ROUTE")}
    if out.get("status") != "routed":
        errs["ROUTE"].append(("rejected", out.get("status")))
        return errs
    flat = flatten(out)
    errs["LEAK"] = [v for v in gold.get("victim_identifiers", []) if present(v, flat)]
    errs["HOME"] = [p for p in gold.get("home_places", []) if present(p, flat)]
    record = out["record"]
    text = record.get(TEXT_FIELD[ex.source], "")
    free = f"{text}\n{(record.get('offender') or {}).get('description') or ''}"
    errs["LOC"] = [p for p in gold.get("incident_locations", []) if not present(p, free)]
    errs["MUSTKEEP"] = [w for w in gold.get("must_keep", []) if not present(w, free)]
    found = {_entity_key(e["label"], e["normalized"]) for e in record.get("entities", [])}
    found = {k for k in found if k[0] in OFFENDER_LABELS}
    gold_off = {_entity_key(g["label"], g["normalized"]) for g in gold.get("offender_identifiers", [])}
    errs["MISS"] = sorted(gold_off - found)
    errs["FALSE"] = sorted(found - gold_off)
    gmo, fmo = set(gold.get("mo", [])), set(record.get("mo", []))
    errs["MO"] = [f"-{t}" for t in sorted(gmo - fmo)] + [f"+{t}" for t in sorted(fmo - gmo)]
    groutes, froutes = set(gold.get("routes", [])), set(out.get("routes", []))
    if groutes != froutes:
        errs["ROUTE"] = [f"-{r}" for r in sorted(groutes - froutes)] + [f"+{r}" for r in sorted(froutes - groutes)]
    return errs


def _context(text: str, value: str, width: int = 70) -> str:
    m = re.search(re.escape(value), text, re.IGNORECASE)
    if not m:
        return ""
    return text[max(0, m.start() - width) : m.end() + width].replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--ids", help="only these record ids, comma-separated")
    ap.add_argument("--ctx", action="store_true", help="show the words around each lost or leaked value")
    args = ap.parse_args(argv)
    examples = load_corpus(args.file)
    if args.ids:
        wanted = set(args.ids.split(","))
        examples = [ex for ex in examples if str(ex.record.get(ID_FIELD[ex.source])) in wanted]
    outputs, _ = run_pipeline(Pipeline(), examples)
    totals: dict[str, int] = {}
    for ex, out in zip(examples, outputs, strict=True):
        errs = record_errors(ex, out)
        rid = ex.record.get(ID_FIELD[ex.source])
        shown = {k: v for k, v in errs.items() if v}
        for k, v in errs.items():
            totals[k] = totals.get(k, 0) + len(v)
        if not shown:
            continue
        print(f"== {rid} ({ex.source})")
        text = ex.record.get(TEXT_FIELD[ex.source], "")
        output_text = (out.get("record") or {}).get(TEXT_FIELD[ex.source], "")
        for k, v in shown.items():
            print(f"  {k}: {v}")
            if args.ctx and k in ("LEAK", "HOME", "LOC", "MUSTKEEP", "MISS"):
                for item in v:
                    value = item[1] if isinstance(item, tuple) else item
                    print(f"     in:  {_context(text, str(value))}")
            if args.ctx and k in ("LEAK", "HOME"):
                for item in v:
                    print(f"     out: {_context(output_text, str(item))}")
    print("TOTAL " + " ".join(f"{k}={n}" for k, n in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
