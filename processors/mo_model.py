"""The trained MO classifier: which of the contract's MO tags does a free text describe?

The MO patterns (`patterns/mo.yaml`) read the phrasings they were written for; a spaCy
`textcat_multilabel` model, trained with `spacy train` from `processors/models/mo.cfg`
(`bulletins train-mo`) on labelled fictional corpora in many voices, reads the rest. The
two are combined per tag: a tag the patterns found stays unless the model is nearly sure
it is wrong (`drop`), and a tag the patterns missed is added when the model is sure
(`add`). Both thresholds were chosen per tag on a validation split; a tag taken from the
record's own `incident_types` is never dropped. Loading never downloads anything.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

MODEL_DIR = Path(__file__).with_name("models") / "mo"
CONFIG_FILE = Path(__file__).with_name("models") / "mo.cfg"
MAX_CHARS = 4000  # the model reads the first part of a very long text
DEFAULT_ADD = 0.9
DEFAULT_DROP = 0.0


@dataclass(frozen=True)
class TagThresholds:
    add: dict[str, float] = field(default_factory=dict)
    drop: dict[str, float] = field(default_factory=dict)

    def adds(self, tag: str, p: float) -> bool:
        return p >= self.add.get(tag, DEFAULT_ADD)

    def drops(self, tag: str, p: float) -> bool:
        return p < self.drop.get(tag, DEFAULT_DROP)


class MoModel:
    def __init__(self, nlp: Language, thresholds: TagThresholds) -> None:
        self.nlp = nlp
        self.thresholds = thresholds

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        # spaCy's bag-of-words layer fails on a batch mixing empty and non-empty docs (an
        # empty post body after "Reply, x:"): the blank ones go in a batch of their own
        cut = [t[:MAX_CHARS] for t in texts]
        blank = [i for i, t in enumerate(cut) if not t.strip()]
        if not blank:
            return [dict(doc.cats) for doc in self.nlp.pipe(cut, batch_size=32)]
        full = [i for i, t in enumerate(cut) if t.strip()]
        out: list[dict[str, float]] = [{} for _ in cut]
        for group in (full, blank):
            for i, doc in zip(group, self.nlp.pipe([cut[i] for i in group], batch_size=32), strict=True):
                out[i] = dict(doc.cats)
        return out


@cache
def load_mo_model(path: Path = MODEL_DIR) -> MoModel | None:
    """The committed model, or None where none has been trained (the patterns alone decide)."""
    if os.environ.get("BULLETINS_MO_MODEL", "1") == "0" or not (path / "config.cfg").exists():
        return None
    data = json.loads((path / "thresholds.json").read_text()) if (path / "thresholds.json").exists() else {}
    t = data.get("thresholds", {})
    return MoModel(spacy.load(path), TagThresholds(add=t.get("add", {}), drop=t.get("drop", {})))


def combine(
    evidence: dict[str, str],
    probs: dict[str, float],
    thresholds: TagThresholds,
    incident_types: Sequence[str],
    denied: Collection[str] = (),
) -> dict[str, str]:
    """The patterns' tags (with their evidence) combined with the model's probabilities. The
    model never adds a tag the text itself denies (`denied`: "nothing was put in her drink")."""
    out = {}
    for tag, ev in evidence.items():
        if tag in incident_types or not thresholds.drops(tag, probs.get(tag, 1.0)):
            out[tag] = ev
    for tag, p in probs.items():
        if tag not in out and tag not in evidence and tag not in denied and thresholds.adds(tag, p):
            out[tag] = f"model:{p:.2f}"
    return out
