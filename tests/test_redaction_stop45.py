"""Issue 8, stop 45: what the rules got wrong on helper_zza and trafficking/dev_z (each example
invented, after the classes seen): a client named by the word mid-sentence ("Saturday client Lewis")
and his other name in brackets ("Neville Roberts ('Nev')") are his; a court report whose only outcome is a man
found not guilty names no defendant, and a man "released without charge" is cleared; "housed at",
a supported tenancy, her student residence, renting the apartment above a shop, sharing a rented
static and "her sister, who is still in X" are homes. All data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, news, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_who_did_nothing_to_her_stays_redacted(pipeline):
    # her friend who hit him, a name that is the subject of no offence, an ISVA's client
    out = run(pipeline, partner("Her friend Tasha hit him with a bottle when he grabbed her."))
    assert not leaked(out, "Tasha")
    out = run(pipeline, partner("Kerrie-Ann drove her home after the booking. The man had hit her."))
    assert not leaked(out, "Kerrie-Ann")
    # the subject of an offence against her is the one who did it (stop 57, `name.after_harm`; stop 45
    # had left him unknown after a try that fired on a service user's label: a sweep of the 102
    # training and dev sets finds no name it wrongly keeps now)
    out = run(pipeline, partner("Last week Jase punched her in the face outside the flat on Kirkgate."))
    assert "jase" in offender_values(out)
    out = run(pipeline, partner("ISVA note. Client Megan Hollis, 24, reports rape by a man called Dom on 12/11."))
    assert not leaked(out, "Megan Hollis") and "dom" in offender_values(out)
    # booking her is no offence
    out = run(pipeline, nums("Darnell booked me for an hour on Tuesday, a different man robbed me later."))
    assert not leaked(out, "Darnell")


def test_a_report_of_an_acquittal_names_no_defendant(pipeline):
    out = run(
        pipeline,
        news(
            "Wakefield Express: 'Man cleared of assault on escort' - A Normanton man has been found not guilty of "
            "attacking a woman at a flat in Castleford. Dean Rimmer, 37, had denied the charge. The jury at Leeds "
            "Crown Court took less than two hours. Judge Alan Pryce told Mr Rimmer he was free to go."
        ),
    )
    assert not leaked(out, "Dean Rimmer") and not leaked(out, "Rimmer")
    # a conviction in the same report: the convicted man is kept
    out = run(
        pipeline,
        news(
            "Court: Kyle Banner, 29, of Ossett, was jailed for two years for robbing a sex worker in Wakefield. "
            "A second man, Lee Banner, 31, his cousin, was released without charge."
        ),
    )
    assert "kyle banner" in offender_values(out)
    assert not leaked(out, "Lee Banner")


def test_housing_words_are_homes(pipeline):
    out = run(pipeline, partner("She is housed at a hotel in Selby while her claim is decided. A man calling "
                                "himself Ozzy hit her."))  # fmt: skip
    assert not leaked(out, "Selby")
    out = run(pipeline, partner("She has a supported tenancy in Tadcaster. A punter called Kev took her phone."))
    assert not leaked(out, "Tadcaster")
    out = run(pipeline, nums("He followed me twice to my student residence on Moorland Walk. He goes by Tommo."))
    assert not leaked(out, "Moorland Walk")
    out = run(pipeline, partner("She rents the flat above the chemist on Vicar Lane. A client called Stu choked her."))
    assert not leaked(out, "Vicar Lane")
    out = run(pipeline, partner("Two friends sharing a rented static at a holiday park in Filey, each with her own "
                                "adverts. A client called Stu choked one of them."))  # fmt: skip
    assert not leaked(out, "Filey")
    # the hotel where she met him is where it happened
    out = run(pipeline, nums("Met him at the Travelodge in Selby. He calls himself Ozzy and hit me."))
    assert "Selby" in text_of(out)


def test_a_relative_who_is_still_abroad_is_a_home(pipeline):
    out = run(pipeline, nums("He said my sister, who is still in Pokhara, would get visitors. He calls himself Vlad."))
    assert not leaked(out, "Pokhara")
    out = run(pipeline, nums("My didi in Pokhara doesn't know my work. The man called himself Raj and hit me."))
    assert not leaked(out, "Pokhara")


def test_his_other_name_in_brackets_is_his(pipeline):
    out = run(pipeline, partner("The client, Gordon Fairley ('Gord'), booked her and refused to pay."))
    assert {"gordon fairley", "gord"} <= offender_values(out)
    # the full name before the alias a cue gave him
    out = run(pipeline, partner("She reports ex-client Patrick Mallon (known as Packie) sitting outside her flat."))
    assert {"patrick mallon", "packie"} <= offender_values(out)
    # her friend's nickname stays hers
    out = run(pipeline, partner("Her friend Jodie Banks ('JoJo') drove her home. A man called Rick had hit her."))
    assert not leaked(out, "JoJo") and not leaked(out, "Jodie Banks")


def test_a_client_named_by_the_word_mid_sentence(pipeline):
    out = run(pipeline, nums("Saturday client Lewis would not leave when the hour was up and kept shouting."))
    assert "lewis" in offender_values(out)
    # a service's own client is the woman it supports
    out = run(pipeline, partner("Outreach worker note. Our client Dave (vulnerable adult) says a man took her money."))
    assert not leaked(out, "Dave")
    out = run(pipeline, partner("Concern re client Michelle Price (44): a man collects her methadone."))
    assert not leaked(out, "Michelle Price")


def test_scots_calls_himself(pipeline):
    out = run(pipeline, nums("Punter fae the Black Isle, cries himsel Donnie, booked an hour and choked me."))
    assert "donnie" in offender_values(out)


def test_a_country_she_tours_stays(pipeline):
    out = run(pipeline, partner("Met Valeria, touring Ireland by her own arrangement. A client called Mick hit her."))
    assert "Ireland" in text_of(out) and not leaked(out, "Valeria")
    # a first name the NER took for a country is still a name
    out = run(pipeline, nums("I work with Jordan, he drives me. A client called Mick hit me."))
    assert not leaked(out, "Jordan")


def test_names_the_tagger_did_not_read_as_names(pipeline):
    # a common word after an honorific, a rare name read as a people
    out = run(pipeline, partner("Her agent is a regulated immigration adviser, Mr Ho, who handled her visa for a "
                                "fixed fee. A client called Mick hit her."))  # fmt: skip
    assert not leaked(out, "Mr Ho")
    out = run(pipeline, partner("A man found them cleaning jobs. Community volunteer Amna has since had a call from "
                                "the younger woman."))  # fmt: skip
    assert not leaked(out, "Amna")
    # the peoples a record names stay
    out = run(pipeline, partner("She is Oromo and speaks some Amharic. A Kurdish man called Rebin hit her."))
    assert "Oromo" in text_of(out) and "Kurdish" in text_of(out)


def test_what_the_linkage_needs_survives(pipeline):
    # text-speak's dropped g is no place; what he says he is online is no name
    out = run(pipeline, nums("ginger lad swallows tattood on both hands. kept callin me pet the whole time."))
    assert "callin me pet" in text_of(out)
    out = run(pipeline, nums("Says he's a YouTuber and filmed the girls on the corner with a stick thing."))
    assert "YouTuber" in text_of(out)
    # a plate with a space inside the area code's pair, after a reg word: one plate
    out = run(pipeline, nums("He drove off in a grey Ford Focus, reg YC 19 RHP, after he hit me."))
    assert {e["text"] for e in out["record"]["entities"] if e["label"] == "VEHICLE_REG"} == {"YC 19 RHP"}


def test_a_count_after_a_number_is_no_part_of_it(pipeline):
    out = run(pipeline, nums("One person is calling from 0113 496 0291 20 or 30 times a night, he knows where I live."))
    phones = {e["text"] for e in out["record"]["entities"] if e["label"] == "PHONE_NUMBER"}
    assert phones == {"0113 496 0291"}
    out = run(pipeline, nums("His number 07700 900 123 or (0113) 496 0123, he calls himself Dez and hit me."))
    phones = {e["text"] for e in out["record"]["entities"] if e["label"] == "PHONE_NUMBER"}
    assert phones == {"07700 900 123", "(0113) 496 0123"}
    # the trunk zero in brackets counts as no digit of its own
    out = run(pipeline, nums("He rang from +44 (0)20 7946 0123 20 times last night. Calls himself Dez."))
    phones = {e["text"] for e in out["record"]["entities"] if e["label"] == "PHONE_NUMBER"}
    assert phones == {"+44 (0)20 7946 0123"}


def test_a_banner_before_her_name_in_a_heading(pipeline):
    out = run(pipeline, advert("✈️ TOURING ✈️ Lúcia, Portuguese GFE. Hull 3-5 May, York 6-8 May. Text only.",
                               phones=["07700 900555"]))  # fmt: skip
    assert not leaked(out, "Lúcia") and "Hull" in text_of(out)
    out = run(pipeline, advert("NEW IN: Kira, 23, Polish, Leeds city centre. Call 07700 900556."))
    assert not leaked(out, "Kira")


def test_what_the_new_rules_must_leave(pipeline):
    # a bracket after his name that opens with a description is no alias
    out = run(pipeline, partner("Two men came; the one who calls himself Kenny (Dons top, 20s) held her while the "
                                "other took the money."))  # fmt: skip
    assert "Dons top" in text_of(out) and "dons" not in offender_values(out)
    # a dog's breed, a street after "on", an area before "incall": no names
    out = run(pipeline, partner("She was assaulted by a client known as Dai Dog (always has an Alsatian with him)."))
    assert "Alsatian" in text_of(out)
    out = run(pipeline, nums("Booked an outcall, he sent an address on Bennetthorpe that turned out to be a dentist."))
    assert "Bennetthorpe" in text_of(out)
    out = run(pipeline, advert("Hi I'm Rosa, bi-friendly 💜 Kemptown incall, couples welcome. From £120."))
    assert "Kemptown" in text_of(out)
    # a handle-shaped word the place rules find is his handle
    out = run(pipeline, nums("Online client DanTheMan emailed me from dan.m.1985@example.net with a fake screenshot."))
    assert any(e["label"] == "ONLINE_HANDLE" and e["text"] == "DanTheMan" for e in out["record"]["entities"])
    # someone else named inside his bracket to place him is no alias of his
    out = run(pipeline, nums("A bloke who calls himself Gaz (Dana's ex, drives for a courier) kept filming us."))
    assert not leaked(out, "Dana") and "gaz" in offender_values(out)
    # a ferry's port, a brand's plural: no names
    out = run(pipeline, nums("A lorry driver waiting for the Cairnryan ferry took me to a lay-by and paid in fakes."))
    assert "Cairnryan" in text_of(out)
    out = run(pipeline, partner("She gets Ubers to every booking on her own app and sets her own rates."))
    assert "Ubers" in text_of(out)
