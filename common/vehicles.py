"""The vehicle gazetteer (processors/patterns/vehicles.yaml: makes, models, colours), read once.

The extraction finds vehicles with it (processors/vehicles.py); the redaction reads its
makes and models so that neither ("a black Qashqai", "Kia Sportage") is redacted as a
person's name (redaction/lexicon.py). One file, one reading, one list of makes and models.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from common.config_yaml import read_yaml

VEHICLES_FILE = Path(__file__).resolve().parents[1] / "processors" / "patterns" / "vehicles.yaml"


@cache
def load_vehicles() -> dict[str, Any]:
    """The parsed file, shared by its readers: read it, never change it."""
    return read_yaml(VEHICLES_FILE) or {}


@cache
def make_words() -> frozenset[str]:
    """The makes as single words (lower case), as the redaction reads them: the first word of
    each make and alias, less `not_make_words`, with `more_make_words`."""
    data = load_vehicles()
    skip = {str(w).lower() for w in data.get("not_make_words") or []}
    words = {str(w).lower() for w in data.get("more_make_words") or []}
    for make, spec in data["makes"].items():
        for name in [make, *((spec or {}).get("aliases") or [])]:
            low = str(name).lower()
            if low not in skip:
                words.add(re.split(r"[\s-]+", low)[0])
    return frozenset(words)
