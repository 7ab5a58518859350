"""Similar-offender reading at stop 39 (issue 12, from linkage/dev_o; each phrasing here
invented): classes of trait told in many words. A hook or claw for a hand; an eye not his own
(and a parsed "prosthetic" that is that eye, not a false limb); burn marks told by what made
them; a snake or another reptile he keeps; a roll or case of blades laid out; protective gear
worn for hygiene (a medical mask, latex gloves) and his own disinfectant; a walking frame; a
biker club's cut, his chopper and a threat with his club; a stammer told by what it does; a
timer he runs on her; a cook's or a trainer's claim however told (a gym's branded top is that
claim again, not a second feature); "no hair" on his head; an endearment he calls everyone.
And what must not count: a tattoo of a snake, one kitchen knife,
a balaclava, leather gloves, a mobility scooter, a metal frame on a van's roof, a man called
Chopper, his club where he drinks, her own timer, a smell of disinfectant, "no hair" on his
chest, and the look-alikes' single traits. Every test here fails on the code before stop 39.
All data fictional."""

from __future__ import annotations

import pytest

from processors import offender_profile as op
from processors.similar_offenders import links, score
from tests.test_linkage_series_traits import build


def items(text: str) -> list[str]:
    return build(text)["items"]


def behaviours(text: str) -> list[str]:
    return build(text)["behaviours"]


def kinds(text: str, **structured: object) -> set[str]:
    return {m["kind"] for m in build(text, **structured)["marks"]}


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("kept a corn snake in a plastic tub on the passenger seat", "snake or reptile"),
        ("there was a lizard in a glass case in his boot", "snake or reptile"),
        ("a boa constrictor in a vivarium in the back of his van", "snake or reptile"),
        ("he unrolled a leather knife wrap on the dresser", "knife roll"),
        ("his blades were rolled up in a canvas pouch", "knife roll"),
        ("he laid all his knives out on the duvet", "knife roll"),
        ("wore a paper mask like at the dentist the whole time", "medical mask"),
        ("a surgical face mask, never came off", "medical mask"),
        ("latex gloves on throughout", "medical gloves"),
        ("he pulled on thin blue rubber gloves", "medical gloves"),
        ("shuffled in on a zimmer", "mobility aid"),
        ("he pushes a rollator about", "mobility aid"),
        ("his walking frame was parked in the hall", "mobility aid"),
        ("wore his club colours on a denim cut", "biker cut"),
        ("a leather vest covered in patches", "biker cut"),
        ("sleeveless denim jacket with a gang insignia on the back", "biker cut"),
    ],
)
def test_what_he_wears_or_carries_told_otherwise(text: str, item: str) -> None:
    assert item in items(text), (text, items(text))


@pytest.mark.parametrize(
    ("text", "not_item"),
    [
        ("a cobra tattoo on his forearm and snakeskin boots", "snake or reptile"),
        ("pulled a kitchen knife on me in the car", "knife roll"),
        ("wore a balaclava and a hoodie", "medical mask"),
        ("black leather gloves and a dark coat", "medical gloves"),
        ("he gets about on a mobility scooter", "mobility aid"),
        ("white van with a metal frame on the roof", "mobility aid"),
        ("a black leather jacket and jeans", "biker cut"),
    ],
)
def test_what_looks_alike_is_not_the_item(text: str, not_item: str) -> None:
    assert not_item not in items(text), (text, items(text))


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("set a stopwatch going on the bedside cabinet", "times_her"),
        ("he kept looking at his timer and telling me the minutes left", "times_her"),
        ("he shouted out the remaining minutes like a coach", "times_her"),
        ("wiped everything down with antibacterial wipes he carries", "disinfects"),
        ("brought a bottle of sanitiser and sprayed the sheets", "disinfects"),
        ("said his MC would pay me a visit", "club_threat"),
        ("told me his brothers from the chapter would find me", "club_threat"),
        ("he's a sous chef at some hotel", "claims_job:chef"),
        ("said he was a cook, showed me his hands", "claims_job:chef"),
        ("he cooks at a restaurant in town, he said", "claims_job:chef"),
        ("he works as a PT at a gym", "claims_job:personal trainer"),
        ("told me he was a fitness coach", "claims_job:personal trainer"),
        ("in a black top with the gym logo on the chest", "claims_job:personal trainer"),
        ("he couldn't get his words out, went red", "speech:stammer"),
        ("kept getting stuck on the first sounds of words", "speech:stammer"),
        ("he said 'p-p-please' at the door", "speech:stammer"),
        ("calls everyone 'petal', even the maid", "name_for_her:petal"),
        ("while I was in the shower he took my phone and went", "phone_while_away"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in behaviours(text), (text, behaviours(text))


@pytest.mark.parametrize(
    ("his", "not_his", "behaviour"),
    [
        ("he put a stopwatch on the table", "I set a timer on my phone for the hour", "times_her"),
        ("sprayed the pillows with disinfectant", "the room smelled of disinfectant", "disinfects"),
        ("said his club would sort me out", "we met at a club in town and his brothers were there", "club_threat"),
        ("said he was a gym instructor", "his trainers were white and new", "claims_job:personal trainer"),
    ],
)
def test_his_trait_not_what_others_do(his: str, not_his: str, behaviour: str) -> None:
    assert behaviour in behaviours(his), (his, behaviours(his))
    assert behaviour not in behaviours(not_his), (not_his, behaviours(not_his))


def test_taking_her_phone_while_she_is_away_is_generic():
    # what many thieves do: it counts with the generic traits, never as a feature
    assert op.behaviour_specs()["phone_while_away"][2] is True


def test_a_chopper_is_his_bike_not_his_name():
    assert "chopper" in build("rode a custom bike with raked forks")["vehicle_details"]
    assert "chopper" in build("a chopper, loud as anything, parked on the pavement")["vehicle_details"]
    assert "chopper" not in build("a bloke they called Chopper filmed it")["vehicle_details"]
    assert "chopper" not in build("a police chopper overhead all night")["vehicle_details"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a steel hook where his right hand should be", "prosthetic"),
        ("his left hand is a metal claw", "prosthetic"),
        ("one of his eyes is glass, milky", "eye"),
        ("an artificial left eye that stares", "eye"),
        ("marks from burning all over his neck", "burn"),
    ],
)
def test_marks_told_otherwise(text: str, kind: str) -> None:
    assert kind in kinds(text), (text, build(text)["marks"])


