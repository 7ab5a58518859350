"""Offender entities: structured fields, what redaction kept, and the spaCy rules (vehicles,
weapons, names, places), each with role and evidence. Fictional data only."""

from __future__ import annotations

import pytest

from common.spans import KeptSpan
from processors.extraction import normalise_value
from tests.test_extraction_support import extract, labels, partner_record


# -- phone numbers and registrations: every format normalises -----------------------------
@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("07700900123", "+447700900123"),
        ("07700 900123", "+447700900123"),
        ("+44 7700 900123", "+447700900123"),
        ("077009 00123", "+447700900123"),
        ("07700-900-123", "+447700900123"),
        ("+44 (0)7700 900123", "+447700900123"),
        ("0044 7700 900123", "+447700900123"),
        ("(0113) 496 0123", "+441134960123"),
        ("0113 496 0123", "+441134960123"),
        ("020 7946 0123", "+442079460123"),
    ],
)
def test_phone_formats_normalise_to_e164(written, e164):
    assert normalise_value("PHONE_NUMBER", written) == e164


@pytest.mark.parametrize(
    ("written", "vrm"),
    [
        ("YX17 KFD", "YX17KFD"),  # current
        ("yx17kfd", "YX17KFD"),
        ("YD 64 HVR", "YD64HVR"),
        ("P627 HNW", "P627HNW"),  # prefix
        ("HJK 347N", "HJK347N"),  # suffix
        ("1234 AB", "1234AB"),  # dateless
        ("AB-1234", "AB1234"),
    ],
)
def test_registration_formats_normalise(written, vrm):
    assert normalise_value("VEHICLE_REG", written) == vrm


def test_every_structured_offender_value_is_an_entity_with_its_field(pipeline):
    offender = {
        "names": ["Dale Fenwick", "Big Dale"],
        "phones": ["07700-900-311", "+44 (0)113 496 0312"],
        "emails": ["D.Fenwick@Example.com"],
        "online_handles": ["@Dale_Wfd_99"],
        "vehicles": [{"make": "VW", "model": "Passat", "colour": "blue", "vrm": "yx15 ktd"}],
        "description": None,
    }
    record = partner_record("Nothing more was said.", offender=offender)
    result = extract(pipeline, record["narrative"], record=record)
    got = {(e["label"], e["normalized"]): e for e in result.entities}
    for key, field in [
        (("OFFENDER_NAME", "dale fenwick"), "offender.names"),
        (("OFFENDER_NAME", "big dale"), "offender.names"),
        (("PHONE_NUMBER", "+447700900311"), "offender.phones"),
        (("PHONE_NUMBER", "+441134960312"), "offender.phones"),
        (("EMAIL_ADDRESS", "d.fenwick@example.com"), "offender.emails"),
        (("ONLINE_HANDLE", "dale_wfd_99"), "offender.online_handles"),
        (("VEHICLE_REG", "YX15KTD"), "offender.vehicles"),
        (("VEHICLE", "blue volkswagen passat"), "offender.vehicles"),
    ]:
        assert key in got, key
        assert got[key]["evidence"] == field
        assert got[key]["role"] == "offender"


def test_every_kept_span_is_taken_with_the_redactions_reason(pipeline):
    text = "He rang her from 07700 900377 and his reg was YE19 KPL. It happened in Ossett."
    kept = [
        KeptSpan("PHONE_NUMBER", 17, 29, "07700 900377", "offender", "rule:contact.sent_from"),
        KeptSpan("UK_VEHICLE_REG", 45, 53, "YE19 KPL", "offender", "rule:offender.vehicle"),
        KeptSpan("LOCATION", 71, 77, "Ossett", "incident", "rule:incident_place"),
        KeptSpan("PHONE_NUMBER", 0, 0, "999", "service", "warnlist"),
    ]
    result = extract(pipeline, text, kept=kept)
    got = {(e["label"], e["normalized"]): e for e in result.entities}
    assert got[("PHONE_NUMBER", "+447700900377")]["evidence"] == "redaction:rule:contact.sent_from @ sentence 1"
    assert got[("VEHICLE_REG", "YE19KPL")]["role"] == "offender"
    assert got[("LOCATION", "ossett")]["role"] == "incident"
    assert ("PHONE_NUMBER", "999") not in got  # a warn-listed service number is no offender's


