"""Similar-offender reading at stop 37b (issue 12, from linkage/dev_m; each phrasing here
invented): an artificial eye told by what it does; a dog left in his car; cycling gear and
coming by bike; a neck collar and a man who says he is in law; paint on his work clothes;
damning her as a sinner; a Scottish or Ulster note; a ring on his
little finger told finger first; a spider's web tattoo at the elbow; coming and going by taxi;
a school or college hoodie and a mate waiting in a car. And what must not count: a preacher's
words told as the reporter's, his eyes on her, a taxi she took, notes counted as an age. All data fictional."""

from __future__ import annotations

import pytest

from processors import offender_profile as op
from processors.similar_offenders import links, score
from tests.test_description import describe
from tests.test_linkage_series_traits import build


def kinds(text: str) -> set[str]:
    return {m["kind"] for m in build(text)["marks"]}


@pytest.mark.parametrize(
    "text",
    [
        "his right eye never moved, like it was made of glass",
        "one eye was fake, shiny like a marble",
        "he has an artificial eye, it stays still when he looks about",
        "I think his left eye is not real, it didn't follow me at all",
    ],
)
def test_an_artificial_eye_told_by_what_it_does(text: str) -> None:
    assert "eye" in kinds(text), (text, build(text)["marks"])


def test_his_eyes_on_her_are_no_mark() -> None:
    assert "eye" not in kinds("his eyes never left me the whole time, creepy")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("left his spaniel in car while he came up", "dog in car"),
        ("a big dog on the back seat the whole time", "dog in car"),
        ("his hatchback was parked outside with a greyhound shut inside it", "dog in car"),
        ("turned up in lycra and clip-in shoes", "cycling gear"),
        ("still in his bib shorts and cycle jersey", "cycling gear"),
        ("a soft white collar for his neck like after a crash", "neck brace"),
        ("work trousers flecked with magnolia emulsion", "work dirt"),
        ("paint on his forearms and in his hair", "work dirt"),
        ("on the little finger of his left hand a gold signet ring", "little finger ring"),
        ("wearing a leavers' hoodie with names on the back", "school hoodie"),
        ("a grey college sweatshirt with the crest on", "school hoodie"),
    ],
)
def test_what_he_wears_or_carries_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("came on a racing bike and wheeled it into the hall", "comes_by_bike"),
        ("he locked his bicycle to the railings and rode off after", "comes_by_bike"),
        ("said he's a barrister and knows every judge", "claims_job:lawyer"),
        ("introduced himself as a family solicitor", "claims_job:lawyer"),
        ("called me a jezebel and said I'd burn in hell", "damns_her"),
        ("told her she was unclean and on the road to hell", "damns_her"),
        ("paid with Ulster Bank notes", "pays_scottish"),
        ("gave me two Bank of Scotland twenty-pound notes", "pays_scottish"),
        ("turned up by taxi and left in a waiting cab", "comes_by_taxi"),
        ("his pal sat waiting in a little hatchback outside", "mate_waits"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in build(text)["behaviours"], (text, build(text)["behaviours"])


def test_a_taxi_she_took_is_not_his() -> None:
    assert "comes_by_taxi" not in build("I got a taxi home after, shaking")["behaviours"]


def test_a_spiders_web_tattoo_at_the_elbow() -> None:
    a = build("tattoo of a cobweb on his left elbow")
    b = build("on his elbow a tattoo like the net of a spider")
    assert {m["kind"] for m in a["marks"]} == {"tattoo"}
    reasons = " | ".join(score(a, b, "B", op.settings()).reasons)
    assert "web" in reasons and "elbow" in reasons, reasons


def test_a_street_preacher_is_not_the_man_who_damns_her() -> None:
    preacher = build("street preacher shouting 'repent' at the girls, left everyone distressed", age_min=20, age_max=29)
    client = build("quoted scripture, kept saying 'repent', she was very distressed after", age_min=50, age_max=59)
    assert not links(score(preacher, client, "B", op.settings()), op.settings())


def test_notes_counted_are_no_age(pipeline) -> None:
    told = describe(pipeline, "He paid with three twenties from the Royal Bank. Heavy, in his fifties.") or {}
    assert (told.get("age_min"), told.get("age_max")) == (50, 59), told
    assert (describe(pipeline, "A white man in his twenties, slim.") or {}).get("age_min") == 20
