"""Street addresses: house number (optionally flat) + street name + street type."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

STREET_TYPES = (
    "road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|crescent|cres|court|ct|terrace|terr|"
    "grove|gardens|gdns|place|pl|way|walk|mews|row|square|sq|hill|rise|view|green|parade|"
    "park|fold|croft|mount|vale|bank|gate|yard|wharf|approach|boulevard"
)

_FLAT = r"(?:(?:flat|apartment|apt|unit)\s*\d+[a-z]?,?\s+)?"
_NUMBER = r"\d{1,4}[a-z]?(?:\s*[-/]\s*\d{1,4}[a-z]?)?,?\s+"
# street-name words: not the little words of a sentence ("999 from Armley Road" is no address)
_NOT_NAME = r"(?!(?:from|to|at|on|in|into|onto|the|a|an|and|or|of|by|near|off|with|for|past|up|down|round|outside)\b)"
_NAME = rf"(?:{_NOT_NAME}\p{{L}}[\p{{L}}\p{{M}}'\-]+\s+){{1,3}}"  # Presidio compiles with `regex`


class StreetAddressRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("house_number_street", rf"\b{_FLAT}{_NUMBER}{_NAME}(?:{STREET_TYPES})\b", 0.6),
        Pattern("flat_number", r"\b(?:flat|apartment|apt)\s*\d+[a-z]?\b", 0.4),
    ]
    CONTEXT = ["live", "address", "home", "flat", "house", "stay", "lodge"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="StreetAddressRecognizer",
        )
