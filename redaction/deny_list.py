"""Ad-hoc deny-list recognizer built from a record's own victim fields.

The structured reporter / subject / advertiser values are the best evidence of who must
not appear in the free text. They become one Presidio recognizer for this record,
tolerant of formatting: a number stored as `07700 900123` is found as `+44 7700-900123`
or `7700900123`, a full name is found by its parts and with a possessive, a postcode with
any spacing, an email in any case or written `name at example dot com`, a handle with or
without its `@` and separators, a date of birth in the usual written forms.

The patterns are compiled once per distinct set of values (`compiled_deny`, cached): the
leak guard reuses them for the finished output.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NlpArtifacts

from common import normalise
from redaction.lexicon import load_lexicon
from redaction.recognizers.base import make_result

RECOGNIZER_NAME = "VictimDenyList"
_SEP = r"[\s\-().\u00a0/]*"
_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)
_MIN_NAME_PART = 2
# kind -> Presidio entity of the deny-list result. Victim values are entities of their own
# ("VICTIM_PHONE_NUMBER"), so Presidio's de-duplication can never swap one for the same
# span found by an ordinary recognizer: `VICTIM_PREFIX` is stripped by the redactor.
VICTIM_PREFIX = "VICTIM_"
KIND_ENTITY = {
    "name": "VICTIM_PERSON",
    "phone": "VICTIM_PHONE_NUMBER",
    "email": "VICTIM_EMAIL_ADDRESS",
    "handle": "VICTIM_ONLINE_HANDLE",
    "address": "VICTIM_STREET_ADDRESS",
    "dob": "VICTIM_DATE_OF_BIRTH",
    "url": "VICTIM_URL",
}
VICTIM_ENTITIES = sorted(set(KIND_ENTITY.values()))


def phone_pattern(value: str) -> str | None:
    """A regex for the number in any common UK formatting (national, +44, 0044, (0), no 0)."""
    e164 = normalise.phone(value)
    if not e164 or not e164.startswith("+44"):
        digits = normalise.digits(value)
        return rf"(?<!\d){_SEP.join(digits)}(?!\d)" if len(digits) >= 6 else None
    national = e164[3:]
    body = _SEP.join(national)
    return rf"(?<!\d)(?:(?:\+|00){_SEP}4{_SEP}4{_SEP}(?:\(?0\)?{_SEP})?|0{_SEP})?{body}(?!\d)"


def _words(text: str) -> str:
    """A phrase with any spacing, hyphens or apostrophe style between its words."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", text.strip()) if p]
    return r"[\s\-]*".join(parts).replace("'", "['\u2019]")


def name_patterns(value: str) -> list[str]:
    lex = load_lexicon()
    parts = [p for p in re.split(r"[\s,\-]+", value.strip()) if len(p) >= _MIN_NAME_PART and not lex.is_title(p)]
    alts = {_words(value)} | {_words(p) for p in parts}  # "O'Neil" found as "O’Neil" too
    return [rf"(?<![\w@.]){alt}(?:['\u2019]s|s['\u2019])?(?![\w])" for alt in sorted(alts, key=len, reverse=True)]


def email_patterns(value: str) -> list[str]:
    value = value.strip()
    if "@" not in value:
        return [rf"(?<![\w.]){re.escape(value)}(?!\w)"]
    local, _, domain = value.rpartition("@")
    dot = r"(?:\.|\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*)"
    domain_rx = dot.join(re.escape(p) for p in domain.split("."))
    at = r"\s*(?:@|\(at\)|\[at\]|\sat\s)\s*"
    return [rf"(?<![\w.]){re.escape(local)}{at}{domain_rx}(?![\w])"]


def handle_patterns(value: str) -> list[str]:
    h = normalise.handle(value)
    if len(h) < 3:
        return []
    body = "".join(r"[._\-]?" if ch in "._-" else re.escape(ch) for ch in h)
    return [rf"(?<![\w.]){'@?'}{body}(?![\w])"]


