"""Similar-offender links (issue 12 item 1): scored, explained, generic traits never link,
candidate search bounded by blocking. Profiles are built from sanitised-record dicts, as the
pipeline hands them over; all data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.correlation import Observation
from processors.linkage import SIMILAR, Linker, Subject
from processors.plates import fragments, overlap
from processors.similar_offenders import PROFILE, SimilarOffenders, keys_of, links, score


def report(rid: str, narrative: str, description: dict[str, Any], mo: list[str], **extra: Any) -> dict[str, Any]:
    return {
        "report_id": rid,
        "narrative": narrative,
        "offender": {"vehicles": extra.pop("vehicles", []), "description": None},
        "description_structured": description,
        "mo": mo,
        "entities": extra.pop("entities", []),
        "district": extra.pop("district", "Leeds"),
        "incident_at": extra.pop("incident_at", "2026-11-01T23:00:00Z"),
        **extra,
    }


SERIES_A = report(
    "NUM-S-1",
    "He said he was a taxi driver and kept calling me princess. He took the money back at knifepoint. "
    "Silver Ford Focus, the plate ending 4KD.",
    {"sex": "male", "age_min": 40, "age_max": 49, "build": "stocky", "ethnicity": "white", "accent": "geordie",
     "marks": ["tattoo of a scorpion on his neck"]},
    ["robbery", "weapon"],
)  # fmt: skip
SERIES_B = report(
    "NUM-S-2",
    "Bloke reckoned he was a cab driver, called her princess the whole time, then pulled a blade and had the "
    "cash back off her. Grey Focus, reg ends 4KD she thinks.",
    {"sex": "male", "age_min": 45, "age_max": 49, "build": "heavy set", "ethnicity": "white",
     "accent": "geordie", "marks": ["scorpion tattoo on the side of his neck"]},
    ["robbery", "weapon"],
    district="Bradford",
    incident_at="2026-11-20T01:30:00Z",
)  # fmt: skip
# Shares only what many men share: white, 40s, stocky, a silver Ford Focus, refused payment.
DISTRACTOR = report(
    "NUM-D-1",
    "White man in his forties, stocky, drove a silver Ford Focus. He refused to pay and left.",
    {"sex": "male", "age_min": 40, "age_max": 49, "build": "stocky", "ethnicity": "white", "marks": []},
    ["refused_payment"],
    vehicles=[{"make": "Ford", "model": "Focus", "colour": "silver", "vrm": None}],
)  # fmt: skip


def observe(linker: Linker, record: dict[str, Any], seen_at: str = "2026-11-02T00:00:00Z") -> list[dict[str, Any]]:
    obs = Observation(record["report_id"], "nums", seen_at, ())
    return linker.observe(Subject(obs, record))


def test_a_series_links_with_its_features_and_weights():
    linker = Linker({})
    assert observe(linker, SERIES_A) == []
    assert observe(linker, DISTRACTOR) == []  # generic traits only: no link
    [link] = observe(linker, SERIES_B)
    assert link["kind"] == SIMILAR and link["records"] == ["NUM-S-1"]
    assert 0.55 <= link["score"] <= 1.0
    text = " | ".join(link["reasons"])
    features = ["mark: tattoo on the neck, scorpion", "plate: both have '4KD'", "accent: geordie",
                "says what he does for a living (taxi driver)", "calls her by the same name (princess)"]  # fmt: skip
    for feature in features:
        assert feature in text
    assert all("(+" in r or "(-" in r or "not proof" in r or "capped" in r or "needed" in r for r in link["reasons"])
    assert "independent features: accent, behaviour:claims_job, behaviour:name_for_her, mark, plate (at least 2" in text
    assert "not proof" in link["reasons"][-1]


def test_generic_traits_alone_never_link():
    linker = Linker({})
    twin = dict(DISTRACTOR, report_id="NUM-D-2", district="Leeds")
    observe(linker, DISTRACTOR)
    assert observe(linker, twin) == []
    match = op.settings()
    # even a perfect generic match stays under the cap and without distinctive evidence
    from processors.similar_offenders import score

    a = op.build("nums", DISTRACTOR)
    result = score(a, op.build("nums", twin), "NUM-D-1", match)
    assert result.distinctive == 0 and result.score <= match["generic_cap"] + match["specific_cap"]
    assert len(result.features) < match["min_features"] and not links(result, match)


# Two reports of one template (the scale test's bulk records): the same words and the same
# street, about different men.
TEMPLATE = "Outreach heard that a man who rings from a withheld number was violent on Lumb Lane."


def templated(rid: str, **extra: Any) -> dict[str, Any]:
    description = {"sex": "male", "marks": [], **extra.pop("description", {})}
    return report(rid, extra.pop("narrative", TEMPLATE), description, extra.pop("mo", ["violence"]),
                  location="Lumb Lane", **extra)  # fmt: skip


def test_text_in_common_and_a_place_alone_never_link():
    s = op.settings()
    a, b = templated("PS-T-1"), templated("PS-T-2")
    result = score(op.build("partner", a), op.build("partner", b), "PS-T-1", s)
    text = " | ".join(result.reasons)
    assert "text in common (similarity 1.00)" in text and "place: lumb lane" in text  # what they share
    assert "capped" in text and result.features == ()  # uncorroborated, the wording counts nothing
    assert not links(result, s)
    linker = Linker({})
    assert observe(linker, a) == []
    assert observe(linker, b) == []


def test_a_rare_mo_tag_does_not_corroborate_text_in_common():
    """The MO tag is read from the same words, and many men share it."""
    s = op.settings()
    a, b = templated("PS-T-1", mo=["drugging"]), templated("PS-T-2", mo=["drugging"])
    result = score(op.build("partner", a), op.build("partner", b), "PS-T-1", s)
    assert "MO: drugging" in " | ".join(result.reasons) and not links(result, s)


@pytest.mark.parametrize(
    ("second", "extra"),
    [
        ("accent", {"description": {"accent": "geordie"}}),  # a description trait
        ("vehicle", {"vehicles": [{"make": "Skoda", "model": "Octavia", "colour": "black", "vrm": None}]}),
        ("behaviour:name_for_her", {"narrative": TEMPLATE + " He kept calling her princess."}),
    ],
)
def test_text_in_common_with_a_second_distinctive_feature_links(second, extra):
    s = op.settings()
    a, b = templated("PS-T-1", **extra), templated("PS-T-2", **extra)
    result = score(op.build("partner", a), op.build("partner", b), "PS-T-1", s)
    assert set(result.features) == {"text", second} and links(result, s)
    linker = Linker({})
    observe(linker, a)
    [link] = observe(linker, b)
    assert link["kind"] == SIMILAR and link["records"] == ["PS-T-1"]
    assert any(r.startswith("text in common") for r in link["reasons"])


def test_one_feature_however_strong_does_not_link():
    """A plate fragment alone is a reason to look, not a link: it needs a second feature."""
    s = op.settings()
    a = report("NUM-P-1", "The reg ended 4KD.", {"sex": "male", "marks": []}, ["robbery"])
    b = report("NUM-P-2", "Plate ending 4KD she thinks.", {"sex": "male", "marks": []}, ["robbery"])
    alone = score(op.build("nums", a), op.build("nums", b), "NUM-P-1", s)
    assert "plate: both have '4KD'" in " | ".join(alone.reasons) and alone.features == ("plate",)
    assert not links(alone, s)
    scar = {"sex": "male", "marks": ["scar on his left cheek"]}
    b2 = dict(b, description_structured=scar)
    with_mark = score(op.build("nums", dict(a, description_structured=scar)), op.build("nums", b2), "NUM-P-1", s)
    assert with_mark.features == ("mark", "plate") and links(with_mark, s)


def test_contradictions_count_against():
    s = op.settings()
    a = op.build("nums", SERIES_A)
    same = score(a, op.build("nums", SERIES_B), "NUM-S-1", s)
    other = dict(SERIES_B, report_id="NUM-X-1")
    other["description_structured"] = {**SERIES_B["description_structured"], "age_min": 20, "age_max": 25,
                                       "ethnicity": "black", "accent": "scouse"}  # fmt: skip
    differs = score(a, op.build("nums", other), "NUM-S-1", s)
    assert differs.score < same.score
    text = " | ".join(differs.reasons)
    assert "ages apart" in text and "ethnicity as written: white / black" in text and "accents differ" in text
    linker = Linker({})
    observe(linker, SERIES_A)
    woman = dict(SERIES_B, report_id="NUM-X-2")
    woman["narrative"] = (
        "A woman reckoned she was a cab driver, called her princess the whole time, then pulled a blade and had "
        "the cash back off her. Grey Focus, reg ends 4KD."
    )
    woman["description_structured"] = {**SERIES_B["description_structured"], "sex": "female"}
    assert observe(linker, woman) == []
    # a "female" read while the text speaks of him ("two women reported ... he") vetoes nothing
    misread = dict(SERIES_B, report_id="NUM-X-3")
    misread["description_structured"] = {**SERIES_B["description_structured"], "sex": "female"}
    assert op.build("nums", misread)["sex"] is None
    linker = Linker({})
    observe(linker, SERIES_A)
    assert [lk["records"] for lk in observe(linker, misread) if lk["kind"] == SIMILAR] == [["NUM-S-1"]]


def test_records_already_linked_by_an_identifier_are_not_guessed():
    store: dict[str, Any] = {}
    linker = Linker(store)
    phone = [{"label": "PHONE_NUMBER", "normalized": "+447700900123", "role": "offender"}]
    a = dict(SERIES_A, entities=phone)
    b = dict(SERIES_B, entities=phone)
    linker.observe(Subject(Observation("NUM-S-1", "nums", "2026-11-01T00:00:00Z", ("PHONE_NUMBER:+447700900123",)), a))
    links = linker.observe(
        Subject(Observation("NUM-S-2", "nums", "2026-11-02T00:00:00Z", ("PHONE_NUMBER:+447700900123",)), b)
    )
    assert [lk["kind"] for lk in links] == ["identifier"]
    assert links[0]["attribute"] == "PHONE_NUMBER" and links[0]["score"] == 1.0 and links[0]["reasons"]


def test_replays_change_nothing():
    store: dict[str, Any] = {}
    linker = Linker(store)
    observe(linker, SERIES_A)
    first = observe(linker, SERIES_B)
    snapshot = {k: v for k, v in store.items()}
    assert observe(linker, SERIES_B) == first
    assert store == snapshot


def test_blocking_keeps_the_candidate_search_bounded():
    """Many reports sharing a key: each key keeps only its newest `block_cap` reports."""
    store: dict[str, Any] = {}
    index = SimilarOffenders(store)
    cap = int(op.settings()["block_cap"])
    profile = op.build("nums", SERIES_A)
    for i in range(cap + 40):
        index.observe(f"R{i:04d}", "nums", f"2026-11-01T00:{i // 60:02d}:{i % 60:02d}Z", profile, set())
    for key in keys_of(profile):
        assert len(store[key]["records"]) == cap
    assert len([k for k in store if k.startswith(PROFILE)]) == cap + 40
    assert len(index.candidates(keys_of(profile), set())) <= int(op.settings()["max_candidates"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("plate ending 4KD", [{"text": "4KD", "at": "end"}]),
        ("the reg started with YX6 something", [{"text": "YX6", "at": "start"}]),
        ("partial reg YX62 ???", [{"text": "YX62", "at": None}]),
        ("car was a Corsa, reg ends in 'KDL'", [{"text": "KDL", "at": "end"}]),
        ("the plate was dirty, he was rude", []),
    ],
)
def test_plate_fragments(text, found):
    assert fragments(text) == found


def test_a_plate_fragment_is_worth_more_at_the_end_than_the_area_code():
    full = {"text": "YX62KDL", "at": "full"}
    _, end = overlap(full, {"text": "KDL", "at": "end"})
    _, start = overlap(full, {"text": "YX6", "at": "start"})
    assert end > start > 0
    assert overlap(full, {"text": "YX65ABC", "at": "full"})[1] == 0  # two full plates: he changed car


def test_retention_erases_linkage_state_with_the_identifiers():
    """Every linkage entry has the correlation store's shape: the retention plan erases it
    by the record's own event time, like an identifier."""
    from processors.advert_clusters import AdvertClusters
    from streams import retention

    store: dict[str, Any] = {}
    linker = Linker(store)
    observe(linker, SERIES_A, seen_at="2026-01-01T00:00:00Z")
    observe(linker, SERIES_B, seen_at="2026-01-02T00:00:00Z")
    AdvertClusters(store).observe("DR-R-1", "2026-01-03T00:00:00Z", "new in town sexy discreet incall only text first")
    assert any(k.startswith("SO:") for k in store) and any(k.startswith("AD:") for k in store)
    erasure = retention.plan(store, {}, "2026-06-01T00:00:00Z")
    erasure.apply(store, {})
    assert store == {} and set(erasure.record_ids) == {"NUM-S-1", "NUM-S-2", "DR-R-1"}
