"""Issue 8, stop 27: the classes the fresh sets zd and ze showed (invented examples).

- chats copied with their times ("[02:13] Tayla: ...") and forum posts headed by their author
  and date ("ScouseGrafter - 02 Sep 2026, 23:41"), "x wrote on 19/10/26:", "Comment - Name:",
  "Post 14/08/2026 by Name:", "Admin shown as Name";
- a page of workers warning each other (its heading says so): every poster is a worker, the
  men are in the posts; a structured alert ("Name used:", "Number:", "Car:") names him;
- a worker's own post about a man, in the first person and with no woman in it, is hers;
- plates: cherished ("private plate J4Y 90"), partial ("part plate FV68"), Northern Irish;
- the tagger's name across a line break, "the Promenade", a year read as a phone number.

Every check of what is redacted reads the whole output.
"""

from __future__ import annotations

import pytest

from common import normalise
from redaction.deny_list import compiled_deny, victim_values
from redaction.recognizers.uk_vehicle_reg import UkVehicleRegContextRecognizer, UkVehicleRegRecognizer
from redaction.roles import load_role_rules
from tests.test_redaction import forum, news, nums, run, text_of
from tests.test_redaction import offender_values as offenders
from tests.test_warnings_and_threads import leaked


def authors(text: str) -> list[str]:
    return [text[p.author[0] : p.author[1]] for p in load_role_rules().desktop.posts(text)]


# -- post layouts ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[21:40] Corinne: anyone had him?\n[21:42] Bethan (maid): yes, Tues", ["Corinne", "Bethan"]),
        ("14/09/2026, 23:05 - Mo Quayle: careful girls\n23:07 Tess: ta x", ["Mo Quayle", "Tess"]),
        (
            "Peakpunter77 - 02 Oct 2026, 22:10\nGood punt.\n\nhillside_harry | 4 Oct\nAgreed.",
            ["Peakpunter77", "hillside_harry"],
        ),
        ("[member] TrentTrev wrote on 03/10/26:\nRubbish.", ["TrentTrev"]),
        (
            "Post 02/09/2026 by Glen Askew: look at them\n  Comment - Ruth Pyle: take it down",
            ["Glen Askew", "Ruth Pyle"],
        ),
        ("Poster: Dovey_LL3 | 02/03/2026 23:10\nDON'T SEE him.", ["Dovey_LL3"]),
    ],
)
def test_post_headers_give_their_authors(text, expected):
    assert authors(text) == expected


def test_a_time_is_no_author_and_a_place_and_date_line_needs_a_name_shape():
    assert authors("02:20 Sam (friend): seen him") == ["Sam"]
    assert "Wakefield" not in authors("Wakefield - 4 Oct 2026\nBusy night.")


def test_an_admin_named_in_the_page_heading_is_read():
    assert "Ross Pennock" in authors('Facebook page "Tidy Streets" (public). Admin shown as Ross Pennock.\n')


# -- workers' pages -------------------------------------------------------------------------------
def test_on_a_workers_page_no_poster_is_the_offender(pipeline):
    out = run(
        pipeline,
        forum(
            'Copied from worker WhatsApp group "Girls Safety Net" (shared by the project).\n\n'
            "[20:01] Kezia: avoid this one girls!! texts as 07700 900 612, says hes called Lyle. "
            "Took the condom off halfway n laughed\n"
            "[20:03] Marnie: same number rang me, called me a dirty wh*re\n"
            "[20:05] Kezia: reported to the project xx"
        ),
    )
    assert {"+447700900612", "lyle"} <= offenders(out)
    for hers in ("Kezia", "Marnie"):
        assert not leaked(out, hers)


def test_a_structured_alert_on_a_workers_channel_names_him(pipeline):
    out = run(
        pipeline,
        forum(
            "Forwarded from Fenland Ladies Alerts (Telegram channel), captured 02/05/2026\n"
            'UGLY MUG\nName used: "Carlton"\nNumber: 07700 900 733\nCar: blue Ford Kuga, reg MV19 KPT\n'
            "What happened: he took it off without asking and said he'd glass her.\nPlease share with your girls xx"
        ),
    )
    assert {"+447700900733", "carlton", "MV19KPT"} <= offenders(out)


@pytest.mark.parametrize(
    "heading",
    [
        "Punters' lounge > Leeds > reviews",
        "Oakfield Community Watch group - warning about the flat",
        "GIRLS WANTED for a busy flat, safe and discreet",
    ],
)
def test_punters_residents_and_adverts_are_no_workers_page(heading):
    assert not load_role_rules().desktop.worker_page(heading + "\nbody")


