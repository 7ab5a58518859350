"""WEAPON mentions from the gazetteer in patterns/weapons.yaml, negation respected.

Words that always name a weapon count wherever they are not negated; everyday objects
(a bottle, a bat, a hammer) count only when a verb of using or showing governs them or
"with" introduces them ("hit her with a wrench", "got a hammer out of a drawer").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from processors.matchers import SentenceIndex, add_phrases, load_file, negated


@dataclass(frozen=True)
class WeaponHit:
    kind: str  # normal form: knife, gun, bat, ...
    start: int
    end: int
    sentence: int
    rule: str  # weapon:<kind>:always | weapon:<kind>:in_context


class WeaponFinder:
    def __init__(self, nlp: Language, name: str = "weapons.yaml") -> None:
        data = load_file(name)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.exact = PhraseMatcher(nlp.vocab, attr="LOWER")
        for group in ("always", "in_context"):
            for kind, words in (data.get(group) or {}).items():
                for word in words:  # one key per word: the longest match wins, then its kind
                    add_phrases(nlp, self.matcher, self.exact, f"{group}\t{kind}", [str(word)])
        self.use_verbs = {str(v).lower() for v in data.get("use_verbs") or []}
        self.use_preps = {str(v).lower() for v in data.get("use_preps") or []}
        self.not_before = {str(v).lower() for v in data.get("not_before") or []}
        self.not_after = {str(v).lower() for v in data.get("not_after") or []}
        self.vocab = nlp.vocab
        # Scots and Geordie negation the tokenizer keeps whole ("he didnae have the knife this time"), one list with
        # mo.yaml's (grammar.yaml does not know them)
        self.dialect_negation = {
            str(w).lower() for w in (load_file("mo.yaml").get("words") or {}).get("dialect_negation") or []
        }

    def find(self, doc: Doc, end_char: int, sents: SentenceIndex) -> list[WeaponHit]:
        out: list[WeaponHit] = []
        taken: set[int] = set()
        matches = sorted([*self.matcher(doc), *self.exact(doc)], key=lambda m: (m[1], -(m[2] - m[1])))
        for match_id, start, end in matches:
            span = doc[start:end]
            if span.end_char > end_char or any(i in taken for i in range(start, end)):
                continue
            group, kind, _ = self.vocab.strings[match_id].split("\t", 2)
            if end < len(doc) and doc[end].lower_ in self.not_before:
                continue
            if start > 0 and doc[start - 1].lower_ in self.not_after:
                continue
            if group == "in_context" and not (self._used(span.root) or self._after_prep(span)):
                continue
            if negated(span) or self._dialect_negated(span):
                continue
            taken.update(range(start, end))
            out.append(WeaponHit(kind, start, end, sents.of(start), f"weapon:{kind}:{group}"))
        return out

    def _dialect_negated(self, span) -> bool:
        """A dialect negation before the verb the weapon hangs on ("he didnae have the knife")."""
        head = span.root
        for _ in range(3):
            if head.pos_ in ("VERB", "AUX"):
                return any(c.lower_ in self.dialect_negation for c in head.children if c.i < head.i)
            if head.head is head:
                break
            head = head.head
        return False

    def _after_prep(self, span) -> bool:
        """A use preposition right before the object, past its determiner or a quote: the parser
        reads the Scots "wi' a bottle" as no preposition at all."""
        i = span.start - 1
        while i >= 0 and span.start - i <= 3 and (span.doc[i].pos_ == "DET" or span.doc[i].text in ("'", "’")):
            i -= 1
        return i >= 0 and span.doc[i].lower_ in self.use_preps

    def _used(self, token: Token) -> bool:
        """An everyday object used or shown as a weapon: governed by a use verb, or 'with'."""
        head = token
        for _ in range(3):
            if head.dep_ == "pobj" and head.head.lower_ in self.use_preps:
                return True
            if head.dep_ in ("dobj", "pobj", "nsubjpass", "conj", "appos", "prep", "attr") and head.head is not head:
                head = head.head
                if head.pos_ in ("VERB", "AUX"):
                    return head.lemma_.lower() in self.use_verbs
            else:
                return False
        return False
