"""What the redaction leaves in clear and the extraction reads: spans of the parsed text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class KeptSpan:
    """An identifier left in clear, with why."""

    entity: str  # Presidio entity type (places are reported as LOCATION)
    start: int
    end: int
    text: str
    role: str  # "offender" | "incident" | "service"
    evidence: str
