"""The pattern files are data a domain expert edits: the notation and the loader's checks."""

from __future__ import annotations

from itertools import pairwise

import pytest
import yaml

from processors import matchers
from processors.indicators import IndicatorFinder
from processors.matchers import PatternTagger, SentenceIndex, compile_pattern, doc_words, required_words
from processors.vocabulary import INDICATORS, MO_TAGS


def test_notation_compiles_to_spacy_patterns():
    words = {"victim": ["her", "me"]}
    lemmas = {"strike": ["punch", "kick"]}
    [pattern] = compile_pattern("'never' @strike? * *2 <PROPN> record/VERB", words, lemmas)[:1]
    assert pattern[0] == {"LOWER": "never"}  # first token: one spec per word (fast in the Matcher)
    assert pattern[1] == {"LEMMA": {"IN": ["punch", "kick"]}, "OP": "?"}
    assert pattern[2] == {}
    assert pattern[3] == {"OP": "{0,2}"}
    assert pattern[4] == {"POS": {"IN": ["PROPN"]}}
    assert pattern[5] == {"LEMMA": {"IN": ["record"]}, "POS": "VERB"}
    # Mixed exact words / lemmas / parts of speech in one token: one pattern per kind.
    variants = compile_pattern("hit 'her'|@victim|<PROPN>|him", words, lemmas)
    assert {tuple(sorted(v[1])) for v in variants} == {("LOWER",), ("POS",), ("LEMMA",)}


def test_required_words_skip_optional_wildcard_and_part_of_speech_tokens():
    variants = compile_pattern("'never' @strike? * <PROPN> take|keep 'her'|<PRON>", {}, {"strike": ["punch"]})
    assert required_words(variants) == (frozenset({"never"}), frozenset({"take", "keep"}))


def test_gated_matchers_find_what_the_whole_text_gives(pipeline):
    """Each label's Matcher reads only the sentences its required words allow: the matches
    are those of a run over the whole text, in the same order."""
    finder = IndicatorFinder(pipeline.nlp)
    doc = pipeline.nlp(
        "He takes half of it. Everything goes to him and she is not to leave the flat. "
        "They drive her to and from the hotel. She does not get to choose. I not speak English."
    )
    sents = SentenceIndex(doc)
    index, starts = doc_words(doc, sents), [*sents.starts, len(doc)]
    gated = [m[:3] for m in finder._matches(doc, index, starts) if m[3] is None]
    whole = [*finder.phrases(doc), *finder.exact(doc)]
    for matcher in finder.matchers.values():
        whole += [(k, s, e) for k, s, e in matcher(doc) if sents.same(s, e)]
    assert [m for m in gated if sents.same(m[1], m[2])] == whole
    assert len(whole) > 2


def test_gated_dependency_matchers_find_what_every_sentence_gives(pipeline):
    finder = IndicatorFinder(pipeline.nlp)
    doc = pipeline.nlp(
        "He keeps her passport. He keeps the money and her passport. He keeps a dog. "
        "He drives her to the flats every day. He drives a van."
    )
    sents = SentenceIndex(doc)
    index, starts = doc_words(doc, sents), [*sents.starts, len(doc)]
    gated = [(m[0], m[1], m[2]) for m in finder._matches(doc, index, starts) if m[3] is not None]
    every = []
    for dep in finder.deps.values():
        for a, b in pairwise(starts):
            sentence = doc[a:b].as_doc(copy_user_data=True)
            every += [(key, min(ids) + a, max(ids) + a + 1) for key, ids in dep(sentence)]
    assert gated == every
    assert len(every) >= 2


@pytest.mark.parametrize("bad", ["@nosuchlist hit", "*2 word?", "'x'? *3"])
def test_bad_patterns_are_refused(bad):
    with pytest.raises(ValueError):
        compile_pattern(bad, {}, {})


def test_unknown_labels_are_refused(pipeline, tmp_path, monkeypatch):
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump({"labels": {"not_a_tag": {"phrases": ["punch"]}}}))
    monkeypatch.setattr(matchers, "PATTERN_DIR", tmp_path)
    matchers.load_file.cache_clear()
    try:
        with pytest.raises(ValueError, match="unknown labels"):
            PatternTagger(pipeline.nlp, "bad.yaml", set(MO_TAGS))
    finally:
        matchers.load_file.cache_clear()


def test_shipped_pattern_files_load(pipeline):
    assert set(PatternTagger(pipeline.nlp, "mo.yaml", set(MO_TAGS)).options) <= set(MO_TAGS)
    assert set(IndicatorFinder(pipeline.nlp).rules) <= set(INDICATORS)


def test_quoted_phrases_match_only_as_written(pipeline):
    """'withdrawn' (fearful) must not match "withdraw the cash" through its lemma."""
    finder = IndicatorFinder(pipeline.nlp)
    assert not [s for s in finder.find(pipeline.nlp("She had to withdraw the cash."), 999) if s.id == "fearful_subdued"]
    assert [s for s in finder.find(pipeline.nlp("She seemed withdrawn."), 999) if s.id == "fearful_subdued"]


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ({"not_by": ["landlady"], "strong": {"phrases": ["x"]}}, "unknown roles"),
        ({"strong": {"deps": [{"verb": "keep", "thing": "passport"}]}}, "a dependency pattern is"),
        ({"strong": {"deps": [{"verb": "keep", "prep": "in"}]}}, "prep and pobj go together"),
        ({"strong": {"phrase": ["x"]}}, "unknown keys"),
        ({"decisive": {"phrases": ["x"]}}, "unknown keys"),
    ],
)
def test_bad_indicator_files_fail_at_load(pipeline, tmp_path, monkeypatch, label, message):
    """The indicators file is data a domain expert edits: a typo fails at start-up, saying where."""
    (tmp_path / "indicators.yaml").write_text(yaml.safe_dump({"labels": {"documents_held": label}}))
    monkeypatch.setattr(matchers, "PATTERN_DIR", tmp_path)
    matchers.load_file.cache_clear()
    try:
        with pytest.raises(ValueError, match=message) as err:
            IndicatorFinder(pipeline.nlp)
        assert "documents_held" in str(err.value)
    finally:
        matchers.load_file.cache_clear()


def test_unknown_indicator_fails_at_load(pipeline, tmp_path, monkeypatch):
    (tmp_path / "indicators.yaml").write_text(yaml.safe_dump({"labels": {"looks_foreign": {"phrases": ["x"]}}}))
    monkeypatch.setattr(matchers, "PATTERN_DIR", tmp_path)
    matchers.load_file.cache_clear()
    try:
        with pytest.raises(ValueError, match="unknown indicators"):
            IndicatorFinder(pipeline.nlp)
    finally:
        matchers.load_file.cache_clear()