def url_patterns(value: str) -> list[str]:
    rest = re.sub(r"^[a-z]+://", "", value.strip(), flags=re.IGNORECASE).removeprefix("www.").rstrip("/")
    if not rest:
        return []
    return [rf"(?:[a-z]+://)?(?:www\.)?{re.escape(rest)}/?"]


def address_patterns(value: str) -> list[str]:
    lex = load_lexicon()
    building = re.compile(r"\b(?:" + "|".join(lex.building_types) + r")\b", re.IGNORECASE)
    street_word = re.compile(rf"\b(?:{'|'.join(lex.street_types)})\b|gate\b", re.IGNORECASE)
    patterns: list[str] = []
    for outward, inward in _POSTCODE.findall(value):
        patterns.append(rf"(?<![\w]){outward}\s*{inward}(?![\w])")
    without_pc = _POSTCODE.sub(" ", value)
    parts = [p.strip() for p in re.split(r"[,\n]+", without_pc) if p.strip()]
    for part in parts:
        # House number + street, a street name, a building name: identifying. A bare town is not.
        if re.search(r"\d", part) or street_word.search(part) or building.search(part):
            patterns.append(rf"(?<!\w){_words(part)}(?!\w)")
            street = re.sub(r"^(?:(?:flat|apartment|apt|unit)\s*\w+\s+)?\d+\w?\s+", "", part, flags=re.IGNORECASE)
            if street != part and (street_word.search(street) or building.search(street)):
                patterns.append(rf"(?<!\w){_words(street)}(?!\w)")
    named = [p for p in parts if not re.search(r"\d", p)]
    if len(parts) == 1 and named and not (street_word.search(named[0]) or building.search(named[0])):
        # a bare town or district as her address ("Wallsend"): hers all the same, redacted
        # wherever the record names it (a value of her own fields is always redacted)
        patterns.append(rf"(?<!\w){_words(named[0])}(?!\w)")
    if len(named) >= 2 and not any(street_word.search(p) or building.search(p) for p in named):
        # "Fratton, Portsmouth": a district and its town is where she lives (records.md: every
        # value of hers stays in). The places as written, and the district before the town; the
        # town alone stays, as the incident's place it usually also is.
        patterns.append(r"(?<!\w)" + r"[\s,]+".join(_words(p) for p in named) + r"(?!\w)")
        patterns += [rf"(?<!\w){_words(p)}(?!\w)" for p in named[:-1] if not lex.is_not_name(p)]
    return patterns


def dob_patterns(value: str) -> list[str]:
    patterns = [re.escape(value.strip())]
    try:
        born = date.fromisoformat(value.strip())
    except ValueError:
        return patterns
    d, m, y = born.day, born.month, born.year
    sep = r"\s*[/.\-]\s*"
    for day in {f"{d}", f"{d:02d}"}:
        for month in {f"{m}", f"{m:02d}"}:
            for year in {f"{y}", f"{y % 100:02d}"}:
                patterns.append(rf"(?<!\d){day}{sep}{month}{sep}{year}(?!\d)")
    name = load_lexicon().months[m - 1]
    month_rx = rf"{name[:3]}[a-z]*\.?"
    day_rx = rf"0?{d}(?:st|nd|rd|th)?"
    patterns.append(rf"(?<!\d){day_rx}\s+(?:of\s+)?{month_rx},?\s+(?:{y}|'?{y % 100:02d})(?!\d)")
    patterns.append(rf"\b{month_rx}\s+{day_rx},?\s+{y}(?!\d)")
    return patterns


_BUILDERS = {
    "name": name_patterns,
    "phone": lambda v: [p] if (p := phone_pattern(v)) else [],
    "email": email_patterns,
    "handle": handle_patterns,
    "address": address_patterns,
    "dob": dob_patterns,
    "url": url_patterns,
}


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


_URL_HANDLE = re.compile(r"/(?:@|u/|user/|users/|profile/)?(@?[^\W_][\w.\-]{2,40})/?$")


