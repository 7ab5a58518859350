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

from common.normalise import NATO, spoken_vrm
from common.regex_screen import may_match
from common.vehicles import load_vehicles, make_words
from redaction.recognizers.base import make_result

_CURRENT = r"[A-Z]{2}[0-9]{2}\s?[A-Z]{3}"
# ... written with a space inside the area code's pair too ("reg YC 19 RHP"): only after a reg word
_CURRENT_SPACED = r"[A-Z]{2}\s[0-9]{2}\s?[A-Z]{3}"
_PREFIX = r"[A-Z][0-9]{1,3}\s?[A-Z]{3}"
_SUFFIX = r"[A-Z]{3}\s?[0-9]{1,3}(?:[A-Z]|\s[B-HJ-NPR-TV-Y])"  # "ABC 123D", "MAN 419 G" (not "... 111 I")
# Northern Ireland: a county code with I or Z ("IA", "BZ"), a serial letter before it, up to
# four digits ("NIZ 2204", "AZ 1234")
_NORTHERN_IRELAND = r"(?:[A-HJ-PR-Y](?:I[A-Z]|[A-HJ-PR-Y]Z)\s?[0-9]{1,4}|(?:I[ABGJLW]|[A-HJ-PR-Y]Z)\s?[0-9]{3,4})"
_DATELESS = r"(?:[A-Z]{1,3}\s?[0-9]{1,4}|[0-9]{1,4}\s?[A-Z]{1,3})"
_REG_WORD = (
    r"\b(?:reg|registration|plate|plates|number\s?plate|numberplate|vrm)\b"
    r"(?:\s+(?:no\.?|number|mark))?\s*(?:is|was|of|:|-|=)?\s*"
)


# A partial plate, which is how most are remembered ("plate ended 'YHT'", "a black Audi A3 ends
# VUP", "red Peugeot 207 BD58 sumthin"): in capitals, after a word of how it starts or ends
# near a vehicle word, or with a word saying the rest is missing.
_PART = r"(?P<vrm>[A-Z]{1,3}[0-9]{1,2}[A-Z]{0,3}|[0-9]{1,3}[A-Z]{1,3}|[A-Z]{3})"


# the words for a vehicle that are no make or model ("his car", "a white van")
VEHICLE_NOUNS = "car|van|taxi|motor|lorry|truck"


@cache
def vehicle_alternation() -> str:
    """The vehicle gazetteer's makes and one-word models as one alternation, longest first."""
    data = load_vehicles()
    models = {str(m).lower() for spec in data["makes"].values() for m in (spec or {}).get("models") or []}
    words = {*make_words(), *(m for m in models if len(m) > 2 and " " not in m)}
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _part_after_word() -> re.Pattern[str]:
    """A partial plate after how it starts or ends, a vehicle word (a make or model of the
    vehicle gazetteer, "car", "plate") shortly before."""
    vehicle = vehicle_alternation()
    return re.compile(
        rf"(?i:\b(?:reg|registration|plate|plates|{VEHICLE_NOUNS}|{vehicle})\b[^.!?\n]{{0,25}}?"
        r"\b(?:ends?|ended|ending|starts?|started|starting|began|begins?|beginning)(?:\s+(?:in|with))?)"
        r"\s*[:'\"\u2018\u201c]?\s*" + _PART + r"(?![\w])"
    )


@cache
def _lower_after_vehicle() -> re.Pattern[str]:
    """A current-format plate in lower case right after the vehicle it is on ("grey astra bd14wfo",
    "a black audi, yx63 kdn"): text-speak writes plates so, and the vehicle word says what it is."""
    vehicle = vehicle_alternation()
    return re.compile(
        rf"(?i:\b(?:{VEHICLE_NOUNS}|{vehicle})\b)[\s,:(\-]{{1,3}}(?P<vrm>[a-z]{{2}}[0-9]{{2}}\s?[a-z]{{3}})(?![\w])"
    )


# A plate read out letter by letter ("S N 1 9 K X P", "plates 'Y X 6 2 A B C'"): current or prefix
# format, each character apart; in capitals anywhere, in lower case only after a vehicle word
_LETTER_SPACED = r"(?P<vrm>[A-Z] [A-Z] [0-9] [0-9] [A-Z] [A-Z] [A-Z]|[A-Z] [0-9](?: [0-9]){0,2} [A-Z] [A-Z] [A-Z])"
_LETTER_SPACED_CAPS = re.compile(rf"(?<![\w]){_LETTER_SPACED}(?![\w])")


@cache
def _spaced_after_vehicle() -> re.Pattern[str]:
    """A plate spaced out after the vehicle it is on: letter by letter in any case ("silver Yaris
    y 6 3 h r x"), or its area code apart in capitals ("white Corsa YS 70 KDT")."""
    vehicle = vehicle_alternation()
    return re.compile(
        rf"(?i:\b(?:reg|plate|plates|{VEHICLE_NOUNS}|{vehicle})\b)[\s,:(\-'\"\u2018\u201c]{{1,3}}"
        rf"(?:(?i:{_LETTER_SPACED})|(?P<cur>[A-Z]{{2}} [0-9]{{2}} [A-Z]{{3}}))(?![\w])"
    )


