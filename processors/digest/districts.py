"""Which district an item belongs to: the record's own `district`, else the places it names.

Digests are per district, and a partner submission or an advert names no district, only
places. The list of districts (and the places in each) is data, `districts.yaml`; the
district of an item is always a name from that list or `other`, so a digest's key, its
file name and its heading never carry text from a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from common.config_yaml import read_yaml

DISTRICTS_FILE = Path(__file__).with_name("districts.yaml")
OTHER = "other"
_POSTCODE = re.compile(r"\b([A-Z]{1,2})(\d{1,2})[A-Z]?\b")


@dataclass(frozen=True)
class Districts:
    names: tuple[str, ...]  # in the file's order
    other_label: str
    places: dict[str, re.Pattern[str]]  # district -> whole-word pattern of its place names
    postcodes: dict[str, tuple[str, ...]]  # district -> postcode areas/districts ("LS", "WF12")

    def label(self, district: str) -> str:
        """What a person reads for a district key."""
        return self.other_label if district == OTHER else district

    def slug(self, district: str) -> str:
        """The district in a file name or a message key (from the list only)."""
        return re.sub(r"[^a-z0-9]+", "-", district.lower()).strip("-") or OTHER

    def named(self, value: str | None) -> str | None:
        """A record's `district` field, if it is one of ours (any case)."""
        if not value:
            return None
        wanted = value.strip().casefold()
        return next((d for d in self.names if d.casefold() == wanted), None)

    def resolve(self, district: str | None, places: Iterable[str | None]) -> str:
        """The record's district if it names one of ours; else the one district its places
        lie in; else `other` (no place, or places in two districts)."""
        named = self.named(district)
        if named:
            return named
        found: set[str] = set()
        for place in places:
            if place:
                found |= self._districts_of(place)
        return found.pop() if len(found) == 1 else OTHER

    def _districts_of(self, place: str) -> set[str]:
        found = {d for d, pattern in self.places.items() if pattern.search(place)}
        for area, number in _POSTCODE.findall(place.upper()):
            # the longest listed prefix wins: WF13 is Kirklees although WF is Wakefield
            best = max(
                ((d, p) for d, codes in self.postcodes.items() for p in codes if p in (area, f"{area}{number}")),
                key=lambda dp: len(dp[1]),
                default=None,
            )
            if best:
                found.add(best[0])
        return found


@cache
def load_districts(path: Path = DISTRICTS_FILE) -> Districts:
    data = read_yaml(path)
    names, places, postcodes = [], {}, {}
    for name, spec in data["districts"].items():
        names.append(str(name))
        words = [str(w) for w in [name, *(spec.get("places") or [])]]
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        places[str(name)] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
        postcodes[str(name)] = tuple(str(p).upper() for p in spec.get("postcodes") or [])
    return Districts(tuple(names), str(data.get("other") or "Other or not stated"), places, postcodes)
