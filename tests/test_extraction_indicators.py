"""Exploitation indicators: about a third party controlling the worker, never the client or
the worker's own choices (fictional sentences)."""

from __future__ import annotations

import pytest

from processors.vocabulary import INDICATORS
from tests.test_extraction_support import extract, indicator_ids


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Her boyfriend takes all her earnings and sends her out every night.", "third_party_control"),
        ("A man called Dorin keeps the money and decides who she sees.", "third_party_control"),
        ("The flat is run by an older woman who books the girls.", "third_party_control"),
        ("The man she works for has her passport in his car.", "documents_held"),
        ("Her ID was taken when she arrived and she has not seen it since.", "documents_held"),
        ("When outreach rang her number a man answered the phone and would not put her on.", "speaks_for_worker"),
        ("A man drops her off at every booking and waits outside.", "transported_by_other"),
        ("Her controller drives them to the flats each morning.", "transported_by_other"),
        ("The women are moved between flats in different towns every few weeks.", "moved_between_places"),
        ("The girls sleep at the premises and are never alone.", "living_at_premises"),
        ("She says she owes him £4,000 for her flight and the room.", "debt_bondage"),
        ("The advert says travel is paid and repaid from earnings.", "debt_bondage"),
        ("She cannot go anywhere without him.", "restricted_movement"),
        ("He locks them in when he goes out.", "restricted_movement"),
        ("He told her he would hurt her daughter back home if she stopped.", "threats_to_family"),
        ("He makes her take crack so she keeps working.", "forced_drug_use"),
        ("He also deals heroin from the flat.", "drugs_supply"),
        ("He asked her to let him pay money into her account and withdraw it in cash for him.", "money_laundering"),
        ("They demand £50 a week from the women to work the street.", "protection_money"),
        ("Someone else pays for her adverts and she could not change her own advert.", "advert_control"),
        ("New girls every week at this address.", "rotating_workers"),
        ("Researcher note: the same number appears on nine other adverts.", "shared_advert_contact"),
        ("She was terrified and would not make eye contact.", "fearful_subdued"),
        ("She speaks very little English.", "limited_english"),
        ("A man waits outside the hotel for her after every client and drives her on.", "transported_by_other"),
        ("She has been moved from Leeds to Sheffield to Hull in the last month.", "moved_between_places"),
        ("They take most of what she earns.", "third_party_control"),
        ("She owes them thousands and has to pay it off by working.", "debt_bondage"),
        ("She is only allowed out with one of the men.", "restricted_movement"),
        ("They keep her phone so she cannot call anyone.", "restricted_movement"),
        ("He told her that her family in Romania would suffer if she went to the police.", "threats_to_family"),
        ("She was made to snort something before she was sent to a client.", "forced_drug_use"),
        ("The advert is one of twelve on the site that share the same mobile number.", "shared_advert_contact"),
        ("Her manager writes all her adverts.", "advert_control"),
        ("She has no access to her bank account.", "third_party_control"),
        ("She seemed very nervous with him.", "fearful_subdued"),
        ("When staff phoned her a man picked up and said she was busy.", "speaks_for_worker"),
        ("They are brought to the sauna by minibus at noon.", "transported_by_other"),
        ("She sleeps on a mattress in the room where she sees clients.", "living_at_premises"),
        ("She was told she must repay £8,000 for her visa and travel from her earnings.", "debt_bondage"),
        ("She is never left alone and someone watches the door.", "restricted_movement"),
        ("The same photos have been used on adverts in three cities with different names.", "shared_advert_contact"),
        ("The Madam collects all the money at the end of each night.", "third_party_control"),
        ("The girls have to hand their passports to the boss when they arrive.", "documents_held"),
        ("They give her heroin to keep her working.", "forced_drug_use"),
        ("Every week there are new women in the flat.", "rotating_workers"),
        ("The girls live at the brothel.", "living_at_premises"),
    ],
)
def test_indicator_from_text(pipeline, text, indicator):
    result = extract(pipeline, text)
    found = indicator_ids(result)
    assert indicator in found, (text, found)
    item = next(i for i in result.indicators if i["id"] == indicator)
    assert item["strength"] == INDICATORS[indicator]
    assert "sentence" in item["evidence"] or item["evidence"].startswith("derived:")


@pytest.mark.parametrize(
    "text",
    [
        # A client picking a street worker up is not transport by a third party.
        "A punter picked her up on Water Lane and drove to a car park.",
        "The client picked her up in his car and dropped her back on the same street.",
        # The worker's own choices and arrangements.
        "She travels between Leeds and Bradford by herself to work the busy nights.",
        "She moved to Halifax last year and works alone from her own flat.",
        "She keeps her own money and manages her own adverts.",
        "She has her own passport and books her own clients.",
        "No-one else takes her money.",
        "Nobody holds her passport.",
        # A one-off robbery by a client is not control.
        "He took the money back and left.",
        # Her own safety driver waiting is not control.
        "Her friend drove her to the hotel and waited in the car park.",
        # A support worker speaking with her consent is not control.
        "A support worker reports on her behalf.",
        "Her friend drives her to bookings for safety and waits outside.",
        "She runs her own website, works for herself and saves her own money.",
        "She and her sister came over together and rent a flat that they work from.",
        # A client holding her in his car is abduction (an MO tag), not restricted movement.
        "He locked the car doors and wouldn't let her out for an hour.",
    ],
)
def test_no_indicator_for_clients_or_the_workers_own_choices(pipeline, text):
    strong = {i for i in indicator_ids(extract(pipeline, text)) if INDICATORS[i] == "strong"}
    assert not strong, (text, strong)


def test_independence_statement_keeps_situational_signals_from_counting(pipeline):
    text = "She lives at the flat where she works. She works for herself and keeps her own money."
    assert "living_at_premises" not in indicator_ids(extract(pipeline, text))
    # ... but not when someone else controls her.
    text = "She lives at the flat where she works. A man holds her passport."
    found = indicator_ids(extract(pipeline, text))
    assert {"living_at_premises", "documents_held"} <= found


def test_documents_held_implies_third_party_control_with_evidence(pipeline):
    result = extract(pipeline, "The owner keeps their passports in a safe.")
    control = next(i for i in result.indicators if i["id"] == "third_party_control")
    assert control["evidence"] == "derived:third_party_control from documents_held"


def test_weak_signals_alone_are_weak(pipeline):
    result = extract(pipeline, "She seemed frightened and spoke little English.")
    assert {i["strength"] for i in result.indicators} == {"weak"}


def test_threats_to_family_is_also_a_threat_tag(pipeline):
    result = extract(pipeline, "He said he would hurt her mother if she left.")
    assert "threats_to_family" in indicator_ids(result)
    assert "threats" in result.mo
