"""A RecognizerResult the way Presidio's own recognizers build them (with the explanation
the context enhancer writes to), for the custom recognizers of this package."""

from __future__ import annotations

from typing import Any

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult


def make_result(
    recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float, **metadata: Any
) -> RecognizerResult:
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, textual_explanation=None
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **metadata,
        },
    )
