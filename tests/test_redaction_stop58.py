"""Issue 8, stop 58: what the rules got wrong on helper_zzn and trafficking dev_zm (each example
invented, after the classes seen): a room listing whose agent takes all bookings and keeps the
women on the premises ("Call agent Vlad"); a warning headed to the women
("WARNING ladies ...") over its poster's line, and a "Blacklist -" item; a first name framed by
emoji that is a month or a verb too ("🌸 JUNE 🌸"); an advert opened by her name, her town, then her
age ("honey, tenby. 51,"); a post outing a man as a worker ("is a rent boy, goes by 'Ricky'"); a
note's "Applicant MK"; "texted from ... and added me on snap as x, mine is ..."; a boaster's "my
Telegram for members @x"; "His insta is @x" after the man's plate in a watch post, and a plate after
his car in one; a relative's town in his threat ("your husband in Taunton"), not a "care home job in";
a job advert for girls "Placement Tenby" with visas sponsored; "more than 40, he walk bad" (no
street); a note's "Allora", "Nae bother", "Barbour". Every check reads all outputs (`leaked`). All
data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, forum, nums, offender_keys, partner, run, text_of
from tests.test_warnings_and_threads import leaked

# -- a named manager or agent on a page that shows control -------------------------------------------


def test_an_agent_who_takes_the_bookings_for_women_kept_on_premises_is_kept(pipeline):
    out = run(
        pipeline,
        advert(
            "STUDIO ROOMS Tenby harbour, £800/WEEK cash. For 'working ladies' only. Agent takes all bookings and "
            "does the adverts for you, ladies stay in the rooms, no visitors. Call agent Vlad 020 7946 0118.",
            phones=["020 7946 0118"],
            platform="lettings",
        ),
    )
    assert "+442079460118" in offender_keys(out)


def test_an_agencys_manager_with_no_sign_of_control_is_no_offender(pipeline):
    # guard: a manager the women chose, who keeps nothing of theirs, is a third party
    out = run(
        pipeline,
        advert(
            "Harbour Companions, Tenby. Our ladies choose their own hours and keep their own earnings. "
            "Contact manager Helen Pascoe on 0113 496 0391 for bookings.",
            phones=["0113 496 0391"],
        ),
    )
    assert "+441134960391" not in offender_keys(out)
    assert not leaked(out, "Helen Pascoe")


# -- a warning headed to the women, a blacklist item ------------------------------------------------


def test_a_warning_headed_to_the_ladies_keeps_the_man_and_redacts_its_poster(pipeline):
    out = run(
        pipeline,
        advert(
            "⚠️ WARNING ladies Bude/Holsworthy ⚠️ posted by Morwenna K (07700 900 311 if u want more): avoid a "
            "Gareth Penhale, 07700 900 322, drives a silver Astra WK17 PLN. Pays in fake notes. Share!!",
            phones=["07700 900 311", "07700 900 322"],
            platform="social_media",
        ),
    )
    assert {"garethpenhale", "+447700900322", "wk17pln"} <= offender_keys(out)
    assert not leaked(out, "Morwenna") and not leaked(out, "900 311")


def test_a_punters_warning_about_a_girl_makes_no_offender_of_her(pipeline):
    # guard: a warning the men write about a worker is no workers' page, and she is no offender
    out = run(
        pipeline,
        forum(
            "WARNING lads - Tenby. posted by tenby_punter: avoid Candy on 07700 900 344, she took the money and "
            "never opened the door."
        ),
    )
    assert "+447700900344" not in offender_keys(out)
    assert not leaked(out, "Candy")


def test_a_blacklist_item_on_a_warnings_board_keeps_the_man(pipeline):
    out = run(
        pipeline,
        forum(
            "Borders warnings board, post by teviotlass: Blacklist - 'Wattie', 07700 900 355, red pick up SJ20 KTW, "
            "Hawick/Peebles. Tried tae film me wi his phone. My work no is 07700 900 366 if ye want tae compare."
        ),
    )
    assert {"wattie", "+447700900355", "sj20ktw"} <= offender_keys(out)
    assert not leaked(out, "900 366") and not leaked(out, "teviotlass")
    assert "Blacklist" in text_of(out)


# -- her working name -----------------------------------------------------------------------------


def test_a_first_name_framed_by_emoji_is_hers_though_it_is_a_month(pipeline):
    out = run(pipeline, advert("NEW IN TOWN!! 🌸 JUNE 🌸 sweet Filipina 24yo, Keswick this week. Call 07700 900 377"))
    assert not leaked(out, "JUNE")


def test_a_word_framed_by_emoji_that_is_no_name_stays(pipeline):
    # guard: "🔥 HOT 🔥" is the advert's word, no one's name
    out = run(pipeline, advert("🔥 HOT 🔥 new girl in Keswick, call 07700 900 378"))
    assert "HOT" in text_of(out)


def test_an_advert_opened_by_her_name_her_town_and_her_age_redacts_her_name(pipeline):
    out = run(pipeline, advert("honey, tenby. 51, proper welsh lass, cuddly. ring 07700 900 388 after 10."))
    assert not leaked(out, "honey")


# -- an outing post -------------------------------------------------------------------------------


def test_a_post_outing_a_man_as_a_worker_redacts_him_and_keeps_its_author(pipeline):
    out = run(
        pipeline,
        advert(
            "Residents alert Clacton — posted by Derek H. (Pier Avenue): the lad at no. 9 Rosemary Road is a rent "
            "boy, goes by 'Ricky' online, number 07700 900 399. I've told his landlord and I'll be telling his "
            "boss at the garage.",
            phones=["07700 900 399"],
            platform="social_media",
        ),
    )
    assert not leaked(out, "Ricky") and not leaked(out, "900 399") and not leaked(out, "9 Rosemary Road")
    assert "+447700900399" not in offender_keys(out)
    assert "derekh." in offender_keys(out)


def test_a_male_worker_telling_of_a_man_who_hurt_him_stays_in_his_voice(pipeline):
    # guard: a worker who says what he does is no outing; the man he names is the offender
    out = run(
        pipeline,
        forum(
            "posted by tenby_lad_sw: I work as an escort myself, a guy called Rhys Vaughan (07700 900 411) booked me "
            "last night and he punched me when I asked for the money. Be careful lads."
        ),
    )
    assert {"rhysvaughan", "+447700900411"} <= offender_keys(out)
    assert not leaked(out, "tenby_lad_sw")


# -- her label in a note ----------------------------------------------------------------------------


def test_an_applicant_named_by_initials_in_a_housing_note_is_redacted(pipeline):
    out = run(
        pipeline,
        partner(
            "Housing adviser note. Applicant MK (07700 900 984, megkerr@example.com) seeking rehousing away from Larne."
        ),
    )
    assert not leaked(out, "MK")
    assert "Applicant" in text_of(out)


# -- his contacts -----------------------------------------------------------------------------------


def test_texted_from_and_added_me_as_are_his_though_her_own_follows(pipeline):
    out = run(
        pipeline,
        nums(
            "Calls himself Jonno. texted from 07700900455 and added me on snap as brine_jk, mine is "
            "cerys_x so he had that too. he took it off halfway."
        ),
    )
    assert {"+447700900455", "brine_jk"} <= offender_keys(out)
    assert not leaked(out, "cerys_x")


def test_a_friend_who_added_me_as_is_not_him(pipeline):
    # guard: the one who added her is her friend, named as the subject
    out = run(pipeline, nums("My mate Jess added me on insta as jess.rose_x and then a punter kept ringing me."))
    assert "jess.rose_x" not in offender_keys(out)
    assert not leaked(out, "jess.rose_x")


def test_a_boasters_telegram_for_members_is_his(pipeline):
    out = run(
        pipeline,
        forum(
            "wolds_ex: Maisie, Malton, caravan. Propped my phone on the shelf and filmed the lot, she had no idea. "
            "Vid in my Telegram for members @wolds_vids. Her number 07700900466 if anyone wants a go."
        ),
    )
    assert {"wolds_ex", "wolds_vids"} <= offender_keys(out, strip_at=True)
    assert not leaked(out, "Maisie") and not leaked(out, "900466")


def test_his_insta_after_his_plate_in_a_watch_post_is_his(pipeline):
    out = run(
        pipeline,
        advert(
            "THIRSK WATCH 👀 Anyone know the lad in the black Golf yk70pfe?? Drops foreign girls at the flats by "
            "the market every Monday and collects them Thursday. Same car seen in Malton. His insta is @kev_drops "
            "posting wads of cash.",
            platform="social_media",
        ),
    )
    assert {"yk70pfe", "kev_drops"} <= offender_keys(out, strip_at=True)


def test_his_insta_in_a_male_escorts_own_advert_is_the_advertisers(pipeline):
    # guard: no man's identifier was kept before it: the advertiser's own, redacted
    out = run(pipeline, advert("TOM, 26, fit lad, Thirsk. Text 07700 900 477. His insta is @tomfit_thirsk too."))
    assert "tomfit_thirsk" not in offender_keys(out, strip_at=True)
    assert not leaked(out, "tomfit_thirsk")


# -- places and plates ------------------------------------------------------------------------------


def test_a_relatives_town_in_his_threat_is_her_home(pipeline):
    out = run(
        pipeline,
        partner(
            "SARC note. He filmed on his phone and said 'if you tell I send to your husband in Taunton'. "
            "He tells the others he will tell their families in Erbil what they do."
        ),
    )
    assert not leaked(out, "Taunton") and not leaked(out, "Erbil")


def test_a_care_home_job_in_a_town_is_no_home_of_hers(pipeline):
    # guard: the fake job's town is where she was brought, kept for the officers
    out = run(
        pipeline,
        partner(
            "GP note via interpreter. Came to UK in March for a 'care home job' in Tenby advertised online; "
            "an agent charged her £8,000 and she has to 'work in the flat' to pay it off."
        ),
    )
    assert "Tenby" in text_of(out)


def test_a_job_advert_sponsoring_visas_for_girls_keeps_its_contact(pipeline):
    out = run(
        pipeline,
        advert(
            "✈️ HOTEL JOBS UK ✈️ Girls 18-25 from Accra, Auntie Efua sponsor your visa, flight & room FREE, you pay "
            "small small from salary!! Placement Tenby / Pwllheli. DM Auntie Efua on WhatsApp +44 20 7946 0633",
            phones=["+44 20 7946 0633"],
            platform="social_media",
        ),
    )
    assert "+442079460633" in offender_keys(out)
    assert "Placement Tenby" in text_of(out)


def test_an_age_before_he_walks_is_no_street(pipeline):
    out = run(pipeline, partner("Interpreter relay. Client says: 'big man, more than 40, he walk bad, one leg.'"))
    assert "more than 40, he walk bad" in text_of(out)


def test_a_plate_after_his_car_in_a_warning_post_is_his(pipeline):
    out = run(
        pipeline,
        advert(
            "grey passat yk19 ndt doing the rounds in thirsk now. same guy who choked a girl in malton last month, "
            "glasses, posh coat. don't get in.",
            platform="social_media",
        ),
    )
    assert "yk19ndt" in offender_keys(out)


def test_a_note_opening_in_her_own_language_or_dialect_keeps_its_words(pipeline):
    out = run(
        pipeline,
        nums("Allora, this man came to the flat. Nae bother tae report it. Older chap, grey Barbour, OnlyFans page."),
    )
    for word in ("Allora", "Nae bother", "Barbour", "OnlyFans"):
        assert word in text_of(out), word


def test_a_first_name_before_an_area_word_stays_a_place(pipeline):
    # guard (the sweep over dev_zl): "Les" is a first name, "Les Gravées area" a district
    out = run(
        pipeline,
        advert(
            "Room to let, St Peter Port, Les Gravées area. £350 per week, cash. 'Suit working lady, visitors ok for "
            "extra £100/wk.' Contact landlord 07700 900 699.",
            phones=["07700 900 699"],
            platform="lettings",
        ),
    )
    assert "Les Gravées" in text_of(out)


def test_two_capitals_that_are_her_initials_are_redacted_though_an_abbreviation(pipeline):
    # guard (the sweep over helper_zq): "MH" is a worker's initials as often as mental health
    out = run(pipeline, partner("Drop-in. MH (07700 900 488) says a punter in a red van followed her home."))
    assert not leaked(out, "MH (")
