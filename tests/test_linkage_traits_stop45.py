"""Linkage at stop 45 (issue 12, from linkage/dev_u; each phrasing here invented): a man who talks of stalking or
shooting deer (the stags he shot, the hinds he culled, going up for the stalking); a kilt pin however told (a pin
like a little sword, a pin of the kind a kilt takes); a taxi fitted for
wheelchairs told as a disabled cab or one with a ramp, and the firm he says he drives for or his fares; a man who
takes her out to a reservoir; a man who drinks only the water he brought and will not take her drink; a shake told
as a shake in both his hands; a chef's whites however told; the smell of frying fat as one smell, not engine oil; a
phone on a pole (a selfie stick, a telescopic pole); a YouTuber however he calls himself (a vlogger, a content
creator, videos for YouTube); a tattoo misspelt ("tattood"). And what must not count: stalking her, a stag do, a
walking stick or a stick he hit her with, her own phone on a stick, her own bottle of water or her refusing his
drink, a drink he presses on her, Reservoir Road, her kilt, a chef she saw, a taxi she caught, her bus fare, her
job at a cab firm, a video she saw on YouTube, her own shaking hands, engine oil. Every positive test here fails
on the code before stop 45. All data fictional."""

from __future__ import annotations

import pytest

from tests.test_linkage_series_traits import build, pair_links


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


def kinds(text: str) -> set[str]:
    return {m["kind"] for m in build(text)["marks"]}


# -- what he does and says ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("he bangs on about shooting red deer every autumn", "hunts_deer"),
        ("bragged about the stags he had shot on his uncle's land", "hunts_deer"),
        ("he goes up north every year for the stalking", "hunts_deer"),
        ("told me how to gralloch a beast", "hunts_deer"),
        ("he only drinks from his own bottles, nothing else", "own_water"),
        ("he brought three bottles of water with him in a carrier", "own_water"),
        ("he would not accept any tea I made him", "own_water"),
        ("he declined the coffee she offered, he had his own bottled water", "own_water"),
        ("he drove me up to the reservoir on the tops", "to_reservoir"),
        ("took her out to the resevoir and parked up", "to_reservoir"),
        ("a bad shake in both his hands", "tremor"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in bare(text), (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("says he's a vlogger with thousands of subs", "claims_job:youtuber"),
        ("calls himself a content creator", "claims_job:youtuber"),
        ("this guy who makes videos for youtube", "claims_job:youtuber"),
        ("said he drove for a private hire outfit in town", "claims_job:taxi driver"),
        ("he was between fares, he said", "claims_job:taxi driver"),
        ("he stank of chip fat", "smell:frying"),
        ("reeked of the deep fat fryer", "smell:frying"),
    ],
)
def test_a_job_or_a_smell_told_otherwise_has_its_value(text: str, behaviour: str) -> None:
    assert behaviour in build(text)["behaviours"], (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "not_behaviour"),
    [
        ("he was stalking me for weeks after", "hunts_deer"),
        ("he'd just come from a stag do in town", "hunts_deer"),
        ("she shot him a look and left", "hunts_deer"),
        ("I brought a bottle of water with me", "own_water"),
        ("I refused the drink he offered me", "own_water"),
        ("he brought his own vodka and kept pouring it for me", "own_water"),
        ("he lives on Reservoir Road near the park", "to_reservoir"),
        ("we watched Reservoir Dogs at his", "to_reservoir"),
        ("my hands were shaking for hours after", "tremor"),
        ("I saw a video on youtube about him", "claims_job"),
        ("she drives for a private hire company in the day", "claims_job"),
        ("I got a taxi home and paid the fare", "claims_job"),
        ("he paid my bus fare home", "claims_job"),
    ],
)
def test_what_looks_alike_is_not_the_behaviour(text: str, not_behaviour: str) -> None:
    found = bare(text) | set(build(text)["behaviours"])
    assert not_behaviour not in found, (text, build(text)["behaviours"])


def test_engine_oil_is_no_frying_fat() -> None:
    told = build("his overalls smelled of engine oil")["behaviours"]
    assert "smell:frying" not in told and "smell:oil" in told, told


# -- what he wears or carries, his vehicle, his marks, his voice ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("a gopro fixed on a telescopic pole", "selfie stick"),
        ("he held his phone out on a long extendable stick", "selfie stick"),
        ("waving a selfie-pole about", "selfie stick"),
        ("turned up still in his cook's jacket", "chef whites"),
        ("a white tunic like a chef wears", "chef whites"),
        ("a silver kilt-pin through his tie", "kilt pin"),
        ("a pin shaped like a tiny dagger on his lapel", "kilt pin"),
        ("a big brooch pin, the sort that holds a kilt shut", "kilt pin"),
    ],
)
def test_what_he_brings_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("he hit me with a long stick", "selfie stick"),
        ("he walks with a stick", "selfie stick"),
        ("she wore a kilt to the party", "kilt pin"),
        ("a chef from the takeaway next door saw him", "chef whites"),
        ("he wore a white shirt and jeans", "chef whites"),
    ],
)
def test_what_looks_alike_is_not_the_item(text: str, item: str) -> None:
    assert item not in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    "text",
    ["drove a disabled cab, a big black one", "a minibus with a fold-down ramp", "the wheelchair taxi pulled up"],
)
def test_a_wheelchair_taxi_told_otherwise(text: str) -> None:
    assert "wheelchair access" in build(text)["vehicle_details"], (text, build(text)["vehicle_details"])


@pytest.mark.parametrize(
    "text", ["I got a taxi from the rank", "his mum uses a wheelchair", "a ramp up to the front door"]
)
def test_a_taxi_or_a_ramp_alone_is_no_wheelchair_vehicle(text: str) -> None:
    assert "wheelchair access" not in build(text)["vehicle_details"], (text, build(text)["vehicle_details"])


def test_a_misspelt_tattoo_is_a_tattoo() -> None:
    assert "tattoo" in kinds("a star tattood on his neck")


# -- pairs ----------------------------------------------------------------------------------------------


def test_a_deer_stalker_with_a_kilt_pin_links() -> None:
    a = build("he went on about stalking stags on the hill, and had a kilt pin in his tie")
    b = build("kept talking of shooting deer, a pin like a little sword on his jacket")
    assert pair_links(a, b)


def test_a_wheelchair_cab_to_the_reservoir_links() -> None:
    a = build("he drove a disabled taxi and took me up to the reservoir")
    b = build("a wheelchair cab, he drove her out to the resevoir and would not stop")
    assert pair_links(a, b)


def test_a_shaking_man_with_his_own_water_links() -> None:
    a = build("shaky hands, he only drinks his own bottled water")
    b = build("a shake in both his hands, he brought two bottles of water and would not accept any tea")
    assert pair_links(a, b)


def test_a_vlogger_with_a_selfie_stick_links() -> None:
    a = build("he calls himself a content creator, phone on a telescopic pole")
    b = build("says he's a youtuber, filming us on a selfie stick")
    assert pair_links(a, b)


def test_a_chef_smelling_of_the_fryer_links() -> None:
    a = build("in his chef's whites, stank of chip fat")
    b = build("kitchen whites on, reeked of the deep fat fryer")
    assert pair_links(a, b)


def test_one_coincidence_does_not_link() -> None:
    assert not pair_links(
        build("took me to the reservoir, tall, white"), build("drove her to the reservoir, tall, white")
    )
    assert not pair_links(build("a selfie stick, 20s, thin"), build("phone on a telescopic pole, 20s, thin"))
    assert not pair_links(build("he only drinks his own water, 60s"), build("brought his own bottled water, 60s"))
