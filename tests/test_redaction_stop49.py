"""Issue 8, stop 49: what the rules got wrong on helper_zze and trafficking dev_zd (each example
invented, after the classes seen): her GP practice, a day centre and her children's school
named with "School", "Academy" or "College" are places of her life, redacted; a warning
written in Jamaican patois is a worker's warning and "this man @x (Name, number)" gives his
details; a hotel's reception and a switchboard in a bracket or after "the LGBT+" are service
lines, not his; a note's "Punter Gaz" names the offender (her own advert keeps her
number); a group post headed by its author's
name and time ("Name, 14:02:") is his; her name set off by a dash before the record's own
place in a thread's title ("Kasia - Harehills") is hers; dialect openers and services'
shorthand are no names; "rapping on her window" is no rape (the model's lemma of "raped" is
"rap"). Every check reads all outputs (`leaked`). All data fictional."""

from __future__ import annotations

import pytest

from tests.test_redaction import advert, forum, offender_keys, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Client seen for a wound check. GP: Moorside Medical Group. A man called Dazza hit her.", "Moorside"),
        ("She is registered at Fernbank Surgery since 2021. A punter, Karl Dobbs, pushed her down.", "Fernbank"),
        ("Follow-up at her GP (Hillcrest Health Centre) in four weeks. He was called Mick.", "Hillcrest"),
        ("He said he'd send the pictures to the staff at Brookvale Day Centre where her mum goes.", "Brookvale"),
    ],
)
def test_her_gp_practice_or_day_centre_is_redacted(pipeline, text, place):
    out = run(pipeline, partner(text))
    assert not leaked(out, place)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Her son is at Calder Valley College and she does not want them told. Rick slapped her.", "Calder Valley"),
        ("My kids go to Oakfield Academy so please keep it quiet. He hit me in Dewsbury.", "Oakfield"),
        ("He said he would wait outside Moorfield High School for my daughter.", "Moorfield"),
    ],
)
def test_her_childrens_school_named_as_an_organisation_is_redacted(pipeline, text, school):
    out = run(pipeline, partner(text))
    assert not leaked(out, school)
    assert "Dewsbury" not in text or "Dewsbury" in text_of(out)


def test_his_workplace_named_as_a_school_stays(pipeline):
    out = run(pipeline, partner("He said he was a teacher at Hollins Park Academy. He pulled her hair."))
    assert "Hollins Park Academy" in text_of(out)


_PATOIS = (
    "@sweetness_ldn: BEWARE ALL MI SISTREN DEM ⚠️ Dis man @kingpin_tay (Tyrone, 07700 900 318) book mi fi "
    "Chapeltown Friday, lick mi inna mi face AN tek back him money. Him drive silver Audi A3 YT19 KPL. "
    "Nuh trust him. Mi alright, jus vex."
)


def test_a_warning_in_patois_gives_his_details_and_keeps_its_words(pipeline):
    out = run(pipeline, forum(_PATOIS))
    his = offender_keys(out, strip_at=True)
    assert {"tyrone", "kingpin_tay", "yt19kpl"} <= his
    assert any(v.endswith("7700900318") for v in his)
    assert not leaked(out, "sweetness_ldn")
    text = text_of(out)
    assert "Dis man" in text and "Nuh trust him" in text and "book mi fi" in text


def test_this_man_and_his_handle_in_an_english_warning(pipeline):
    out = run(
        pipeline,
        forum(
            "@roselane_x: Ladies be careful ⚠️ This guy @northside_dan (Danny, 07700 900 244) booked me Friday "
            "and took his money back when I was in the bathroom."
        ),
    )
    assert {"danny", "northside_dan"} <= offender_keys(out, strip_at=True) and not leaked(out, "roselane_x")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "He booked an outcall at the Riverside Lodge hotel in Salford (hotel reception 0113 496 0444 - he rang "
            "them after to ask about the cameras). He booked from 07700 900 645 and hit her.",
            "0113 496 0444",
        ),
        (
            "Client declines police. Signposted to the LGBT+ switchboard on 020 7946 0888. The man, Jez, "
            "07700 900 111, spat at him.",
            "020 7946 0888",
        ),
    ],
)
def test_a_hotel_reception_or_switchboard_line_is_no_offenders(pipeline, text, number):
    out = run(pipeline, partner(text))
    assert number.replace(" ", "") not in {v.replace(" ", "") for v in offender_values(out)}
    assert not leaked(out, number)


