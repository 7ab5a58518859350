"""Input limits, from the environment, with defaults far above any real bulletin.

A limit exists so one bad record costs its own line or message, never the worker: a 1 MB
narrative held a batch for minutes and gigabytes of memory, JSON nested thousands deep
raised RecursionError. A record over a limit is rejected (dead-lettered, with its raw
bytes, on the stream) with a reason naming the field and the limit, never the value.
Read on every call (a handful of environment look-ups) so a test or an operator's change
applies without a restart of the process that reads them; `load_limits` at start-up
turns a bad setting into a start-up error.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# variable -> (attribute, default, lowest sane value)
_SETTINGS: dict[str, tuple[str, int, int]] = {
    "BULLETINS_MAX_RAW_BYTES": ("raw_bytes", 256 * 1024, 1024),
    "BULLETINS_MAX_TEXT_CHARS": ("text_chars", 20_000, 100),
    "BULLETINS_MAX_FIELD_CHARS": ("field_chars", 2_000, 100),
    "BULLETINS_MAX_ITEMS": ("items", 200, 1),
    "BULLETINS_MAX_LINE_BYTES": ("line_bytes", 1024 * 1024, 1024),
    "BULLETINS_MAX_JSON_DEPTH": ("json_depth", 32, 8),
}


class LimitSettingError(ValueError):
    """A limit variable that is not a whole number at or above its floor (names the variable)."""


@dataclass(frozen=True)
class Limits:
    raw_bytes: int  # an Avro message on a raw topic, before decoding
    text_chars: int  # the text given to the NLP: narrative/content plus offender description
    field_chars: int  # any other string field (names, phones, addresses, ids ...)
    items: int  # entries in any one array (phones, handles, vehicles ...)
    line_bytes: int  # one JSON line of the batch command
    json_depth: int  # nesting of objects/arrays in one JSON line (a record needs 4)


def load_limits() -> Limits:
    values: dict[str, int] = {}
    for variable, (attribute, default, floor) in _SETTINGS.items():
        text = os.environ.get(variable, "").strip()
        if not text:
            values[attribute] = default
            continue
        try:
            value = int(text.replace("_", ""))
        except ValueError:
            raise LimitSettingError(f"{variable} must be a whole number (default {default})") from None
        if value < floor:
            raise LimitSettingError(f"{variable} must be at least {floor} (default {default})")
        values[attribute] = value
    return Limits(**values)


def defaults() -> dict[str, int]:
    """Variable -> default, for documentation and tests."""
    return {variable: default for variable, (_, default, _) in _SETTINGS.items()}
