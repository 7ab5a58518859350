"""Unit tests for each recognizer of `redaction.recognizers` (all fictional data: Ofcom
drama-range numbers, example.* domains, made-up names and streets)."""

from __future__ import annotations

import json
import re

import pytest

from redaction.deny_list import DenyListRecognizer, advert_values, compiled_deny, victim_values
from redaction.recognizers.offline_url import OfflineUrlRecognizer
from redaction.redactor import ENTITIES


def spans(pipeline, text: str, entity: str, recognizer: str | None = None) -> list[str]:
    """The texts Presidio (the pipeline's analyzer, one parse) finds as `entity`."""
    artifacts = pipeline.nlp_engine.process_text(text, "en")
    results = pipeline.redactor.analyzer.analyze(
        text=text, language="en", entities=ENTITIES, nlp_artifacts=artifacts, score_threshold=0.3
    )
    return sorted(
        text[r.start : r.end]
        for r in results
        if r.entity_type == entity
        and (recognizer is None or r.recognition_metadata.get("recognizer_name") == recognizer)
    )


# -- phones (phonenumbers, region GB) ------------------------------------------------------
@pytest.mark.parametrize(
    "written",
    [
        "07700900123",
        "07700 900123",
        "+44 7700 900123",
        "+447700900123",
        "077009 00123",
        "07700-900-123",
        "07700 900 123",
        "0044 7700 900123",
        "+44 (0)7700 900123",
        "(0113) 496 0123",
        "0113 496 0123",
        "020 7946 0123",
        "07700.900.123",
    ],
)
def test_uk_phone_formats(pipeline, written):
    text = f"He rang her from {written} twice."
    assert spans(pipeline, text, "PHONE_NUMBER") == [written]


def test_phone_brackets_stay_outside_the_number(pipeline):
    text = "My friend Orla (07700 900812) saw it."
    assert spans(pipeline, text, "PHONE_NUMBER") == ["07700 900812"]


@pytest.mark.parametrize("text", ["He used @brad_lad_1990 on Instagram.", "It was 1990.", "Ring 999 or 101."])
def test_phone_not_in_handles_years_or_short_codes(pipeline, text):
    assert spans(pipeline, text, "PHONE_NUMBER") == []


# -- postcodes, streets, places ---------------------------------------------------------------
@pytest.mark.parametrize("written", ["LS11 6AB", "ls11 6ab", "BD8 7TW", "WF59QZ"])
def test_full_postcode(pipeline, written):
    assert spans(pipeline, f"She lives at {written} now.", "UK_POSTCODE") == [written]


def test_postcode_district_is_an_area(pipeline):
    assert spans(pipeline, "Incall in Leeds LS7, ask for details.", "UK_POSTCODE_DISTRICT") == ["LS7"]
    assert spans(pipeline, "She lives at LS7 3QT.", "UK_POSTCODE_DISTRICT") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("She lives at 14 Marrowby Crescent with her kids.", "14 Marrowby Crescent"),
        ("Flat 3, 40 Quarry View Road is her flat.", "Flat 3, 40 Quarry View Road"),
        ("He dropped her at 9a Tanner Street.", "9a Tanner Street"),
    ],
)
def test_street_address(pipeline, text, address):
    assert address in spans(pipeline, text, "STREET_ADDRESS")


def test_street_address_needs_a_street_not_a_sentence(pipeline):
    assert spans(pipeline, "Maisie rang 999 from Tannery Road after.", "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("On Quarry Hill Lane a man shouted at her.", "Quarry Hill Lane"),
        ("She works on Lower Kirkgate most nights.", "Lower Kirkgate"),
        ("Picked up near the junction with Tannery Road.", "Tannery Road"),
    ],
)
def test_street_names_without_number(pipeline, text, street):
    assert spans(pipeline, text, "STREET") == [street]


def test_named_places_and_buildings(pipeline):
    assert spans(pipeline, "It happened near Tolbrook Square.", "PLACE") == ["Tolbrook Square"]
    assert spans(pipeline, "Her flat is in Marsden Court House now.", "BUILDING") == ["Marsden Court House"]


def test_post_town_before_a_postcode_is_a_place(pipeline):
    assert "Halifax" in spans(pipeline, "Her address is 12 Linden Road, Halifax HX3 9AB.", "PLACE")


# -- vehicle registrations --------------------------------------------------------------------
@pytest.mark.parametrize("vrm", ["YX17 KFD", "YX17KFD", "P627 HNW", "LRT 582S", "HJK347N"])
def test_vrm_formats(pipeline, vrm):
    assert spans(pipeline, f"He drove off in a blue van, {vrm}.", "UK_VEHICLE_REG") == [vrm]


