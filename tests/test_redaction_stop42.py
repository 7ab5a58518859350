"""Issue 8, stop 42: what the rules got wrong on helper_zx and trafficking/dev_w (each example
invented, after the classes seen): a number that a redacted name owns, written right after it
("Paulo can be witness, his number ...", "Craig rang me from ... to say sorry"); a sentence that
takes back the one before ("That was wrong: Dylan is her neighbour's son"); a county in a note's
heading ("Outreach note (Kent).") or before "accent" is a place, not a person; her bracket of
who she is ("Client (F, 36, Castleford)") and a relative's city abroad ("my mother in Asmara")
are homes; a researcher quoting adverts by name and age ("'Chloe 22, ...'", "'Amber 23'
(Halifax)"); a court report of a man the prosecution let go ("offered no evidence against"); a cab
firm's own line after its name ("booked from Ossett Cars (07700 ...)"); "sharing a flat in X" and
"(indoor, own flat in X)" as home cues (not an advert's incall); a model that is an everyday word
too after a colour ("a red Polo") is the car; a plate read out in the NATO alphabet ("Kilo Lima six
one, Delta Romeo Uniform"), his plate read "as I drove off" (her leaving, not her car), and a
plate in lower case right after the car ("grey astra bd14wfx").
All data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_a_witness_number_right_after_his_name_goes_with_it(pipeline):
    out = run(
        pipeline,
        nums(
            "A client called Marek pushed me down the stairs in the flat on Hebble Street, his number "
            "07700 900 611. Tomasz can be witness, his number 07700 900 612. I want report."
        ),
    )
    assert not leaked(out, "07700 900 612")
    assert not leaked(out, "Tomasz")
    assert {"marek", "+447700900611"} <= offender_values(out)


def test_a_man_cleared_who_rang_her_keeps_his_number_redacted(pipeline):
    out = run(
        pipeline,
        nums(
            "Couple booking in Goole, man was Pete and the woman was Carla. Carla slapped me and took my "
            "phone. Pete rang me from 07700 900 614 next day to say sorry, he had no idea.",
            offender={"names": ["Carla"], "phones": [], "emails": [], "online_handles": [], "vehicles": []},
        ),
    )
    assert not leaked(out, "07700 900 614")
    assert "carla" in offender_values(out)


def test_the_offenders_own_number_after_his_name_is_still_his(pipeline):
    # the near miss: the name kept as the offender's, his number with it
    out = run(pipeline, nums("A punter called Dean rang me from 07700 900 615 and said he would hurt me."))
    assert {"dean", "+447700900615"} <= offender_values(out)
    # no offender named anywhere: the number stays his on the model's word
    out = run(pipeline, nums("Lewis rang me from 07700 900 616 and threatened to come round. Scared."))
    assert "+447700900616" in offender_values(out)


def test_a_sentence_that_takes_back_the_one_before_clears_its_man(pipeline):
    out = run(
        pipeline,
        nums(
            "The outreach bulletin said the punter was 'Owen, red Corsa, DK19 RWE'. That was wrong: Owen is "
            "her neighbour's lad who gave her a lift home. The man who hit her had a black Audi."
        ),
    )
    assert not leaked(out, "DK19 RWE")
    assert not leaked(out, "Owen")


def test_a_county_in_a_notes_heading_or_before_accent_is_a_place(pipeline):
    out = run(
        pipeline,
        partner("Outreach note (Kent). SU says a man called Lenny with a Devon accent hit her near the harbour."),
    )
    text = text_of(out)
    assert "(Kent)" in text
    assert "Devon accent" in text
    assert "lenny" in offender_values(out)
    # a name in brackets in the story is still a name
    out = run(pipeline, partner("SU and her friend (Devon) were walking when a man called Lenny hit her."))
    assert not leaked(out, "Devon")


def test_her_bracket_of_who_she_is_names_her_home(pipeline):
    out = run(
        pipeline,
        partner("ISVA note. Client (F, 36, Normanton) disclosed a punter called Shaun hit her on Station Road."),
    )
    assert not leaked(out, "Normanton")
    assert "Station Road" in text_of(out)
    # not a bracket that goes on to the story
    out = run(
        pipeline,
        partner("SU (F, 41, street work around Kirkgate) says a man called Shaun hit her."),
    )
    assert "Kirkgate" in text_of(out)


def test_a_relatives_city_abroad_is_a_home_a_country_is_not(pipeline):
    out = run(
        pipeline,
        nums(
            "He keep my money and say he know where my mother in Bucharest live. He take me to Sheffield every week. "
            "My brother in Poland is fine. His number 07700 900 617."
        ),
    )
    assert not leaked(out, "Bucharest")
    assert "Poland" in text_of(out)
    assert "+447700900617" in offender_values(out)


def test_adverts_a_researcher_quotes_by_name_and_age(pipeline):
    out = run(
        pipeline,
        advert(
            "Ad text: 'Kimmy 24, petite English girl, Dewsbury centre, incall only. Call 07700 900 618.' "
            "Researcher note: the same number is on two more adverts, 'Skye 22' (Batley) and 'Kimmy 24' "
            "(Ossett), with different photos."
        ),
    )
    assert not leaked(out, "Kimmy")
    assert not leaked(out, "Skye")
    text = text_of(out)
    assert "Batley" in text and "Ossett" in text


def test_a_man_the_prosecution_let_go_is_no_defendant(pipeline):
    out = run(
        pipeline,
        advert(
            "Case dropped against Hexham man. Prosecutors offered no evidence against Dale Farrant, 44, of "
            "Acomb, who had been accused of robbing a woman working on Shields Road. A second man, Carl "
            "Bream, 29, has now been charged with robbery and will appear at Newcastle Crown Court.",
            platform="other",
        ),
    )
    assert not leaked(out, "Farrant")
    assert "carl bream" in offender_values(out)
    assert "Prosecutors" in text_of(out)


def test_a_cab_firms_line_after_its_name_is_no_ones_in_the_story(pipeline):
    # a guard: the role model redacts this invented one on stop 41's code too; the rule
    # (`victim.firm_line`) makes it not the model's to keep
    out = run(
        pipeline,
        partner(
            "Drug service note. SU reports that a man in a grey Kia Ceed with a 'TAXI' sticker and a fake roof "
            "sign stopped as she waited for a cab she had booked from Ossett Cars (07700 900 358). He said "
            "'taxi for you?', drove to a lay-by and hit her. Driver: white, 40s, his number 07700 900 619."
        ),
    )
    assert not leaked(out, "07700 900 358")
    assert "+447700900619" in offender_values(out)


def test_sharing_a_flat_and_her_own_flat_without_her_are_home_cues(pipeline):
    out = run(pipeline, nums("Me and Kasia are sharing a flat in Normanton, we split rent. Client Dean hit me."))
    assert not leaked(out, "Normanton")
    out = run(
        pipeline,
        partner("Patient: 29F, sex worker (indoor, own flat in Rothwell). Outcall to a hotel in Morley, Dean hit her."),
    )
    assert not leaked(out, "Rothwell")
    assert "Morley" in text_of(out)
    # his own flat is where it happened, kept; so is an advert's incall "own flat near ..."
    out = run(pipeline, nums("He took me back to his own flat in Headingley and a man called Dean hit me."))
    assert "Headingley" in text_of(out)
    out = run(pipeline, advert("Roxy here, 31, curvy brunette, own flat near Briggate. Outcalls too, 07700 900 623."))
    assert "Briggate" in text_of(out)


def test_a_model_that_is_a_word_too_after_a_colour_is_the_car(pipeline):
    out = run(pipeline, nums("The man drives a red Polo, he hit me on Ings Road and took £60. Number 07700 900 621."))
    assert "red Polo" in text_of(out)
    # the same word as a name is still redacted where no colour says it is a car
    out = run(pipeline, nums("My friend Polo came with me. A client called Dean hit me on Ings Road."))
    assert not leaked(out, "Polo")


def test_a_plate_read_out_in_the_nato_alphabet_is_his_plate(pipeline):
    out = run(
        pipeline,
        nums(
            "He forced me in the back of his silver Berlingo. As I got away I said the plate out loud: "
            "'Kilo Lima six one, Delta Romeo Uniform'. He hit me."
        ),
    )
    assert "KL61DRU" in offender_values(out)
    ents = {(e["label"], e["text"]) for e in out["record"]["entities"]}
    assert not any(label == "LOCATION" and "Delta" in text for label, text in ents)
    # half of one: a partial plate, in its normal form
    out = run(pipeline, nums("He robbed me and drove off. Plate was Kilo Lima six one, Delta something."))
    assert "KL61D" in offender_values(out)
    # two friends' names are no plate
    out = run(pipeline, nums("My friends Charlie and Mike, one of them drove me home after he hit me."))
    assert not any(e["label"] == "VEHICLE_REG" for e in out["record"]["entities"])


def test_her_driving_off_does_not_make_his_plate_hers(pipeline):
    out = run(pipeline, nums("He punched me in the car park. I said the plate out loud as I drove off: KL61 DRV."))
    assert "KL61DRV" in offender_values(out)
    # her own car stays hers
    out = run(pipeline, nums("I drove my Fiesta, KL61 DRW, to the hotel and a man called Dean hit me there."))
    assert not leaked(out, "KL61 DRW")


def test_a_lower_case_plate_right_after_the_car_is_read(pipeline):
    out = run(pipeline, nums("punter hit me n took the money back, drives a grey astra bd14wfx, ginger scottish guy"))
    assert "BD14WFX" in offender_values(out)
    # her own car's plate, written the same way, is found and redacted (it was left in clear)
    out = run(pipeline, nums("my car is a red corsa yd12abx, he smashed the window and ran"))
    assert not leaked(out, "yd12abx")
