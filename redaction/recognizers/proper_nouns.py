"""Capitalised proper nouns the NER did not label: candidate names, redacted by default.

The small English model misses many first names in this kind of text ("The receptionist,
Mandy, heard her"). Every capitalised word the tagger calls a proper noun (or a title-case
word mid-sentence) that the NER left unlabelled, and that is not a known non-name (car
makes and models, platforms, weekdays, nationalities: `lexicon.yaml`), becomes a weak
PERSON candidate. Places are protected by the place recognizers, which win over it.
"""

from __future__ import annotations

from spacy.tokens import Doc
from wordfreq import zipf_frequency

from common.docs import doc_text
from redaction.lexicon import COMMON_WORD_ZIPF, RARE_WORD_ZIPF, Lexicon, is_capitalised
from redaction.recognizers.base import DocPersonRecognizer, make_result

NAME = "ProperNounRecognizer"
SCORE = 0.5
# NER labels whose tokens are not people (places are decided by the place rules).
_SKIP_LABELS = {
    "GPE",
    "LOC",
    "FAC",
    "NORP",
    "DATE",
    "TIME",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
    "PERCENT",
    "LANGUAGE",
    "LAW",
    "PERSON",
    "LOCATION",
}
_MID_POS = {"NOUN", "ADJ", "X", "INTJ", "PROPN"}


class ProperNounRecognizer(DocPersonRecognizer):
    NAME = NAME

    def find(self, text: str, doc: Doc):
        lex = self.lexicon
        results = []
        run: list = []

        def flush() -> None:
            while run and lex.is_title(run[-1].text):
                run.pop()
            if run and any(not lex.is_title(t.text) for t in run) and not _the_named_thing(run, lex):
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                results.append(make_result(self, "PERSON", start, end, SCORE))
            run.clear()

        for tok in doc:
            if self._candidate(tok, lex):
                if run and (tok.i != run[-1].i + 1):
                    flush()
                run.append(tok)
            else:
                flush()
        flush()
        return results

    @staticmethod
    def _candidate(tok, lex: Lexicon) -> bool:
        if not is_capitalised(tok) or tok.text.isupper():
            return False
        if tok.like_email or tok.like_url:
            return False
        if tok.ent_type_ in _SKIP_LABELS and not _misread_name(tok, lex):
            return False
        if lex.is_title(tok.text):
            return True  # kept only in front of a name (see flush)
        if lex.is_not_name_at(doc_text(tok.doc), tok.idx, tok.idx + len(tok.text)):
            return False
        if _model_after_make(tok, lex):
            return False
        if _colour_before_make_and_model(tok, lex):
            return False  # "Silver Jaguar XF": a colour before a make and its model ("Jade Ford said" is a name)
        if tok.pos_ == "PROPN":
            return True
        if tok.lower_ in lex.first_names and _quoted(tok):
            return True  # "the new girl, 'Lily', hardly...": a name in quotes, whatever its tag
        if tok.is_sent_start:
            # "Mandy said ...": a sentence-initial subject that is no ordinary word; "Eva back in
            # Bradford from Tues": a first name of the lists that is no everyday word, whatever its role
            subject = tok.dep_ in ("nsubj", "nsubjpass") and not tok.is_stop and tok.head.pos_ in ("VERB", "AUX")
            return subject or (tok.lower_ in lex.first_names and zipf_frequency(tok.lower_, "en") < COMMON_WORD_ZIPF)
        return tok.pos_ in _MID_POS


_PEOPLE_AFTER = frozenset(
    {
        *("family", "families", "brothers", "brother", "sisters", "sister", "boys", "boy", "girls", "girl"),
        *("lad", "lads", "kids", "twins", "household", "clan", "woman", "women", "man", "men", "guy", "bloke"),
        *("couple", "fella", "crew", "gang", "camgirl", "escort", "worker", "lady"),
    }
)


_THING_WORD_ZIPF = 4.5


def _the_named_thing(run: list, lex: Lexicon) -> bool:
    """Capitalised words after a lower-case "the" with no first name among them ("round the back
    of the Custard Factory", "the Nayland Rock side"): a venue's or a landmark's name, not a
    person's; a family named in the plural or as one ("lives with the Nowaks", "the Kowalski
    family") is still someone's (stop 50)."""
    first = run[0]
    if first.i == 0 or first.doc[first.i - 1].text != "the":
        return False
    if run[-1].lower_.endswith("s") or any(any(ch.isupper() for ch in t.text[1:]) for t in run):
        return False  # a family in the plural; a handle written in camel case ("the PeachyPaige camgirl")
    nxt = run[-1].i + 1
    if nxt < len(first.doc) and first.doc[nxt].lower_ in _PEOPLE_AFTER:
        return False  # "the Kowalski family", "the Brennan lad": people
    # a first name that is also a common word before the run's last ("the Royal Mail depot", "the
    # Jack Russell") names the thing (stop 51); at the end ("the Junior Dean") it may be his
    last = run[-1]
    return not any(
        (t.lower_ in lex.first_names and (t is last or zipf_frequency(t.lower_, "en") < _THING_WORD_ZIPF))
        or lex.is_title(t.text)
        for t in run
    )


def _quoted(tok) -> bool:
    """The word stands alone between quotes ("'Lily'")."""
    doc = tok.doc
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return before in _QUOTES and after in _QUOTES


_QUOTES = {"'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "``", "''"}


def _model_after_make(tok, lex: Lexicon) -> bool:
    """A model: "Kia Sportage", "Land Rover Defender", "Mercedes E-Class"."""
    for back in range(1, 4):
        if tok.i - back < 0:
            break
        prev = tok.doc[tok.i - back]
        if prev.lower_ in lex.vehicle_makes:
            # "DS Marcus Ollerton": a rank that is also a make ("DS"), before a first name
            return not (lex.is_title(prev.text) and tok.doc[prev.i + 1].lower_ in lex.first_names)
        if prev.is_punct and prev.text != "-":
            break
    return False


def _colour_before_make_and_model(tok, lex: Lexicon) -> bool:
    doc = tok.doc
    if tok.i + 2 >= len(doc) or tok.lower_ not in lex.vehicle_context:
        return False
    make, model = doc[tok.i + 1], doc[tok.i + 2]
    return make.lower_ in lex.vehicle_makes and (model.text[:1].isupper() or model.like_num)


# A rare word the NER calls a people, read as a name unless a place's word stands beside it
# ("an address on Bennetthorpe", "Kemptown incall") or it ends as a demonym does ("Cumbrian")
_PLACE_PREPOSITIONS = {"on", "in", "at", "near", "from", "to", "off", "of", "around", "round", "outside", "the"}
_PLACE_WORDS_AFTER = {"incall", "incalls", "outcall", "outcalls", "area", "based", "side", "way", "centre", "center"}
_DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "ite", "ic", "ani", "ans")
# NER labels a first name is misread as: a nationality ("where Kian and Lacey go to school"),
# or part of a date, a count or a law around it ("seen by Liv last week", "Jem 2 nights ago")
_MISREAD_AS = {"NORP", "DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "MONEY", "PERCENT", "LAW"}


def _surname_of_misread_name(tok, lex: Lexicon, low: str) -> bool:
    """The second word of a people's label whose first is a first name ("Mindaugas Petrauskas"):
    a rare proper noun that is no demonym, place or car model, the last of the label."""
    head = tok.doc[tok.i - 1]
    last = tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
    if not last or head.ent_iob_ != "B" or head.lower_ not in lex.first_names or head.pos_ != "PROPN":
        return False
    return tok.pos_ == "PROPN" and _rare_and_no_people(tok, lex, low)


def _rare_and_no_people(tok, lex: Lexicon, low: str) -> bool:
    """A rare word that is no demonym ("Cumbrian", "Fujianese"), town or car model: what a people's
    label the NER gave may hide a name in."""
    described = low.endswith(_DEMONYM_ENDS) or lex.is_place(tok.text) or lex.is_vehicle_model(tok.text)
    return not described and zipf_frequency(low, "en") < RARE_WORD_ZIPF


def _misread_name(tok, lex: Lexicon) -> bool:
    """A first name the NER took for something else (`_MISREAD_AS`): a proper noun (or, for a
    nationality, any word) of the first-name lists that is no listed non-name (months, days); or
    a rare proper noun alone in a people's label that no list of peoples has (stop 45)."""
    low = tok.text.lower()
    not_name = lex.is_not_name_at(doc_text(tok.doc), tok.idx, tok.idx + len(tok.text))
    if tok.ent_type_ not in _MISREAD_AS or not_name:
        return False
    if low not in lex.first_names:
        # a rare proper noun read as a people that no list of peoples has ("volunteer Amna"):
        # a name (stop 45); the peoples a record names are listed (lexicon.yaml `peoples`)
        if tok.ent_iob_ == "I":
            # "Mindaugas Petrauskas, 46," read as a people: a surname after a first name (stop 46)
            return _surname_of_misread_name(tok, lex, low)
        runs_on = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"
        if runs_on:
            return False  # "Whitmore Reans": a place's two words, not a name
        placed = tok.i > 0 and tok.doc[tok.i - 1].lower_ in _PLACE_PREPOSITIONS  # "an address on Bennetthorpe"
        nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
        placed = placed or nxt in _PLACE_WORDS_AFTER  # "Kemptown incall"
        # a demonym, a town, a car model, a word quoted as written ("tattoo 'Família'"): no name
        named = _rare_and_no_people(tok, lex, low) and not _quoted(tok)
        return tok.ent_type_ == "NORP" and tok.pos_ == "PROPN" and not placed and named
    return tok.ent_type_ == "NORP" or tok.pos_ == "PROPN"
