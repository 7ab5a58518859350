"""UK identity numbers named as such: "NI number AB 12 34 56 C", "NHS no. 943 476 5919",
"passport 123456789".

Presidio's NINO and NHS recognizers stay on for the bare formats (the NHS one checks the
mod-11 digit). After the words that name the number, any number of the right shape goes,
valid or not: a mistyped NHS number still identifies someone. Passports (9 digits) are
only taken with the word before them (design notes: context needed).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from redaction.recognizers.base import make_result

_NO = r"(?:\s*(?:number|no\.?|num|#))?\s*(?:is|was|:|-)?\s*"
_PATTERNS = (
    (
        "UK_NINO",
        rf"\b(?:n\.?i\.?|national\s+insurance){_NO}(?P<id>[a-z]{{2}}\s?\d{{2}}\s?\d{{2}}\s?\d{{2}}\s?[a-d]?)(?!\w)",
    ),
    ("UK_NHS", rf"\bnhs{_NO}(?P<id>\d{{3}}[\s\-]?\d{{3}}[\s\-]?\d{{4}})(?!\d)"),
    ("UK_PASSPORT", rf"\bpassport{_NO}(?P<id>(?:[a-z]{{2}})?\d{{7,9}})(?!\w)"),
)


class UkIdNumberContextRecognizer(EntityRecognizer):
    def __init__(self, supported_language: str = "en", name: str = "UkIdNumberContextRecognizer") -> None:
        self._patterns = [(entity, re.compile(rx, re.IGNORECASE)) for entity, rx in _PATTERNS]
        super().__init__(supported_entities=[e for e, _ in _PATTERNS], name=name, supported_language=supported_language)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        return [
            make_result(self, entity, m.start("id"), m.end("id"), 0.9)
            for entity, rx in self._patterns
            for m in rx.finditer(text)
        ]
