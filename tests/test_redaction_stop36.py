"""Issue 8, stop 36: what the rules got wrong on helper_zq (South and North Yorkshire,
Cleveland, Durham; each example invented, after the classes seen): a report that clears the
man it names ("it was a misunderstanding, don't put him out as dodgy"; "not an incident, just
checking he's not on your list"; a shelter's own volunteer driver, "no concerns") keeps
nobody as an offender, though one that clears him while telling of an offence does not; the
man behind a counter who let her in and rang an ambulance, and the friend who came to get
her, are third parties, whatever cue names them ("a lad called Kieran", "her friend Pip");
a warnings board whose heading gives the man ("WARNING - 'Dominic' 07700 ...") keeps his
name and number, its posters redacted, and "he's also on Twitter as @x" is his; a moderator's
"Admin:" line closes the threat above it; an account with its display name, and a lettings
host who outs a guest, are a post's offending author; an officer's note repeating a listing's
contact gives it the same fate; homes said in passing ("to hers in X"); staff initials joined
in brackets. All data fictional."""

from __future__ import annotations

import pytest

from tests.test_redaction import advert, forum, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


@pytest.mark.parametrize(
    ("item", "values"),
    [
        (  # a retraction
            nums(
                "Can you add to my report from Tuesday. The man in the grey Skoda Fabia, reg YX15 KTP, that I put "
                "in as following me on Cross Lane - it was a misunderstanding. He's Dennis, a regular of mine, "
                "always paid, never any bother. Please don't put him out as dodgy. Nothing happened."
            ),
            ("YX15 KTP", "YX15KTP", "Dennis"),
        ),
        (  # a check on a new client
            nums(
                "Not an incident. New client wants to book Friday, seems polite, says he's called Warren, number "
                "07700 900 613. Just checking he's not on your list before I go."
            ),
            ("Warren", "900 613"),
        ),
        (  # a partner's own volunteer
            partner(
                "Women at drop-in worried about a man in a blue Dacia Logan (YK17 PWD) offering lifts after "
                "midnight. Checked: he is Gordon Heald, one of our volunteer drivers, DBS-checked. No concerns. "
                "Sharing so the car isn't flagged."
            ),
            ("YK17 PWD", "Gordon"),
        ),
    ],
    ids=["retraction", "new_client_check", "own_volunteer"],
)
def test_a_report_that_clears_the_man_keeps_no_one_as_an_offender(pipeline, item, values):
    out = run(pipeline, item)
    assert not offender_values(out)
    for value in values:
        assert not leaked(out, value), value


def test_clearing_words_beside_an_offence_clear_no_one(pipeline):
    out = run(
        pipeline,
        nums(
            "Nothing happened the first time. Last night the man in the grey Skoda Fabia, reg YX15 KTP, punched "
            "me in the face and took my phone."
        ),
    )
    assert "YX15KTP" in {v.replace(" ", "").upper() for v in offender_values(out)}


def test_the_one_who_let_her_in_is_a_third_party(pipeline):
    out = run(
        pipeline,
        nums(
            "He hit me in the cab and held me down. I ran to the garage kiosk; the cashier, a lad called Kieran, "
            "let me in and waited with me till my friend Pip came to get me. The lad on the till, Ash, rang an "
            "ambulance. The punter calls himself Big Al, number 07700 900 186."
        ),
    )
    kept = offender_values(out)
    assert "big al" in kept and "+447700900186" in kept
    for name in ("Kieran", "Pip", "Ash"):
        assert not leaked(out, name), name


def test_a_warnings_boards_heading_keeps_the_man(pipeline):
    out = run(
        pipeline,
        forum(
            "SafeWorkers North board > Warnings > Tees\n"
            "WARNING - 'Lyndon' 07700 900 157 - Middlesbrough\n"
            "1. rosie_boro: Booked by 'Lyndon' for an outcall. Paid a deposit from lyn.w@example.com then charged "
            "it back. At the booking he refused to pay and got nasty.\n"
            "2. ScarletLady_TS1: he's also on Twitter as @lyndonw_ts posting girls' pics\n"
        ),
    )
    kept = {v.lstrip("@").lower() for v in offender_values(out)}
    assert {"lyndon", "+447700900157", "lyn.w@example.com", "lyndonw_ts"} <= kept, kept
    assert not leaked(out, "rosie_boro") and not leaked(out, "ScarletLady_TS1")
    assert "Booked by 'Lyndon'" in text_of(out)


