"""Job, room and recruitment listings that show a controller (issue 8, stop 27).

A desktop capture of a listing ("GIRLS WANTED ... we arrange flights, you pay back from first
earnings ... Contact Mr K 07700 900614") names the man who would control the women who answer
it. Its contact is the controller's, an offender's identifier, not an advertiser's: the
entries of the page that read as such a listing (`controller_listing.listing` in
redaction/roles.yaml) and hold a decisive exploitation signal, or two different ones, are
handed to the redactor (`RecordContext.controller_entries`), which keeps the identifiers
that follow the entry's contact cue. So is an entry offering a room for sex ("free rent ...
in return for being 'friendly'", `controller_listing.sex_for_rent`), on its own (stop 40).
A worker's own advert, even one behind a shared number, is no listing: its contact stays hers.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from processors.indicators import IndicatorFinder
from redaction.desktop_roles import DesktopRoles

# the page's entries: blank lines, or numbered items ("1)", "2.") opening a line
_ENTRY_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*\d{1,2}[.)][ \t])")
# said of her state, not of anyone's control: no controller alone
_NOT_CONTROL = frozenset({"fearful_subdued", "limited_english"})


def entries(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _ENTRY_BREAK.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def controller_entries(
    text: str, doc: Doc, desktop: DesktopRoles, indicators: IndicatorFinder
) -> list[tuple[int, int]]:
    """(start, end) of each entry of a listing that shows a controller."""
    listing = desktop.controller_listing
    rent = desktop.sex_for_rent
    if listing is None or not (listing.search(text) or (rent is not None and rent.search(text))):
        return []
    found = [s for s in indicators.find(doc, len(text), "desktop_research") if s.id not in _NOT_CONTROL]
    out = []
    for a, b in entries(text):
        if rent is not None and rent.search(text, a, b):
            out.append((a, b))  # a room for sex: its poster's contact whatever else the page shows
            continue
        if not listing.search(text, a, b):
            continue
        inside = [s for s in found if a <= doc[s.start].idx < b]
        if any(s.strength == "strong" for s in inside) or len({s.id for s in inside}) >= 2:
            out.append((a, b))
    return out
