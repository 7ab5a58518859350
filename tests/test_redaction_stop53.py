"""Issue 8, stop 53: what the rules got wrong on helper_zzi and trafficking dev_zh (each example
invented, after the classes seen): a warning post in Scots ("Watch oot for") on a workers' safety
group is a worker's; a collective that says "we're sex workers" speaks as workers; her driver
after "our" or "me"; a redacted man's car in his bracket; a reply signed only with a first name
("reply from Lily") redacts that name wherever the page writes it; a first name opening a quoted
caption; a name in capitals before an age and "just arrived"; a post whose author follows a
bracket, and a call to burn women out; the street of her child's nursery; a relative named or
owned before a town; a report that clears the man in other words; a listing that shows no
control gives a third party's contact; on a page, a town that is also a first name before
"area"; a word no name list holds between "at" and a comma and a town is its district. Every
check reads all outputs (`leaked`). All data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, forum, nums, offender_keys, partner, run, text_of
from tests.test_warnings_and_threads import leaked

# -- who wrote a desktop post ------------------------------------------------------------------


def test_a_warning_in_scots_on_a_workers_group_is_a_workers_post(pipeline):
    out = run(
        pipeline,
        forum(
            "Workers' safety group post by 'Moray_Lass' (screenshot under authority): 'Watch oot for "
            "this yin. Calls himself Callum, 07700 900 318, Elgin area, got rough wi Kirsty when she "
            "said no and pushed her doon the stair.'"
        ),
    )
    assert not leaked(out, "Moray_Lass")
    assert not leaked(out, "Kirsty")
    keys = offender_keys(out)
    assert "callum" in keys and "+447700900318" in keys


def test_a_neighbourhood_watch_page_is_still_no_workers_page(pipeline):
    # the "watch" of a residents' page still keeps the page out of the workers' pages
    out = run(
        pipeline,
        forum(
            "Post in Hillfoot Neighbourhood Watch group by Derek Paton: 'These prostitutes at the "
            "flats on Mill Lane need burning out, who's with me?'"
        ),
    )
    assert "derekpaton" in offender_keys(out)


def test_a_collective_that_says_it_is_sex_workers_posts_as_workers(pipeline):
    out = run(
        pipeline,
        forum(
            "@tyneside_sw_union: We're migrant and local sex workers in Gateshead. Someone with a 'rescue' "
            "page posted our street names and told people to 'pay them a visit'. Safety line for members: "
            "07700 900 244."
        ),
    )
    assert not leaked(out, "tyneside_sw_union")
    assert not leaked(out, "07700 900 244")


def test_a_post_by_a_user_after_a_bracket_is_his_and_a_call_to_burn_them_out_is_an_offence(pipeline):
    out = run(
        pipeline,
        forum(
            "Post in the 'Keep Kirkstall Clean' group (Leeds) by user Gordon Bickerstaffe: 'Them foreign "
            "tarts on Abbey Road need burning out. Anyone free Saturday?' Comment by Ruth Mayall: "
            "'leave them alone Gordon'."
        ),
    )
    assert "gordonbickerstaffe" in offender_keys(out)
    assert not leaked(out, "Ruth Mayall")


def test_a_near_miss_burning_out_of_a_worker_is_no_offence(pipeline):
    # "burning out" of tiredness names no one an offender
    out = run(pipeline, forum("Post by user Tamsin Rowe: 'I'm burning out doing nights, any tips on pacing bookings?'"))
    assert "tamsinrowe" not in offender_keys(out)


# -- her people and their details ------------------------------------------------------------


def test_her_driver_after_our_or_me_is_a_third_party(pipeline):
    for text in (
        # a name that is a word too, which the tagger misses
        "We got dropped at the hotel by our driver Sully like always, then the punter robbed us.",
        "Me driver Sully waited ootside while I went in, the client grabbed me phone an wouldn't give it back.",
    ):
        assert not leaked(run(pipeline, nums(text)), "Sully"), text


def test_a_redacted_mans_car_in_his_bracket_goes_with_him(pipeline):
    out = run(
        pipeline,
        nums(
            "Me driver Stevo (his Kia's FT21 KZB) waited outside. Client, a lad called Rab, wouldn't let "
            "us leave and kept my phone. Rab's car is a black Golf NU16 EHR.",
            offender={"names": ["Rab"]},
        ),
    )
    assert not leaked(out, "FT21 KZB")
    assert "NU16 EHR" in text_of(out)


def test_a_reply_signed_with_her_first_name_redacts_it_everywhere(pipeline):
    out = run(
        pipeline,
        forum(
            "Review by 'TamworthTony': 'had an hour with lily at Glascote, late, photos old, 4/10.' "
            "Advertiser reply from Lily: 'sorry hun, traffic'."
        ),
    )
    assert not leaked(out, "lily")


def test_a_first_name_opening_a_quoted_caption_is_redacted(pipeline):
    out = run(
        pipeline,
        forum(
            "Account @BankStreetEyes posting photos of women on Bank Street with captions like 'Kayla the "
            "slag at it again' and the plates of the cars."
        ),
    )
    assert not leaked(out, "Kayla")
    # near miss: an everyday word opening a quote stays
    out = run(pipeline, forum("Account @BankStreetEyes posting captions like 'Hello ladies, smile for the camera'."))
    assert "Hello ladies" in text_of(out)


def test_a_name_in_capitals_before_an_age_and_just_arrived_is_hers(pipeline):
    text = "✨NEW NEW✨ JING 20 just arrive Harehills, Leeds ✨ sweet girl, text only 07700 900 377"
    out = run(pipeline, advert(text))
    assert not leaked(out, "JING")
    # near miss: a room number before a price is no name
    out = run(pipeline, advert("ROOM 24 just £40 a night, Hyde Park, Leeds"))
    assert "ROOM" in text_of(out)


# -- homes -------------------------------------------------------------------------------------


def test_the_street_of_her_childs_nursery_is_redacted(pipeline):
    out = run(
        pipeline,
        nums(
            "He sent me a photo of Little Owls Nursery on Brackenbury Road, where my son goes, and says "
            "he'll tell the staff what I do unless I pay him."
        ),
    )
    assert not leaked(out, "Brackenbury Road")


def test_a_nursery_street_with_no_child_of_hers_is_kept(pipeline):
    out = run(pipeline, nums("He made me get out by the nursery on Brackenbury Road and drove off with my bag."))
    assert "Brackenbury Road" in text_of(out)


def test_a_relative_named_or_owned_before_a_town_places_her_family(pipeline):
    out = run(pipeline, partner("Contact SU via pharmacy only. Her mum Morag in Auchterarder looks after her son."))
    assert not leaked(out, "Auchterarder")
    out = run(pipeline, nums("She hit me and said she will tell my husband's family in Gateshead what I do."))
    assert not leaked(out, "Gateshead")


def test_a_mans_named_brother_in_a_town_is_his_detail(pipeline):
    out = run(pipeline, nums("He grabbed my wrist and said his brother Dale in Castleford would sort me out."))
    assert "Castleford" in text_of(out)


# -- a report that clears the man ------------------------------------------------------------


def test_a_report_that_clears_the_man_in_other_words_keeps_nothing_of_his(pipeline):
    for text in (
        "Nowt dodgy, just letting yous know. Regular, Barnaby, collapsed at the hotel and I rang 999. "
        "He's fine now. No crime or owt.",
        "A new guy ask many question, where I live. He say name Barnaby, number 07700 900 912. He not do "
        "anything bad, pay correct, but my friend say report it.",
    ):
        out = run(pipeline, nums(text))
        assert not leaked(out, "Barnaby"), text
        assert not leaked(out, "07700 900 912"), text


def test_an_act_beside_no_crime_still_makes_him_an_offender(pipeline):
    out = run(
        pipeline,
        nums("He said his name was Barnaby and grabbed me by the throat in the car. Police said no crime."),
    )
    assert "barnaby" in offender_keys(out)


# -- listings ------------------------------------------------------------------------------------


def test_a_room_listing_with_no_control_gives_a_third_partys_contact(pipeline):
    out = run(
        pipeline,
        advert(
            "ROOM SHARE, Leeds (Headingley). Own room in 3-bed flat, £150/week, bills incl, "
            "'work-friendly, current housemates are independent ladies', own front door key, 6-month "
            "tenancy. Contact the landlord, Mr Pendlebury, 0113 496 0577.",
            platform="lettings",
        ),
    )
    assert not leaked(out, "Pendlebury")
    assert not leaked(out, "0113 496 0577")


# -- a town that is also a first name, on a page -----------------------------------------------


def test_a_town_that_is_a_first_name_before_area_is_a_place_on_a_page(pipeline):
    out = run(
        pipeline,
        forum("Warning post by 'Moray_Lass': 'Avoid this one. Calls himself Callum, 07700 900 318, Elgin area.'"),
    )
    assert "Elgin area" in text_of(out)
    assert "elgin" not in offender_keys(out)


def test_a_working_name_based_in_a_town_is_still_hers(pipeline):
    out = run(pipeline, advert("Chelsea based in Leeds city centre, incall only, text 07700 900 431"))
    assert not leaked(out, "Chelsea")


def test_a_word_no_name_list_holds_before_a_comma_and_a_town_is_its_district(pipeline):
    out = run(
        pipeline,
        partner("ED note. Male escort, 24, beaten by two men in the car park at Quarrendon, Aylesbury. Took phone."),
    )
    assert "Quarrendon" in text_of(out)


def test_a_first_name_before_a_comma_and_a_town_is_still_hers(pipeline):
    out = run(pipeline, nums("I was staying in with Kirsty, Leeds based, when he rang and threatened us both."))
    assert not leaked(out, "Kirsty")
