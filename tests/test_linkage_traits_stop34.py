"""Similar-offender reading at stop 34 (issue 12, from linkage/dev_i; each phrasing here
invented): a partner note's "Desc: M ~40, thickset, ..." line is his description whatever
verb it holds; and traits one man carries, told in other words each time: a neck brace he
does not need, a cowboy's hat and snakeskin boots, a tweed jacket's elbow patches and
half-moon glasses, a van fitted like a hearse, a parrot in his car, his own sheet on her
bed, an electronic voice aid, threats typed on his phone, poems recited. A deaf man typing
into an app is no threat typed. All data fictional."""

from __future__ import annotations

from processors import offender_profile as op
from tests.test_linkage_series_traits import build
from tests.test_redaction import partner, run


def test_a_notes_description_line_is_his(pipeline):
    out = run(
        pipeline,
        partner(
            "Outreach van, 22:40. Two women flagged the same punter. Desc: M ~40, thickset, bald, uses an "
            "electronic voice aid pressed to his throat, roll-neck jumper."
        ),
    )
    desc = out["record"]["description_structured"]
    assert desc["age_min"] == 38 and desc["age_max"] == 42, desc
    assert desc["build"] == "thickset" and desc["hair"] == "bald", desc


def test_items_told_other_ways():
    told = {
        "neck brace": ["wearing a foam neck collar, said whiplash", "one of them neck supports"],
        "cowboy hat": ["a Stetson-type hat", "big hat like from a western film"],
        "snakeskin boots": ["boots in reptile print", "boots made from skin of snake"],
        "elbow patches": ["jacket with leather patches on the sleeves", "tweed with elbow patches"],
        "half-moon glasses": ["half-moon specs", "glasses on the end of his nose"],
        "hearse van": ["a van like an undertaker's", "a stretcher in the back of the van"],
        "parrot in car": ["a parrot on the passenger seat", "a grey bird in a cage on the back seat"],
    }
    for item, texts in told.items():
        for t in texts:
            assert item in build(t)["items"], t


def test_behaviours_told_other_ways():
    told = {
        "own_sheet": ["brought his own bedsheet in a bag", "laid his own linen on the bed"],
        "voice_aid": ["talks through a voice box", "held a little machine to his throat to talk"],
        "writes_threats": ["typed threats on his mobile and held it up", "wrote on his phone he'd hurt me"],
        "recites_poetry": ["reads poems at you the whole time", "recites verse from memory"],
        "fake_injury": ["asked me to help carry his shopping to the car"],
    }
    for name, texts in told.items():
        for t in texts:
            assert name in set(build(t)["behaviours"]), t
    # a deaf man typing into an app that reads it out threatens no one
    assert "writes_threats" not in set(build("he typed everything into an app on his phone")["behaviours"])


def test_euros_alone_are_generic():
    # real euros from a visitor are common: a weak, generic sign, not a man's mark
    _, weight, generic = op.behaviour_specs()["pays_euros"]
    assert generic and weight <= 0.1
