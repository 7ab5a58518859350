"""The liaison officers' digest and draft warnings (processors/digest): the content model,
districts, periods, offender groups and draft ids, the warnings' content, and the HTML,
plain-text and JSON renderings. Pure: no broker (the worker's windows are tested in
tests/test_digest_kafka.py, the page in a real browser in tests/test_digest_browser.py)."""

from __future__ import annotations

import json
import re

import pytest

from processors.digest import (
    OTHER,
    build_digest,
    digest_item,
    draft_warning,
    eligible,
    find_group,
    group_offenders,
    load_districts,
    parse_periods,
    render_html,
    render_json,
    render_text,
    render_warning_html,
    render_warning_text,
    wanted,
    window_of,
    windows_between,
)
from processors.digest.periods import PERIODS, Window, iso, parse_time
from processors.digest.warning import format_phone, format_vrm
from tests.digest_fixtures import routed_advert, routed_nums, routed_partner

NOW = parse_time("2026-11-17T12:00:00Z")
WEEK = window_of(parse_time("2026-11-16T09:00:00Z"), PERIODS["weekly"])


def _digest(outputs, district="Leeds", period="weekly", window=WEEK, now=NOW):
    items = [digest_item(o) for o in outputs if wanted(o)]
    return build_digest(items, district, period, window, now)


# -- districts and periods ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("district", "places", "expected"),
    [
        ("Leeds", [], "Leeds"),
        ("  bradford ", ["Halifax"], "Bradford"),  # the record's own district wins
        (None, ["a house in Bradford"], "Bradford"),
        (None, ["Headingley"], "Leeds"),
        (None, ["Bradford BD1"], "Bradford"),
        (None, ["off Station Road, WF13 2AB"], "Kirklees"),  # WF13 is Kirklees, though WF is Wakefield
        (None, ["WF1 1AA"], "Wakefield"),
        (None, ["Halifax bus station", "Leeds"], OTHER),  # two districts: not guessed
        (None, ["Romania"], OTHER),
        ("Sheffield", [], OTHER),  # not one of the force's: never a key from a record's text
        (None, ["a Leedsish place"], OTHER),  # whole words only
    ],
)
def test_an_items_district_comes_from_the_list_only(district, places, expected):
    assert load_districts().resolve(district, places) == expected


def test_district_slugs_and_labels():
    districts = load_districts()
    assert districts.slug("Leeds") == "leeds" and districts.slug(OTHER) == "other"
    assert districts.label(OTHER) == "Other or not stated"


def test_windows_are_utc_days_and_monday_weeks():
    day = window_of(parse_time("2026-11-18T23:59:59Z"), PERIODS["daily"])
    assert (day.start_iso, day.end_iso) == ("2026-11-18T00:00:00Z", "2026-11-19T00:00:00Z")
    week = window_of(parse_time("2026-11-22T23:00:00Z"), PERIODS["weekly"])  # a Sunday
    assert (week.start_iso, week.end_iso) == ("2026-11-16T00:00:00Z", "2026-11-23T00:00:00Z")  # Monday to Monday
    assert [w.start_iso[:10] for w in windows_between(week.start, week.end, PERIODS["daily"])][::6] == [
        "2026-11-16",
        "2026-11-22",
    ]


def test_periods_setting():
    assert parse_periods("daily,weekly") == PERIODS
    assert parse_periods("daily=20") == {"daily": 20.0}
    for bad in ["hourly", "daily=0", "", "daily=x"]:
        with pytest.raises(ValueError):
            parse_periods(bad)


# -- what an item keeps ---------------------------------------------------------------------
def test_an_item_keeps_the_facts_and_drops_free_text_pseudonyms_and_the_researcher():
    outputs = [routed_nums("NUM-T-1"), routed_partner("PS-T-1"), routed_advert("DR-T-1")]
    text = json.dumps([digest_item(o) for o in outputs])
    for gone in ["NARRATIVE-TEXT-MARKER", "ADVERT-TEXT-MARKER", "person:", "phone:", "url:", "name:", "PC 0000"]:
        assert gone not in text, gone
    assert "AUTH-FICTIONAL-1" not in text
    item = digest_item(outputs[0])
    assert item["offender"]["phones"] == ["+447700900456"] and item["offender"]["vrms"] == ["YX62ABC"]
    assert item["contact"].startswith("NO CONTACT") and item["hate_crime"] is True
    assert item["reasons"] and item["grading"]["handling_code"]["value"] == "C"
    assert digest_item(outputs[2])["links"][0]["value"] is None  # an advert contact's pseudonym is not copied