def test_a_commenter_above_a_moderators_line_is_read_alone(pipeline):
    out = run(
        pipeline,
        forum(
            "Captured from public Facebook group 'Eston Noticeboard'\nPost by Kyle Brannan · 2h\n"
            "PSA there is a woman selling herself from the flat above the bakery, calls herself 'Roxy' on that site, "
            "phone 07700 900 476, ring her and tell her what u think\nComments:\n"
            "Tanya Hebden: disgusting, someone put her windows through\n"
            "Lorna Kitching: leave her alone, this is how women get killed\n"
            "Declan Rourke: ill go round tonight 🔥\nAdmin: post reported, removing"
        ),
    )
    kept = offender_values(out)
    assert {"kyle brannan", "tanya hebden", "declan rourke"} <= kept, kept
    assert not leaked(out, "Lorna") and not leaked(out, "900 476")


def test_an_account_with_its_display_name_is_the_author(pipeline):
    out = run(
        pipeline,
        forum(
            "X/Twitter capture, account @DonnyPatriot77 (display name 'Donny Lad'):\n"
            "'Found the bloke in a dress advertising on that escort site, real name is Callum Pritt, lives in a flat "
            "above the bookies. Go and say hi lads'"
        ),
    )
    kept = {v.lstrip("@").lower() for v in offender_values(out)}
    assert {"donnypatriot77", "donny lad"} <= kept, kept
    assert not leaked(out, "Callum")


def test_a_lettings_host_outing_a_guest_is_an_offender(pipeline):
    out = run(
        pipeline,
        advert(
            "Lettings platform capture - 'Loft apartment, Ouseburn' - host: Malcolm (Superhost)\n"
            "Host's review of guest 'Bogdana P.': 'This guest used my apartment as a brothel. I have her number "
            "(07700 900 957) and I'll be posting it on every Newcastle Facebook group so people know what she is.'\n"
            "Guest reply: 'Please remove my number, this is harassment.'\n"
            "Host: 'Should have thought of that.'",
            phones=["07700900957"],
            platform="lettings",
        ),
    )
    assert "malcolm" in offender_values(out)
    assert not leaked(out, "Bogdana") and not leaked(out, "900 957")


def test_a_directory_owner_of_a_rotating_spa_and_one_number_one_fate(pipeline):
    out = run(
        pipeline,
        advert(
            "LETTINGS - Whitby, 2 bed flat. Short lets from 1 week, cash accepted, no references. Ideal for "
            "professional ladies working away. Contact Dale 07700 900 489 or lets.whitby4u@example.com\n"
            "Officer note: 07700 900 489 was the contact number on 5 adult adverts for different women since "
            "September; adverts rotate every 7-10 days.",
            phones=["07700900489"],
            platform="lettings",
        ),
    )
    kept = offender_values(out)
    assert {"dale", "+447700900489", "lets.whitby4u@example.com"} <= kept, kept
    assert "[PHONE" not in text_of(out), text_of(out)


def test_homes_told_in_passing_stop36(pipeline):
    out = run(
        pipeline,
        nums(
            "He hit me in the car on Burngreave Road. My sister picked me up and took me to hers in Parson Cross. "
            "My mate shares a flat with a friend in Hillsborough, I stayed there after."
        ),
    )
    assert not leaked(out, "Parson Cross") and not leaked(out, "Hillsborough")
    assert "Burngreave Road" in text_of(out)


def test_staff_initials_joined_in_brackets(pipeline):
    out = run(pipeline, partner("Outreach visit 02/10 (BW + RT). KM seen at her flat. A client punched her."))
    assert not leaked(out, "BW") and not leaked(out, "RT")
    kept = run(pipeline, forum("@DaleR_1983: lol RT so the whole town knows where she lives"))
    assert "RT so the whole town" in text_of(kept)


def test_his_address_where_it_happened_is_kept(pipeline):
    out = run(
        pipeline,
        partner(
            "SU disclosed a serious sexual assault on 05/10 at the offender's flat, Flat 2, 41 Cannon Street, "
            "Bedminster. He raped her friend at his flat, 12 Mill Lane, Otley, too. SU lives at 9 Wren Street."
        ),
    )
    text = text_of(out)
    assert "Flat 2, 41 Cannon Street" in text and "12 Mill Lane" in text, text
    assert not leaked(out, "9 Wren Street")
