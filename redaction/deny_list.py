"""Ad-hoc deny-list recognizers built from a record's own victim fields.

The structured reporter / subject / advertiser values are the best evidence of who must
not appear in the free text. Each value becomes a Presidio PatternRecognizer for this one
record, tolerant of formatting: a number stored as `07700 900123` is found as
`+44 7700-900123`, a full name is found by its parts, a postcode with any spacing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from presidio_analyzer import Pattern, PatternRecognizer

from processors import normalise

RECOGNIZER_NAME = "VictimDenyList"
_SEP = r"[\s\-().]*"
_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)
_STREET_TYPES = re.compile(
    r"\b(road|rd|street|st|avenue|ave|lane|ln|drive|close|crescent|court|terrace|grove|gardens|"
    r"place|way|walk|mews|row|square|hill|rise|view|green|parade|fold|croft|mount|vale|bank)\b",
    re.IGNORECASE,
)
# Name parts too common to deny on their own (they would blank ordinary words).
_MIN_NAME_PART = 2


def phone_pattern(value: str) -> str | None:
    """A regex for the number in any common UK formatting (national, +44, 0044, (0))."""
    e164 = normalise.phone(value)
    if not e164 or not e164.startswith("+44"):
        digits = normalise.digits(value)
        return _SEP.join(digits) if len(digits) >= 6 else None
    national = e164[3:]
    body = _SEP.join(national)
    return rf"(?<!\d)(?:(?:\+|00){_SEP}4{_SEP}4{_SEP}(?:\(?0\)?{_SEP})?|0{_SEP}){body}(?!\d)"


def name_patterns(value: str) -> list[str]:
    parts = [p for p in re.split(r"[\s,]+", value.strip()) if len(p) >= _MIN_NAME_PART]
    alts = {re.escape(value.strip())} | {re.escape(p) for p in parts}
    return [rf"(?<!\w){alt}(?:'s)?(?!\w)" for alt in sorted(alts, key=len, reverse=True)]


def address_patterns(value: str) -> list[str]:
    patterns: list[str] = []
    for outward, inward in _POSTCODE.findall(value):
        patterns.append(rf"\b{outward}\s*{inward}\b")
    without_pc = _POSTCODE.sub(" ", value)
    for part in re.split(r"[,\n]+", without_pc):
        part = part.strip()
        # House number + street, or a street name: identifying. A bare town is not.
        if re.search(r"\d", part) or _STREET_TYPES.search(part):
            patterns.append(r"(?<!\w)" + r"\s+".join(map(re.escape, part.split())) + r"(?!\w)")
            street = re.sub(r"^(?:flat\s*\w+\s+)?\d+\w?\s+", "", part, flags=re.IGNORECASE)
            if street != part and _STREET_TYPES.search(street):
                patterns.append(r"(?<!\w)" + r"\s+".join(map(re.escape, street.split())) + r"(?!\w)")
    return patterns


def dob_patterns(value: str) -> list[str]:
    patterns = [re.escape(value.strip())]
    try:
        born = date.fromisoformat(value.strip())
    except ValueError:
        return patterns
    d, m, y = born.day, born.month, born.year
    for day in {f"{d}", f"{d:02d}"}:
        for month in {f"{m}", f"{m:02d}"}:
            for year in {f"{y}", f"{y % 100:02d}"}:
                patterns.append(rf"\b{day}[/.\-]{month}[/.\-]{year}\b")
    month_name = born.strftime("%B")
    patterns.append(rf"\b{d}(?:st|nd|rd|th)?\s+(?:of\s+)?{month_name[:3]}[a-z]*\.?,?\s+{y}\b")
    return patterns


def _recognizer(entity: str, patterns: Iterable[str]) -> PatternRecognizer | None:
    pats = [Pattern(f"deny_{entity.lower()}_{i}", p, 1.0) for i, p in enumerate(patterns) if p]
    if not pats:
        return None
    return PatternRecognizer(supported_entity=entity, patterns=pats, name=RECOGNIZER_NAME)


def victim_values(person: dict | None) -> dict[str, list[str]]:
    """The identifying values of a reporter/subject record, by kind."""
    if not person:
        return {}
    out: dict[str, list[str]] = {}
    for field, kind in (
        ("name", "name"),
        ("working_name", "name"),
        ("phone", "phone"),
        ("email", "email"),
        ("address", "address"),
        ("date_of_birth", "dob"),
    ):
        value = person.get(field)
        if value and str(value).strip():
            out.setdefault(kind, []).append(str(value))
    for handle in person.get("online_handles") or []:
        if handle and handle.strip():
            out.setdefault("handle", []).append(handle)
    return out


def deny_list_recognizers(values: dict[str, list[str]]) -> list[PatternRecognizer]:
    recognizers = [
        _recognizer("PERSON", [p for v in values.get("name", []) for p in name_patterns(v)]),
        _recognizer("PHONE_NUMBER", [phone_pattern(v) for v in values.get("phone", [])]),
        _recognizer("EMAIL_ADDRESS", [rf"(?<![\w.]){re.escape(v.strip())}(?!\w)" for v in values.get("email", [])]),
        _recognizer(
            "ONLINE_HANDLE",
            [rf"(?<![\w.])@?{re.escape(normalise.handle(v))}(?!\w)" for v in values.get("handle", [])],
        ),
        _recognizer("STREET_ADDRESS", [p for v in values.get("address", []) for p in address_patterns(v)]),
        _recognizer("DATE_OF_BIRTH", [p for v in values.get("dob", []) for p in dob_patterns(v)]),
    ]
    return [r for r in recognizers if r is not None]
