"""Build a record's `RecordContext` (common/context.py) from its structured fields, per source.

- The victim is the source's `victim_field` (common/sources.py): the reporter (NUM), the
  subject (partner); for an advert the advertiser, whose values are the record's contact
  numbers, page URL and a handle the profile URL ends with.
- The offender fields are the allow-list: kept, normalised, and their names found whole.
- `location` / `district` are the incident place.
"""

from __future__ import annotations

from typing import Any

from common import normalise
from common.context import RecordContext
from common.sources import SOURCES
from redaction.deny_list import advert_values, victim_values


def build_context(source: str, record: dict[str, Any]) -> RecordContext:
    offender = record.get("offender") or {}
    desc = SOURCES[source]
    # An advert's victim is the advertiser: a number in `phones` is theirs unless the page's
    # text shows it and the redaction there keeps it as an offender's (`page_phones`).
    values = advert_values(record) if desc.victim_field is None else victim_values(record.get(desc.victim_field))
    page_phones = _page_phones(values, record.get(desc.text_field) or "") if desc.victim_field is None else []
    if page_phones:
        values = {**values, "phone": [p for p in values["phone"] if p not in page_phones]}
        if not values["phone"]:
            del values["phone"]
    raw_places = [p for p in (record.get("location"), record.get("district")) if p and str(p).strip()]
    names = [n for n in offender.get("names") or [] if n and n.strip()]
    return RecordContext(
        victim_values=values,
        offender_phones={normalise.phone(p) or normalise.digits(p) for p in offender.get("phones") or [] if p},
        offender_emails={normalise.email(e) for e in offender.get("emails") or [] if e},
        offender_handles={normalise.handle(h) for h in offender.get("online_handles") or [] if h},
        offender_vrms={normalise.vrm(v["vrm"]) for v in offender.get("vehicles") or [] if v.get("vrm")},
        offender_names={normalise.name(n) for n in names},
        incident_places=[normalise.name(p) for p in raw_places],
        advert=desc.advert,
        offender_name_values=names,
        place_values=raw_places,
        source=source,
        platform=record.get("platform"),
        page_phones=page_phones,
    )


def _page_phones(values: dict[str, list[str]], text: str) -> list[str]:
    """The `phones` numbers the text also shows, digit for digit."""
    digits = normalise.digits(text)
    return [p for p in values.get("phone", []) if len(normalise.digits(p)) >= 9 and normalise.digits(p) in digits]
