"""Linkage at stop 43 (issue 12, from linkage/dev_s; each phrasing here invented): a car driven by
hand (hand controls, no pedals, a lever for the gas), a blue badge, a tipper lorry however told; a
false leg not read as a piercing for the "metal bit" at his ankle; the forces told by the war he
lost a leg in or the country he fought for; a teacher however he puts it; fuel named derv or
gasoil, smelled off him; a hi-vis told by its shine; skin patches on his fingers, "pigment-free",
"two colour"; Scottish money however told; the curtains he wants open; towels he always brings; a
chess set; sonnets and Shakespeare; a lecture she did not book; a camera left rolling; a shoot
first; a ring light, a tripod told by its legs, a cravat, a cervical collar; her stare at his skin
denies nothing. And what must not count: an automatic's missing clutch, a handbrake, a badge he
wears, a good tipper, curtains shut, a curtains haircut, her own curtains, a chessboard roof,
"talks like a teacher", a lecture she goes to, a round lamp by her bed, her silk scarf; and
"curtains" in two reports is no wording in common (dev_s's five false pairs: own towels and
curtains shut against own towels and curtains open). Every positive test here fails on the code
before stop 43. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.similar_offenders import links, score
from tests.test_linkage_series_traits import build, pair_links


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


def page_profile(content: str) -> dict[str, Any] | None:
    return op.build("desktop_research", {"content": content, "mo": [], "entities": [], "location": "York"})


# -- his vehicle -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("a grey estate fitted with hand controls", "hand controls"),
        ("he works the accelerator with a lever on the steering wheel", "hand controls"),
        ("a little lever for the gas by his left hand", "hand controls"),
        ("there were no pedals on the driver's side", "hand controls"),
        ("he pulled away without touching the pedals", "hand controls"),
        ("an adapted automatic, red", "hand controls"),
        ("disabled parking badge on the windscreen", "blue badge"),
        ("a blue badge in the front window", "blue badge"),
        ("he drives a tipper lorry for the council", "tipper"),
        ("he came in his tipper again", "tipper"),
        ("a truck where the back lifts up to dump the sand", "tipper"),
    ],
)
def test_what_sets_his_vehicle_apart_told_otherwise(text: str, detail: str) -> None:
    assert detail in build(text)["vehicle_details"], (text, build(text)["vehicle_details"])


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("a black automatic, no clutch", "hand controls"),
        ("he yanked the handbrake on hard", "hand controls"),
        ("he had a blue badge on his jacket, some charity", "blue badge"),
        ("he's a good tipper, always rounds up", "tipper"),
        ("big tipper, left me an extra tenner", "tipper"),
    ],
)
def test_what_looks_alike_is_not_the_vehicle_detail(text: str, detail: str) -> None:
    assert detail not in build(text)["vehicle_details"], (text, build(text)["vehicle_details"])


# -- marks --------------------------------------------------------------------------------------


def test_a_false_leg_with_metal_at_the_ankle_is_a_prosthesis_not_a_piercing() -> None:
    kinds = {m["kind"] for m in build("he has a fake leg, the right one, I saw the metal bit at his ankle")["marks"]}
    assert "prosthetic" in kinds and "piercing" not in kinds, kinds
    assert {m["kind"] for m in build("a metal bit through his lower lip")["marks"]} == {"piercing"}


@pytest.mark.parametrize(
    "text",
    [
        "pale blotches on his fingers",
        "his knuckles covered in white, pigment-free patches",
        "his hand have white spot, skin two colour",
        "the man with two-tone hands",
    ],
)
def test_skin_that_lost_its_colour_told_otherwise(text: str) -> None:
    assert "skin patches" in {m["kind"] for m in build(text)["marks"]}, (text, build(text)["marks"])


def test_her_stare_at_his_skin_denies_nothing_a_plain_never_still_does() -> None:
    seen = build("she looked at his hands like she'd never seen vitiligo")
    assert "skin patches" in {m["kind"] for m in seen["marks"]} and not seen["no_marks"]
    assert "tattoo" in build("I've never seen a tattoo on him")["no_marks"]


# -- what he does and says ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("said he was a para once", "claims_job:soldier"),
        ("told me he lost the leg in Iraq", "claims_job:soldier"),
        ("kept saying he fought for this country", "claims_job:soldier"),
        ("he said he was a retired headmaster", "claims_job:teacher"),
        ("he used to be head of maths at a comprehensive", "claims_job:teacher"),
        ("he taught history for thirty years", "claims_job:teacher"),
        ("the van stank of derv", "smell:petrol"),
        ("you could smell the petrol on him", "smell:petrol"),
        ("the smell of gasoil off his coat", "smell:petrol"),
        ("he pays in cash from Scotland every time", "pays_scottish"),
        ("the twenties were all Scottish", "pays_scottish"),
    ],
)
def test_a_claim_a_smell_or_money_told_otherwise_has_its_value(text: str, behaviour: str) -> None:
    assert behaviour in build(text)["behaviours"], (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("he demanded the blinds stay open the whole time", "curtains_open"),
        ("he made me open the curtains", "curtains_open"),
        ("pulled the curtains apart so the neighbours could see", "curtains_open"),
        ("a bag of bath towels that he brings every visit", "own_sheet"),
        ("he brought a folding chess board and made me play", "plays_chess"),
        ("wanted a game of chess before anything", "plays_chess"),
        ("read me a sonnet after", "recites_poetry"),
        ("went on about Shakespeare for ages", "recites_poetry"),
        ("he lectured me on grammar", "lectures_her"),
        ("she says he educated her on wine for an hour", "lectures_her"),
        ("I noticed he had kept the camera running", "covert_filming"),
        ("the camera was still recording when I came back", "covert_filming"),
        ("he wanted test shots before we started", "portfolio_shoot"),
        ("first he take pictures, then sex", "portfolio_shoot"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in bare(text), (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "not_behaviour"),
    [
        ("he wanted the curtains shut and the lights off", "curtains_open"),
        ("I opened the curtains after he left", "curtains_open"),
        ("young lad, curtains haircut", "curtains_open"),
        ("a camper van with curtains drawn", "curtains_open"),
        ("I gave him one of my towels", "own_sheet"),
        ("a red car with a chessboard roof", "plays_chess"),
        ("a shirt like a chess board", "plays_chess"),
        ("he talks like a teacher", "claims_job"),
        ("I had a lecture in the morning", "lectures_her"),
        ("he said he is a lecturer", "lectures_her"),
        ("I had a photo shoot first thing that day", "portfolio_shoot"),
        ("he is Afghan, I think", "claims_job"),
        ("he was a paramedic", "claims_job:soldier"),
    ],
)
def test_what_looks_alike_is_not_the_behaviour(text: str, not_behaviour: str) -> None:
    found = bare(text) | set(build(text)["behaviours"])
    assert not_behaviour not in found, (text, build(text)["behaviours"])


# -- what he wears and carries --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("a ring light and a camera bag", "ring light"),
        ("a circular lamp on a stand beside his camera", "ring light"),
        ("his camera on three legs by the bed", "tripod"),
        ("a mustard cravat", "cravat"),
        ("a spotted neckerchief", "cravat"),
        ("in a cervical collar", "neck brace"),
        ("a yellow vest that glows in the headlights", "hi-vis"),
    ],
)
def test_what_he_wears_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("a round lamp on her bedside table", "ring light"),
        ("she wore a silk scarf", "cravat"),
        ("his table had three legs", "tripod"),
    ],
)
def test_what_looks_alike_is_not_the_item(text: str, item: str) -> None:
    assert item not in build(text)["items"], (text, build(text)["items"])


# -- his own account --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Review of 'Tia' (Harrogate) by [HANDLE_1]: nice flat, but I declined to pay the full rate for a girl who "
        "couldn't hold a conversation.",
        "Posted by [HANDLE_1]: went bareback while she wasn't looking, she never knew",
    ],
)
def test_his_own_account_told_otherwise_is_profiled(content: str) -> None:
    assert page_profile(content) is not None, content


def test_a_review_naming_her_rates_is_still_no_own_account() -> None:
    assert page_profile("Review by [HANDLE_1]: her rates are £150 an hour, paid in full, lovely girl 10/10") is None


# -- links ------------------------------------------------------------------------------------


def test_curtains_in_two_reports_are_no_wording_in_common() -> None:
    """dev_s's five false pairs: own towels and curtains shut linked to own towels and curtains
    open by "curtains" read as a rare word in both."""
    a = build("brought his own towels, wanted the curtains pulled shut and the lamp off, young, gym build")
    b = build("he brings his own towels and insisted the curtains stay open, posh, grey side parting")
    m = score(a, b, "B", op.settings())
    assert "text" not in m.features, m.reasons
    assert not links(m, op.settings())


def test_curtains_open_and_his_own_towels_link_towels_alone_do_not() -> None:
    a = build("always wants the curtains wide open and brings his own white towels")
    b = build("he made me open the blinds so people could see, and laid out towels of his own")
    assert pair_links(a, b)
    assert not pair_links(a, build("brought his own towel, paid and left, 30s"))


def test_a_false_leg_and_hand_controls_link_a_false_leg_alone_does_not() -> None:
    a = build("older man with an artificial leg, drives a blue automatic with hand controls")
    b = build("he has a prosthetic leg, and the car has no pedals, he drove with a lever for the gas")
    assert pair_links(a, b)
    assert not pair_links(a, build("a man with a prosthetic leg on crutches at the bus stop, shouted at me"))


def test_a_chess_set_and_a_cravat_link_a_cravat_alone_does_not() -> None:
    a = build("elderly, in a cravat, set up a chess board and lectured me on poetry")
    b = build("the man in the neckerchief who makes you play chess first")
    assert pair_links(a, b)
    assert not pair_links(a, build("posh man in a cravat, paid in full, no trouble"))


def test_a_tipper_and_fuel_link_a_hi_vis_alone_does_not() -> None:
    a = build("tipper truck driver, reeks of derv, in a hi-vis vest")
    b = build("big tipper lorry, he smelled of diesel, orange hi vis")
    assert pair_links(a, b)
    assert not pair_links(a, build("builder in a hi-vis jacket in a white van, didn't pay"))
