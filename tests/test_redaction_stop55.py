"""Issue 8, stop 55: what the rules got wrong on helper_zzk and trafficking dev_zj (each example
invented, after the classes seen): a workers' warning headed "Girls in X – this one ..." or
"ALERT X: guy ...", its poster signing off after "got me and my friend" or a Scots "happened tae
masel", read as the author of an offence and kept while his own details went; a second number
given as the other of his ("from A or B"); his first name inside a handle; a plate after a model
with no make ("Blue Insignia ..."); a town in the poster's handle that the record keeps; a hair
colour opening a description; an advert's "Booking only through Auntie ..."; a review telling of
the doorman's or a mate's act, not its author's. Every check reads all outputs (`leaked`). All
data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, forum, news, nums, offender_keys, partner, run
from tests.test_warnings_and_threads import leaked

# -- a workers' warning: the poster is hers, the man's details his ---------------------------------


def test_a_warning_headed_girls_in_a_town_keeps_his_details_and_not_the_poster(pipeline):
    out = run(
        pipeline,
        forum(
            "Girls in Ryde/Sandown – this one pays with a fake PayPal notification then blocks you. Calls "
            "himself Darren, number 07700 900 611 or 07700 900 612. Snap @darren.iow. Drives red Fabia "
            "HW17 KXP. Got me and my friend Tamsin on Saturday. – posted by IslandSafeSW"
        ),
    )
    keys = offender_keys(out)
    assert {"darren", "+447700900611", "+447700900612", "darren.iow", "hw17kxp"} <= keys
    for hers in ("IslandSafeSW", "Tamsin"):
        assert not leaked(out, hers), hers
    assert "islandsafesw" not in keys


def test_a_scots_alert_keeps_his_plate_after_a_model_and_not_the_poster(pipeline):
    out = run(
        pipeline,
        forum(
            "ALERT Kirkcaldy/Glenrothes: guy sayin he's a polis, shows a badge, wants it for free. Number "
            "07700 900 613. Grey Octavia SK66 RTW. Happened tae masel last week. – Lang_Toun_Lassies"
        ),
    )
    keys = offender_keys(out)
    assert {"+447700900613", "sk66rtw"} <= keys
    assert not leaked(out, "Lang_Toun_Lassies")


def test_a_page_that_only_names_a_town_is_no_warning_page(pipeline):
    # guard: an agency's heading about girls in a town is an advert, its number the advertiser's
    out = run(
        pipeline,
        advert("Girls in Swindon - new faces every week, incall only. Call 07700 900 614 for bookings."),
    )
    assert "+447700900614" not in offender_keys(out)


# -- a number, a handle he gives beside his others ---------------------------------------------------


def test_his_second_number_after_or_is_his(pipeline):
    out = run(
        pipeline,
        forum(
            "⚠️ WARNING GIRLS ⚠️ Malvern. Man calling himself 'Hillside Hal' from 07700 900 615 or 07700 900 616, "
            "drives a silver Kuga. Booked my friend last night, wouldn't pay and shoved her into the wall. "
            "Posted by Malvern_Mo – message me if he's tried you."
        ),
    )
    assert {"+447700900615", "+447700900616"} <= offender_keys(out)


def test_his_number_after_or_sometimes_is_his(pipeline):
    out = run(
        pipeline,
        nums(
            "He texted me from 07700 900 628 or sometimes 07700 900 629, I'm not sure which he uses more. He "
            "slapped me when I asked for the money."
        ),
    )
    assert {"+447700900628", "+447700900629"} <= offender_keys(out)


def test_her_number_after_or_stays_hers(pipeline):
    # guard: "or" joins her own two numbers, not one of his
    out = run(
        pipeline,
        forum(
            "⚠️ WARNING LADIES ⚠️ Bloke called Vinnie from 07700 900 617 robbed me. If he tries you "
            "text me on 07700 900 618 or 07700 900 619. Posted by Sarn_Sal"
        ),
    )
    keys = offender_keys(out)
    assert "+447700900617" in keys
    for hers in ("07700 900 618", "07700 900 619"):
        assert not leaked(out, hers), hers


# -- places and descriptions ----------------------------------------------------------------------


def test_the_town_in_the_posters_handle_stays_when_the_record_keeps_it(pipeline):
    item = advert(
        "WARNING GIRLS Carlisle. Man called Keith from 07700 900 620 slapped me and took his money back. "
        "Posted by Carlisle_Cass",
        location="Carlisle",
        platform="other",
    )
    out = run(pipeline, item)
    assert "Carlisle. Man" in out["record"]["content"]
    assert not leaked(out, "Carlisle_Cass")


def test_a_hair_colour_opening_a_description_is_no_name(pipeline):
    out = run(
        pipeline,
        forum(
            "WARNING GIRLS. Punter called Shaun from 07700 900 621 wouldn't pay and pushed me over. "
            "Blond, 40s, Brummie accent. Posted by Wolves_Wendy"
        ),
    )
    assert "Blond, 40s" in out["record"]["content"]


# -- who an advert says runs her bookings -------------------------------------------------------------


def test_booking_only_through_a_named_controller_keeps_his_line(pipeline):
    out = run(
        pipeline,
        advert(
            "3 new girls from Thailand, very young, no English. Booking only through Uncle +44 20 7946 0322, "
            "girls have no phone. Pay Uncle at the door."
        ),
    )
    keys = offender_keys(out)
    assert "+442079460322" in keys


def test_her_own_booking_line_named_once_stays_hers(pipeline):
    # guard: one mention, no "he": the worker herself ("booking through Jade")
    out = run(pipeline, advert("Hi I'm Jade, 25, Telford. Booking through Jade only 07700 900 623, no withheld."))
    assert not leaked(out, "07700 900 623")


# -- a review telling of another's act --------------------------------------------------------------


def test_a_reviewer_telling_of_the_doormans_act_is_no_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Review by u/harlow_harry: flat off the High Street. Big lad at the door took the £100 before I "
            "even met her. She was quiet, 5/10."
        ),
    )
    assert not leaked(out, "harlow_harry")


def test_a_reviewer_telling_of_his_mates_act_is_no_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Corby – Skye (07700 900 624)\nNorthantsNige: Decent visit, tidy flat. My mate reckons he took it "
            "off with her last month and she never noticed, not for me.\nKettKev: +1 Skye is great."
        ),
    )
    assert not leaked(out, "NorthantsNige")


def test_a_boasting_reviewer_is_still_the_offender(pipeline):
    # guard: his own act, no subject or "I", keeps him an offender
    out = run(
        pipeline,
        forum(
            "Corby – Skye (07700 900 625)\nNorthantsNige: Took it off halfway and she never noticed, result.\n"
            "KettKev: +1 Skye is great."
        ),
    )
    assert "northantsnige" in offender_keys(out)


# -- a note's patient's relative, a Doric warning ----------------------------------------------------


def test_the_patients_sisters_town_is_her_home(pipeline):
    out = run(
        pipeline,
        partner(
            "GP note. Pt attended alone with bruising to both arms after a client grabbed her. Pt's sister "
            "Leanne in Appledore is aware and supportive."
        ),
    )
    for hers in ("Leanne", "Appledore"):
        assert not leaked(out, hers), hers


def test_a_doric_warning_keeps_the_man_it_names(pipeline):
    out = run(
        pipeline,
        forum(
            "Warnin quines in Peterheid an the Broch – loon cried Eck fae the boatyard winna pey an gets rough. "
            "Red Astra SV15 KDE. – posted by blue_toon_quine"
        ),
    )
    assert {"eck", "sv15kde"} <= offender_keys(out)
    assert not leaked(out, "blue_toon_quine")


def test_the_accused_booking_the_woman_using_a_name_keeps_his_alias(pipeline):
    # guard: "booked the woman using the name 'Lee'" is his alias, the woman the object of his booking
    out = run(
        pipeline,
        news(
            "SWINDON MAN JAILED FOR ASSAULT ON ESCORT\nA man who attacked a woman he had booked through an "
            "escort website has been jailed at Swindon Crown Court. Mark Anthony Ellery, 41, of Penhill, booked "
            "the woman using the name 'Tony' and the number 07700 900 627, then attacked her at a flat."
        ),
    )
    assert {"tony", "+447700900627"} <= offender_keys(out)
