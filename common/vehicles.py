"""The vehicle gazetteer (processors/patterns/vehicles.yaml: makes, models, colours), read once.

The extraction finds vehicles with it (processors/vehicles.py); the redaction reads its
models so that one ("a black Qashqai") is never redacted as a person's name
(redaction/lexicon.py). One file, one reading, one list of makes and models.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

VEHICLES_FILE = Path(__file__).resolve().parents[1] / "processors" / "patterns" / "vehicles.yaml"


@cache
def load_vehicles() -> dict[str, Any]:
    """The parsed file, shared by its readers: read it, never change it."""
    return yaml.safe_load(VEHICLES_FILE.read_text(encoding="utf-8")) or {}
