"""The pattern files are data a domain expert edits: the notation and the loader's checks."""

from __future__ import annotations

import pytest
import yaml

from processors import matchers
from processors.matchers import PatternTagger, compile_pattern
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
    assert set(PatternTagger(pipeline.nlp, "indicators.yaml", set(INDICATORS)).options) <= set(INDICATORS)


def test_quoted_phrases_match_only_as_written(pipeline):
    """'withdrawn' (fearful) must not match "withdraw the cash" through its lemma."""
    tagger = PatternTagger(pipeline.nlp, "indicators.yaml", set(INDICATORS))
    assert not [h for h in tagger.hits(pipeline.nlp("She had to withdraw the cash.")) if h.label == "fearful_subdued"]
    assert [h for h in tagger.hits(pipeline.nlp("She seemed withdrawn.")) if h.label == "fearful_subdued"]
