"""Similar-offender profiles (issue 12): one thing written several ways compares as one,
and each shared feature is listed with its weight. All data fictional."""

from __future__ import annotations

from typing import Any

from processors import offender_profile as op
from processors.plates import fragments, overlap
from processors.similar_offenders import keys_of, score


def report(narrative: str, description: str | None = None, **structured: Any) -> dict[str, Any]:
    return {
        "narrative": narrative,
        "offender": {"vehicles": [], "description": description},
        "description_structured": structured,
        "mo": [],
        "entities": [],
        "district": "Leeds",
        "incident_at": "2026-11-01T23:00:00Z",
    }


def test_things_he_wears_written_differently_are_one_item_and_a_blocking_key():
    a = op.build("nums", report("skinny lad, white airpods in the whole time, gucci cap, big gold watch"))
    b = op.build("nums", report("young, earbuds in, designer cap, an expensive watch on his wrist"))
    assert a["items"] == ["designer label", "earphones", "showy watch"] == b["items"]
    assert "SO:item:earphones" in keys_of(a)
    match = score(a, b, "B", op.settings())
    line = next(r for r in match.reasons if r.startswith("wears or carries"))
    assert "earphones" in line and "(+0.30)" in line  # three items, capped at items_max
    plain = op.build("nums", report("he had a watch and a phone"))
    assert plain["items"] == []


def test_hair_read_from_the_text_with_its_synonyms():
    a = op.build("nums", report("Early thirties, slicked-back dark hair, navy suit", hair="dark"))
    b = op.build("nums", report("He is young maybe 30-35, hair with gel go back, suit blue"))
    c = op.build("nums", report("skinny, bleached blond, 20ish"))
    assert "slicked" in a["hair_words"] and "slicked" in b["hair_words"] and "dyed" in c["hair_words"]
    assert "SO:hair:slicked" in keys_of(b)
    assert any(r.startswith("hair: slicked") for r in score(a, b, "B", op.settings()).reasons)
    hit = op.build("nums", report("he hit me round the head with a bottle"))
    assert hit["hair_words"] == []  # "bottle" means dyed only next to a hair word


def test_the_smell_and_the_job_he_claims_written_differently():
    a = op.behaviours_of("a lot of aftershave. he said he was 'in property development'")
    b = op.behaviours_of("smell strong perfume. he say he buy and sell house")
    c = op.behaviours_of("'drenched in aftershave', said he 'flips houses'")
    for found in (a, b, c):
        assert {"smell:aftershave", "claims_job:property"} <= set(found)
    assert "brings_mates" in op.behaviours_of("say one more word n ill come back wiv my boys")
    assert "brings_mates" in op.behaviours_of("keep texting and me and the lads will pay you a visit")


def test_the_build_from_the_description_field_only_when_the_parser_found_none():
    assert op.build("partner", report("a blond lad", "young skinny blond lad, Gucci hat"))["build"] == "skinny"
    assert op.build("partner", report("he had a big knife", None))["build"] is None
    assert op.build("partner", report("x", "slim", build="stocky"))["build"] == "stocky"


def test_a_plate_fragment_starting_with_a_digit_is_not_the_plates_start():
    [frag] = fragments("blue Mini, partial plate '0P?'")
    assert frag == {"text": "0P", "at": None}
    assert overlap({"text": "0PX", "at": "end"}, frag)[1] > 1.5  # the letters count in full
    assert fragments("reg YX6? something")[0]["text"] == "YX6"


def test_a_trait_many_reports_show_counts_less_and_says_so():
    assert op.rarity("item:suit") < op.rarity("item:earphones") <= 1.0
    assert op.rarity("item:never-seen-anywhere") == 1.0
    assert op.rarity("mark:tattoo") >= op.settings()["trait_floor"]
    a = op.build("nums", report("he wore a navy suit and a lanyard"))
    b = op.build("nums", report("blue suit, lanyard round his neck"))
    line = next(r for r in score(a, b, "B", op.settings()).reasons if r.startswith("wears or carries"))
    weights = op.settings()["items"]
    assert "rarity" in line and f"(+{weights['suit']['weight'] + weights['lanyard']['weight']:.2f})" not in line


def test_rare_words_and_the_text_in_common_count_the_same_words_once():
    text = "he reeked of brylcreem and patchouli, wore a cravat and spats, talked of his marquetry and taxidermy"
    a, b = op.build("nums", report(text)), op.build("nums", report(text))
    match = score(a, b, "B", op.settings())
    textual = [r for r in match.reasons if r.startswith(("rare words in both", "text in common"))]
    assert len(textual) == 2 and any("counted once" in r for r in textual)
    total = sum(float(r.rsplit("(+", 1)[1].rstrip(")")) for r in textual)
    assert total <= op.settings()["weights"]["text_together_max"] + 1e-9


def test_a_model_written_without_its_make_names_the_make_when_only_one_make_has_it():
    record = report("x")
    record["offender"]["vehicles"] = [{"make": None, "model": "Octavia", "colour": "black", "vrm": None}]
    assert op.vehicles_of(record, {}) == [{"make": "skoda", "model": "octavia", "colour": "black"}]
    assert op.vehicles_of(report("x"), {"vehicle": "silver focus"}) == [
        {"make": "ford", "model": "focus", "colour": "silver"}
    ]
