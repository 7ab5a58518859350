"""The rule file: validation at load, each default rule, grading."""

from __future__ import annotations

import copy

import pytest
import yaml

from processors.rules import RULES_FILE, RuleFileError, facts_for, load_rules, parse_rules

DEFAULT = yaml.safe_load(RULES_FILE.read_text())


def _broken(mutate) -> dict:
    data = copy.deepcopy(DEFAULT)
    mutate(data)
    return data


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["routing"][0].update(route=["enforcement"]), "unknown destination"),
        (lambda d: d["routing"][0].update(route=[]), "unknown destination"),
        (lambda d: d["routing"][1]["when"].update(colour={"in": ["red"]}), "unknown field 'colour'"),
        (lambda d: d["routing"][1]["when"].update(mo={"any_of": ["arson"]}), "unknown value(s) ['arson']"),
        (lambda d: d["routing"][3]["when"].update(indicators={"any_of": ["looks_foreign"]}), "unknown value"),
        (lambda d: d["routing"][5].update(note="the press"), "note must be one of"),
        (lambda d: d["routing"][5].pop("note"), "unknown destination"),  # neither a route nor a note
        (lambda d: d["routing"][2]["when"].update(consent={"in": ["maybe"]}), "unknown value"),
        (lambda d: d["routing"][5]["when"].update(weak_indicators={"none_of": ["looks_foreign"]}), "unknown value"),
        (lambda d: d["routing"][5]["when"].update(weak_indicators={"none_of": "rotating_workers"}), "needs a list"),
        (lambda d: d["routing"][1]["when"].update(source={"contains": ["nums"]}), "unknown test"),
        (lambda d: d["routing"][4]["when"].update(repeat_reports={"gte": "two"}), "needs a number"),
        (lambda d: d["routing"][0].pop("description"), "plain-English description"),
        (lambda d: d["routing"].append(copy.deepcopy(d["routing"][0])), "duplicate id"),
        (lambda d: d["routing"][0].update(priority="urgent"), "priority"),
        (lambda d: d["routing"][0].update(destinations=["spoc"]), "unknown key"),
        (lambda d: d["grading"]["handling_code"][0].update(value="X"), "value must be one of"),
        (lambda d: d["grading"].update(colour=[]), "unknown part"),
    ],
)
def test_bad_rule_files_fail_with_where_and_why(mutate, message):
    with pytest.raises(RuleFileError) as err:
        parse_rules(_broken(mutate), "rules.yaml")
    assert message in str(err.value)
    assert str(err.value).startswith("rules.yaml")


def test_default_file_loads_and_every_rule_has_id_and_description():
    rules = load_rules()
    assert [r.id for r in rules.routing][:8] == [
        "baseline.force_intel",
        "baseline.spoc_crime",
        "baseline.spoc_consent",
        "exploitation.decisive_signal",
        "exploitation.two_weak_signals",
        "exploitation.one_weak_signal",
        "exploitation.precise_weak_signal",
        "exploitation.model_reads_control",
    ]
    assert all(r.description for r in rules.routing)
    # the exploitation rules say what the policy asks them to say
    for rule in rules.routing[3:8]:
        assert "a reason to look, not proof" in rule.description
    note = rules.routing[5]
    assert note.note == "liaison" and note.route == ()


def _decide(source="nums", consent="anonymous_intelligence", mo=(), indicators=(), repeat=0, adverts=0, weak=None):
    rules = load_rules()
    facts = facts_for(
        source, {"consent": consent}, list(mo), [{"id": i} for i in indicators], [], repeat_reports=repeat,
        advert_links=adverts, weak_signals=weak,
    )  # fmt: skip
    return rules.route(facts), rules.grade(facts)


def test_repeat_offender_raises_spoc_priority():
    decision, _ = _decide(mo=["timewaster"], repeat=2)
    assert decision.routes == ["force_intel", "spoc"] and decision.priority == "high"
    assert "correlation.repeat_offender" in decision.rule_ids
    decision, _ = _decide(mo=["timewaster"], repeat=1)
    assert decision.routes == ["force_intel"] and decision.priority == "routine"


def test_shared_advert_contact_routes_to_organised_crime():
    decision, _ = _decide(source="desktop_research", consent=None, adverts=3)
    assert decision.routes == ["force_intel", "organised_crime"]
    assert any(r.startswith("correlation.shared_advert_contact") and "advert_links=3" in r for r in decision.reasons)
    decision, _ = _decide(source="desktop_research", consent=None, adverts=2)
    assert decision.routes == ["force_intel"]


def test_reasons_carry_evidence():
    decision, _ = _decide(mo=["robbery", "timewaster"], indicators=["documents_held", "limited_english"])
    spoc = next(r for r in decision.reasons if r.startswith("baseline.spoc_crime"))
    assert "modus_operandi=robbery" in spoc and "timewaster" not in spoc
    exploitation = next(r for r in decision.reasons if r.startswith("exploitation.decisive_signal"))
    assert "documents_held" in exploitation and "limited_english" not in exploitation


def test_facts_weigh_strengths_and_count_independent_weak_signals():
    indicators = [
        {"id": "documents_held", "strength": "strong"},
        {"id": "speaks_for_worker", "strength": "weak"},
        {"id": "transported_by_other", "strength": "weak"},
        {"id": "fearful_subdued", "strength": "context"},
    ]
    facts = facts_for("partner", {"consent": "share_details"}, [], indicators, [], weak_signals=1)
    assert facts["strong_indicators"] == ["documents_held"]
    assert facts["weak_indicators"] == ["speaks_for_worker", "transported_by_other"]
    assert facts["weak_signals"] == 1  # as the extraction counted them
    assert facts_for("partner", {}, [], indicators, [])["weak_signals"] == 2  # default: one per weak indicator


def test_note_rules_add_no_destination_and_are_listed_with_the_reasons():
    decision, _ = _decide(indicators=["living_at_premises"])
    assert decision.routes == ["force_intel"]
    assert "exploitation.one_weak_signal" in decision.rule_ids
    assert decision.notes and decision.notes[0] in decision.reasons
    decision, _ = _decide(indicators=["rotating_workers", "living_at_premises"], weak=2)
    assert decision.routes == ["force_intel", "organised_crime"] and not decision.notes


@pytest.mark.parametrize(
    ("source", "consent", "repeat", "expected"),
    [
        ("nums", "anonymous_intelligence", 0, ("2", "A", "C")),
        ("nums", "formal_report", 0, ("2", "A", "P")),
        ("partner", "share_details", 0, ("1", "C", "C")),
        ("partner", "share_details", 2, ("1", "B", "C")),
        ("desktop_research", None, 0, ("1", "A", "C")),
    ],
)
def test_grading_proposal(source, consent, repeat, expected):
    _, grade = _decide(source=source, consent=consent, repeat=repeat)
    got = tuple(grade[p]["value"] for p in ("source_evaluation", "intelligence_assessment", "handling_code"))
    assert got == expected
    assert all(grade[p]["reason"] for p in grade)
    if consent == "anonymous_intelligence":
        assert "no contact" in grade["handling_code"]["reason"]
