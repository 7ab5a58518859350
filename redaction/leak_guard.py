"""Last line of defence: no structured victim value leaves in any output string.

Redaction should already have removed them; this scrubs every string of the finished
output record with the same tolerant patterns the deny list uses, and counts what it
had to catch (a non-zero count is a redaction bug to fix, and a metric to alert on).
"""

from __future__ import annotations

import re
from typing import Any

from redaction.deny_list import deny_list_recognizers

REPLACEMENT = "[REDACTED]"


def compile_guard(values: dict[str, list[str]]) -> re.Pattern[str] | None:
    patterns = [p.regex for r in deny_list_recognizers(values) for p in r.patterns]
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def scrub(value: Any, guard: re.Pattern[str] | None) -> tuple[Any, int]:
    """Return (scrubbed copy, number of replacements)."""
    if guard is None:
        return value, 0
    if isinstance(value, str):
        return guard.subn(REPLACEMENT, value)
    if isinstance(value, list):
        total = 0
        out = []
        for item in value:
            clean, n = scrub(item, guard)
            out.append(clean)
            total += n
        return out, total
    if isinstance(value, dict):
        total = 0
        cleaned: dict[str, Any] = {}
        for key, item in value.items():
            clean, n = scrub(item, guard)
            cleaned[key] = clean
            total += n
        return cleaned, total
    return value, 0
