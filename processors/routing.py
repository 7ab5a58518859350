"""Routing by the contract's baseline rules (records.md §6), each with an id and a reason.

Routing is triage for people to act on, never a decision about anyone and never an
enforcement queue against sex workers: the only destinations are the three in
`vocabulary.ROUTES`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from processors.vocabulary import INDICATORS, ROUTES


@dataclass(frozen=True)
class Decision:
    routes: list[str]
    reasons: list[str]


def route(source: str, record: dict[str, Any], mo: list[str], indicators: list[dict[str, Any]]) -> Decision:
    routes: list[str] = []
    reasons: list[str] = []

    def add(dest: str, rule: str, why: str) -> None:
        assert dest in ROUTES, dest  # no rule can name a destination outside the three
        if dest not in routes:
            routes.append(dest)
        reasons.append(f"{rule}: {why}")

    add("force_intel", "baseline.force_intel", "every accepted record goes to the force intelligence system")

    if source in ("nums", "partner"):
        crimes = [t for t in mo if t != "timewaster"]
        if crimes:
            add(
                "spoc", "baseline.spoc_crime", f"describes a crime or threat against a sex worker ({', '.join(crimes)})"
            )
        consent = record.get("consent")
        if consent in ("share_details", "formal_report"):
            add("spoc", "baseline.spoc_consent", f"consent is {consent}")

    strong = [i["id"] for i in indicators if INDICATORS.get(i["id"]) == "strong"]
    if strong:
        add(
            "organised_crime",
            "baseline.exploitation",
            f"signs of exploitation or organised crime ({', '.join(strong)})",
        )
    return Decision([r for r in ROUTES if r in routes], reasons)
