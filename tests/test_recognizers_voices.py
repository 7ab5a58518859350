"""Candidates found in the shapes other writers use: initials in case notes, workers listed
in adverts, forum and comment authors."""

from __future__ import annotations

import json

from tests.fixtures import desktop


def _partner(narrative: str) -> dict:
    return {
        "submission_id": "PS-RV-1",
        "submitted_at": "2026-11-14T10:00:00Z",
        "force_area": "West Yorkshire",
        "partner": {"name": "Fictional ISVA Service", "type": "isva"},
        "consent": "share_details",
        "subject": None,
        "offender": None,
        "narrative": narrative,
    }


def test_initials_in_case_notes_are_redacted_and_acronyms_stay(pipeline):
    text = (
        "ISVA contact. AR reports rape at a flat by a client. Client (G.T., w/n Lacey) attended A&E; her GP saw CCTV."
    )
    out = pipeline.process("partner", _partner(text)).output
    narrative = out["record"]["narrative"]
    assert "AR " not in narrative and "G.T." not in narrative and "Lacey" not in narrative
    for word in ("ISVA", "A&E", "GP", "CCTV"):
        assert word in narrative


def test_workers_listed_in_an_advert_are_all_redacted(pipeline):
    content = (
        "NEW GIRLS EVERY WEEK!! Just arrived: ANNA, LILY, SOFIA & VIKA - young ladies. "
        "This week: GABRIELA (20), ROSA (22) & NINA (19). MIMI 19yo, KIKI 20yo."
    )
    out = pipeline.process("desktop_research", desktop("DR-RV-1", content=content, phones=[], url=None)).output
    flat = json.dumps(out)
    for name in ("ANNA", "LILY", "SOFIA", "VIKA", "GABRIELA", "ROSA", "NINA", "MIMI", "KIKI"):
        assert name not in flat, name


def test_authors_of_an_ordinary_review_are_redacted(pipeline):
    content = (
        "Review posted by PotteriesPlayer: lovely girl, friendly. Reply from Gent4Hire: agreed. u/prestonpete replied."
    )
    record = desktop("DR-RV-2", platform="other", content=content, phones=[], url=None)
    flat = json.dumps(pipeline.process("desktop_research", record).output).lower()
    for handle in ("potteriesplayer", "gent4hire", "prestonpete"):
        assert handle not in flat, handle
