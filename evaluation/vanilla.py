"""Vanilla Presidio as the baseline: default recognizers, everything redacted."""

from __future__ import annotations

from typing import Any

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer import RecognizerResult as AnalyzerResult
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult

from common.sources import TEXT_FIELD
from processors.nlp import model_name


class VanillaPresidio:
    def __init__(self) -> None:
        provider = NlpEngineProvider(
            nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model_name()}]}
        )
        self.analyzer = AnalyzerEngine(nlp_engine=provider.create_engine())
        self.anonymizer = AnonymizerEngine()

    def redact(self, source: str, record: dict[str, Any]) -> dict[str, Any]:
        """The record's text redacted with every default entity; other fields dropped."""
        text = record[TEXT_FIELD[source]]
        results = self.analyzer.analyze(text=text, language="en")
        return {"text": self.anonymizer.anonymize(text=text, analyzer_results=for_anonymizer(results)).text}


def for_anonymizer(results: list[AnalyzerResult]) -> list[AnonymizerResult]:
    """The analyzer's results as the anonymizer's own class (the four fields it copies anyway)."""
    return [AnonymizerResult(r.entity_type, r.start, r.end, r.score) for r in results]
