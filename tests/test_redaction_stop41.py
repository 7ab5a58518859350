"""Issue 8, stop 41: what the rules got wrong on helper_zw and trafficking/dev_v (each example
invented, after the classes seen): a man she clears in a report that warns of another ("he is
nothing to do with my work", "please take Jonno off my old report ... his number is not a bad
number"), everywhere he is named; a number she gave as his that "is Star Cars"; a service's own
line ("the lady at the helpline, 0113 ...", "at this office (020 ...)") and a service's email on
its own header ("From: Calder SARC <...>"); "he call me from" as non-native writers put it; "May"
in a date is the month; her child's school told in Scots or Geordie ("the bairn", "my wean"); a
co-accused the court cleared after a clause about the charge; who helped her escape; a thread's
replies headed "↳ u/x · 4h:" and a rated review's lines ("★☆☆☆☆ Name - 19/05 -"), and a worker's
reply warning the other women ("Ladies, his number is ... Avoid."). All data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, forum, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_a_man_she_clears_in_a_report_about_another_is_a_third_party(pipeline):
    out = run(
        pipeline,
        nums(
            "Man in a silver Astra slapped me on Ellis Street and took £80 back, number 07700 900 871. "
            "I said before it was Jonno, the client from Shipley, because the car was same. Please take "
            "Jonno off my old report, he is a good man, his number 07700 900 112 is not bad number."
        ),
    )
    assert not leaked(out, "Jonno")
    assert not leaked(out, "07700 900 112")
    assert "+447700900871" in offender_values(out)
    out = run(
        pipeline,
        nums(
            "A punter called Kev grabbed my throat on Friday, his phone 07700 900 455. I get my weed off a lad "
            "called Rizzo like everyone round here, he is nothing to do with my work, I pay cash."
        ),
    )
    assert not leaked(out, "Rizzo")
    assert {"kev", "+447700900455"} <= offender_values(out)


def test_a_number_she_gave_as_his_that_is_a_taxi_firm(pipeline):
    out = run(
        pipeline,
        nums(
            "update. the number i gave as his, 0113 496 0155, is Star Cars on Leeds Road, i rang it. he was "
            "asian, 30s, said his name was Imran. he forced himself on me."
        ),
    )
    assert not leaked(out, "0113 496 0155")
    assert "imran" in offender_values(out)
    # the number he used, said after it, is still his
    out = run(pipeline, nums("He drove a silver Prius, 07700 900 641 is the number he used. He hit me."))
    assert "+447700900641" in offender_values(out)


def test_a_services_own_line_is_no_ones_in_the_story(pipeline):
    out = run(
        pipeline,
        nums(
            "He took back the money, he call me from 07700 900 405. The lady at the helpline, 0113 496 0733, "
            "she help me to write this."
        ),
    )
    assert not leaked(out, "0113 496 0733")
    assert "+447700900405" in offender_values(out)
    out = run(
        pipeline,
        partner(
            "Our client wishes to report. He texted from 07700 900 281. Please direct all correspondence to the "
            "writer, Ms Jane Foley, at this office (020 7946 0291)."
        ),
    )
    assert not leaked(out, "020 7946 0291")
    assert not leaked(out, "Jane Foley")
    assert "+447700900281" in offender_values(out)


def test_a_services_email_on_its_own_header_is_redacted(pipeline):
    out = run(
        pipeline,
        partner(
            "From: Calder SARC <calder.sarc@example.net>\nSent: 2 May 2026 10:02\nTo: SPOC Leeds "
            '<spoc.leeds@example.org>\nSubject: Consent to share\n\nClient attended after an outcall. The man, "Baz", '
            "forced her at knifepoint. He had booked from 07700 900 098 and emailed from baz.k@example.com."
        ),
    )
    for theirs in ("calder.sarc@example.net", "spoc.leeds@example.org"):
        assert not leaked(out, theirs)
    assert {"baz", "+447700900098", "baz.k@example.com"} <= offender_values(out)
    assert "2 May 2026" in text_of(out)


def test_may_beside_a_day_is_the_month_and_a_name_elsewhere(pipeline):
    out = run(pipeline, nums("On 2 May 2026 he hit me in the car park. May 12th he came back."))
    assert "2 May 2026" in text_of(out) and "May 12th" in text_of(out)
    out = run(pipeline, nums("I gave the key to May, my friend, and he hit me on 3rd May. A girl called May saw it."))
    assert "3rd May" in text_of(out)
    assert "to May," not in text_of(out) and "called May" not in text_of(out)


def test_her_childs_school_told_in_dialect_is_redacted(pipeline):
    out = run(
        pipeline,
        nums(
            "He legged it when I screamed. Had to get back for the bairn finishing at St Oswald's Juniors. He has "
            "a number now, 07700 900 611."
        ),
    )
    assert not leaked(out, "St Oswald's Juniors")
    out = run(pipeline, nums("He waited outside Hillview Primary where my wean goes, the creep. Tall, ginger, 40s."))
    assert not leaked(out, "Hillview Primary")


def test_a_co_accused_cleared_after_a_clause_about_the_charge(pipeline):
    out = run(
        pipeline,
        forum(
            "LEEDS MAN JAILED FOR ROBBING ESCORTS\nA man who robbed two escorts at knifepoint was jailed at Leeds "
            'Crown Court.\nDarren Pike, 34, of Beeston, used the name "Jay" and 07700 900 921 to book them.\nHis '
            "co-accused, Callum Frear, 27, of Morley, who had been accused of driving Pike to the hotels, was found "
            "not guilty on all counts. The judge said Frear had been used."
        ),
    )
    assert not leaked(out, "Callum Frear")
    assert not leaked(out, "Frear")
    assert {"darren pike", "jay", "+447700900921"} <= offender_values(out)


def test_who_helped_her_escape_is_a_third_party(pipeline):
    out = run(
        pipeline,
        partner(
            "Our client escaped on 28 September with the help of a client known to her only as Rob, who drove her "
            "to a church. The controller, Arben, answered the advert phone."
        ),
    )
    assert not leaked(out, "Rob")
    assert "arben" in offender_values(out)
    out = run(
        pipeline,
        nums(
            "A client known only as Pete hit me with a belt. I got away with the help of a regular called Neil who "
            "drove me to my sister. Pete texted from 07700 900 622."
        ),
    )
    assert not leaked(out, "Neil")
    assert {"pete", "+447700900622"} <= offender_values(out)


def test_a_threads_aged_replies_have_authors(pipeline):
    out = run(
        pipeline,
        forum(
            'r/ukescorts - posted by u/rosy_heron - 5h\nWarning Bradford: avoid "Lee" 07700 900 512\nOutcall to '
            "Girlington Road, he paid then took it back and pushed me down the stairs.\n"
            '  ↳ u/amber_finch_x · 4h: same guy!! he was "Leo" to me, number 07700 900 517. Reported to NUM.\n'
            "  ↳ u/rosy_heron · 4h: hope youre ok babe\n"
            "  ↳ u/leeroyhunts · 1h: dirty slags should keep their mouths shut. I know where you work"
        ),
    )
    for hers in ("u/rosy_heron", "u/amber_finch_x"):
        assert not leaked(out, hers)
    assert {"lee", "+447700900512", "+447700900517"} <= offender_values(out)
    assert any("leeroyhunts" in v for v in offender_values(out))


def test_a_rated_review_and_the_workers_reply_warning_the_other_women(pipeline):
    out = run(
        pipeline,
        forum(
            '[Profile: "Seraphina" - Halifax - independent - feedback tab, 4 of 19 entries shown]\n'
            "★★★★★ CalderGent - 02/05 - Seraphina is lovely. Recommended.\n"
            "★☆☆☆☆ HalifaxHarry - 19/05 - Not like her pics so I paid half and left, pulled the condom off too lol.\n"
            "Reply from Seraphina: This man took the condom off without consent and did not pay. Ladies, his "
            "number is 07700 900 046. Avoid.\n"
            "★★★★★ Gent_1982 - 30/05 - Always a pleasure."
        ),
    )
    for theirs in ("Seraphina", "CalderGent", "Gent_1982"):
        assert not leaked(out, theirs)
    assert "+447700900046" in offender_values(out)
    assert any("halifaxharry" in v for v in offender_values(out))


def test_the_man_an_advert_sends_clients_to_or_pays_is_its_controller(pipeline):
    out = run(
        pipeline,
        advert(
            "NEW GIRLS at the back of the nail bar on Tong Road, young and sweet. Call only and ask for Rocco - he "
            "arrange everything 07700 900184"
        ),
    )
    assert "rocco" in offender_values(out)
    out = run(
        pipeline,
        advert(
            "Rooms for ladies in Harehills, all bills in. Girls change every Monday, rooms always ready. No ID "
            "needed, Besar will meet you and keep the keys. £250 per week paid to Besar cash daily. Contact Besar "
            "Kola: 07700 900673 (WhatsApp)"
        ),
    )
    assert {"besar", "+447700900673"} <= offender_values(out)
    # a controller who writes in his own voice and names himself is still the controller
    out = run(
        pipeline,
        advert("This is Danny, new girl Jess 21 in Leeds. Text me (Danny) 07700 900347, I bring her to you."),
    )
    assert {"danny", "+447700900347"} <= offender_values(out)
    assert not leaked(out, "Jess")
    # a worker who writes of herself by name takes her own bookings
    out = run(
        pipeline,
        advert(
            "Hi I am Mia, independent, 25. Mia takes bookings 10am-late. Contact Mia: 07700 900188. Pay to Mia at "
            "the door."
        ),
    )
    assert not leaked(out, "Mia")
    assert not leaked(out, "07700 900188")


def test_an_adverts_book_via_is_her_own_contact(pipeline):
    # "he call me from" reads as his; an advert's imperative "Book via" is the worker's own
    out = run(
        pipeline,
        advert(
            "JAY Male escort for ladies. Leeds based. 34, gym fit. Book via jay.lds.companion@example.com or "
            "Telegram @JayLdsCompanion"
        ),
    )
    for his_own in ("jay.lds.companion@example.com", "@JayLdsCompanion"):
        assert not leaked(out, his_own)
    out = run(
        pipeline, advert("Brazilian Bianca just arrived! Independent, book on Telegram @bianca_gfe_lds or 07700 900311")
    )
    for hers in ("Bianca", "@bianca_gfe_lds", "07700 900311"):
        assert not leaked(out, hers)


def test_her_home_town_written_in_lower_case_or_as_ours(pipeline):
    out = run(pipeline, nums("car came back with a dent. im sat at my mams in castleford writing this"))
    assert not leaked(out, "castleford")
    out = run(pipeline, nums("he booked me 4 an hour sat nite at ours in north ormesby, seemed sound, then hit me"))
    assert not leaked(out, "north ormesby")
    out = run(pipeline, nums("Two lads booked me at ours in Bramley and robbed me."))
    assert not leaked(out, "Bramley")
    # a town the small model does not tag, after a home cue
    out = run(pipeline, nums("Car came back with a dent. I'm sat at my mam's in Pontefract writing this."))
    assert not leaked(out, "Pontefract")
    # his town, and where it happened, in lower case too, stay as written
    out = run(pipeline, nums("he picked me up in wakefield and took me to a house in pontefract, he lives there"))
    assert "wakefield" in text_of(out) and "pontefract" in text_of(out)
    out = run(pipeline, nums("i been living on the street since june, a man in a red golf hit me in leeds"))
    assert "living on the street" in text_of(out)


def test_incident_places_written_with_a_streets_abbreviation_or_a_kerb_crawlers_stop(pipeline):
    out = run(pipeline, partner("Every week he drive me different place, Ipswich, Bury St Edmunds, hotels."))
    assert "Bury St Edmunds" in text_of(out)
    out = run(pipeline, partner("OUTREACH TALLY - PETERBOROUGH (Lincoln Rd / Gladstone St / Bourges Blvd) Women: 14"))
    assert "Bourges Blvd" in text_of(out)
    out = run(pipeline, partner("Man in a black Audi stopping at the lassies on Salamander Street. Says he is Bobby."))
    assert "Salamander Street" in text_of(out)
    # where she is stopping (staying) is her home
    out = run(pipeline, partner("She is stopping at her cousins on Harehills Lane for now. A man called Rick texts."))
    assert not leaked(out, "Harehills Lane")


def test_emails_spelled_to_hide_them_are_read_as_emails(pipeline):
    out = run(
        pipeline,
        nums("He emails me from gaz dot holt at example dot com and from gaz(at)example(dot)org every night."),
    )
    assert {"gaz.holt@example.com", "gaz@example.org"} <= offender_values(out)
    # hers, spelled so in her advert, goes like any address of hers
    out = run(
        pipeline,
        advert("Roxy, Leeds LS11, independent. Email: roxy dot lds at example dot org or roxy [at] example [dot] net"),
    )
    for hers in ("roxy dot lds at example dot org", "roxy [at] example [dot] net", "roxy.lds@example.org"):
        assert not leaked(out, hers)
    # no address where none is written
    out = run(
        pipeline,
        nums("At work, I met him at school. Insta account at carlos.lds.vip, Instagram @rafa.ldn.vip. Hit me at home."),
    )
    assert not [e for e in out["record"]["entities"] if e["label"] == "EMAIL_ADDRESS"]


def test_a_captured_pages_own_user_wrote_its_captions(pipeline):
    out = run(
        pipeline,
        forum(
            '[Snapchat public story, user gaz.lds.77 (display name "Gaz L"), 3 frames screenshotted by researcher]\n'
            'Frame 1: photo of cash fanned out. Caption: "rinsed another one, booked her for 2hrs, left after 1 wi '
            'the money back"\nFrame 2: text only: "Whos next? Holbeck tomorrow"\n'
            "[Researcher note: linked to NUM reports of a man taking payment back by force in Holbeck.]"
        ),
    )
    assert {"gaz.lds.77", "gaz l"} <= offender_values(out)
    assert "Caption:" in text_of(out)


def test_linkage_traits_the_redaction_took_for_names(pipeline):
    # a word the same text writes in lower case is that word at a sentence's start; a psalm no one
    out = run(pipeline, nums("He brought his own egg timer. Timer went off and he left without paying. Read Psalm 23."))
    assert "egg timer. Timer went off" in text_of(out)
    assert "Psalm 23" in text_of(out)
    # a working name that is a word stays hers wherever written
    out = run(pipeline, nums("Thanks honey. Honey was my working name there. A man called Frank hit me."))
    assert not leaked(out, "Honey")
    assert "frank" in offender_values(out)
