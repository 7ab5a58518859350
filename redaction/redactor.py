"""Role-aware redaction: victims and third parties out, offender identifiers in.

Default deny. Every identifier Presidio finds in the free text is replaced by a typed,
numbered placeholder (`[PERSON_1]`, `[PHONE_2]`) unless there is positive evidence it is
the offender's (a structured offender value, or a context rule in `roles.yaml`), it is a
warn-listed service number, or it is where the incident happened. A structured victim
value (deny list) always wins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonResult

from processors import normalise
from redaction.deny_list import RECOGNIZER_NAME as DENY_NAME
from redaction.deny_list import deny_list_recognizers
from redaction.roles import RoleRules, load_role_rules
from redaction.warnlist import is_warnlisted

ENTITIES = [
    "PERSON",
    "LOCATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "ONLINE_HANDLE",
    "UK_VEHICLE_REG",
    "UK_POSTCODE",
    "STREET_ADDRESS",
    "UK_NINO",
    "UK_NHS",
    "DATE_OF_BIRTH",
]

# Placeholder type per Presidio entity.
PLACEHOLDER = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL",
    "ONLINE_HANDLE": "HANDLE",
    "UK_VEHICLE_REG": "VEHICLE_REG",
    "UK_POSTCODE": "POSTCODE",
    "STREET_ADDRESS": "ADDRESS",
    "UK_NINO": "NI_NUMBER",
    "UK_NHS": "NHS_NUMBER",
    "DATE_OF_BIRTH": "DOB",
}

# Identifiers the offender can own (and so be kept in clear with evidence).
OFFENDER_KINDS = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ONLINE_HANDLE", "UK_VEHICLE_REG"}

_HOME = re.compile(
    r"\b(live[sd]?|living|home|address|stay(s|ing|ed)? (at|in|on)|lodg\w*|my (flat|house|place|room)|"
    r"her (flat|house|place|room)|their (flat|house|place))\b[\w\s',]{0,25}$"
)
_INCIDENT = re.compile(
    r"\b(at|outside|near|behind|by|on|in|into|to|from|off|round|around|towards|opposite|happened|"
    r"attacked|assaulted|robbed|incident|booking|hotel|car park|picked (me |her )?up|dropped)\b[\w\s',]{0,12}$"
)
_MIN_SCORE = 0.3


@dataclass
class KeptSpan:
    """An identifier left in clear, with why."""

    entity: str  # Presidio entity type
    start: int
    end: int
    text: str
    role: str  # "offender" | "incident" | "service"
    evidence: str


@dataclass
class RedactionResult:
    text: str
    kept: list[KeptSpan] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    # (entity, canonical value) of everything replaced: feeds pseudonyms and the leak guard.
    removed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class RecordContext:
    """What the structured fields of a record tell the redactor."""

    victim_values: dict[str, list[str]]
    offender_phones: set[str]
    offender_emails: set[str]
    offender_handles: set[str]
    offender_vrms: set[str]
    offender_names: set[str]
    incident_places: list[str]
    advert: bool = False  # desktop research: every identifier is the advertiser's


def canonical(entity: str, text: str) -> str:
    if entity == "PHONE_NUMBER":
        return normalise.phone(text) or normalise.digits(text)
    if entity == "UK_VEHICLE_REG":
        return normalise.vrm(text)
    if entity == "ONLINE_HANDLE":
        return normalise.handle(text)
    if entity in ("UK_POSTCODE", "UK_NINO", "UK_NHS"):
        return normalise.vrm(text)
    return normalise.name(text).removesuffix("'s")


class Redactor:
    def __init__(self, analyzer: AnalyzerEngine, roles: RoleRules | None = None) -> None:
        self.analyzer = analyzer
        self.anonymizer = AnonymizerEngine()
        self.roles = roles or load_role_rules()

    def analyze(self, text: str, artifacts: NlpArtifacts, ctx: RecordContext) -> list[RecognizerResult]:
        return self.analyzer.analyze(
            text=text,
            language="en",
            entities=ENTITIES,
            nlp_artifacts=artifacts,
            ad_hoc_recognizers=deny_list_recognizers(ctx.victim_values),
            score_threshold=_MIN_SCORE,
        )

    def redact(self, text: str, artifacts: NlpArtifacts, ctx: RecordContext) -> RedactionResult:
        results = self.analyze(text, artifacts, ctx)
        doc = artifacts.tokens
        redact: list[RecognizerResult] = []
        kept: list[KeptSpan] = []
        for res in results:
            decision = self._decide(res, text, doc, ctx)
            if decision is None:
                redact.append(res)
            else:
                kept.append(decision)
        # Anything overlapping a redacted span goes: when unsure, redact.
        kept = [k for k in kept if not any(r.start < k.end and k.start < r.end for r in redact)]
        return self._anonymize(text, redact, kept)

    # -- decisions -----------------------------------------------------------------
    def _decide(self, res: RecognizerResult, text: str, doc, ctx: RecordContext) -> KeptSpan | None:
        """Return a KeptSpan when the identifier may stay in clear, else None (redact)."""
        span_text = text[res.start : res.end]
        entity = res.entity_type
        recognizer = (res.recognition_metadata or {}).get("recognizer_name")
        if recognizer == DENY_NAME:
            return None
        if entity == "PHONE_NUMBER" and is_warnlisted(span_text):
            return KeptSpan(entity, res.start, res.end, span_text, "service", "warnlist")
        if ctx.advert:
            if entity == "LOCATION":
                return KeptSpan(entity, res.start, res.end, span_text, "incident", "advert_area")
            return None
        if field_name := self._offender_field(entity, span_text, ctx):
            return KeptSpan(entity, res.start, res.end, span_text, "offender", field_name)
        sentence = doc.char_span(res.start, res.end, alignment_mode="expand")
        sent = sentence.sent if sentence is not None else None
        s_start = sent.start_char if sent is not None else 0
        s_text = sent.text if sent is not None else text
        if entity in OFFENDER_KINDS:
            decision = self.roles.decide(entity, s_text, res.start - s_start, res.end - s_start)
            if decision.role == "offender":
                return KeptSpan(entity, res.start, res.end, span_text, "offender", f"rule:{decision.rule}")
            return None
        if entity in ("LOCATION", "STREET_ADDRESS", "UK_POSTCODE"):
            return self._location(entity, res, text, s_text, s_start, ctx)
        return None

    def _offender_field(self, entity: str, span_text: str, ctx: RecordContext) -> str | None:
        canon = canonical(entity, span_text)
        if entity == "PHONE_NUMBER" and canon in ctx.offender_phones:
            return "offender.phones"
        if entity == "EMAIL_ADDRESS" and canon in ctx.offender_emails:
            return "offender.emails"
        if entity == "ONLINE_HANDLE" and canon in ctx.offender_handles:
            return "offender.online_handles"
        if entity == "UK_VEHICLE_REG" and canon in ctx.offender_vrms:
            return "offender.vehicles"
        if (
            entity == "PERSON"
            and canon
            and (canon in ctx.offender_names or any(canon in n.split() or n in canon for n in ctx.offender_names))
        ):
            return "offender.names"
        return None

    def _location(self, entity, res, text, s_text, s_start, ctx) -> KeptSpan | None:
        span_text = text[res.start : res.end]
        before = s_text[max(0, res.start - s_start - 50) : res.start - s_start].lower()
        if _HOME.search(before):
            return None
        low = span_text.lower()
        if any(low in place or place in low for place in ctx.incident_places):
            return KeptSpan(entity, res.start, res.end, span_text, "incident", "location field")
        if entity == "LOCATION" and _INCIDENT.search(before):
            return KeptSpan(entity, res.start, res.end, span_text, "incident", "rule:incident_place")
        return None

    # -- replacement ---------------------------------------------------------------
    def _anonymize(self, text: str, redact: list[RecognizerResult], kept: list[KeptSpan]) -> RedactionResult:
        spans = _merge(redact)
        numbering: dict[tuple[str, str], str] = {}
        by_text: dict[str, dict[str, str]] = {}
        counts: Counter[str] = Counter()
        removed: list[tuple[str, str]] = []
        for start, end, entity in spans:
            kind = PLACEHOLDER[entity]
            key = (kind, canonical(entity, text[start:end]))
            removed.append((entity, key[1]))
            if key not in numbering:
                counts[kind] += 1
                numbering[key] = f"[{kind}_{counts[kind]}]"
            by_text.setdefault(entity, {})[text[start:end]] = numbering[key]
        operators = {
            entity: OperatorConfig("custom", {"lambda": (lambda s, m=mapping: m[s])})
            for entity, mapping in by_text.items()
        }
        results = [AnonResult(start=s, end=e, entity_type=t, score=1.0) for s, e, t in spans]
        out = self.anonymizer.anonymize(
            text=text, analyzer_results=results, operators=operators, merge_entities_with_spaces=False
        ).text
        return RedactionResult(text=out, kept=kept, counts=dict(counts), removed=removed)


def _merge(results: list[RecognizerResult]) -> list[tuple[int, int, str]]:
    """Union overlapping spans; the longest (then highest-scoring) original names the type."""
    ordered = sorted(results, key=lambda r: (r.start, -(r.end - r.start)))
    merged: list[list] = []  # [start, end, entity, length, score]
    for r in ordered:
        if merged and r.start < merged[-1][1]:
            last = merged[-1]
            if (r.end - r.start, r.score) > (last[3], last[4]):
                last[2], last[3], last[4] = r.entity_type, r.end - r.start, r.score
            last[1] = max(last[1], r.end)
        else:
            merged.append([r.start, r.end, r.entity_type, r.end - r.start, r.score])
    return [(s, e, t) for s, e, t, _, _ in merged]
