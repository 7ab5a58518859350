"""Reading a parse cheaply must read it the same: the kept text of a Doc and Presidio's
context enhancer finding a match's token by bisection (issue 13's profile)."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from common.docs import doc_text
from redaction.engine import IndexedContextEnhancer

NLP = spacy.blank("en")

_TEXTS = st.text(alphabet=st.sampled_from(list("ab1 \n\t,.:'@-£é")), min_size=1, max_size=60)


def _walk(start: int, doc, idx: list[int]) -> int | str:
    try:
        return LemmaContextAwareEnhancer._find_index_of_match_token("w", start, doc, idx)
    except ValueError:
        return "none"


def _bisect(start: int, doc, idx: list[int]) -> int | str:
    try:
        return IndexedContextEnhancer._find_index_of_match_token("w", start, doc, idx)
    except ValueError:
        return "none"


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_bisection_finds_the_token_presidio_walks_to(text: str) -> None:
    doc = NLP(text)
    idx = [t.idx for t in doc]
    for start in range(len(text) + 2):
        assert _bisect(start, doc, idx) == _walk(start, doc, idx), (text, start)


def test_a_start_in_the_spaces_before_a_token_is_that_token() -> None:
    doc = NLP("ring   07700 900123")
    idx = [t.idx for t in doc]
    assert _bisect(5, doc, idx) == 1  # inside the spaces: the number's token, as Presidio's walk says
    assert _bisect(len(doc.text), doc, idx) == "none"


def test_the_kept_text_is_the_docs_text_and_read_once() -> None:
    doc = NLP("He said his name was Dev, 07700 900123.")
    assert doc_text(doc) == doc.text
    doc.user_data["bulletins.text"] = "kept"  # a second read takes the kept copy, not a fresh join
    assert doc_text(doc) == "kept"


def test_the_analyzer_uses_the_indexed_enhancer(pipeline) -> None:
    assert isinstance(pipeline.redactor.analyzer.context_aware_enhancer, IndexedContextEnhancer)
