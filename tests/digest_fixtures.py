"""Routed outputs (records.md §7) for the digest tests, made directly: fictional data only
(Ofcom drama-range numbers, example.* emails, made-up names and projects)."""

from __future__ import annotations

import copy
from typing import Any

GRADING = {
    "source_evaluation": {"value": "2", "reason": "the reporter is an untested source reporting through NUM"},
    "intelligence_assessment": {"value": "A", "reason": "a first-hand report"},
    "handling_code": {"value": "C", "reason": "condition: anonymous intelligence only"},
}


def routed_nums(report_id: str, **record: Any) -> dict[str, Any]:
    """A routed NUM report: robbery and violence in Leeds by an offender with a phone and a car."""
    base = {
        "report_id": report_id,
        "received_at": "2026-11-16T09:00:00Z",
        "incident_at": "2026-11-15T22:10:00Z",
        "district": "Leeds",
        "location": "Armley Road, Leeds",
        "sector": "street",
        "incident_types": ["robbery", "violence"],
        "reporter_ref": "person:0123456789abcdef01234567",
        "reporting_project": "Fictional Women's Project",
        "force_area": "West Yorkshire",
        "consent": "anonymous_intelligence",
        "offender": {
            "names": ["gorran"],
            "phones": ["+447700900456"],
            "emails": [],
            "online_handles": [],
            "vehicles": [{"make": "Vauxhall", "model": "Astra", "colour": "silver", "vrm": "YX62ABC"}],
            "description": "White male, about 40, stocky",
        },
        "narrative": "NARRATIVE-TEXT-MARKER he grabbed the money back and punched her.",
        "hate_crime": True,
        "contact": "NO CONTACT: anonymous intelligence only; police must not seek contact with the reporter.",
        "crime_recording_due": None,
        "entities": [
            {"label": "PHONE_NUMBER", "text": "07700 900456", "normalized": "+447700900456", "role": "offender"},
            {"label": "VEHICLE_REG", "text": "YX62 ABC", "normalized": "YX62ABC", "role": "offender"},
            {"label": "LOCATION", "text": "Armley Road, Leeds", "normalized": "armley road, leeds", "role": "incident"},
        ],
        "mo": ["violence", "robbery"],
        "indicators": [],
        "redactions": {},
        "description_structured": {"sex": "male", "age": "about 40", "build": "stocky", "ethnicity": "white"},
    }
    base.update(copy.deepcopy(record))
    return _output(report_id, "nums", base)


def routed_partner(submission_id: str, **record: Any) -> dict[str, Any]:
    """A routed partner submission with exploitation signals and no district."""
    base = {
        "submission_id": submission_id,
        "submitted_at": "2026-11-16T11:00:00Z",
        "partner": {"name": "Fictional Outreach", "type": "outreach"},
        "subject_ref": "person:89abcdef0123456789abcdef",
        "force_area": "West Yorkshire",
        "consent": "anonymous_intelligence",
        "offender": None,
        "narrative": "NARRATIVE-TEXT-MARKER a man holds her passport.",
        "hate_crime": False,
        "contact": "NO CONTACT: anonymous intelligence only; police must not seek contact with the reporter.",
        "crime_recording_due": None,
        "entities": [{"label": "LOCATION", "text": "a house in Bradford", "normalized": "x", "role": "incident"}],
        "mo": [],
        "indicators": [
            {"id": "documents_held", "strength": "strong", "evidence": "pattern"},
            {"id": "limited_english", "strength": "weak", "evidence": "pattern"},
        ],
        "redactions": {"PERSON": 1},
        "description_structured": None,
    }
    base.update(copy.deepcopy(record))
    out = _output(submission_id, "partner", base, routes=["force_intel", "organised_crime"])
    out["grading"] = {**GRADING, "source_evaluation": {"value": "1", "reason": "a partner agency"}}
    return out


def routed_advert(research_id: str, links: list[dict[str, Any]] | None = None, **record: Any) -> dict[str, Any]:
    """A routed advert: pseudonyms only, one contact number behind several adverts."""
    base = {
        "research_id": research_id,
        "captured_at": "2026-11-16T12:00:00Z",
        "authority_ref": "AUTH-FICTIONAL-1",
        "researcher": "PC 0000",
        "force_area": "West Yorkshire",
        "platform": "adult_services_site",
        "url_ref": "url:aaaaaaaaaaaaaaaaaaaaaaaa",
        "content": "ADVERT-TEXT-MARKER new girls every week",
        "phone_refs": ["phone:bbbbbbbbbbbbbbbbbbbbbbbb"],
        "email_refs": [],
        "handle_refs": [],
        "name_refs": ["name:cccccccccccccccccccccccc"],
        "location": "Headingley",
        "entities": [],
        "mo": [],
        "indicators": [{"id": "rotating_workers", "strength": "strong", "evidence": "pattern"}],
        "redactions": {},
    }
    base.update(copy.deepcopy(record))
    out = _output(research_id, "desktop_research", base, routes=["force_intel", "organised_crime"])
    out["links"] = links or [
        {
            "kind": "ADVERT_CONTACT",
            "value": "phone:bbbbbbbbbbbbbbbbbbbbbbbb",
            "records": ["DR-T-2", "DR-T-3"],
            "sources": ["desktop_research"],
            "reports": 0,
            "adverts": 3,
            "first_seen": "2026-11-14T10:00:00Z",
            "last_seen": "2026-11-16T12:00:00Z",
        }
    ]
    return out


def _output(rid: str, source: str, record: dict[str, Any], routes: list[str] | None = None) -> dict[str, Any]:
    routes = routes or ["force_intel", "spoc"]
    return {
        "id": rid,
        "source": source,
        "status": "routed",
        "routes": routes,
        "reasons": [f"baseline.{r}: why it went to {r}" for r in routes],
        "priority": "routine",
        "rule_ids": [f"baseline.{r}" for r in routes],
        "grading": copy.deepcopy(GRADING),
        "links": [],
        "record": record,
    }
