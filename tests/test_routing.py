"""The contract's baseline routes (records.md §6), each with its reason, and the weighing of
exploitation signals (issue 15): one decisive signal or two independent weaker ones route
to organised_crime; a single weak one is a note for the liaison officer, not a route, unless
the rule file names it as one whose detection is precise (it routes alone)."""

from __future__ import annotations

import pytest

from processors.rules import facts_for, load_rules
from processors.vocabulary import INDICATORS, ROUTES


def route(source, record, mo, indicators, entity_labels=(), repeat_reports=0, advert_links=0, weak_signals=None):
    """The rules of rules.yaml applied to a record's facts, as the pipeline applies them."""
    facts = facts_for(source, record, mo, indicators, list(entity_labels), repeat_reports, advert_links, weak_signals)
    return load_rules().route(facts)


STRONG = [{"id": "documents_held", "strength": "strong", "evidence": "x"}]
WEAK = [{"id": "speaks_for_worker", "strength": "weak", "evidence": "x"}]
TWO_WEAK = [*WEAK, {"id": "moved_between_places", "strength": "weak", "evidence": "y"}]
CONTEXT = [{"id": "limited_english", "strength": "context", "evidence": "x"}]


@pytest.mark.parametrize(
    ("source", "consent", "mo", "indicators", "expected"),
    [
        ("nums", "anonymous_intelligence", [], [], ["force_intel"]),
        ("nums", "anonymous_intelligence", ["timewaster"], [], ["force_intel"]),
        ("nums", "anonymous_intelligence", ["robbery"], [], ["force_intel", "spoc"]),
        ("nums", "share_details", ["timewaster"], [], ["force_intel", "spoc"]),
        ("partner", "formal_report", [], [], ["force_intel", "spoc"]),
        ("partner", "anonymous_intelligence", ["threats"], STRONG, ["force_intel", "spoc", "organised_crime"]),
        ("nums", "anonymous_intelligence", [], CONTEXT, ["force_intel"]),  # never assumed from little English
        ("nums", "anonymous_intelligence", [], WEAK, ["force_intel"]),  # one weak signal: a note, not a route
        ("nums", "anonymous_intelligence", [], TWO_WEAK, ["force_intel", "organised_crime"]),
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
    exploitation = {"exploitation.decisive_signal", "exploitation.two_weak_signals"}
    assert bool(fired & exploitation) == ("organised_crime" in expected)


def test_one_weak_signal_is_a_note_for_the_liaison_officer_not_a_route():
    decision = route("nums", {"consent": "anonymous_intelligence"}, [], WEAK)
    assert "organised_crime" not in decision.routes
    assert decision.rule_ids[-1] == "exploitation.one_weak_signal"
    (note,) = decision.notes
    assert note in decision.reasons  # carried on the item with the other reasons
    assert "liaison officer" in note and "a reason to look, not proof" in note and "speaks_for_worker" in note


def test_two_weak_indicators_from_one_observation_are_one_signal():
    """The extraction counts independent weak signals: the same words read as two
    indicators ("drives her between the flats") are one."""
    decision = route("nums", {"consent": "anonymous_intelligence"}, [], TWO_WEAK, weak_signals=1)
    assert "organised_crime" not in decision.routes and decision.notes
    decision = route("nums", {"consent": "anonymous_intelligence"}, [], TWO_WEAK, weak_signals=2)
    assert "organised_crime" in decision.routes and not decision.notes


def test_a_decisive_signal_routes_and_says_it_is_not_proof():
    decision = route("nums", {"consent": "anonymous_intelligence"}, [], [*STRONG, *WEAK], weak_signals=1)
    assert "organised_crime" in decision.routes and not decision.notes
    reason = next(r for r in decision.reasons if r.startswith("exploitation.decisive_signal"))
    assert "a reason to look, not proof" in reason and "strong_indicators=documents_held" in reason


def test_strength_comes_from_the_hit_before_the_vocabulary():
    """speaks_for_worker is weak by default; a hit that makes it strong (someone will not
    let her speak for herself) routes on its own."""
    strong_speaks = [{"id": "speaks_for_worker", "strength": "strong", "evidence": "x"}]
    assert "organised_crime" in route("partner", {"consent": "share_details"}, [], strong_speaks).routes
    # without a strength (older callers), the vocabulary's
    assert (
        "organised_crime"
        not in route("partner", {"consent": "share_details"}, [], [{"id": "living_at_premises"}]).routes
    )


def _alone(indicator: str, strength: str = "weak") -> list[dict[str, str]]:
    return [{"id": indicator, "strength": strength, "evidence": "x"}]


# The weak indicators the rule file lets route alone (processors/rules.yaml: detection
# precise and the labelled records route them alone), and those that stay a note.
PRECISE = ["rotating_workers", "shared_advert_contact"]
NOT_PRECISE = [i for i, s in INDICATORS.items() if s == "weak" and i not in PRECISE]


@pytest.mark.parametrize("indicator", PRECISE)
def test_a_precise_weak_signal_routes_alone_and_says_it_is_not_proof(indicator):
    decision = route("desktop_research", {}, [], _alone(indicator), weak_signals=1)
    assert "organised_crime" in decision.routes and not decision.notes
    reason = next(r for r in decision.reasons if r.startswith("exploitation.precise_weak_signal"))
    assert "a reason to look, not proof" in reason and f"weak_indicators={indicator}" in reason


@pytest.mark.parametrize("indicator", NOT_PRECISE)
def test_any_other_weak_signal_alone_is_only_a_note(indicator):
    decision = route("nums", {"consent": "anonymous_intelligence"}, [], _alone(indicator), weak_signals=1)
    assert "organised_crime" not in decision.routes
    assert decision.rule_ids[-1] == "exploitation.one_weak_signal" and len(decision.notes) == 1


def test_the_rule_file_keeps_speaks_for_worker_and_transport_as_notes():
    """The weakest readings (a man answering her phone, someone driving her) are where a
    client's offence is most often read as a controller's: never a route on their own."""
    assert {"speaks_for_worker", "transported_by_other", "living_at_premises"} <= set(NOT_PRECISE)
    assert len(PRECISE) + len(NOT_PRECISE) == sum(s == "weak" for s in INDICATORS.values())


@pytest.mark.parametrize(
    "indicators",
    [
        _alone("fearful_subdued", "context"),
        _alone("limited_english", "context"),
        [*_alone("fearful_subdued", "context"), *_alone("limited_english", "context")],
    ],
)
def test_fear_or_little_english_never_route_alone_nor_together(indicators):
    decision = route("partner", {"consent": "anonymous_intelligence"}, [], indicators, weak_signals=0)
    assert decision.routes == ["force_intel"] and not decision.notes


def test_one_observation_read_as_a_precise_and_a_weak_indicator_routes_once_without_a_note():
    """One weak signal read as two indicators, one of them precise: a route, no note beside it."""
    both = [*_alone("speaks_for_worker"), *_alone("shared_advert_contact")]
    decision = route("desktop_research", {}, [], both, weak_signals=1)
    assert "organised_crime" in decision.routes and not decision.notes
    assert decision.rule_ids.count("exploitation.precise_weak_signal") == 1
