"""Places: street names, named places, residential buildings, postcodes and postcode districts.

The small model tags "Water Lane" as a person and "Mihaela" as a place; these recognizers
give the redactor place evidence that does not depend on it:

- STREET: capitalised words + a street type without a house number ("Kirkstall Road",
  "Lower Briggate", Yorkshire's "-gate" streets). Kept unless the context makes it a home.
- PLACE: capitalised words + a place noun ("Forster Square", "Leeds Dock", "Hebden
  Bridge"). Kept.
- BUILDING: capitalised words + a residential building noun ("Prince Albert House"): part
  of an address, redacted unless it is the record's incident location.
- UK_POSTCODE: a full postcode ("LS11 6AB", any case): an address, redacted.
- UK_POSTCODE_DISTRICT: the outward code alone ("LS11"): an area, kept.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer

from redaction.lexicon import Lexicon, load_lexicon
from redaction.recognizers.base import make_result

# Every UK postcode area (the letters of the outward code).
POSTCODE_AREAS = [
    "AB",
    "AL",
    "B",
    "BA",
    "BB",
    "BD",
    "BH",
    "BL",
    "BN",
    "BR",
    "BS",
    "BT",
    "CA",
    "CB",
    "CF",
    "CH",
    "CM",
    "CO",
    "CR",
    "CT",
    "CV",
    "CW",
    "DA",
    "DD",
    "DE",
    "DG",
    "DH",
    "DL",
    "DN",
    "DT",
    "DY",
    "E",
    "EC",
    "EH",
    "EN",
    "EX",
    "FK",
    "FY",
    "G",
    "GL",
    "GU",
    "GY",
    "HA",
    "HD",
    "HG",
    "HP",
    "HR",
    "HS",
    "HU",
    "HX",
    "IG",
    "IM",
    "IP",
    "IV",
    "JE",
    "KA",
    "KT",
    "KW",
    "KY",
    "L",
    "LA",
    "LD",
    "LE",
    "LL",
    "LN",
    "LS",
    "LU",
    "M",
    "ME",
    "MK",
    "ML",
    "N",
    "NE",
    "NG",
    "NN",
    "NP",
    "NR",
    "NW",
    "OL",
    "OX",
    "PA",
    "PE",
    "PH",
    "PL",
    "PO",
    "PR",
    "RG",
    "RH",
    "RM",
    "S",
    "SA",
    "SE",
    "SG",
    "SK",
    "SL",
    "SM",
    "SN",
    "SO",
    "SP",
    "SR",
    "SS",
    "ST",
    "SW",
    "SY",
    "TA",
    "TD",
    "TF",
    "TN",
    "TQ",
    "TR",
    "TS",
    "TW",
    "UB",
    "W",
    "WA",
    "WC",
    "WD",
    "WF",
    "WN",
    "WR",
    "WS",
    "WV",
    "YO",
    "ZE",
]

_CAP = r"\p{Lu}\p{Ll}[\p{L}\p{M}'\-]*"  # a capitalised word of any script
_NAME_WORDS = rf"(?:{_CAP}\s+){{1,3}}"


def _title_alt(words) -> str:
    return "|".join(
        r"\s+".join(w.capitalize() for w in entry.split()) for entry in sorted(words, key=len, reverse=True)
    )


class _CapitalisedPhraseRecognizer(EntityRecognizer):
    """Capitalised words followed by a type noun; leading non-name words are trimmed."""

    ENTITY = ""
    SCORE = 0.7

    def __init__(self, types_rx: str, extra: list[str] | None = None, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        patterns = [rf"(?<![\w\-]){_NAME_WORDS}(?:{types_rx})(?![\w\-])", *(extra or [])]
        self._rx = re.compile("|".join(f"(?:{p})" for p in patterns))
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        results = []
        for m in self._rx.finditer(text):
            start, end = m.start(), m.end()
            # trim "On", "The", "At" ... in front ("On Manningham Lane")
            while True:
                word = re.match(r"([\p{L}\p{M}'\-]+)\s+", text[start:end])
                if word is None or not self.lexicon.is_not_name(word.group(1)) or " " not in text[start:end].strip():
                    break
                if self._type_only(text[start + word.end() : end]):
                    break
                start += word.end()
            if self._type_only(text[start:end]):
                continue
            results.append(make_result(self, self.ENTITY, start, end, self.SCORE))
        return results

    @staticmethod
    def _type_only(phrase: str) -> bool:
        return len(phrase.split()) < 2 and not phrase.lower().endswith("gate")


class StreetNameRecognizer(_CapitalisedPhraseRecognizer):
    ENTITY = "STREET"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        lex = lexicon or load_lexicon()
        types = "|".join(t.capitalize() for t in lex.street_types if len(t) > 2)
        gate = r"(?<![\w\-])(?:(?:Lower|Upper|North|South|East|West|Old|New)\s+)?\p{Lu}\p{Ll}{2,}gate(?![\w\-])"
        super().__init__(rf"(?:{types})", [gate], lex)


class PlaceNameRecognizer(_CapitalisedPhraseRecognizer):
    ENTITY = "PLACE"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        lex = lexicon or load_lexicon()
        super().__init__(_title_alt(lex.place_types), None, lex)


class BuildingNameRecognizer(_CapitalisedPhraseRecognizer):
    ENTITY = "BUILDING"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        lex = lexicon or load_lexicon()
        super().__init__(_title_alt(lex.building_types), None, lex)


class PostTownRecognizer(EntityRecognizer):
    """The town written before a postcode ("Halifax HX3 9AB"): an area (PLACE), kept; the
    house number, street and postcode around it go."""

    ENTITY = "PLACE"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        areas = "|".join(sorted(POSTCODE_AREAS, key=len, reverse=True))
        self._rx = re.compile(
            rf"(?<![\w\-])\p{{Lu}}\p{{Ll}}+(?:[\s\-]\p{{Lu}}\p{{Ll}}+)?(?=,?\s+(?:{areas})[0-9][0-9A-Z]?(?:\s*[0-9][A-Z]{{2}})?\b)"
        )
        super().__init__(supported_entities=[self.ENTITY], name="PostTownRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        return [
            make_result(self, self.ENTITY, m.start(), m.end(), 0.6)
            for m in self._rx.finditer(text)
            if not self.lexicon.is_not_name(m.group().split()[0])
        ]


class UkPostcodeFullRecognizer(UkPostcodeRecognizer):
    """Presidio's UK postcode patterns, scored as the address they are (0.1 by default:
    below any sensible threshold without a 'postcode' context word)."""

    def __init__(self, supported_language: str = "en", name: str = "UkPostcodeFullRecognizer") -> None:
        patterns = [Pattern(p.name, p.regex, 0.65) for p in UkPostcodeRecognizer.PATTERNS]
        super().__init__(patterns=patterns, supported_language=supported_language, name=name)


class UkPostcodeDistrictRecognizer(EntityRecognizer):
    """The outward code alone ("LS6", "BD3"): an area, not an address."""

    ENTITY = "UK_POSTCODE_DISTRICT"

    def __init__(self, supported_language: str = "en", name: str = "UkPostcodeDistrictRecognizer") -> None:
        areas = "|".join(sorted(POSTCODE_AREAS, key=len, reverse=True))
        self._rx = re.compile(rf"(?<![\w\-])(?:{areas})[0-9][0-9A-Z]?(?![\w\-])(?!\s*[0-9][A-Za-z]{{2}}\b)")
        super().__init__(supported_entities=[self.ENTITY], name=name, supported_language=supported_language)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        return [make_result(self, self.ENTITY, m.start(), m.end(), 0.6) for m in self._rx.finditer(text)]
