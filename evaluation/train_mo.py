"""`bulletins train-mo`: train the MO classifier with `spacy train` and choose, per tag, how
it is combined with the MO patterns, on a validation split.

Data: every labelled record of the training corpora (`tests/corpus/train/*.jsonl` and
the development corpus), its free text with the gold MO tags. The split is the role
model's (a hash of the record id). Per tag, the add and drop thresholds are the pair that
gives the best F1 of the combination on the validation records written by people (the
template records are left out of that choice: the model is surer of them than of any
real voice); a tag with too little support keeps the defaults (add only when the model
is at 0.9, never drop).
The independent evaluation set is never read here.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from common.sources import TEXT_FIELD
from evaluation.corpus import DEFAULT_CORPUS, TRAIN_DIR, Example, load_corpus
from evaluation.train_roles import in_validation, spacy_train
from pipeline.core import Pipeline
from processors.mo_model import CONFIG_FILE, DEFAULT_ADD, DEFAULT_DROP, MAX_CHARS, MODEL_DIR, TagThresholds, combine
from processors.vocabulary import MO_TAGS

# The thresholds are chosen on the validation records people wrote (not the template
# records, on which the model is surer than it will be on other voices); a tag is never
# added below 0.5 nor dropped above 0.05.
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01)
DROP_GRID = (0.0, 0.02, 0.05)
MIN_SUPPORT = 5
TEMPLATE_FILE = "templates.jsonl"


def _docbin(nlp, examples: list[Example]) -> DocBin:
    db = DocBin()
    for ex in examples:
        doc = nlp.make_doc(ex.record[TEXT_FIELD[ex.source]][:MAX_CHARS])
        gold = set(ex.gold.get("mo") or [])
        doc.cats = {tag: float(tag in gold) for tag in MO_TAGS}
        db.add(doc)
    return db


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose(
    rule_evidence: list[dict[str, str]], probs: list[dict[str, float]], examples: list[Example]
) -> TagThresholds:
    add: dict[str, float] = {}
    drop: dict[str, float] = {}
    for tag in MO_TAGS:
        gold = [tag in (ex.gold.get("mo") or []) for ex in examples]
        if sum(gold) < MIN_SUPPORT:
            continue
        best = None
        for a in sorted(ADD_GRID, reverse=True):  # ties go to the more conservative pair
            for d in DROP_GRID:
                t = TagThresholds(add={tag: a}, drop={tag: d})
                tp = fp = fn = 0
                for ev, p, g, ex in zip(rule_evidence, probs, gold, examples, strict=True):
                    only = {tag: ev[tag]} if tag in ev else {}
                    hit = tag in combine(only, {tag: p.get(tag, 0.0)}, t, ex.record.get("incident_types") or [])
                    tp += hit and g
                    fp += hit and not g
                    fn += g and not hit
                score = _f1(tp, fp, fn)
                if best is None or score > best[0] + 1e-9:
                    best = (score, a, d)
        if best is not None:
            add[tag], drop[tag] = best[1], best[2]
    return TagThresholds(add=add, drop=drop)


def _thresholds(model, valid: list[Example]) -> TagThresholds:
    texts = [ex.record[TEXT_FIELD[ex.source]][:MAX_CHARS] for ex in valid]
    probs = [dict(d.cats) for d in model.pipe(texts, batch_size=32)]
    pipeline = Pipeline(correlation_store={}, mo_model=False)
    analysed = pipeline.analyse_batch([(ex.source, ex.record) for ex in valid])
    return choose([a.extraction.mo_evidence for a in analysed], probs, valid)


def main(corpora: list[Path] | None = None, out_dir: Path = MODEL_DIR, thresholds_only: bool = False) -> dict[str, Any]:
    """Train and choose thresholds; `thresholds_only`: choose them again for the committed model."""
    import spacy

    files = corpora or [*sorted(TRAIN_DIR.glob("*.jsonl")), DEFAULT_CORPUS]
    by_file = {f: load_corpus(f) for f in files}
    examples = [ex for exs in by_file.values() for ex in exs]
    train = [ex for ex in examples if not in_validation(ex)]
    valid = [ex for ex in examples if in_validation(ex)]
    written = [ex for f, exs in by_file.items() if f.name != TEMPLATE_FILE for ex in exs if in_validation(ex)]
    print(f"train-mo: {len(examples)} records: {len(train)} training, {len(valid)} validation "
          f"({len(written)} written by people: the thresholds are chosen on those)")  # fmt: skip
    if thresholds_only:
        thresholds = _thresholds(spacy.load(out_dir), written)
    else:
        blank = spacy.blank("en")
        with tempfile.TemporaryDirectory() as tmp:
            best = spacy_train(CONFIG_FILE, _docbin(blank, train), _docbin(blank, valid), Path(tmp))
            thresholds = _thresholds(spacy.load(best), written)
            if out_dir.exists():
                shutil.rmtree(out_dir)
            shutil.copytree(best, out_dir)
    report = {
        "thresholds": {"add": thresholds.add, "drop": thresholds.drop},
        "defaults": {"add": DEFAULT_ADD, "drop": DEFAULT_DROP},
        "train": len(train),
        "validation": len(valid),
        "threshold_validation": len(written),
    }
    (out_dir / "thresholds.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"train-mo: {json.dumps(report)}")
    return report