def test_a_worker_telling_of_him_in_the_first_person_is_no_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Board: Tyneside safety (private)\n\nFlossie_NE wrote:\n"
            "Fella calling himself Rab, texts from 07700 900 548. He booked an outcall, flashed a card, "
            "said he was vice and I'd be nicked unless I did him for free. I was shaking. He left "
            "without paying a penny.\n\nmod_Jo replied:\nAdded to the list."
        ),
    )
    assert {"+447700900548", "rab"} <= offenders(out)
    assert not leaked(out, "Flossie_NE")


def test_her_drivers_car_in_her_warning_is_not_his(pipeline):
    out = run(
        pipeline,
        forum(
            "Posted by gemma_sw: Girls avoid a guy who books as Vince, he drives a black Audi, reg YN21 KVB. "
            "He grabbed me by the throat. My driver Col drives a silver Astra, reg YC68 TTM, he saw it all."
        ),
    )
    assert "YN21KVB" in offenders(out)
    assert not leaked(out, "YC68 TTM")


# -- plates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("the one with the white Range Rover, private plate K3V 77", "K3V 77"),
        ("his personalised reg: D4NNY", "D4NNY"),
        ("silver Skoda Octavia, part plate FV68. Don't see him.", "FV68"),
        ("a red Fiesta NKZ 1842 outside the flats", "NKZ 1842"),
    ],
)
def test_plates_of_every_shape_are_found(text, plate):
    found = [text[r.start : r.end] for r in UkVehicleRegContextRecognizer().analyze(text, [])]
    found += [text[r.start : r.end] for r in UkVehicleRegRecognizer().analyze(text, ["UK_VEHICLE_REG"])]
    assert plate in found


def test_her_own_northern_irish_plate_is_redacted(pipeline):
    out = run(
        pipeline,
        nums(
            "Since I blocked him he keeps texting saying he knows my car, the wee red Fiesta NKZ 1842, and "
            "he'll slash the tyres. He drives a white Audi A4."
        ),
    )
    assert not leaked(out, "NKZ 1842")


# -- names, places, numbers ---------------------------------------------------------------------------
def test_no_name_runs_across_a_line_break(pipeline):
    out = run(
        pipeline,
        forum(
            'Facebook page "Cleaner Streets Doncaster". Post by Gary Shawcross: spot the slags, we\'ll name every '
            "one till they leave.\n  Comment - Dean Pilling: got three more last night, sending you them now Gary\n"
            "  Comment - Gary Shawcross: cheers Dean"
        ),
    )
    names = {v for v in offenders(out) if not v.startswith("+")}
    assert {"gary shawcross", "dean pilling"} <= names
    assert not any("\n" in v or "comment" in v for v in names)


def test_the_promenade_is_a_place(pipeline):
    out = run(pipeline, nums("Met him at a B&B on the Promenade, he refused to pay and pushed me down the stairs."))
    assert "the Promenade" in text_of(out)


def test_a_year_is_no_phone_number():
    assert normalise.phone("2026") is None
    assert normalise.phone("07700 900123") == "+447700900123"


def test_a_court_reports_byline_is_no_offender(pipeline):
    out = run(
        pipeline,
        news(
            "THE FICTIONAL ECHO\nMan jailed for stealthing an escort\nPenny Arkwright | 26 November 2026\n\n"
            "Darren Luke Meakin, 41, of Hexthorpe, was jailed for four years after removing a condom without "
            "consent during a booking, Doncaster Crown Court heard."
        ),
    )
    assert "darren luke meakin" in offenders(out)
    assert "penny arkwright" not in offenders(out)


# -- the deny list's text filter -----------------------------------------------------------------------
def test_the_deny_list_compiles_only_what_the_text_may_hold():
    values = victim_values({"name": "Tamsin Oddie", "phone": "07700 900 414"})
    assert [e for e, _ in compiled_deny(values, "Tamsin rang")] == ["VICTIM_PERSON"]
    assert {e for e, _ in compiled_deny(values, "ring 7700-900-414")} == {"VICTIM_PHONE_NUMBER"}


# -- listings that show a controller -------------------------------------------------------------------
def test_a_recruiters_contact_in_an_exploitative_job_listing_is_his(pipeline):
    out = run(
        pipeline,
        forum(
            "Classifieds > Jobs > Grimsby (2 results)\n\n"
            "1) CLEANER wanted for a dental surgery, mornings, £11/hr. Ask for Brenda on (0113) 496 0733.\n\n"
            "2) GIRLS WANTED - EARN £2000/WEEK. We arrange flights and a room in the house, you pay back from "
            "first earnings. We keep your passport in the office. Contact Mr Z 07700 900 688, Telegram @mrz_jobs_gy"
        ),
    )
    assert {"+447700900688", "mrz_jobs_gy"} <= offenders(out)
    for innocent in ("Brenda", "496 0733"):
        assert not leaked(out, innocent)


