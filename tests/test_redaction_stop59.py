"""Issue 8, stop 59: what the rules got wrong on helper_zzo and trafficking dev_zn (each example
invented, after the classes seen): the speakers of a group chat pasted with its times into a report
("[02/11/2026, 22:12] Eirlys T: oh no hun"), names the tagger misses; the woman a review is of, in
capitals ("Review of KERENSA, Bude"); an email's own header ("From: tenancy.team@... / To: ...");
"one called the other Rhodri"; "Name on whatsapp 'Tommy K'"; an outing poster's "my number's ...";
where she studies ("back at college in Brechin"); an initial joined to a name ("(K. and Eleni)");
a hotel's own line ("the Seaview Hotel (020 ...)", "... if police want reception"). Every check reads
all outputs (`leaked`). All data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, nums, offender_keys, partner, run, text_of
from tests.test_warnings_and_threads import leaked

# -- a group chat pasted into a report ------------------------------------------------------------

_CHAT = (
    "[WhatsApp group export: 'Safety girls']\n"
    "[02/11/2026, 22:10] Bronwen: watch out girls, a lad in a red van took my bag at the lay-by, his mate "
    "called him Jace\n"
    "[02/11/2026, 22:12] Eirlys T: oh no hun x\n"
    "[02/11/2026, 22:15] Bronwen: his number 07700 900 217\n"
    "[02/11/2026, 22:16] Gwenllian: blocked babe"
)


def test_the_speakers_of_a_pasted_group_chat_are_redacted(pipeline):
    out = run(pipeline, nums(_CHAT))
    for name in ("Eirlys T", "Gwenllian", "Bronwen"):
        assert not leaked(out, name), name
    assert "+447700900217" in offender_keys(out)
    assert "jace" in offender_keys(out)


def test_a_timed_log_keeps_its_places_and_words(pipeline):
    # guard: a van log's "22:10 Market Place:" names a place, "21:40 Outreach:" the team
    out = run(
        pipeline,
        partner("Van log, Settle.\n21:40 Outreach: gave out packs to two women\n22:10 Market Place: saw S, fine"),
    )
    assert "Outreach: gave out packs" in text_of(out)
    assert "Market Place" in text_of(out)


# -- the woman a review is of --------------------------------------------------------------------


def test_the_woman_a_review_is_of_is_redacted_in_capitals(pipeline):
    out = run(
        pipeline,
        advert(
            "Review of TAMSIN, Launceston - by moorland_mike\nLovely girl, on time, chatty. Paid the £120 agreed, "
            "left happy. 9/10"
        ),
    )
    assert not leaked(out, "TAMSIN")
    assert "Launceston" in text_of(out)


def test_a_review_of_a_place_keeps_the_place(pipeline):
    # guard: "Review of the Lotus parlour" is of no woman
    out = run(pipeline, advert("Review of the Lotus parlour, Settle - nice and clean, friendly girls"))
    assert "Lotus" in text_of(out)


# -- an email's header ---------------------------------------------------------------------------


def test_an_emails_own_header_addresses_are_redacted_and_his_kept(pipeline):
    out = run(
        pipeline,
        partner(
            "From: tenancy.team@example.net\nSent: 02 November 2026 10:12\nTo: safeguarding.hub@example.org\n"
            "Subject: Transfer request – K. Dwyer, Settle\n\nKayla wants a move from her flat after a man (texts "
            "from 07700 900 655, emails from creep.lad@example.com) threatened to post photos of her."
        ),
    )
    assert not leaked(out, "tenancy.team@example.net")
    assert not leaked(out, "safeguarding.hub@example.org")
    assert "creep.lad@example.com" in offender_keys(out)
    assert "+447700900655" in offender_keys(out)


# -- his name behind a cue ------------------------------------------------------------------------


def test_what_one_man_called_the_other_is_kept(pipeline):
    out = run(
        pipeline,
        nums(
            "girls be careful in bala, 2 lads came to my flat, took all the cash out my drawer, one called the "
            "other Rhodri"
        ),
    )
    assert "rhodri" in offender_keys(out)


def test_the_name_on_his_whatsapp_is_kept(pipeline):
    out = run(
        pipeline,
        nums(
            "Man send me on whatsapp photo of bank transfer 150 pound, he say is deposit. Name on whatsapp "
            "'Tommy K'. Money never come."
        ),
    )
    assert "tommyk" in offender_keys(out)


def test_her_own_name_on_whatsapp_is_redacted(pipeline):
    # guard: "my name on whatsapp" is hers
    out = run(pipeline, nums("He kept texting me. My name on whatsapp is Roxy so he knew it was me."))
    assert not leaked(out, "Roxy")


def test_an_outing_posters_own_number_is_his(pipeline):
    out = run(
        pipeline,
        advert(
            "Witney Community Noticeboard – post by Gareth Pym: That girl on the escort sites is really Shannon, "
            "lives Corn Street, works at the bakery. Bet her mum would love to know 😂 my number's 07700 900 462 "
            "if you want the pics.",
            platform="social_media",
        ),
    )
    assert "+447700900462" in offender_keys(out)
    assert not leaked(out, "Shannon")


# -- where she studies; an initial beside a name --------------------------------------------------


def test_where_she_studies_is_redacted(pipeline):
    out = run(pipeline, partner("Welfare check, Forfar. Says she's doing fine, back at college in Brechin part-time."))
    assert not leaked(out, "Brechin")
    assert "Forfar" in text_of(out)


def test_an_initial_joined_to_a_name_is_redacted(pipeline):
    out = run(
        pipeline,
        partner("Drop-in. Two Greek friends (K. and Eleni) sharing a rented flat for the summer, both well."),
    )
    assert not leaked(out, "K.")
    assert not leaked(out, "Eleni")


# -- a hotel's own line ---------------------------------------------------------------------------


def test_a_hotels_reception_line_told_after_the_number_is_no_offenders(pipeline):
    out = run(
        pipeline,
        nums(
            "A man on 07700 900 318 came to my room at the Seaview Hotel (Maldon quay, 020 7946 0311 if police "
            "want reception) and filmed me."
        ),
    )
    assert "+447700900318" in offender_keys(out)
    assert "+442079460311" not in offender_keys(out)
    assert not leaked(out, "020 7946 0311")


def test_a_hotels_line_after_its_name_is_no_offenders(pipeline):
    out = run(
        pipeline,
        nums("He booked me at the Anchor Inn (0113 496 0412) and then refused to pay, his number 07700 900 509."),
    )
    assert "+447700900509" in offender_keys(out)
    assert "+441134960412" not in offender_keys(out)


def test_his_own_hotel_number_stays_his(pipeline):
    # guard: "his hotel" is his side
    out = run(pipeline, nums("He said ring his hotel 07700 900 222 to confirm he was real."))
    assert "+447700900222" in offender_keys(out)


# -- a job advert's contact after its photos cue ---------------------------------------------------


def test_a_fake_job_adverts_contact_after_send_photos_in_brackets_is_kept(pipeline):
    out = run(
        pipeline,
        advert(
            "MODELS WANTED – Dunoon and Campbeltown. Girls 18-24 from abroad welcome, no experience needed! Travel "
            "and visa arranged by us, cost taken from wages later. Accommodation provided with other girls. Send "
            "photos (full length) to Recruit.Team@example.net. Interview by WhatsApp only.",
            platform="classifieds",
        ),
    )
    assert "recruit.team@example.net" in offender_keys(out)
    assert "Dunoon" in text_of(out)


def test_a_workers_own_advert_asking_for_photos_keeps_her_email_redacted(pipeline):
    # guard: a worker screening clients ("send a photo and your age to ...") is no listing
    out = run(
        pipeline,
        advert(
            "Ffion, Bala, 27, independent. New clients please send a photo and your age to ffion.bala@example.com "
            "before booking. No withheld numbers.",
        ),
    )
    assert not leaked(out, "ffion.bala@example.com")


def test_a_timed_transcripts_role_letters_are_kept(pipeline):
    # guard: "00:12 CSO: ..." in a body-worn video transcript is the officer's role, not a name
    out = run(
        pipeline,
        partner(
            "BWV notes.\n00:00 CSO approaches female in doorway.\n00:12 CSO: 'Are you alright, love?' Female does "
            "not answer.\n00:31 MALE: 'She my cousin. We go home now.'"
        ),
    )
    assert "CSO: 'Are you alright" in text_of(out)
