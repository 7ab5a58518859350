"""Shared pieces of the custom recognizers: a RecognizerResult built the way Presidio's own
recognizers build them (with the explanation the context enhancer writes to), and the
base of the PERSON recognizers that read the pipeline's one spaCy Doc."""

from __future__ import annotations

from typing import Any

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from redaction.lexicon import Lexicon, load_lexicon


def make_result(
    recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float, **metadata: Any
) -> RecognizerResult:
    # mypy cannot infer `name` through presidio_analyzer's own import cycle (it is a str)
    name: str = recognizer.name  # type: ignore[has-type]
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        analysis_explanation=AnalysisExplanation(recognizer=name, original_score=score),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **metadata,
        },
    )


class DocPersonRecognizer(EntityRecognizer):
    """A PERSON recognizer over the shared Doc; without a parse it finds nothing."""

    NAME = "DocPersonRecognizer"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        super().__init__(supported_entities=["PERSON"], name=self.NAME, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        return self.find(text, nlp_artifacts.tokens)

    def find(self, text: str, doc: Doc) -> list[RecognizerResult]:
        raise NotImplementedError
