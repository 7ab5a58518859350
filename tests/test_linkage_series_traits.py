"""Similar-offender traits read at stop 30 (issue 12, from linkage/dev_d's missed series): a
man named by where he is from, where he says he is from, the kind of weapon, a bag with a lens
on the chair; and what must not count (an ethnic group as an accent; a rare MO, even beside an
uncommon accent). All data fictional."""

from __future__ import annotations

from typing import Any

from processors import offender_profile as op
from processors.similar_offenders import accents_of, links, score


def build(narrative: str, mo: list[str] | None = None, **structured: Any) -> dict[str, Any]:
    record = {
        "narrative": narrative,
        "offender": {"vehicles": [], "description": None},
        "description_structured": structured,
        "mo": mo or [],
        "entities": [],
        "district": "Bradford",
        "incident_at": "2026-11-01T23:00:00Z",
    }
    profile = op.build("nums", record)
    assert profile is not None
    return profile


def groups(profile: dict[str, Any]) -> set[str]:
    return {g for g, _ in accents_of(profile)}


def test_a_man_named_by_where_he_is_from_has_that_accent_but_not_the_reporter():
    assert groups(build("fake copper again on Lumb Lane, same scouser grey hair white car")) == {"scouse"}
    assert groups(build("the Geordie who never pays was back")) == {"geordie"}
    assert groups(build("I'm a scouser myself and he was rude to me")) == set()
    assert groups(build("my mate, a geordie, saw him drive off")) == set()


def test_where_he_says_he_is_from_is_his_accent():
    assert groups(build("he say he is Marek, I think he is from Lithuania maybe")) == {"lithuanian"}
    assert groups(build("said he was from Glasgow, working on the rigs")) == {"scottish"}
    # where he drove from is no accent
    assert groups(build("he drove over from Manchester to see me")) == set()


def test_an_ethnic_group_is_no_accent_a_nationality_is():
    assert groups(build("Asian lad 20s gold teeth", ethnicity="Asian")) == set()
    assert groups(build("big man", ethnicity="Polish")) == {"polish"}


def test_the_same_kind_of_weapon_is_specific_evidence_with_its_own_feature():
    a = build("pulled a small kitchen knife from his jacket and took the money")
    b = build("after he take knife from the kitchen drawer, he say give me all money")
    assert a["weapons"] == ["kitchen knife"] and b["weapons"] == ["kitchen knife"]
    reasons = " | ".join(score(a, b, "B", op.settings()).reasons)
    assert "the same kind of weapon: kitchen knife" in reasons
    assert build("he had a knife")["weapons"] == []


def test_an_uncommon_accent_and_a_rare_mo_alone_do_not_link():
    """Tried at stop 30 and left out: with a rare MO as a feature beside an uncommon accent,
    486 more pairs of the training corpora's different men linked (a Glaswegian and a
    blackmail, a Geordie and a condom removed): the MO is a category, not the man."""
    s = op.settings()
    copper = build(
        "Flashed a warrant card and said he was vice, drove her to a car park. Strong Scouse accent.",
        mo=["impersonating_police", "abduction"],
    )
    again = build("fake copper again!! same scouser, showed a badge, made me get in", mo=["impersonating_police"])
    m = score(again, copper, "A", s)
    assert "accent" in m.features and "mo" not in m.features and not links(m, s)


def test_a_bag_left_open_on_the_chair_with_a_lens_is_covert_filming():
    assert "covert_filming" in op.behaviours_of("he have bag on chair open, i see camera lens.")
    assert "covert_filming" in op.behaviours_of("black sport bag on the chair facing bed, zip open")
    assert "covert_filming" not in op.behaviours_of("he put his bag on the chair and paid")
