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


def pair_links(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Would the two profiles link as similar offenders (the linker's own score and bar)?"""
    s = op.settings()
    return links(score(a, b, "B", s), s)


def page(content: str, mo: list[str] | None = None) -> dict[str, Any]:
    """A desktop research item's fields the profile reads."""
    return {"content": content, "mo": mo or [], "entities": []}


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


def test_traits_written_by_other_hands_compare_as_one():
    """linkage/dev_e (stop 30): the same man described by a street worker, an ISVA and an interpreter."""
    s = op.settings()
    a = build("Old guy, white beard, got summat in his ear like a hearing aid. Made me call him grandad.")
    b = build("SU reports older M (60s), wht beard, hearing aid L ear. Asked SU to call him 'Grandad' throughout.")
    m = score(a, b, "A", s)
    assert {"behaviour:name_for_him", "mark"} <= set(m.features), m.reasons
    assert "name_for_him:grandad" in op.behaviours_of("he want i call him 'grandad', is very strange")
    # a gold crown or a gold "toof" is the gold tooth
    kinds = {m["kind"] for m in build("lanky guy, gold toof at the front")["marks"]}
    assert "teeth" in kinds
    assert "teeth" in {m["kind"] for m in build("tall, with a gold crown to a front tooth")["marks"]}
    # the job he claims, in a formal note
    assert "claims_job:pilot" in op.behaviours_of("stated he worked as an airline pilot.")
    # beads hanging from the mirror, told mirror first
    assert "mirror hanging" in op.details_of("in front on mirror is hanging beads with cross")
    assert "scooter" in op.details_of("young lad on a lecky scooter come up")


def test_a_general_word_for_a_tattoo_matches_its_kind_but_two_kinds_differ():
    s = op.settings()
    swallow = build("small tattoo of a swallow on the left side of his neck")
    bird = build("tattoo of a small bird on the left side of the neck")
    eagle = build("tattoo of an eagle on his neck")
    assert "mark: tattoo on the neck, bird" in " | ".join(score(swallow, bird, "B", s).reasons)
    assert "bird" not in " | ".join(score(swallow, eagle, "E", s).reasons)


def test_a_trait_the_writer_denies_is_not_his():
    """A trait the writer denies ("not the one with ladders ... no stutter") tells two men apart."""
    assert op.behaviours_of("50s, grey crew cut, talks normal, no stutter.") == []
    assert op.details_of("a citroen berlingo, plain, without ladders on the roof") == []
    assert "roof ladders" in op.details_of("white van with ladders on top")
