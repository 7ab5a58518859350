"""What a record's structured fields tell the redactor (`RecordContext`), per source.

- nums: the reporter is the victim; partner: the subject is; desktop research: the
  advertiser is (contact numbers, page URL, a handle the profile URL ends with).
- The offender fields are the allow-list: kept, normalised, and their names found whole.
- `location` / `district` are the incident place.
"""

from __future__ import annotations

from typing import Any

from common import normalise
from redaction.deny_list import advert_values, victim_values
from redaction.redactor import RecordContext


def build_context(source: str, record: dict[str, Any]) -> RecordContext:
    offender = record.get("offender") or {}
    if source == "desktop_research":
        # every number in `phones` stays the advertiser's, even on a court report: the field
        # says "contact numbers seen on the page" and a leak is the one error not to risk
        values = advert_values(record)
    else:
        values = victim_values(record.get("reporter" if source == "nums" else "subject"))
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
        advert=source == "desktop_research",
        offender_name_values=names,
        place_values=raw_places,
        source=source,
        platform=record.get("platform"),
    )
