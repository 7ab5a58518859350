"""The Presidio analyzer over the pipeline's one spaCy pipeline.

The NLP engine wraps the already-loaded `nlp` (no second model load), and its
`process_batch` is the pipeline's single parse: redaction reads the NlpArtifacts and the
extractor reads the same Doc (`artifacts.tokens`).
"""

from __future__ import annotations

import logging

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.language import Language

from redaction.recognizers import uk_recognizers

# spaCy labels -> Presidio entities. ORG and dates are not identifiers of a person here;
# NORP (nationality) is sensitive but not identifying and the story needs it.
NER_MAPPING = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}


def build_nlp_engine(nlp: Language, model_name: str) -> SpacyNlpEngine:
    engine = SpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": model_name}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=NER_MAPPING,
            labels_to_ignore=[
                "ORG",
                "DATE",
                "TIME",
                "CARDINAL",
                "ORDINAL",
                "MONEY",
                "QUANTITY",
                "PERCENT",
                "NORP",
                "PRODUCT",
                "EVENT",
                "WORK_OF_ART",
                "LAW",
                "LANGUAGE",
            ],
        ),
    )
    engine.nlp = {"en": nlp}  # reuse the loaded pipeline instead of engine.load()
    return engine


def build_analyzer(nlp_engine: SpacyNlpEngine) -> AnalyzerEngine:
    # Presidio logs the words around each match at DEBUG and every per-record recognizer
    # at INFO: record text must never reach a log, whatever level a deployment sets.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON", "LOCATION"]))
    for recognizer in uk_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
