"""Per-record errors over many training and dev sets, saved, and two saved sweeps compared.

`python -m evaluation.sweep run OUTDIR FILE...` runs the pipeline once over each set and
writes `OUTDIR/<set>.json` (each record's error lists, as `evaluation.errors` counts them),
printing one line of totals per set and a GRAND line. `python -m evaluation.sweep compare
BASE AFTER` names, set by set, the records whose error count in some class went down
(better) or up (worse): how a rule change is judged record by record, not only in sums.
Only for the fictional training and dev sets, never the frozen ones (tests/corpus/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from common.sources import ID_FIELD
from evaluation.corpus import load_corpus
from evaluation.errors import record_errors
from evaluation.run import run_pipeline
from pipeline.core import Pipeline

CLASSES = ("LEAK", "HOME", "MISS", "FALSE", "LOC", "MUSTKEEP", "MO", "ROUTE")


def _set_name(path: Path) -> str:
    return f"{path.parent.name}__{path.stem}"


def run(outdir: Path, files: list[Path]) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    grand = dict.fromkeys(CLASSES, 0)
    for path in files:
        examples = load_corpus(path)
        # a fresh pipeline for each set: the correlation state (advert clusters, identifiers)
        # of one set would otherwise route the next set's records
        outputs, _ = run_pipeline(Pipeline(), examples)
        per: dict[str, dict[str, list[Any]]] = {}
        for ex, out in zip(examples, outputs, strict=True):
            errs = record_errors(ex, out)
            per[str(ex.record.get(ID_FIELD[ex.source]))] = {k: v for k, v in errs.items() if v}
        (outdir / f"{_set_name(path)}.json").write_text(json.dumps(per, default=list, indent=0))
        totals = {k: sum(len(e.get(k, [])) for e in per.values()) for k in CLASSES}
        for k, n in totals.items():
            grand[k] += n
        print(_set_name(path), " ".join(f"{k}={n}" for k, n in totals.items()), flush=True)
    print("GRAND", " ".join(f"{k}={n}" for k, n in grand.items()), flush=True)


def compare(base: Path, after: Path) -> None:
    moved = dict.fromkeys(CLASSES, 0)
    for bfile in sorted(base.glob("*.json")):
        afile = after / bfile.name
        if not afile.exists():
            continue
        b, a = json.loads(bfile.read_text()), json.loads(afile.read_text())
        better, worse = [], []
        for rid in sorted(set(b) | set(a)):
            be, ae = b.get(rid, {}), a.get(rid, {})
            for k in CLASSES:
                nb, na = len(be.get(k, [])), len(ae.get(k, []))
                moved[k] += na - nb
                if na < nb:
                    better.append(f"{rid}:{k}")
                elif na > nb:
                    worse.append(f"{rid}:{k} {ae.get(k)}")
        if better or worse:
            print(f"{bfile.stem}: better={better} worse={worse}")
    print("DELTA", " ".join(f"{k}={n:+d}" for k, n in moved.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("outdir", type=Path)
    r.add_argument("files", type=Path, nargs="+")
    c = sub.add_parser("compare")
    c.add_argument("base", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "run":
        run(args.outdir, args.files)
    else:
        compare(args.base, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
