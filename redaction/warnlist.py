"""The warn-list: helplines and service numbers that are never offender identifiers."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from common import normalise
from common.config_yaml import read_yaml

WARNLIST_FILE = Path(__file__).with_name("warnlist.yaml")


@cache
def load_warnlist(path: Path = WARNLIST_FILE) -> frozenset[str]:
    data = read_yaml(path) or {}
    entries = {str(code) for code in data.get("short_codes", [])}
    for number in data.get("numbers", []):
        entries.add(normalise.phone(str(number)) or normalise.digits(str(number)))
    return frozenset(entries)


def is_warnlisted(text: str) -> bool:
    listed = load_warnlist()
    e164 = normalise.phone(text)
    return normalise.digits(text) in listed or (e164 is not None and e164 in listed)
