"""Normal forms of identifiers (records.md §7), shared by redaction, extraction and correlation.

Phones: E.164 via `phonenumbers` with region GB. Registrations: upper case, no spaces.
Emails and handles: lower case (handles without the leading @). Names: lower case,
single spaces.
"""

from __future__ import annotations

import re

import phonenumbers

_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")


# the fewest digits of a number anyone rings: a UK freephone "0800 1111" has eight
_MIN_PHONE_DIGITS = 7
# a chat's date and time ("[28.01.2027 01:12]"), which the number matcher can read as a number
DATE_IN_NUMBER = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}(?!\d)")


def phone(text: str, region: str = "GB") -> str | None:
    """E.164 form of a phone number, or None when it is not a plausible number."""
    candidate = text.strip()
    if len(digits(candidate)) < _MIN_PHONE_DIGITS:  # "2026" is possible to libphonenumber: no number here
        return None
    if DATE_IN_NUMBER.search(candidate):
        return None
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    try:
        parsed = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# A plate read out in the NATO alphabet and number words ("Yankee Echo five nine, Hotel Tango
# Mike": YE59 HTM), as a voice note or a 999 call gives it
NATO = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
    "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L",
    "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
    "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X",
    "yankee": "Y", "zulu": "Z",
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "niner": "9",
}  # fmt: skip
_SPOKEN_WORD = re.compile(r"[A-Za-z\-]+")


def spoken_vrm(text: str) -> str | None:
    """The characters of a plate read out word by word ("Papa November six eight"), or None when
    any word of it is no NATO letter or number word."""
    words = _SPOKEN_WORD.findall(text)
    if len(words) < 2 or any(w.lower() not in NATO for w in words):
        return None
    return "".join(NATO[w.lower()] for w in words)


def vrm(text: str) -> str:
    return spoken_vrm(text) or _NOT_ALNUM.sub("", text).upper()


def email(text: str) -> str:
    """An address as one value, read back from the spellings that hide it ("gaz dot holt at
    example dot com", "roxy(at)example(dot)org") as well as written plainly."""
    text = _HIDDEN_DOT.sub(".", text.strip())
    text = _HIDDEN_AT.sub("@", text)
    return re.sub(r"\s+", "", text).lower() if "@" in text else text.lower()


# The spellings that hide an address's dots and its "@" in brackets ("example(dot)org",
# "roxy [at] example"); the obfuscated-email recognizer finds addresses by them too.
HIDDEN_DOT = r"\s+dot\s+|\s*[(\[{]\s*dot\s*[)\]}]\s*"
HIDDEN_AT = r"\s*[(\[{]\s*at\s*[)\]}]\s*"
_HIDDEN_DOT = re.compile(HIDDEN_DOT, re.IGNORECASE)
_HIDDEN_AT = re.compile(rf"{HIDDEN_AT}|\s+at\s+|\s*@\s*", re.IGNORECASE)


def handle(text: str) -> str:
    """A handle as one account: without "@" or Reddit's "u/" ("u/northernpunter88" and
    "Northernpunter88" are the same account), lower case."""
    return _HANDLE_PREFIX.sub("", text.strip()).lower()


_HANDLE_PREFIX = re.compile(r"^(?:@+|[uU]/)")


def name(text: str) -> str:
    return _SPACES.sub(" ", text.strip()).lower()


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)
