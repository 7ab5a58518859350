"""Score pipeline outputs against the gold labels of the corpus."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from common.sources import ID_FIELD, TEXT_FIELD
from evaluation.corpus import Example, normalized
from evaluation.leaks import flatten, present
from processors.rules import load_rules

OFFENDER_LABELS = ("OFFENDER_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "ONLINE_HANDLE", "VEHICLE_REG")
ENTITY_LABELS = (*OFFENDER_LABELS, "VEHICLE", "WEAPON", "LOCATION")
# Offender description fields scored against the gold `description` (record.description_structured).
DESCRIPTION_FIELDS = (
    "sex", "age_min", "age_max", "height_cm", "build", "hair", "facial_hair", "ethnicity", "accent", "clothing",
    "marks",
)  # fmt: skip
# Words that carry no meaning in a description value: "short brown hair" = "short brown",
# "a Leeds accent" = "leeds", "big lad" = "big", "heavy build" = "heavy".
_DESCRIPTION_FILLER = frozenset(
    {"a", "an", "the", "his", "her", "their", "with", "hair", "accent", "build", "lad", "man", "guy", "bloke"}
)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set, found: set) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)


@dataclass
class FieldScore:
    """One description field: gold values, predicted values, and how many matched."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


def description_value(field_name: str, value: Any) -> Any:
    """The comparable form of a description value (numbers as they are; words without filler)."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        return frozenset(description_value(field_name, v) for v in value) or None
    if isinstance(value, bool | int | float):
        return value
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(value).lower())
    return " ".join(w for w in words if w not in _DESCRIPTION_FILLER) or None


@dataclass
class Scores:
    records: int = 0
    victim_ids: int = 0
    victim_leaked: int = 0
    records_with_leak: int = 0
    leaked_examples: list[str] = field(default_factory=list)  # "id: kind" (no values)
    offender: PRF = field(default_factory=PRF)
    locations: int = 0
    locations_kept: int = 0
    per_label: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in ENTITY_LABELS})
    mo: PRF = field(default_factory=PRF)
    indicators: PRF = field(default_factory=PRF)
    description: dict[str, FieldScore] = field(default_factory=lambda: {k: FieldScore() for k in DESCRIPTION_FIELDS})
    routes_exact: int = 0
    rejected: int = 0
    misses: Counter = field(default_factory=Counter)
    must_keep: int = 0
    must_keep_kept: int = 0
    home_places: int = 0
    home_places_leaked: int = 0
    mo_per_tag: dict[str, PRF] = field(default_factory=dict)
    # (gold role, outcome) for every labelled span of the span-format sets
    confusion: Counter = field(default_factory=Counter)
    # exploitation (issue 15): per indicator, and the organised_crime route weighed against
    # the gold: false routes on records without exploitation (no gold indicator), recall on
    # records whose gold routes include it, and the liaison notes (one weak signal) given
    indicator_per_id: dict[str, PRF] = field(default_factory=dict)
    no_exploitation: int = 0
    false_oc: int = 0
    oc_gold: int = 0
    oc_routed: int = 0
    oc_noted: int = 0  # gold organised_crime records given a liaison note instead of the route
    oc_any: int = 0  # records routed to organised_crime, with or without it in the gold
    notes: int = 0

    @property
    def false_oc_rate(self) -> float:
        return self.false_oc / self.no_exploitation if self.no_exploitation else 0.0

    @property
    def oc_recall(self) -> float:
        return self.oc_routed / self.oc_gold if self.oc_gold else 1.0

    @property
    def oc_precision(self) -> float:
        return self.oc_routed / self.oc_any if self.oc_any else 1.0

    @property
    def must_keep_retention(self) -> float:
        return self.must_keep_kept / self.must_keep if self.must_keep else 1.0

    @property
    def leak_rate(self) -> float:
        return self.victim_leaked / self.victim_ids if self.victim_ids else 0.0

    @property
    def location_retention(self) -> float:
        return self.locations_kept / self.locations if self.locations else 1.0

    @property
    def description_total(self) -> FieldScore:
        total = FieldScore()
        for fs in self.description.values():
            total.gold += fs.gold
            total.predicted += fs.predicted
            total.correct += fs.correct
        return total


def _entity_key(label: str, value: str) -> tuple[str, str]:
    return (label, value.strip().lower() if label not in ("VEHICLE_REG", "PHONE_NUMBER") else value.strip())


def score_pipeline(examples: list[Example], outputs: list[dict[str, Any]]) -> Scores:
    s = Scores()
    for ex, out in zip(examples, outputs, strict=True):
        s.records += 1
        gold = ex.gold
        if out.get("status") != "routed":
            s.rejected += 1
            continue
        _score_victims(s, ex, out)
        record = out["record"]
        text = record.get(TEXT_FIELD[ex.source], "")
        # the writers label places and must-keep words in all the free text, the offender's
        # description too ("Hull accent" written only there)
        free_text = f"{text}\n{(record.get('offender') or {}).get('description') or ''}"
        for loc in gold.get("incident_locations", []):
            s.locations += 1
            s.locations_kept += present(loc, free_text)
        for word in gold.get("must_keep", []):
            s.must_keep += 1
            s.must_keep_kept += present(word, free_text)
        found = {_entity_key(e["label"], e["normalized"]) for e in record.get("entities", [])}
        gold_off = {_entity_key(g["label"], g["normalized"]) for g in gold.get("offender_identifiers", [])}
        found_off = {k for k in found if k[0] in OFFENDER_LABELS}
        s.offender.add(gold_off, found_off)
        for miss in gold_off - found_off:
            s.misses[miss[0]] += 1
        gold_all = gold_off | {_entity_key(g["label"], g["normalized"]) for g in gold.get("entities", [])}
        # the span-format sets label offender identifiers only, not vehicles, weapons or places
        labels = OFFENDER_LABELS if gold.get("span_format") else ENTITY_LABELS
        for label in labels:
            s.per_label[label].add({k for k in gold_all if k[0] == label}, {k for k in found if k[0] == label})
        gold_mo, found_mo = set(gold.get("mo", [])), set(record.get("mo", []))
        s.mo.add(gold_mo, found_mo)
        for tag in gold_mo | found_mo:
            s.mo_per_tag.setdefault(tag, PRF()).add(gold_mo & {tag}, found_mo & {tag})
        if gold.get("span_format"):
            _confusion(s, ex, out, text)
        _score_exploitation(s, gold, out)
        _score_description(s, gold.get("description") or {}, record.get("description_structured") or {})
        s.routes_exact += set(gold.get("routes", [])) == set(out.get("routes", []))
    return s


def _score_exploitation(s: Scores, gold: dict[str, Any], out: dict[str, Any]) -> None:
    """Indicators micro and per id; the organised_crime route against the gold routes."""
    gold_ind = set(gold.get("indicators", []))
    found = {i["id"] for i in out["record"].get("indicators", [])}
    s.indicators.add(gold_ind, found)
    for ind in gold_ind | found:
        s.indicator_per_id.setdefault(ind, PRF()).add(gold_ind & {ind}, found & {ind})
    routed = "organised_crime" in out.get("routes", [])
    noted = bool(set(out.get("rule_ids", [])) & _note_rules())
    s.notes += noted
    s.oc_any += routed
    if not gold_ind:
        s.no_exploitation += 1
        s.false_oc += routed
    if "organised_crime" in gold.get("routes", []):
        s.oc_gold += 1
        s.oc_routed += routed
        s.oc_noted += noted and not routed


@cache
def _note_rules() -> frozenset[str]:
    """Ids of the rules that add a note (for the liaison officer) rather than a route."""
    return frozenset(r.id for r in load_rules().routing if r.note)


def _confusion(s: Scores, ex: Example, out: dict[str, Any], text: str) -> None:
    """What became of each labelled span: kept as an offender entity, left in clear, or redacted."""
    entities = out["record"].get("entities", [])
    offender_values = {e["normalized"].lower() for e in entities if e.get("role") == "offender"}
    for span in ex.gold.get("spans") or []:
        role = span["role"]
        kind = span["kind"]
        if kind in ("PERSON", "PHONE", "EMAIL", "HANDLE", "VEHICLE_REG"):
            label = {"PERSON": "OFFENDER_NAME", "PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS",
                     "HANDLE": "ONLINE_HANDLE", "VEHICLE_REG": "VEHICLE_REG"}[kind]  # fmt: skip
            if normalized(label, span["text"]).lower() in offender_values:
                s.confusion[(role, "offender entity")] += 1
                continue
        s.confusion[(role, "in clear" if present(span["text"], text) else "redacted")] += 1


def _score_description(s: Scores, gold: dict[str, Any], found: dict[str, Any]) -> None:
    """Per field: a gold value counts as correct when the prediction is the same value; a
    predicted value the gold does not have counts against precision only."""
    for name in DESCRIPTION_FIELDS:
        g = description_value(name, gold.get(name))
        f = description_value(name, found.get(name))
        fs = s.description[name]
        fs.gold += g is not None
        fs.predicted += f is not None
        fs.correct += g is not None and g == f


def _score_victims(s: Scores, ex: Example, output: Any) -> None:
    text = flatten(output)
    leaked_here = 0
    for ident in ex.gold.get("victim_identifiers", []):
        s.victim_ids += 1
        if present(ident, text):
            s.victim_leaked += 1
            leaked_here += 1
    for place in ex.gold.get("home_places", []):
        s.home_places += 1
        s.home_places_leaked += present(place, text)
    if leaked_here:
        s.records_with_leak += 1
        s.leaked_examples.append(f"{_record_id(ex)}: {leaked_here} identifier(s)")


def _record_id(ex: Example) -> str:
    return str(ex.record.get(ID_FIELD[ex.source]))


def score_vanilla(examples: list[Example], outputs: list[dict[str, Any]]) -> Scores:
    """Vanilla output has no entities: an offender identifier counts as recalled when its
    normalised value survives in the text in any formatting."""
    s = Scores()
    for ex, out in zip(examples, outputs, strict=True):
        s.records += 1
        _score_victims(s, ex, out)
        for loc in ex.gold.get("incident_locations", []):
            s.locations += 1
            s.locations_kept += present(loc, out["text"])
        for word in ex.gold.get("must_keep", []):
            s.must_keep += 1
            s.must_keep_kept += present(word, out["text"])
        squeezed = re.sub(r"\s+", "", out["text"]).upper()
        for g in ex.gold.get("offender_identifiers", []):
            if g["label"] == "VEHICLE_REG":
                hit = g["normalized"].upper() in squeezed
            else:
                hit = present(g["normalized"], out["text"])
            s.offender.tp += hit
            s.offender.fn += not hit
    return s
