"""A routed item as a digest holds it: the facts an officer acts on, and nothing else.

`digest_item` reduces a routed output (records.md §7, the batch output or a routed
topic's message) to a small JSON-ready dict. What it leaves out is deliberate:

- the free text (narrative, advert content): it stays on the routed topic, where the
  record id finds it; a digest is a second copy, mailed and printed, and the less of a
  story it repeats the less a redaction miss can cost;
- every pseudonym (reporter_ref, subject_ref, advert phone/url/email/handle refs, the
  advert-contact link values): they identify no one, but they link a sex worker's reports
  and adverts, and a digest needs only the count and the record ids for that;
- the researcher, the authority reference and the URL of desktop research.

Offender identifiers (phones, registrations, emails, handles, names used), the incident
place, MO, exploitation signals, routes with reasons, the grading proposal and the
consent statement are kept: they are what the digest is for.
"""

from __future__ import annotations

from typing import Any, TypedDict

from common.sources import TIME_FIELD, is_advert
from processors.digest.districts import Districts, load_districts

# Routes a liaison officer's digest is built from: the SPOC queue and the exploitation
# signals. Items routed to force intelligence only (a timewaster reported anonymously, an
# ordinary advert) are not the liaison officer's work.
DIGEST_ROUTES = frozenset({"spoc", "organised_crime"})
MAX_LINK_RECORDS = 20  # a link lists at most this many record ids (its counts stay whole)


class Offender(TypedDict):
    names: list[str]
    phones: list[str]
    emails: list[str]
    handles: list[str]
    vrms: list[str]
    vehicles: list[dict[str, str | None]]
    description: str | None
    description_parts: dict[str, Any]


class DigestItem(TypedDict):
    id: str
    source: str
    at: str  # when the report, submission or capture arrived (ISO-8601)
    processed_at: str | None
    incident_at: str | None
    district: str  # a name from districts.yaml, or "other"
    area: list[str]  # the incident place(s) as kept in clear
    sector: str | None
    platform: str | None
    routes: list[str]
    priority: str
    reasons: list[str]
    grading: dict[str, dict[str, str]] | None
    consent: str | None
    contact: str | None
    crime_recording_due: str | None
    hate_crime: bool
    mo: list[str]
    indicators: list[dict[str, str]]
    offender: Offender | None
    links: list[dict[str, Any]]
    duty_to_notify: dict[str, Any] | None  # issue 12: an NRM / MS1 decision to consider


def wanted(output: dict[str, Any]) -> bool:
    """Whether a routed output belongs in a liaison officer's digest."""
    return output.get("status") == "routed" and bool(DIGEST_ROUTES & set(output.get("routes") or []))


def digest_item(output: dict[str, Any], districts: Districts | None = None) -> DigestItem:
    """The digest's view of one routed output (see the module docstring for what is left out)."""
    districts = districts or load_districts()
    source = str(output["source"])
    record: dict[str, Any] = output.get("record") or {}
    entities = [e for e in record.get("entities") or [] if isinstance(e, dict)]
    incident_places = [str(e.get("text") or "") for e in entities if e.get("role") == "incident"]
    location = record.get("location")
    area = _unique([location, *incident_places]) if not is_advert(source) else _unique([location])
    return {
        "id": str(output["id"]),
        "source": source,
        "at": str(record.get(TIME_FIELD.get(source, "")) or output.get("processed_at") or ""),
        "processed_at": _text(output.get("processed_at")),
        "incident_at": _text(record.get("incident_at")),
        "district": districts.resolve(record.get("district"), [location, *incident_places]),
        "area": area,
        "sector": _text(record.get("sector")),
        "platform": _text(record.get("platform")),
        "routes": [str(r) for r in output.get("routes") or []],
        "priority": str(output.get("priority") or "routine"),
        "reasons": [str(r) for r in output.get("reasons") or []],
        "grading": output.get("grading") or None,
        "consent": _text(record.get("consent")),
        "contact": _text(record.get("contact")),
        "crime_recording_due": _text(record.get("crime_recording_due")),
        "hate_crime": bool(record.get("hate_crime")),
        "mo": [str(t) for t in record.get("mo") or []],
        "indicators": [
            {"id": str(i.get("id")), "strength": str(i.get("strength") or "")}
            for i in record.get("indicators") or []
            if isinstance(i, dict) and i.get("id")
        ],
        "offender": _offender(record, entities),
        "links": [_link(lk) for lk in output.get("links") or [] if isinstance(lk, dict)],
        "duty_to_notify": output.get("duty_to_notify") if isinstance(output.get("duty_to_notify"), dict) else None,
    }


