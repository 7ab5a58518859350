"""Dates of birth: numeric and written dates. A date is only identifying beside a
birth word, so the base score is low and the context lifts it."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"


class DateOfBirthRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("numeric_date", r"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}\b", 0.3),
        Pattern("written_date", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})[a-z]*\.?\s+(?:19|20)\d{{2}}\b", 0.3),
        Pattern("dob_cue", r"\b(?:dob|d\.o\.b\.?|born)\s*:?\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b", 0.9),
    ]
    CONTEXT = ["dob", "born", "birth", "birthday"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="DateOfBirthRecognizer",
        )
