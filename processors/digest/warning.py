"""Draft warnings and appeals for National Ugly Mugs (the force policy: police may warn sex
workers about someone dangerous, and appeal for witnesses or further victims, through NUM).

A draft is made for an offender with repeat reports or a serious MO, when there is
something to warn with (a description, a vehicle, a number, an email or a handle). Its
`message` is the text an officer may approve and send to NUM, and carries only offender
details: the description (rebuilt from its structured parts), vehicles, phone numbers,
emails and handles, the area and the MO. Never anything about a reporter, and nothing
police-sensitive: no grading, handling code, record id, researcher, date, consent, link
count or routing reason (those are for the officer, outside `message`).

What is left out on purpose:
- names the offender gave: often false, and a real name may belong to someone uninvolved;
  the officer may add one when approving;
- dates and times: the offender knows whom they met when, so a date can point at a reporter;
- places other than the district, except the street of a street-based incident: an indoor
  place or an advert's area can be a worker's own premises.

Nothing is sent: the pipeline only drafts.
"""

from __future__ import annotations

import re
from typing import Any

import phonenumbers

from common.sources import REPORT_SOURCES
from processors.digest.districts import OTHER, Districts, load_districts
from processors.digest.offenders import OffenderGroup
from processors.digest.wording import MO_WARNING, mo_label

# Tags that make a single report worth a warning (records.md §4): harm to the person.
SERIOUS_MO = ("violence", "sexual_assault", "robbery", "weapon", "drugging", "abduction", "condom_removal")
DRAFT_STATUS = (
    "DRAFT, NOT SENT. A liaison officer checks, changes if needed and approves it before anything goes to "
    "National Ugly Mugs; the pipeline sends nothing."
)
APPEAL = (
    "If this person has harmed you, or you have seen them or know something, you can report it to "
    "National Ugly Mugs (NUM), anonymously if you choose. Reporting to NUM does not mean talking to the "
    "police unless you want to."
)
# The structured description's parts, in the order a description is read (ethnicity and
# sex are read together: "white male").
_PARTS = (
    ("age", "{}"),
    ("height", "{}"),
    ("build", "{} build"),
    ("hair", "{}"),
    ("facial_hair", "{}"),
    ("accent", "{} accent"),
    ("clothing", "wearing {}"),
)


def eligible(group: OffenderGroup) -> bool:
    """Repeat reports or a serious MO, and something to warn with."""
    serious = any(t in SERIOUS_MO for t in group.mo)
    something = any(
        [_description(group), group.vehicles, group.values("phone"), group.values("email"), group.values("handle")]
    )
    return (group.repeat or serious) and bool(something)


def draft_warning(group: OffenderGroup, districts: Districts | None = None) -> dict[str, Any]:
    """The draft: `message` (what may be sent, offender details only) and, outside it,
    what the officer needs to decide (the id, why it was drafted, the status)."""
    districts = districts or load_districts()
    serious = [t for t in group.mo if t in SERIOUS_MO]
    why = []
    if group.repeat:
        why.append(f"repeat offender: {group.reports} NUM or partner reports share an identifier")
    if serious:
        why.append("serious MO: " + ", ".join(mo_label(t) for t in serious))
    area = _area(group, districts)
    return {
        "draft_id": group.draft_id,
        "status": DRAFT_STATUS,
        "why": why,
        "message": {
            "title": "Warning and appeal" + (f": {', '.join(area['districts'])}" if area["districts"] else ""),
            "area": area["text"],
            "reported": [MO_WARNING.get(t, t.replace("_", " ")) for t in group.mo],
            "description": _description(group),
            "vehicles": [_vehicle(v) for v in group.vehicles if _vehicle(v)],
            "phones": [format_phone(p) for p in group.values("phone")],
            "emails": group.values("email"),
            "handles": group.values("handle"),
            "appeal": APPEAL,
        },
    }


def drafts(groups: list[OffenderGroup], districts: Districts | None = None) -> list[dict[str, Any]]:
    return [draft_warning(g, districts) for g in groups if eligible(g)]


def _area(group: OffenderGroup, districts: Districts) -> dict[str, Any]:
    reports = [i for i in group.items if i["source"] in REPORT_SOURCES]
    names = [d for d in dict.fromkeys(i["district"] for i in reports) if d != OTHER]
    streets: dict[str, list[str]] = {}
    for item in reports:
        # a street-based incident's street is public; any other place may be a worker's own
        if item["source"] == "nums" and item["sector"] == "street" and item["district"] != OTHER:
            streets.setdefault(item["district"], []).extend(a for a in item["area"][:1] if a)
    text = []
    for name in names:
        # "Lumb Lane, Bradford" under Bradford reads "Lumb Lane"
        suffix = re.compile(rf",\s*{re.escape(name)}$", re.IGNORECASE)
        trimmed = (suffix.sub("", s.strip()) for s in streets.get(name, []))
        places = list(dict.fromkeys(s for s in trimmed if s and s.casefold() != name.casefold()))
        text.append(f"{districts.label(name)}" + (f" ({'; '.join(places)})" if places else ""))
    return {"districts": [districts.label(n) for n in names], "text": text or ["West Yorkshire"]}


def _description(group: OffenderGroup) -> list[str]:
    """Descriptions rebuilt from their structured parts, so no free text reaches a warning."""
    out = []
    for parts in group.description_parts:
        who = " ".join(str(parts[k]) for k in ("ethnicity", "sex") if parts.get(k))
        words = [who] if who else []
        words += [form.format(parts[key]) for key, form in _PARTS if parts.get(key)]
        words += [str(m) for m in parts.get("marks") or []]
        text = ", ".join(words)
        if text and text not in out:
            out.append(text[0].upper() + text[1:])
    return out


def _vehicle(vehicle: dict[str, str | None]) -> str:
    described = " ".join(filter(None, [vehicle.get("colour"), vehicle.get("make"), vehicle.get("model")]))
    described = described or (vehicle.get("as_written") or "")
    vrm = vehicle.get("vrm")
    vrm = format_vrm(vrm) if vrm else ""
    if described and vrm:
        return f"{described}, registration {vrm}"
    return described or (f"registration {vrm}" if vrm else "")


def format_vrm(vrm: str) -> str:
    """YX62ABC -> YX62 ABC (current), A123BCD -> A123 BCD (prefix), ABC123D -> ABC 123D (suffix)."""
    plate = vrm.replace(" ", "").upper()
    for pattern, cut in ((r"[A-Z]{2}\d{2}[A-Z]{3}", 4), (r"[A-Z]\d{1,3}[A-Z]{3}", -3), (r"[A-Z]{3}\d{1,3}[A-Z]", 3)):
        if re.fullmatch(pattern, plate):
            return f"{plate[:cut]} {plate[cut:]}"
    return plate


def format_phone(value: str) -> str:
    """+447700900456 -> 07700 900456: as a worker sees it on a phone."""
    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_possible_number(number):
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
