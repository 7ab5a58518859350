"""A person's initials in case notes: "Client (GT, w/n Lacey) reports...", "SW disclosed...".

Partner and NUM staff write the worker's initials where a name would go. Two or three
capitals standing alone (optionally dotted: "A.G.") are a PERSON candidate unless the
lexicon lists them as an acronym (ISVA, GP, CCTV, ...); the role rules and the role model
then decide whose they are, and by default they are redacted.
"""

from __future__ import annotations

import regex as re
from spacy.tokens import Doc

from redaction.recognizers.base import DocPersonRecognizer, make_result

NAME = "InitialsRecognizer"
SCORE = 0.6
_INITIALS = re.compile(
    r"(?<![\w@#/&.'\u2019-])(?:[A-Z]\.){2,3}(?!\w)|(?<![\w@#/&.'\u2019-])[A-Z]{2,3}(?![\w@/&'\u2019-])"
)


class InitialsRecognizer(DocPersonRecognizer):
    NAME = NAME

    def find(self, text: str, doc: Doc):
        if _mostly_capitals(text):
            return []  # an advert in capitals: every word would look like initials
        results = []
        for m in _INITIALS.finditer(text):
            letters = m.group().replace(".", "").lower()
            if self.lexicon.is_not_name(letters) or self.lexicon.is_title(letters):
                continue
            if "." not in m.group() and doc.vocab[letters].is_stop:
                continue  # "FOR", "OF" in a headline in capitals: words, not initials
            results.append(make_result(self, "PERSON", m.start(), m.end(), SCORE))
        return results


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.5 * len(letters)
