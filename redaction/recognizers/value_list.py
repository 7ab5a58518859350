"""Ad-hoc recognizers for a record's own structured values found in its free text.

- `offender_name_recognizer`: the structured offender names (the allow-list): "Big Mick"
  in the field is found whole in the text, so "Mick" alone is not taken for a new name.
- `incident_place_recognizer`: the record's `location` / `district` values and the
  capitalised place names inside them ("the flat on Roundhay Road" -> "Roundhay Road"),
  so a place the NER calls a person ("Pudsey", "Leeds LS7") is kept as the incident place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex
from presidio_analyzer import EntityRecognizer

from redaction.lexicon import load_lexicon
from redaction.recognizers.base import make_result

OFFENDER_NAMES = "OffenderNameAllowList"
INCIDENT_PLACES = "IncidentPlaceList"
_CAP_RUN = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'\-]+|[A-Z]{1,2}[0-9][0-9A-Z]?)(?:\s+(?:\p{Lu}[\p{L}\p{M}'\-]+|[A-Z]{1,2}[0-9][0-9A-Z]?))*"
)


class ValueListRecognizer(EntityRecognizer):
    def __init__(
        self,
        entity: str,
        values: Iterable[str],
        name: str,
        score: float,
        prefixes: Iterable[str] = (),
        nickname_gap: bool = False,
    ) -> None:
        alts = sorted({v.strip() for v in values if v and len(v.strip()) >= 2}, key=len, reverse=True)
        self._entity = entity
        self._score = score
        # an optional word written before the value and part of it ("Mr" before "K. Mistry")
        pre = "|".join(sorted((re.escape(p) for p in prefixes), key=len, reverse=True))
        pre = rf"(?:(?:{pre})\.?\s+)?" if pre else ""
        # a nickname in quotes between a name's words ("Connor 'Con' McIlroy" for "Connor McIlroy")
        nickname = r"(?:['\"\u2018\u201c][^'\"\u2019\u201d\n]{1,20}['\"\u2019\u201d]\s+)?"
        gap = r"[\s\-]+" + (nickname if nickname_gap else "")
        self._rx = (
            re.compile(
                "|".join(r"(?<![\w@.])" + pre + gap.join(map(re.escape, a.split())) + r"(?![\w@])" for a in alts),
                re.IGNORECASE,
            )
            if alts
            else None
        )
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if self._rx is None:
            return []
        return [make_result(self, self._entity, m.start(), m.end(), self._score) for m in self._rx.finditer(text)]


def offender_name_recognizer(names: Iterable[str]) -> ValueListRecognizer | None:
    names = [n for n in names if n and n.strip()]
    if not names:
        return None
    # a name the field gives without the title the text gives it ("Mr K. Mistry") is found whole
    prefixes = sorted(w.capitalize() for w in load_lexicon().honorifics)
    return ValueListRecognizer("PERSON", names, OFFENDER_NAMES, 0.96, prefixes=prefixes, nickname_gap=True)


def place_values(values: Iterable[str | None]) -> list[str]:
    """A location field and the capitalised place names inside it."""
    lex = load_lexicon()
    out: list[str] = []
    for value in values:
        if not value or not value.strip():
            continue
        out.append(value.strip())
        for m in _CAP_RUN.finditer(value):
            words = m.group().split()
            while words and lex.is_not_name(words[0]) and not re.search(r"\d", words[0]):
                words.pop(0)
            if words:
                out.append(" ".join(words))
    return out


def incident_place_recognizer(values: Iterable[str | None]) -> ValueListRecognizer | None:
    places = place_values(values)
    return ValueListRecognizer("LOCATION", places, INCIDENT_PLACES, 0.9) if places else None
