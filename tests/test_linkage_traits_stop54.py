"""Linkage at stop 54 (issue 12, from linkage/dev_zd; each phrasing here invented). What the fresh set told in ways not
read yet: a worker's warning headed by a warning sign instead of a dash, or asked to be shared after it ("share pls"),
or of a man posing as police ("FAKE COP", "he is not police"); a scar on his jaw or jawline; hair gathered on top of
his head ("man-bun", "top-knot", "hair tied up", "scraped up in a bun"); a long beard's "long" no hair word; braces on
both rows of teeth; a vehicle's windows told by their colour ("minibus with black windows"); a quote after a dropped-
letter word ("up 'em ... 'Rules is rules'"); the age and build a page gives ("described as ... aged 19 to 24, very
slim"); a plate a warning writes with a hyphen after its make, on a warning told to pass it on. And what must not
count: a mark's own name ("braces") again as a rare word in common when both have the mark, a young slim robber and a
heavy older man on a moped, her hair, her age, a house's dark windows, an advert headed by a siren, a car for sale.
All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.correlation import keys_for
from tests.test_linkage_series_traits import build, pair_links


def page_profile(content: str, mo: list[str] | None = None) -> dict[str, Any] | None:
    return op.build("desktop_research", {"content": content, "mo": mo or [], "entities": []})


def hair(text: str) -> list[str]:
    return build(text)["hair_words"]


def places(text: str, kind: str) -> list[str]:
    return [p for m in build(text)["marks"] if m["kind"] == kind for p in m["places"]]


# -- warnings of a man ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Wigan & Leigh girls \u26a0\ufe0f bald fella, squeaky hearing aid, takes his money back. Calls himself Des.",
        "Crewe ladies \U0001f6a8 the tall one in the camel coat is back, he won't pay",
        "\U0001f6a8 FAKE COP \U0001f6a8 Stockport. Shows a badge from a cereal box. Grey quiff. He is NOT police.",
        "Big lad in a red Corsa, takes the cash back off you with a screwdriver. Share pls",
    ],
)
def test_a_warning_told_by_a_sign_a_fake_cop_or_share_pls(content: str) -> None:
    assert op.warns_of_a_man({"content": content})
    assert page_profile(content) is not None


@pytest.mark.parametrize(
    "content",
    [
        "Leeds girls \U0001f6a8 Polish and Latina, 24/7 outcalls, all services",  # an advert headed by a siren
        "Sexy fake cop roleplay available, \u00a3120 per hour, text me",  # an advert
    ],
)
def test_an_advert_headed_by_a_sign_is_no_warning(content: str) -> None:
    assert not op.warns_of_a_man({"content": content})


# -- marks and hair ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["thin man, scar along his jawline", "jaw scar, left side", "he has a scar up the jaw", "scar on his jawbone"],
)
def test_a_scar_on_his_jaw_however_named(text: str) -> None:
    assert places(text, "scar") == ["jaw"]


@pytest.mark.parametrize(
    "text",
    [
        "stocky, dark beard and a 'man-bun'",
        "giant with a grey beard and a top-knot",
        "hair tied up on top of his head",
        "beard to his chest, hair scraped up in a bun",
        "long hair up in a bun, rings on every finger",
    ],
)
def test_hair_gathered_on_top_however_told(text: str) -> None:
    assert "bun" in hair(text)


@pytest.mark.parametrize(
    "text",
    [
        "he grabbed me while I had my hair tied up",
        "she had her hair scraped up in a bun, he had a beard",
        "long hair tied back, beard",  # a ponytail
    ],
)
def test_her_hair_or_hair_tied_back_is_no_bun(text: str) -> None:
    assert "bun" not in hair(text)


def test_a_long_beard_is_no_long_hair() -> None:
    assert "long" not in hair("big man, black long beard and hair tied up on top")
    assert "long" in hair("long hair and a short beard")


def test_a_beards_colour_still_tells_his_hair() -> None:
    assert "ginger" in hair("white 40s ginger beard, proper lisp")


def test_braces_on_both_rows_of_teeth() -> None:
    assert "braces" in [m["kind"] for m in build("he had metal braces on his upper and lower teeth")["marks"]]


# -- vehicles ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["drives a white minibus with black windows", "silver van with dark windows", "his car windows all blacked"],
)
def test_windows_told_by_their_colour_are_tinted(text: str) -> None:
    assert "tinted windows" in build(text)["vehicle_details"]


def test_a_houses_dark_windows_are_no_vehicle_detail() -> None:
    assert "tinted windows" not in build("he took me to a house with dark windows on Mill Lane")["vehicle_details"]


# -- what he is quoted saying --------------------------------------------------------------------------------------


def test_a_quote_after_a_dropped_letter_word() -> None:
    text = "boots wi' mud all up 'em. Called me a foreigner. 'Fair is fair' he says, then never paid"
    assert "fair is" in build(text)["quoted"]


def test_a_quote_that_is_a_whole_phrase_still_reads() -> None:
    assert "proper treasure" in build("he said 'you're a proper treasure, you' and left")["quoted"]


# -- a page's age and build ----------------------------------------------------------------------------------------


def test_a_pages_age_and_build() -> None:
    content = (
        "Police are appealing for information after two women were robbed in Ripon. He is described as white, "
        "aged 19 to 24, very slim, with a tattoo of a crown on his hand. Anyone with information should call 101."
    )
    profile = page_profile(content, ["robbery"])
    assert profile is not None and profile["age"] == [19, 24] and profile["build"] == "slim"


def test_her_age_on_a_page_is_not_his() -> None:
    content = "Warning girls - she is aged 19 and he robbed her at the station. Bald man, scar on his hand."
    profile = page_profile(content)
    assert profile is not None and profile["age"] is None


# -- series that link, look-alikes that do not --------------------------------------------------------------------


def test_a_jaw_scar_and_a_bun_link() -> None:
    a = build("huge man, scar on the jaw, hair tied up on top of his head, said he'd call immigration")
    b = build("very tall, beard to his chest, a man-bun, scar along his jawline, never paid")
    assert pair_links(a, b)


def test_a_bun_alone_does_not_link_two_men() -> None:
    a = build("huge man, hair tied up on top of his head, tattoo of a wolf on his hand")
    b = build("short fat man, a man-bun, glasses, took his money back")
    assert not pair_links(a, b)


def test_a_jaw_scar_alone_does_not_link_two_men() -> None:
    a = build("skinny lad, scar on the jaw, Scottish, paid in fake notes")
    b = build("old man, scar along his jawline, took her phone")
    assert not pair_links(a, b)


def test_braces_are_one_mark_not_a_rare_word_as_well() -> None:
    a = build("lad about 19, baby face, braces on his teeth, showed a fake banking screenshot")
    b = build("two men robbed me, one bald with a neck tattoo, the other short with braces on his teeth")
    assert not pair_links(a, b)


def test_a_delivery_rider_with_a_shared_mark_still_links() -> None:
    a = build("skinny lad came on a moped with a food delivery box, scar through his left eyebrow, pulled a knife")
    b = build("thin young man, takeaway box on his moped, a scar cutting his left eyebrow, showed a blade")
    assert pair_links(a, b)


def test_a_pages_age_keeps_a_young_robber_from_an_older_man() -> None:
    content = (
        "Police appeal after women robbed in Selby. The suspect arrived on a moped with a delivery box. He is "
        "described as white, aged 18 to 22, very slim, with a tattoo of a spider on his hand."
    )
    robber = page_profile(content, ["robbery"])
    assert robber is not None
    other = build(
        "man in his 50s, heavy, comes on a moped with a delivery box, spider tattoo on his neck",
        age_min=50,
        age_max=59,
        build="heavy",
    )
    assert not pair_links(robber, other)


# -- identifiers ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "plate"),
    [
        ("SILVER VAUXHALL YD19-PLK robbed two girls in Retford. Don't get in. Pass it on", "YD19PLK"),
        ("Black Audi ab68-cde again, pulls a knife. Don't answer him, stay safe", "AB68CDE"),
    ],
)
def test_a_hyphenated_registration_after_its_make_on_a_warning(content: str, plate: str) -> None:
    assert f"VEHICLE_REG:{plate}" in keys_for("desktop_research", {"content": content, "entities": []})


@pytest.mark.parametrize(
    "content",
    [
        "For sale: black Audi YD19-PLK, 40k miles, one owner",  # no warning
        "Pass it on: the code YD19-PLK opens the gate",  # no car before it
    ],
)
def test_a_hyphenated_registration_that_is_no_warnings(content: str) -> None:
    assert not [k for k in keys_for("desktop_research", {"content": content, "entities": []}) if "VEHICLE_REG" in k]
