"""Is an identifier present in an output, in any formatting?

Phones are compared by their national digits across separators; everything else
case-insensitively with whitespace collapsed, names and words as whole words.
"""

from __future__ import annotations

import json
import re
from typing import Any

from common import normalise

_DIGIT_RUN = re.compile(r"\+?\d[\d\s\-()./\u00a0]{4,}\d")


def _national_digits(text: str) -> str | None:
    e164 = normalise.phone(text)
    if e164 and e164.startswith("+44"):
        return e164[3:]
    digits = normalise.digits(text)
    return digits if len(digits) >= 6 else None


def flatten(value: Any) -> str:
    """Every string of an output, joined: keys are ours, values are what leaves."""
    parts: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, str):
            parts.append(v)
        elif isinstance(v, dict):
            for item in v.values():
                walk(item)
        elif isinstance(v, list):
            for item in v:
                walk(item)

    walk(value)
    return "\n".join(parts)


def phone_present(identifier: str, text: str) -> bool:
    target = _national_digits(identifier)
    if not target:
        return False
    for run in _DIGIT_RUN.findall(text):
        found = _national_digits(run)
        if found and (found == target or found.endswith(target)):
            return True
    return False


def looks_like_phone(identifier: str) -> bool:
    return len(normalise.digits(identifier)) >= 9 and not re.search(r"[A-Za-z]", identifier)


def present(identifier: str, output: Any) -> bool:
    text = output if isinstance(output, str) else flatten(output)
    if looks_like_phone(identifier):
        return phone_present(identifier, text)
    squashed = re.sub(r"\s+", " ", text).lower()
    needle = re.sub(r"\s+", " ", identifier.strip()).lower().lstrip("@")
    if not needle:
        return False
    pattern = r"(?<![\w])" + re.escape(needle).replace(r"\ ", r"\s*") + r"(?![\w])"
    return re.search(pattern, squashed) is not None


def dumps(output: Any) -> str:
    return json.dumps(output, ensure_ascii=False)
