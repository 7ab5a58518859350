"""The trained role classifier: whose is this name, number, handle or place?

Rules tuned on one corpus reach a ceiling on writing they were not built from. For every
candidate span the rules did not settle by a hard constraint (a structured victim value,
a structured offender value, a warn-listed service number), a spaCy `textcat` model reads
a window of context around the span, with the span itself replaced by a marker of its
kind, and says which of four classes it is:

- `offender`: an identifier of the person who harmed, threatened or exploited the worker;
- `victim`: the reporter's, subject's or advertiser's own (or her home);
- `third_party`: anyone else's (friends, other workers, family, a witness);
- `keep`: not a person's identifier at all (a town, an organisation, an ordinary word the
  name tagger tripped on), or the place where the incident happened.

The window also carries a few record-level and span-level tokens (the source, the
platform, the NER label, what the rules decided, whether the word is a known non-name),
so the model learns when the rules are right. It is trained with `spacy train` from
`redaction/models/roles.cfg` (`bulletins train-roles`), CPU only, on labelled fictional
corpora; the trained pipeline is committed under `redaction/models/roles/`, and loading
it never downloads anything.

Hard constraints stay in the redactor. Where the model is unsure the span is redacted:
the thresholds in `thresholds.json` were chosen on a validation split so that the model
alone would keep no more than 2% of the victim and third-party spans there; the rules
decide which spans it may keep at all.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

MODEL_DIR = Path(__file__).with_name("models") / "roles"
CONFIG_FILE = Path(__file__).with_name("models") / "roles.cfg"

OFFENDER = "offender"
VICTIM = "victim"
THIRD_PARTY = "third_party"
KEEP = "keep"
LABELS = (OFFENDER, VICTIM, THIRD_PARTY, KEEP)

# Context read on either side of a candidate (characters, cut back to a word boundary).
WINDOW_BEFORE = 160
WINDOW_AFTER = 90

# Marker words: plain lower-case words the tokenizer keeps whole.
_KIND_WORD = {
    "PERSON": "xname",
    "PHONE_NUMBER": "xphone",
    "EMAIL_ADDRESS": "xemail",
    "ONLINE_HANDLE": "xhandle",
    "UK_VEHICLE_REG": "xvrm",
    "URL": "xurl",
}
_PLACE_WORD = "xplace"
_ADDRESS_WORD = "xaddress"


def kind_word(entity: str) -> str:
    if entity in _KIND_WORD:
        return _KIND_WORD[entity]
    if entity in ("STREET_ADDRESS", "UK_POSTCODE", "BUILDING"):
        return _ADDRESS_WORD
    if entity in ("STREET", "PLACE", "UK_POSTCODE_DISTRICT", "LOCATION"):
        return _PLACE_WORD
    return "xid"


@dataclass(frozen=True)
class Candidate:
    """What the model is told about one span."""

    start: int
    end: int
    entity: str  # Presidio entity type
    source: str  # the recognizer that found it
    rule: str  # what the rules decided: offender / incident / redact-victim / redact-unknown ...
    ner: str = ""  # the spaCy NER label over the span, if any
    not_name: bool = False  # every word is a known non-name (lexicon)
    lead: str = ""  # person words or titles opening a name span ("Neighbour Mr"): shown as context
    pos: str = ""  # the tagger's part of speech for the span's first word


@dataclass(frozen=True)
class Thresholds:
    offender: float = 0.5
    keep: float = 0.5

    @classmethod
    def load(cls, path: Path) -> Thresholds:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text())
        data = data.get("thresholds", data)
        return cls(offender=float(data["offender"]), keep=float(data["keep"]))


_SPACE = re.compile(r"\s+")


def _shape(s: str) -> str:
    if s.isupper():
        return "upper"
    if s[:1].isupper():
        return "title"
    if s.islower():
        return "lower"
    return "mixed"


def window(
    text: str,
    cand: Candidate,
    others: Sequence[Candidate],
    record_source: str,
    platform: str | None,
) -> str:
    """The text the model reads for one candidate."""
    lo = max(0, cand.start - WINDOW_BEFORE)
    hi = min(len(text), cand.end + WINDOW_AFTER)
    # other candidates inside the window become markers of their kind: the model learns
    # from the shape of the context, never from the values
    left = _masked(text, lo, cand.start, others, cand)
    right = _masked(text, cand.end, hi, others, cand)
    if lo > 0:
        left = left.split(" ", 1)[-1]  # drop a cut word
    if hi < len(text):
        right = right.rsplit(" ", 1)[0]
    span = text[cand.start : cand.end]
    words = re.findall(r"[^\W\d_]+", span.lower())
    meta = [
        f"src{record_source.replace('_', '')}",
        f"plat{(platform or 'none').replace('_', '')}",
        f"kind{kind_word(cand.entity)}",
        f"rule{cand.rule.replace('_', '').replace('-', '')}",
        f"ner{(cand.ner or 'none').lower()}",
        f"shape{_shape(span)}",
        f"by{cand.source.lower().replace('_', '')[:20]}",
        f"pos{(cand.pos or 'none').lower()}",
    ]
    if cand.not_name:
        meta.append("lexnotname")
    if cand.entity == "PERSON" or kind_word(cand.entity) == _PLACE_WORD:
        meta += [f"w{w}" for w in words[:3]]
    target = f" {cand.lead} target{kind_word(cand.entity)} "
    return _SPACE.sub(" ", " ".join(meta) + " | " + left + target + right).strip()


def _masked(text: str, lo: int, hi: int, others: Sequence[Candidate], cand: Candidate) -> str:
    out: list[str] = []
    pos = lo
    for o in sorted(others, key=lambda o: o.start):
        if (o.start, o.end) == (cand.start, cand.end) or o.end <= pos or o.start >= hi:
            continue
        if o.start < pos or o.end > hi:
            continue
        out.append(text[pos : o.start])
        out.append(f" {kind_word(o.entity)} ")
        pos = o.end
    out.append(text[pos:hi])
    return "".join(out)


class RoleModel:
    """The trained classifier and its thresholds."""

    def __init__(self, nlp: Language, thresholds: Thresholds) -> None:
        self.nlp = nlp
        self.thresholds = thresholds

    def predict(self, windows: Sequence[str]) -> list[dict[str, float]]:
        if not windows:
            return []
        return [dict(doc.cats) for doc in self.nlp.pipe(windows, batch_size=64)]


@cache
def load_role_model(path: Path = MODEL_DIR) -> RoleModel | None:
    """The committed model, or None where none has been trained (the rules alone decide)."""
    if os.environ.get("BULLETINS_ROLE_MODEL", "1") == "0" or not (path / "config.cfg").exists():
        return None
    return RoleModel(spacy.load(path), Thresholds.load(path / "thresholds.json"))