@pytest.mark.parametrize(
    ("text", "vrm"),
    [
        ("the reg was yx61 abc i think", "yx61 abc"),
        ("He had a private plate 1234 AB on it.", "1234 AB"),
        ("Registration number: ABC 123 on an old Jag.", "ABC 123"),
    ],
)
def test_vrm_lower_case_and_dateless_need_a_registration_word(pipeline, text, vrm):
    assert spans(pipeline, text, "UK_VEHICLE_REG") == [vrm]


@pytest.mark.parametrize(
    "text",
    [
        "He drives a white Audi Q5 and a BMW 5 Series.",
        "She saw him at 2am in Leeds.",
    ],
)
def test_car_models_and_times_are_not_registrations(pipeline, text):
    assert spans(pipeline, text, "UK_VEHICLE_REG") == []


def test_a_partial_plate_after_how_it_starts_is_a_registration(pipeline):
    # since stop 23 a partial plate is kept as written (the way most are remembered; it never
    # links records exactly: processors/correlation.py `linkable`)
    assert spans(pipeline, "reg started YR15 cant remember rest", "UK_VEHICLE_REG") == ["YR15"]


# -- NI, NHS, passport, dates of birth -----------------------------------------------------------
def test_ni_number(pipeline):
    assert spans(pipeline, "Her NI number is AB 12 34 56 C.", "UK_NINO") == ["AB 12 34 56 C"]
    # any number after the words that name it, valid or not
    assert spans(pipeline, "NI number QQ123456C on the form.", "UK_NINO") == ["QQ123456C"]


def test_nhs_number_check_digit(pipeline):
    assert "943 476 5919" in spans(pipeline, "Reference 943 476 5919 was given.", "UK_NHS")
    # a bare ten digits that fail the mod-11 check are not an NHS number...
    assert spans(pipeline, "Reference 943 476 5918 was given.", "UK_NHS") == []
    # ...but after "NHS number" any ten digits go
    assert spans(pipeline, "Her NHS number is 943 476 5918.", "UK_NHS") == ["943 476 5918"]


def test_passport_needs_its_word(pipeline):
    assert spans(pipeline, "He keeps her passport 123456789 in a drawer.", "UK_PASSPORT") == ["123456789"]
    assert spans(pipeline, "Order 123456789 arrived.", "UK_PASSPORT") == []


@pytest.mark.parametrize("dob", ["19/04/1996", "DOB 19.04.96", "born 02.11.1999", "date of birth 23 July 1991"])
def test_dates_of_birth(pipeline, dob):
    found = spans(pipeline, f"Client details: {dob}, seen today.", "DATE_OF_BIRTH")
    assert found and any(part in dob for part in found)


# -- emails, URLs, handles ------------------------------------------------------------------------
def test_email_is_one_entity_and_no_url_inside(pipeline):
    text = "He emailed from k.morrow.73@example.org to confirm."
    assert spans(pipeline, text, "EMAIL_ADDRESS") == ["k.morrow.73@example.org"]


def test_url_whole_words_only(pipeline):
    assert spans(pipeline, "Advert at https://adverts.example.com/leeds/x-21 today", "URL") == [
        "https://adverts.example.com/leeds/x-21"
    ]
    assert spans(pipeline, "snap me cherrybomb.bfd or text", "URL") == []


def test_every_url_pattern_needs_a_letter_after_a_dot():
    """OfflineUrlRecognizer skips a text with no letter after a dot: sound only while each
    of Presidio's patterns holds its domain list, and every domain opens with a letter."""
    base = OfflineUrlRecognizer.BASE_URL_REGEX
    assert all(base in p.regex for p in OfflineUrlRecognizer.PATTERNS)
    opening = "[a-z0-9.\\-]{1,253}[.](?:"
    body = base[base.index(opening) + len(opening) :]
    domains = re.findall(r"\|?\(\?:([^()]*)\)", body[: body.index(")(?:/")])
    assert len(domains) > 500 and all(d[:1].isalpha() for d in domains)
    assert body[: body.index(")(?:/")].replace("|", "").replace("(?:", "").replace(")", "") == "".join(domains)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("A man who goes by @gaz_wkf_81 on Snapchat.", "@gaz_wkf_81"),
        ("snap me mira.hfx.x for pics", "mira.hfx.x"),
        ("find me on OnlyFans as roxyts_brad", "roxyts_brad"),
        ("He posts as 'FairDealer42' on the forum.", "FairDealer42"),
        ("Vivastreet user Dales_Gent_9 keeps messaging.", "Dales_Gent_9"),
        ("plum_pie_wkf: outcalls only", "plum_pie_wkf"),
        ("snap me żaneta_lds for pics", "żaneta_lds"),
    ],
)
def test_social_handles(pipeline, text, handle):
    assert handle in spans(pipeline, text, "ONLINE_HANDLE")


