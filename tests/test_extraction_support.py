"""Helpers for the extraction tests (no tests here): run the Extractor on one fictional text.

`extract(pipeline, text)` parses the text once with the pipeline's own spaCy model and runs
only the extraction rules (nothing redacted: the rules are tested on their own). The
end-to-end tests go through `pipeline.process` instead.
"""

from __future__ import annotations

from typing import Any

from processors.extraction import Extraction


def partner_record(narrative: str, **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "submission_id": "PS-TEST-0001",
        "submitted_at": "2026-11-14T10:00:00Z",
        "force_area": "West Yorkshire",
        "partner": {"name": "Fictional Outreach", "type": "outreach"},
        "consent": "anonymous_intelligence",
        "subject": None,
        "offender": None,
        "narrative": narrative,
    }
    record.update(overrides)
    return record


def extract(pipeline, text: str, record: dict[str, Any] | None = None, source: str = "partner", kept=()) -> Extraction:
    record = record or partner_record(text)
    description = (record.get("offender") or {}).get("description")
    full = f"{text}\n\n-----\n\n{description}" if description else text
    doc = pipeline.nlp(full)
    return pipeline.extractor.extract(record, doc, list(kept), len(text), source=source, redacted=full)


def labels(extraction: Extraction, label: str) -> set[str]:
    return {e["normalized"] for e in extraction.entities if e["label"] == label}


def indicator_ids(extraction: Extraction) -> set[str]:
    return {i["id"] for i in extraction.indicators}


def check_mo(pipeline, text: str, present: set[str], absent: set[str]) -> None:
    """The MO tags read from `text` hold every tag of `present` and none of `absent`."""
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)