# What each reading after a vehicle word needs somewhere in the text: the two vehicle-word scans are
# the recognizer's slowest (a long alternation tried at every position), and most records have neither
_LOWER_HINT = re.compile(r"[a-z]{2}[0-9]{2}\s?[a-z]{3}")
_SPACED_HINT = re.compile(r"(?i:[a-z] [0-9](?: [0-9]){0,2} [a-z])|[A-Z]{2} [0-9]{2} [A-Z]{3}")


def _after_vehicle(text: str) -> list[tuple[re.Match[str], str]]:
    """Plates written unlike a plate but said to be one by the vehicle before them, or spaced out
    letter by letter in capitals; with the group that holds each."""
    out = [(m, "vrm") for m in _lower_after_vehicle().finditer(text)] if _LOWER_HINT.search(text) else []
    out += [(m, "vrm") for m in _LETTER_SPACED_CAPS.finditer(text)]
    if _SPACED_HINT.search(text):
        out += [(m, "cur" if m.group("cur") else "vrm") for m in _spaced_after_vehicle().finditer(text)]
    return out


# A cherished plate keeps no format ("private plate J4Y 90", "personalised reg M1KEY"): after
# the words that say it is one, up to seven letters and digits with both in them
_PRIVATE = re.compile(
    r"(?i:\b(?:private|personali[sz]ed|personal|cherished|vanity|custom)\s+(?:number\s?)?(?:reg|plate|registration)s?)"
    r"\s*(?:(?i:is|was|of|reads|reading|says|saying)\s+|[:\-=]\s*)?['\"\u2018\u201c]?"
    r"(?P<vrm>(?=[A-Za-z0-9 ]{0,9}\d)(?=[A-Za-z0-9 ]{0,9}[A-Za-z])[A-Za-z0-9]{1,4}(?:\s[A-Za-z0-9]{1,4}){0,2})(?![\w])"
)


# said to be part of one: "part plate FV68", "partial reg: KX6", "half the reg was LD"
_PART_NAMED = re.compile(
    r"(?i:\b(?:part|partial|half|bit)\s+(?:of\s+)?(?:the\s+|a\s+|his\s+)?(?:reg|plate|registration|number\s?plate|vrm)s?)"
    r"(?:\s+(?i:was|is|of|reads?|reading))?\s*[:\-]?\s*['\"\u2018\u201c]?" + _PART + r"(?![\w])"
)


_PART_BEFORE_VAGUE = re.compile(
    r"(?<![\w])(?P<vrm>[A-Z]{2}[0-9]{2})\s+(?i:something|sumthin|summat|somethin|sumfin|sth|smth|or\s+something)\b"
)


# A plate read out in the NATO alphabet, the digits in words ("plate was Papa November six eight,
# Kilo Foxtrot", "'Yankee Echo five nine, Hotel Tango Mike'"): two letters, two digits, up to three
# letters; the full seven a plate, fewer a partial one
_NATO_LETTER = r"(?i:" + "|".join(sorted((w for w, c in NATO.items() if c.isalpha()), key=len, reverse=True)) + r")"
_NATO_DIGIT = r"(?i:" + "|".join(sorted((w for w, c in NATO.items() if c.isdigit()), key=len, reverse=True)) + r")"
_SEP = r"[\s,\-]+"
_SPOKEN = re.compile(
    rf"(?<![\w-])(?P<vrm>{_NATO_LETTER}{_SEP}{_NATO_LETTER}{_SEP}{_NATO_DIGIT}{_SEP}{_NATO_DIGIT}"
    rf"(?:{_SEP}{_NATO_LETTER}){{0,3}})(?![\w-])"
)


class UkVehicleRegRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("vrm_current", rf"\b{_CURRENT}\b", 0.6),
        Pattern("vrm_prefix", rf"\b{_PREFIX}\b", 0.5),
        Pattern("vrm_suffix", rf"\b{_SUFFIX}\b", 0.5),
        Pattern("vrm_northern_ireland", rf"\b{_NORTHERN_IRELAND}\b", 0.5),
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
        marks = "|".join((_CURRENT_SPACED, _CURRENT, _PREFIX, _SUFFIX, _DATELESS))
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

        def take(m: re.Match[str], score: float, group: str = "vrm", **meta: bool) -> None:
            """The plate `m` found, unless an earlier reading already holds any of it."""
            s, e = m.span(group)
            if not any(a < e and s < b for a, b in covered):
                out.append(make_result(self, "UK_VEHICLE_REG", s, e, score, **meta))
                covered.append((s, e))

        for m in _PRIVATE.finditer(text):
            if len(re.sub(r"\s", "", m.group("vrm"))) <= 7:
                take(m, 0.6)
        for m in _SPOKEN.finditer(text):
            take(m, 0.6, partial_plate=len(spoken_vrm(m.group("vrm")) or "") < 7)
        for m, group in _after_vehicle(text):
            take(m, 0.6, group)
        for rx in (_part_after_word(), _PART_NAMED, _PART_BEFORE_VAGUE):
            # a pattern none of whose literals ("ends", "starts", ...) is in the text is not scanned: the
            # vehicles' long alternation opening `_part_after_word` is slow to scan for nothing
            if not may_match(rx, text):
                continue
            for m in rx.finditer(text):
                take(m, 0.5, partial_plate=True)
        return out