# -- vehicles ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "vehicle"),
    [
        ("He drove a silver Mercedes E-Class.", "silver mercedes e-class"),
        ("He was in a dark green Skoda Superb estate.", "dark green skoda superb"),
        ("A red Toyota Yaris pulled up.", "red toyota yaris"),
        ("He got out of a white VW Polo.", "white volkswagen polo"),
        ("It was a black Merc.", "black mercedes"),
        ("He has a white Transit van.", "white ford transit"),
        ("a grey beemer with tinted windows", "grey bmw"),
        ("He drives a blue Peugeot 308.", "blue peugeot 308"),
        ("He was driving a white Land Rover Discovery.", "white land rover discovery"),
        ("a black Range Rover Sport", "black range rover sport"),
        ("He picked her up in a Vauxhall Corsa (silver).", "silver vauxhall corsa"),
    ],
)
def test_vehicle_mentions(pipeline, text, vehicle):
    result = extract(pipeline, text)
    assert vehicle in labels(result, "VEHICLE"), labels(result, "VEHICLE")
    entity = next(e for e in result.entities if e["label"] == "VEHICLE")
    assert entity["evidence"].startswith("vehicle:gazetteer @ sentence")


@pytest.mark.parametrize(
    "text",
    [
        "She had a seat by the window.",  # Seat is a make only with a model or as a vehicle
        "He wore a smart navy coat.",  # Smart likewise
        "Mercedes said the client was rude.",  # a name, not a car
        "She wore a white Puma top.",  # a brand of clothing
        "Her silver Corsa was parked outside.",  # the victim's own car
        "He plays golf at the weekend.",
    ],
)
def test_not_vehicles(pipeline, text):
    assert not labels(extract(pipeline, text), "VEHICLE")


def test_a_field_vehicle_the_text_mentions_is_the_mention(pipeline):
    offender = {"vehicles": [{"make": "Skoda", "model": "Octavia", "colour": "grey", "vrm": None}]}
    record = partner_record("He was waiting in a grey Skoda.", offender=offender)
    assert labels(extract(pipeline, record["narrative"], record=record), "VEHICLE") == {"grey skoda"}
    record = partner_record("He was waiting outside.", offender=offender)
    assert labels(extract(pipeline, record["narrative"], record=record), "VEHICLE") == {"grey skoda octavia"}


# -- weapons -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He threatened her with a Stanley knife.", "knife"),
        ("He pulled out a blade.", "knife"),
        ("He said he had a gun in his jacket.", "gun"),
        ("He hit her over the head with a bottle.", "bottle"),
        ("He swung a baseball bat at the car.", "bat"),
        ("He got a hammer out of the boot.", "hammer"),
        ("He hit her on the arm with a spanner.", "wrench"),
        ("He sprayed something like pepper spray in her face.", "spray"),
    ],
)
def test_weapons(pipeline, text, kind):
    result = extract(pipeline, text)
    assert kind in labels(result, "WEAPON")
    assert "weapon" in result.mo


@pytest.mark.parametrize(
    "text",
    [
        "He brought a bottle of wine.",
        "He didn't have a knife.",
        "There was no gun, she checked.",
        "He uses a walking stick.",
        "She saw a bat fly past the window.",
    ],
)
def test_not_weapons(pipeline, text):
    assert not labels(extract(pipeline, text), "WEAPON")


# -- offender names from cues ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The client said his name was Gareth.", "gareth"),
        ("A man who calls himself 'Dutch' booked her.", "dutch"),
        ("He introduced himself as Kieran Shaw.", "kieran shaw"),
        ("A punter known as Fat Tony has been reported before.", "fat tony"),
        ("The other man kept calling him Robbo.", "robbo"),
        ("The regular, Clive, refused to leave.", "clive"),
        ("he said he was called big stevie an he had a car", "big stevie"),
        ("A dealer called Marek supplies the flat.", "marek"),
    ],
)
def test_offender_name_cues(pipeline, text, name):
    result = extract(pipeline, text)
    assert name in labels(result, "OFFENDER_NAME"), labels(result, "OFFENDER_NAME")
    entity = next(e for e in result.entities if e["normalized"] == name)
    assert entity["evidence"].startswith("name:") and entity["role"] == "offender"


