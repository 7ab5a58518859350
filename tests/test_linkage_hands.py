"""Similar-offender links across reports written by different hands (issue 12, stop 24): the
same man described in other words compares as one; what one feature already counted is not
counted again; a reading that vetoes a link needs to be clear. All data fictional."""

from __future__ import annotations

from typing import Any

from processors import offender_profile as op
from processors.similar_offenders import accents_of, keys_of, score


def report(narrative: str, description: str | None = None, vehicles: list | None = None, **structured: Any):
    return {
        "narrative": narrative,
        "offender": {"vehicles": vehicles or [], "description": description},
        "description_structured": structured,
        "mo": [],
        "entities": [],
        "district": "Leeds",
        "incident_at": "2026-11-01T23:00:00Z",
    }


def build(narrative: str, description: str | None = None, **kw: Any) -> dict[str, Any]:
    profile = op.build("nums", report(narrative, description, **kw))
    assert profile is not None
    return profile


def reasons(a: dict[str, Any], b: dict[str, Any]) -> str:
    return " | ".join(score(a, b, "B", op.settings()).reasons)


def groups(profile: dict[str, Any]) -> set[str]:
    return {g for g, _ in accents_of(profile)}


def test_an_accent_named_in_the_text_or_hesitated_between_compares_as_either():
    hedged = build("He speak strange English, I think Scotland or Ireland. Very tall.")
    assert groups(hedged) == {"scottish", "irish"}
    assert "accent, compatible" in reasons(hedged, build("x", accent="glasgow"))
    assert "accents differ" in reasons(hedged, build("x", accent="welsh"))
    sure = reasons(build("x", accent="glaswegian"), build("x", accent="scottish"))
    assert "accent: glaswegian / scottish (+0.30)" in sure


def test_a_nation_and_its_region_are_compatible_two_nations_of_it_differ():
    region = build("foreign accent, eastern europe maybe")
    assert groups(region) == {"eastern european"}
    assert "accent, compatible" in reasons(region, build("x", accent="albanian"))
    assert "accents differ" in reasons(build("x", accent="polish"), build("x", accent="romanian"))
    assert groups(build("x", accent="Albanian or Kosovan")) == {"albanian"}


def test_a_southern_english_accent_is_not_the_local_one():
    assert groups(build("x", accent="southern english")) == {"cockney"}
    assert "accents differ" not in reasons(build("x", accent="posh southern"), build("x", accent="proper london"))
    assert groups(build("x", accent="english")) == {"local"}


def test_a_sex_read_against_the_text_vetoes_nothing():
    assert build("Two women reported a lad; he held a blade to her cheek", sex="female")["sex"] is None
    assert build("you pretty girl, he said", sex="female")["sex"] is None
    assert build("A woman stood at the door and she shouted", sex="female")["sex"] == "female"
    assert build("he drove off", sex="male")["sex"] == "male"


def test_a_mark_the_text_denies_is_no_mark_and_counts_against_one():
    none = build("50s, grey, paunchy, not a tattoo on him", "50s, grey hair, no tattoos", marks=["tattoos"])
    assert none["marks"] == [] and none["no_marks"] == ["tattoo"]
    inked = build("full sleeve tattoo of koi fish on his left arm")
    assert "one says no tattoo, the other gives him one (-0.20)" in reasons(none, inked)
    assert build("no scars, a tattoo of a rose on his neck")["no_marks"] == ["scar"]


def test_two_tattoos_showing_different_things_or_in_different_places_are_not_one():
    koi = build("tattoo sleeve of koi carp on his right arm")
    skulls = build("tattoo of skulls and roses on his right arm")
    assert not any(r.startswith("mark:") for r in score(koi, skulls, "B", op.settings()).reasons)
    neck, hand = build("swallow tattoo on his neck"), build("a swallow tattoo on his right hand")
    line = next(r for r in score(neck, hand, "B", op.settings()).reasons if r.startswith("mark:"))
    assert "swallow" not in line
    assert "swallow" in reasons(hand, build("tattoo of a swallow on the back of his left hand"))


def test_the_wording_in_common_does_not_count_again_what_a_feature_counted():
    a = build("he said he was a firefighter, thirty years on the job, with a swallow tattoo on his neck")
    b = build("kept telling me he's a firefighter, swallow tattoo on the side of his neck")
    text = reasons(a, b)
    assert "behaviour: says what he does for a living (firefighter)" in text and "mark: tattoo on the neck" in text
    textual = [r for r in text.split(" | ") if r.startswith(("rare words", "text in common"))]
    assert not any("firefighter" in r or "swallow" in r or "neck" in r for r in textual)


def test_a_vehicle_written_with_hesitation_or_by_its_kind():
    insignia = [{"make": "Vauxhall", "model": "Insignia", "colour": "silver", "vrm": None}]
    either = [{"make": "Vauxhall", "model": "Insignia or Astra", "colour": "silver", "vrm": None}]
    line = reasons(build("x", vehicles=insignia), build("x", vehicles=either))
    assert "vehicle: silver vauxhall insignia (+0.15)" in line
    green = [{"make": "Skoda", "model": None, "colour": "green", "vrm": None}]
    dark = [{"make": "Skoda", "model": None, "colour": "dark green or black", "vrm": None}]
    assert "vehicle: green skoda (+0.10)" in reasons(build("x", vehicles=green), build("x", vehicles=dark))
    transit = [{"make": "Ford", "model": "Transit", "colour": "white", "vrm": None}]
    van = [{"make": None, "model": "van", "colour": "white", "vrm": None}]
    assert "vehicle: white van (+0.10)" in reasons(build("x", vehicles=transit), build("x", vehicles=van))
    corsa = [{"make": "Vauxhall", "model": "Corsa", "colour": "white", "vrm": None}]
    assert "vehicle:" not in reasons(build("x", vehicles=corsa), build("x", vehicles=van))


