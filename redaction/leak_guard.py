"""Last line of defence: no structured victim value leaves in any output string.

Redaction should already have removed them; this scrubs every string of the finished
output record with the same tolerant patterns the deny list uses (compiled once per
record, shared with the deny-list recognizer), and counts what it had to catch (a
non-zero count is a redaction bug to fix, and a metric to alert on).
"""

from __future__ import annotations

import re
from typing import Any

from redaction.deny_list import compiled_deny

REPLACEMENT = "[REDACTED]"


class Guard:
    """The record's deny patterns applied one after another (compiled once, shared with the
    deny-list recognizer: no second compilation per record)."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns

    def subn(self, repl: str, value: str) -> tuple[str, int]:
        total = 0
        for rx in self.patterns:
            value, n = rx.subn(repl, value)
            total += n
        return value, total


def compile_guard(values: dict[str, list[str]], output: Any = None) -> Guard | None:
    """The guard for `output` (every string in it), or for any text when None."""
    text = None if output is None else "\n".join(_strings(output))
    patterns = tuple(rx for _, rx in compiled_deny(values, text))
    return Guard(patterns) if patterns else None


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def scrub(value: Any, guard: Guard | re.Pattern[str] | None) -> tuple[Any, int]:
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
