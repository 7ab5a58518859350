"""Issue 8, stop 51: what the rules got wrong on helper_zzg and trafficking dev_zf (each example
invented, after the classes seen): a plate read out letter by letter ("K L 6 4 R T Y", "her
Micra f 5 2 d w n") or with its area code apart ("WP 21 LMX") is a plate, his kept and hers
redacted; a note's subject written as initials before her nationality and age ("HR, Polish,
29") is hers; a relative named with another family's initial ("her cousin (Dean K)") is not the
offender whose first name he shares ("Dean Marsh"), and the offender's full name stays his; two
friends who "pay our own way" are no recruiter's listing; a housing move of hers ("asked to move
from her flat on X", "moving into a flat in X") names her home, one she is moved to by others
does not; a Welsh "nain" is her family; the shop where her brother works is a place of her
family's life; a regular who "has been a real gentleman" is no offender. Every check reads all
outputs (`leaked`). All data fictional."""

from __future__ import annotations

import pytest

from tests.test_redaction import advert, forum, nums, offender_keys, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked

# -- plates spaced out -----------------------------------------------------------------------


def test_his_plate_read_letter_by_letter_is_kept(pipeline):
    out = run(pipeline, nums("He grabbed my wrist and drove off. I read the plate as he went: K L 6 4 R T Y. Grey."))
    assert "kl64rty" in offender_keys(out)


def test_her_plate_spaced_in_lower_case_is_redacted(pipeline):
    out = run(
        pipeline,
        nums(
            "He posted where I park, said 'she drives a blue Micra f 5 2 d w n, easy to find'. I want "
            "it on record, I'm scared."
        ),
    )
    assert not leaked(out, "f 5 2 d w n")


def test_his_plate_with_its_area_code_apart_is_kept(pipeline):
    out = run(pipeline, nums("Man called Tel, black Astra WP 21 LMX, refused to pay and pushed me out the car."))
    assert "wp21lmx" in offender_keys(out)


def test_spaced_capitals_that_are_no_plate_stay_words(pipeline):
    out = run(pipeline, nums("He kept saying A B C like a kid, then grabbed my bag and ran off down the ginnel."))
    assert "A B C" in text_of(out)


# -- initials before her nationality ---------------------------------------------------------


def test_her_initials_before_her_nationality_and_age_are_redacted(pipeline):
    out = run(
        pipeline,
        partner("Sexual health note. HR, Polish, 29, escort (independent). Full screen negative. Asked about PrEP."),
    )
    assert not leaked(out, "HR")


def test_an_acronym_before_a_town_and_a_count_stays(pipeline):
    out = run(pipeline, partner("Van outreach. CCTV, Holbeck, 12 cameras checked by the council. No reports tonight."))
    assert "CCTV" in text_of(out)


# -- a shared first name ---------------------------------------------------------------------


def test_a_relative_with_another_initial_is_not_the_offender(pipeline):
    out = run(
        pipeline,
        partner(
            "ISVA note. Client disclosed assault by client Dean Marsh on 03/11 at a hotel. Her cousin "
            "(Dean K) drove her to the SARC, supportive, no concerns about him.",
            offender={"names": ["Dean Marsh"], "phones": [], "emails": [], "online_handles": [], "vehicles": []},
        ),
    )
    assert not leaked(out, "Dean K")
    assert "dean marsh" in {v.lower() for v in offender_values(out)}


def test_his_name_with_his_own_initial_is_still_his(pipeline):
    out = run(
        pipeline,
        partner(
            "ISVA note. Client disclosed assault by Dean Marsh. Dean M has since texted her twice.",
            offender={"names": ["Dean Marsh"], "phones": [], "emails": [], "online_handles": [], "vehicles": []},
        ),
    )
    assert "dean marsh" in {v.lower() for v in offender_values(out)}
    assert "Dean M has" in text_of(out)


# -- friends who pay their own way -----------------------------------------------------------


def test_friends_paying_their_own_way_keep_their_number_theirs(pipeline):
    out = run(
        pipeline,
        advert(
            "✨ DUO TOUR ✨ Ruby & Jade back in LINCOLN Mon-Wed then BOSTON Thurs-Sat 💋 Best friends, we travel "
            "together, we book ourselves 😘 Text only 07700 900 717, no withheld, no rush. Outcalls by taxi only, we "
            "pay our own way x",
            phones=["07700 900717"],
        ),
    )
    assert not leaked(out, "07700 900 717")


# -- a housing move of hers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,home",
    [
        ("Housing note. ZK asked to move from her flat on Ashby Street after the break-in.", "Ashby Street"),
        ("Tenancy support. She is moving into a flat in Braunstone next month, deposit from the scheme.", "Braunstone"),
        ("Caseworker note. Bidding for a 2-bed in Wootton so the kids can stay at school.", "Wootton"),
    ],
)
def test_a_housing_move_of_hers_names_her_home(pipeline, text, home):
    out = run(pipeline, partner(text))
    assert not leaked(out, home)


def test_a_flat_she_is_moved_to_by_others_stays(pipeline):
    out = run(
        pipeline,
        partner(
            "Interpreter relay. The men took her phone and she was being moved to a flat in Leicester every week. "
            "She does not know the street."
        ),
    )
    assert "Leicester" in text_of(out)


# -- her family --------------------------------------------------------------------------------


