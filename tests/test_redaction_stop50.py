"""Issue 8, stop 50: what the rules got wrong on helper_zzf and trafficking dev_ze (each example
invented, after the classes seen): a number said with a filler between its groups ("07700, erm,
900 028") is one number; a regular she vouches for ("who she says is nothing like this", "makes
her feel safe", Scots "an he's a gentleman") is no offender; her mum's workplace ("Mum works at
the Co-op on ...") is a place of her family's life; a note's subject written as initials with
her label in brackets ("DM (client, 07700 ...)") is hers, and so is the number in her bracket; an
offending forum author's "Number's 07700 ..." is his; a room listing for "foreign girls, no
English needed" with her passport kept names its controller's contact; a case minute's
"Perpetrator: Name" names him; a heading's words in capitals ("VAN LOG") and a law named after
a victim ("Clare's Law") are no one's; Russian short names in capitals ("KATYA 21") are names;
"the Custard Factory" is a place. Every check reads all outputs (`leaked`). All data fictional."""

from __future__ import annotations

import pytest

from tests.test_redaction import advert, forum, nums, offender_keys, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def _has_phone(out: dict, digits: str) -> bool:
    return any(v.replace("+44", "0").endswith(digits) for v in offender_keys(out, strip_at=True))


# -- a number said with fillers ----------------------------------------------------------


def test_her_number_said_with_fillers_is_redacted(pipeline):
    out = run(
        pipeline,
        nums(
            "Voice note typed up. He was horrible, pulled my hair out the car. Ring me back on oh seven, "
            "sorry, 07700, um, 900 415 if you need more."
        ),
    )
    assert not leaked(out, "07700, um, 900 415")
    assert not leaked(out, "900 415")


def test_his_number_said_with_a_filler_is_kept(pipeline):
    out = run(
        pipeline,
        nums(
            "Fella called himself Gaz, nasty with it, shoved me into the wardrobe. His number was "
            "07700 900 then 382 I'm sure. Drove a silver Astra."
        ),
    )
    assert _has_phone(out, "7700900382")


def test_a_count_after_a_number_is_no_part_of_it(pipeline):
    out = run(pipeline, nums("He rang from 0113 496 0291 then 20 more times that night and I blocked him."))
    assert _has_phone(out, "1134960291")
    assert "20 more times" in text_of(out)


# -- a regular she vouches for -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "regular", "offender"),
    [
        (
            "Been doing this thirty year. I've a regular, Tammas, that comes every second Friday, an he's a "
            "gentleman. But this new one, called himself Rab, grabbed my throat and took £60 back.",
            "Tammas",
            "rab",
        ),
        (
            "Outreach: She has a lovely regular, Mr Doshi, who she says is nothing like this man. The man who "
            "hurt her gave the name Clive, 07700 900633, hit her with a belt.",
            "Doshi",
            "clive",
        ),
        (
            "Older client she calls 'Uncle Bert' drives her back after and makes her feel safe. Different man, "
            "Kane, 07700 900644, spat at her and stole her phone.",
            "Bert",
            "kane",
        ),
    ],
)
def test_a_regular_she_vouches_for_is_no_offender(pipeline, text, regular, offender):
    out = run(pipeline, partner(text))
    assert not leaked(out, regular)
    assert offender in offender_keys(out, strip_at=True)


def test_nothing_like_this_on_the_phone_still_names_him(pipeline):
    out = run(
        pipeline, nums("Client Darren was nothing like this on the phone, then he punched me. Darren 07700 900655.")
    )
    assert "darren" in offender_keys(out, strip_at=True)


# -- her family's workplace --------------------------------------------------------------


def test_her_dads_workplace_is_redacted(pipeline):
    out = run(
        pipeline,
        partner(
            "ISVA note. SU (19) disclosed assault by client 'Jez', 07700 900561, in his car off Carholme Road. "
            "Her dad works at the Tesco on Wragby Road and she asks that he is never told."
        ),
    )
    assert not leaked(out, "Wragby Road")
    assert "Carholme Road" in text_of(out)
    assert "jez" in offender_keys(out, strip_at=True)


def test_a_shop_where_it_happened_stays(pipeline):
    out = run(pipeline, nums("Man grabbed me outside the Co-op on Mill Lane and forced me into a red Corsa, YT19 KHD."))
    assert "Mill Lane" in text_of(out)


# -- her initials and her bracket --------------------------------------------------------


@pytest.mark.parametrize("who", ["DM", "Shaz"])
def test_her_initials_or_name_with_her_label_and_number_in_brackets(pipeline, who):
    out = run(
        pipeline,
        partner(f"Hostel log. {who} (client, 07700 900 562) says a man called Rocco, 07700 900 563, slapped her."),
    )
    assert not leaked(out, who)
    assert not leaked(out, "07700 900 562")
    assert "rocco" in offender_keys(out, strip_at=True)
    assert _has_phone(out, "7700900563")


def test_a_direct_message_is_no_ones_initials(pipeline):
    out = run(
        pipeline, partner("Team got a DM on the project inbox about a punter called Vince, 07700 900564, who bit her.")
    )
    assert "DM" in text_of(out)


# -- an offending author's own number ----------------------------------------------------

