"""UK vehicle registrations in every format.

Current `AB12 CDE`, prefix `A123 BCD` and suffix `ABC 123D` are distinctive in capitals.
Written in lower case (text-speak: "reg yx17kfd") or dateless (`1234 AB`, `AB 1234`,
`ABC 123`), they collide with ordinary text and car models ("Audi Q5", "BMW 5"), so
`UkVehicleRegContextRecognizer` takes them only right after a registration word
("reg", "plate", "registration number:").
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from redaction.recognizers.base import make_result

_CURRENT = r"[A-Z]{2}[0-9]{2}\s?[A-Z]{3}"
_PREFIX = r"[A-Z][0-9]{1,3}\s?[A-Z]{3}"
_SUFFIX = r"[A-Z]{3}\s?[0-9]{1,3}[A-Z]"
_DATELESS = r"(?:[A-Z]{1,3}\s?[0-9]{1,4}|[0-9]{1,4}\s?[A-Z]{1,3})"
_REG_WORD = (
    r"\b(?:reg|registration|plate|plates|number\s?plate|numberplate|vrm)\b"
    r"(?:\s+(?:no\.?|number|mark))?\s*(?:is|was|of|:|-|=)?\s*"
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
        return out
