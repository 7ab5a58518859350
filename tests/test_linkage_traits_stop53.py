"""Linkage at stop 53 (issue 12, from linkage/dev_zc; each phrasing here invented). What the fresh set told in words not
read yet: an eye that turns ("one eye looks off to the side", "his eyes don't look straight", "wonky eye"); a port-
wine stain told by its colour ("a mark like red wine down his neck"); a gold front tooth; a woman who says she is a
client's wife; "sweet pea" in one word or two; wiping down what he touched with wipes; a job claimed in quotes or with
its trade ("a fashion photographer"); a small notebook, wellies, one overall, many rings, a coat to his ankles, a fur-
trimmed hood, a striped sports shirt, a flavoured vape told fruit last, a dog on the front seat; camper vans and off-
roaders as kinds of vehicle, a "small van" a van; platinum or white-blonde hair as dyed; what he kept saying without
quote marks; a worker's warning of a woman; a news item of a man charged. Identifiers: a warning's handle the text
says is his, a registration a warning writes in lower case after its car, and a chain through a page about one man.
And what must not count: a red mark "on" his neck, her eye, his overall manner, a cloth she wiped herself with, a
striped shirt as a club's hoops, one coincidence between two men, a block list of several numbers as a step in a
chain. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.correlation import Observation, keys_for
from processors.linkage import CHAIN, IDENTIFIER, Linker, Subject
from redaction.pseudonym import Pseudonymiser
from tests.test_linkage_series_traits import build, pair_links

KEY = Pseudonymiser(b"stop-53-test-key-not-a-secret-000000")


def kinds(text: str) -> list[str]:
    return [m["kind"] for m in build(text)["marks"]]


def behaviours(text: str) -> set[str]:
    return set(build(text)["behaviours"])


def items(text: str) -> set[str]:
    return set(build(text)["items"])


# -- marks --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "young lad, one eye sort of looks off to the side when he talks",
        "she says one of his eyes doesn't look straight at you",
        "the man, his left eye go other way, I not know where he look",
        "it was the lanky one with the wonky eye again",
        "bit boss-eyed, shaved head, Burnley accent",
    ],
)
def test_an_eye_that_turns_however_told(text: str) -> None:
    assert "eye" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "he would not look me in the eye the whole time",
        "she got something in her eye and he laughed",
        "his eyes looked tired and red",
    ],
)
def test_her_eye_or_his_gaze_is_no_mark(text: str) -> None:
    assert "eye" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("big fella with a port wine stain on the side of his neck", "neck"),
        ("he have a big mark like red wine on his neck", "neck"),
        ("purple-coloured mark across his cheek, can't miss it", "face"),
        ("a red patch all down the side of his neck", "neck"),
    ],
)
def test_a_port_wine_stain_told_by_its_colour(text: str, place: str) -> None:
    found = [m for m in build(text)["marks"] if m["kind"] == "birthmark"]
    assert found and place in found[0]["places"]


def test_a_red_mark_on_his_neck_is_no_birthmark() -> None:
    assert "birthmark" not in kinds("there was a red mark on his neck where she scratched him")


def test_a_gold_front_tooth() -> None:
    assert "teeth" in kinds("older woman, cropped hair, a gold front tooth when she grinned")


# -- behaviours -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a woman came to the door and said she was the wife of one of my regular clients",
        "watch for the blonde going round saying she's someone's missus",
        "she shouted 'my husband's been coming here' and took photos",
        "interpreter relays she was saying she is the wife of a client",
    ],
)
def test_a_woman_who_says_she_is_a_clients_wife(text: str) -> None:
    assert "claims_wife" in behaviours(text)


@pytest.mark.parametrize(
    "text",
    ["she said her husband was at work all day", "my husband knows what I do", "he said his wife was away"],
)
def test_her_own_husband_or_his_wife_is_no_pretext(text: str) -> None:
    assert "claims_wife" not in behaviours(text)


@pytest.mark.parametrize("text", ["kept callin me sweetpea all nite", "he call me 'sweet pea' every time"])
def test_sweet_pea_one_word_or_two(text: str) -> None:
    assert "name_for_her:sweetpea" in behaviours(text)


@pytest.mark.parametrize(
    "text",
    [
        "after he was wiping the door handles down with wet wipes",
        "wiped his hands wiv baby wipes, used the whole packet",
        "he clean everything he touch with tissue wet before he go",
        "wiped the door handles with antibac wipes before he left",
    ],
)
def test_wiping_down_what_he_touched_with_wipes(text: str) -> None:
    assert "disinfects" in behaviours(text)


@pytest.mark.parametrize(
    "text",
    ["I gave him baby wipes after", "she wiped herself with a tissue", "he wiped his mouth and left"],
)
def test_a_wipe_she_gave_or_used_is_not_his_habit(text: str) -> None:
    assert "disinfects" not in behaviours(text)


@pytest.mark.parametrize(
    "text", ["said he's a fashion photographer from London", "says he's a 'photographer' looking for new faces"]
)
def test_a_photographer_claimed_with_his_trade_or_in_quotes(text: str) -> None:
    assert "claims_job:photographer" in behaviours(text)


@pytest.mark.parametrize(
    "text",
    [
        "he hides a camera then wants paying to delete it",
        "after, I find the phone hide in his rucksack, filming",
        "officers recovered a concealed camera",
        "his phone was propped on the shelf recording the bed",
    ],
)
def test_a_hidden_camera_however_told(text: str) -> None:
    assert "covert_filming" in behaviours(text)


def test_a_phone_on_the_table_is_no_hidden_camera() -> None:
    assert "covert_filming" not in behaviours("he put his phone on the table and took a call")


# -- items ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("he write in little black book everything I say", "notebook"),
        ("scribbles in a small notebook the whole time", "notebook"),
        ("green wellies and a flat cap", "wellies"),
        ("he have rubber boot on, muddy", "wellies"),
        ("he wear overall blue like for farm", "overalls"),
        ("silver rings on most of his fingers", "rings"),
        ("rings all over his hands", "rings"),
        ("full-length leather coat, black", "long coat"),
        ("a coat down to his ankles even in summer", "long coat"),
        ("black puffer with fur round the hood", "fur hood"),
        ("parka with a fur-lined hood", "fur hood"),
        ("green and white striped sports shirt", "striped sports shirt"),
        ("a vape that reeks of strawberries", "sweet vape"),
        ("old pickup wiv a brown dog in the front seat", "dog in car"),
        ("in the passenger seat was a skinny grey lurcher", "dog in car"),
        ("jacket orange, the type for work on roads", "hi-vis"),
    ],
)
def test_items_told_otherwise(text: str, item: str) -> None:
    assert item in items(text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("overall he was polite enough", "overalls"),
        ("a green and white striped sports shirt", "hooped shirt"),
        ("she keeps a notebook computer for bookings", "notebook"),
        ("the dog next door barked all night", "dog in car"),
    ],
)
def test_what_is_not_the_item(text: str, item: str) -> None:
    assert item not in items(text)


# -- vehicles, hair, speech -----------------------------------------------------------------------------------------


def _vehicle(make: str | None, model: str | None, colour: str | None) -> dict[str, Any]:
    return {"make": make, "model": model, "colour": colour}


def _kind(vehicle: dict[str, Any]) -> str | None:
    from processors.similar_offenders import _kind as kind_of

    return kind_of(vehicle)


@pytest.mark.parametrize(
    ("vehicle", "kind"),
    [
        (_vehicle("volkswagen", "camper", "green"), "camper"),
        (_vehicle(None, "pop-top camper van", "lime green"), "camper"),
        (_vehicle("land rover", None, "green"), "off-roader"),
        (_vehicle(None, "jeep", "green"), "off-roader"),
        (_vehicle(None, "4x4", "dark green"), "off-roader"),
        (_vehicle(None, "small van", "white"), "van"),
    ],
)
def test_kinds_of_vehicle(vehicle: dict[str, Any], kind: str) -> None:
    assert _kind(vehicle) == kind


@pytest.mark.parametrize(
    "text", ["platinum pixie cut, 40s", "short white-blonde hair", "blonde nearly white, cut short"]
)
def test_platinum_or_white_blonde_hair_is_dyed(text: str) -> None:
    assert "dyed" in op.hair_words(None, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("kept sayin easy tiger babe easy tiger. then left", "easy tiger"),
        ("he gives me drink, he says easy tiger, easy tiger. I drink", "easy tiger"),
    ],
)
def test_what_he_kept_saying_without_quote_marks(text: str, pair: str) -> None:
    assert pair in op.quoted_pairs(text)


def test_what_she_said_twice_is_not_his() -> None:
    assert op.quoted_pairs("she said easy tiger, easy tiger and laughed") == []


# -- series that link, look-alikes that do not ---------------------------------------------------------------------


def test_a_turned_eye_and_a_fur_hood_link() -> None:
    a = build("ginger lad, one eye looks off to the side, black puffer w fur on the hood, fake transfer")
    b = build("Red hair, a squint, left eye turns out. Black puffa jacket, fur round the hood. Took her cash bag.")
    assert pair_links(a, b)


def test_a_turned_eye_alone_does_not_link_two_men() -> None:
    a = build("ginger lad, one eye looks off to the side, black puffer, fake transfer")
    b = build("bald man, a squint, his left eye turns out, grey suit, took her cash bag")
    assert not pair_links(a, b)


def test_wiping_down_and_a_missing_fingertip_link() -> None:
    a = build("fingertip missing on his right hand. wiped his hands wiv baby wipes after, whole packet")
    b = build("one finger short, the top is not there. before he leave he clean the door handle with tissue wet")
    assert pair_links(a, b)


def test_wiping_down_alone_does_not_link_two_men() -> None:
    a = build("short fat man, wiped his hands wiv baby wipes after, whole packet")
    b = build("tall thin man, before he leave he clean the door handle with tissue wet")
    assert not pair_links(a, b)


def test_a_camper_alone_does_not_link_two_men() -> None:
    a = build("punter in a bright green camper van, paid and left, no trouble till later")
    b = build("man in a lime green campervan took the money back and drove off")
    assert not pair_links(a, b)


# -- a worker's warning of a woman ----------------------------------------------------------------------------------


def test_a_workers_warning_of_a_woman_is_her_profile() -> None:
    content = "Girls in Ashby - watch out for a woman going round flats saying she's someone's missus. Gold tooth."
    assert op.warns_of_a_man({"content": content})
    profile = op.build("desktop_research", {"content": content, "mo": [], "entities": []})
    assert profile is not None and profile["sex"] == "female" and "claims_wife" in profile["behaviours"]


def test_an_advert_about_a_woman_is_no_warning() -> None:
    assert not op.warns_of_a_man({"content": "Watch out for a lady who knows how to treat you, new in town, text me"})


# -- identifiers ----------------------------------------------------------------------------------------------------


def _entity(label: str, normalized: str, text: str) -> dict[str, Any]:
    return {"label": label, "normalized": normalized, "text": text, "role": "offender", "evidence": "offender.form"}


def test_a_warnings_handle_the_text_says_is_his_links() -> None:
    content = "Girls beware - avoid this one. He's on snap as moss_side_max and messages from that."
    record = {"content": content, "entities": [_entity("ONLINE_HANDLE", "moss_side_max", "moss_side_max")]}
    assert "ONLINE_HANDLE:moss_side_max" in keys_for("desktop_research", record)


def test_a_warnings_byline_handle_links_nothing() -> None:
    content = "Girls beware - avoid the bald man in the red Astra. Stay safe, posted by brum_girls_safe"
    record = {"content": content, "entities": [_entity("ONLINE_HANDLE", "brum_girls_safe", "brum_girls_safe")]}
    assert not [k for k in keys_for("desktop_research", record) if k.startswith("ONLINE_HANDLE")]


@pytest.mark.parametrize(
    ("content", "plate"),
    [
        ("Avoid the silver A4 yx21kpl, gets nasty about money", "YX21KPL"),
        ("Beware - black van reg: ab68 cde, he drives off with you", "AB68CDE"),
    ],
)
def test_a_registration_a_warning_writes_in_lower_case(content: str, plate: str) -> None:
    assert f"VEHICLE_REG:{plate}" in keys_for("desktop_research", {"content": content, "entities": []})


@pytest.mark.parametrize(
    "content",
    [
        "Avoid him, he goes by yx21kpl on the forums",  # no car before it
        "Beware, see www.ab68cde.co.uk for the list",
        "New in town, silver A4 yx21kpl, text me",  # an advert: no warning
    ],
)
def test_what_only_looks_like_a_registration(content: str) -> None:
    assert not [k for k in keys_for("desktop_research", {"content": content, "entities": []}) if "VEHICLE_REG" in k]


def _report(rid: str, day: int, text: str, *entities: dict[str, Any]) -> Subject:
    record = {"narrative": text, "entities": list(entities)}
    return Subject(Observation(rid, "nums", f"2026-07-{day:02d}T10:00:00Z", keys_for("nums", record)), record)


def _chained(found: list[dict[str, Any]]) -> set[str]:
    return {r for lk in found if lk["kind"] == IDENTIFIER and lk["attribute"] == CHAIN for r in lk["records"]}


def _warning(linker: Linker, rid: str, day: int, content: str, handle: str, *phones: str) -> None:
    entities = [_entity("PHONE_NUMBER", p, p) for p in phones]
    record = {"content": content, "entities": entities, "handle_refs": [KEY.token("handle", handle)]}
    obs = Observation(rid, "desktop_research", f"2026-07-{day:02d}T10:00:00Z", keys_for("desktop_research", record))
    linker.observe(Subject(obs, record))


def test_a_chain_through_a_warning_about_one_man() -> None:
    linker = Linker({}, KEY)
    handle = _entity("ONLINE_HANDLE", "velvet_viper_77", "velvet_viper_77")
    linker.observe(_report("A", 1, "video call on snap with velvet_viper_77, he recorded it and wants money", handle))
    _warning(linker, "P", 2, "Ladies beware: [HANDLE_1] records your calls. Now he texts from 07700 900611 too.",
             "velvet_viper_77", "+447700900611")  # fmt: skip
    phone = _entity("PHONE_NUMBER", "+447700900611", "07700 900611")
    found = linker.observe(_report("B", 3, "texts from 07700 900611 saying pay or the video goes out", phone))
    assert _chained(found) == {"A"}


def test_no_chain_through_a_block_list_of_several_numbers() -> None:
    linker = Linker({}, KEY)
    handle = _entity("ONLINE_HANDLE", "velvet_viper_77", "velvet_viper_77")
    linker.observe(_report("A", 1, "video call on snap with velvet_viper_77, he recorded it and wants money", handle))
    _warning(linker, "P", 2, "Ladies beware, block all of these: [HANDLE_1], 07700 900611, 07700 900612.",
             "velvet_viper_77", "+447700900611", "+447700900612")  # fmt: skip
    phone = _entity("PHONE_NUMBER", "+447700900611", "07700 900611")
    found = linker.observe(_report("B", 3, "texts from 07700 900611 saying pay or the video goes out", phone))
    assert _chained(found) == set()


def test_a_one_man_page_never_chains_to_another_page() -> None:
    linker = Linker({}, KEY)
    _warning(linker, "P1", 1, "Girls beware: [HANDLE_1] is a scammer, also texts from 07700 900611.",
             "velvet_viper_77", "+447700900611")  # fmt: skip
    _warning(linker, "P2", 2, "Girls beware: [HANDLE_1] again, stay safe.", "velvet_viper_77")
    phone = _entity("PHONE_NUMBER", "+447700900611", "07700 900611")
    found = linker.observe(_report("B", 3, "texts from 07700 900611 saying pay up", phone))
    assert _chained(found) == set()


# -- a news item of a man charged -----------------------------------------------------------------------------------


def test_a_news_item_of_a_man_charged_is_his_profile() -> None:
    content = (
        "Man charged over hidden camera blackmail. A 61-year-old man from Ripon has been charged with voyeurism after "
        "women working in Harrogate reported being filmed. Police recovered a concealed camera from his grey Volvo. "
        "He described himself as a wedding photographer."
    )
    assert op.news_of_a_man({"content": content})
    profile = op.build("desktop_research", {"content": content, "mo": [], "entities": []})
    assert profile is not None
    assert {"covert_filming", "claims_job:photographer"} <= set(profile["behaviours"])


@pytest.mark.parametrize(
    "content",
    [
        "New in town, a 24-year-old student, call me for bookings",
        "Council to review licensing of massage parlours after consultation",
    ],
)
def test_an_advert_or_other_news_is_no_news_of_a_man(content: str) -> None:
    assert not op.news_of_a_man({"content": content})
