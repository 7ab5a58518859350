"""UK phone numbers through `phonenumbers`, region GB only (the slowest recognizer; one
region keeps it cheap). Leniency POSSIBLE: Ofcom's drama ranges and many real pay-as-you-go
numbers fail the stricter VALID check, and a missed number is a leak.

Scored 0.7 (Presidio's 0.4 is for multi-region guessing): a UK-shaped run of 9 or more
digits in this text is a phone number. Digits inside a handle, an email or a URL
(`@brad_lad_1990`) are not, and a run with fewer than 9 digits (a year) is not. A regex
fallback catches UK numbers `phonenumbers` splits or rejects (`07700.900.123`, one digit
short or long). A number said with a filler between its groups, as voice-to-text writes it
("07700, erm, 900 028", "07700 900 then 459"), is one number when its digits make a whole one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from common.normalise import DATE_IN_NUMBER
from redaction.recognizers.base import make_result

SCORE = 0.7
MIN_DIGITS = 9
_GLUE = re.compile(r"[\w@/.]")
_FALLBACK = re.compile(
    r"(?<![\w@/.+])(?:\+\s?44\s?(?:\(0\)\s?)?|0044\s?|\(?0)[1-9](?:[\s\-.()\u00a0]{0,2}\d){8,10}(?![\w@])"
)

# a spoken number's groups with one or two fillers between them (the digits must make a whole number)
_FILLER = r"(?:erm+|um+|uh+|er|ah|then|summat|something|like|no|wait|sorry|hang\s+on|i\s+think|innit)"
_WITH_FILLERS = re.compile(
    r"(?<![\w@/.+])(?:\+44\s?|0)\d{2,4}(?:(?:[\s,.\-]{1,3}" + _FILLER + r"){0,2}[\s,.\-]{1,3}\d{2,6}){1,3}(?![\w@])",
    re.IGNORECASE,
)
_HAS_FILLER = re.compile(r"\d[\s,.\-]{1,3}" + _FILLER + r"[\s,.\-]", re.IGNORECASE)


class UkPhoneRecognizer(PhoneRecognizer):
    """Configured in redaction/recognizers.yaml (context words, regions, leniency)."""

    def __init__(
        self,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_regions: Sequence[str] = ("GB",),
        leniency: int = 0,
        name: str = "UkPhoneRecognizer",
    ) -> None:
        super().__init__(
            context=context,
            supported_language=supported_language,
            supported_regions=supported_regions,
            leniency=leniency,
            name=name,
        )

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for res in super().analyze(text, entities, nlp_artifacts):
            start, end = res.start, res.end
            # "(0113) 496 0123": keep the opening bracket with the number
            if start > 0 and text[start - 1] == "(" and text[start] == "0" and ")" in text[start:end]:
                start -= 1
            # "(07700 900812)": the brackets around a number are not part of it
            if text[start] == "(" and ")" not in text[start:end]:
                start += 1
            if text[end - 1] == ")" and "(" not in text[start:end]:
                end -= 1
            end = _whole_number_end(text, start, end)
            digits = sum(ch.isdigit() for ch in text[start:end])
            if digits < MIN_DIGITS or DATE_IN_NUMBER.search(text, start, end):
                continue
            glued = (start > 0 and _GLUE.match(text[start - 1])) or (end < len(text) and _GLUE.match(text[end]))
            full_stop = end < len(text) and text[end] == "." and (end + 1 == len(text) or not text[end + 1].isalnum())
            if glued and not full_stop:
                continue
            res.start, res.end, res.score = start, end, SCORE
            results.append(res)
        for m in _FALLBACK.finditer(text):
            end = _whole_number_end(text, m.start(), m.end())
            inside = [r for r in results if r.start < end and m.start() < r.end]
            if inside and not all(any(ch.isdigit() for ch in text[m.start() : r.start]) for r in inside):
                continue  # the library's own number, or the same with a bracket before it
            # "0113 496 0291 20 or 30 times", where the library read "496 0291 20": the whole number
            results = [r for r in results if r not in inside]
            results.append(make_result(self, "PHONE_NUMBER", m.start(), end, SCORE))
        for m in _WITH_FILLERS.finditer(text):
            span = m.group()
            whole = 12 if span.startswith("+") else 11
            if sum(ch.isdigit() for ch in span) != whole or not _HAS_FILLER.search(span):
                continue
            results = [r for r in results if not (m.start() <= r.start and r.end <= m.end())]
            results.append(make_result(self, "PHONE_NUMBER", m.start(), m.end(), SCORE))
        return results


def _whole_number_end(text: str, start: int, end: int) -> int:
    """Where a complete UK number ends when a count follows it ("rang from 0113 496 0291 20 or 30
    times"): eleven digits from 0 (twelve from +44, thirteen from 0044), cut only where a space
    parts the rest from it; anything shorter or run together is left as it was."""
    span = text[start:end]
    lead = span.lstrip("( ")
    full = 13 if lead.startswith("0044") else 12 if lead.startswith("+") else 11 if lead.startswith("0") else 0
    if full and "(0)" in span:
        full += 1  # "+44 (0)20 7946 0123": the trunk zero written in brackets
    if not full or sum(ch.isdigit() for ch in span) <= full:
        return end
    seen = 0
    for i, ch in enumerate(span):
        seen += ch.isdigit()
        if seen == full:
            rest = span[i + 1 :]
            return start + i + 1 if rest[:1].isspace() else end
    return end
