"""Linkage at stop 49 (issue 12, from linkage/dev_y; each phrasing here invented). What linked a man in a suit to a
tattooed deckhand's series: both asked for the "girlfriend experience", and the words that asked for it came back as
wording in common, a second feature of the one request (the behaviour had no `vocabulary` list). Now the words each
report told a behaviour with are never wording in common as well, listed or not. Then what the series told in words
not read yet, by family: what he wears or carries (a bucket hat, a small suitcase on wheels, sunglasses kept on
indoors, a work coat with a panel over the shoulders, a camera on his helmet, cycling clothes, a walking frame, a
fake tan, a neck support, an away shirt), marks (a slit shaved into his eyebrow, a tattoo drawn on him, an earring
told as a hoop, plural body parts and motifs), how he speaks (a lisp and a stammer told by what they do), what he does
(a loud laugh, candles lit, filming through her window, recording himself, claiming to fly planes), his smell (paint
and its solvents) and his hair (a ponytail told other ways); and workers' warnings not read as warnings (an address
then "careful" or "alert", two men "doing the rounds"). And what must not count: one coincidence between two
different men (the same town, the same football top, the same first name, one shared request). Every positive test
here fails on the code before stop 49. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.similar_offenders import counted_words
from tests.test_linkage_series_traits import build, page, pair_links


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


def behaviours(text: str) -> set[str]:
    return set(build(text)["behaviours"])


def items(text: str) -> set[str]:
    return set(build(text)["items"])


def marks(text: str) -> list[dict[str, Any]]:
    return list(build(text)["marks"])


# -- the false links: one request, counted twice --------------------------------------------------------------


def test_the_words_of_a_shared_behaviour_are_not_wording_in_common() -> None:
    a = build("tall ginger lad in a suit, asked for the girlfriend experience, hid a camera in his jacket")
    b = build("sailor type, anchors on his hands, wanted a girlfriend experience then grabbed the cash back")
    assert op.behaviour_words("he wanted the girlfriend experience")["asks_gfe"] == ["experience", "girlfriend"]
    counted = counted_words(a, b, op.settings())
    assert {"girlfriend", "experience"} <= counted


def test_one_shared_request_and_its_words_do_not_link_two_men() -> None:
    a = build(
        "Booked a girlfriend experience, tall ginger guy in a suit, very polite. Found a little camera in his "
        "jacket pointing at the bed when he went to the loo."
    )
    b = build(
        "Man like a sailor, red face from wind. He ask girlfriend experience, so I make like girlfriend. After he "
        "push me on bed and take all money from my bag."
    )
    assert not pair_links(a, b)


# -- what he wears or carries ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("had a sky blue bucket hat on the whole time", "bucket hat"),
        ("a blue hat, soft, like for fishing, with a club badge", "bucket hat"),
        ("he wear one cap wey get brim all round", "bucket hat"),
        ("rolls up with a wheelie case like he's off on holiday", "wheeled case"),
        ("he bring small suitcase with wheels into my room", "wheeled case"),
        ("had a carry-on with him the whole booking", "wheeled case"),
        ("kept his shades on indoors like a film star", "sunglasses indoors"),
        ("dark glasses, he not take them off in the room", "sunglasses indoors"),
        ("he kept the mirrored sunglasses on throughout", "sunglasses indoors"),
        ("old navy donkey jacket", "donkey jacket"),
        ("heavy work coat with a leather panel across the shoulders", "donkey jacket"),
        ("his jacket, on the shoulders is like plastic piece", "donkey jacket"),
        ("camera mounted on his helmet", "body camera"),
        ("little camera stuck on top of his lid", "body camera"),
        ("all in tight bike clothes and shoes with clips", "cycling gear"),
        ("in a spandex top, the bike kind", "cycling gear"),
        ("comes in with a frame for walking, very slow", "mobility aid"),
        ("uses a wheeled walker but ran off fine", "mobility aid"),
        ("tan out of a bottle, orange as owt", "tan"),
        ("face brown from tan spray", "tan"),
        ("he wear the support for neck, white", "neck brace"),
        ("club shirt but the away version", "football shirt"),
        ("football clothes of the local team", "football shirt"),
    ],
)
def test_what_he_wears_or_carries_told_other_ways(text: str, item: str) -> None:
    assert item in items(text), text


@pytest.mark.parametrize(
    "text",
    [
        "he carried a bucket of water in from the car",
        "she had her sunglasses on her head",
        "wearing sunglasses, it was sunny out",
        "I packed my suitcase and left the flat",
        "he parked his bike outside and came in",
        "black jacket and leather gloves, pushed me back",
    ],
)
def test_what_is_no_such_item(text: str) -> None:
    assert not items(text) & {"bucket hat", "sunglasses indoors", "wheeled case", "cycling gear", "donkey jacket"}, text


# -- marks --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "his eyebrow have a small cut shave in it",
        "eyebrow with 'slits' shaved in",
        "a gap shaved in his brow",
        "a nick shaved into one eyebrow",
    ],
)
def test_a_slit_shaved_into_his_eyebrow(text: str) -> None:
    assert any(m["kind"] == "scar" and "eyebrow" in m["places"] for m in marks(text)), text


def test_a_line_with_no_hair_in_an_eyebrow_is_no_bald_head() -> None:
    assert "bald" not in build("in his eyebrow is a cut, a line with no hair")["hair_words"]


def test_a_tattoo_drawn_on_him_and_plurals_read_as_one() -> None:
    found = marks("he had anchors drawn on both his wrists")
    assert any(m["kind"] == "tattoo" and m["places"] == ["wrist"] and m["motif"] == ["anchor"] for m in found), found
    assert op.singular("anchors") == "anchor"
    assert op.singular("lotus") == "lotus"


@pytest.mark.parametrize("text", ["single gold hoop in his left ear", "gold earing in 1 ear", "a hoop earring"])
def test_an_earring_is_in_his_ear(text: str) -> None:
    assert any(m["kind"] == "piercing" and "ear" in m["places"] for m in marks(text)), text


# -- how he speaks ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "when he talk the s dey come out like th",
        "he has a problem on the letter S",
        "he cannot say 's' properly",
    ],
)
def test_a_lisp_told_by_what_it_does(text: str) -> None:
    assert "speech:lisp" in behaviours(text), text


@pytest.mark.parametrize("text", ["he st-stop and start again", "the short one trips over every word"])
def test_a_stammer_told_by_what_it_does(text: str) -> None:
    assert "speech:stammer" in behaviours(text), text


def test_no_stammer_in_a_tshirt_or_a_laugh() -> None:
    assert "speech" not in bare("grey t-shirt, ha-ha he said, then left")


# -- what he does, his smell, his hair ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "laugh on him like a foghorn",
        "he cackles like a witch the whole time",
        "a big booming laugh",
        "he laugh very loud, all the time",
        "laughs really loud at everything",
    ],
)
def test_a_loud_laugh(text: str) -> None:
    assert "loud_laugh" in bare(text), text


@pytest.mark.parametrize("text", ["he laughed at me when I asked for the money", "creepy laugh on him"])
def test_laughing_at_her_is_no_loud_laugh(text: str) -> None:
    assert "loud_laugh" not in bare(text), text


@pytest.mark.parametrize(
    "text",
    [
        "wanted candles lit all round the room",
        "he bring candles in his bag, want them all burning",
        "he ask for velas everywhere, no lamp",
        "candle weirdo, makes you light loads",
    ],
)
def test_candles_lit_through_the_booking(text: str) -> None:
    assert "wants_candles" in bare(text), text


@pytest.mark.parametrize(
    "text",
    [
        "filming through my window from the garden",
        "he take video of my room through the glass",
        "stood at my window and filmed me with a client",
        "camera pointed in at the front window of the flat",
    ],
)
def test_filming_her_through_her_window(text: str) -> None:
    assert "films_through_window" in bare(text), text


@pytest.mark.parametrize(
    "text", ["shouted at us from the car and filmed through the window", "he wound the car window down and filmed"]
)
def test_filming_from_his_car_window_is_not_her_window(text: str) -> None:
    assert "films_through_window" not in bare(text), text


@pytest.mark.parametrize(
    "text", ["he press on his phone to make audio message all the time", "kept recording himself talking on his phone"]
)
def test_recording_himself_through_the_booking(text: str) -> None:
    assert "records_audio" in bare(text), text


@pytest.mark.parametrize(
    "text",
    ["he tell he is pilot for big company", "he say he is aeroplane captain", "he present himself like pilot of plane"],
)
def test_a_pilot_however_claimed(text: str) -> None:
    assert "claims_job:pilot" in behaviours(text), text


@pytest.mark.parametrize(
    "text",
    [
        "stank o' turps",
        "reeks of white spirit",
        "smell very strong of solvent",
        "a strong solvent odour",
        "smelled of chemical, 'like decorating'",
    ],
)
def test_paint_and_its_solvents_are_one_smell(text: str) -> None:
    assert "smell:paint" in behaviours(text), text


@pytest.mark.parametrize(
    "text",
    ["hair is grey and long, tied behind with elastic", "cabelo grey in rabo de cavalo", "old boy, grey ponytail"],
)
def test_a_ponytail_told_other_ways(text: str) -> None:
    assert "ponytail" in build(text)["hair_words"], text


def test_her_ponytail_is_not_his() -> None:
    assert "ponytail" not in build("he grabbed my long ponytail and pulled")["hair_words"]


# -- whole series told by different hands link ---------------------------------------------------------------------


def test_the_candle_man_told_two_ways_links() -> None:
    a = build("old fella, grey hair scraped back in a ponytail, stank o' turps, wants candles lit all over")
    b = build(
        "very old, hair grey, tied behind with rubber band. Smell strong of solvent. He bring candles, want burning"
    )
    assert pair_links(a, b)


def test_the_pilot_told_two_ways_links() -> None:
    a = build("reckons hes a pilot, wheelie suitcase, aviator shades on indoors the whole time")
    b = build("he tell he is pilot. small suitcase with wheels. glasses of sun he not take off in room")
    assert pair_links(a, b)


def test_the_loud_man_on_a_frame_told_two_ways_links() -> None:
    a = build("comes in on a zimmer, laugh on him like a foghorn, took my phone")
    b = build("he use the frame for walking but he is strong. His laugh is so loud, everyone hear")
    assert pair_links(a, b)


def test_the_cyclist_at_her_window_told_two_ways_links() -> None:
    a = build("bloke in lycra with a camera mounted on his helmet, filming through my window")
    b = build("man in tight bike clothes, camera on top of his helmet, he take video through the glass of my room")
    assert pair_links(a, b)


# -- workers' warnings --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Salut fete! Girls in Swindon, careful: man with a walking frame who is not weak at all. He took my phone.",
        "Swindon girls 'Captain' alert. Says he flies planes, keeps his shades on inside. He will try it on.",
        "Swindon ladies, two brothers doing the rounds. The tall one has a neck brace, the short one stammers. "
        "They threatened my housemate when she asked them to go.",
    ],
)
def test_a_warning_of_a_man_told_other_ways(content: str) -> None:
    assert op.warns_of_a_man(page(content)), content


def test_an_advert_addressed_to_ladies_warns_of_no_man() -> None:
    content = "FRESH FACES! New ladies every week - don't miss out! 30 mins £70, call now"
    assert not op.warns_of_a_man(page(content))


# -- coincidences between two different men stay unlinked -----------------------------------------------------------


def test_two_men_in_one_town_in_the_same_football_top_stay_unlinked() -> None:
    a = build("young lad in the away top, took the condom off, Bradford city centre")
    b = build("big man, 50s, the away top on, would not pay, Bradford city centre")
    assert not pair_links(a, b)


def test_two_men_of_one_first_name_stay_unlinked() -> None:
    a = build("said his name was Gethin, bucket hat, paid with a fake screenshot")
    b = build("called himself Gethin, bald, tattoo of a rose on his neck, choked me")
    assert not pair_links(a, b)


def test_one_loud_laugh_alone_does_not_link_two_men() -> None:
    a = build("tall thin man, laughs really loud, would not pay")
    b = build("short fat man with a booming laugh, pushed me over")
    assert not pair_links(a, b)


def test_one_bucket_hat_in_one_town_does_not_link_two_men() -> None:
    a = build("young lad in a bucket hat, snatched my phone")
    b = build("old man in a fishing hat, wanted to film")
    assert not pair_links(a, b)


@pytest.mark.parametrize("text", ["I recorded his voice on my phone as evidence", "she recorded him shouting"])
def test_her_recording_of_him_is_not_his_recording(text: str) -> None:
    assert "records_audio" not in bare(text), text
