"""Similar-offender reading at stop 40 (issue 12, from linkage/dev_p; each phrasing here
invented): classes of trait told in many words. A leg not his own told by what it is or does;
a car's roof in squares of two colours; "duchess" however he addresses her; a team's captain
as the name he wants (never an airline's pilot); turning on her when his team loses; chanting
football songs; a mechanic's one-piece and his blackened hands; soaked in fuel; a recovery
truck told by what it carries; pale patches where the skin lost its colour; an electric car;
recording her voice from his top pocket; a "portfolio shoot", a tripod and a camera bag, a
photographer however introduced; a boxer's claim told by the ring; a couple who book
together, the woman filming; a warning of a couple. And what must not count: a leg "real
sore", a checked shirt, a roof he checked, the Duchess pub, an airline captain, a temper
lost, test results back, prayers chanted, spots on a t-shirt, an electric scooter, his voice
recorded by her, a property portfolio, a boxer dog or boxer shorts, "a couple of weeks", a
woman at reception; a colour of his dirty hands or of a two-tone roof as his ethnicity, a
small car as his build; and the look-alikes' single traits. Every positive test here fails
on the code before stop 40. All data fictional."""

from __future__ import annotations

import pytest

from processors import offender_profile as op
from processors.similar_offenders import links, score
from tests.test_description import describe
from tests.test_linkage_series_traits import build


def items(text: str) -> list[str]:
    return build(text)["items"]


def behaviours(text: str) -> list[str]:
    return build(text)["behaviours"]


def details(text: str) -> list[str]:
    return build(text)["vehicle_details"]


def kinds(text: str) -> set[str]:
    return {m["kind"] for m in build(text)["marks"]}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("his right leg isn't real, he told me so himself", "prosthetic"),
        ("he's carbon and steel from the knee down on the left", "prosthetic"),
        ("you could hear a metallic click from his left leg on the stairs", "prosthetic"),
        ("before bed he unclipped his leg and stood it by the door", "prosthetic"),
        ("he has vitiligo, mostly on his neck", "skin patches"),
        ("pale blotches across his cheeks and round his lips", "skin patches"),
        ("his hands had white patches where the colour had gone", "skin patches"),
        ("patchy white skin on both wrists", "skin patches"),
    ],
)
def test_marks_told_otherwise(text: str, kind: str) -> None:
    assert kind in kinds(text), (text, build(text)["marks"])


@pytest.mark.parametrize(
    ("text", "not_kind"),
    [
        ("his leg was real sore after five-a-side", "prosthetic"),
        ("his knee clicked when he knelt down", "prosthetic"),
        ("he took off his jeans and folded them", "prosthetic"),
        ("white spots of paint on his t-shirt", "skin patches"),
        ("patches sewn on his jacket sleeves", "skin patches"),
        ("damp patches on the ceiling of the flat", "skin patches"),
    ],
)
def test_what_looks_alike_is_not_the_mark(text: str, not_kind: str) -> None:
    assert not_kind not in kinds(text), (text, build(text)["marks"])


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("a little hatchback with a chessboard pattern roof", "chequered roof"),
        ("the roof was done in black and white squares", "chequered roof"),
        ("checkered roof on a small red car", "chequered roof"),
        ("his car has a roof like a chequered flag", "chequered roof"),
        ("drives an electric hatchback, silver", "electric car"),
        ("the car made no sound at all when he pulled away", "electric car"),
        ("a white tesla parked on the corner", "electric car"),
        ("came in an RAC-style van with the orange beacon", "recovery truck"),
        ("a lorry with a smashed-up car on the back", "recovery truck"),
        ("a big truck which tows cars for a garage", "recovery truck"),
    ],
)
def test_vehicle_details_told_otherwise(text: str, detail: str) -> None:
    assert detail in details(text), (text, details(text))


@pytest.mark.parametrize(
    ("text", "not_detail"),
    [
        ("he wore a checked shirt and jeans", "chequered roof"),
        ("he checked the roof rack for his bag", "chequered roof"),
        ("a chequered flag on the telly behind him", "chequered roof"),
        ("he rides an electric scooter", "electric car"),
        ("he plugged his phone charger in by the bed", "electric car"),
        ("he made no sound when he came in", "electric car"),
        ("he drove a lorry for a living, he said", "recovery truck"),
        ("a truck parked at the back of the shop", "recovery truck"),
    ],
)
def test_what_looks_alike_is_not_the_detail(text: str, not_detail: str) -> None:
    assert not_detail not in details(text), (text, details(text))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("in a filthy boiler suit, zipped to the neck", "overalls"),
        ("wearing green coveralls from work", "overalls"),
        ("his fingers were black with grease", "oily hands"),
        ("his hands stained black, he never washed them", "oily hands"),
        ("hands all black, like from a motor", "oily hands"),
        ("set up a tripod at the foot of the bed", "tripod"),
        ("brought a camera rucksack and two lenses", "camera bag"),
    ],
)
def test_what_he_wears_or_carries_told_otherwise(text: str, item: str) -> None:
    assert item in items(text), (text, items(text))


