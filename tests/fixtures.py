"""Fictional records for tests (Ofcom drama-range numbers, example.* domains, made-up names)."""

from __future__ import annotations

import copy
from typing import Any

# Canary identifiers of the reporter / subject / advertiser: none may appear in any output.
CANARY = {
    "name": "Quillon Bexworth",
    "working_name": "Velvetine",
    "phone": "07700 900811",
    "email": "quillon.bex@example.org",
    "address": "27 Marrowby Crescent, Ossett WF5 9QZ",
    "date_of_birth": "1994-03-17",
    "online_handles": ["@velvetine_xo"],
}


def nums(report_id: str, **overrides: Any) -> dict[str, Any]:
    record = {
        "report_id": report_id,
        "received_at": "2026-11-14T23:30:00Z",
        "incident_at": "2026-11-14T21:10:00Z",
        "force_area": "West Yorkshire",
        "district": "Wakefield",
        "location": "Westgate",
        "sector": "street",
        "incident_types": ["robbery", "violence"],
        "consent": "share_details",
        "reporter": copy.deepcopy(CANARY),
        "offender": {
            "names": [],
            "phones": ["07700 900456"],
            "emails": [],
            "online_handles": [],
            "vehicles": [{"make": "Vauxhall", "model": "Astra", "colour": "silver", "vrm": "YX62 ABC"}],
            "description": "white male, about 40, stocky",
        },
        "narrative": (
            "Quillon was picked up on Westgate by a man in a silver Vauxhall Astra. He punched her and took "
            "the money back. He had rung her from 07700 900456. Her own number is +44 7700-900811 and she "
            "lives at 27 Marrowby Crescent, WF5 9QZ. Velvetine is her working name; her email is "
            "quillon.bex@example.org."
        ),
        "reporting_project": "Fictional Women's Project",
    }
    record.update(overrides)
    return record


def desktop(research_id: str, **overrides: Any) -> dict[str, Any]:
    record = {
        "research_id": research_id,
        "captured_at": "2026-11-14T10:00:00Z",
        "authority_ref": "WYP-AUTH-TEST-1",
        "researcher": "PC 9999",
        "force_area": "West Yorkshire",
        "platform": "adult_services_site",
        "url": "https://adverts.example.com/velvetine-ossett",
        "content": "Velvetine, new in Ossett, call 07700 900811 or email quillon.bex@example.org.",
        "phones": ["07700 900811"],
        "location": "Ossett",
    }
    record.update(overrides)
    return record


def partner(submission_id: str, **overrides: Any) -> dict[str, Any]:
    record = {
        "submission_id": submission_id,
        "submitted_at": "2026-11-14T10:00:00Z",
        "force_area": "West Yorkshire",
        "partner": {"name": "Fictional Outreach", "type": "outreach"},
        "consent": "anonymous_intelligence",
        "subject": copy.deepcopy(CANARY),
        "offender": None,
        "narrative": (
            "Outreach met Quillon, who says a man holds her passport and takes all her money. "
            "She can be reached on 07700 900811."
        ),
    }
    record.update(overrides)
    return record
