"""Offender entities, MO tags and exploitation indicators from the one parse.

Entities come from three places, each with its evidence: the structured offender fields,
the identifiers redaction kept in clear because a role rule attributed them to the
offender (or the incident place), and spaCy phrase rules (weapons). MO tags join the
record's `incident_types` with what the narrative says, negation respected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from processors import normalise
from processors.matchers import PhraseTagger, load_patterns
from processors.vocabulary import INDICATORS, MO_TAGS
from redaction.redactor import KeptSpan

# Presidio entity -> contract label (records.md §7).
LABELS = {
    "PERSON": "OFFENDER_NAME",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "ONLINE_HANDLE": "ONLINE_HANDLE",
    "UK_VEHICLE_REG": "VEHICLE_REG",
    "LOCATION": "LOCATION",
    "STREET_ADDRESS": "LOCATION",
    "UK_POSTCODE": "LOCATION",
}
# Words of the weapon tag that name an object (the entity), not the idea.
_NOT_WEAPON_OBJECTS = {"weapon"}


@dataclass
class Extraction:
    entities: list[dict[str, Any]] = field(default_factory=list)
    mo: list[str] = field(default_factory=list)
    mo_evidence: dict[str, str] = field(default_factory=dict)
    indicators: list[dict[str, Any]] = field(default_factory=list)


def normalise_value(label: str, text: str) -> str:
    if label == "PHONE_NUMBER":
        return normalise.phone(text) or normalise.digits(text)
    if label == "VEHICLE_REG":
        return normalise.vrm(text)
    if label == "EMAIL_ADDRESS":
        return normalise.email(text)
    if label == "ONLINE_HANDLE":
        return normalise.handle(text)
    return normalise.name(text)


class Extractor:
    def __init__(self, nlp: Language) -> None:
        self.mo = PhraseTagger(nlp, load_patterns("mo.yaml"), set(MO_TAGS))
        self.indicators = PhraseTagger(nlp, load_patterns("indicators.yaml"), set(INDICATORS))

    def extract(
        self,
        record: dict[str, Any],
        doc: Doc,
        kept: list[KeptSpan],
        text_end: int,
    ) -> Extraction:
        """`text_end`: where the narrative ends in `doc` (a description may follow it)."""
        out = Extraction()
        seen: set[tuple[str, str]] = set()

        def add(label: str, text: str, role: str, evidence: str, normalized: str | None = None) -> None:
            norm = normalized if normalized is not None else normalise_value(label, text)
            if not norm or (label, norm) in seen:
                return
            seen.add((label, norm))
            out.entities.append(
                {"label": label, "text": text, "normalized": norm, "role": role, "evidence": evidence, "platform": None}
            )

        offender = record.get("offender") or {}
        for name in offender.get("names") or []:
            add("OFFENDER_NAME", name, "offender", "offender.names")
        for phone in offender.get("phones") or []:
            add("PHONE_NUMBER", phone, "offender", "offender.phones")
        for email in offender.get("emails") or []:
            add("EMAIL_ADDRESS", email, "offender", "offender.emails")
        for handle in offender.get("online_handles") or []:
            add("ONLINE_HANDLE", handle, "offender", "offender.online_handles")
        for vehicle in offender.get("vehicles") or []:
            if vehicle.get("vrm"):
                add("VEHICLE_REG", vehicle["vrm"], "offender", "offender.vehicles")
            words = [vehicle.get(k) for k in ("colour", "make", "model") if vehicle.get(k)]
            if words:
                add("VEHICLE", " ".join(words), "offender", "offender.vehicles")
        if record.get("location"):
            add("LOCATION", record["location"], "incident", "location")

        for span in sorted(kept, key=lambda k: k.start):
            label = LABELS.get(span.entity)
            if label is None or span.role not in ("offender", "incident"):
                continue
            add(label, span.text, span.role, span.evidence)

        for hit in self.mo.hits(doc, 0, text_end):
            if hit.label not in out.mo_evidence:
                out.mo_evidence[hit.label] = hit.evidence
            if hit.label == "weapon" and hit.text.lower() not in _NOT_WEAPON_OBJECTS:
                add("WEAPON", hit.text, "offender", hit.evidence, normalized=doc[hit.start : hit.end].lemma_.lower())
        for tag in record.get("incident_types") or []:
            out.mo_evidence.setdefault(tag, "incident_types")
        out.mo = [tag for tag in MO_TAGS if tag in out.mo_evidence]

        indicator_seen: set[str] = set()
        for hit in self.indicators.hits(doc, 0, text_end):
            if hit.label in indicator_seen:
                continue
            indicator_seen.add(hit.label)
            out.indicators.append({"id": hit.label, "strength": INDICATORS[hit.label], "evidence": hit.evidence})
        return out
