"""Text hygiene: what every string of an input record goes through before anything reads it.

Hostile or careless input hides identifiers from the redaction and smuggles rendering
tricks into routed text. Each step is here because of one such trick:

1. Line breaks: CR LF, CR, NEL, U+2028/2029 and the other whitespace controls become a
   newline or a space, so removing controls never glues two words together.
2. Invisible and control characters are removed: C0/C1 controls (newline and tab are
   kept), BEL, NUL, DEL, bidirectional embeddings/overrides/isolates and marks
   (U+202A-202E, U+2066-2069, U+200E/F, U+061C), zero-width characters (U+200B-200D,
   U+2060, U+FEFF), every other format character (Unicode category Cf), lone surrogates,
   private-use and unassigned code points. A zero-width joiner inside a phone number
   leaves the plain number behind.
3. NFKC: full-width digits and letters, circled and mathematical forms, ligatures and the
   odd spaces become their plain forms (`０７７００` -> `07700`).
4. Decimal digits of any script become ASCII digits (`٠٧٧٠٠` -> `07700`): phone numbers
   are matched on ASCII digits. Digits are not words, so nothing is transliterated.
5. Confusable homoglyphs inside an otherwise-Latin token are mapped to Latin: Cyrillic,
   Greek, Armenian, Cherokee ... letters that Unicode's confusables data (UTS #39, via the
   `confusable-homoglyphs` package) gives a single ASCII prototype, and only in a token
   (a run of non-space characters) that holds an ASCII letter, digit or `@` and no
   non-Latin letter without such a prototype. So `quillоn@example.org` with a Cyrillic
   `о` becomes plain ASCII, while `Москва`, `王秀英` or `สมชาย` are left exactly as written.
6. Combining marks left on an ASCII digit (`7̶` strike-through) are removed.

`clean` is idempotent: cleaning a clean string changes nothing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib.resources import files
from typing import Any

# Controls that separate words: keep them as separators, not as nothing.
_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[\x1f]")
_KEEP = frozenset("\n\t")
# Categories removed outright: controls, format (bidi, zero-width, soft hyphen, tags),
# surrogates, private use, unassigned.
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_TOKEN = re.compile(r"\S+")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@cache
def _homoglyphs() -> dict[str, str]:
    """Non-Latin letter -> its single ASCII letter/digit prototype (from UTS #39 data)."""
    from confusable_homoglyphs import categories

    data = json.loads(files("confusable_homoglyphs").joinpath("confusables.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
            continue
        if categories.alias(char) in ("LATIN", "COMMON"):
            continue  # Latin letters (é, ı, ɑ) are real spelling, not disguise
        ascii_forms = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalnum()]
        if len(ascii_forms) == 1:
            table[char] = ascii_forms[0]
    return table


@cache
def _is_latin_letter(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN ")


def _drop(char: str) -> bool:
    return char not in _KEEP and unicodedata.category(char) in _DROP_CATEGORIES


def _latinise(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.isascii():
        return token
    if not any((c.isascii() and c.isalnum()) or c == "@" for c in token):
        return token  # no Latin anchor: a word of another script, left alone
    table = _homoglyphs()
    for char in token:
        if char.isalpha() and not char.isascii() and char not in table and not _is_latin_letter(char):
            return token  # a genuinely non-Latin letter: a real word, not a disguise
    return "".join(table.get(c, c) for c in token)


def _ascii_digits(text: str) -> str:
    out: list[str] = []
    for char in text:
        if not char.isascii() and unicodedata.category(char) == "Nd":
            out.append(str(unicodedata.decimal(char)))
        elif out and out[-1].isascii() and out[-1].isdigit() and unicodedata.category(char) in ("Mn", "Me"):
            continue  # a combining mark on a digit only disguises it
        else:
            out.append(char)
    return "".join(out)


def clean(text: str) -> str:
    """One string, made safe to process and to show (see the module docstring)."""
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return text  # the common case: plain ASCII has nothing to normalise
    text = _NEWLINES.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = "".join(c for c in text if not _drop(c))
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if not _drop(c))  # NFKC never adds these; cheap insurance
    text = _ascii_digits(text)
    latin = _TOKEN.sub(_latinise, text)
    # a mapped letter can meet a combining mark NFKC now composes: keep `clean` idempotent
    return latin if latin == text else unicodedata.normalize("NFKC", latin)


def clean_record(value: Any) -> Any:
    """Every string in a record (dicts and lists walked, in place where mutable); returns it."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = clean_record(item)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = clean_record(item)
    return value