def test_a_hook_on_his_coat_is_no_false_hand():
    assert "prosthetic" not in kinds("he hung his coat on the hook and washed his hand")


def test_a_parsed_prosthetic_that_is_an_eye_is_the_eye():
    # the parser kept "prosthetic" alone; the text says it is his eye
    got = kinds("bloke with a 'dead eye' (prosthetic, left), drives a van", marks=["prosthetic"])
    assert got == {"eye"}, got
    # a false leg stays a false limb; a hearing aid the parser kept stays one beside a walking stick
    assert "prosthetic" in kinds("he has a prosthetic below the knee", marks=["prosthetic"])
    assert "hearing aid" in kinds("walking stick and hearing aid, 70s", marks=["hearing aid"])


def test_no_hair_on_his_head_is_bald_none_on_his_chest_is_not():
    assert "bald" in build("big man, no hair on his head, tattoos")["hair_words"]
    assert "bald" not in build("skinny, dark hair, no hair on his chest")["hair_words"]


def _links(a: str, b: str, **kw: object) -> bool:
    s = op.settings()
    return links(score(build(a, **kw), build(b, **kw), "B", s), s)


def test_a_snake_and_a_glass_eye_link_a_snake_alone_does_not():
    a = "one of his eyes is glass, and he keeps a snake in a tank on the back seat"
    b = "his left eye was fake, never moved, a python in a box in his car"
    assert _links(a, b)
    c = "white male 40s, silver Ford Focus, a python in a tub in his car"
    assert not _links(b, c)


def test_a_trainer_who_times_her_links_a_gym_top_and_the_claim_alone_do_not():
    a = "said he was a personal trainer, gym logo polo, set a stopwatch and told me the minutes left"
    b = "told me he was a fitness instructor, his stopwatch on the table the whole time"
    assert _links(a, b)
    # the look-alike: a gym's top and the claim are one story, not two features
    c = "older man in a t-shirt with a gym logo on it, says he is a PT, paid with fake notes"
    assert not _links(a, c)


def test_hygiene_gear_and_his_own_disinfectant_link_a_mask_alone_does_not():
    a = "surgical mask and latex gloves on, sprayed everything with antibacterial spray"
    b = "a blue paper mask, nitrile gloves, brought his own disinfectant and sprayed the bed"
    assert _links(a, b)
    c = "he wore a surgical mask, said he had a cold, filmed me on his phone"
    assert not _links(a, c)


def test_a_walking_frame_and_a_hearing_aid_link_a_hearing_aid_alone_does_not():
    a = "very old, uses a zimmer, hearing aid in his left ear"
    b = "ancient bloke with a walking frame and a hearing aid that whistles"
    assert _links(a, b)
    c = "old man, 70s, wears a hearing aid, grey hair"
    assert not _links(b, c)


def test_a_bikers_cut_chopper_and_club_link_a_leather_jacket_does_not():
    a = "leather vest covered in patches, rides a chopper, said his club would come for me"
    b = "a biker in a denim cut with club insignia, custom bike with long forks, his MC would sort me"
    assert _links(a, b)
    c = "leather jacket, grey ponytail, came on a motorbike"
    assert not _links(a, c)


def test_a_cooks_knife_roll_and_burns_link_one_knife_does_not():
    a = "said he was a chef, laid his knives out from a knife roll, burn scars up both arms"
    b = "told me he cooks in a restaurant kitchen, knives rolled in a cloth case, marks from burning on his arms"
    assert _links(a, b)
    c = "pulled a kitchen knife, took his money back, white male 40s"
    assert not _links(a, c)
