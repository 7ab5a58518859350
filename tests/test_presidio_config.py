"""Presidio configured from its own files (`redaction/nlp_engine.yaml`,
`recognizers.yaml`, `entities.yaml`) over the pipeline's one parse."""

from __future__ import annotations

import pytest
import yaml
from presidio_anonymizer.entities import InvalidParamError

from redaction.deny_list import RECOGNIZER_NAME as DENY_NAME
from redaction.engine import RECOGNIZERS_FILE, build_analyzer
from redaction.kinds import NER_RECOGNIZER, PRECEDENCE
from redaction.lexicon import load_lexicon, load_platforms
from redaction.placeholders import Placeholder, anonymizer, replace
from redaction.recognizers.advert_names import NAME as ADVERT_NAME
from redaction.recognizers.name_cues import NameCueRecognizer
from redaction.recognizers.value_list import INCIDENT_PLACES, OFFENDER_NAMES
from redaction.roles import load_role_rules


def test_nlp_engine_wraps_the_loaded_model(pipeline):
    # no second load: Presidio's engine holds the very pipeline the extractor parses with
    assert pipeline.nlp_engine.nlp["en"] is pipeline.nlp
    conf = pipeline.nlp_engine.ner_model_configuration
    assert conf.model_to_presidio_entity_mapping["GPE"] == "LOCATION"
    assert "NORP" in conf.labels_to_ignore and "PERSON" not in conf.labels_to_ignore


def test_registry_from_the_file_then_the_python_recognizers(pipeline):
    names = [r.name for r in pipeline.redactor.analyzer.registry.recognizers]
    listed = yaml.safe_load(RECOGNIZERS_FILE.read_text())["recognizers"]
    # Presidio builds the predefined entries first, then the custom (pattern) ones
    in_file = [r["name"] for r in listed if r["type"] == "predefined"] + [
        r["name"] for r in listed if r["type"] == "custom"
    ]
    assert names[: len(in_file)] == in_file
    assert in_file[0] == NER_RECOGNIZER and "UkPhoneRecognizer" in in_file
    assert "NameCueRecognizer" in names[len(in_file) :] and len(names) == len(set(names))


def test_street_address_pattern_uses_the_lexicons_street_types(pipeline):
    street = next(r for r in pipeline.redactor.analyzer.registry.recognizers if r.name == "StreetAddressRecognizer")
    regex = next(p.regex for p in street.patterns if p.name == "house_number_street")
    assert "{street_types}" not in regex
    assert "|".join(load_lexicon().street_types) in regex


def test_the_role_rules_given_reach_the_name_cue_recognizer(pipeline):
    roles = load_role_rules.__wrapped__()  # a fresh object, not the cached one
    analyzer = build_analyzer(pipeline.nlp_engine, roles=roles)
    cue = next(r for r in analyzer.registry.recognizers if isinstance(r, NameCueRecognizer))
    assert cue.rules is roles


def test_precedence_names_real_recognizers(pipeline):
    known = {r.name for r in pipeline.redactor.analyzer.registry.recognizers}
    known |= {DENY_NAME, OFFENDER_NAMES, INCIDENT_PLACES, ADVERT_NAME}
    for _, sources, _ in PRECEDENCE.tiers:
        assert sources <= known
    assert PRECEDENCE.tier("PERSON", DENY_NAME) == 0
    assert PRECEDENCE.tier("EMAIL_ADDRESS", "x") < PRECEDENCE.tier("URL", "x")  # the email, not the URL inside it
    assert PRECEDENCE.tier("PERSON", NER_RECOGNIZER) == PRECEDENCE.default


def test_placeholder_operator_numbers_values():
    text = "Tasha rang 07700 900123, then TASHA again from 07700900123 and Jo."
    spans = [
        (0, 5, "PERSON"),
        (11, 23, "PHONE_NUMBER"),
        (30, 35, "PERSON"),
        (47, 58, "PHONE_NUMBER"),
        (63, 65, "PERSON"),
    ]
    out = replace(anonymizer(), text, spans)
    assert out.text == "[PERSON_1] rang [PHONE_1], then [PERSON_1] again from [PHONE_1] and [PERSON_2]."
    assert out.counts == {"PERSON": 2, "PHONE": 1}
    assert len(out.removed) == 5


def test_placeholder_operator_checks_its_parameters():
    with pytest.raises(InvalidParamError):
        Placeholder().validate({})


def test_platform_words_once_for_every_use(tmp_path):
    plat = load_platforms()
    assert plat.names["snap"] == "snapchat" and "sc" not in plat.names  # extraction: a platform's name
    assert plat.using("handle_cue")[:3] == ("snapchat", "snap", "sc")  # the recognizer's order
    assert "x" in plat.using("apposition") and "x" not in plat.using("bare_handle")
    assert {"snapchat", "messenger"} <= load_lexicon().not_names
    bad = tmp_path / "platforms.yaml"
    bad.write_text("platforms:\n  snapchat: {uses: [handle_cues]}\n")
    with pytest.raises(ValueError, match="unknown use"):
        load_platforms.__wrapped__(bad)
