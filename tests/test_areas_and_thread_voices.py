"""Issue 8, stop 29: the classes the fresh sets zh, zi and zj showed (invented examples).

- counties, council areas and districts of large towns the GeoNames towns lack ("Wirral",
  "Cheshire", "Digbeth") are places, kept where no home cue makes them someone's home;
- "she's from Keyham", "this is 'Cerys' from Merthyr": where a worker is from is her home;
- a worker's warning that names a friend ("my pal Leanne caught him filming her") is still
  hers: its author is no offender; a commenter's display name ending in a number;
- the words of a thread and of a drugs service's notes are no names ("Reply", "Naloxone",
  "NSP", "BBV").

Every check of what is redacted reads the whole output.
"""

from __future__ import annotations

from redaction.lexicon import load_lexicon
from tests.test_redaction import forum, news, nums, partner, run, text_of
from tests.test_redaction import offender_values as offenders
from tests.test_warnings_and_threads import leaked


def test_counties_and_districts_are_places_but_not_surnames_or_words():
    lex = load_lexicon()
    for place in ("Wirral", "Cheshire", "Digbeth", "Splott", "Ancoats", "Northants"):
        assert lex.is_place(place), place
    for word in ("Walker", "Idle", "Intake", "Devon"):  # a surname, words, a first name
        assert not lex.is_place(word), word


def test_a_district_with_no_home_cue_is_kept_and_a_home_district_is_not(pipeline):
    out = run(
        pipeline,
        nums(
            "Punter picked me up in Digbeth and drove to a car park off the Wirral road. Posh Cheshire voice. "
            "He hit me and took the £100 back."
        ),
    )
    text = text_of(out)
    assert "Digbeth" in text and "Cheshire" in text
    out = run(pipeline, nums("He found out I live in Splott and came to the door twice. He threatened me."))
    assert not leaked(out, "Splott")


def test_where_a_worker_is_from_in_an_outing_post_is_her_home(pipeline):
    out = run(
        pipeline,
        forum(
            "Recognise her? She's from Keyham, 'Destiny' on the sites. Tag her family.\n"
            'Found another one, this is "Cerys" from Merthyr selling herself online.'
        ),
    )
    assert not leaked(out, "Keyham") and not leaked(out, "Merthyr")
    assert not leaked(out, "Destiny") and not leaked(out, "Cerys")


def test_a_workers_warning_naming_a_friend_is_hers_and_its_authors_are_redacted(pipeline):
    out = run(
        pipeline,
        forum(
            "WARNING posted by GraniteGirl_Abz\n"
            "Guy calling himself Dr Ross, number 07700 900508. Did me last Tuesday: paid half then walked. "
            "Worse, my pal Leanne caught him filming her on a second phone in his bag. He denied it.\n"
            "Reply – NorthSeaNessa: Same guy I think! He had me at the docks in August.\n"
            "Reply – GraniteGirl_Abz: thanks hun x"
        ),
    )
    for who in ("GraniteGirl_Abz", "NorthSeaNessa", "Leanne"):
        assert not leaked(out, who), who
    found = offenders(out)
    assert "dr ross" in found and "+447700900508" in found
    assert "granitegirl_abz" not in found and "Reply" in text_of(out)


def test_a_commenters_display_name_ending_in_a_number_is_redacted_whole(pipeline):
    out = run(
        pipeline,
        forum(
            "Post by Sharon Tozer: the girl in the flats on Abbey Road is running a brothel, share this.\n"
            "Comments:\nKaren Hext: disgusting\nTorbay Mum Of 3: 🤮🤮"
        ),
    )
    assert not leaked(out, "Torbay Mum Of 3") and not leaked(out, "Karen Hext")


def test_service_shorthand_and_thread_words_are_no_names(pipeline):
    out = run(
        pipeline,
        partner(
            "NSP contact 15/10. F, 40s, IVDU. Reports a punter who paid her with fake £20s twice. "
            "Naloxone kit issued. BBV testing declined."
        ),
    )
    text = text_of(out)
    for word in ("NSP", "IVDU", "Naloxone", "BBV"):
        assert word in text, word


def test_staff_initials_in_a_list_and_before_what_staff_do_are_redacted(pipeline):
    out = run(
        pipeline,
        partner(
            "Outreach (2 staff, CB & AN) visited the flat above the shop. A man hit her and took £50. "
            "Plan: DM to liaise with outreach, GP to review."
        ),
    )
    for initials in ("CB", "DM"):
        assert not leaked(out, initials), initials
    text = text_of(out)
    assert "& AN)" not in text  # "an" is a word elsewhere in the output (its reasons)
    assert "GP to review" in text


def test_a_headline_in_capitals_is_no_name_and_its_words_stay(pipeline):
    out = run(
        pipeline,
        news(
            "TAXI DRIVER GUILTY OF RAPING WOMAN HE PICKED UP IN CITY\n"
            "A Plymouth taxi driver has been found guilty of raping a woman. Darren Kitto, 46, was remanded."
        ),
    )
    text = text_of(out)
    assert "found guilty of raping" in text and "TAXI DRIVER GUILTY" in text
    assert "darren kitto" in offenders(out)


def test_a_receptionist_opening_a_clause_is_someone(pipeline):
    out = run(
        pipeline,
        partner(
            "Three independents share the flat; receptionist Marguerite (50s) answers the phone. A client hit one."
        ),
    )
    assert not leaked(out, "Marguerite")


def test_quoted_review_authors_arrow_replies_and_a_bare_platform_handle_are_redacted(pipeline):
    out = run(
        pipeline,
        forum(
            "Cleo's Sauna, Hull. User reviews (2): 'HullLad88: great value, girls change every couple of weeks.' "
            "'EastHullEddy: decent place, parking round the back.'"
        ),
    )
    assert not leaked(out, "HullLad88") and not leaked(out, "EastHullEddy")
    out = run(
        pipeline,
        forum(
            "bristolbelle: Heads up ladies. Guy on Telegram texts from 07700 900398, took the condom off halfway.\n"
            "  → sugarspicebs: omg same!! did it to me in Easton\n"
            "  → bristolbelle: Thirties, stocky, rugby shirt."
        ),
    )
    assert not leaked(out, "bristolbelle") and not leaked(out, "sugarspicebs")
    assert "+447700900398" in offenders(out)
    advert = run(
        pipeline, forum("SAFFRON, Bournemouth independent. Text only. IG @saffron_bmth · OnlyFans saffronbmth.")
    )
    assert not leaked(advert, "saffronbmth")
