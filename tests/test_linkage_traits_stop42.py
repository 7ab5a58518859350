"""Linkage at stop 42 (issue 12, from linkage/dev_r; each phrasing here invented): warnings told
as an "ALERT", as what to do if he gets in touch, or as a police appeal; his own account told
as a thread reply signed "from [HANDLE_1]", of going on after her no, of a threat to tell her
college or family, of keeping her when she wanted to go. Traits told in other words: a sailing
jacket, a string tie with a clasp, a bow tie, tweed, cowboy boots; a boat he takes her to; a
bath before anything; bolting her in; a ship's captain or seaman; Latin; a threat to tell her
college; money counted loud in his language; a cyclist; the farm on him; "one-eyed";
introduced as "the Captain". And what must not count: adverts, a missing woman's appeal, a
harmless review, a rain jacket, a tie pin, a bow in her hair, the river Tweed, a boat trip,
barging in, her own bath, the car's central locking, "wouldn't let her out until" (many men),
an airline captain, Latin America, her own course, a cyclist passing by; a tan counted twice
(as an item and as a rare word, dev_d's one false pair). Every positive test here fails on the
code before stop 42. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.similar_offenders import score
from tests.test_linkage_series_traits import build, pair_links


def page(content: str, mo: list[str] | None = None) -> dict[str, Any]:
    return {"content": content, "mo": mo or [], "entities": [], "location": "Leeds"}


def page_profile(content: str) -> dict[str, Any] | None:
    return op.build("desktop_research", page(content))


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


# -- warnings told otherwise ------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "CREEP ALERT ‼️ Kirkstall Road. Tall lad, blue hatchback, takes the money back after.",
        "Chapeltown — the man in the red Corsa is out again. If he rings, ignore. Snatches your phone off you.",
        "Officers are appealing for help to trace a man after two women were robbed in Dewsbury. He is described as "
        "white, in his 40s, with a scar on his chin.",
        "Anyone with information about the man in the grey van, he has a limp, should call 101.",
    ],
)
def test_an_alert_what_to_do_if_he_rings_or_a_police_appeal_is_a_warning(content: str) -> None:
    assert op.warns_of_a_man(page(content)), content


@pytest.mark.parametrize(
    "content",
    [
        "NEW GIRL ALERT 💋 sweet and petite, she's here all week, text me for rates",
        "Police are appealing for help to find a missing woman. She was last seen in Batley on Friday.",
        "If he rings, I'll answer: he's my brother and he's collecting me at six",
    ],
)
def test_an_advert_a_missing_woman_or_a_plain_remark_is_no_warning(content: str) -> None:
    assert not op.warns_of_a_man(page(content)), content


# -- his own account ---------------------------------------------------------------------------

OWN = [
    "Review by [HANDLE_1] » 7/10. Did it without a johnny even though she said she didn't want to, her loss lol",
    "Field report by [HANDLE_1]: she ignores my messages now. Should she carry on I will inform her college of "
    "what she gets up to at night",
    "Review posted by [HANDLE_1]: she wanted to leave at 11 but the door stays locked till I'm done 😂",
    "Re: Leeds independents — a word of advice to the ladies, from [HANDLE_1]\nOne of you laughed at me. Her little "
    "video lands in her mum's inbox tonight.",
]


@pytest.mark.parametrize("content", OWN)
def test_his_own_account_told_otherwise_is_profiled(content: str) -> None:
    assert page_profile(content) is not None, content


@pytest.mark.parametrize(
    "content",
    [
        "Review by NiceGuyNorm » 9/10. She wanted to go home early but I paid for the full hour anyway, lovely girl",
        "Review by [HANDLE_1]: she said no to kissing and I respected that, 10/10 would book again",
        "Re: Leeds independents — recommendations please, from [HANDLE_1]\nAny ladies near the station?",
    ],
)
def test_a_harmless_review_or_a_question_is_not_his_own_account(content: str) -> None:
    assert page_profile(content) is None, content


# -- what he wears, drives and does, told otherwise ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("he had a navy yachting coat on", "sailing jacket"),
        ("a yellow jacket for sailing, hood in the collar", "sailing jacket"),
        ("turned up in his oilskins", "sailing jacket"),
        ("a bootlace tie with a silver clasp", "bolo tie"),
        ("one of those cord ties with a green stone", "bolo tie"),
        ("bolo tie", "bolo tie"),
        ("red dickie bow and braces", "bow tie"),
        ("he wore a bow tie", "bow tie"),
        ("a tweedy old jacket", "tweed"),
        ("western-style boots with a heel", "snakeskin boots"),
        ("shoes like a cowboy, pointed", "snakeskin boots"),
    ],
)
def test_what_he_wears_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("a waterproof rain jacket", "sailing jacket"),
        ("the flat had a sea view", "sailing jacket"),
        ("a black tie with a tie pin", "bolo tie"),
        ("a tie pin with a stone in it", "bolo tie"),
        ("she had a bow in her hair", "bow tie"),
        ("he said he was from Berwick-upon-Tweed", "tweed"),
    ],
)
def test_what_looks_alike_is_not_the_item(text: str, item: str) -> None:
    assert item not in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    "text",
    ["he lives on a houseboat by the marina", "took me aboard his boat", "his boat was moored at the lock"],
)
def test_a_boat_he_takes_her_to(text: str) -> None:
    assert "boat" in build(text)["vehicle_details"], text


@pytest.mark.parametrize("text", ["we went on a boat trip once", "he barged in without knocking"])
def test_a_boat_trip_or_barging_in_is_no_boat(text: str) -> None:
    assert "boat" not in build(text)["vehicle_details"], text


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("insisted I have a bath first", "bath_first"),
        ("he'd run a bath ready before I arrived", "bath_first"),
        ("he padlocked the cabin door behind me", "keeps_her_in"),
        ("got me on his barge and then wouldn't let me off", "keeps_her_in"),
        ("the hatch stayed bolted", "keeps_her_in"),
        ("says he was in the merchant navy", "seafarer"),
        ("told me he used to be a ship's captain", "seafarer"),
        ("he was captain of a trawler for years", "seafarer"),
        ("kept quoting Latin at me", "speaks_latin"),
        ("his texts are full of Latin phrases", "speaks_latin"),
        ("said he would email my university", "threatens_college"),
        ("threatened to tell her tutors what she does", "threatens_college"),
        ("he knows which campus I'm at", "threatens_college"),
        ("counted the notes in Romanian, really loud", "counts_aloud"),
        ("he cycles everywhere, even in the rain", "comes_by_bike"),
        ("a keen cyclist, lycra under his coat", "comes_by_bike"),
        ("stank of manure", "smell"),
        ("introduced himself as 'Skipper'", "name_for_him"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in bare(text), (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "not_behaviour"),
    [
        ("I had a bath after he left", "bath_first"),
        ("I always have a bath before work", "bath_first"),
        ("he locked the car doors", "keeps_her_in"),
        ("he wouldn't let me pay for the taxi", "keeps_her_in"),
        # many reports of different men tell this: no trait of one man
        ("he wouldn't let me out of the car until I paid him back", "keeps_her_in"),
        ("he wouldn't let me off paying for the room", "keeps_her_in"),
        ("a keen cyclist build, lean", "comes_by_bike"),
        ("said he was an airline captain", "seafarer"),
        ("he is captain of the darts team", "seafarer"),
        ("he was Latin American, maybe Colombian", "speaks_latin"),
        ("met him at a Latin dance class", "speaks_latin"),
        ("I'm at college in the day", "threatens_college"),
        ("a cyclist was passing and stopped", "comes_by_bike"),
    ],
)
def test_what_looks_alike_is_not_the_behaviour(text: str, not_behaviour: str) -> None:
    assert not_behaviour not in bare(text), (text, build(text)["behaviours"])


def test_the_farm_on_him_however_named_is_one_smell() -> None:
    assert "smell:farm" in build("stank of silage")["behaviours"]
    assert "smell:farm" in build("a strong smell of livestock off him")["behaviours"]
    assert "smell:farm" not in build("smelled of aftershave")["behaviours"]


def test_a_one_eyed_man_has_the_eye_mark() -> None:
    assert any(m["kind"] == "eye" for m in build("the one-eyed bloke from the market")["marks"])


def test_a_bolted_door_is_the_trait_a_generic_wouldnt_let_her_leave_is_not() -> None:
    assert "keeps_her_in" in bare("bolted the door of the cabin and kept me there till dawn")
    assert "keeps_her_in" not in bare("I was not allowed to leave for five hours")


# -- links -----------------------------------------------------------------------------------


def test_a_boat_and_a_sailing_jacket_link_an_old_man_in_a_red_jacket_does_not() -> None:
    a = build("took me to his narrowboat on the canal, yellow sailing jacket, bolted the hatch from the inside")
    b = build("lives on a canal boat, wears a yachting coat, bolted the cabin door and kept me there")
    assert pair_links(a, b)
    assert not pair_links(a, build("old man, white beard, red jacket, didn't pay"))


def test_a_bath_first_and_a_bolo_tie_link_a_tie_alone_does_not() -> None:
    a = build("he made me get in a bath first, bolo tie with a blue stone, cowboy boots")
    b = build("insisted I bathe before anything, bootlace tie with a silver clasp")
    assert pair_links(a, b)
    assert not pair_links(a, build("businessman in a suit and a black tie, paid fine"))


def test_latin_and_a_bike_link_a_cyclist_alone_does_not() -> None:
    a = build("he cycles everywhere and kept quoting Latin at me, tweed jacket")
    b = build("arrived on a racing bike, letters full of Latin phrases, threatened to tell my university")
    assert pair_links(a, b)
    assert not pair_links(a, build("came on a bike, young lad in a hoodie, didn't pay"))


def test_a_tan_is_one_trait_not_a_rare_word_as_well() -> None:
    a = build("man with a London accent, grey hair, tanned, choked me at the hotel")
    b = build("Essex accent, white, 40s, tanned, gym build, filmed me on his phone")
    m = score(a, b, "B", op.settings())
    assert "text" not in m.features, m.reasons
    assert not pair_links(a, b)
