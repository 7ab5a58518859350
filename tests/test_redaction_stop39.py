"""Issue 8, stop 39: what the rules got wrong on helper_zu (each example invented, after the
classes seen): a man a correction clears ("... in a red car XX, is NOT him after all") loses his
plate with his name and number; his mother named after "his mother," is not him for sharing his
family name; a note's one dotted capital opening a sentence before what she does ("P. is from
...", "23:10 Mill Lane – T. said") is a person; a thread post told by the one a man paid in
fakes ("had a guy pay me with ...") is hers, and the man in it is kept; a paste "titled '...' by
user x" that demands money "or your mums get this" makes x an offender; a defendant's surname the
tagger read as a place ("Saleem Sultan") is his name; a warning after "Heads up ladies." keeps the
man it names, and "X, books as Y" is one man; a review boasting "got my hour then ... legged it"
is a refused payment; a home told as "my building on X", "her sister is in X" or "she has gone
back to X". All data fictional."""

from __future__ import annotations

from tests.test_redaction import forum, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_a_man_a_correction_clears_loses_his_plate_too(pipeline):
    out = run(
        pipeline,
        nums(
            "Correction to last week's bulletin. The man she first named, 'Dariusz' on 07700 900518, driving a "
            "silver Focus YR17 KPD, is NOT him after all: he is a regular and has always been fine. The man who "
            "hit her was older, bald, drove a blue van, called himself Len, 07700 900519."
        ),
    )
    assert not leaked(out, "YR17 KPD") and not leaked(out, "YR17KPD")
    assert not leaked(out, "Dariusz") and not leaked(out, "900518")
    assert "+447700900519" in offender_values(out)


def test_a_man_named_before_and_not_involved_is_redacted_but_the_offender_stays(pipeline):
    out = run(
        pipeline,
        partner(
            "Her boyfriend Tomasz, 07700 900521, says the landlord is not involved. The man who raped her "
            "called himself Raff, 07700 900522, white Vauxhall YS19 TLB."
        ),
    )
    assert "+447700900522" in offender_values(out)
    assert "YS19TLB" in offender_values(out)


def test_his_mother_sharing_his_family_name_is_not_him(pipeline):
    out = run(
        pipeline,
        partner(
            "Tenant harassed by the son next door, Kyle Bramhall, who shouts 'slag' at her. His mother, Mrs "
            "Bramhall, has apologised to the tenant.",
            offender={
                "names": ["Kyle Bramhall"],
                "phones": [],
                "emails": [],
                "online_handles": [],
                "vehicles": [],
                "description": None,
            },
        ),
    )
    assert "Kyle Bramhall" in text_of(out)
    assert "Mrs Bramhall" not in text_of(out)


def test_one_dotted_capital_opening_a_sentence_is_a_person(pipeline):
    out = run(
        pipeline,
        partner(
            "Outreach note, Keighley. P. is from Cali and works from a flat on her own. She paid a deposit to a "
            "man called Hector on 07700 900523 who never sent the keys."
        ),
    )
    assert not leaked(out, "P.")
    out = run(
        pipeline,
        partner(
            "Van log, Dewsbury.\n23:10 Mill Lane – T. said a grey Astra has circled three nights and the driver "
            "throws eggs at the girls."
        ),
    )
    assert not leaked(out, "T.")
    assert "Mill Lane" in text_of(out)


def test_a_post_told_by_the_one_paid_in_fakes_is_hers_and_he_is_kept(pipeline):
    out = run(
        pipeline,
        forum(
            "Thread: Harrogate – dodgy notes\n"
            "rosehip_hgt (03/02/27 23:40): had a guy pay me with two fake twenties tonight, calls himself "
            "Gerald, 07700 900524, posh voice, silver Jag\n"
            "mod_safeharrogate: thanks hun, passed on x"
        ),
    )
    assert not leaked(out, "rosehip_hgt")
    assert "+447700900524" in offender_values(out)


def test_a_paste_demanding_money_makes_its_poster_an_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Anonymous paste titled 'OTLEY LIST' by user otleytruth (also posting as 'Otley Truth'):\n"
            "- 'Jade' = Kerry Ambler, 07700 900525\n"
            "'Pay £80 or your families get this'. Contact otleytruth@example.com."
        ),
    )
    kept = offender_values(out)
    assert "otleytruth" in kept and "otleytruth@example.com" in kept
    assert not leaked(out, "Kerry Ambler") and not leaked(out, "900525")


def test_a_defendants_surname_read_as_a_place_is_his_name(pipeline):
    out = run(
        pipeline,
        forum(
            "A 38-year-old man has been charged with raping a sex worker and attacking another in Bradford. "
            "Saleem Sultan, of Allerton, was remanded in custody when he appeared at Bradford Magistrates' Court on "
            "Tuesday."
        ),
    )
    assert "saleem sultan" in offender_values(out)


