"""The record's location field, told what the narrative's redaction decided.

The field says where it happened; where the narrative says that place is her home ("I live in
Hyde Park" beside the field "flat, Hyde Park, Leeds"), the narrative redacts it, and the field must
not name what the text hides (stop 46). Every place the narrative replaced is replaced in the
field too; the rest of the field stays, and so does the record's district (a council area, shown
as it is: records.md keeps it).
"""

from __future__ import annotations

from common import normalise
from redaction.kinds import ADDRESS_KINDS, PLACE_KINDS, mentions_pattern

REDACTED_PLACE = "[LOCATION]"
_KINDS = PLACE_KINDS | ADDRESS_KINDS


def redact_location(location: str | None, removed: list[tuple[str, str]], district: str | None = None) -> str | None:
    """`location` with every place the redaction removed (`RedactionResult.removed`) replaced,
    but the record's `district`: the output shows that field as it is, the area the force needs."""
    if not location:
        return location
    shown = normalise.name(district or "")
    places = {value for entity, value in removed if entity in _KINDS and len(value) > 2 and value != shown}
    if not places:
        return location
    return mentions_pattern(places, possessive=False).sub(REDACTED_PLACE, location)