def test_a_notes_punter_named_without_an_article_is_the_offender(pipeline):
    out = run(pipeline, partner("Outreach log, Friday. Punter Baz (07700 900 612) refused to pay and shoved her."))
    assert "baz" in {v.lower() for v in offender_values(out)}
    # ... but what he is like after the label is no name
    out = run(pipeline, partner("She hit her head on the door. Offender Teesside accent, 30s, shaved head."))
    assert "teesside" not in {v.lower() for v in offender_values(out)} and "Teesside accent" in text_of(out)


def test_her_own_advert_keeps_her_number(pipeline):
    out = run(pipeline, advert("Hi I'm Lena 💋 ring me on 07700 900 431, I don't answer withheld. Ask for Lena."))
    assert not offender_values(out) and not leaked(out, "07700 900 431") and not leaked(out, "Lena")


def test_a_group_post_headed_by_its_authors_name_and_time_is_his(pipeline):
    out = run(
        pipeline,
        forum(
            "Group: Hillside Residents (public)\n"
            "Gary Platt, 09:15: HEADS UP neighbours. The woman at 12 Birch Road, HX1 2AB sells herself while her "
            "kids are at school. Her number is 07700 900 611, ring her and ask. Someone should put her windows in.\n"
            "Sue Marsh: Gary take this down, it's nobody's business.\n"
            "Gary Platt: Why are you defending her Sue?"
        ),
    )
    assert "gary platt" in {v.lower() for v in offender_values(out)}
    for value in ("Sue Marsh", "12 Birch Road", "HX1 2AB", "07700 900 611"):
        assert not leaked(out, value)


def test_dialect_openers_labels_and_services_shorthand_are_no_names(pipeline):
    text = (
        "Howay man, second time. Gadgie books us for the Quayside, a Manc lad, says he sent the money. "
        "Attacker: white, 30s, Reet tall. Keyworker says she is on Buvidal. He hit her. ARC card taken by him. "
        "NFS pathway followed."
    )
    out = run(pipeline, partner(text))
    kept = text_of(out)
    for word in ("Howay", "Gadgie", "Manc", "Attacker", "Reet", "Buvidal", "ARC", "NFS"):
        assert word in kept


def test_rapping_on_her_window_is_no_rape_and_raped_still_is(pipeline):
    # the small model lemmatises "raped" as "rap": the rape patterns had matched any rapping
    out = run(pipeline, partner("A man she saw once keeps turning up at night, rapping on her window, leaving notes."))
    assert "sexual_assault" not in out["record"]["mo"]
    assert "harassment_stalking" in out["record"]["mo"]
    for text in ("He raped her in the back of his van on Friday.", "she said he rapped her last nite n she is in bits"):
        assert "sexual_assault" in run(pipeline, partner(text))["record"]["mo"]


def test_her_name_before_the_records_own_place_in_a_thread_title_is_redacted(pipeline):
    content = (
        "Yorkshire Fieldreports > Leeds\n"
        "Thread: 'Kasia - Beeston - anyone seen her?'\n"
        "leedslad_77: saw her tues, told her I'd transfer it after and walked out lol. Number's 07700 900 251\n"
        "Moor_Mick: Not on mate. Pay the lady."
    )
    out = run(pipeline, advert(content, location="Beeston, Leeds"))
    assert not leaked(out, "Kasia") and not leaked(out, "07700 900 251")
    assert "Beeston" in text_of(out)