@pytest.mark.parametrize(
    ("text", "not_item"),
    [
        ("a grey suit and a tie", "overalls"),
        ("he was black, hands big like shovels", "oily hands"),
        ("a gym bag and a phone charger", "camera bag"),
    ],
)
def test_what_looks_alike_is_not_the_item(text: str, not_item: str) -> None:
    assert not_item not in items(text), (text, items(text))


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("kept referring to me as his duchess all night", "name_for_her:duchess"),
        ("he kept calling me duchess", "name_for_her:duchess"),
        ("'see you next week, duchess' he said at the door", "name_for_her:duchess"),
        ("he made me call him skipper all night", "name_for_him:captain"),
        ("he wanted me to call him cap'n", "name_for_him:captain"),
        ("I had to address him as capitano", "name_for_him:captain"),
        ("he asked to be called the captain", "name_for_him:captain"),
        ("when his side got beaten he went for me", "team_lost"),
        ("after the full-time score came through he smashed my phone", "team_lost"),
        ("their lot went down 2-1 and he took it out on me", "team_lost"),
        ("he chanted all the way to the flat", "chants"),
        ("bellowing terrace anthems in the shower", "chants"),
        ("singing like he was at the ground", "chants"),
        ("he smelled like he'd been swimming in diesel", "smell:petrol"),
        ("whiff of unleaded off his jacket, like he'd been soaked in unleaded", "smell:petrol"),
        ("his phone was in his breast pocket, recording the whole time", "records_audio"),
        ("he taped our conversation without asking", "records_audio"),
        ("I saw a voice recorder app open on his screen", "records_audio"),
        ("offered her a free portfolio if she'd do the booking", "portfolio_shoot"),
        ("wanted to do 'portfolio pics' before anything else", "portfolio_shoot"),
        ("introduced himself as a fashion photographer", "claims_job:photographer"),
        ("calls himself a photographer on his page", "claims_job:photographer"),
        ("told me he's a pro boxer", "claims_job:boxer"),
        ("said he'd bust his knuckles sparring", "claims_job:boxer"),
        ("his wrist was taped, said he hurt it in the ring", "claims_job:boxer"),
        ("a husband and wife booked me for a threesome", "couple_books"),
        ("got a couples booking through the site", "couple_books"),
        ("booked by a couple from out of town", "couple_books"),
        ("his girlfriend had her phone out recording us", "partner_films"),
        ("the woman with him was filming on her phone", "partner_films"),
        ("his wife kept her phone up the whole time", "partner_films"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in behaviours(text), (text, behaviours(text))


@pytest.mark.parametrize(
    ("text", "not_behaviour"),
    [
        ("we went to the Duchess pub on the corner", "name_for_her:duchess"),
        ("he said he was an airline captain", "name_for_him:captain"),
        ("he lost his temper over nothing", "team_lost"),
        ("the team at the clinic lost my notes", "team_lost"),
        ("her test results came back clear", "team_lost"),
        ("he chanted prayers under his breath", "chants"),
        ("he sent me voice notes all week", "records_audio"),
        ("I recorded his voice on my phone as evidence", "records_audio"),
        ("he boasted about his property portfolio", "portfolio_shoot"),
        ("her photographer friend took the pictures for her advert", "claims_job:photographer"),
        ("he had a boxer dog in the back of the car", "claims_job:boxer"),
        ("he was only in his boxer shorts", "claims_job:boxer"),
        ("a couple of weeks ago he booked me again", "couple_books"),
        ("he kept talking about his wife and kids", "couple_books"),
        ("the woman at reception recorded my name", "partner_films"),
        ("he filmed me while his wife was at work", "partner_films"),
    ],
)
def test_what_looks_alike_is_not_the_behaviour(text: str, not_behaviour: str) -> None:
    assert not_behaviour not in behaviours(text), (text, behaviours(text))


def test_a_teams_captain_is_his_name_not_an_airline_pilot():
    assert "name_for_him:captain" in behaviours("made her call him 'the captain'")
    assert "name_for_him:pilot" not in behaviours("made her call him 'the captain'")
    assert "claims_job:pilot" in behaviours("he said he was an airline captain")


def test_a_warning_of_a_couple_is_a_warning_of_him():
    warning = "BEWARE couple bookings in Leeds. Man & woman, she books, she films you on her phone, he takes cash."
    page = {"content": warning}
    assert op.warns_of_a_man(page)
    # a warning of a couple told of her alone is of no man
    assert not op.warns_of_a_man({"content": "Beware: couple bookings off this number, she never shows up."})


def test_a_small_car_is_not_his_build():
    assert op.build_in("small red mini, black/white checked roof") is None
    assert op.build_in("big white van, no plates") is None
    assert op.build_in("small build, drives a big white van") == "small"


def test_a_colour_of_his_dirty_hands_or_of_a_roof_is_no_ethnicity(pipeline):
    for text in (
        "He was in navy overalls, his hands were black with oil, proper engrained.",
        "She describes him as a mechanic: wearing overalls, hands stained black.",
        "Male approx 60, grey hair. Small red Mini, black/white checked roof.",
    ):
        got = describe(pipeline, text) or {}
        assert got.get("ethnicity") is None, (text, got)
    assert describe(pipeline, "He is black, 40s, tall.")["ethnicity"] == "black"


def _links(a: str, b: str, **kw: object) -> bool:
    s = op.settings()
    return links(score(build(a, **kw), build(b, **kw), "B", s), s)


def test_a_false_leg_a_chequered_roof_and_duchess_link_a_red_car_and_a_limp_do_not():
    a = "one of his legs is not real, drives a red hatchback with a chessboard roof, kept calling me duchess"
    b = "he unclipped his leg before bed; small red car, checkered roof; 'night night duchess'"
    assert _links(a, b)
    c = "old man, red mini, walks with a limp, calls everyone love"
    assert not _links(a, c)


def test_a_football_shirt_his_captain_name_and_a_lost_match_link_a_shirt_alone_does_not():
    a = "in a football top, made me call him skipper, went mental when his team lost"
    b = "footy shirt on, had to call him the captain, chanting terrace songs, his side got beat and he lashed out"
    assert _links(a, b)
    c = "man in a football shirt, had the match on the telly, paid fine"
    assert not _links(a, c)


def test_a_mechanics_suit_hands_fuel_and_truck_link_overalls_and_a_van_do_not():
    a = "boiler suit on, hands black with grease, stank of diesel, came in a tow truck"
    b = "in overalls, oil under his nails, reeked of unleaded, parked an AA-style truck outside"
    assert _links(a, b)
    c = "a man in overalls, white van, paid cash"
    assert not _links(a, c)


def test_pale_patches_an_electric_car_and_his_recording_link_a_white_car_does_not():
    a = "he has vitiligo on his hands, white electric car, recorded my voice on his phone"
    b = "pale patches around his mouth, drives a tesla, phone in his shirt pocket recording"
    assert _links(a, b)
    c = "white car, kept his phone in his pocket, white male 40s"
    assert not _links(a, c)


def test_a_photographers_portfolio_shoot_and_tripod_link_a_camera_bag_alone_does_not():
    a = "introduced himself as a photographer, wanted a portfolio shoot, set up a tripod"
    b = "calls himself a photographer, offered free portfolio pics, brought a camera bag and a tripod"
    assert _links(a, b)
    c = "a man with a camera bag who filmed me on his phone"
    assert not _links(a, c)


def test_a_boxers_claim_with_his_bandage_and_chain_links_a_plumber_with_them_does_not():
    a = "said he's a boxer, right hand in a bandage, chunky gold chain"
    b = "hand strapped in a bandage from sparring, big gold chain, claims to be a pro boxer"
    assert _links(a, b)
    c = "gold chain and a bandage on his hand, said he was a plumber"
    assert not _links(a, c)


def test_a_couple_who_book_and_she_films_link_his_wife_mentioned_does_not():
    a = "a couple booked me, the woman filmed on her phone, he took my cash"
    b = "husband and wife booked a threesome, his wife kept her phone up filming, then he robbed me"
    assert _links(a, b)
    c = "a couple of weeks ago a man booked me, his wife rang me after"
    assert not _links(a, c)
