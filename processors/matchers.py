"""Phrase patterns (YAML, matched on lemmas with spaCy's PhraseMatcher) with negation.

Both the MO tags and the exploitation indicators are lists of phrases a domain expert
can read and extend; this module turns a patterns file into a matcher that reports
each non-negated hit with its sentence as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

PATTERN_DIR = Path(__file__).with_name("patterns")
NEGATIONS = frozenset({"no", "not", "n't", "never", "without", "nobody", "none", "neither", "nor", "nothing"})
NEGATION_WINDOW = 4  # tokens before a hit, within its sentence
_LEMMA_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")


@dataclass(frozen=True)
class Hit:
    label: str
    start: int  # token index
    end: int
    text: str  # the matched words (pattern vocabulary, never an identifier)
    sentence: int  # index of the sentence in the text: evidence without copying raw text
    rule: str

    @property
    def evidence(self) -> str:
        return f"{self.rule} (sentence {self.sentence + 1}: '{self.text}')"


def load_patterns(name: str) -> dict[str, list[str]]:
    data = yaml.safe_load((PATTERN_DIR / name).read_text()) or {}
    return {str(k): [str(p) for p in v] for k, v in data.items()}


def _lemma_docs(nlp: Language, phrases: list[str]) -> list[Doc]:
    enabled = [p for p in _LEMMA_PIPES if p in nlp.pipe_names]
    with nlp.select_pipes(enable=enabled):
        return list(nlp.pipe([p.lower() for p in phrases]))


class PhraseTagger:
    def __init__(self, nlp: Language, patterns: dict[str, list[str]], allowed: set[str] | None = None) -> None:
        unknown = set(patterns) - allowed if allowed is not None else set()
        if unknown:
            raise ValueError(f"patterns name unknown labels: {sorted(unknown)}")
        self.matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        for label, phrases in patterns.items():
            self.matcher.add(label, _lemma_docs(nlp, phrases))
        self.vocab = nlp.vocab

    def hits(self, doc: Doc, start_char: int = 0, end_char: int | None = None) -> list[Hit]:
        end_char = len(doc.text) if end_char is None else end_char
        found: list[Hit] = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            if span.start_char < start_char or span.end_char > end_char:
                continue
            if self.negated(doc, start, set(t.lower_ for t in span)):
                continue
            label = self.vocab.strings[match_id]
            sent_index = sum(1 for s in doc.sents if s.end <= span.sent.start)
            rule = f"{label}:{span.lemma_.lower()}"
            found.append(Hit(label, start, end, span.text, sent_index, rule))
        return found

    @staticmethod
    def negated(doc: Doc, start: int, own: set[str]) -> bool:
        """A negation word shortly before the hit, in its sentence, and not part of the phrase."""
        sent_start = doc[start].sent.start
        for token in doc[max(sent_start, start - NEGATION_WINDOW) : start]:
            if token.lower_ in NEGATIONS and token.lower_ not in own:
                return True
        return False
