"""Linkage at stop 44 (issue 12, from linkage/dev_t; each phrasing here invented): a hearing aid told
as the little device in his ear, and a deaf man who has her face him because he cannot hear; a
vehicle fitted for a wheelchair however told (a hoist, tie-downs, "a van for disabled people"); a
cyclist who brings his bike in and has her wear his kit (bib tights, a cycling cap, "his spare
jersey"); a stammer told by the first word he cannot get past; the small citrus fruit he brings
every time; the language his tattoo is written in ("he said it was Hebrew"), and words on his skin
as a tattoo; a working dog in his pickup; a woman left stranded on a remote road; a bus driver by
his uniform or his route; racing pigeons; one good eye; a burn told by the fire that made it; a
sinner, a fallen woman. Pages: a preacher's post whose capitalised "Him" is his God, not another
man; a review boasting she never noticed, or that he paid by the minute, or that they never check
his notes; a worker asking who else has had him. Descriptions: "his accent sounded South African"
and "a tattoo he said was Welsh" give no ethnicity, "fake 20s" no age. And what must not count: his
own God-fearing words do not make a second feature of a hearing aid and deafness (one fact, told
twice); her own hearing device, earphones, "look at me when I'm talking to you", a disabled toilet,
a baby's bibs, her own outfit or stockings, Mandarin spoken, orange juice, pigeons in the square,
"left me on read", dropped off home, the bus she caught, a driver who saw her, sunburn, his
cigarette burning her arm, "we are all sinners", "he spoke in Polish" beside a tattoo. Every
positive test here fails on the code before stop 44. All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from tests.test_description import describe
from tests.test_linkage_series_traits import build, pair_links


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in build(text)["behaviours"]}


def kinds(text: str) -> set[str]:
    return {m["kind"] for m in build(text)["marks"]}


def motifs(text: str) -> set[str]:
    return {w for m in build(text)["marks"] if m["kind"] == "tattoo" for w in m["motif"]}


def page(content: str, mo: list[str] | None = None) -> dict[str, Any] | None:
    return op.build("desktop_research", {"content": content, "mo": mo or [], "entities": [], "location": "York"})


# -- marks ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he had a flesh-coloured device in his right ear", "hearing aid"),
        ("old boy, little gadget behind his left ear", "hearing aid"),
        ("he has only one good eye, the other is cloudy", "eye"),
        ("blind in his left eye from a fight years ago", "eye"),
        ("a shiny scar from a house fire down his neck", "burn"),
        ("the punter with the burnt neck", "burn"),
        ("waxy looking skin all up one side of his neck", "burn"),
        ("he had writing on his forearm in some old alphabet", "tattoo"),
    ],
)
def test_a_mark_told_otherwise_is_its_kind(text: str, kind: str) -> None:
    assert kind in kinds(text), (text, build(text)["marks"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I wear a small device in my ear myself", "hearing aid"),
        ("he had his earphones in the whole drive", "hearing aid"),
        ("he kept one eye on the door", "eye"),
        ("red sunburnt neck, builder type", "burn"),
        ("he burned my arm with his cigarette", "burn"),
        ("he was writing on his phone the whole time", "tattoo"),
    ],
)
def test_what_looks_alike_is_not_the_mark(text: str, kind: str) -> None:
    assert kind not in kinds(text), (text, build(text)["marks"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("a tattoo on his wrist, he told me it was Hebrew", "hebrew"),
        ("writing on his neck, he said it means 'freedom' in Gaelic", "gaelic"),
        ("a tattoo on his calf with words in Sanskrit", "sanskrit"),
        ("a tattoo across his chest that he said was Maori", "maori"),
    ],
)
def test_the_language_a_tattoo_is_written_in_is_what_it_shows(text: str, language: str) -> None:
    assert language in motifs(text), (text, build(text)["marks"])


@pytest.mark.parametrize(
    "text",
    [
        "a tattoo on his hand and he spoke in Polish to his mate on the phone",
        "a tattoo on his arm and he said he was Polish",
        "writing on his arm, and another tattoo of writing on his neck",
    ],
)
def test_a_language_he_speaks_is_no_tattoo_and_writing_is_no_motif(text: str) -> None:
    assert not motifs(text) & {"polish", "writing", "script"}, (text, build(text)["marks"])


def test_two_tattoos_in_one_rare_language_with_a_second_trait_link() -> None:
    a = build("a tattoo on his forearm, he told me it was Hebrew. his collie sat in the cab the whole time")
    b = build("writing on his arm, he said it means peace in Hebrew, and a sheepdog in the footwell of his pickup")
    assert pair_links(a, b)


# -- his vehicle ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("a converted people carrier with a wheelchair hoist", "wheelchair access"),
        ("a van fitted out for wheelchair users", "wheelchair access"),
        ("he drove a car for disabled people, grey", "wheelchair access"),
        ("the back had tie-down straps on the floor", "wheelchair access"),
    ],
)
def test_a_wheelchair_vehicle_told_otherwise(text: str, detail: str) -> None:
    assert detail in build(text)["vehicle_details"], (text, build(text)["vehicle_details"])


@pytest.mark.parametrize(
    "text",
    [
        "he parked in the disabled bay outside",
        "he used the disabled toilet at the services",
        "a lift up to the third floor",
    ],
)
def test_a_disabled_bay_or_a_lift_is_no_wheelchair_vehicle(text: str) -> None:
    assert "wheelchair access" not in build(text)["vehicle_details"], (text, build(text)["vehicle_details"])


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("his lurcher was sat in the pickup", "dog in car"),
        ("a rusty jeep with two dogs in the back", "dog in car"),
        ("bib tights and a yellow top", "cycling gear"),
        ("he had a cycling cap on backwards", "cycling gear"),
        ("the jersey and bibs were soaked", "cycling gear"),
    ],
)
def test_what_he_brings_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    ("text", "item"),
    [("a pickup with a dog guard fitted, no dog", "dog in car"), ("a bag of baby's bibs", "cycling gear")],
)
def test_what_looks_alike_is_not_the_item(text: str, item: str) -> None:
    assert item not in build(text)["items"], (text, build(text)["items"])


# -- what he does and says ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("he kept saying look at me when you speak, he can't hear otherwise", "reads_lips"),
        ("told me to face him so he could follow", "reads_lips"),
        ("he carried his bicycle up two flights", "comes_by_bike"),
        ("his bike stayed in my hallway the whole time", "comes_by_bike"),
        ("there was a turbo trainer in his lounge", "comes_by_bike"),
        ("made me change into his old football strip", "dresses_her"),
        ("wanted her in his spare jersey", "dresses_her"),
        ("told me to wear the nurse outfit he had brought", "dresses_her"),
        ("he couldn't get past the first word", "speech"),
        ("he repeats the first sound over and over", "speech"),
        ("brings a net of clementines each time", "brings_fruit"),
        ("always a paper bag of tangerines", "brings_fruit"),
        ("he races homing pigeons", "keeps_pigeons"),
        ("spent an hour on his pigeon loft", "keeps_pigeons"),
        ("dumped her in the middle of nowhere", "strands_her"),
        ("threw me out on the hard shoulder", "strands_her"),
        ("she was left by the roadside with no phone", "strands_her"),
        ("he told me I am a sinner", "damns_her"),
        ("told her she was a fallen woman", "damns_her"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in bare(text), (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("turned up in his bus company fleece", "claims_job:bus driver"),
        ("he drives buses for a living", "claims_job:bus driver"),
        ("he's on the buses, early shifts", "claims_job:bus driver"),
        ("a punter, a bus driver who always comes at lunchtime", "claims_job:bus driver"),
        ("they were satsumas again", "brings_fruit:citrus"),
        ("some small orange fruits in a net", "brings_fruit:citrus"),
    ],
)
def test_a_job_or_a_fruit_told_otherwise_has_its_value(text: str, behaviour: str) -> None:
    assert behaviour in build(text)["behaviours"], (text, build(text)["behaviours"])


@pytest.mark.parametrize(
    ("text", "not_behaviour"),
    [
        ("he screamed look at me when I'm talking to you", "reads_lips"),
        ("asked me to wear stockings", "dresses_her"),
        ("he asked me to wear my uniform", "dresses_her"),
        ("he lent me his jacket because I was cold", "dresses_her"),
        ("he speaks Mandarin to his wife", "brings_fruit"),
        ("he drank orange juice from the carton", "brings_fruit"),
        ("there were pigeons on the roof", "keeps_pigeons"),
        ("we fed the pigeons in the square", "keeps_pigeons"),
        ("he left me on read after that", "strands_her"),
        ("dropped me off on the road outside my flat", "strands_her"),
        ("I caught the bus home after", "claims_job"),
        ("the bus driver saw it and called 999", "claims_job"),
        ("he drove past the bus stop twice", "claims_job"),
        ("he said we are all sinners", "damns_her"),
        # "called me a sinner" alone is too common a religious man's word: two men linked by it on the training sets
        ("he called me a sinner", "damns_her"),
        ("a lad on a bike snatched my bag", "comes_by_bike"),
    ],
)
def test_what_looks_alike_is_not_the_behaviour(text: str, not_behaviour: str) -> None:
    found = bare(text) | set(build(text)["behaviours"])
    assert not_behaviour not in found, (text, build(text)["behaviours"])


# -- pairs ----------------------------------------------------------------------------------------------


def test_a_cyclist_who_dresses_her_in_his_kit_links() -> None:
    a = build("he came with his bike and carried it up the stairs, then made me put on his team shirt")
    b = build("turbo trainer in the lounge and he wanted her in his jersey before anything")
    assert pair_links(a, b)


def test_a_bus_driver_with_a_stopwatch_links() -> None:
    a = build("he drives buses in town, and he times everything on a stopwatch")
    b = build("came in his bus company fleece, had a stopwatch on a cord")
    assert pair_links(a, b)


def test_a_stammer_and_clementines_link() -> None:
    a = build("he can't get past the first word, and always has a net of clementines")
    b = build("bad stammer, brings a bag of tangerines")
    assert pair_links(a, b)


def test_a_hearing_aid_and_his_deafness_are_one_fact_not_two() -> None:
    # a deaf timewaster and a deaf robber share a hearing aid and their deafness: one trait, told twice
    a = build("nice old gent with a hearing aid, he can't hear on the phone, keeps not turning up")
    b = build("he is deaf, a hearing aid in, took the money back and pushed me")
    assert not pair_links(a, b)


def test_one_coincidence_does_not_link() -> None:
    a = build("a cyclist in lycra, 40s, slim")
    b = build("man in lycra, 40s, slim, no other details")
    assert not pair_links(a, b)
    assert not pair_links(build("brings satsumas, tall, white van"), build("bag of clementines, tall, white van"))


# -- pages ----------------------------------------------------------------------------------------------


def test_a_preachers_post_naming_his_god_is_in_his_own_words() -> None:
    content = (
        "To the girls on the avenue: I have prayed for you and I know your doors. I will come again whether you "
        "like it or not, for you cannot run from Him. - posted by @LampUntoMyFeet"
    )
    profile = page(content, ["harassment_stalking"])
    assert profile is not None and "religious_talk" in {b.partition(":")[0] for b in profile["behaviours"]}


@pytest.mark.parametrize(
    "content",
    [
        "Review by Spokey: kept the rubber off the second time, she never noticed till I'd finished lol. 6/10",
        "Review by Tickertape: she was ten minutes late so I paid her pro rata and left. 5/10",
        "Review by OldNotes: gave her the funny money again, they never check them under the lamp. 7/10",
    ],
)
def test_a_review_boasting_what_he_got_away_with_is_his_own_account(content: str) -> None:
    assert page(content) is not None, content


def test_a_worker_asking_who_else_has_had_him_warns_of_a_man() -> None:
    content = (
        "Has anyone else had the bloke with the stammer? He's nice at first, then won't pay. DM me if he's been to you"
    )
    assert page(content) is not None


def test_a_review_paying_in_full_is_no_own_account() -> None:
    assert page("Review by Fairplay: paid in full, she was lovely, would return. 9/10") is None


# -- descriptions ---------------------------------------------------------------------------------------


def test_a_nation_heard_in_his_voice_or_written_on_his_skin_is_no_ethnicity(pipeline) -> None:
    told = describe(pipeline, "He is about 50, thin, and his accent sounded South African.")
    assert told is not None and told.get("ethnicity") is None, told
    inked = describe(pipeline, "He had a tattoo on his left forearm that he said was Welsh.")
    assert inked is None or inked.get("ethnicity") is None, inked
    assert describe(pipeline, "He is Welsh, about 50.").get("ethnicity") == "welsh"


def test_notes_told_by_their_decade_are_no_age(pipeline) -> None:
    told = describe(pipeline, "He paid me in fake 20s again, old guy with a limp.")
    assert told is None or told.get("age_min") != 20, told
    assert describe(pipeline, "He is in his 20s, with a limp.").get("age_min") == 20


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("he wore a helmet cam the whole time", "body camera"),
        ("a little camera on his head the whole time", "body camera"),
    ],
)
def test_a_camera_he_wears_told_by_where(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


def test_a_dashcam_is_no_camera_he_wears() -> None:
    assert "body camera" not in build("his car had a dashcam on the windscreen")["items"]


def test_a_cochlear_implant_is_his_hearing() -> None:
    assert "hearing aid" in kinds("old man with a cochlear implant behind his ear")


@pytest.mark.parametrize(
    ("text", "ethnicity"),
    [("Tattoo on his neck, white male, about 40.", "white"), ("Gravelly voice, Asian, about 30.", "asian")],
)
def test_a_tattoo_or_a_voice_beside_his_people_leaves_it_his(pipeline, text: str, ethnicity: str) -> None:
    told = describe(pipeline, text)
    assert told is not None and told.get("ethnicity") == ethnicity, told