def test_her_nain_s_town_is_redacted(pipeline):
    out = run(pipeline, nums("He said he'd post the pics to my nain in Llangefni unless I paid him £200."))
    assert not leaked(out, "Llangefni")


def test_the_shop_where_her_brother_works_is_redacted(pipeline):
    out = run(
        pipeline,
        nums(
            "Now he's turned up at the Londis on Narborough Road where my brother Kieran works, asking about me. "
            "He's done it twice."
        ),
    )
    assert not leaked(out, "Narborough Road")
    assert not leaked(out, "Kieran")


def test_the_shop_where_it_happened_stays(pipeline):
    out = run(pipeline, nums("He robbed me behind the Spar on Narborough Road, took £80 and my phone."))
    assert "Narborough Road" in text_of(out)


# -- a regular she vouches for ---------------------------------------------------------------


def test_a_regular_who_has_been_a_gentleman_is_no_offender(pipeline):
    out = run(
        pipeline,
        partner(
            "Outreach note. Still working from her own flat in Ilkeston, doing well. Regular client she calls "
            "'Mr Tenby' has been 'a real gentleman, pays and goes'. No incidents."
        ),
    )
    assert not leaked(out, "Mr Tenby")


def test_a_gentleman_until_he_hit_her_is_still_named(pipeline):
    out = run(
        pipeline,
        nums(
            "Regular I called Mr Tenby has been a gentleman until last night when he punched me and took "
            "the money back. He rang from 07700 900 562."
        ),
    )
    assert any(v.endswith("7700900562") for v in offender_keys(out))
    assert "tenby" in " ".join(offender_keys(out))


# -- a booker an advert names ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,booker",
    [
        (
            "🌺 NEW ASIAN LADIES EVERY WEEK 🌺 Jasmine Spa, Castle Road. Call 07700 900 661 no text, ask for Mama Lek, "
            "she choose the lady for you.",
            "mama lek",
        ),
        (
            "Girls from Bulgaria, new every week!! One number for all, ring 07700 900 662, speak to Dorin for booking, "
            "he will send girl to you.",
            "dorin",
        ),
    ],
)
def test_the_booker_an_advert_names_is_kept(pipeline, text, booker):
    out = run(pipeline, advert(text))
    assert booker in {v.lower() for v in offender_values(out)}


def test_a_worker_sending_her_own_pictures_stays_hers(pipeline):
    out = run(pipeline, advert("Sofia 23 new in town 💋 call 07700 900 663, ask for Sofia, she will send pics first x"))
    assert not leaked(out, "Sofia")
    assert not leaked(out, "07700 900 663")


# -- places that are no one's home -------------------------------------------------------------


def test_the_town_he_says_he_works_from_stays(pipeline):
    out = run(pipeline, nums("Fat, bald, 60s, Grimsby accent, says he's a welder from Nunsthorpe. Only paid half."))
    assert "Nunsthorpe" in text_of(out)


def test_an_adverts_incall_area_stays(pipeline):
    out = run(pipeline, advert("CERYS 💋 SWANSEA 💋 24. Incalls Uplands/City centre, outcalls. Text 07700 900 664."))
    assert "Uplands" in text_of(out)
    assert not leaked(out, "CERYS")


def test_her_door_in_the_place_the_field_names_is_her_home(pipeline):
    out = run(
        pipeline,
        nums(
            "Ex-client keeps parking outside my flat on Carr Lane, three nights now, and texts 'nice curtains'. "
            "He rings from 07700 900 665.",
            location="Carr Lane, Grimsby",
            district="Grimsby",
        ),
    )
    assert not leaked(out, "Carr Lane")
    assert any(v.endswith("7700900665") for v in offender_keys(out))


def test_an_incall_flat_the_field_names_stays(pipeline):
    out = run(
        pipeline,
        nums(
            "Man knocked at my flat on Carr Lane, booked an hour and then took the money back off the side.",
            location="Carr Lane, Grimsby",
            district="Grimsby",
        ),
    )
    assert "Carr Lane" in text_of(out)


def test_livin_in_names_her_home(pipeline):
    out = run(pipeline, nums("Im from Accra, livin in Thornaby now, work for myself. He keeps posting my pics."))
    assert not leaked(out, "Thornaby")


def test_a_landmark_whose_first_word_is_also_a_name_stays(pipeline):
    out = run(pipeline, nums("Drove me round the back of the Royal Mail depot off Hessle Road, took the £60 back."))
    assert "Royal Mail" in text_of(out)


def test_a_family_after_the_is_still_redacted(pipeline):
    out = run(pipeline, nums("He said he'd tell the Royal family next door what I do. He hit me on the arm."))
    assert not leaked(out, "Royal family")


def test_a_town_abroad_redacted_as_her_familys_is_hers_at_every_mention(pipeline):
    out = run(
        pipeline,
        forum(
            "Comment under @mira.beauty.sot posted by @kuqi_arben: 'Say hello to your father in Iasi from us, we "
            "know the house by the river. You still owe 7,000? Come back to Portswood or everyone in Iasi sees "
            "your photos.'"
        ),
    )
    assert not leaked(out, "Iasi")


def test_a_british_town_told_twice_keeps_its_incident_mention(pipeline):
    out = run(
        pipeline,
        nums("He picked me up in Barnsley, drove round Barnsley for an hour and then took the money back."),
    )
    assert "Barnsley" in text_of(out)
