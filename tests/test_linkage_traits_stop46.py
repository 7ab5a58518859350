"""Linkage at stop 46 (issue 12, from linkage/dev_v; each phrasing here invented). What made two different men one:
a mole on his cheek and a mole on his chin (two moles, not one mark); "smelled" in two reports of different smells
read as a rare word beside the smell; the job one report claims ("plumber") read as a rare word in the other's; the
words of roof ladders, a detail writers reach for, read as text beside the detail; a word the report denies ("no
ladders or anything on it") read as his; a Cornish accent unknown, so no contradiction with a Welsh one; "shaved head,
teardrop tattoo" read as a tattoo on his head. What the series told in words not read yet: a mole told as a beauty
spot or a dark spot on his face; a man who drinks milk all through; a man who has her read books to him; a stoma bag,
a walker frame, a bowler hat however told; an arm in plaster or a pot; a club's away kit; a fisherman's yellow
waterproofs; a rubber duck on the dash, a sleeper cab, a CB radio; a tyre lever; an open-backed pickup; a kitchen
timer told as a clock for cooking; a sheep-dip smell; the language he speaks on his phone, and the man named by where
he is from ("scouse lad"); a heating engineer as a plumber, and a "fake plumber" without its article; a teardrop told
as a water drop; a post that opens addressed to the workers of a place ("Whitby girls - ..."). And what must not
count: milk in her tea, her arm in a sling, her own timer, "cb" for call back, a duck he calls her, a black eye, a
bowler at cricket, the language she speaks. Every positive test here fails on the code before stop 46. All data
fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.similar_offenders import counted_words, score
from tests.test_linkage_series_traits import build, groups, pair_links


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


def kinds(text: str) -> set[str]:
    return {m["kind"] for m in build(text)["marks"]}


def _features(a: dict[str, Any], b: dict[str, Any]) -> tuple[str, ...]:
    return score(a, b, "B", op.settings()).features


# -- what made two men one ------------------------------------------------------------------------------


def test_a_mole_on_his_cheek_and_a_mole_on_his_chin_are_two_marks() -> None:
    a, b = build("a raised mole on his left cheek"), build("he had a mole on his chin")
    assert "mark" not in _features(a, b)
    # ... but the same place, or one report naming none, still compares
    assert "mark" in _features(a, build("a mole on the face, hairy"))
    assert "mark" in _features(a, build("he has a big mole"))


def test_the_words_of_a_shared_smell_are_the_smell_again() -> None:
    a = build("his coat smelled strongly of silage, a mucky tractor driver")
    b = build("the cab smelled of cows, a farmer I think")
    assert "smell:farm" in a["behaviours"] and "smell:farm" in b["behaviours"]
    assert "smelled" in counted_words(a, b, op.settings())


def test_a_job_one_report_claims_is_no_rare_word_in_the_others() -> None:
    a = build("he said he was a plumber, his tools in the back")
    b = build("a real plumber, still in his work gear")
    assert "plumber" in counted_words(a, b, op.settings())


def test_two_plumbers_in_white_vans_with_ladders_stay_apart() -> None:
    mo = ["condom_removal"]
    a = build(
        "White van man, ladders on the roof, said he was a plumber, his tools in the back, a toy giraffe on the dash",
        mo,
    )
    b = build("He was a proper plumber, came from a job, white van, ladders on the roof, bald, 50s", mo)
    assert not pair_links(a, b)
    assert _features(a, b) == ("vehicle",)  # the ladders once, with the van; "plumber" a job, not a rare word


def test_a_word_the_report_denies_is_not_his() -> None:
    assert "ladders" not in op.rare_words("a small red van, no ladders or anything on it")
    assert "ladders" not in op.terms("a small red van, no ladders or anything on it")
    assert "ladders" in op.rare_words("a small red van with ladders tied on")


def test_a_cornish_accent_is_one_and_differs_from_a_welsh_one() -> None:
    assert groups(build("he had a strong Cornish accent")) == {"west country"}
    a, b = build("he had a strong Cornish accent"), build("he had a Welsh accent")
    assert any("accents differ" in r for r in score(a, b, "B", op.settings()).reasons)


def test_a_place_before_a_comma_is_not_where_his_tattoo_is() -> None:
    marks = op.marks_in_text("stocky, shaved head, teardrop tattoo, tracksuit")
    assert marks and "head" not in marks[0]["places"], marks
    assert "neck" in op.marks_in_text("a neck tattoo of a rose")[0]["places"]


# -- what the series told in other words -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a beauty spot by his mouth, a big one",
        "a dark spot on his cheek like a mole",
        "on his face near the nose a brown mark",
        "a couple of moles on his neck",
    ],
)
def test_a_mole_told_otherwise_is_a_birthmark(text: str) -> None:
    assert "birthmark" in kinds(text), (text, build(text)["marks"])


@pytest.mark.parametrize("text", ["he gave me a black eye", "a dark mark on my neck after"])
def test_a_black_eye_or_her_bruise_is_no_birthmark(text: str) -> None:
    assert "birthmark" not in kinds(text), (text, build(text)["marks"])


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("he kept a glass of milk by the bed the whole hour", "drinks_milk"),
        ("he was sipping cold milk from a beaker like a toddler", "drinks_milk"),
        ("they call him the milk man because he drinks it nonstop", "drinks_milk"),
        ("he had me read him a story from his paperbacks", "reads_to_him"),
        ("I had to read aloud to him for an hour", "reads_to_him"),
        ("she read him a chapter of a crime novel", "reads_to_him"),
        ("he had a wind-up clock for cooking and set it going", "times_her"),
        ("sets a timer like he is boiling an egg, it dings and he wants more", "times_her"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in bare(text), (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "not_behaviour"),
    [
        ("I made him a tea with milk", "drinks_milk"),
        ("he put milk in my coffee", "drinks_milk"),
        ("he read my messages over my shoulder", "reads_to_him"),
        ("I set a timer on my phone for the hour", "times_her"),
    ],
)
def test_what_looks_alike_is_not_the_behaviour(text: str, not_behaviour: str) -> None:
    assert not_behaviour not in bare(text), (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("his jumper reeked of dip", "smell:farm"),
        ("olía a gasóleo, smell of gasóleo on all his clothes", "smell:petrol"),
        ("said he was a heating engineer", "claims_job:plumber"),
        ("warning: fake plumber round the estates", "claims_job:plumber"),
    ],
)
def test_a_smell_or_a_job_told_otherwise_has_its_value(text: str, behaviour: str) -> None:
    assert behaviour in build(text)["behaviours"], (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("he has a colostomy bag he kept fiddling with", "stoma bag"),
        ("a bag on his belly from an operation", "stoma bag"),
        ("shuffles about with a walker frame", "mobility aid"),
        ("a frame with tennis balls on the feet", "mobility aid"),
        ("wore a bowler the whole time", "bowler hat"),
        ("a domed black hat like a banker", "bowler hat"),
        ("his hat was round on top, like charlie chaplin", "bowler hat"),
        ("his right arm was in a pot up to the elbow", "bandaged hand"),
        ("wrist in plaster, drove with one hand", "bandaged hand"),
        ("he had on the away kit, the grey one", "football shirt"),
        ("yellow oilies and wellies, off the boats", "sailing jacket"),
        ("in waders and a fishing smock", "sailing jacket"),
        ("yellow rubber trousers like fishermen wear", "sailing jacket"),
    ],
)
def test_what_he_wears_or_carries_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("my arm was in a sling for a week after", "bandaged hand"),
        ("my wrist in plaster now thanks to him", "bandaged hand"),
        ("he was a bowler at the cricket club", "bowler hat"),
        ("he was on about the away game", "football shirt"),
    ],
)
def test_what_looks_alike_is_not_the_item(text: str, item: str) -> None:
    assert item not in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("a plastic duck stuck on his dashboard", "rubber duck"),
        ("a little bath ducky on the dash", "rubber duck"),
        ("an artic with a sleeper cab", "sleeper cab"),
        ("a bunk behind the seats of his lorry", "sleeper cab"),
        ("chatting on the cb the whole drive", "cb radio"),
        ("he talk on radio to other drivers", "cb radio"),
        ("on top is ladders, white van", "roof ladders"),
    ],
)
def test_a_vehicle_detail_told_otherwise(text: str, detail: str) -> None:
    assert detail in build(text)["vehicle_details"], (text, build(text)["vehicle_details"])


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("text me, will cb later", "cb radio"),
        ("he kept calling me duck, ey up duck", "rubber duck"),
        ("radio on loud, some pop station", "cb radio"),
    ],
)
def test_what_looks_alike_is_not_the_vehicle_detail(text: str, detail: str) -> None:
    assert detail not in build(text)["vehicle_details"], (text, build(text)["vehicle_details"])


def test_a_tyre_lever_is_a_bar_and_an_open_backed_truck_a_pickup() -> None:
    assert "bat or bar" in build("he keeps a tyre lever under the seat")["weapons"]
    assert "bat or bar" in build("he hold iron thing for the wheel")["weapons"]
    vehicles = build("picked me up in a muddy open-backed 4x4")["vehicles"]
    assert any(v["model"] == "pickup" for v in vehicles), vehicles


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("scouse lad, twenties, skinny", "scouse"),
        ("the old bloke chatted in Welsh on the phone", "welsh"),
        ("he swore at me 'in Welsh I reckon'", "welsh"),
        ("man speak other language on phone, not english, I think is polish", "polish"),
        ("a Polish guy in a tracksuit", "polish"),
    ],
)
def test_where_he_is_from_told_otherwise(text: str, group: str) -> None:
    assert group in groups(build(text)), (text, op.accents_in(text.lower()))


@pytest.mark.parametrize(
    "text", ["I speak Polish and a little English", "my Polish friend drove me home", "she talks Welsh to her kids"]
)
def test_the_language_she_speaks_is_not_his_accent(text: str) -> None:
    assert "polish" not in groups(build(text)) and "welsh" not in groups(build(text)), text


def test_a_teardrop_told_as_a_water_drop() -> None:
    marks = op.marks_in_text("under his eye a small tattoo like a water drop")
    assert marks and "tear" in marks[0]["motif"], marks


def test_a_post_addressed_to_the_workers_of_a_place_warns_of_a_man() -> None:
    page = {"content": "Whitby girls - bloke off the crab boats, stinks of diesel, choked my pal, she's ok now."}
    assert op.warns_of_a_man(page)
    cabbie = {"content": "Ladies working the ring road: minicab with a taped-over light, do NOT get in."}
    assert op.warns_of_a_man(cabbie)
    # an advert addressed to clients stays an advert
    assert not op.warns_of_a_man({"content": "Gents - new girl in town, text me for rates"})


# -- pairs ----------------------------------------------------------------------------------------------


def test_a_milk_drinker_with_a_mole_links() -> None:
    a = build("a glass of milk in his hand all night, a mole on his left cheek")
    b = build("sipping milk like a little boy, a beauty spot on his cheek")
    assert pair_links(a, b)


def test_a_stammering_man_in_a_bowler_with_a_timer_links() -> None:
    a = build("a bad stammer, a bowler hat, he brought an egg timer")
    b = build("he st-st-stutters, a round black hat like a banker, a clock for cooking he turned")
    assert pair_links(a, b)


def test_a_fisherman_in_oilies_smelling_of_diesel_links() -> None:
    a = build("yellow oilies on, smelled of diesel and fish")
    b = build("in waders and a fishing smock, stank of red diesel")
    assert pair_links(a, b)


def test_an_old_man_with_a_stoma_who_has_her_read_links() -> None:
    a = build("elderly, a colostomy bag, made me read aloud to him from his westerns")
    b = build("old boy with a stoma, wants you to read him books for hours")
    assert pair_links(a, b)


def test_one_coincidence_does_not_link() -> None:
    assert not pair_links(build("a mole on his cheek, 40s, slim"), build("a beauty spot on his face, 40s, slim"))
    assert not pair_links(build("drank milk the whole time, tall"), build("a glass of milk by him throughout, tall"))
    assert not pair_links(
        build("rubber duck on the dash, white van"), build("plastic duck on his dashboard, white van")
    )
    assert not pair_links(build("wore a bowler, 50s"), build("a domed black hat like a banker, 50s"))
    assert not pair_links(build("he said he was a gas engineer, blue van"), build("said he was a plumber, white van"))