def test_what_sets_a_vehicle_apart_is_one_detail_however_written():
    ladders = build("white transit wiv ladders on top")
    for text in ("white van big, with stairs on top", "a white Transit with a ladder rack", "roof rack on the van"):
        assert build(text)["vehicle_details"] == ["roof ladders"]
    assert "SO:veh:roof ladders" in keys_of(ladders)
    beads = build("rosary beads hangin off the mirror")["vehicle_details"]
    assert beads == ["mirror hanging"] == build("cross with beads on mirror")["vehicle_details"]
    assert build("kid seat in back")["vehicle_details"] == build("a toddler seat in the back")["vehicle_details"]
    assert build("he climbed the stairs to the flat")["vehicle_details"] == []


def test_the_smell_written_differently_is_one_smell():
    for text, value in (
        ("stinks of them little cigars", "cigar"),
        ("car smell very much of small cigar", "cigar"),
        ("stinks of cigar smoke", "cigar"),
        ("he smelt strongly of engine oil", "oil"),
        ("he stank like a garage", "oil"),
        ("smelt like a Christmas tree", "pine"),
        ("car stank of pine air freshener", "pine"),
    ):
        assert f"smell:{value}" in op.behaviours_of(text.lower()), text


def test_what_he_calls_her_an_endearment_or_an_unusual_word():
    assert "name_for_her:treacle" in op.behaviours_of("he kept calling her treacle")
    assert "name_for_her:hen" in op.behaviours_of('he laughed and said "you\'ll be famous, hen". i want')
    assert "calls_her:jezebel" in op.behaviours_of('pushing notes under her door calling her a "jezebel"')
    assert "calls_her:jezebel" in op.behaviours_of("with a bible shouting jezebel at us")
    for plain in ("a man called gethin", "he called me names", "called me back", "called me a slag"):
        assert not any(b.startswith("calls_her") for b in op.behaviours_of(plain)), plain
    # "treacle" read by both is one behaviour, not two
    assert [b for b in op.behaviours_of("calls me treacle") if "treacle" in b] == ["name_for_her:treacle"]


def test_behaviours_an_analyst_reads_in_other_words():
    for text in (
        "his jacket on the chair had been turned so the pocket faced the bed",
        "he put his shoe near bed with phone inside, camera looking",
        'phone was "wedged in his trainer pointing at the bed"',
    ):
        assert "covert_filming" in op.behaviours_of(text), text
    for text in ('hand over my takings as evidence', 'told her that her money was "evidence"',
                 'said he was "seizing it"'):  # fmt: skip
        assert "seizes_as_evidence" in op.behaviours_of(text), text
    assert "pushes_drink" in op.behaviours_of('he say "drink first, relax"')
    assert "pushes_drink" in op.behaviours_of('was insistent that she "have a glass first"')
    assert "religious_talk" in op.behaviours_of("he whistled hymns the whole way")
    assert "religious_talk" in op.behaviours_of("kept whistlin church songs")
    for text in ("said he was a plasterer", "hes a plasterer or thats wat he said", "he say he make plaster in houses"):
        assert "claims_job:plasterer" in op.behaviours_of(text), text


def test_a_finger_missing_written_several_ways():
    for text in ("the top of his left index finger was missing", "his hand, one finger is short, no top part",
                 "end of a finger missing, the right hand"):  # fmt: skip
        assert any(m["kind"] == "finger" for m in build(text)["marks"]), text


def test_hair_written_as_a_phrase():
    assert "bald" in build("x", hair="head shaved")["hair_words"]
    assert "bald" in build("WM 40-45, bald/shaved, dark jacket")["hair_words"]
    assert "bald" in build("bald head, stocky like a bouncer")["hair_words"]
    sides = build("white male 30s, shaved sides, gold tooth")["hair_words"]
    assert "bald" not in sides and "undercut" in sides
    assert "ginger" in build("very slim, orange hair, freckles")["hair_words"]
    assert "long" not in build("white hair combed back, long grey raincoat")["hair_words"]


def test_what_he_wears_written_differently():
    for text in ("long grey mac, white hair", "long beige/grey raincoat", "always wears a long grey coat"):
        assert "long coat" in op.items_of(text), text
    for text in ("white dust all over his trackies", "white powder on clothes and shoes", "dusty grey joggers",
                 "covered in white dust"):  # fmt: skip
        assert "work dirt" in op.items_of(text), text
    assert op.items_of("he dusted off the car") == []


def test_what_he_is_quoted_saying_is_a_blocking_key_and_keeps_its_apostrophes():
    a = build("every message ends \"Regards, M\". said 'we're going for a little drive, love'")
    assert {"regards m", "little drive", "drive love"} <= set(a["quoted"])
    assert "SO:quote:regards m" in keys_of(a)
    chatty = build("he said 'I know your mum, I know your dad, I know your street, I know your car, see you soon'")
    assert len(chatty["quoted"]) > op.settings()["quote_keys"]
    assert sum(k.startswith("SO:quote:") for k in keys_of(chatty)) == op.settings()["quote_keys"]


def test_an_accent_is_read_near_his_voice_not_her_own_languages():
    assert groups(build("I speak Romanian and he did not understand. Big man, 40s")) == set()
    assert groups(build("he talk like oyinbo from London, very proper")) == {"cockney"}
    assert groups(build("voice notes, well-spoken, southern")) == {"cockney"}
