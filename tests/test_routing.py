"""The contract's baseline routes (records.md §6), each with its reason."""

from __future__ import annotations

import pytest

from processors.routing import route
from processors.vocabulary import ROUTES

STRONG = [{"id": "documents_held", "strength": "strong", "evidence": "x"}]
WEAK = [{"id": "limited_english", "strength": "weak", "evidence": "x"}]


@pytest.mark.parametrize(
    ("source", "consent", "mo", "indicators", "expected"),
    [
        ("nums", "anonymous_intelligence", [], [], ["force_intel"]),
        ("nums", "anonymous_intelligence", ["timewaster"], [], ["force_intel"]),
        ("nums", "anonymous_intelligence", ["robbery"], [], ["force_intel", "spoc"]),
        ("nums", "share_details", ["timewaster"], [], ["force_intel", "spoc"]),
        ("partner", "formal_report", [], [], ["force_intel", "spoc"]),
        ("partner", "anonymous_intelligence", ["threats"], STRONG, ["force_intel", "spoc", "organised_crime"]),
        ("nums", "anonymous_intelligence", [], WEAK, ["force_intel"]),  # never assumed from little English
        ("desktop_research", None, ["fraud_scam"], [], ["force_intel"]),  # spoc is for nums/partner only
        ("desktop_research", None, [], STRONG, ["force_intel", "organised_crime"]),
    ],
)
def test_baseline_routes(source, consent, mo, indicators, expected):
    decision = route(source, {"consent": consent}, mo, indicators)
    assert decision.routes == expected
    assert set(decision.routes) <= set(ROUTES)
    fired = {reason.split(":", 1)[0] for reason in decision.reasons}
    assert "baseline.force_intel" in fired
    assert ("baseline.exploitation" in fired) == ("organised_crime" in expected)
