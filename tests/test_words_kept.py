"""Words that name no one survive redaction; the names beside them still go (issue 8, stop 19).

- organisations and courts read as phrases ("Essex Police", "Hope for Justice", "Leeds
  Crown Court"), never across "of" and never opening with a first name that is no place;
- vehicle models after a colour, a make or "drives"; words before "accent", "shirt",
  "tattoo"; court and police titles; case-note acronyms;
- a town that is also a first name, where only a place fits;
- a handle after a bare platform word, a self-announced lower-case advert name;
- in a news item, the subject of an offence verb is the accused.

Every check of what is redacted reads the whole output, not one field.
"""

from __future__ import annotations

from evaluation.leaks import flatten, present
from tests.test_desktop_offenders import entities, news
from tests.test_redaction import advert, nums, partner, run, text_of


def test_organisations_and_courts_survive_and_the_officer_beside_them_goes(pipeline):
    out = run(
        pipeline,
        news(
            "Woman who ran brothels jailed. Dana Rusu, 47, was found guilty at Chelmsford Crown Court. "
            "The case was brought by Essex Police with support from the charity Hope for Justice. "
            "DC Paul Mercer of Essex Police praised the women."
        ),
    )
    text = text_of(out)
    for word in ("Chelmsford Crown Court", "Essex Police", "Hope for Justice"):
        assert word in text, word
    assert not present("Paul Mercer", flatten(out))
    assert ("OFFENDER_NAME", "dana rusu") in entities(out)


def test_an_agency_named_after_a_worker_is_no_organisation(pipeline):
    out = run(pipeline, advert("Jade Escort Agency, Leeds. Call 07700 900412 for Jade."))
    assert not present("Jade", flatten(out))


def test_vehicle_models_titles_acronyms_and_descriptions_survive(pipeline):
    out = run(
        pipeline,
        nums(
            "He drives a black Qashqai and wore a Villa shirt, Brummie accent. "
            "Judge Holt will hear it. FME done, GMP informed. My name is Kerrianne Blakeworth.",
            reporter={"name": "Kerrianne Blakeworth"},
        ),
    )
    text = text_of(out)
    for word in ("Qashqai", "Villa shirt", "Brummie accent", "Judge", "FME", "GMP"):
        assert word in text, word
    assert not present("Kerrianne Blakeworth", flatten(out))
    assert not present("Holt", text)  # the judge's name is still a name


def test_a_town_that_is_a_first_name_is_a_place_only_where_a_place_fits(pipeline):
    out = run(
        pipeline,
        partner("Clinic note. Escort worker, Carlisle based, tours Penrith & Kendal occasionally. No incidents."),
    )
    text = text_of(out)
    assert "Carlisle based" in text and "Penrith & Kendal" in text
    # the same word as someone's name is redacted everywhere in the record
    out = run(pipeline, partner("Tours Penrith & Kendal. Her friend Kendal Moss drives her."))
    assert not present("Kendal", flatten(out))


def test_a_bare_platform_word_and_a_self_announced_name_in_an_advert(pipeline):
    out = run(pipeline, advert("hey guys its lexi, incall only, text only or snap lexi.lds, no withheld"))
    flat = flatten(out)
    assert not present("lexi.lds", flat)
    assert not present("lexi", flat)


def test_the_subject_of_an_offence_in_a_news_item_is_the_accused_and_the_judge_is_not(pipeline):
    out = run(
        pipeline,
        news(
            "LEEDS CROWN COURT - A man who robbed two sex workers has been jailed. Craig Anthony Wetherby "
            "targeted the women after booking them online. Judge Helen Ashworth said the women were terrified."
        ),
    )
    assert ("OFFENDER_NAME", "craig anthony wetherby") in entities(out)
    assert not present("Helen Ashworth", flatten(out))


def test_an_anonymised_victim_is_redacted_and_never_an_alias(pipeline):
    out = run(
        pipeline,
        news(
            "A man who robbed women was jailed at Leeds Crown Court. One victim, known as Woman A, "
            "said she no longer felt safe. A man I met there said nothing."
        ),
    )
    assert not present("Woman A", flatten(out))
    assert not any(v == "woman" for _, v in entities(out))
    assert "man I met" in text_of(out)  # "I" is no label


def test_official_titles_stay_before_the_redacted_name(pipeline):
    out = run(
        pipeline,
        news(
            "Man jailed at Leeds Crown Court. Kirklees Council's licensing committee met. "
            "Detective Sergeant Paul Rigg and Councillor Helen Birtles spoke."
        ),
    )
    text = text_of(out)
    for word in ("Detective Sergeant", "Councillor", "Kirklees Council's"):
        assert word in text, word
    for name in ("Paul Rigg", "Helen Birtles"):
        assert not present(name, flatten(out)), name


