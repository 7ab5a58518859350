"""Routing: the rules of `rules.yaml` applied to a record's facts.

Routing is triage for people to act on, never a decision about anyone and never an
enforcement queue against sex workers: the rule loader refuses any destination outside
`vocabulary.ROUTES`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from processors.rules import RoutingDecision, RuleSet, facts_for, load_rules


def route(
    source: str,
    record: dict[str, Any],
    mo: list[str],
    indicators: list[dict[str, Any]],
    entity_labels: Iterable[str] = (),
    repeat_reports: int = 0,
    advert_links: int = 0,
    rules: RuleSet | None = None,
    weak_signals: int | None = None,
) -> RoutingDecision:
    facts = facts_for(source, record, mo, indicators, list(entity_labels), repeat_reports, advert_links, weak_signals)
    return (rules or load_rules()).route(facts)