def _offender(record: dict[str, Any], entities: list[dict[str, Any]]) -> Offender | None:
    structured: dict[str, Any] = record.get("offender") or {}
    mine = [e for e in entities if e.get("role") == "offender"]

    def of(label: str) -> list[str]:
        return [str(e.get("normalized") or "") for e in mine if e.get("label") == label]

    vehicles = [
        {k: (str(v[k]) if v.get(k) else None) for k in ("make", "model", "colour", "vrm")}
        for v in structured.get("vehicles") or []
        if isinstance(v, dict)
    ]
    known_vrms = {v["vrm"] for v in vehicles if v["vrm"]}
    vrms = _unique([*(v["vrm"] for v in vehicles), *of("VEHICLE_REG")])
    # A vehicle the narrative names but the structured fields do not ("a white BMW").
    described = {" ".join(filter(None, (v["colour"], v["make"], v["model"]))).lower() for v in vehicles}
    for text in of("VEHICLE"):
        if text and not any(text in d or d in text for d in described if d):
            vehicles.append({"make": None, "model": None, "colour": None, "vrm": None, "as_written": text})
    offender: Offender = {
        "names": _unique([*(structured.get("names") or []), *of("OFFENDER_NAME")]),
        "phones": _unique([*(structured.get("phones") or []), *of("PHONE_NUMBER")]),
        "emails": _unique([*(structured.get("emails") or []), *of("EMAIL_ADDRESS")]),
        "handles": _unique([*(structured.get("online_handles") or []), *of("ONLINE_HANDLE")]),
        "vrms": vrms,
        "vehicles": vehicles + [_vrm_only(v) for v in vrms if v not in known_vrms],
        "description": _text(structured.get("description")),
        "description_parts": _parts(record.get("description_structured")),
    }
    if not any(offender[k] for k in ("names", "phones", "emails", "handles", "vrms", "vehicles", "description")):
        return None
    return offender


def _vrm_only(vrm: str) -> dict[str, str | None]:
    return {"make": None, "model": None, "colour": None, "vrm": vrm}


def _parts(value: Any) -> dict[str, Any]:
    """The structured description's parts (sex, age, build, hair ...), empty ones dropped."""
    if not isinstance(value, dict):
        return {}
    keep = ("sex", "age", "height", "build", "hair", "facial_hair", "ethnicity", "accent", "clothing", "marks")
    return {k: value[k] for k in keep if value.get(k)}


def _link(link: dict[str, Any]) -> dict[str, Any]:
    # issue 12: an identifier link names what it shares in `attribute`; the other kinds
    # (similar_offender, advert_cluster) keep theirs
    kind = str(link.get("attribute") or link.get("kind") or "")
    records = [str(r) for r in link.get("records") or []]
    return {
        "kind": kind,
        # An advert contact's value is a keyed pseudonym of a sex worker's number: not copied.
        "value": None if kind == "ADVERT_CONTACT" else _text(link.get("value")),
        "reports": int(link.get("reports") or 0),
        "adverts": int(link.get("adverts") or 0),
        "first_seen": _text(link.get("first_seen")),
        "last_seen": _text(link.get("last_seen")),
        "records": records[:MAX_LINK_RECORDS],
        "more_records": max(0, len(records) - MAX_LINK_RECORDS),
        "score": float(link.get("score", 1.0) or 0.0),
    }


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _unique(values: list[Any]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v not in (None, "") and str(v).strip():
            seen.setdefault(str(v).strip(), None)
    return list(seen)
