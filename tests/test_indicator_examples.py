"""Every example in processors/patterns/indicators.yaml does what the file says it does:
a `strong` example gives its indicator as strong, a `weak` one as weak, a `none` one not at
all (fictional sentences, written beside the patterns they exercise)."""

from __future__ import annotations

from typing import Any

import pytest

from processors.matchers import load_file
from processors.vocabulary import INDICATORS, STRENGTHS
from tests.test_extraction_support import extract, partner_record


def _examples() -> list[tuple[str, str, str, str]]:
    out = []
    for label, spec in (load_file("indicators.yaml").get("labels") or {}).items():
        for kind, items in (spec.get("examples") or {}).items():
            for item in items or []:
                text, source = _text_source(item)
                out.append((label, kind, text, source))
    return out


def _text_source(item: Any) -> tuple[str, str]:
    if isinstance(item, dict):
        return str(item["text"]), str(item.get("source", "partner"))
    return str(item), "partner"


EXAMPLES = _examples()


def test_every_indicator_has_examples_of_what_it_is_and_is_not():
    kinds: dict[str, set[str]] = {}
    for label, kind, _, _ in EXAMPLES:
        assert kind in (*STRENGTHS, "none"), (label, kind)
        kinds.setdefault(label, set()).add(kind)
    for label in INDICATORS:
        assert "none" in kinds.get(label, set()), f"{label}: no example of what is not an indicator"
        if INDICATORS[label] != "context":
            assert kinds[label] & {"strong", "weak"}, f"{label}: no example of what is an indicator"


@pytest.mark.parametrize(("label", "kind", "text", "source"), EXAMPLES, ids=[f"{e[0]}-{e[1]}" for e in EXAMPLES])
def test_pattern_file_example(pipeline, label, kind, text, source):
    record = partner_record(text) if source == "partner" else {"content": text}
    result = extract(pipeline, text, record=record, source=source)
    found = {i["id"]: i["strength"] for i in result.indicators}
    if kind == "none":
        assert label not in found, (text, found)
    else:
        assert found.get(label) == kind, (text, found)
