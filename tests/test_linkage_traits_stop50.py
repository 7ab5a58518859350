"""Linkage at stop 50 (issue 12, from linkage/dev_z; each phrasing here invented). What linked an old man in a Ford
Focus to a Prius driver's series: beads hanging from the mirror, told in both, counted as the vehicle's detail and again
as wording in common. Now wording that is nothing but a shared vehicle detail's words tells the detail again (it weighs
with the vehicle, never as a second feature), unless the car itself is the same. And a name for her that is his
region's everyday word ("hen" in Scotland) says less when both reports give him that region's accent. Then what the
series told in words not read yet, by family: marks (a gap between his front teeth, a tear tattooed under his eye, a
'nick' through an eyebrow, a tattoo unseen under a hoodie is not denied), what he wears or carries (a hooped club shirt,
a Canada Goose parka told by its badge, a mobility scooter, a protein shaker, paint-covered overalls, a cane told as a
hound), his beard in plaits, what he does (spits at her: read, but generic, since hate abuse often does; films on a
second phone, locks her in, takes the condom off however told, a hand at the throat, has her say "sir") and what he
calls her told with words between; pages in his own words under a bare handle ("Big_Dave77 wrote:") and warnings
addressed to workers of redacted places. And what must not count: one coincidence between two different men. Every
positive test here fails on the code before stop 50. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from tests.test_linkage_series_traits import build, page, pair_links


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


def behaviours(text: str) -> set[str]:
    return set(build(text)["behaviours"])


def items(text: str) -> set[str]:
    return set(build(text)["items"])


def marks(text: str) -> list[dict[str, Any]]:
    return list(build(text)["marks"])


# -- the false links: a vehicle detail counted twice, a region's word ---------------------------------------------


def test_beads_on_the_mirror_and_their_words_do_not_link_two_men() -> None:
    a = build("young lad, thin, in a black Audi, a string of beads hanging from the mirror, would not let me out")
    b = build("old white man with a grey beard, red Vauxhall Corsa, beads hanging from the mirror, paid in fake notes")
    assert "mirror hanging" in a["vehicle_details"] and "mirror hanging" in b["vehicle_details"]
    assert not pair_links(a, b)


def test_two_scots_who_call_women_hen_do_not_link_on_the_word_and_the_accent() -> None:
    """Thirty years apart: the word every Scot may use and the accent do not outweigh the ages."""
    a = build(
        "Glaswegian fella, skinny, called me 'hen' the whole night, ran off without paying", age_min=28, age_max=32
    )
    b = build("older Scottish man, fat, kept calling me hen, very polite, paid fine", age_min=60, age_max=69)
    assert not pair_links(a, b)


def test_the_word_hen_with_a_second_trait_still_links() -> None:
    a = build("he had a 'nick' through his left eyebrow, kept calling me hen, took the cash back")
    b = build("man with a line through his left eyebrow, called the worker 'hen' every time he spoke")
    assert pair_links(a, b)


# -- what he calls her, and what she must call him ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "he called me all night long 'hen'",
        "Addressed the client as 'petal' throughout the booking",
        "he said 'get in the motor hen' and drove off",
        "VOC: 'duchess'",
    ],
)
def test_a_name_for_her_told_with_words_between(text: str) -> None:
    assert "name_for_her" in bare(text), text


@pytest.mark.parametrize(
    "text",
    [
        "he made me say 'master' each time",
        "wanted daddy daddy all the way through",
        "she had to say sir after every sentence",
    ],
)
def test_what_she_must_call_him_told_other_ways(text: str) -> None:
    assert "name_for_him" in bare(text), text


# -- marks --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "gap-toothed grin",
        "a space between his two front teeth",
        "Teeth - big gap in the middle",
        "a gap you'd fit a 2p in between his front teeth",
    ],
)
def test_a_gap_between_his_teeth(text: str) -> None:
    assert any(m["kind"] == "gap teeth" for m in marks(text)), text


def test_a_gap_where_a_tooth_was_is_a_tooth_gone() -> None:
    assert [m["kind"] for m in marks("a gap where his front tooth should be")] == ["missing tooth"]


def test_a_tear_tattooed_under_his_eye_told_without_the_word_teardrop() -> None:
    found = marks("a little tear under the left eye, it is tattoo")
    assert any(m["kind"] == "tattoo" and "tear" in m["motif"] for m in found), found
    assert any("tear" in m["motif"] for m in marks("he has teardrop ink by his eye"))


def test_a_mark_under_his_eye_is_on_his_face_but_one_on_his_eye_is_not() -> None:
    assert any(m["places"] == ["face"] for m in marks("teardrop inked just below his left eye"))
    assert any(m["places"] == ["face"] for m in marks("teardrop tattoo high on his right cheek"))
    assert not any("face" in m["places"] for m in marks("a scar across his eye"))


def test_a_nick_in_quotes_through_an_eyebrow_is_a_scar_there() -> None:
    assert any(m["kind"] == "scar" and m["places"] == ["eyebrow"] for m in marks("he had a 'nick' thru one eyebrow"))


def test_a_tattoo_unseen_under_his_clothes_is_not_denied() -> None:
    assert "tattoo" not in build("she did not see any tattoo as he kept his hoodie zipped up")["no_marks"]
    assert "tattoo" in build("no tattoos at all on him")["no_marks"]


# -- what he wears or carries, his beard ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("green and white hoops top", "hooped shirt"),
        ("he wore a Celtic jersey", "hooped shirt"),
        ("a football top with stripes across", "hooped shirt"),
        ("in his Goose jacket even in summer", "canada goose"),
        ("black puffer coat with a circular badge on the sleeve", "canada goose"),
        ("rides one of those mobility scooters", "mobility scooter"),
        ("come in an electric wheelchair", "mobility scooter"),
        ("the scooter with the basket on front", "mobility scooter"),
        ("sipping from his protein shaker", "protein shaker"),
        ("brought a bottle of protein with him", "protein shaker"),
        ("in paint covered trousers", "work dirt"),
        ("his overalls all splattered", "work dirt"),
        ("a silver-headed hound of a cane", "dog-head stick"),
    ],
)
def test_what_he_wears_or_carries_told_other_ways(text: str, item: str) -> None:
    assert item in items(text), text


@pytest.mark.parametrize(
    "text",
    [
        "gold hoops in his ears and a white top",
        "she rode off on her scooter",
        "a wooden walking stick with a brass knob",
        "tweed jacket, round glasses, patches on the elbows",
    ],
)
def test_what_is_no_such_item(text: str) -> None:
    assert not items(text) & {"hooped shirt", "mobility scooter", "canada goose", "dog-head stick"}, text


def test_a_round_badge_on_the_sleeve_is_no_elbow_patch() -> None:
    assert "elbow patches" not in items("parka with a round patch on the arm")


@pytest.mark.parametrize(
    "text", ["his red beard done in two plaits", "plaited ginger beard", "beard braided into a fork"]
)
def test_a_beard_in_plaits(text: str) -> None:
    assert "braided" in str(build(text)["facial_hair"]).split(), text


def test_her_plaits_are_not_his_beard() -> None:
    assert "braided" not in str(build("short grey beard, she had her hair in plaits")["facial_hair"] or "")


# -- what he does ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "spat in my face from his car",
        "then he spit on the carpet and on my foot",
        "'gobbed' at me twice",
        "a greenie on my coat",
    ],
)
def test_he_spits_at_her(text: str) -> None:
    assert "spits" in bare(text), text


@pytest.mark.parametrize(
    "text", ["it was spitting with rain when he came", "we had a spat about money", "he did a spit roast video"]
)
def test_what_is_no_spitting_at_her(text: str) -> None:
    assert "spits" not in bare(text), text


@pytest.mark.parametrize(
    "text",
    [
        "a spare phone on the dresser was filming the whole time",
        "he recorded me on his other mobile",
        "two phones, the second one pointed at the bed",
    ],
)
def test_he_films_on_a_second_phone(text: str) -> None:
    assert "second_phone" in bare(text), text


@pytest.mark.parametrize(
    "text", ["he had two phones going off all night", "I rang from my other phone and recorded it"]
)
def test_what_is_no_second_phone_filming(text: str) -> None:
    assert "second_phone" not in bare(text), text


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("heard the clunk, he locked us in", "locks_doors"),
        ("all door is lock when I sit", "locks_doors"),
        ("took off the johnny halfway", "condom_off"),
        ("found the condom on the bed after, he had taken it off", "condom_off"),
        ("his hand at my throat the whole time", "choking"),
    ],
)
def test_what_he_does_told_other_ways(text: str, behaviour: str) -> None:
    assert behaviour in bare(text), text


# -- pages ----------------------------------------------------------------------------------------------------------


def test_a_post_in_his_own_words_under_a_bare_handle() -> None:
    content = "Big_Dave77 wrote: she was mouthy so I spat at her and rode off without paying lol"
    assert op.own_account(page(content))


def test_a_warning_addressed_to_the_workers_of_redacted_places() -> None:
    content = "[PERSON_1]/[PERSON_2] girls - the roofer with the limp is doing the rounds again, he rifles your bag."
    assert op.warns_of_a_man(page(content))


def test_a_profile_picture_note_in_brackets_is_no_other_man() -> None:
    content = (
        "Post by @lad_99 (profile pic: man in a parka with gold teeth): 'exposed her, full vid on my other acc' - "
        "attached still shows a woman in a bedroom"
    )
    assert op.own_account(page(content, mo=["harassment_stalking"]))


# -- whole series told by different hands link ---------------------------------------------------------------------


def test_the_scooter_man_told_two_ways_links() -> None:
    a = build("old boy on a mobility scooter, spat at me when I said no, tear tattoo under his eye")
    b = build(
        "He come on small electric chair. He spit on my shoes. A little blue tear below his right eye, tattoo I think"
    )
    assert pair_links(a, b)


def test_the_prius_driver_told_two_ways_links() -> None:
    a = build("prayer beads hanging off the rear-view mirror, gap between his front teeth, locked the doors")
    b = build("in the car is hanging the beads for pray. He have space in the teeth in front")
    assert pair_links(a, b)


def test_the_filming_man_in_the_parka_told_two_ways_links() -> None:
    a = build("gold grill on his teeth, Canada Goose coat, kept a second phone on the side recording me")
    b = build("teeth all gold, big Goose parka, he have two phone, one on the shelf filming me")
    assert pair_links(a, b)


# -- coincidences between two different men stay unlinked -----------------------------------------------------------


def test_one_man_who_spits_and_another_who_spits_stay_unlinked() -> None:
    a = build("tall young lad, spat at me from the car window, shouted abuse")
    b = build("short old man, he spit in my face when I asked for the money")
    assert not pair_links(a, b)


def test_two_men_in_hooped_shirts_stay_unlinked() -> None:
    a = build("young skinny lad in a Celtic top, took my phone")
    b = build("fat bald man in a green and white hoops shirt, wanted it without a condom")
    assert not pair_links(a, b)


def test_two_men_with_a_gap_in_their_teeth_stay_unlinked() -> None:
    a = build("gap-toothed, drove a white van, paid with fake notes")
    b = build("a gap between his front teeth, came on foot, pushed me")
    assert not pair_links(a, b)