def test_a_workers_own_advert_keeps_her_contact_redacted(pipeline):
    out = run(
        pipeline,
        forum(
            "Rooms to let? No - independent lady, own flat in Cleethorpes, no agency, no driver. "
            "Text Roxanne 07700 900 691, no withheld numbers."
        ),
    )
    assert not leaked(out, "07700 900 691")
    assert not leaked(out, "Roxanne")


# -- initials and warning runs ---------------------------------------------------------------------
def test_initials_after_a_subject_label_or_written_again_are_hers(pipeline):
    out = run(
        pipeline,
        nums(
            "Outreach note. Resident LAC (Room 4) says a man waits outside every night. Saw K. again later, "
            "male answered for K. and took her by the arm. Client GP (Flat 2) agrees to SPOC contact."
        ),
    )
    for initials in ("LAC", "K.", "GP"):
        assert not leaked(out, initials)


def test_a_warning_run_ends_at_the_line_break(pipeline):
    out = run(
        pipeline,
        forum(
            "Private group 'Fylde Working Girls' (messages supplied by a member)\n"
            "Jodie_F: has anyone had this guy, says he's called Mick, 07700 900 652. took pics of me asleep\n"
            "Jodie_F: he drives a black pickup, reg YT19 something\n"
            "Tess.Fylde: reported him to NUM for you hun"
        ),
    )
    assert {"+447700900652", "mick"} <= offenders(out)
    assert not leaked(out, "Tess")


# -- review boards, lists and round-ups ------------------------------------------------------------
def test_an_offending_reviewer_is_kept_wherever_a_reply_names_him(pipeline):
    out = run(
        pipeline,
        forum(
            "REVIEW THREAD: Nell - Hexham\n\nTyneTed | 4 Nov: Lovely girl, punctual.\n\n"
            "Quayside_Q7 | 6 Nov: pro tip, got the rubber off halfway through when she turned round, she never "
            "clocked lol.\n\nTyneTed | 6 Nov: Quayside_Q7 that's not on mate, out of order."
        ),
    )
    assert "quayside_q7" in offenders(out)
    assert "Quayside_Q7 that's not on" in text_of(out)  # one identifier, one fate
    assert not leaked(out, "TyneTed")


def test_a_bulleted_author_and_a_reply_naming_a_harmless_one(pipeline):
    out = run(
        pipeline,
        forum(
            "Ruby - Keswick - 07700 900 164\n"
            "• Fellrunner81: She robbed me blind - only joking, worth every penny.\n"
            "• Derwent_Dan: got the full hour then told her my wallet was in the car and drove off lol.\n"
            "• Fellrunner81: @Derwent_Dan that's theft mate, pay the lass."
        ),
    )
    assert "derwent_dan" in offenders(out)
    assert not leaked(out, "Fellrunner81")


def test_a_moderators_list_under_its_own_header_is_a_warning(pipeline):
    out = run(
        pipeline,
        forum(
            "WEARSIDE DODGY LIST - NOV (pinned)\nPosted by Mod_Tilly:\n"
            "1. Two lads in a silver Astra, one calls himself Kyle, 07700 900 574 - robbed a girl at knifepoint.\n"
            "2. 'Big Stan', 07700 900 786 - timewaster, books and no-shows.\n"
            "Reply, Mod_Tilly: thanks girls, added"
        ),
    )
    assert {"+447700900574", "+447700900786"} <= offenders(out)
    assert not leaked(out, "Mod_Tilly")


def test_in_a_court_round_up_only_the_sex_work_case_gives_an_offender(pipeline):
    out = run(
        pipeline,
        news(
            "THE FICTIONAL GAZETTE - Court round-up, 9 October 2026\n\n"
            "Kieran Paul Dunmore, 29, of Spalding, admitted stealing from two escorts while they were in the "
            "bathroom and must pay £500 compensation.\n\n"
            "Brenda Pollitt, 61, of Boston, was fined £120 for driving without insurance."
        ),
    )
    assert "kieran paul dunmore" in offenders(out)
    assert not leaked(out, "Brenda Pollitt")


def test_a_warning_title_does_not_run_into_the_next_line(pipeline):
    out = run(
        pipeline,
        forum(
            "Thread: WEAR VALLEY - AVOID 'DEAN'\nStarted by SunnyNE: Girls please be careful. Man calling himself "
            "Dean, books with 07700 900 538. Slapped my friend when she asked for the money up front."
        ),
    )
    assert {"+447700900538", "dean"} <= offenders(out)
    assert not leaked(out, "SunnyNE")
