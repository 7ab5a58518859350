"""Similar-offender reading at stop 38 (issue 12, from linkage/dev_n; each phrasing here
invented): a medical-alert tag and a tremor however told; a dog left in his car and a threat to
set it on her; energy drinks; a council man's claim, his big torch and a reflective jacket; a
hairpiece, stale smoke and a cheque or IOU; whistling and a priest's collar; a food courier's bag,
his moped and a phone hidden to film; a foreign language he has her speak and a line through an
eyebrow; a tooth gone at the front, a head shaved to the skin and a mate waiting in the vehicle;
warnings told as "don't let him". And what must not count: her own shaking hands, a wolf whistle,
a council flat, lads on a moped who snatch a bag, a hair of the dog, her wig, the look-alikes'
traits many men share. Every test here fails on the code before stop 38. All data fictional."""

from __future__ import annotations

import pytest

from processors import offender_profile as op
from processors.similar_offenders import links, score
from tests.test_linkage_series_traits import build


def items(text: str) -> list[str]:
    return build(text)["items"]


def behaviours(text: str) -> list[str]:
    return build(text)["behaviours"]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("a chunky medic-alert bangle on his right arm", "medical bracelet"),
        ("he wore an epilepsy wristband, the red kind", "medical bracelet"),
        ("a steel tag on his wrist for his condition", "medical bracelet"),
        ("his bracelet with the red cross on it, for emergencies", "medical bracelet"),
        ("carried a heavy metal flashlight in his coat", "big torch"),
        ("shone a torch so big it looked like a club", "big torch"),
        ("a ginger toupe that sat crooked", "toupee"),
        ("his wig kept sliding back when he bent down", "toupee"),
        ("a thermal backpack from one of the food apps on the hall floor", "delivery bag"),
        ("dressed like a food courier, helmet and all", "delivery bag"),
        ("the seats were covered in pet hairs", "dog in car"),
        ("my leggings were covered in dog hair after", "dog in car"),
        ("grey shirt and a tab collar", "clerical collar"),
        ("a black top with a collar 'like a minister'", "clerical collar"),
        ("a navy work vest with reflectors on", "hi-vis"),
    ],
)
def test_what_he_wears_or_carries_told_otherwise(text: str, item: str) -> None:
    assert item in items(text), (text, items(text))


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("his fingers were trembling as he counted the notes", "tremor"),
        ("he has a tremor, he said it was his nerves", "tremor"),
        ("with jittery hands he fumbled the condom", "tremor"),
        ("he could not keep his hands still", "tremor"),
        ("said his dog would attack if I screamed", "dog_threat"),
        ("threatened to set the dog on me", "dog_threat"),
        ("sipping a Red Bull the whole way", "energy_drinks"),
        ("downing a can of Relentless", "energy_drinks"),
        ("handed me a chequebook page instead of cash", "pays_cheque"),
        ("never take IOUs off him", "pays_cheque"),
        ("he whistled a tune the whole time", "whistles"),
        ("kept asking me to speak German to him", "wants_language:german"),
        ("merci, merci, then 'en francais' again", "wants_language:french"),
        ("he arrived on a little scooter and left it outside", "comes_by_moped"),
        ("his moped was chained up by the bins", "comes_by_moped"),
        ("claimed he was patrolling for the council", "claims_council"),
        ("a jacket with COUNCIL written on the back", "claims_council"),
        ("another bloke waited in the vehicle at the corner", "mate_waits"),
        ("other guy stay in car all the time", "mate_waits"),
        ("he hid his phone in his hoodie pocket and it was recording", "covert_filming"),
        ("camera stashed in the bag by the bed", "covert_filming"),
        ("his jumper reeked, stale tobacco", "smell:cigarettes"),
        ("a walking ashtray, that one", "smell:cigarettes"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in behaviours(text), (text, behaviours(text))


@pytest.mark.parametrize(
    ("his", "not_his", "behaviour"),
    [
        ("shaky old hands on the wheel", "my hands were shaking for an hour after", "tremor"),
        ("whistling to himself on the stairs", "wolf whistling from the car", "whistles"),
        ("said he was checking on us for the council", "she has a flat from the council", "claims_council"),
        ("he turned up on a moped with his helmet on", "two lads on a moped grabbed my bag", "comes_by_moped"),
    ],
)
def test_his_trait_not_what_others_do(his: str, not_his: str, behaviour: str) -> None:
    assert behaviour in behaviours(his), (his, behaviours(his))
    assert behaviour not in behaviours(not_his), (not_his, behaviours(not_his))


def test_a_hairpiece_is_his_her_wig_is_not():
    assert "toupee" in items("he had on a cheap wig")
    assert "toupee" not in items("my wig came off in the struggle")


def test_a_dogs_hair_not_a_hair_of_the_dog():
    assert "dog in car" in items("hairs from his dog all over my coat")
    assert "dog in car" not in items("he said he needed a hair of the dog")


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("a front tooth gone, showed when he laughed", "missing tooth", None),
        ("toothless grin, maybe 40", "missing tooth", None),
        ("a bit of a gap where his top tooth should be", "missing tooth", None),
        ("he had a nick in his right eyebrow", "scar", "eyebrow"),
        ("there's a thin line across one eyebrow, no hair grows there", "scar", "eyebrow"),
    ],
)
def test_marks_told_otherwise(text: str, kind: str, place: str | None) -> None:
    marks = build(text)["marks"]
    assert any(m["kind"] == kind and (place is None or place in m["places"]) for m in marks), (text, marks)


def test_a_head_shaved_to_the_skin_is_bald():
    assert "bald" in build("a big skinhead, 30s")["hair_words"]
    assert "bald" in build("grade zero all over, tattoo on his neck")["hair_words"]


def test_a_warning_told_as_dont_let_him():
    page = {"content": "Don't let him through the door girls, he takes the money back and his mate waits in a car."}
    assert op.warns_of_a_man(page)
    rounds = {"content": "Old fella doing the rounds with a bad wig, his cheques bounce every time."}
    assert op.warns_of_a_man(rounds)


def test_a_tremor_and_a_medical_tag_link_the_lookalikes_traits_do_not():
    s = op.settings()
    a = build("hands trembling all the time, he wore a medic alert bracelet", age_min=50, age_max=59)
    b = build("older man with a steel SOS bracelet and fingers that never stopped shaking", age_min=55, age_max=65)
    assert links(score(a, b, "B", s), s), score(a, b, "B", s).reasons
    # what many men share (bald, tall, a white van, a Yorkshire accent) is not enough, nor is one trait
    c = build("tall bald bloke, white van, Yorkshire accent, a medic alert bracelet", age_min=40, age_max=49)
    d = build("tall man, head shaved, white van, broad Yorkshire accent", age_min=40, age_max=49)
    assert not links(score(c, d, "D", s), s), score(c, d, "D", s).reasons
    e = build("tall bald man with a white van and a Yorkshire accent, drinking energy drinks")
    f = build("tall bald guy with a white van and a Yorkshire voice, cans of Monster all over")
    assert not links(score(e, f, "F", s), s), score(e, f, "F", s).reasons


def test_a_language_he_has_her_speak_is_compared_by_its_value():
    s = op.settings()
    a = build("made me speak French all hour, scar through his left eyebrow")
    b = build("kept wanting me to talk French, a scar splitting his left eyebrow")
    c = build("made me speak Spanish all hour, scar through his left eyebrow")
    assert links(score(a, b, "B", s), s), score(a, b, "B", s).reasons
    assert "wants_language:spanish" in c["behaviours"]
    assert "behaviour: has her speak" not in " | ".join(score(a, c, "C", s).reasons)
