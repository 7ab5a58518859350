"""Declarative routing and grading rules (`rules.yaml`), validated at load time.

A rule file that names an unknown destination, fact, test or vocabulary value fails at
start-up with the rule id and the reason, so a typo can never silently stop routing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from common.config_yaml import DuplicateKeyError, read_yaml
from processors.vocabulary import CONSENT, INDICATORS, MO_TAGS, ROUTES, SOURCES

RULES_FILE = Path(__file__).with_name("rules.yaml")
ENTITY_LABELS = ("OFFENDER_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "ONLINE_HANDLE", "VEHICLE_REG", "VEHICLE",
                 "LOCATION", "WEAPON")  # fmt: skip

# fact -> allowed values (None: any value of the right kind); list facts are marked.
FACTS: dict[str, tuple[tuple[str, ...] | None, bool]] = {
    "source": (SOURCES, False),
    "consent": (CONSENT, False),
    "sector": (("street", "indoor", "escort", "online", "other"), False),
    "platform": (
        ("adult_services_site", "social_media", "classifieds", "lettings", "newspaper", "directory", "other"),
        False,
    ),
    "partner_type": (("outreach", "isva", "sarc", "drug_alcohol", "health", "housing", "statutory", "other"), False),
    "mo": (MO_TAGS, True),
    "incident_types": (MO_TAGS, True),
    "indicators": (tuple(INDICATORS), True),
    "strong_indicators": (tuple(INDICATORS), True),
    "weak_indicators": (tuple(INDICATORS), True),
    "weak_signals": (None, False),
    "entity_labels": (ENTITY_LABELS, True),
    "repeat_reports": (None, False),
    "advert_links": (None, False),
    "advert_cluster": (None, False),  # adverts in this one's near-duplicate cluster (processors/linkage.py)
    "similar_reports": (None, False),  # earlier reports linked as a similar offender
    # the exploitation model's score (processors/exploitation_model.py), 0-1; absent where
    # no model is loaded or the patterns found no signal of control to weigh it against
    "control_model": (None, False),
}
LIST_TESTS = {"any_of", "any_except", "none_of", "all_of", "nonempty"}
# `absent_or_below`: the value is absent or lower than the number (a model's score that is
# not there, or not high enough): the complement of `gte`, which never holds on an absent one;
# `absent_or_gte`: absent or at least the number (a model's score that does not veto), and
# `below`, its complement: there and lower than the number
NUMBER_TESTS = {"gte", "lte", "below", "absent_or_below", "absent_or_gte"}
# A rule may add a note instead of (or beside) a route: who the note is for.
NOTES = ("liaison",)
GRADING_PARTS = {
    "source_evaluation": ("1", "2", "3"),
    "intelligence_assessment": ("A", "B", "C", "D", "E"),
    "handling_code": ("P", "C"),
}


class RuleFileError(ValueError):
    """The rule file is wrong: says where and why."""


@dataclass(frozen=True)
class Condition:
    fact: str
    test: str
    arg: Any

    def evaluate(self, facts: dict[str, Any]) -> tuple[bool, str]:
        """(holds?, evidence)"""
        value = facts.get(self.fact)
        t, arg = self.test, self.arg
        if t in _SCALAR:
            ok = _SCALAR[t](value, arg)
        else:
            items = list(value or [])
            if t == "any_of":
                items = [v for v in items if v in arg]
                ok = bool(items)
            elif t == "any_except":
                items = [v for v in items if v not in arg]
                ok = bool(items)
            elif t == "none_of":
                ok = not any(v in arg for v in items)
            elif t == "all_of":
                ok = all(v in items for v in arg)
            else:  # nonempty
                ok = bool(items) == bool(arg)
            value = ", ".join(map(str, items)) if items else "none"
        if value is None and t in NUMBER_TESTS:
            value = "none"  # no score: as a list fact says it
        return ok, f"{_EVIDENCE_LABEL.get(self.fact, self.fact)}={value}"


_SCALAR: dict[str, Callable[[Any, Any], bool]] = {
    "in": lambda v, a: v in a,
    "not_in": lambda v, a: v not in a,
    "eq": lambda v, a: v == a,
    "gte": lambda v, a: v is not None and v >= a,
    "lte": lambda v, a: v is not None and v <= a,
    "below": lambda v, a: v is not None and v < a,
    "absent_or_below": lambda v, a: v is None or v < a,
    "absent_or_gte": lambda v, a: v is None or v >= a,
}
SCALAR_TESTS = set(_SCALAR)


# How a fact is named in a route's evidence: "mo=" would read as the name "Mo" to anyone
# searching the outputs for a reporter's details (and to the leak checks that do).
_EVIDENCE_LABEL = {"mo": "modus_operandi", "control_model": "exploitation_model_score"}


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    conditions: tuple[Condition, ...]
    route: tuple[str, ...]
    priority: str | None = None
    note: str | None = None  # a note for someone (NOTES) instead of a route

    def match(self, facts: dict[str, Any]) -> str | None:
        """The evidence when every condition holds, else None."""
        evidence = []
        for cond in self.conditions:
            ok, why = cond.evaluate(facts)
            if not ok:
                return None
            evidence.append(why)
        return "; ".join(evidence)


@dataclass(frozen=True)
class GradeRule:
    conditions: tuple[Condition, ...]
    value: str
    reason: str


@dataclass(frozen=True)
class RoutingDecision:
    routes: list[str]
    reasons: list[str]
    rule_ids: list[str]
    priority: str
    notes: list[str] = field(default_factory=list)  # the reasons of rules that add a note, not a route


@dataclass(frozen=True)
class RuleSet:
    routing: tuple[Rule, ...]
    grading: dict[str, tuple[GradeRule, ...]]

    def route(self, facts: dict[str, Any]) -> RoutingDecision:
        routes: set[str] = set()
        reasons: list[str] = []
        notes: list[str] = []
        fired: list[str] = []
        priority = "routine"
        for rule in self.routing:
            evidence = rule.match(facts)
            if evidence is None:
                continue
            fired.append(rule.id)
            why = f"{rule.id}: {rule.description}" + (f" ({evidence})" if evidence else "")
            # every rule that fires is listed with its evidence; a note adds no destination
            reasons.append(why)
            if rule.note:
                notes.append(why)
            routes.update(rule.route)
            if rule.priority == "high":
                priority = "high"
        return RoutingDecision([r for r in ROUTES if r in routes], reasons, fired, priority, notes)

    def grade(self, facts: dict[str, Any]) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for part, rules in self.grading.items():
            for rule in rules:
                if all(c.evaluate(facts)[0] for c in rule.conditions):
                    out[part] = {"value": rule.value, "reason": rule.reason}
                    break
        return out


def _condition(where: str, fact: str, spec: Any) -> Condition:
    if fact not in FACTS:
        raise RuleFileError(f"{where}: unknown field {fact!r} (known: {', '.join(FACTS)})")
    if not isinstance(spec, dict) or len(spec) != 1:
        raise RuleFileError(f"{where}: {fact}: a test is one of {{test: argument}}")
    ((test, arg),) = spec.items()
    allowed, is_list = FACTS[fact]
    if test not in (LIST_TESTS if is_list else SCALAR_TESTS):
        raise RuleFileError(f"{where}: {fact}: unknown test {test!r} for this field")
    values = arg if isinstance(arg, list) else [arg]
    if test in NUMBER_TESTS:
        if not isinstance(arg, int | float) or isinstance(arg, bool):
            raise RuleFileError(f"{where}: {fact}: {test} needs a number")
    elif test == "nonempty":
        if not isinstance(arg, bool):
            raise RuleFileError(f"{where}: {fact}: nonempty needs true or false")
    elif allowed is not None:
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise RuleFileError(f"{where}: {fact}: unknown value(s) {unknown} (known: {', '.join(allowed)})")
    if test in ("in", "not_in", "any_of", "any_except", "none_of", "all_of") and not isinstance(arg, list):
        raise RuleFileError(f"{where}: {fact}: {test} needs a list")
    return Condition(fact, test, tuple(arg) if isinstance(arg, list) else arg)


def _conditions(where: str, when: Any) -> tuple[Condition, ...]:
    if when is None:
        when = {}
    if not isinstance(when, dict):
        raise RuleFileError(f"{where}: 'when' must be a map of field -> test")
    return tuple(_condition(where, fact, spec) for fact, spec in when.items())


def parse_rules(data: dict[str, Any], name: str = "rules") -> RuleSet:
    if not isinstance(data, dict) or "routing" not in data:
        raise RuleFileError(f"{name}: needs a 'routing' list")
    routing: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["routing"]):
        rule = _routing_rule(name, i, raw, seen)
        seen.add(rule.id)
        routing.append(rule)
    grading: dict[str, tuple[GradeRule, ...]] = {}
    for part, rules in (data.get("grading") or {}).items():
        grading[part] = _grade_rules(name, part, rules)
    return RuleSet(tuple(routing), grading)


def _routing_rule(name: str, i: int, raw: dict[str, Any], seen: set[str]) -> Rule:
    """The i-th routing rule of the file, checked; `seen`: the ids before it."""
    rid = str(raw.get("id") or f"#{i + 1}")
    where = f"{name}: rule {rid}"
    unknown_keys = set(raw) - {"id", "description", "when", "route", "priority", "note"}
    if unknown_keys:
        raise RuleFileError(f"{where}: unknown key(s) {sorted(unknown_keys)}")
    if not raw.get("id") or not raw.get("description"):
        raise RuleFileError(f"{where}: every rule needs an id and a plain-English description")
    if rid in seen:
        raise RuleFileError(f"{where}: duplicate id")
    route = raw.get("route") or []
    note = raw.get("note")
    if note is not None and note not in NOTES:
        raise RuleFileError(f"{where}: note must be one of {', '.join(NOTES)}")
    bad = [r for r in route if r not in ROUTES]
    if (not route and note is None) or bad:
        raise RuleFileError(f"{where}: unknown destination(s) {bad or '(none given)'} (allowed: {', '.join(ROUTES)})")
    if raw.get("priority") not in (None, "high"):
        raise RuleFileError(f"{where}: priority may only be 'high'")
    return Rule(rid, str(raw["description"]), _conditions(where, raw.get("when")), tuple(route),
                raw.get("priority"), note)  # fmt: skip


def _grade_rules(name: str, part: str, rules: list[dict[str, Any]]) -> tuple[GradeRule, ...]:
    """The grading rules of one part of the grade, checked."""
    if part not in GRADING_PARTS:
        raise RuleFileError(f"{name}: grading: unknown part {part!r}")
    parsed = []
    for j, raw in enumerate(rules):
        where = f"{name}: grading.{part}[{j}]"
        if str(raw.get("value")) not in GRADING_PARTS[part]:
            raise RuleFileError(f"{where}: value must be one of {', '.join(GRADING_PARTS[part])}")
        if not raw.get("reason"):
            raise RuleFileError(f"{where}: every grade needs a reason")
        parsed.append(GradeRule(_conditions(where, raw.get("when")), str(raw["value"]), str(raw["reason"])))
    return tuple(parsed)


@cache
def load_rules(path: Path = RULES_FILE) -> RuleSet:
    try:
        data = read_yaml(path)
    except yaml.YAMLError as exc:
        raise RuleFileError(f"{path.name}: not valid YAML ({exc.__class__.__name__})") from None
    except DuplicateKeyError as exc:
        raise RuleFileError(str(exc)) from None
    return parse_rules(data, path.name)


def facts_for(
    source: str,
    record: dict[str, Any],
    mo: list[str],
    indicators: list[dict[str, Any]],
    entity_labels: list[str],
    repeat_reports: int = 0,
    advert_links: int = 0,
    weak_signals: int | None = None,
    control_model: float | None = None,
) -> dict[str, Any]:
    """The facts rules are written over. An indicator's strength is the one its hit gave it
    (processors/indicators.py), else the vocabulary's; `weak_signals`: independent weak
    signals as the extraction counted them (default: one per weak indicator);
    `control_model`: the exploitation model's score, where it read the record."""
    ids = [i["id"] for i in indicators]
    strength = {i["id"]: i.get("strength") or INDICATORS.get(i["id"]) for i in indicators}
    weak = [i for i in ids if strength[i] == "weak"]
    return {
        "source": source,
        "consent": record.get("consent"),
        "sector": record.get("sector"),
        "platform": record.get("platform"),
        "partner_type": (record.get("partner") or {}).get("type"),
        "mo": list(mo),
        "incident_types": list(record.get("incident_types") or []),
        "indicators": ids,
        "strong_indicators": [i for i in ids if strength[i] == "strong"],
        "weak_indicators": weak,
        "weak_signals": len(weak) if weak_signals is None else weak_signals,
        "entity_labels": sorted(set(entity_labels)),
        "repeat_reports": repeat_reports,
        "advert_links": advert_links,
        "control_model": control_model,
    }
