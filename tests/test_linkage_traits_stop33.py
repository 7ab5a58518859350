"""Similar-offender reading at stop 33 (issue 12, from linkage/dev_h; each phrasing here
invented): look-alikes sharing only what he looks and sounds like, or words in common, link
only where much of it agrees; a clause setting another man aside ("not the one with the
ladders") is not read as his; a man of the church, a false limb, a wheelchair van he does
not need, a black cab with its light on, an intercom, a pen camera, flowers for payment,
mints, a tail of hair, chef's trousers, a football shirt, a dog collar (not a dog);
"wasn't" denies; a quoted "'flower man'" still speaks of a man; an item the clothing
already gave counts once. All data fictional."""

from __future__ import annotations

from typing import Any

from processors import offender_profile as op
from processors.similar_offenders import Match, links, score
from tests.test_linkage_series_traits import build


def behaviours(profile: dict[str, Any]) -> set[str]:
    return set(profile["behaviours"])


def test_a_description_alone_links_only_where_much_of_it_agrees():
    s = op.settings()
    look_alike = Match("B", 0.5, 0.42, [], ("accent", "dress"))
    assert not links(look_alike, s)
    assert links(Match("B", 0.7, 0.42, [], ("accent", "dress")), s)
    # a behaviour with the accent is more than a description: the usual threshold
    assert links(Match("B", 0.5, 0.42, [], ("accent", "behaviour:intercom")), s)


def test_two_scots_in_flat_caps_are_not_one_man():
    a = build("Scottish fella in a flat cap, threatened me when I asked for the money first", accent="scottish")
    b = build("flat cap, Scottish accent, booked twice and never turned up")
    assert not links(score(a, b, "B", op.settings()), op.settings())


def test_a_clause_about_another_man_is_not_his():
    text = op.text_of(
        {"narrative": "Stammers badly. Not the spy pen bloke everyone was on about, this one rings and hangs up."}
    )
    assert "spy pen" not in text and "Stammers badly" in text and "this one rings" in text
    kept = op.text_of({"narrative": "call me on my own phone not the work one"})
    assert "work one" in kept  # her phones: nothing about another man


def test_a_man_of_the_church_however_told():
    for t in [
        "he told me he was a Methodist minister",
        "sez he is a vicar, had the collar on",
        "He tell me he is pastor from church",
        "gave the name Reverend Tom",
        "says his name is father joe",
    ]:
        assert "claims_job:vicar" in behaviours(build(t)), t
    assert "dog in car" not in build("claimed to be a vicar - dog collar under his fleece")["items"]
    assert "clerical collar" in build("claimed to be a vicar - dog collar under his fleece")["items"]


def test_marks_told_other_ways():
    kinds = {
        "prosthetic": ["he has a false leg from the knee", "one leg is a prosthetic", "artificial arm"],
        "burn": ["burn scars up both arms", "his forearms have marks from the oven"],
        "missing tooth": ["missing one of his top front teeth", "he is missing a tooth at the front"],
    }
    for kind, texts in kinds.items():
        for t in texts:
            assert any(m["kind"] == kind for m in build(t)["marks"]), t
    tattoo = build("he had ENGLAND wrote on the back of his calf")["marks"]
    assert any(m["kind"] == "tattoo" and "england" in m["motif"] for m in tattoo), tattoo
    picture = build("On his wrist, near the thumb, a little star picture")["marks"]
    assert any(m["kind"] == "tattoo" for m in picture), picture
    # the sentence before is not what the tattoo shows
    motif = build("He shaved all his hair. A tattoo of a dragon on his leg")["marks"]
    assert not any("all" in m["motif"] or "hair" in m["motif"] for m in motif), motif


def test_vehicles_and_behaviours_told_other_ways():
    details = {
        "wheelchair access": ["a mobility van with a ramp", "van 4 wheelchairs", "wheelchair-adapted people carrier"],
        "black cab": ["an old black london cab", "a hackney carriage"],
        "hire light on": ["the taxi light on the roof was lit"],
    }
    for name, texts in details.items():
        for t in texts:
            assert name in build(t)["vehicle_details"], t
    assert "black cab" not in build("her friend, a black cab driver, took her home")["vehicle_details"]
    assert "wheelchair access" not in build("it wasnt a disabled van, just a normal car")["vehicle_details"]
    told = {
        "claims_disabled": ["he says he's disabled but walked fine", "he is not in a wheelchair at all"],
        "intercom": ["he only spoke through the intercom", "talked to me through the screen"],
        "covert_filming": ["a spy pen in his top pocket", "pen in his jacket angled at the bed"],
        "gift_as_payment": ["said the flowers were my payment", "it's 'but I bought you flowers'"],
        "smell:mints": ["always sucking on polos", "chewing extra strong mints the whole time"],
        "smell:garlic": ["his fingers stank of garlic"],
    }
    for name, texts in told.items():
        for t in texts:
            assert name in behaviours(build(t)), t
    assert "claims_disabled" not in behaviours(build("it wasnt disabled, a normal car"))


def test_what_he_wears_however_told():
    items = {
        "chef trousers": ["checked chef's trousers", "chequered kitchen pants", "trousers with small squares"],
        "football shirt": ["a replica football top", "footy shirt"],
        "flowers": ["turned up with a bouquet from the garage"],
        "hi-vis": ["a luminous orange jacket", "orange work coat"],
    }
    for name, texts in items.items():
        for t in texts:
            assert name in build(t)["items"], t
    assert "ponytail" in build("grey hair gathered at the back with a band")["hair_words"]


def test_a_warning_quoting_his_nickname_speaks_of_a_man():
    page = {
        "content": "PSA: the 'flower man' is back round Wakefield, brings a bouquet then won't pay. Tell everyone.",
        "mo": [],
        "entities": [],
        "location": None,
    }
    assert op.warns_of_a_man(page)


def test_a_cap_in_both_descriptions_counts_once():
    a = build("flat cap, limps", clothing="flat cap")
    b = build("wore a flat cap, walks with a limp", clothing="flat cap")
    m = score(a, b, "B", op.settings())
    assert any(r.startswith("clothing: ") for r in m.reasons)
    assert not any(r.startswith("wears or carries: flat cap") for r in m.reasons), m.reasons