def test_handle_not_from_ordinary_words_after_a_platform(pipeline):
    assert spans(pipeline, "He messaged her on Snapchat that he was outside.", "ONLINE_HANDLE") == []


# -- names -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("He said his name was Torvald and left.", "Torvald", "offender"),
        ("A punter who calls himself 'the Vicar' drugged her.", "the Vicar", "offender"),
        ("he said he was called lanky jez n he had a crowbar", "lanky jez", "offender"),
        ("He flashed a badge and said he was Inspector Quorn from vice.", "Inspector Quorn", "offender"),
        ("The taller one was called Brannock by the other.", "Brannock", "offender"),
        ("my mate kaylix saw it all", "kaylix", "victim"),
        # found by the canary property test: the tagger calls this made-up name a preposition
        ("He grabbed her bag and ran. my mate qualith seen it all from the bus stop", "qualith", "victim"),
        ("Her flatmate Ellowen works there too.", "Ellowen", "victim"),
        ("The receptionist, Marvetta, let him in.", "Marvetta", "victim"),
        ("Ysolde's safety driver Corvin waited outside.", "Corvin", "victim"),
        ("Staff mentioned a new girl called Anzhela.", "Anzhela", "victim"),
        ("A man called Fennick answers her phone.", "Fennick", "offender"),
        ("A bloke who hangs about the car wash goes by Ozric.", "Ozric", "offender"),
        ("a girl she knows as Bexley works nights", "Bexley", "victim"),
        ("He called Tamsyn twice from a withheld number.", "Tamsyn", "unknown"),
        # knowing someone is not naming them: the one he knows is not his
        ("last night he said he knows Orlaith lives on Cobble Lane", "Orlaith", "unknown"),
        ("The man said he knows Brisa and where she works.", "Brisa", "unknown"),
        ("Receptionist, a lad called Oskarin, saw him leave.", "Oskarin", "victim"),
        # the parser hangs the clause on a far noun ("caller"): the person words near it decide
        (
            "Present: the caller, two other women (Mags and one she calls VONNIE in capitals), and the maid.",
            "VONNIE",
            "victim",
        ),
    ],
)
def test_name_cues(pipeline, text, name, role):
    artifacts = pipeline.nlp_engine.process_text(text, "en")
    from redaction.recognizers.name_cues import NameCueRecognizer

    results = NameCueRecognizer().analyze(text, ["PERSON"], artifacts)
    found = {text[r.start : r.end]: r.recognition_metadata["name_role"] for r in results}
    assert found.get(name) == role, found


def test_name_cue_rejects_verbs_and_possessives(pipeline):
    from redaction.recognizers.name_cues import NameCueRecognizer

    for text in ("my mate saw it happen", "A man called Peronel's phone at 2am.", "her friend said no"):
        artifacts = pipeline.nlp_engine.process_text(text, "en")
        assert NameCueRecognizer().analyze(text, ["PERSON"], artifacts) == [], text


def test_proper_nouns_the_ner_missed_but_not_cars_or_platforms(pipeline):
    text = "Afterwards Marvetta rang Quennell on WhatsApp about the Kia Sportage."
    found = spans(pipeline, text, "PERSON", "ProperNounRecognizer") + spans(pipeline, text, "PERSON", "SpacyRecognizer")
    assert "Quennell" in " ".join(found)
    assert not any(w in " ".join(found) for w in ("WhatsApp", "Kia", "Sportage"))


def test_advert_working_names(pipeline):
    from redaction.recognizers.advert_names import AdvertNameRecognizer

    text = "Zephyrine & Calloway - duo, Leeds LS2. Call Zephyrine 07700 900960, Roxanna (07700 900961). Sorrel here x"
    artifacts = pipeline.nlp_engine.process_text(text, "en")
    found = {text[r.start : r.end] for r in AdvertNameRecognizer().analyze(text, ["PERSON"], artifacts)}
    assert {"Zephyrine", "Calloway", "Roxanna", "Sorrel"} <= found
    assert "Leeds" not in found and "Call" not in found


# -- the deny list: structured victim values in any formatting ----------------------------------------
def _deny_hits(values, text):
    rec = DenyListRecognizer(values)
    return sorted(text[r.start : r.end] for r in rec.analyze(text, [], None))


def test_deny_list_phone_any_format():
    values = victim_values({"phone": "07700 900123"})
    text = "ring +44 7700-900123 or 7700900123 or (0)7700 900 123, not 07700 900124"
    assert len(_deny_hits(values, text)) == 3


def test_deny_list_name_parts_case_and_possessive():
    values = victim_values({"name": "Quillon Bexworth", "working_name": "Velvetine"})
    hits = _deny_hits(values, "QUILLON said bexworth's mate and velvetine's friend met Quillon Bexworth")
    assert sorted(h.lower() for h in hits) == ["bexworth's", "quillon", "quillon bexworth", "velvetine's"]