def test_only_the_liaison_officers_items_are_wanted():
    only_intel = routed_nums("NUM-T-9")
    only_intel["routes"] = ["force_intel"]
    assert not wanted(only_intel)
    assert not wanted({"line": 3, "status": "rejected", "error": "narrative: required field missing"})
    assert wanted(routed_nums("NUM-T-1")) and wanted(routed_advert("DR-T-1"))


# -- sections -------------------------------------------------------------------------------
def test_waiting_for_contact_puts_overdue_first_and_says_the_deadline():
    share = routed_nums("NUM-T-1", consent="share_details", contact="Contact only through the project.")
    formal_late = routed_nums(
        "NUM-T-2",
        consent="formal_report",
        received_at="2026-11-16T08:00:00Z",
        crime_recording_due="2026-11-17T08:00:00Z",
        contact="Formal report requested.",
    )
    formal_soon = routed_nums(
        "NUM-T-3", consent="formal_report", crime_recording_due="2026-11-18T08:00:00Z", contact="Formal."
    )
    anonymous = routed_nums("NUM-T-4")
    d = _digest([share, formal_soon, anonymous, formal_late])
    waiting = d["waiting_for_contact"]
    assert [w["id"] for w in waiting] == ["NUM-T-2", "NUM-T-3", "NUM-T-1"]  # anonymous intelligence: never
    assert waiting[0]["overdue"] and waiting[0]["overdue_hours"] == 4.0
    assert not waiting[1]["overdue"] and d["summary"]["overdue"] == 1
    html, text = render_html(d), render_text(d)
    assert "OVERDUE" in html and "OVERDUE" in text
    assert "Contact only through the project." in html


def test_every_item_shows_its_reasons_and_grading_once_and_points_back_after():
    d = _digest([routed_nums("NUM-T-1", consent="share_details")])
    assert [e["details_above"] for e in d["waiting_for_contact"] + d["new_incidents"]] == [False, True]
    html = render_html(d)
    assert html.count("baseline.spoc: why it went to spoc") == 1
    assert 'href="#item-NUM-T-1"' in html and 'id="item-NUM-T-1"' in html
    assert "Proposed grading 2/A/C" in html and "Proposed grading 2/A/C" in render_text(d)


def test_new_incidents_carry_date_area_mo_and_the_hate_crime_flag():
    d = _digest([routed_nums("NUM-T-1")])
    (incident,) = d["new_incidents"]
    assert incident["incident_at"] == "2026-11-15T22:10:00Z" and incident["area"] == ["Armley Road, Leeds"]
    assert incident["mo"] == ["violence", "robbery"] and incident["hate_crime"] is True
    html = render_html(d)
    assert "HATE CRIME" in html and "Sun 15 Nov 2026 22:10 GMT" in html and "Armley Road, Leeds" in html


def test_offenders_are_grouped_by_identifier_not_by_name_and_repeat_is_shown_with_links():
    a = routed_nums("NUM-T-1")
    b = routed_nums("NUM-T-2", incident_at="2026-11-16T23:00:00Z")  # same phone
    c = routed_nums(
        "NUM-T-3",
        offender={"names": ["gorran"], "phones": ["+447700900999"], "vehicles": [], "description": None},
        entities=[],
    )  # the same name, another phone: another man
    b["links"] = [
        {
            "kind": "PHONE_NUMBER",
            "value": "+447700900456",
            "records": ["NUM-T-1", "NUM-OLD-7"],
            "sources": ["nums"],
            "reports": 3,
            "adverts": 0,
            "first_seen": "2026-10-01T00:00:00Z",
            "last_seen": "2026-11-16T09:00:00Z",
        }
    ]
    d = _digest([a, b, c])
    first, second = d["offenders"]
    assert first["repeat"] and first["reports"] == 3 and first["reports_here"] == 2
    assert first["links"][0]["records"] == ["NUM-OLD-7"]  # records outside this digest
    assert not second["repeat"] and second["phones"] == ["+447700900999"]
    html = render_html(d)
    assert "Repeat offender: 3 reports" in html and "07700 900456" in html and "NUM-OLD-7" in html


