"""Typed, numbered placeholders ("[PERSON_1]", "[PHONE_2]") through Presidio's anonymizer.

`Placeholder` is a presidio_anonymizer `Operator`: registered with the AnonymizerEngine
(`anonymizer()`), it replaces each span by the placeholder numbered for its entity and
text. The numbering is the record's: the same value (by its canonical form) gets the same
number wherever it appears.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import InvalidParamError, OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonResult
from presidio_anonymizer.operators import Operator, OperatorType

from redaction.kinds import PLACEHOLDER, canonical

FALLBACK = "REDACTED"  # the placeholder type of an entity `entities.yaml` does not list


class Placeholder(Operator):
    """Replace a span by its placeholder: `params["placeholders"][entity][text]`."""

    NAME = "placeholder"
    PARAM = "placeholders"

    def operate(self, text: str, params: dict | None = None) -> str:
        assert params is not None  # validated
        return params[self.PARAM][params["entity_type"]][text]

    def validate(self, params: dict | None = None) -> None:
        if not isinstance((params or {}).get(self.PARAM), dict):
            raise InvalidParamError(f"{self.NAME}: `{self.PARAM}` must map entity -> text -> placeholder")

    def operator_name(self) -> str:
        return self.NAME

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


def anonymizer() -> AnonymizerEngine:
    engine = AnonymizerEngine()
    engine.add_anonymizer(Placeholder)
    return engine


@dataclass
class Replaced:
    text: str
    counts: dict[str, int]  # placeholder type -> distinct values replaced
    removed: list[tuple[str, str]]  # (entity, canonical value) of every span replaced


def replace(engine: AnonymizerEngine, text: str, spans: list[tuple[int, int, str]]) -> Replaced:
    """Replace `spans` (start, end, entity; not overlapping) by numbered placeholders."""
    numbering: dict[tuple[str, str], str] = {}
    by_text: dict[str, dict[str, str]] = {}
    counts: Counter[str] = Counter()
    removed: list[tuple[str, str]] = []
    for start, end, entity in spans:
        kind = PLACEHOLDER.get(entity, FALLBACK)
        key = (kind, canonical(entity, text[start:end]))
        removed.append((entity, key[1]))
        if key not in numbering:
            counts[kind] += 1
            numbering[key] = f"[{kind}_{counts[kind]}]"
        by_text.setdefault(entity, {})[text[start:end]] = numbering[key]
    results = [AnonResult(start=s, end=e, entity_type=t, score=1.0) for s, e, t in spans]
    out = engine.anonymize(
        text=text,
        analyzer_results=results,
        operators={"DEFAULT": OperatorConfig(Placeholder.NAME, {Placeholder.PARAM: by_text})},
        merge_entities_with_spaces=False,
    ).text
    return Replaced(out, dict(counts), removed)
