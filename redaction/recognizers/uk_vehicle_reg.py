"""UK vehicle registrations: current, prefix and suffix formats. Dateless marks
(`1234 AB`) collide with ordinary text and are left to context rules."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

_CURRENT = r"\b[A-Z]{2}[0-9]{2}\s?[A-Z]{3}\b"
_PREFIX = r"\b[A-Z][0-9]{1,3}\s?[A-Z]{3}\b"
_SUFFIX = r"\b[A-Z]{3}\s?[0-9]{1,3}[A-Z]\b"


class UkVehicleRegRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("vrm_current", _CURRENT, 0.6),
        Pattern("vrm_prefix", _PREFIX, 0.5),
        Pattern("vrm_suffix", _SUFFIX, 0.5),
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