def test_a_warning_after_heads_up_ladies_keeps_the_man_and_his_booking_alias(pipeline):
    out = run(
        pipeline,
        forum(
            "Thread: Selby – FILMING warning\n"
            "lark_selby (3 Feb 2027, 9.05pm): Heads up ladies. Warren Pickup, books as Will, 07700 900526, films "
            "on his phone propped on the shelf.\n"
            "wren_york (9.30pm): thanks babe"
        ),
    )
    kept = offender_values(out)
    assert "warren pickup" in kept and "+447700900526" in kept


def test_got_my_hour_then_legged_it_is_a_refused_payment(pipeline):
    out = run(
        pipeline,
        forum(
            "Field report – 'Mimi @ Hyde Park' – by LeedsLad77\n"
            "Had my half hour then said I'd left my card in the car and legged it, she was screaming down the "
            "road. Best price is free lads."
        ),
    )
    assert "refused_payment" in out["record"]["mo"]
    assert "leedslad77" in offender_values(out)


def test_homes_told_as_a_building_a_sisters_town_or_going_back(pipeline):
    out = run(pipeline, nums("He sat in his car opposite my building on Ferncliffe Mews at 6am when I came out."))
    assert "Ferncliffe Mews" not in text_of(out)
    out = run(pipeline, nums("She can stop whenever she wants; her sister is in Pudsey. He punched her twice."))
    assert "Pudsey" not in text_of(out)
    out = run(pipeline, nums("He slapped her in the car. She does not want contact and has gone back to Batley."))
    assert "Batley" not in text_of(out)


def test_a_publication_opening_a_court_report_is_no_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "The Valley Courier: A Shipley man who posed as a client to rob two women working from flats in Keighley "
            "has been jailed for four years. Dean Mortimer, 41, threatened the women with a knife and took their "
            "cash. Bradford Crown Court heard he booked them from 07700 900527."
        ),
    )
    kept = offender_values(out)
    assert "dean mortimer" in kept
    assert not any("courier" in v for v in kept)


def test_a_residents_warning_about_a_worker_is_an_outing_and_its_poster_an_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Post in a village residents group by user Trevor Oldroyd: 'WARNING: prostitute working from 3 Elm "
            "Row, Silsden. Her name is Dawn Pickard, men in and out all night. Name and shame!!'"
        ),
    )
    assert "trevor oldroyd" in offender_values(out)
    assert not leaked(out, "Dawn Pickard")


def test_a_van_a_day_a_beard_and_a_firms_livery_are_no_names(pipeline):
    out = run(
        pipeline,
        nums(
            "Picked up Thurs nite by the retail park in Brighouse, white Citroen Berlingo van YK15 PTL with "
            "Ryburn Roofing on the side. Ginger beard, 40s. Took her to a lay-by and punched her. Weds he "
            "texted again."
        ),
    )
    text = text_of(out)
    for kept in ("Citroen Berlingo", "Ryburn Roofing", "Ginger beard", "Weds", "Thurs"):
        assert kept in text
    assert "YK15PTL" in offender_values(out)
    out = run(pipeline, nums("I was with Kelly on the back seat when he grabbed my phone and ran off."))
    assert not leaked(out, "Kelly")


def test_a_word_opening_a_booking_and_a_brother_who_is_co_accused(pipeline):
    out = run(
        pipeline,
        partner(
            "Client disclosed rape at her incall in Shipley. Perpetrator booked as 'Ade' from 07700 900528. "
            "Booked by Lee for himself only; his brother Rory was already inside and both assaulted her.",
            offender={
                "names": ["Lee Garside", "Rory Garside"],
                "phones": ["07700 900528"],
                "emails": [],
                "online_handles": [],
                "vehicles": [],
                "description": None,
            },
        ),
    )
    assert "Perpetrator" in text_of(out)
    assert "rory" in offender_values(out)


def test_a_defendants_home_after_his_alias_and_an_officers_short_title_stay(pipeline):
    out = run(
        pipeline,
        forum(
            "Two men charged after robberies of women working from flats in Bradford. Wayne Hebblethwaite, 33, "
            "known as 'Hebby', of Buttershaw, and Carl Midgley, 29, of Wibsey, appeared at Bradford Magistrates' "
            "Court on Friday. Det Con Priya Lomax of West Yorkshire Police said the women had been very brave."
        ),
    )
    text = text_of(out)
    assert "of Buttershaw" in text and "Det Con" in text
    assert "wayne hebblethwaite" in offender_values(out)
