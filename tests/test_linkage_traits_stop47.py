"""Linkage at stop 47 (issue 12, from linkage/dev_w; each phrasing here invented). What the series told in words not
read yet: his own post opened by "Uploaded by" or by a handle and a dot ("[HANDLE_1] · ..."), and what he got away with
told as "she didn't even notice me till ..." or "raw and she never noticed"; the smell of fake tan however told (a
tanning salon, spray tan, a sunbed) and skin told orange; a protein shake he brings and presses on her; a pet name said
over and over ("petal this petal that"), to the client or the SU in quotes, "addressed me constantly as", "every other
word was"; "Sir" insisted on or addressed "only as"; made to whisper or keep her voice down; a dog he brings into the
room; a sweet-smelling vape; a silk scarf round his neck; a bad leg or knee; a brace on his teeth, "metal mouth"; a
foreign word for a hearing aid. And what must not count: her own dodgy knee, a vape alone, "sweet" talk beside a vape,
noise kept down, a dog left at home, a tan and the smell of fake tan as two facts, one common trait alone. Tried and
left out: cash taken "as evidence" told more ways ("took £450 'as evidence'"): it linked five pairs of different fake
policemen in the training reports (the behaviour and its own quoted words, two features of one fact); what every fake
officer says is the MO, not the man. Every positive test here fails on the code before stop 47. All data fictional."""

from __future__ import annotations

import pytest

from processors import offender_profile as op
from tests.test_linkage_series_traits import build, page, pair_links


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


def kinds(text: str) -> set[str]:
    return {m["kind"] for m in build(text)["marks"]}


# -- his own post ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "mo"),
    [
        ("Uploaded by [HANDLE_1] · behind the bus depot again, she had no clue the lens was on lol", ["filming"]),
        ("[HANDLE_1] · walked one of the canal lasses back to hers, she didnt even notice me till her gate", []),
        ("Posted by [HANDLE_1] » Re: Hull independents. Pretty, 5/10. Went raw at the end and she never noticed.", []),
        ("@quietlad_7 \u2022 trailed another one home from the docks, she did not even clock me until her door", []),
    ],
)
def test_his_own_post_however_opened_is_read_of_him(content: str, mo: list[str]) -> None:
    assert op.own_account(page(content, mo)), content
    assert op.build("desktop_research", page(content, mo)) is not None


@pytest.mark.parametrize(
    "content",
    [
        "[HANDLE_1] · girls be careful, a man in a grey van is following women home from the docks",
        "[HANDLE_1] · new in town, text me for rates, incalls only",
        "Uploaded by [HANDLE_1] · my new flat, lovely view, she is all moved in",
    ],
)
def test_a_warning_an_advert_or_no_offence_is_no_own_account(content: str) -> None:
    assert not op.own_account(page(content)), content