def test_signals_say_a_reason_to_look_and_leave_weak_ones_alone():
    weak_only = routed_partner("PS-T-2", indicators=[{"id": "limited_english", "strength": "weak", "evidence": "x"}])
    weak_only["routes"] = ["force_intel", "spoc"]
    d = build_digest(
        [digest_item(o) for o in [routed_partner("PS-T-1"), weak_only, routed_advert("DR-T-1")]],
        "Bradford",
        "weekly",
        WEEK,
        NOW,
    )
    assert [s["id"] for s in d["signals"]] == ["PS-T-1"]  # the weak-only one is not a signal
    assert d["signals"][0]["strong"] == ["documents_held"] and d["signals"][0]["weak"] == ["limited_english"]
    leeds = _digest([routed_advert("DR-T-1")])
    assert leeds["signals"][0]["advert_count"] == 3 and leeds["signals"][0]["shared_with"] == ["DR-T-2", "DR-T-3"]
    for text in (render_html(d), render_text(d)):
        assert "a reason to look, not proof" in text


def test_counts_by_mo_and_by_district_with_charts():
    d = _digest([routed_nums("NUM-T-1"), routed_nums("NUM-T-2", district="Wakefield"), routed_partner("PS-T-1")])
    assert d["counts"]["by_mo"] == {"violence": 1, "robbery": 1}
    assert d["counts"]["by_district"] == {
        "Leeds": 1,
        "Bradford": 1,
        "Kirklees": 0,
        "Calderdale": 0,
        "Wakefield": 1,
    }
    html = render_html(d)
    charts = re.findall(r'<svg class="chart" id="([^"]+)" role="img" aria-label="([^"]+)"', html)
    assert [c[0] for c in charts] == ["chart-by-mo", "chart-by-district"]
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "an id used twice on the page"


def test_an_empty_period_says_so():
    d = _digest([], district="Calderdale")
    assert d["summary"]["items"] == 0
    assert "Nothing new for this district in this period." in render_html(d)
    assert "Nothing new for this district in this period." in render_text(d)


# -- renderings -----------------------------------------------------------------------------
def test_the_page_is_self_contained_accessible_and_printable():
    d = _digest([routed_nums("NUM-T-1"), routed_advert("DR-T-1")])
    html = render_html(d)
    assert html.startswith("<!doctype html>") and '<html lang="en-GB">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "default-src 'none'" in html  # the page may fetch nothing
    for external in ["http://", "https://", "<script", "<link", " src=", "@import", "url(http"]:
        assert external not in html, external
    assert "@page { size: A4" in html and "@media print" in html
    assert len(re.findall(r"<h1[ >]", html)) == 1 and len(re.findall(r"<h2[ >]", html)) >= 6
    assert '<th scope="col"' in html and "<caption>" in html


def test_every_value_is_escaped_in_the_page():
    hostile = routed_nums("NUM-T-1", location="<script>alert(1)</script> & Co", district="Leeds")
    html = render_html(_digest([hostile]))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_plain_text_fits_an_email():
    d = _digest([routed_nums("NUM-T-1", consent="share_details"), routed_partner("PS-T-1", location="Leeds")])
    text = render_text(d)
    assert text.startswith("OFFICIAL-SENSITIVE")
    long = [line for line in text.splitlines() if len(line) > 78 and " " in line.strip()]
    assert not long, long
    for heading in ["1. WAITING FOR CONTACT", "2. NEW INCIDENTS", "3. OFFENDERS", "4. TRAFFICKING", "5. COUNTS"]:
        assert heading in text


def test_the_json_is_one_document_that_round_trips():
    d = _digest([routed_nums("NUM-T-1"), routed_advert("DR-T-1")])
    back = json.loads(render_json(d))
    assert back == json.loads(json.dumps(d)) and back["kind"] == "bulletins.digest"
    assert back["from"] == WEEK.start_iso and back["until"] == WEEK.end_iso


# -- draft warnings ---------------------------------------------------------------------------
def _group(*outputs):
    (group,) = group_offenders([digest_item(o) for o in outputs])
    return group


