"""Linkage at stop 59 (issue 12, from linkage/dev_zi and trafficking/dev_zn; each phrasing here invented). What the
fresh sets told in ways not read yet: "smells o tobacco", a smell with no "of" ("strong smell cannabis"), an eye that
turns told "1 eye", a "lazy left eye", orange work gear and a railway worker's kit, "calls u wee doll" and a note's
"referred to client as 'doll'", a toothpick he chews; two distinctive marks of different kinds in both reports (two
features, not one); a page's own handle, in clear, met as another page's keyed pseudonym; the start of his plate on the
form and the full plate on the same car. And what must not count: a smell another man has set against his ("smelt of
Lynx not fish"), the word "smells" of two different smells, the words of a quote both give counted again as text, a
hotel's number in brackets after its name, a neck tattoo and an earring, a plate start on a car of another colour.
All data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.correlation import Observation, keys_for, linkable
from processors.linkage import IDENTIFIER, PLATE_START, Linker, Subject
from processors.similar_offenders import SECOND_MARK, counted_words, score
from redaction.pseudonym import Pseudonymiser
from tests.test_linkage_series_traits import build, pair_links

KEY = Pseudonymiser(b"stop-59-test-key-not-a-secret-000000")


# -- what he smells of -------------------------------------------------------------------------------------------------


def test_a_smell_set_against_another_is_not_his() -> None:
    assert not any(b.startswith("smell:") for b in op.behaviours_of("lanky lad, he smelt of Lynx not diesel"))


@pytest.mark.parametrize(
    ("text", "smell"),
    [
        ("old fella, smells o pipe tobacco", "smell:cigarettes"),  # tobacco and cigarettes: one smell
        ("strong smell cannabis in his car the whole time", "smell:weed"),
    ],
)
def test_a_smell_told_with_o_or_with_no_of(text: str, smell: str) -> None:
    assert smell in op.behaviours_of(text)


def test_the_word_for_two_different_smells_is_no_wording_in_common() -> None:
    a = build("he smells of diesel, some lorry driver from the docks at Goole")
    b = build("always smells of garlic, a chef he says, round the back of the market")
    assert "smells" in counted_words(a, b, op.settings())


# -- a quote both give ------------------------------------------------------------------------------------------------


def test_the_words_of_a_quote_both_give_are_not_text_in_common_as_well() -> None:
    a = build("Handed me half then said 'right that's us evens' and walked. tiny skinny fella, Cleckheaton.")
    b = build("Big broad lad, handed over the cash, said 'that's us evens' and filmed me on his phone. Brighouse.")
    match = score(a, b, "B", op.settings())
    assert "text" not in match.features
    assert not pair_links(a, b)


# -- marks -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["nasty piece, 1 eye goes off to the side when he talks", "he has a lazy left eye and a grey van"],
)
def test_an_eye_that_turns_told_with_a_digit_or_its_side(text: str) -> None:
    assert "eye" in {m["kind"] for m in build(text)["marks"]}


def test_two_distinctive_marks_of_different_kinds_are_two_features() -> None:
    a = build("tattoo of a small star under his left eye, walks with a bad limp")
    b = build("little star tattooed under his eye. he limps, one leg shorter than the other")
    match = score(a, b, "B", op.settings())
    assert {"mark", SECOND_MARK} <= set(match.features)
    assert pair_links(a, b)
    # ... but a neck tattoo and an earring, which many men have, are one feature
    c, d = build("tattoo on his neck, earring in his left ear"), build("neck tattoo and an earring in his left ear")
    assert SECOND_MARK not in score(c, d, "B", op.settings()).features


# -- what he wears, carries, calls her ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("wears a railway hi-vis with the logo on", "railway workwear"),
        ("in a tabard like off the railway, smelled of oil", "railway workwear"),
        ("chewing a toothpick the whole time", "toothpick"),
        ("always a matchstick in his mouth", "toothpick"),
    ],
)
def test_work_kit_and_a_toothpick(text: str, item: str) -> None:
    assert item in op.items_of(text)


def test_orange_work_gear_is_a_hi_vis_but_an_orange_jacket_alone_is_not() -> None:
    assert "hi-vis" in op.items_of("still in his orange work gear when he came round")
    assert "hi-vis" not in op.items_of("wore an orange jacket and jeans")


@pytest.mark.parametrize(
    "text",
    ["calls u wee doll then laughs", "the punter referred to client as 'doll' all night", "he call me 'wee doll'"],
)
def test_a_name_for_her_with_wee_or_told_of_the_client(text: str) -> None:
    assert "name_for_her:doll" in op.behaviours_of(text)


# -- identifiers -------------------------------------------------------------------------------------------------------


def _phone(written: str) -> dict[str, Any]:
    return {"label": "PHONE_NUMBER", "normalized": "+441632960555", "text": written, "role": "offender"}


def test_a_number_in_brackets_after_a_hotels_name_is_the_hotels() -> None:
    text = "he came to the room at the sea view hotel (promenade end, 01632 960555 for the desk) and filmed me"
    assert not linkable(_phone("01632 960555"), text)
    assert linkable(_phone("01632 960555"), "met him at the hotel, he gave me 01632 960555 to ring")


def _page(rid: str, day: int, content: str, handles: list[str], entities: list[dict[str, Any]]) -> Subject:
    record = {"research_id": rid, "content": content, "entities": entities, "handle_refs": [KEY.token("handle", h)
              for h in handles]}  # fmt: skip
    when = f"2026-08-{day:02d}T10:00:00Z"
    return Subject(Observation(rid, "desktop_research", when, keys_for("desktop_research", record)), record)


def _handle(value: str) -> dict[str, Any]:
    return {"label": "ONLINE_HANDLE", "normalized": value, "text": value, "role": "offender", "evidence": "rule"}


def _linked(found: list[dict[str, Any]]) -> set[str]:
    return {r for lk in found if lk["kind"] == IDENTIFIER for r in lk["records"]}


@pytest.mark.parametrize("clear_first", [False, True])
def test_a_pages_own_handle_meets_another_pages_pseudonym_of_it(clear_first: bool) -> None:
    linker = Linker({}, KEY)
    redacted = _page("D1", 1, "story by [HANDLE_1]: her door, 'guess who lives here lads'", ["gaz_the_lad"], [])
    clear = _page("D2", 2, "post by gaz_the_lad: 'did a runner on one last night lol'", [], [_handle("gaz_the_lad")])
    first, second = (clear, redacted) if clear_first else (redacted, clear)
    linker.observe(first)
    assert _linked(linker.observe(second)) == {first.observation.record_id}
    # ... but two pages giving a handle only as a pseudonym, no page in clear as an offender's, link nothing
    linker.observe(_page("D3", 3, "[HANDLE_1] new in town, book now", ["lola_xx"], []))
    assert _linked(linker.observe(_page("D4", 4, "Lola is back, ask for [HANDLE_1]", ["lola_xx"], []))) == set()


def _car_report(rid: str, day: int, vrm: str, colour: str) -> Subject:
    plate = vrm.replace(" ", "")
    entity = {
        "label": "VEHICLE_REG",
        "normalized": plate,
        "text": vrm,
        "role": "offender",
        "evidence": "offender.vehicles",
    }
    vehicle = {"make": "Ford", "model": "Focus", "colour": colour, "vrm": vrm}
    record = {"report_id": rid, "narrative": "he drove off", "entities": [entity], "offender": {"vehicles": [vehicle]}}
    return Subject(Observation(rid, "nums", f"2026-08-{day:02d}T10:00:00Z", keys_for("nums", record)), record)


def _plate_linked(found: list[dict[str, Any]]) -> set[str]:
    return {r for lk in found if lk.get("attribute") == PLATE_START for r in lk["records"]}


@pytest.mark.parametrize("start_first", [False, True])
def test_the_start_of_his_plate_meets_the_full_plate_on_the_same_car(start_first: bool) -> None:
    linker = Linker({}, KEY)
    start, full = _car_report("N1", 1, "YB19 K", "blue"), _car_report("N2", 2, "YB19 KZD", "blue")
    first, second = (start, full) if start_first else (full, start)
    linker.observe(first)
    assert _plate_linked(linker.observe(second)) == {first.observation.record_id}
    # ... but not a start on a car of another colour, a shorter start, nor one with another letter
    for day, (vrm, colour) in enumerate([("YB19 K", "white"), ("YB19", "blue"), ("YB19 X", "blue")], start=3):
        assert _plate_linked(linker.observe(_car_report(f"N{day}", day, vrm, colour))) == set()
