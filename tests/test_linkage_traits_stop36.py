"""Similar-offender reading at stop 36 (issue 12, from linkage/dev_k; each phrasing here
invented): a man's service told many ways ("bein in the army", "served in the forces",
"a squaddie", "did two tours") is one claim; a regiment's badge is one tattoo however named
("regimental crest", "regiment's badge"); a car told by its body and colour ("old green
estate car", "bottle-green estate") is a kind of car, an industrial estate is not; a
nationality after a preposition ("in the army n afghan", "dressed in black") is no
ethnicity; grey hair and a ginger crew cut are two men. All data fictional."""

from __future__ import annotations

from processors import offender_profile as op
from processors.similar_offenders import links, score
from tests.test_description import describe
from tests.test_linkage_series_traits import build


def test_service_told_many_ways_is_one_claim():
    for text in (
        "kept goin on bout bein in the army",
        "he told me he had served in the forces",
        "bangs on about being a squaddie",
        "claims he did two tours",
    ):
        assert "claims_job:soldier" in build(text)["behaviours"], text


def test_a_regiments_badge_however_named():
    a = build("tattoo of a regimental crest on his upper arm")
    b = build("tatt of his regiment's badge on his arm")
    match = score(a, b, "B", op.settings())
    assert any("tattoo" in r and "badge" in r for r in match.reasons), match.reasons


def test_a_car_told_by_its_body():
    kinds = {(v["model"], v["colour"]) for v in build("picked me up in an old green estate car, rusty")["vehicles"]}
    assert ("estate", "green") in kinds
    kinds = {(v["model"], v["colour"]) for v in build("drives a knackered bottle-green estate")["vehicles"]}
    assert ("estate", "green") in kinds
    assert not build("he drove to an industrial estate in Stourton")["vehicles"]


def test_a_nationality_after_a_preposition_is_no_ethnicity(pipeline):
    told = describe(pipeline, "He kept on about bein in the army n afghan, tattoo on his arm. White, 50ish.")
    assert (told or {}).get("ethnicity", "").lower() == "white", told
    told = describe(pipeline, "He was dressed in black, grey hair, about 50.")
    assert (told or {}).get("ethnicity") is None, told


def test_grey_hair_and_a_ginger_crew_cut_are_two_men():
    s = op.settings()
    a = build("ex-army he said, tattoo on his arm, 50ish, grey short hair")
    b = build("told her he was ex-army, tattoo on his forearm, mid-20s, ginger crew cut")
    match = score(a, b, "B", s)
    assert any("hair colour" in r for r in match.reasons), match.reasons
    assert not links(match, s)


def test_a_bum_bag_and_fishy_fingers_however_told():
    for text in (
        "He kept his cash in a black bum bag worn around his waist",
        "Keeps cash in a waist pouch, counted it out fast",
        "Money he keep in small bag on belly, with zip",
    ):
        assert "bum bag" in build(text)["items"], text
    assert "smell:fish" in build("fishy fingers again!! market bloke")["behaviours"]
    assert "bum bag" not in build("she left her bag on the bed")["items"]
