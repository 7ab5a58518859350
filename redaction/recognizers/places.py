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

from functools import cache

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer

from redaction.lexicon import Lexicon, load_lexicon, phrase_key
from redaction.recognizers.base import make_result
from redaction.recognizers.initials import PLATE_CUE
from redaction.recognizers.uk_vehicle_reg import VEHICLE_NOUNS, vehicle_alternation

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
# capitalised words, or a title "of" a place ("Prince of Wales Road", "Duke of York Square")
_NAME_WORDS = rf"(?:(?:Prince|Princess|Duke|Duchess|King|Queen|Earl|Isle)\s+of\s+{_CAP}\s+|(?:{_CAP}\s+){{1,3}})"
# Before a place: a preposition of place or an article ("on Rose Hill", "the Grand Pier").
_PLACE_LEAD = re.compile(
    r"(?i:\b(?:in|on|near|off|along|outside|opposite|behind|round|around|past|through|via|towards|the|by|from|into|at)\s+)$"
)
_TO_LEAD = re.compile(r"(?i:\bto\s+)$")
# "Bothwell St", "Bradford Rd", "Drake St Rochdale": an abbreviated street type after a name;
# "St" not before a saint's possessive ("St Mary's").
_ABBREVIATED_STREET = (
    rf"(?<![\w\-]){_NAME_WORDS}"
    rf"(?:(?:Rd|Ave|Ln|Cres|Gdns|Sq|Terr)\.?(?![\w\-])|St\.?(?![\w\-])(?!\s+\p{{Lu}}\p{{Ll}}*['\u2019]s\b))"
)
# A saint's name in the possessive is a church, a hospital, a hostel or a district ("St
# Mary's", "St. Anne's"), with the capitalised words of an institution after it ("St Mary's
# Centre"); never a person. (Not "St Julians" without its apostrophe: read as a place, such a
# town was kept where nothing said it was a home; stop 37 tried it and took it out.)
_SAINTS = rf"(?<![\w\-])(?:St|Saint)\.?\s+\p{{Lu}}\p{{Ll}}+['\u2019]s(?![\w\-])(?:\s+{_CAP}(?![\w\-]))*"
# A place name joined with lower-case particles ("Stockton-on-Tees", "Barrow-in-Furness",
# "Ashby-de-la-Zouch", "Thorpe on the Hill"): no person is named so.
_PARTICLE_PLACE = (
    r"(?<![\w\-])\p{Lu}\p{Ll}+(?:-(?:on|upon|in|under|le|la|de|en|by|super|sub|cum)(?:-(?:the|le|la))?-\p{Lu}\p{Ll}+"
    r"|\s+(?:on|upon)\s+the\s+\p{Lu}\p{Ll}+)(?![\w\-])"
)


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
            if self._person_shaped(text, start, end):
                continue
            # trim "On", "The", "At" ... in front ("On Manningham Lane")
            while True:
                word = re.match(r"([\p{L}\p{M}'\-]+)\s+", text[start:end])
                if word is None or not self.lexicon.is_not_name(word.group(1)) or " " not in text[start:end].strip():
                    break
                if word.group(1) in ("St", "Saint"):
                    break  # "St Mary's Centre": the saint's name is part of it
                if self._type_only(text[start + word.end() : end]):
                    break
                start += word.end()
            if self._type_only(text[start:end]):
                continue
            results.append(make_result(self, self.ENTITY, start, end, self.SCORE))
        return results

    def _person_shaped(self, text: str, start: int, end: int) -> bool:
        """A first name and a type noun that is also a surname ("Sarah Green", "Tom Hall",
        "Ted Heath") is a person unless a place's preposition or an article comes before
        ("on Sarah Green", "the Dale Hall"): when unsure, it stays a name."""
        words = text[start:end].split()
        # "Detective Sergeant Karen Mills": an official's title before the two words makes them a person
        titled = len(words) > 2 and all(w.lower().rstrip(".") in self.lexicon.official_titles for w in words[:-2])
        if titled and words[-2].lower() in self.lexicon.first_names and words[-1].lower() in self.lexicon.surname_types:
            return True
        if len(words) != 2 or words[-1].lower() not in self.lexicon.surname_types:
            return False
        first = words[0].lower()
        if first not in self.lexicon.first_names or phrase_key(text[start:end]) in self.lexicon.places:
            return False
        before = text[max(0, start - 25) : start]
        # "sent me to Stanley Street": "to" leads to a street; "gave it to Sarah Green" to a person
        return not (_PLACE_LEAD.search(before) or (words[-1].lower() == "street" and _TO_LEAD.search(before)))

    @staticmethod
    def _type_only(phrase: str) -> bool:
        return len(phrase.split()) < 2 and not phrase.lower().endswith("gate") and "-" not in phrase