@pytest.mark.parametrize(
    "text",
    [
        "Her friend, known as Pip, saw it happen.",
        "A new girl called Ramona started at the flat.",
        "She goes by Amber at work.",
        "He called her back the next day.",
    ],
)
def test_victim_and_third_party_names_are_not_offender_names(pipeline, text):
    assert not labels(extract(pipeline, text), "OFFENDER_NAME")


def test_a_name_redaction_removed_never_comes_back(pipeline):
    text = "He said his name was Lorcan."
    doc = pipeline.nlp(text)
    redacted = "He said his name was [PERSON_1]."
    result = pipeline.extractor.extract(partner_record(text), doc, [], len(text), redacted=redacted)
    assert not labels(result, "OFFENDER_NAME")


# -- places ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("It happened in a flat in Thornbury.", "a flat in thornbury"),
        ("He drove her to the car park behind the leisure centre.", "the car park behind the leisure centre"),
        ("They went to a lay-by off the A62.", "a lay-by off the a62"),
        ("The booking was at the hotel near junction 25.", "the hotel near junction 25"),
        ("He attacked her in the Kirkgate Market car park.", "the kirkgate market car park"),
    ],
)
def test_incident_venue_phrases(pipeline, text, place):
    result = extract(pipeline, text)
    assert place in labels(result, "LOCATION"), labels(result, "LOCATION")
    entity = next(e for e in result.entities if e["normalized"] == place)
    assert entity["role"] == "incident"


@pytest.mark.parametrize(
    "text",
    [
        "He came to her flat in Shipley.",  # her home
        "She lives in a house on Moor Road.",  # home context
        "He moved them between flats in Leeds and Bradford.",  # not one incident place
    ],
)
def test_homes_and_plural_venues_are_not_incident_places(pipeline, text):
    assert not labels(extract(pipeline, text), "LOCATION")


def test_the_location_field_is_an_incident_place(pipeline):
    record = partner_record("He punched her.", location="Bradford")
    record = {**record}
    result = extract(pipeline, "He punched her.", record=record, source="nums")
    loc = next(e for e in result.entities if e["label"] == "LOCATION")
    assert (loc["normalized"], loc["evidence"], loc["role"]) == ("bradford", "location", "incident")


def test_adverts_give_only_the_advert_area(pipeline):
    record = {"location": "Halifax", "content": "New girl in Halifax, flat near the bus station."}
    result = extract(pipeline, record["content"], record=record, source="desktop_research")
    assert labels(result, "LOCATION") == {"halifax"}
    assert result.description is None


# -- handles: the platform where the text states it ------------------------------------------
def test_handle_platform(pipeline):
    offender = {"online_handles": ["@gaz_hx_77"]}
    record = partner_record("He messaged her on Snapchat as @gaz_hx_77 every night.", offender=offender)
    result = extract(pipeline, record["narrative"], record=record)
    handle = next(e for e in result.entities if e["label"] == "ONLINE_HANDLE")
    assert handle["platform"] == "snapchat"


# -- evidence never copies text ----------------------------------------------------------------
def test_evidence_never_holds_record_text(pipeline):
    text = (
        "Tamsin Oakridge was robbed on Carr Lane by a man in a black Audi A3 who said his name was Lenny. "
        "He hit her with a hammer."
    )
    result = extract(pipeline, text)
    assert labels(result, "VEHICLE") and labels(result, "WEAPON") and labels(result, "OFFENDER_NAME")
    for entity in result.entities:
        for written in ("Tamsin", "Oakridge", "Lenny", "Carr Lane", "Audi"):
            assert written not in entity["evidence"], entity
        assert " @ sentence " in entity["evidence"]


def test_a_weapon_word_the_redaction_removed_is_not_copied(pipeline):
    text = "He threatened her with a Stanley knife."
    doc = pipeline.nlp(text)
    redacted = "He threatened her with a [PERSON_1] knife."
    result = pipeline.extractor.extract(partner_record(text), doc, [], len(text), redacted=redacted)
    weapon = next(e for e in result.entities if e["label"] == "WEAPON")
    assert (weapon["text"], weapon["normalized"]) == ("knife", "knife")
