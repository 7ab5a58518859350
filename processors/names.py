"""OFFENDER_NAME from cue patterns (patterns/names.yaml): "said his name was X", "calls
himself X", "a man known as X", "the client, X,".

Every candidate must still be in the redacted text as written: a name the redaction took
out (a victim's or a third party's) never comes back through extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from processors.matchers import SentenceIndex, compile_pattern, load_file
from redaction.lexicon import load_lexicon

_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
MAX_WORDS = 4


@dataclass(frozen=True)
class NameHit:
    text: str  # as written (quotes removed)
    start: int
    end: int
    sentence: int
    rule: str


class NameCues:
    def __init__(self, nlp: Language, name: str = "names.yaml") -> None:
        data = load_file(name)
        words = {k: list(v) for k, v in (data.get("words") or {}).items()}
        self.offender_side = {w.lower() for w in words.get("offender_side", [])}
        self.victim_side = {w.lower() for w in words.get("victim_side", [])}
        self.titles = {str(t).lower() for t in data.get("titles") or []}
        self.stop = frozenset(str(w).lower() for w in data["not_name_words"])
        # the redaction's own list ('calls him "her pimp"'): one list for both readers of name cues
        self.lexicon = load_lexicon()
        self.role_openers = self.lexicon.quoted_role_openers
        self.matcher = Matcher(nlp.vocab)
        for group in ("self_naming", "naming", "calling_him", "apposition"):
            for pattern in data.get(group) or []:
                self.matcher.add(f"{group}\t{pattern}", compile_pattern(str(pattern), words, {}))
        self.vocab = nlp.vocab

    def find(self, doc: Doc, end_char: int, sents: SentenceIndex) -> list[NameHit]:
        out: list[NameHit] = []
        for match_id, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
            cue = doc[start:end]
            if cue.end_char > end_char:
                continue
            group, pattern = self.vocab.strings[match_id].split("\t", 1)
            lowercase_ok = group in ("self_naming", "naming") and _lowercase_text(cue.sent)
            span = self._capture(doc, end, cue.sent.end, lowercase_ok)
            if span is None or span.end_char > end_char:
                continue
            if group == "naming" and self._side(cue) != "offender":
                continue
            if group == "apposition" and not (span.end < len(doc) and doc[span.end].text in (",", "(", ")", "-")):
                continue
            text = span.text.strip("'\"‘’“” ")
            if text:
                out.append(NameHit(text, span.start, span.end, sents.of(start), f"name:{group}:{pattern}"))
        return out

    def _capture(self, doc: Doc, i: int, limit: int, lowercase_ok: bool) -> Span | None:
        """The name right after a cue: quoted, capitalised words, or (lower-case text) plain words."""
        if i >= limit:
            return None
        if doc[i].text in _QUOTES:
            j = i + 1
            while j < limit and doc[j].text not in _QUOTES and j - i <= MAX_WORDS:
                j += 1
            # a quoted role opened by a possessive ("calls him 'her pimp'") is what he is, no name
            if j < limit and doc[j].text in _QUOTES and j > i + 1 and doc[i + 1].lower_ not in self.role_openers:
                return doc[i : j + 1]
            return None
        if doc[i].lower_ == "the" and i + 1 < limit and doc[i + 1].text[:1].isupper():
            # a nickname with its article: "known as the Vicar", "calls himself the Bailiff"
            name = self._capture(doc, i + 1, limit, lowercase_ok=False)
            return doc[i : name.end] if name is not None and name.start == i + 1 else None
        j = self._name_end(doc, i, limit)
        while j > i and doc[j - 1].lower_ in self.titles and not doc[j - 1].text[:1].isupper():
            j -= 1  # a name cannot end with a lower-case title word
        capitalised = [t.text[:1].isupper() for t in doc[i:j]]
        # a title alone ("Mr" before an initial the tokenizer split off) names no one
        if j > i and any(c and t.lower_ not in self.titles for c, t in zip(capitalised, doc[i:j], strict=True)):
            if j == i + 1 and doc[i].lower_ in self.lexicon.peoples and doc[i].lower_ not in self.lexicon.first_names:
                return None  # "young Asian guy, Brummie, number ...": where he is from, no name (stop 54)
            return doc[i:j]
        if lowercase_ok:
            j = i
            while (
                j < limit
                and j - i < 2
                and doc[j].is_alpha
                and doc[j].lower_ not in self.stop
                and (doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "X"))
            ):
                j += 1
            if j > i:
                return doc[i:j]
        return None

    def _name_end(self, doc: Doc, i: int, limit: int) -> int:
        """Where the name words from `i` end (a double-barrelled surname is one word)."""
        j = i
        while j < limit and j - i < MAX_WORDS:
            if j > i and _hyphen_join(doc, j, limit):
                j += 2  # "Grant-Mayhew": the tokenizer splits a double-barrelled surname
                continue
            if not _name_word(doc[j], self.titles, self.stop, first=j == i):
                break
            j += 1
        return j

    def _side(self, cue: Span) -> str | None:
        """Whose name does a "called / known as" cue give? The subject of its verb, or the noun a
        relative clause hangs on, or else the nearest person word before it."""
        first = cue[0]
        if first.lower_ in ("who", "whom", "that") and cue.start > 0:
            return self._word_side(cue.doc[cue.start - 1])
        verb: Token | None = next((t for t in cue if t.pos_ in ("VERB", "AUX")), None)
        for _ in range(3):
            if verb is None:
                break
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i < cue.start:
                side = self._word_side(subject)
                if side:
                    return side
                break
            if verb.dep_ in ("acl", "relcl", "amod") and verb.head.i < cue.start:
                side = self._word_side(verb.head)
                if side:
                    return side
            if verb.dep_ not in ("conj", "xcomp", "acl", "relcl") or verb.head is verb:
                break
            verb = verb.head
        sent_start = cue.sent.start
        for i in range(cue.start - 1, max(sent_start, cue.start - 8) - 1, -1):
            side = self._word_side(cue.doc[i])
            if side:
                return side
        return None

    def _word_side(self, token: Token) -> str | None:
        low = token.lower_
        if low in self.victim_side:
            return "victim"
        if low in self.offender_side:
            return "offender"
        return None


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _name_word(token: Token, titles: set[str], stop: frozenset[str], first: bool) -> bool:
    if _INITIALS.fullmatch(token.text):
        return True  # "Mr D. Lennox", "W.J. Evans"
    if not token.is_alpha and not (token.text[:1].isupper() and token.text.replace("-", "").isalpha()):
        return False
    if token.lower_ in titles:
        return True
    return token.text[:1].isupper() and token.lower_ not in ("i",) and (first or token.lower_ not in stop)


def _hyphen_join(doc: Doc, j: int, limit: int) -> bool:
    """A hyphen with no space either side, between a name word and a capitalised one."""
    return (
        j + 1 < limit
        and doc[j].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].is_alpha
        and doc[j + 1].text[:1].isupper()
    )


def _lowercase_text(sent: Span) -> bool:
    """Text written without capitals (text-speak): names are lower case too."""
    letters = [t for t in sent if t.is_alpha and t.text not in ("I",)]
    return bool(letters) and not any(t.text[:1].isupper() for t in letters)
