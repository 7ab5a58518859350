"""The entity kinds of the redaction and the canonical form of a value: shared by the
redactor, the role model's decision step and the callers that compare values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from common import normalise
from common.config_yaml import read_yaml

ENTITIES = [
    "PERSON",
    "LOCATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "ONLINE_HANDLE",
    "UK_VEHICLE_REG",
    "UK_POSTCODE",
    "UK_POSTCODE_DISTRICT",
    "STREET_ADDRESS",
    "STREET",
    "PLACE",
    "BUILDING",
    "UK_NINO",
    "UK_NHS",
    "UK_PASSPORT",
    "DATE_OF_BIRTH",
]

# The placeholder type per Presidio entity, and the precedence of overlapping candidates:
# `entities.yaml`, read once.
ENTITIES_FILE = Path(__file__).with_name("entities.yaml")


@dataclass(frozen=True)
class Precedence:
    """Which candidate wins an overlap: the lower tier (`entities.yaml`)."""

    default: int
    tiers: tuple[tuple[int, frozenset[str], frozenset[str]], ...]  # (tier, sources, entities)

    def tier(self, entity: str, source: str) -> int:
        for tier, sources, entities in self.tiers:
            if source in sources or entity in entities:
                return tier
        return self.default


def _load_tables(path: Path) -> tuple[dict[str, str], Precedence]:
    data = read_yaml(path)
    placeholders = {str(k): str(v) for k, v in data["placeholders"].items()}
    prec = data["precedence"]
    tiers = tuple(
        (int(t["tier"]), frozenset(t.get("sources") or ()), frozenset(t.get("entities") or ())) for t in prec["tiers"]
    )
    unknown = (set(placeholders) | {e for _, _, es in tiers for e in es}) - set(ENTITIES)
    if unknown:
        raise ValueError(f"{path.name}: unknown entities {sorted(unknown)}")
    return placeholders, Precedence(int(prec["default"]), tiers)


PLACEHOLDER, PRECEDENCE = _load_tables(ENTITIES_FILE)

# Identifiers the offender can own (and so be kept in clear with evidence).
OFFENDER_KINDS = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ONLINE_HANDLE", "UK_VEHICLE_REG"}
ID_KINDS = {
    "UK_PASSPORT",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "ONLINE_HANDLE",
    "UK_VEHICLE_REG",
    "UK_NINO",
    "UK_NHS",
    "DATE_OF_BIRTH",
}
ADDRESS_KINDS = {"STREET_ADDRESS", "UK_POSTCODE", "BUILDING"}
PLACE_KINDS = {"STREET", "PLACE", "UK_POSTCODE_DISTRICT", "LOCATION"}


# Presidio's name for the spaCy NER recognizer, and a word of any script.
NER_RECOGNIZER = "SpacyRecognizer"
WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
# "St ", "St. ", "Saint " just before a word: a saint's name opens a place's ("flats in St Pauls")
SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint)[ \t]+$")


def canonical(entity: str, text: str) -> str:
    if entity == "PHONE_NUMBER":
        return normalise.phone(text) or normalise.digits(text)
    if entity == "UK_VEHICLE_REG":
        return normalise.vrm(text)
    if entity == "ONLINE_HANDLE":
        return normalise.handle(text)
    if entity == "EMAIL_ADDRESS":
        return normalise.email(text)
    if entity in ("UK_POSTCODE", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_POSTCODE_DISTRICT"):
        return normalise.vrm(text)
    return re.sub(r"(?:['\u2019]s|s['\u2019])$", "", normalise.name(text))


def mentions_pattern(words: set[str] | list[str], possessive: bool = True) -> re.Pattern[str]:
    """Every whole-word mention of any of `words` (a name, or a part of one), longest first,
    case-insensitive; with `possessive`, "Jade's" is one mention."""
    return _mentions_pattern(frozenset(words), possessive)


@lru_cache(maxsize=256)  # a record's names are looked for by several decisions
def _mentions_pattern(words: frozenset[str], possessive: bool) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    tail = r"(?:['\u2019]s)?" if possessive else ""
    return re.compile(r"(?<![\w@.])(?:" + alternation + r")" + tail + r"(?![\w@])", re.IGNORECASE)


def surnames(names: set[str] | list[str]) -> set[str]:
    """The last word of each canonical name of two words or more ("shipley" of "nathan
    shipley"): how a report names him again, or a town that is his name there."""
    return {n.split()[-1] for n in names if len(n.split()) >= 2}