_THREAD = (
    "Dundee - how to get it free\n\nPost by Tayside_Tam:\nEasy. Book her for an hour, finish, then say the "
    "cash is in the motor and just drive off. Done it three times, never paid once. What's she gonnae do.\n\n"
    "Reply by JuteMill_Jim:\nThat's theft pal, grow up.\n\nReply by Tayside_Tam:\nBoo hoo. Number's "
    "07700 900 734 if she wants to cry about it"
)
_THREAD_HERS = (
    "Leeds > field reports\nThread: 'Roza - Holbeck - seen her?'\nbeestonbaz_71: saw her mon, told her I'd pay "
    "after and walked off lol. Number's 07700 900 736\nArmley_Al: Not on mate. Pay the lady."
)


def test_an_offending_authors_own_number_in_a_later_post_is_his(pipeline):
    out = run(pipeline, forum(_THREAD))
    assert "tayside_tam" in offender_keys(out, strip_at=True)
    assert _has_phone(out, "7700900734")
    assert not leaked(out, "JuteMill_Jim")


def test_a_bare_number_in_a_thread_about_her_stays_hers(pipeline):
    out = run(pipeline, forum(_THREAD_HERS))
    assert not leaked(out, "07700 900 736")
    assert not leaked(out, "Roza")


def test_her_number_in_a_harmless_review_stays_redacted(pipeline):
    out = run(
        pipeline,
        forum(
            "Glasgow review\n\nPost by Clyde_Regular:\nLovely lass, on time, clean flat, would see again. "
            "Her number's 07700 900735 if anyone wants it."
        ),
    )
    assert not leaked(out, "07700 900735")


# -- a controller's room listing ---------------------------------------------------------


def test_a_room_for_foreign_girls_with_her_passport_kept_names_his_contact(pipeline):
    out = run(
        pipeline,
        advert(
            "Rooms - Margate, near the seafront. Women only, foreign girls welcome, no English needed. You must "
            "see clients in the room, £60 a day paid to Mr Kaan every evening. We keep your passport safe while "
            "you stay. Ring 07700 900861."
        ),
    )
    assert _has_phone(out, "7700900861")
    assert "Rooms" in text_of(out)


def test_an_ordinary_room_to_let_keeps_her_number_hers(pipeline):
    out = run(
        pipeline,
        advert(
            "Room to let, Margate. £450 a month, bills included, professional female only. Call Sue on 07700 900862."
        ),
    )
    assert not leaked(out, "07700 900862")
    assert not leaked(out, "Sue")


# -- a case minute, headings, named laws -------------------------------------------------


def test_a_case_minutes_perpetrator_field_names_him(pipeline):
    out = run(
        pipeline,
        partner(
            "Case review - Walsall - 03/11/2026. Victim: LT (34). Perpetrator: Gary Noon, 07700 900872. He "
            "punched her. Actions: police to consider Clare's Law disclosure."
        ),
    )
    assert "gary" in " ".join(offender_keys(out, strip_at=True))
    assert not leaked(out, "LT")
    assert "Clare's Law" in text_of(out)


def test_a_suspect_code_is_no_name(pipeline):
    out = run(pipeline, partner("Log 12/11. Suspect: WM 55-60, grey hoodie, pushed Tasha (regular) over."))
    assert "WM 55-60" in text_of(out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("VAN LOG 21/11 Holbeck. 2200-0100. Staff: TB, KW. - 11 contacts. Man in grey Passat pushed a woman.", "LOG"),
        ("ASB CASE LOG ref ASB/LDS/1182. Resident complaint re: men loitering near Spencer Place.", "CASE LOG"),
    ],
)
def test_a_headings_words_in_capitals_stay(pipeline, text, kept):
    out = run(pipeline, partner(text))
    assert kept in text_of(out)
    assert not leaked(out, "TB") if "TB" in text else True


def test_initials_spelling_a_name_stay_initials(pipeline):
    out = run(pipeline, partner("Outreach: SAM KAY (30) says a punter hit her."))
    assert not leaked(out, "SAM")


# -- short names in capitals, a named venue ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("💋 SWEET NEW GIRL OKSANA 22 💋 Just arrived Wolverhampton!! Call 07700 900331", "OKSANA"),
        ("'DASHA busty student, leaving Stoke Sunday' - 07700 900332", "DASHA"),
    ],
)
def test_russian_short_names_in_capitals_are_hers(pipeline, text, name):
    out = run(pipeline, advert(text))
    assert not leaked(out, name)


def test_a_venue_after_the_is_a_place(pipeline):
    out = run(
        pipeline,
        nums(
            "He picked me up in a blue Fiesta and drove round the back of the Custard Factory, then grabbed the "
            "money back and punched me."
        ),
    )
    assert "Custard Factory" in text_of(out)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I stay with the Nowaks on my street. A man called Rafe hit me.", "Nowaks"),
        ("I rent a room from the Kowalczyk family on my street. A man called Rafe hit me.", "Kowalczyk"),
        (
            "Found the SweetSienna camgirl everyone's on about, posting her street. A man called Rafe hit me.",
            "SweetSienna",
        ),
    ],
)
def test_a_family_named_after_the_is_still_redacted(pipeline, text, family):
    out = run(pipeline, nums(text))
    assert not leaked(out, family)


@pytest.mark.parametrize(
    ("text", "kept", "hers"),
    [
        (
            "Clinic note. Pt attended with high BAC at 11:00, brought in by her friend Ozzy. No injuries.",
            "high BAC",
            "Ozzy",
        ),
        (
            "Escort, Bradford, 29, discreet. Daytime my PA Kirsty answers and arranges, evenings I answer myself.",
            "Daytime",
            "Kirsty",
        ),
    ],
)
def test_services_shorthand_and_times_of_day_are_no_names(pipeline, text, kept, hers):
    out = run(pipeline, partner(text))
    assert kept in text_of(out)
    assert not leaked(out, hers)
