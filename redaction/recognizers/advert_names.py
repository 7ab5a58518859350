"""Working names in advert text (desktop research only, passed as an ad-hoc recognizer).

An advert names its advertiser in set places: at the head ("Summer, Batley, 34",
"Crystal & Jade - best friends duo", "TS Bella, Brazilian", "RUBY ** BRAND NEW **"), by
the contact details ("Crystal 07700 900964", "Roxy (07700 900966)", "Text Jasmine ...",
"Call Rav on ..."), or self-announced ("Sydney here"). Working names are often ordinary
words, which the NER does not tag: these structural patterns find them. Town names in
those places are protected by the record's location field and the place recognizers.
"""

from __future__ import annotations

import regex as re
from spacy.tokens import Doc

from redaction.lexicon import capture_names
from redaction.recognizers.base import DocPersonRecognizer, make_result

NAME = "AdvertNameRecognizer"
SCORE = 0.9
_NAME = r"(?:\p{Lu}\p{Ll}[\p{L}\p{M}'\-]*|\p{Lu}{3,})"  # any script: "Łucja", "ANKA"
_PHONE_AHEAD = r"(?=\s*(?:\(|:|-|on\b)?\s*(?:\+\s?44|0044|\(?0)\s*\d)"
_HEAD = re.compile(r"^\W*(?:@?[\w.]+\s*:\s*)?(?:(?:TS|TV|TG|Miss|Mistress|Lady)\s+)?(?=" + _NAME + r")")
_HEAD_END = re.compile(r"\s*(?:[,:*(!~|/]|\s-\s|\s[\u2013\u2014]\s|-\s|\d|here\b|(?:and|&|with)\s+[a-z])")
_BEFORE_PHONE = re.compile(r"(?<![\w@.])(" + _NAME + r")" + _PHONE_AHEAD)
_CONTACT = re.compile(
    r"\b(?:text|txt|call|ring|contact|ask\s+for|whatsapp|email|by|with|from|see)\s+(?=" + _NAME + r")", re.IGNORECASE
)
_PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP", "LOCATION"}
_HERE = re.compile(r"(?<![\w@.])(" + _NAME + r")(?=\s+here\b)")


class AdvertNameRecognizer(DocPersonRecognizer):
    NAME = NAME

    def find(self, text: str, doc: Doc):
        lex = self.lexicon
        spans: set[tuple[int, int]] = set()
        first = next(iter(doc.sents), None)
        m = _HEAD.match(text, 0, first.end_char) if first is not None else None
        if m:
            found = capture_names(doc, m.end(), lex, capitalised_only=True, coordinated=True, max_words=2)
            if found and _HEAD_END.match(text, found[-1][1]):
                spans.update(found)
        for m in _BEFORE_PHONE.finditer(text):
            if not lex.is_not_name(m.group(1)):
                spans.add(m.span(1))
        for m in _CONTACT.finditer(text):
            for start, end in capture_names(doc, m.end(), lex, capitalised_only=True, max_words=2):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and span[0].ent_type_ not in _PLACE_LABELS:
                    spans.add((start, end))
        for m in _HERE.finditer(text):
            if not lex.is_not_name(m.group(1)):
                spans.add(m.span(1))
        return [
            make_result(
                self, "PERSON", start, end, SCORE, name_role="victim", name_rule="advert.working_name", name_strong=True
            )
            for start, end in sorted(spans)
        ]
