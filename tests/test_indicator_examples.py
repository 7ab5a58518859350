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


def _pattern_tokens(node: Any, key: str = "") -> list[tuple[str, str]]:
    """(pattern, token) of every token pattern in the file (`patterns*` lists)."""
    out: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k not in ("examples", "words", "lemmas", "actors"):
                out += _pattern_tokens(v, str(k))
    elif isinstance(node, list):
        for v in node:
            out += _pattern_tokens(v, key)
    elif isinstance(node, str) and key.startswith("patterns"):
        out += [(node, raw) for raw in node.split()]
    return out


def test_every_unquoted_word_can_match(pipeline):
    """A bare word matches as a lemma: "dropped" or "taken" alone never matches anything
    (their lemmas are "drop" and "take"). Every token with bare words keeps one that is its
    own lemma, or quotes the forms."""
    nlp = pipeline.nlp
    seen: dict[str, bool] = {}

    def is_lemma(word: str) -> bool:
        if word not in seen:
            frames = ("{}", "they {} it", "the {}", "she {} her", "it was {}")
            seen[word] = any(t.lower_ == word and t.lemma_.lower() == word for f in frames for t in nlp(f.format(word)))
        return seen[word]

    dead = []
    for pattern, raw in _pattern_tokens(load_file("indicators.yaml")):
        item = raw.rstrip("?").split("/")[0]
        alts = item.split("|")
        bare = [a.lower() for a in alts if a and a[0] not in "'@<*"]
        if bare and len(bare) == len(alts) and not any(is_lemma(a) for a in bare):
            dead.append((pattern, raw))
        if "''" in alts:  # not a quote token: a bare "''" is a lemma no token has
            dead.append((pattern, raw))
    assert not dead, dead