def test_the_accused_s_home_area_in_a_court_report_is_kept(pipeline):
    out = run(
        pipeline,
        news("Imran Rafiq Malik, 45, of Savile Town, admitted assault at Leeds Crown Court. He was jailed."),
    )
    assert "of Savile Town" in text_of(out)
    assert ("OFFENDER_NAME", "imran rafiq malik") in entities(out)


def test_a_house_number_makes_a_place_an_address_and_a_name_read_as_a_nationality_is_a_name(pipeline):
    out = run(pipeline, advert("WARNING the brass working out of 17 Shadyside, DN4 0DJ, tell her what you think."))
    flat = flatten(out)
    assert not present("17 Shadyside", flat) and not present("Shadyside", flat)
    out = run(pipeline, partner('She says "he knows where Kian and Lacey go to school", her two kids.'))
    flat = flatten(out)
    assert not present("Kian", flat) and not present("Lacey", flat)


def test_towns_in_an_advert_list_are_places_and_the_workers_beside_them_go(pipeline):
    out = run(
        pipeline,
        advert(
            "NEW GIRLS THIS WEEK. Candy (from Leeds), Bella (from Hull), Nina (from Bradford). "
            "Transport from Leeds, Manchester and London can be arranged. Call 07700 900186."
        ),
    )
    text, flat = text_of(out), flatten(out)
    assert "from Leeds, Manchester and London" in text
    assert "(from Hull)" in text
    for worker in ("Candy", "Bella", "Nina"):
        assert not present(worker, flat), worker


def test_a_first_name_before_a_place_noun_that_is_a_surname_is_a_name(pipeline):
    # "Green", "Heath", "Hall" end place names too; after a first name with no preposition
    # of place before it, the phrase is a person (a leak otherwise)
    out = run(pipeline, nums("Lacey Green helped me after. Tobias Heath and Mandy Hall saw it, I was on the bus."))
    flat = flatten(out)
    for name in ("Lacey Green", "Tobias Heath", "Mandy Hall"):
        assert not present(name, flat), name


def test_a_district_in_a_list_of_places_is_kept_and_her_home_district_is_not(pipeline):
    out = run(
        pipeline,
        partner(
            "Incident at a terraced house on Wexcombe Road, Marlbridge. He later took her to flats "
            "in Ravensthorpe and Thornley Lees. The client lives in her flat on Alder Street, Pennicott."
        ),
    )
    text, flat = text_of(out), flatten(out)
    assert "Thornley Lees" in text
    assert not present("Pennicott", flat)  # the district of her home goes with it


def test_saints_abbreviated_streets_and_place_nouns_in_lower_case_are_places(pipeline):
    out = run(
        pipeline,
        partner(
            "Referred to St Bride's hostel. He dumped her aff Calder St near the lights, "
            "then she walked to Hamilton bus station."
        ),
    )
    text = text_of(out)
    for words in ("St Bride's hostel", "Calder St", "Hamilton bus station"):
        assert words in text, words


def test_plates_models_and_case_note_codes_are_no_initials(pipeline):
    out = run(
        pipeline,
        nums(
            "Suspect WM 55-60, with him a BF 20s. Silver Jaguar XF, reg started SK17 somethin. "
            "The lorry had foreign plates starting WGM and an IOW sticker. Over 40 WhatsApps on Wednesdays."
        ),
    )
    text = text_of(out)
    for words in ("WM 55-60", "BF 20s", "Silver Jaguar XF", "SK17", "WGM", "IOW sticker", "WhatsApps", "Wednesdays"):
        assert words in text, words


def test_a_branch_named_after_its_county_and_a_city_abroad_spelt_apart(pipeline):
    out = run(
        pipeline,
        partner(
            "Her support worker at Open Doors Essex, Marnie Coultas, came with her. She is from Hai Phong. "
            "He had a Stanley knife."
        ),
    )
    text, flat = text_of(out), flatten(out)
    for words in ("Open Doors Essex", "Hai Phong", "Stanley knife"):
        assert words in text, words
    assert not present("Marnie Coultas", flat)


def test_trades_on_a_van_a_model_read_as_a_place_and_a_described_word_in_text_speak(pipeline):
    out = run(
        pipeline,
        nums(
            "grimsby lad in a blue van wiv Tolworth Plumbing & Heating on side, drove a black Hilux after. "
            "my mate kayleigh seen him. Referred by Wexley Recovery Hub."
        ),
    )
    text, flat = text_of(out), flatten(out)
    for words in ("grimsby lad", "Tolworth Plumbing & Heating", "Hilux", "Wexley Recovery Hub"):
        assert words in text, words
    assert not present("kayleigh", flat)


def test_the_keeps_beside_places_and_plurals_never_take_a_name_with_them(pipeline):
    out = run(
        pipeline,
        partner("Her friend Leanne Banks came with her on Wednesdays. Client WM, 23, attended."),
    )
    flat = flatten(out)
    for name in ("Leanne Banks", "WM"):  # "Banks" is no plural of a day or an app; a bare age
        assert not present(name, flat), name
