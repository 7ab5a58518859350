"""UK vehicle registrations in every format.

Current `AB12 CDE`, prefix `A123 BCD` and suffix `ABC 123D` are distinctive in capitals.
Written in lower case (text-speak: "reg yx17kfd") or dateless (`1234 AB`, `AB 1234`,
`ABC 123`), they collide with ordinary text and car models ("Audi Q5", "BMW 5"), so
`UkVehicleRegContextRecognizer` takes them only right after a registration word
("reg", "plate", "registration number:").
"""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from common.vehicles import load_vehicles, make_words
from redaction.recognizers.base import make_result

_CURRENT = r"[A-Z]{2}[0-9]{2}\s?[A-Z]{3}"
_PREFIX = r"[A-Z][0-9]{1,3}\s?[A-Z]{3}"
_SUFFIX = r"[A-Z]{3}\s?[0-9]{1,3}[A-Z]"
_DATELESS = r"(?:[A-Z]{1,3}\s?[0-9]{1,4}|[0-9]{1,4}\s?[A-Z]{1,3})"
_REG_WORD = (
    r"\b(?:reg|registration|plate|plates|number\s?plate|numberplate|vrm)\b"
    r"(?:\s+(?:no\.?|number|mark))?\s*(?:is|was|of|:|-|=)?\s*"
)


# A partial plate, which is how most are remembered ("plate ended 'YHT'", "a black Audi A3 ends
# VUP", "red Peugeot 207 BD58 sumthin"): in capitals, after a word of how it starts or ends
# near a vehicle word, or with a word saying the rest is missing.
_PART = r"(?P<vrm>[A-Z]{1,3}[0-9]{1,2}[A-Z]{0,3}|[0-9]{1,3}[A-Z]{1,3}|[A-Z]{3})"


@cache
def _part_after_word() -> re.Pattern[str]:
    """A partial plate after how it starts or ends, a vehicle word (a make or model of the
    vehicle gazetteer, "car", "plate") shortly before."""
    data = load_vehicles()
    models = {str(m).lower() for spec in data["makes"].values() for m in (spec or {}).get("models") or []}
    words = {*make_words(), *(m for m in models if len(m) > 2 and " " not in m)}
    vehicle = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(
        rf"(?i:\b(?:reg|registration|plate|plates|car|van|taxi|motor|lorry|truck|{vehicle})\b[^.!?\n]{{0,25}}?"
        r"\b(?:ends?|ended|ending|starts?|started|starting|began|begins?|beginning)(?:\s+(?:in|with))?)"
        r"\s*[:'\"\u2018\u201c]?\s*" + _PART + r"(?![\w])"
    )


_PART_BEFORE_VAGUE = re.compile(
    r"(?<![\w])(?P<vrm>[A-Z]{2}[0-9]{2})\s+(?i:something|sumthin|summat|somethin|sumfin|sth|smth|or\s+something)\b"
)


class UkVehicleRegRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("vrm_current", rf"\b{_CURRENT}\b", 0.6),
        Pattern("vrm_prefix", rf"\b{_PREFIX}\b", 0.5),
        Pattern("vrm_suffix", rf"\b{_SUFFIX}\b", 0.5),
    ]
    CONTEXT = ["reg", "registration", "plate", "car", "van", "vehicle", "drive", "drove"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="UK_VEHICLE_REG",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="UkVehicleRegRecognizer",
            # Case-sensitive: "we10 abc" in lower-case chat text is rare, "to the car" is not.
            global_regex_flags=0,
        )


class UkVehicleRegContextRecognizer(EntityRecognizer):
    """Any-case and dateless registrations directly after a registration word."""

    def __init__(self) -> None:
        marks = "|".join((_CURRENT, _PREFIX, _SUFFIX, _DATELESS))
        self._rx = re.compile(rf"{_REG_WORD}(?P<vrm>(?:{marks}))(?![\w])", re.IGNORECASE)
        super().__init__(
            supported_entities=["UK_VEHICLE_REG"], name="UkVehicleRegContextRecognizer", supported_language="en"
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for m in self._rx.finditer(text):
            vrm = m.group("vrm")
            if not (re.search(r"\d", vrm) and re.search(r"[A-Za-z]", vrm)):
                continue
            out.append(make_result(self, "UK_VEHICLE_REG", m.start("vrm"), m.end("vrm"), 0.6))
        covered = [(r.start, r.end) for r in out]
        for rx in (_part_after_word(), _PART_BEFORE_VAGUE):
            for m in rx.finditer(text):
                s, e = m.span("vrm")
                if not any(a < e and s < b for a, b in covered):
                    out.append(make_result(self, "UK_VEHICLE_REG", s, e, 0.5, partial_plate=True))
                    covered.append((s, e))
        return out