def advert_values(record: dict[str, Any]) -> dict[str, list[str]]:
    """What identifies an advertiser in a desktop-research record: its contact numbers, the
    page URL, and a handle that a profile URL ends with (`.../@name`, `.../u/name`)."""
    out: dict[str, list[str]] = {}
    phones = [p for p in record.get("phones") or [] if p and p.strip()]
    if phones:
        out["phone"] = phones
    url = (record.get("url") or "").strip()
    if url:
        out["url"] = [url]
        m = _URL_HANDLE.search(url.split("?", 1)[0])
        if m and (m.group(1).startswith("@") or re.search(r"[_.\d]", m.group(1))) and not m.group(1).isdigit():
            out["handle"] = [m.group(1)]
    return out


def values_key(values: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((k, tuple(sorted(set(v)))) for k, v in values.items() if v))


@lru_cache(maxsize=512)
def _compiled(key: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for kind, vals in key:
        builder = _BUILDERS.get(kind)
        if builder is None:
            continue
        patterns = [p for v in vals for p in builder(v)]
        if patterns:
            rx = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
            out.append((KIND_ENTITY[kind], rx))
    return tuple(out)


# The only characters outside ASCII that `re.IGNORECASE` matches to an ASCII letter
# ("İ" to "i"): folded so that a lower-cased text finds every value its patterns would.
_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _may_occur(kind: str, value: str, low: str, digits: str) -> bool:
    """A necessary condition for any of the value's patterns to match a text (`low`: the text
    lower-cased, `digits`: its digits alone): a value that cannot be there is not compiled
    (a phone's or a birth date's pattern costs about a millisecond to compile, and most texts
    hold neither). Where the condition is not exact (non-ASCII case folding), it says yes."""
    if kind == "phone":
        e164 = normalise.phone(value)
        body = e164[3:] if e164 and e164.startswith("+44") else normalise.digits(value)
        return body in digits  # the patterns allow only separators between its digits
    if kind == "dob":
        try:
            born = date.fromisoformat(value.strip())
        except ValueError:
            return True
        return f"{born.year % 100:02d}" in digits  # every form writes the year, whole or its last two digits
    if not value.isascii():
        return True
    if kind == "email":
        return value.strip().rpartition("@")[0 if "@" in value else 2].lower() in low
    if kind == "handle":
        core = re.sub(r"[._\-]", "", normalise.handle(value))
        return core in re.sub(r"[._\-]", "", low)
    if kind == "name":
        words = [w for w in re.split(r"[\s,\-]+", value.strip().lower().replace("\u2019", "'")) if w]
        return any(w in low.replace("\u2019", "'") for w in words)
    return True


def compiled_deny(
    values: dict[str, list[str]], present_in: str | None = None
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(Presidio entity, compiled pattern) per kind of value; with `present_in`, only for the
    values that may occur in that text."""
    if present_in is not None:
        low, digits = present_in.translate(_CASE_FOLDS).lower(), normalise.digits(present_in)
        values = {k: [v for v in vs if _may_occur(k, v, low, digits)] for k, vs in values.items()}
    return _compiled(values_key(values))


class DenyListRecognizer(EntityRecognizer):
    """The record's victim values, found in its text in any formatting (score 1.0)."""

    def __init__(self, values: dict[str, list[str]], text: str | None = None) -> None:
        self._patterns = compiled_deny(values, text)
        super().__init__(
            supported_entities=VICTIM_ENTITIES,
            name=RECOGNIZER_NAME,
            supported_language="en",
        )

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        return [
            make_result(self, entity, m.start(), m.end(), 1.0)
            for entity, rx in self._patterns
            for m in rx.finditer(text)
            if m.end() > m.start()
        ]


def deny_list_recognizers(values: dict[str, list[str]], text: str | None = None) -> list[EntityRecognizer]:
    """The record's deny-list recognizer, for `text` when given (only what may occur in it)."""
    return [DenyListRecognizer(values, text)] if compiled_deny(values, text) else []
