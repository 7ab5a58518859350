"""Linkage at stop 51 (issue 12, from linkage/dev_za; each phrasing here invented). What the fresh set's series told in
words not read yet, by family: marks (a front tooth gone told with words between, as a hole or as "not one tooth"; a
hearing aid told as a "deaf aid" or the thing in his ear he hears with; a shamrock told as a clover or by its three
leaves), hair (only the tips bleached, however told; dreadlocks told as ropes or named without the word "hair"), what he
wears or carries (a rugby shirt, a poncho, an umbrella he keeps by him, a club's scarf, a ring with an anchor on it, the
surfer look, hi-vis told as "hi-viz" or a reflective vest, his dog in a car named by its make, a vape told by its
sweet's brand), what he does (looks like a serviceman, calls her "bach"; and, generic, since the training reports hold
many different men who do them: bites her, pins her down, threatens to tell her family), and a scooter he comes on
however named. Pages: a heads-up to the workers of a place, a thief "about", "don't drink anything he brings" are
warnings. Adverts: an independent's advert in an agency template's words is not the agency's. Identifiers: a
page's keyed pseudonym that meets a report's identifier chains on through that report. And what must not count: an
item denied ("no umbrella"), "never without" no denial, one coincidence between two different men.
All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import advert_clusters as ac
from processors import offender_profile as op
from processors.correlation import Observation, keys_for
from processors.linkage import CHAIN, IDENTIFIER, Linker, Subject
from redaction.pseudonym import Pseudonymiser
from tests.test_linkage_series_traits import build, page, pair_links

KEY = Pseudonymiser(b"stop-51-test-key-not-a-secret-000000")


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


def behaviours(text: str) -> set[str]:
    return set(build(text)["behaviours"])


def items(text: str) -> set[str]:
    return set(build(text)["items"])


def kinds(text: str) -> list[str]:
    return [m["kind"] for m in build(text)["marks"]]


def hair(text: str) -> set[str]:
    return set(build(text)["hair_words"])


# -- marks --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "as he laughed I noticed one of his top front teeth was missing",
        "there is a hole in his teeth right at the front",
        "this man he has not one tooth in the front",
        "a gap where his upper front tooth used to be",
    ],
)
def test_a_front_tooth_gone_told_other_ways(text: str) -> None:
    assert "missing tooth" in kinds(text), text


def test_a_gap_between_his_teeth_is_still_no_tooth_gone() -> None:
    assert kinds("a big space between his two front teeth") == ["gap teeth"]


@pytest.mark.parametrize(
    "text",
    [
        "grey-haired pensioner, a deaf aid in one ear",
        "he has a machine behind his ear to hear with",
        "could barely hear me, had a device in his left ear",
    ],
)
def test_a_hearing_aid_told_as_a_deaf_aid_or_the_thing_he_hears_with(text: str) -> None:
    assert "hearing aid" in kinds(text), text


def test_a_thing_in_his_ear_with_no_word_of_hearing_is_no_hearing_aid() -> None:
    assert "hearing aid" not in kinds("he had a thing in his ear, a bluetooth for his phone calls")


def test_a_shamrock_told_as_a_clover_or_by_its_three_leaves_is_one_motif() -> None:
    a = build("tattoo of a green clover on his left forearm, grey hair in a ponytail, bit my shoulder till it bled")
    b = build("on his arm a tattoo, little leaf of three parts, long grey ponytail, he was biting me hard")
    assert pair_links(a, b)


def test_biting_is_generic_and_no_second_feature() -> None:
    """What many violent men do: worth an MO tag, so a tattoo and a bite alone do not link two men."""
    assert op.behaviour_specs()["bites"][2] is True
    a = build("tattoo of a green clover on his left forearm, bit my shoulder till it bled")
    b = build("on his arm a tattoo, little leaf of three parts, he was biting me hard")
    assert not pair_links(a, b)


def test_a_threat_to_tell_her_family_is_generic_and_links_nothing_with_a_tattoo_elsewhere() -> None:
    """What many blackmailers say: worth an MO tag, no second feature beside a tattoo in another place."""
    assert op.behaviour_specs()["threatens_to_out"][2] is True
    a = build("a scorpion tattoo on his calf, threatened to tell my mum what I do unless I saw him free")
    c = build("scorpion tattooed on his neck, said he will tell her family about her work unless she pays")
    assert not pair_links(a, c)


# -- hair ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "sandy hair, frosted tips",
        "his hair was peroxide at the ends",
        "blond-tipped curly hair",
        "dark hair with the tips gone white from the sea",
        "the ends of his hair bleached",
    ],
)
def test_only_the_tips_bleached_however_told(text: str) -> None:
    assert "frosted tips" in hair(text), text


def test_hair_bleached_all_over_is_no_bleached_tips() -> None:
    assert "frosted tips" not in hair("bleached blond crew cut, tracksuit")


@pytest.mark.parametrize(
    "text",
    ["locs tied up on his head", "his hair like thick ropes down his back", "dreads pulled back in a band"],
)
def test_dreadlocks_told_as_ropes_or_without_the_word_hair(text: str) -> None:
    assert "dreadlocks" in hair(text), text


def test_she_dreads_him_is_no_hairstyle() -> None:
    assert "dreadlocks" not in hair("she dreads seeing him again, short hair, tall")


# -- what he wears or carries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("in an Ireland rugby jersey, green", "rugby shirt"),
        ("he wear the shirt of rugby, red with the dragon", "rugby shirt"),
        ("a green top - no, rugby, the national one", "rugby shirt"),
        ("an old striped poncho like from Mexico", "poncho"),
        ("wrapped in a blanket coat with a hood", "poncho"),
        ("never without his black brolly, even indoors", "umbrella"),
        ("a long furled umbrella by the door", "umbrella"),
        ("Sunderland fan, red and white scarf on", "club scarf"),
        ("his Rovers scarf wrapped twice round", "club scarf"),
        ("scarf of the football club, blue", "club scarf"),
        ("silver ring with an anchor on the front", "anchor ring"),
        ("wore an anchor signet ring", "anchor ring"),
        ("a surfer-type bloke, wetsuit in the van", "surfer look"),
        ("beach bum look, sandals", "surfer look"),
        ("wearing a hi-viz over his shirt", "hi-vis"),
        ("his fluorescent vest on the back seat", "hi-vis"),
        ("jacket for the road works, reflective", "hi-vis"),
        ("a spaniel barking in his Skoda the whole time", "dog in car"),
        ("a jack russell yapping away in his dark green Volvo", "dog in car"),
        ("his vape stinks of Hubba Bubba", "sweet vape"),
    ],
)
def test_what_he_wears_or_carries_told_otherwise(text: str, item: str) -> None:
    assert item in items(text), text


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("it was raining, no umbrella, soaked", "umbrella"),
        ("not the poncho man, this one had a parka", "poncho"),
        ("she wore her scarf, he had none", "club scarf"),
        ("anchor tattoo on the back of his hand", "anchor ring"),
        ("she took his money to the surf shop", "surfer look"),
    ],
)
def test_what_looks_alike_is_not_the_item(text: str, item: str) -> None:
    assert item not in items(text), text


# -- what he does ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("he bit her on the back of the neck hard", "bites"),
        ("a proper biter, leaves marks", "bites"),
        ("teeth marks all over my arm after", "bites"),
        ("he lay on top of me so I couldn't move", "pins_down"),
        ("held her down by her wrists the whole time", "pins_down"),
        ("says he'll send my pictures to my husband unless I do it for free", "threatens_to_out"),
        ("threatening to tell her parents what she does for a living", "threatens_to_out"),
        ("ex-army look about him, very upright", "forces_bearing"),
        ("he stood with a military bearing", "forces_bearing"),
        ("kept calling me cariad", "name_for_her"),
        ("he said 'cheers now bach' on the way out", "name_for_her"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in bare(text), text


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("his dog bit the postman last year", "bites"),
        ("it was a bit rough but he paid", "bites"),
        ("he held the door for me like a gent", "pins_down"),
        ("she told her family about the attack and they helped her", "threatens_to_out"),
        ("he gave me a drink of water after", "own_drink"),
    ],
)
def test_what_looks_alike_is_not_the_behaviour(text: str, behaviour: str) -> None:
    assert behaviour not in bare(text), text


def test_pinning_her_down_is_generic_worth_no_feature() -> None:
    specs = op.behaviour_specs()
    assert specs["pins_down"][2] is True


@pytest.mark.parametrize(
    "text", ["arrived on a scooter", "came on a trotinete, electric", "came to mine on his scooter"]
)
def test_a_scooter_he_comes_on_however_named(text: str) -> None:
    assert "scooter" in build(text)["vehicle_details"], text


def test_a_mobility_scooter_is_no_e_scooter() -> None:
    p = build("old man on a mobility scooter, red")
    assert "scooter" not in p["vehicle_details"] and "mobility scooter" in p["items"]


# -- series that link, look-alikes that do not ---------------------------------------------------------------------


def test_a_poncho_bleached_tips_and_his_own_bottle_link() -> None:
    a = build("surfer type in a poncho, peroxide tips, brought his own bottle of wine, I blacked out", mo=["drugging"])
    b = build(
        "wore a Mexican poncho, hair blond at the ends, had his own bottle of vodka, I lost two hours", mo=["drugging"]
    )
    assert pair_links(a, b)


def test_a_poncho_and_bleached_tips_alone_are_what_look_alikes_share() -> None:
    """What he looks like alone links only at the higher bar (`description_threshold`)."""
    a = build("surfer type in a poncho, peroxide tips, I blacked out", mo=["drugging"])
    b = build("wore a Mexican poncho, hair blond at the ends, I lost two hours", mo=["drugging"])
    assert not pair_links(a, b)


def test_a_poncho_alone_does_not_link_two_men() -> None:
    a = build("man in a poncho, short dark hair, paid and left, polite")
    b = build("a poncho on, long grey beard, stole my phone while I was in the shower")
    assert not pair_links(a, b)


def test_an_anchor_ring_an_umbrella_and_a_forces_look_link() -> None:
    a = build("navy-looking type, ring with an anchor, kept his umbrella by the bed, filmed me", mo=["filming"])
    b = build("very upright, like a sailor, anchor ring, rolled brolly, recorded me on his phone", mo=["filming"])
    assert pair_links(a, b)


def test_an_anchor_tattoo_and_an_anchor_ring_do_not_link_two_men() -> None:
    a = build("fisherman, anchor tattoo on his hand, slapped me, no umbrella, no phone out")
    b = build("office type with an anchor ring and an umbrella, filmed me on his phone", mo=["filming"])
    assert not pair_links(a, b)


def test_a_rugby_shirt_a_tooth_gone_and_bach_link() -> None:
    a = build("Wales rugby shirt, front tooth gone, kept calling me bach, took the condom off", mo=["condom_removal"])
    b = build("red rugby top, a hole in his teeth at the front, said 'not tonight bach'", mo=["condom_removal"])
    assert pair_links(a, b)


def test_a_rugby_shirt_and_bach_alone_do_not_link_a_young_man_to_an_old_one() -> None:
    a = build("young lad in a rugby shirt, perfect teeth, called me bach, paid half", age_min=20, age_max=23)
    b = build("rugby shirt, front tooth missing, called me bach, condom off", age_min=44, age_max=48)
    assert not pair_links(a, b)


def test_a_hearing_aid_a_club_scarf_and_fake_notes_link() -> None:
    a = build("old man, deaf aid, Leeds United scarf, paid in fake twenties")
    b = build("pensioner wearing a hearing aid and a United scarf, the notes were counterfeit")
    assert pair_links(a, b)


def test_a_hearing_aid_and_a_flat_cap_with_no_scarf_do_not_link_to_the_scarf_man() -> None:
    a = build("older man with a hearing aid, flat cap, no scarf, turned up at my door twice")
    b = build("old man, deaf aid, Leeds United scarf, paid in fake twenties")
    assert not pair_links(a, b)


# -- pages ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Heads up Leeds girls, thief about. Bald, gold tooth, takes your phone when you pop to the loo.",
        "Heads up [PERSON_1] girls 🚨 robber about. Tall, red cap, goes through your bag.",
        "🚩 Hull - spiker. Long coat, ginger beard. DON'T drink anything he brings.",
    ],
)
def test_a_heads_up_a_thief_about_or_what_not_to_drink_is_a_warning(content: str) -> None:
    assert op.warns_of_a_man(page(content)), content


def test_an_advert_that_says_heads_up_is_no_warning() -> None:
    assert not op.warns_of_a_man(page("Heads up gents! New girls in Leeds, text me now for rates"))


# -- adverts -------------------------------------------------------------------------------------------------------

AGENCY = [
    "✨ NOW IN BATH ✨ ONE WEEK ONLY ✨ [PERSON_1], 23, Polish model, slim & elegant, very sweet GFE. Incall/outcall "
    "all night. 30 mins £80 | 1 hr £150. Call our receptionist on [PHONE_1]. No withheld numbers. New ladies weekly 💕",
    "✨ NOW IN YORK ✨ ONE WEEK ONLY ✨ [PERSON_1], 21, Polish model, slim & elegant, very sweet GFE. Incall/outcall "
    "all night. 30 mins £80 | 1 hr £160. Call our receptionist on [PHONE_1]. No withheld numbers. New ladies weekly 💕",
]
INDEPENDENT = (
    "NOW IN BATH ONE WEEK ONLY 💕 Independent [PERSON_1], 28, Scottish, slim & elegant, very sweet GFE. "
    "Incall/outcall. 1 hr £160. No withheld numbers. Text me direct on [PHONE_1] - no agency, no receptionist, "
    "I answer my own phone"
)


def test_who_answers_the_phone() -> None:
    assert ac.answered_by(AGENCY[0]) == "other"
    assert ac.answered_by(INDEPENDENT) == "self"
    assert ac.answered_by("Sweet Anna, curvy, available today") is None


def test_an_independents_advert_in_an_agency_templates_words_is_not_the_agencys() -> None:
    clusters = ac.AdvertClusters({})
    clusters.observe("A1", "2026-11-01T10:00:00Z", AGENCY[0], ["phone:a"], ["person:a"])
    second = clusters.observe("A2", "2026-11-02T10:00:00Z", AGENCY[1], ["phone:a"], ["person:b"])
    assert second is not None and second.members == ["A1"]
    assert clusters.observe("A3", "2026-11-03T10:00:00Z", INDEPENDENT, ["phone:c"], ["person:c"]) is None


def test_two_independents_alike_still_cluster() -> None:
    clusters = ac.AdvertClusters({})
    one = "hello gents, independent, no agency, no rush. I'm [PERSON_1], 30, curvy redhead. my comfy incall near the "
    two = "hello gents, independent, no agency, no games. I'm [PERSON_1], 27, slim blonde. my comfy incall near the "
    tail = "park, the kettle is always on. text me first on [PHONE_1], respect my boundaries x"
    clusters.observe("B1", "2026-11-01T10:00:00Z", one + tail, ["phone:d"], ["person:d"])
    found = clusters.observe("B2", "2026-11-02T10:00:00Z", two + tail, ["phone:e"], ["person:e"])
    assert found is not None and found.members == ["B1"]


# -- an identifier chain from a page's keyed pseudonym --------------------------------------------------------------


def _entity(label: str, normalized: str, text: str) -> dict[str, Any]:
    return {"label": label, "normalized": normalized, "text": text, "role": "offender", "evidence": "offender.form"}


def _report(rid: str, day: int, text: str, *entities: dict[str, Any]) -> Subject:
    record = {"narrative": text, "entities": list(entities)}
    return Subject(Observation(rid, "nums", f"2026-05-{day:02d}T10:00:00Z", keys_for("nums", record)), record)


def _chained(found: list[dict[str, Any]]) -> set[str]:
    return {r for lk in found if lk["kind"] == IDENTIFIER and lk["attribute"] == CHAIN for r in lk["records"]}


def test_a_pages_pseudonym_of_his_email_chains_through_the_report_that_gives_it() -> None:
    linker = Linker({}, KEY)
    plate = _entity("VEHICLE_REG", "YK19LMN", "YK19 LMN")
    email = _entity("EMAIL_ADDRESS", "d.rowe@example.org", "d.rowe@example.org")
    linker.observe(_report("A", 1, "got in his car YK19 LMN, he locked the doors", plate))
    linker.observe(_report("B", 2, "booked from d.rowe@example.org, car yk19lmn", email, plate))
    token = KEY.token("email", "d.rowe@example.org")
    content = "Post by a profile giving [EMAIL_1] as contact: 'all of them are thieves, I'll name them'"
    research = {"content": content, "entities": [], "email_refs": [token]}
    found = linker.observe(Subject(Observation("P", "desktop_research", "2026-05-03T10:00:00Z", ()), research))
    assert {r for lk in found if lk["kind"] == IDENTIFIER for r in lk["records"]} >= {"B"}
    assert _chained(found) == {"A"}


def test_a_report_sharing_no_identifier_with_the_pages_report_is_not_chained() -> None:
    linker = Linker({}, KEY)
    other = _entity("VEHICLE_REG", "YK19LMX", "YK19 LMX")
    email = _entity("EMAIL_ADDRESS", "d.rowe@example.org", "d.rowe@example.org")
    linker.observe(_report("A", 1, "got in his car YK19 LMX", other))
    linker.observe(_report("B", 2, "booked from d.rowe@example.org", email))
    token = KEY.token("email", "d.rowe@example.org")
    research = {"content": "profile with [EMAIL_1] as contact", "entities": [], "email_refs": [token]}
    found = linker.observe(Subject(Observation("P", "desktop_research", "2026-05-03T10:00:00Z", ()), research))
    assert _chained(found) == set()