def test_deny_list_address_parts_and_building_names():
    values = victim_values({"address": "Flat 12, Gorsemoor House, 4 Morrow Street, Halifax HX1 1TL"})
    text = "at gorsemoor house; Morrow Street; hx11tl; 4 Morrow Street; Halifax"
    hits = _deny_hits(values, text)
    assert "gorsemoor house" in hits and "hx11tl" in hits and "4 Morrow Street" in hits
    assert "Halifax" not in hits  # a town is an area, not an address


def test_deny_list_email_handle_dob():
    values = victim_values(
        {"email": "q.vexworth@example.org", "date_of_birth": "1994-03-17", "online_handles": ["@velvetine_xo"]}
    )
    text = "Q.Vexworth at example dot org, born 17/3/94 or 17th March 1994, snap velvetine.xo"
    hits = _deny_hits(values, text)
    assert len(hits) == 4, hits


def test_advert_values_take_the_handle_from_a_profile_url():
    values = advert_values({"phones": ["07700 900950"], "url": "https://social.example.org/@luna_lds_x"})
    assert values["handle"] == ["luna_lds_x"]
    assert advert_values({"url": "https://forum.example.org/threads/12345"}).get("handle") is None


def test_deny_patterns_are_compiled_once_per_record():
    values = victim_values({"name": "Quillon Bexworth", "phone": "07700 900123"})
    assert compiled_deny(values) is compiled_deny(dict(values))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my name is Pim (พิมพ์), at work I am Dao.", "พิมพ์"),
        ("Her friend 王芳 was there too, she saw the car.", "王芳"),
        ("The client called her Оксана and would not leave.", "Оксана"),
    ],
)
def test_a_name_in_another_script_is_redacted(pipeline, text, name) -> None:
    from tests.fixtures import nums

    out = pipeline.process("nums", nums("NUM-T-SCRIPT", narrative=text)).output
    assert name not in json.dumps(out, ensure_ascii=False), out["record"]["narrative"]


@pytest.mark.parametrize(
    "text",
    ["Same van seen by Liv last week, she said he drove off.", "Then Kenzie 2 nights ago saw him outside."],
)
def test_a_first_name_the_tagger_read_as_part_of_a_date_is_a_candidate(pipeline, text) -> None:
    from tests.fixtures import partner

    name = "Liv" if "Liv" in text else "Kenzie"
    out = pipeline.process("partner", partner("PS-T-DATE", narrative=text)).output
    assert name not in json.dumps(out), out["record"]["narrative"]


def test_a_title_and_initial_standing_for_someone_is_redacted(pipeline) -> None:
    """Case notes anonymise with a title and an initial ("Ms A"); the initial may be her own."""
    from tests.fixtures import partner

    text = "Safeguarding concern. Ms Q told her key worker that a man called Dray takes her money. Ms Q is scared."
    out = pipeline.process("partner", partner("PS-T-INITIAL", narrative=text)).output
    assert "Ms Q" not in json.dumps(out), out["record"]


@pytest.mark.parametrize(
    ("values", "text"),
    [
        ({"phone": ["07700 900123"]}, "ring +44 (0) 7700-900-123 now"),
        ({"phone": ["07700 900123"]}, "ring 7700900123"),
        ({"dob": ["1990-03-04"]}, "born 4th March '90"),
        ({"dob": ["1990-03-04"]}, "dob 04.03.1990"),
        ({"email": ["Jade.K@example.com"]}, "mail jade.k at example dot com"),
        ({"handle": ["@jade_kx"]}, "find her as Jade.KX"),
        ({"name": ["Kerry O'Neil"]}, "O\u2019NEIL's flat"),
        ({"name": ["Kira"]}, "\u212aIRA said"),  # a Kelvin sign matches "k" under IGNORECASE
    ],
)
def test_a_value_the_text_holds_is_always_compiled_for_it(values, text):
    """The text filter only skips values that cannot occur: whatever the full patterns
    find in a text, the filtered ones find too."""
    full = [m.group(0) for _, rx in compiled_deny(values) for m in rx.finditer(text)]
    filtered = [m.group(0) for _, rx in compiled_deny(values, text) for m in rx.finditer(text)]
    assert full and filtered == full


def test_values_absent_from_the_text_are_not_compiled():
    values = victim_values({"name": "Quillon Bexworth", "phone": "07700 900123", "date_of_birth": "1990-03-04"})
    assert compiled_deny(values, "nothing of hers here, 1981") == ()
    assert [e for e, _ in compiled_deny(values, "Quillon rang")] == ["VICTIM_PERSON"]
