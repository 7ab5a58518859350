"""The offender's description as structured data (patterns/description.yaml).

Read from the offender description field and from the clauses of the narrative that
describe the offender (see the patterns file for which clauses count). Values are kept as
written (lower case) with numbers where they exist: an age range ("late 50s" -> 57-59,
"about 30" -> 28-32) and a height in centimetres ("5ft 10" -> 178).

Nothing the redaction took out comes back: every text value must appear, as written, in
the redacted text, or it is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from common.sources import is_advert
from processors.matchers import SentenceIndex, load_file

FIELDS = ("sex", "age", "age_min", "age_max", "height", "height_cm", "build", "hair", "facial_hair", "ethnicity",
          "accent", "clothing", "marks", "vehicle")  # fmt: skip
_FEET = (4, 7)  # the feet of a height, written as a digit or a number word
# A decade word counted like notes ("two twenties", "a couple of fifties"): money, not an age.
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|few|couple of|\d+)\s+$", re.I)
# ... or notes told by what is wrong with them or how he paid ("paid me in fake 20s", "his 'special' twenties",
# "counterfeit 50s"; stop 44, linkage dev_t): money, not an age
_NOTES = re.compile(
    r"\b(?:fake|counterfeit|forged|dodgy|funny|moody|snide|crisp|scottish|special|paid(?: \w+)? (?:in|with))"
    r"['\"’”]?\s+$",
    re.I,
)
# Words around a nation that make it his voice or the script of a tattoo, not his people (stop 44)
_VOICE_WORDS = frozenset({"accent", "accents", "voice", "sounded", "sounds", "sounding", "twang"})
_SCRIPT_WORDS = frozenset(
    {"tattoo", "tattoos", "tattooed", "tat", "tats", "writing", "written", "script", "lettering", "inked"}
)
_SCRIPT_AFTER = _SCRIPT_WORDS | {"language", "words", "letters"}
_SCRIPT_CUES = frozenset({"was", "is", "in", "not", "means", "meant", "says", "said", "reads"})
HEIGHT_CM = re.compile(r"(?<![\w£])(?P<cm>1[4-9]\d|2[01]\d)\s*cm\b", re.IGNORECASE)
HEIGHT_M = re.compile(r"(?<![\w£.])(?P<m>[12])[.,](?P<dm>\d{1,2})\s*m\b", re.IGNORECASE)


@dataclass
class Description:
    values: dict[str, Any] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)

    def put(self, name: str, value: Any) -> bool:
        if value in (None, "", []) or self.values.get(name) not in (None, "", []):
            return False
        self.values[name] = value
        return True

    def as_record(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: self.values.get(k) for k in FIELDS}
        out["marks"] = list(self.values.get("marks") or [])
        out["evidence"] = list(dict.fromkeys(self.evidence))
        return out


# Parts of him a colour word may tell dirty, not his people ("hands black with oil").
_DIRTY_PARTS = frozenset({"hand", "hands", "nails", "fingernails", "fingers", "fingertips", "knuckles", "palms"})
# A thing whose colour is told after it ("roof is black", "the car was white"): no people (stop 56, linkage dev_zf:
# "small silver car, roof is black" read him as black)
_COLOURED_THINGS = frozenset({"roof", "top", "car", "van", "motor", "bonnet", "door", "doors", "window", "windows",
                              "wheels", "rims", "jacket", "coat", "hoodie", "shirt", "cap", "hat", "trousers", "jeans",
                              "trainers", "shoes", "boots", "bag", "gloves", "mask"})  # fmt: skip
_COLOUR_VERBS = frozenset({"is", "was", "are", "were", "all", "painted"})


class DescriptionParser:
    def __init__(self, nlp: Language, name: str = "description.yaml") -> None:
        data = load_file(name)
        self.male = {w.lower() for w in data["sex"]["male"]}
        self.female = {w.lower() for w in data["sex"]["female"]}
        self.hair_colours = {w.lower() for w in data["hair_colours"]}
        self.hair_styles = {w.lower() for w in data["hair_styles"]}
        self.decades = {k.lower(): int(v) for k, v in data["decades"].items()}
        self.decade_parts = {k.lower(): (int(v[0]), int(v[1])) for k, v in data["decade_parts"].items()}
        self.number_words = {k.lower(): int(v) for k, v in data["number_words"].items()}
        self.age_words = {k.lower(): (int(v[0]), int(v[1])) for k, v in (data.get("age_words") or {}).items()}
        self._height_patterns()
        self.approx = {w.lower() for w in data["approx_words"]}
        # a note's line that says whose description follows ("Desc: M, 55-65, ..."): his
        labels = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in data["labels"]), key=len, reverse=True))
        self.label_rx = re.compile(rf"^\W*(?:{labels})\s*[:\-\u2013]", re.IGNORECASE)
        self.margin = int(data.get("approx_margin", 2))
        who = data["who"]
        self.person_nouns = _words(who["person_nouns"])
        self.offender_roles = _words(who["offender_roles"])
        self.role_nouns = self.offender_roles | _words(who["other_role_nouns"])
        self.offender_acts = _words(who["offender_acts"])
        self.other_offender = _words(who["other_offender"])
        self.breaks = _words(data["breaks"])
        self.intensifiers = _words(data["intensifiers"])
        self.accent_skip = _words(data["accent_skip"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        groups = {
            "ETHNICITY": data["ethnicity"],
            "BUILD": data["build"],
            "HAIR": data["hair_words"],
            "HAIRNOUN": ["hair"],
            "FACIAL": data["facial_hair"],
            "CLOTHING": data["clothing"],
            "MARK": data["marks"],
            "ACCENT": ["accent"],
        }
        with nlp.select_pipes(disable=nlp.pipe_names):
            for label, words in groups.items():
                self.matcher.add(label, list(nlp.pipe([str(w).lower() for w in words])))
        self.vocab = nlp.vocab
        parts = "|".join(sorted((re.escape(p) for p in self.decade_parts), key=len, reverse=True))
        decades = "|".join(self.decades)
        self.age_decade = re.compile(
            rf"\b(?:(?:in\s+(?:his|her|their)\s+)?(?P<part>{parts})[\s-]+)?(?:in\s+(?:his|her|their)\s+)?"
            rf"(?:(?P<dec>[1-9]0)'?s|(?P<word>{decades}))\b",
            re.IGNORECASE,
        )
        approx = "|".join(sorted((re.escape(a) for a in self.approx), key=len, reverse=True))
        # "about 30", a note's "~40", and "c.50" (an abbreviation needs no space after its dot)
        self.age_approx = re.compile(
            rf"(?:\b(?:{approx})\s+|\b(?:{approx})(?<=\.)|(?<!\w)~\s*)(?P<n>[1-9]\d)\b"
            r"(?!\s*(?:ft|foot|cm|%|mins?|minutes|pm|am))",
            re.IGNORECASE,
        )
        # a clock time or a date ("approx 23:00", "02/04", "at 21.30"): its numbers are no age
        self.time_or_date = re.compile(r"\b\d{1,2}(?:[:.]\d{2}\b|/\d{1,2}(?:/\d{2,4})?\b)|\b\d{1,2}/\d{1,2}\b")
        self.age_ish = re.compile(r"\b(?P<n>[1-9]\d)\s*-?\s*ish\b", re.IGNORECASE)
        self.age_range = re.compile(r"\b(?P<a>[1-9]\d)\s*(?:-|–|to)\s*(?P<b>[1-9]\d)\b(?!\s*(?:mins|minutes|pm|am|:))",
                                    re.IGNORECASE)  # fmt: skip
        # not a duration: "taught for 35 yrs", "married over 30 years" (stop 48, linkage dev_s)
        self.age_years = re.compile(
            r"(?<!\bfor )(?<!\bover )\b(?P<n>[1-9]\d)\s*(?:years?\s*old|yrs?\s*old|yrs|yo|y/o)\b", re.IGNORECASE
        )
        self.age_bare = re.compile(r"(?:^|,)\s*(?P<n>[1-9]\d)\s*(?=,|\.|$|;)")
        # "70 odd", "60-odd": the decade and the years over it (not money: "£50 odd", "50 odd quid")
        self.age_odd = re.compile(
            r"(?<![£$€\d])\b(?P<n>[1-9]0)\s*-?\s*odd\b"
            r"(?!\s*(?:quid|pounds?|notes?|mins?|minutes|miles?|times?|years? ago))",
            re.IGNORECASE,
        )

    def _height_patterns(self) -> None:
        """A height in feet and inches ("6ft 2", "six foot two"), and the cheap test that a
        sentence may hold an age or a height at all (a digit, a decade word, "six f...")."""
        numbers = sorted(self.number_words, key=self.number_words.__getitem__)
        feet = "|".join(w for w in numbers if _FEET[0] <= self.number_words[w] <= _FEET[1])
        inches = "|".join(numbers)
        self.height_ft = re.compile(
            rf"(?<![\w£])(?:about\s+|around\s+)?(?P<ft>[{_FEET[0]}-{_FEET[1]}]|{feet})\s*(?:ft|foot|feet|f|')\.?"
            rf"(?:\s*(?P<in>\d{{1,2}}|{inches})\s*(?:in(?:ch(?:es)?)?|\"|'')?)?(?![\w])",
            re.IGNORECASE,
        )
        old = "|".join(sorted((re.escape(w) for w in self.age_words), key=len, reverse=True))
        # an age told in words: "elderly", "a pensioner" (`age_words`)
        self.age_word = re.compile(rf"\b(?:{old})\b", re.IGNORECASE)
        self.may_hold_numbers = re.compile(
            rf"\d|{'|'.join(self.decades)}|\b(?:{feet}) (?:f|')|{self.age_word.pattern}", re.IGNORECASE
        )

    # -- public ---------------------------------------------------------------------------
    def parse(
        self,
        doc: Doc,
        text_end: int,
        field_start: int | None,
        sents: SentenceIndex,
        source: str,
        offender_names: set[str],
        redacted: str,
    ) -> Description | None:
        desc = Description()
        subjects: list[str] = []  # offender subjects of the clauses read ("man", "woman")
        low_redacted = redacted.lower()
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        by_sentence: dict[int, list[tuple[str, int, int]]] = {}
        for match_id, start, end in matches:
            by_sentence.setdefault(sents.of(start), []).append((self.vocab.strings[match_id], start, end))
        sentences = list(doc.sents)
        # The description field first: it is about the offender by definition.
        if field_start is not None:
            for i, sent in enumerate(sentences):
                if sent.start_char >= field_start:
                    self._read(desc, doc, sent, by_sentence.get(i, []), low_redacted, None)
            if desc.values:
                desc.evidence.append("offender.description")
        previous_offender = False
        for i, sent in enumerate(sentences):
            if sent.end_char > text_end:
                break
            found = by_sentence.get(i, [])
            before = dict(desc.values)
            attribution = partial(self._about_offender, offender_names=offender_names, subjects=subjects)
            fragment_ok = not is_advert(source) or previous_offender
            self._read(desc, doc, sent, found, low_redacted, attribution, fragment_ok=fragment_ok)
            if desc.values != before:
                desc.evidence.append(f"description:narrative @ sentence {i + 1}")
            previous_offender = self._offender_subject(sent, offender_names)
        if not any(k != "sex" for k in desc.values):
            return None
        self._sex_otherwise(desc, doc, text_end, subjects)
        return desc

    def _sex_otherwise(self, desc: Description, doc: Doc, text_end: int, subjects: list[str]) -> None:
        """A sex the description did not give: from the clauses' offender subjects ("the man"),
        else from the whole record."""
        for word in subjects:
            if "sex" not in desc.values and word in self.male | self.female and word not in ("he", "him", "his", "she"):
                desc.values["sex"] = "male" if word in self.male else "female"
        if "sex" not in desc.values and (sex := self._record_sex(doc, text_end)):
            desc.values["sex"] = sex

    # -- reading one sentence -----------------------------------------------------------------
    def _read(self, desc, doc, sent, found, low_redacted, attribution, fragment_ok: bool = True) -> None:
        def ok(token: Token) -> bool:
            if attribution is None:
                return True
            verdict = attribution(token)
            return verdict == "offender" or (verdict is None and fragment_ok)

        def keep(text: str, written: str | None = None) -> str | None:
            """The value, if the words it comes from are still in the redacted text."""
            text = " ".join(text.lower().split())
            written = " ".join((written or text).lower().split())
            return text if text and written in low_redacted else None

        clothing_words = {label_start for label, label_start, _ in found if label == "CLOTHING"}
        hair_words = {label_start for label, label_start, _ in found if label == "HAIR"}
        done_until = -1

        for label, start, end in found:
            if start < done_until:
                continue
            if label in ("CLOTHING", "HAIR"):  # "red Puffa jacket", "hi-vis vests", "blonde bob"
                same = clothing_words if label == "CLOTHING" else hair_words
                while end < sent.end and (end in same or (doc[end].text == "-" and end + 1 in same)):
                    end += 1
                done_until = end
            if ok(doc[start:end].root):
                self._read_hit(desc, doc, sent, label, start, end, keep)
        self._sex_word(desc, sent, ok)
        if self.may_hold_numbers.search(sent.text):
            self._age(desc, sent, ok, keep)
            self._height(desc, sent, ok, keep)

    def _read_hit(
        self,
        desc: Description,
        doc: Doc,
        sent: Span,
        label: str,
        start: int,
        end: int,
        keep: Callable[..., str | None],
    ) -> None:
        """One description hit of a sentence, about the offender, put in its field."""
        span = doc[start:end]
        if label == "ETHNICITY" and self._describes_person(doc, end) and not self._a_voice_or_a_script(doc, start, end):
            desc.put("ethnicity", keep(span.text))
            self._sex_after(desc, doc, end)
        elif label == "BUILD" and self._stands_alone(doc, end):
            left = start - 1 if start > sent.start and doc[start - 1].lower_ in self.intensifiers else start
            desc.put("build", keep(doc[left:end].text.replace(" build", "")))
            self._sex_after(desc, doc, end)
        elif label == "HAIRNOUN":
            value, first, last = self._hair_before(doc, start, sent.start, end)
            desc.put("hair", keep(value, doc[first:last].text))
        elif label == "HAIR" and not (end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].lower_ != "hair"):
            desc.put("hair", keep(self._modifiers(doc, start, sent.start, self.hair_colours | self.hair_styles)
                                  + span.text))  # fmt: skip
        elif label == "FACIAL":
            desc.put("facial_hair", keep(self._left_words(doc, start, sent.start) + span.text))
        elif label == "ACCENT":
            desc.put("accent", keep(self._accent(doc, start, sent.start)))
        elif label == "CLOTHING" and self._worn(doc, start, end):
            text = self._left_words(doc, start, sent.start) + span.text + self._with_after(doc, end, sent.end)
            desc.put("clothing", keep(text))
        elif label == "MARK":
            text = self._left_words(doc, start, sent.start) + span.text + self._mark_after(doc, end, sent.end)
            if (mark := keep(text)) and mark not in (desc.values.get("marks") or []):
                desc.values.setdefault("marks", []).append(mark)

    def _sex_word(self, desc: Description, sent: Span, ok: Callable[[Token], bool]) -> None:
        """The offender's sex from a description word of the sentence ("Asian male")."""
        for token in sent:
            if "sex" in desc.values:
                break
            low = token.lower_
            sex_word = (low in self.male or low in self.female) and token.pos_ in ("NOUN", "PROPN", "ADJ")
            if sex_word and self._names_offender(token) and ok(token):
                desc.put("sex", "male" if low in self.male else "female")

    def _names_offender(self, token: Token) -> bool:
        """'male'/'man' as a description word ("Asian male", "Older man, 60s"), not "a man came"."""
        return token.dep_ in ("ROOT", "appos", "conj", "attr", "npadvmod", "dep", "amod", "compound") or (
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in (",", ".")
        )

    def _sex_after(self, desc: Description, doc: Doc, end: int) -> None:
        if end < len(doc):
            nxt = doc[end].lower_
            if nxt in self.male:
                desc.put("sex", "male")
            elif nxt in self.female:
                desc.put("sex", "female")

    def _describes_person(self, doc: Doc, end: int) -> bool:
        """'white male', 'white, 30s', 'is white.' - not 'white hair', 'a white Golf'."""
        if self._after_preposition(doc, end) or self._a_colour_of_a_thing(doc, end):
            return False
        if end >= len(doc):
            return True
        nxt = doc[end]
        return nxt.lower_ in self.person_nouns or nxt.lower_ in self.breaks or nxt.is_punct

    @staticmethod
    def _a_voice_or_a_script(doc: Doc, start: int, end: int) -> bool:
        """A nation heard in his voice or written on his skin, not his people: "his accent
        sounded South African", "a tattoo ... that he said was Welsh", "not English, he told me
        it was Welsh", "words in Welsh language" (stop 44, linkage dev_t)."""
        if start > 0 and doc[start - 1].lower_ == "south":
            return True
        if end < len(doc) and doc[end].lower_ in _SCRIPT_AFTER:
            return True
        sent = doc[start].sent
        near = doc[max(sent.start, start - 2) : start]
        if any(t.lower_ in _VOICE_WORDS for t in near) and not any(t.is_punct for t in near):
            return True  # "sounded Polish", "his accent sounded South African"; not "gravelly voice, Asian"
        # a script word earlier in the sentence and the nation told as what it is ("that he said was Welsh",
        # "'not English'"); not "tattoo on his neck, white male"
        cued = start > sent.start and doc[start - 1].lower_ in _SCRIPT_CUES
        return cued and bool({t.lower_ for t in doc[max(sent.start, start - 12) : start]} & _SCRIPT_WORDS)

    def _a_colour_of_a_thing(self, doc: Doc, end: int) -> bool:
        """A colour of two in a pattern ("a black n white checked roof", "black/white") or of
        his dirty hands ("hands black with oil", "hand very black, like engine", "nails stained
        black"): no people (stop 40, linkage dev_p)."""
        pair = doc[end : end + 2]
        if len(pair) == 2 and pair[0].lower_ in ("and", "n", "&", "/", "'n'") and pair[1].lower_ in self.hair_colours:
            return True
        # a thing's colour told after it, "is" or "was" between or nothing ("roof is black", "windows all black")
        j = end - 2
        while j >= max(0, end - 4) and doc[j].lower_ in _COLOUR_VERBS:
            j -= 1
        if j >= 0 and j < end - 1 and doc[j].lower_ in _COLOURED_THINGS:
            return True
        i = end - 2
        while i >= max(0, end - 5) and not doc[i].is_punct:
            if doc[i].lower_ in _DIRTY_PARTS:
                return True
            i -= 1
        return False

    @staticmethod
    def _after_preposition(doc: Doc, end: int) -> bool:
        """A place or a colour worn, not a people: "bein in the army n afghan", "dressed in
        black" (a preposition before it in its phrase, no comma between)."""
        i = end - 2
        while i >= max(0, end - 6) and not doc[i].is_punct and not doc[i].is_sent_end:
            if doc[i].lower_ in ("in", "to", "at", "into"):
                return True
            i -= 1
        return False

    def _stands_alone(self, doc: Doc, end: int) -> bool:
        if end >= len(doc):
            return True
        nxt = doc[end]
        return nxt.lower_ in self.person_nouns or nxt.lower_ in self.breaks or nxt.is_punct or nxt.lower_ == "build"

    def _left_words(self, doc: Doc, start: int, limit: int) -> str:
        """Modifiers before a noun: 'grey Nike', 'red Puffa', 'big white', 'neck', 'hi-vis'."""
        i = start
        while i - 1 >= limit and i - start > -4:
            t = doc[i - 1]
            if t.text == "-" and i - 2 >= limit and doc[i - 2].is_alpha:
                i -= 2
                continue
            if t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") and t.is_alpha and t.lower_ not in self.person_nouns:
                i -= 1
                continue
            break
        return doc[i:start].text + " " if i < start else ""

    def _modifiers(self, doc: Doc, start: int, limit: int, allowed: set[str]) -> str:
        i = start
        while i - 1 >= limit and doc[i - 1].lower_ in allowed:
            i -= 1
        return doc[i:start].text + " " if i < start else ""

    def _hair_before(self, doc: Doc, start: int, limit: int, end: int) -> tuple[str, int, int]:
        """'short brown hair' -> 'short brown'; 'dark hair going grey' -> 'dark going grey'
        (and the token span the value was read from)."""
        words = self._modifiers(doc, start, limit, self.hair_colours | self.hair_styles).strip()
        first = start - len(words.split()) if words else start
        last = end
        if end + 1 < len(doc) and doc[end].lower_ == "going" and doc[end + 1].lower_ in self.hair_colours:
            words = f"{words} going {doc[end + 1].lower_}".strip()
            last = end + 2
        return words, first, last

    @staticmethod
    def _worn(doc: Doc, start: int, end: int) -> bool:
        """Clothing worn: not "on top of", not "Cardigan Road", not "in his jacket pocket"."""
        last = doc[end - 1]
        if last.pos_ == "PROPN" and not any(t.pos_ in ("ADJ", "NOUN") for t in doc[max(0, start - 2) : start]):
            return False
        nxt = doc[end].lower_ if end < len(doc) else ""
        if nxt in ("of", "pocket", "pockets", "road", "street", "lane"):
            return False
        return not (start > 0 and doc[start - 1].lower_ in ("his", "her", "my", "their") and nxt != ",")

    def _accent(self, doc: Doc, start: int, limit: int) -> str:
        words: list[str] = []
        i = start - 1
        while i >= limit and len(words) < 2 and doc[i].is_alpha and doc[i].lower_ not in self.accent_skip:
            if doc[i].pos_ not in ("ADJ", "PROPN", "NOUN"):
                break
            words.insert(0, doc[i].text)
            i -= 1
        return " ".join(words)

    def _with_after(self, doc: Doc, end: int, limit: int) -> str:
        """'a work uniform with a logo'."""
        if end + 1 < limit and doc[end].lower_ == "with" and doc[end + 1].lower_ in ("a", "an", "the"):
            j = end + 2
            while j < limit and j - end < 5 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN"):
                j += 1
            if j > end + 2:
                return " " + doc[end:j].text
        return ""

    def _mark_after(self, doc: Doc, end: int, limit: int) -> str:
        """'tattoo of a rose on his neck', 'scar through left eyebrow'."""
        j = end
        while j < limit and j - end < 9:
            t = doc[j]
            if t.lower_ in (",", ".", ";", "and", "but", "who", "(", ")") or t.pos_ in ("VERB", "AUX"):
                break
            j += 1
        if j > end and doc[end].lower_ in ("of", "on", "through", "across", "above", "below", "under", "down", "over",
                                           "in", "behind", "near", "between", "saying"):  # fmt: skip
            return " " + doc[end:j].text
        return ""

    # -- age and height ---------------------------------------------------------------------
    def _age(self, desc: Description, sent: Span, ok, keep) -> None:
        if desc.values.get("age_min") is not None:
            return
        text = sent.text
        base = sent.start_char
        doc = sent.doc

        def token_at(offset: int) -> Token | None:
            span = doc.char_span(base + offset, base + offset + 1, alignment_mode="expand")
            return span[0] if span is not None and len(span) else None

        for offset, written, lo, hi in sorted(self._age_candidates(text)):
            token = token_at(offset)
            if token is None or not ok(token) or not (10 <= lo <= hi <= 99):
                continue
            if (value := keep(written.strip())) is None:
                continue
            desc.put("age", value)
            desc.values["age_min"], desc.values["age_max"] = lo, hi
            return

    def _age_candidates(self, text: str) -> list[tuple[int, str, int, int]]:
        """(offset, words as written, lowest, highest) of every way the sentence may give an age."""
        candidates: list[tuple[int, str, int, int]] = []
        for m in self.age_decade.finditer(text):
            if m.group("word") and not m.group("part") and _COUNTED.search(text[: m.start()]):
                continue  # "two twenties from the Clydesdale Bank": notes, no age
            if not m.group("part") and _NOTES.search(text[: m.start()]):
                continue  # "paid me in fake 20s": notes, no age
            decade = int(m.group("dec")) if m.group("dec") else self.decades[m.group("word").lower()]
            part = (m.group("part") or "").lower()
            lo, hi = self.decade_parts.get(part, (0, 9))
            if decade == 10 and not part:
                lo = 3
            candidates.append((m.start(), m.group(0), decade + lo, decade + hi))
        for rx in (self.age_approx, self.age_ish):
            for m in rx.finditer(text):
                n = int(m.group("n"))
                candidates.append((m.start(), m.group(0), n - self.margin, n + self.margin))
        for m in self.age_range.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if 14 <= a < b <= 95 and b - a <= 20:
                candidates.append((m.start(), m.group(0), a, b))
        for m in self.age_years.finditer(text):
            n = int(m.group("n"))
            candidates.append((m.start(), m.group(0), n, n))
        candidates += self._age_in_words(text)
        for m in self.age_bare.finditer(text):
            n = int(m.group("n"))
            if 16 <= n <= 90:
                candidates.append((m.start("n"), m.group("n"), n, n))
        # none that is part of a clock time or a date ("02/04 approx 23:00" is no age of 21-25)
        clock = [(m.start(), m.end()) for m in self.time_or_date.finditer(text)]
        return [c for c in candidates if not any(c[0] < end and start < c[0] + len(c[1]) for start, end in clock)]

    def _age_in_words(self, text: str) -> list[tuple[int, str, int, int]]:
        """An age told in words: "70 odd" (70-79), "elderly" (`age_words`; stop 48, linkage dev_x)."""
        found = [(m.start(), m.group(0), int(m.group("n")), int(m.group("n")) + 9) for m in self.age_odd.finditer(text)]
        for m in self.age_word.finditer(text):
            lo, hi = self.age_words[m.group(0).lower()]
            found.append((m.start(), m.group(0), lo, hi))
        return found

    def _number(self, text: str | None) -> int | None:
        if text is None:
            return None
        low = text.lower()
        if low.isdigit():
            return int(low)
        return self.number_words.get(low)

    def _height(self, desc: Description, sent: Span, ok, keep) -> None:
        if desc.values.get("height_cm") is not None:
            return
        text = sent.text
        doc = sent.doc
        found: list[tuple[int, str, int]] = []
        for m in self.height_ft.finditer(text):
            feet = self._number(m.group("ft"))
            inches = self._number(m.group("in")) if m.group("in") else 0
            if feet is None or inches is None or inches > 11:
                continue
            found.append((m.start(), m.group(0), round((feet * 12 + inches) * 2.54)))
        for m in HEIGHT_CM.finditer(text):
            found.append((m.start(), m.group(0), int(m.group("cm"))))
        for m in HEIGHT_M.finditer(text):
            found.append((m.start(), m.group(0), int(m.group("m")) * 100 + int(m.group("dm").ljust(2, "0"))))
        for offset, written, cm in sorted(found):
            span = doc.char_span(sent.start_char + offset, sent.start_char + offset + 1, alignment_mode="expand")
            if span is None or not ok(span[0]) or not 120 <= cm <= 230:
                continue
            if (value := keep(written.strip())) is not None:
                desc.put("height", value)
                desc.values["height_cm"] = cm
                return

    # -- attribution ------------------------------------------------------------------------
    def _about_offender(self, token: Token, offender_names: set[str], subjects: list[str]) -> str | None:
        """'offender' when the clause of `token` is about the offender, 'other' when it is about
        someone else, None for a fragment with no subject."""
        if _describes_him(token.sent) or self.label_rx.match(token.sent.text):
            return "offender"
        verb = _verb_above(token)
        if verb is None:
            return None
        lo, hi = sorted((token.i, verb.i))
        if any(t.text in (".", "!", "?", ";") for t in token.doc[lo:hi]):
            return None  # the parser joined two sentences (text written without capitals)
        for _ in range(4):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i != token.i and self._personal(subject):
                side = self._side_of(subject, offender_names)
                if side == "offender":
                    subjects.append(subject.lower_)
                return side
            if subject is None and verb.dep_ not in ("conj", "xcomp", "advcl", "relcl", "acl", "amod"):
                break
            if verb.head is verb:
                break
            if verb.dep_ in ("relcl", "acl"):
                return self._side_of(verb.head, offender_names)
            verb = verb.head
        return None

    def _personal(self, subject: Token) -> bool:
        """Can this subject be a person ("he", "Dazza", "the man"), not "hair", "it"?"""
        if subject.pos_ == "PRON":
            return subject.lower_ not in ("it", "this", "that", "which", "what")
        return (
            subject.pos_ == "PROPN"
            or subject.lower_ in self.person_nouns
            or subject.lower_ in self.male | self.female
            or (subject.lower_ in self.role_nouns)
        )

    def _side_of(self, subject: Token, offender_names: set[str]) -> str:
        low = subject.lower_
        if any(c.lower_ in self.other_offender for c in subject.children) or (
            subject.i > 0 and subject.doc[subject.i - 1].lower_ in self.other_offender
        ):
            return "other_offender"
        if low in ("he", "they", "him", "both", "one") or low in self.male - {"his"}:
            return "offender"
        words = " ".join(t.lower_ for t in subject.subtree)
        if any(n and n in words for n in offender_names):
            return "offender"
        if low in self.offender_roles or low in ("male", "males"):
            return "offender"
        if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in self.offender_acts for c in subject.children):
            return "offender"  # "the woman who runs the flat", "the man who attacked her"
        return "other"

    def _offender_subject(self, sent: Span, offender_names: set[str]) -> bool:
        return any(t.dep_ in ("nsubj", "nsubjpass") and self._side_of(t, offender_names) == "offender" for t in sent)

    @staticmethod
    def _record_sex(doc: Doc, text_end: int) -> str | None:
        """The offender's sex when the description does not say it: male when the narrative
        speaks of him ("he", "the man"), else unknown."""
        for t in doc:
            if t.idx >= text_end:
                break
            if t.lower_ in ("he", "him", "his", "man", "men", "guy", "bloke", "lad", "male"):
                return "male"
        return None


def _words(words: list[str]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


def _describes_him(sent: Span) -> bool:
    """A sentence that says it describes the offender ("she described him as", "Described as")."""
    for t in sent:
        if t.lemma_.lower() == "describe" and any(c.lower_ in ("him", "them") or c.dep_ == "agent" for c in t.children):
            return True
        if t.lower_ == "described" and t.i == sent.start:
            return True
    return False


def _verb_above(token: Token) -> Token | None:
    """The verb (or auxiliary) `token` hangs on, at most six steps up; None: none there."""
    verb: Token | None = token
    for _ in range(6):
        if verb is None or verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head if verb.head is not verb else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb
