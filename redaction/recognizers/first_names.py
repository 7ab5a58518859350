"""First names the NER cannot see: written in capitals ("DANIELA, new in town", "ask for
MIMI") or, in text-speak, in lower case ("me n leanne was workin"). A word of the gazetteer's
first-name list (redaction/gazetteer/first_names.txt) is a name candidate when its spelling
leaves no other reading:

- in capitals, unless it is an everyday word in capitals ("WILL", "NEW") or a known non-name;
- in lower case, only in text written without capitals, when the word is not common as an
  everyday word ("will", "mark" and "rose" are) and the tagger reads it as a name, or it is
  rare as a word; never as a modifier of a noun ("ginger beard");
- capitalised, with the digits a scan of handwriting puts for letters ("Kay1ee", "Ange1":
  1 for l, 0 for o), when the letters read back are a first name.

The candidate is a PERSON like any other: its role is decided by the rules and the role
model, so an offender's name found this way can still be kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from wordfreq import zipf_frequency

from redaction.kinds import SAINT_BEFORE
from redaction.lexicon import CLOSE_QUOTES, OPEN_QUOTES, RARE_WORD_ZIPF, written_with_capitals
from redaction.recognizers.base import DocPersonRecognizer, make_result

NAME = "FirstNameRecognizer"
SCORE = 0.5
# Zipf frequency above which a word is too common to be read as a name from its spelling
CAPITALS_MAX_ZIPF = 5.0
LOWER_MAX_ZIPF = 4.0
_OWNERS = {"my", "me", "ma", "her", "our", "their", "his"}
_NOT_NAME_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART"}
# what optical character recognition writes for a letter in a scanned note
_OCR_LETTERS = str.maketrans({"1": "l", "0": "o"})


def _reads_as_name(tok: Token, zipf: float) -> bool:
    """A lower-case word of the name list that the tagger reads as a name ("kath came out",
    "steph n mandy"), or one too rare to be anything else; never a modifier ("ginger beard")."""
    if zipf >= LOWER_MAX_ZIPF or tok.pos_ in _NOT_NAME_POS:
        return False
    if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        return False
    if tok.pos_ == "PROPN" or (tok.dep_ == "conj" and tok.head.pos_ == "PROPN"):
        return True
    return zipf < RARE_WORD_ZIPF  # a name whatever its tag ("kirsty")


def _after_relation(tok: Token, zipf: float, relations: frozenset[str]) -> bool:
    """A name of the list right after "my sis", "me mate", "her bf" ("my sis kelsey picked me
    up"): however common as a word, not too common (not "my mate will") and not a verb or a
    function word (stop 54)."""
    if tok.i < 2 or tok.pos_ in _NOT_NAME_POS or zipf >= LOWER_MAX_ZIPF:
        return False
    rel, owner = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return rel.lower_ in relations and owner.lower_ in _OWNERS


def _quoted(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] in OPEN_QUOTES and end < len(text) and text[end] in CLOSE_QUOTES


def _opens_quote(text: str, tok: Token, low: str) -> bool:
    """A first name opening a quotation, rare as an everyday word: a caption or a message that
    names her ("captions like 'Kayla the hoor at it again'", which the tagger reads as a verb;
    stop 53)."""
    return tok.idx > 0 and text[tok.idx - 1] in OPEN_QUOTES and zipf_frequency(low, "en") < LOWER_MAX_ZIPF


class FirstNameRecognizer(DocPersonRecognizer):
    NAME = NAME

    def find(self, text: str, doc: Doc):
        lex = self.lexicon
        lower_ok: bool | None = None
        out = []
        for tok in doc:
            word = tok.text
            # a scanned name, not a place's saint ("St Pau1s")
            if self._scanned_name(word) and not SAINT_BEFORE.search(text, max(0, tok.idx - 4), tok.idx):
                out.append(make_result(self, "PERSON", tok.idx, tok.idx + len(word), SCORE))
                continue
            if len(word) < 3 or not word.isalpha():
                continue
            low = word.lower()
            if low not in lex.first_names or lex.is_not_name(low) or lex.is_title(low) or lex.is_place(low):
                continue
            if word.isupper():
                if zipf_frequency(low, "en") >= CAPITALS_MAX_ZIPF:
                    continue
            elif word.islower():
                if lower_ok is None:
                    lower_ok = not written_with_capitals(doc)
                zipf = zipf_frequency(low, "en")
                if not lower_ok or not (_reads_as_name(tok, zipf) or _after_relation(tok, zipf, lex.relation_words)):
                    continue
            elif not _quoted(text, tok.idx, tok.idx + len(word)) and not _opens_quote(text, tok, low):
                # capitalised words are the NER's and the proper-noun recognizer's, but a first name
                # quoted alone is a working name the tagger may miss ("Luton - 'Nikol' new girl")
                continue
            out.append(make_result(self, "PERSON", tok.idx, tok.idx + len(word), SCORE))
        return out

    def _scanned_name(self, word: str) -> bool:
        """ "Kay1ee", "Ange1": a capitalised first name a scan wrote with 1 for l or 0 for o."""
        if len(word) < 4 or not word[0].isupper() or not any(ch in "10" for ch in word[1:]):
            return False
        letters = word.translate(_OCR_LETTERS)
        if not letters.isalpha() or not letters[1:].islower():
            return False
        low = letters.lower()
        return low in self.lexicon.first_names and not self.lexicon.is_not_name(low) and not self.lexicon.is_place(low)
