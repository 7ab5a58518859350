"""SentenceGate probes (issue 13, stop 58): a sentence the gate lets through is read by the
label's whole Matcher only when the few patterns of the words it holds match there."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.matcher import Matcher

from processors.matchers import SentenceGate, SentenceIndex, doc_words

KEEPS: list[list[dict[str, Any]]] = [[{"LOWER": "keeps"}, {"LOWER": "her"}, {"LOWER": "passport"}]]
HOLDS: list[list[dict[str, Any]]] = [[{"LOWER": "holds"}, {"LOWER": "her"}, {"LOWER": {"IN": ["papers", "documents"]}}]]


def _setup() -> tuple[spacy.language.Language, SentenceGate, Matcher]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    gate, matcher = SentenceGate(), Matcher(nlp.vocab)
    for key, pattern in (("documents_held\tkeeps", KEEPS), ("documents_held\tholds", HOLDS)):
        matcher.add(key, pattern)
        gate.add("documents_held", pattern, key, nlp.vocab)
    return nlp, gate, matcher


def _reads(
    nlp: spacy.language.Language, gate: SentenceGate, matcher: Matcher, text: str
) -> list[tuple[int, bool, int]]:
    """(sentence, probe says it may match, matches of the whole Matcher) per gated sentence."""
    doc = nlp(text)
    sents = SentenceIndex(doc)
    index = doc_words(doc, sents)
    starts = [*sents.starts, len(doc)]
    entries = gate.sentence_entries("documents_held", index, set(index), len(starts) - 1)
    assert sorted(entries) == gate.sentences("documents_held", index, set(index), len(starts) - 1)
    out = []
    for i in sorted(entries):
        span = doc[starts[i] : starts[i + 1]]
        out.append((i, gate.may_match("documents_held", entries[i], span), len(matcher(span))))
    return out


def test_probe_lets_a_matching_sentence_through() -> None:
    nlp, gate, matcher = _setup()
    assert _reads(nlp, gate, matcher, "Rhys Tanfield keeps her passport in his van.") == [(0, True, 1)]


def test_probe_stops_a_sentence_with_the_words_in_another_order() -> None:
    # near miss: every required word is in the sentence, no pattern matches it
    nlp, gate, matcher = _setup()
    assert _reads(nlp, gate, matcher, "Her passport keeps turning up in the drawer.") == [(0, False, 0)]


def test_probe_reads_each_sentence_on_its_own() -> None:
    nlp, gate, matcher = _setup()
    text = "Her papers were lost last spring. He holds her documents now."
    assert _reads(nlp, gate, matcher, text) == [(1, True, 1)]


def test_entry_without_its_pattern_is_always_read() -> None:
    nlp, gate, matcher = _setup()
    # another pattern of the same words given without itself (a caller with no key): its probe cannot say no
    gate.add_needs("documents_held", (frozenset({"keeps"}), frozenset({"her"}), frozenset({"passport"})))
    assert _reads(nlp, gate, matcher, "Her passport keeps turning up in the drawer.") == [(0, True, 0)]