def test_draft_ids_are_stable_and_any_identifier_of_the_group_finds_it():
    group = _group(routed_nums("NUM-T-1"))
    assert re.fullmatch(r"W-[0-9a-f]{10}", group.draft_id)
    assert _group(routed_nums("NUM-T-1")).draft_id == group.draft_id  # the same in every run
    bigger = group_offenders(
        [
            digest_item(o)
            for o in [
                routed_nums("NUM-T-1"),
                routed_nums(
                    "NUM-T-2",
                    offender={"phones": ["+447700900100", "+447700900456"], "vehicles": []},
                    entities=[],
                ),
            ]
        ]
    )
    assert len(bigger) == 1 and bigger[0].draft_id != group.draft_id  # a number that sorts first joined
    assert find_group(bigger, group.draft_id) is bigger[0]  # the old id still finds it
    assert find_group(bigger, "W-0000000000") is None


def test_warnings_are_drafted_for_repeat_or_serious_offenders_with_something_to_warn_with():
    assert eligible(_group(routed_nums("NUM-T-1")))  # violence, robbery
    minor = routed_nums("NUM-T-2", mo=["refused_payment"])
    assert not eligible(_group(minor))
    name_only = routed_nums(
        "NUM-T-3",
        offender={"names": ["gorran"], "phones": [], "vehicles": [], "description": None},
        entities=[],
        description_structured=None,
    )
    assert not eligible(_group(name_only))  # a name is never put in a warning: nothing to warn with


def test_a_warning_carries_offender_details_only():
    output = routed_nums(
        "NUM-T-1",
        consent="formal_report",
        crime_recording_due="2026-11-17T09:00:00Z",
        offender={
            "names": ["gorran"],
            "phones": ["+447700900456"],
            "emails": ["gorran.x@example.net"],
            "online_handles": ["gorran_lds"],
            "vehicles": [{"make": "Vauxhall", "model": "Astra", "colour": "silver", "vrm": "YX62ABC"}],
            "description": "White male, about 40, stocky",
        },
    )
    draft = draft_warning(_group(output))
    message = json.dumps(draft["message"])
    for kept in ["07700 900456", "YX62 ABC", "silver Vauxhall Astra", "gorran.x@example.net", "gorran_lds"]:
        assert kept in message, kept
    assert "White male, about 40, stocky build" in message
    assert "Leeds (Armley Road)" in message  # a street-based incident's street
    assert "been violent" in message and "robbed" in message
    police_only = [
        "NUM-T-1",  # record ids
        "2026",  # dates
        "person:",  # pseudonyms
        "grading",
        '"C"',
        "untested",  # grading and handling code
        "baseline",  # routing reasons
        "anonymous intelligence",
        "Formal report",  # consent
        'gorran"',  # a name the offender gave
        "Fictional Women",  # the reporting project
        "hate crime",
    ]
    for gone in police_only:
        assert gone.lower() not in message.lower(), gone
    assert "NOT SENT" in draft["status"]


def test_an_indoor_place_stays_out_of_a_warning():
    indoor = routed_nums("NUM-T-1", sector="indoor", location="a flat off Fictional Lane")
    draft = draft_warning(_group(indoor))
    assert draft["message"]["area"] == ["Leeds"] and "Fictional Lane" not in json.dumps(draft)


def test_warning_renderings():
    draft = draft_warning(_group(routed_nums("NUM-T-1")))
    html, text = render_warning_html(draft), render_warning_text(draft)
    assert "default-src 'none'" in html and "<h1>Draft W-" in html
    assert "DRAFT, NOT SENT" in text and "--- message for NUM (begins) ---" in text
    assert "07700 900456" in text


def test_identifier_formats():
    assert format_phone("+447700900456") == "07700 900456" and format_phone("+441134960123") == "0113 496 0123"
    assert format_vrm("YX62ABC") == "YX62 ABC" and format_vrm("A123BCD") == "A123 BCD"
    assert format_vrm("ABC123D") == "ABC 123D" and format_vrm("1234AB") == "1234AB"


def test_a_window_object_names_its_edges():
    window = Window(parse_time("2026-11-16"), parse_time("2026-11-17"))
    assert window.start_iso == iso(window.start) == "2026-11-16T00:00:00Z"