class StreetNameRecognizer(_CapitalisedPhraseRecognizer):
    ENTITY = "STREET"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        lex = lexicon or load_lexicon()
        types = "|".join(t.capitalize() for t in lex.street_types if len(t) > 2)
        gate = r"(?<![\w\-])(?:(?:Lower|Upper|North|South|East|West|Old|New)\s+)?\p{Lu}\p{Ll}{2,}gate(?![\w\-])"
        super().__init__(rf"(?:{types})", [gate, _ABBREVIATED_STREET], lex)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        # "Bury St Edmunds": a town whose name holds a street's abbreviation is the town
        results = []
        for r in super().analyze(text, entities, nlp_artifacts):
            ends = [m.end() for m in _NEXT_CAPITALISED.finditer(text, r.end, min(len(text), r.end + 40))]
            town = next((e for e in reversed(ends[:2]) if self.lexicon.is_place(text[r.start : e])), None)
            results.append(make_result(self, "PLACE", r.start, town, self.SCORE) if town else r)
        return results


# the capitalised words right after a phrase, one by one ("Bury St| Edmunds")
_NEXT_CAPITALISED = re.compile(r"\G[ \t]+\p{Lu}\p{Ll}+")


class PlaceNameRecognizer(_CapitalisedPhraseRecognizer):
    ENTITY = "PLACE"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        lex = lexicon or load_lexicon()
        # the place noun in lower case too, as most people write it ("Hamilton bus station",
        # "Sandbach services", "the Galleries shopping centre")
        types = sorted(lex.lower_place_types, key=len, reverse=True)
        lower = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in types)
        lower_rx = rf"(?<![\w\-]){_NAME_WORDS}(?:{lower})(?![\w\-])"
        # "Ysgol Bryn Tirion": a Welsh school's, chapel's or church's word before its name
        leading = "|".join(t.capitalize() for t in lex.leading_place_types)
        leading_rx = rf"(?<![\w\-])(?:{leading})(?:\s+{_CAP}){{1,3}}(?![\w\-])"
        named = _title_alt((*lex.place_types, *lex.care_place_types))
        super().__init__(named, [_SAINTS, _PARTICLE_PLACE, lower_rx, leading_rx], lex)

    def _person_shaped(self, text: str, start: int, end: int) -> bool:
        if super()._person_shaped(text, start, end):
            return True
        # "Dave garage", "Kelly car park": a first name before a lower-case place noun is
        # someone's (a possessive written without its 's), unless the words are a known place
        words = text[start:end].split()
        names = [w for w in words if w[:1].isupper()]
        if not names or not words[-1].islower():
            return False
        key = phrase_key(" ".join(names))
        return any(w.lower() in self.lexicon.first_names for w in names) and key not in self.lexicon.places


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
        results = []
        for m in self._rx.finditer(text):
            start, words = m.start(), m.group().split()
            if len(words) == 2 and self._name_before_town(*words):
                start = m.end() - len(words[1])  # "Kat & Pearl Leeds LS5": the town alone
            if not self.lexicon.is_not_name(text[start : m.end()].split()[0]):
                results.append(make_result(self, self.ENTITY, start, m.end(), 0.6))
        return results

    def _name_before_town(self, first: str, town: str) -> bool:
        """A first name before a town that is a place alone ("Pearl Leeds"), the two no place
        together ("Chapel Allerton" is one)."""
        lex = self.lexicon
        return lex.has_first_name(first.lower()) and lex.is_place(town) and not lex.is_place(f"{first} {town}")


@cache
def _vehicle_before() -> re.Pattern[str]:
    words = rf"(?:cab|{VEHICLE_NOUNS}|{vehicle_alternation()})"
    return re.compile(rf"(?i:\b{words}\b[^.!?\n]{{0,20}}$)")


def _plate_before(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(PLATE_CUE.search(before) or _vehicle_before().search(before))


class UkPostcodeFullRecognizer(UkPostcodeRecognizer):
    """Presidio's UK postcode patterns, scored as the address they are (0.1 by default:
    below any sensible threshold without a 'postcode' context word)."""

    # Real inward codes never use C, I, K, M, O or V; a reporter's mistyped or a made-up one
    # ("DN32 9KL") still names her door. Upper case only, so "b4 2pm" stays a time.
    LOOSE = Pattern("UK Postcode (any letters)", r"(?-i:\b[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][A-Z]{2}\b)", 0.6)

    def __init__(self, supported_language: str = "en", name: str = "UkPostcodeFullRecognizer") -> None:
        patterns = [Pattern(p.name, p.regex, 0.65) for p in UkPostcodeRecognizer.PATTERNS]
        super().__init__(patterns=[*patterns, self.LOOSE], supported_language=supported_language, name=name)
        self._strict = [re.compile(p.regex, re.IGNORECASE) for p in patterns]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # a loosely lettered one after a plate or vehicle word is the plate ("reg WF17 0XK",
        # "black Golf, WX17 0KC")
        return [r for r in results if self._is_strict(text[r.start : r.end]) or not _plate_before(text, r.start)]

    def _is_strict(self, value: str) -> bool:
        return any(rx.fullmatch(value) for rx in self._strict)


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
        # "reg started SK17 somethin": the start of a number plate, not an area
        return [
            make_result(self, self.ENTITY, m.start(), m.end(), 0.6)
            for m in self._rx.finditer(text)
            if not PLATE_CUE.search(text[max(0, m.start() - 40) : m.start()])
        ]