# -- traits told otherwise ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("he reeked of spray tan, it came off on the towels", "smell:fake tan"),
        ("smelled like a sunbed shop, proper strong", "smell:fake tan"),
        ("you could smell the fake tan off him from the door", "smell:fake tan"),
        ("a strong fake tan smell on him", "smell:fake tan"),
        ("brought two protein shakes and kept offering me one", "own_drink"),
        ("he had a shaker of protein with him and wanted me to try it", "own_drink"),
        ("pulled out a protein drink for me before we started", "own_drink"),
        ("it was petal this petal that all night", "name_for_her:petal"),
        ("he called the client 'duck' throughout", "name_for_her:duck"),
        ("he addressed me constantly as 'pet'", "name_for_her:pet"),
        ("every other word was 'flower' with him", "name_for_her:flower"),
        ("he insisted on being called master", "name_for_him:master"),
        ("he demanded to be addressed as master", "name_for_him:master"),
        ("she had to address him only as 'boss'", "name_for_him:boss"),
        ("he made me talk very quietly the whole time", "speech:whisper"),
        ("he asked me to keep my voice down, every time", "speech:whisper"),
        ("he said he likes things hushed", "speech:whisper"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in build(text)["behaviours"], (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "not_behaviour"),
    [
        ("he told me to keep it down, the walls are thin", "speech"),
        ("he had the shakes, nervous", "own_drink"),
        ("he brought his own condoms", "own_drink"),
    ],
)
def test_what_looks_alike_is_not_the_behaviour(text: str, not_behaviour: str) -> None:
    assert not_behaviour not in bare(text), (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("his skin was orange like a satsuma", "tan"),
        ("tangoed, head to toe", "tan"),
        ("an orange face, like he'd been sprayed", "tan"),
        ("he brought his spaniel along, left it by the door", "dog with him"),
        ("a golden retriever asleep on the bed throughout", "dog with him"),
        ("old boy, terrier in tow", "dog with him"),
        ("with him was a dog, a big black one", "dog with him"),
        ("puffing a candyfloss vape", "sweet vape"),
        ("vaping constantly, smelled of bubble gum", "sweet vape"),
        ("a sweet-smelling e-cig in his hand", "sweet vape"),
        ("blew a big fruity cloud in my face", "sweet vape"),
        ("a scarf of silk round his neck, paisley", "cravat"),
    ],
)
def test_what_he_wears_or_carries_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("he had a vape on the go", "sweet vape"),
        ("vaping, sweet talked me into it", "sweet vape"),
        ("his dog was at home, he said", "dog with him"),
        ("the dog barked in the next room", "dog with him"),
        ("he wore an orange hi-vis on the site", "tan"),
    ],
)
def test_what_looks_alike_is_not_the_item(text: str, item: str) -> None:
    assert item not in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he has a gammy knee, walks slow", "gait"),
        ("one leg was injured, he went slow", "gait"),
        ("sorry for the wobble, dodgy knee", "gait"),
        ("a brace on his teeth, metal", "braces"),
        ("metal mouth, maybe 18", "braces"),
        ("the brackets on his teeth", "braces"),
        ("he has apparatus for hearing in the left ear", "hearing aid"),
    ],
)
def test_a_mark_told_otherwise(text: str, kind: str) -> None:
    assert kind in kinds(text), (text, build(text)["marks"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I twisted my dodgy knee running off", "gait"),
        ("her knee was hurt after", "gait"),
        ("braces holding up his trousers", "braces"),
    ],
)
def test_her_knee_or_his_trouser_braces_are_no_mark(text: str, kind: str) -> None:
    assert kind not in kinds(text), (text, build(text)["marks"])


# -- pairs ----------------------------------------------------------------------------------------------


def test_a_tanned_gym_man_with_his_protein_shake_links() -> None:
    a = build("huge gym lad, reeked of fake tan, brought a protein shake and kept pushing it on me")
    b = build("bodybuilder, skin orange, smelled like a tanning salon, had two drinks of protein, wanted me to try one")
    assert pair_links(a, b)


def test_a_lad_with_braces_and_a_sweet_vape_links() -> None:
    a = build("young lad with train-track braces and a bubblegum vape, followed me to the bus")
    b = build("a teenager, a brace on his teeth, vaping something that smelled of sweeties, walked behind me home")
    assert pair_links(a, b)


def test_a_gent_wanting_sir_with_his_dog_links() -> None:
    a = build("older gent, insisted on being called Sir, brought his spaniel along")
    b = build("posh old man, I must call him sir, a spaniel in tow")
    assert pair_links(a, b)


def test_one_common_trait_alone_does_not_link() -> None:
    assert not pair_links(build("bald, smelled of fake tan, 30s"), build("shaved head, reeked of spray tan, 30s"))
    assert not pair_links(build("hi-vis vest, gammy knee, 50s"), build("hi vis jacket, dodgy knee, 50s"))
    assert not pair_links(build("a vape that smelled of candyfloss, 20s"), build("bubble gum vape, 20s"))
    assert not pair_links(build("brought a protein shake, tall"), build("had two protein shakes with him, tall"))
    assert not pair_links(build("he called me 'pet' all night, bald"), build("pet this pet that, bald"))
    # the smell of fake tan and a tan are one fact, not a behaviour and an item
    assert not pair_links(build("fake tan smell, tanned, hi-vis"), build("smelled of fake tan, tanned, hi vis"))
