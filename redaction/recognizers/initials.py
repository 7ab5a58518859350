"""A person's initials in case notes: "Client (GT, w/n Lacey) reports...", "SW disclosed...".

Partner and NUM staff write the worker's initials where a name would go. Two or three
capitals standing alone (optionally dotted: "A.G.") are a PERSON candidate unless the
lexicon lists them as an acronym (ISVA, GP, CCTV, ...); the role rules and the role model
then decide whose they are, and by default they are redacted.
"""

from __future__ import annotations

import regex as re
from spacy.tokens import Doc
from wordfreq import zipf_frequency

from redaction.lexicon import Lexicon
from redaction.recognizers.base import DocPersonRecognizer, make_result

NAME = "InitialsRecognizer"
SCORE = 0.6
SURE_SCORE = 0.9
_INITIALS = re.compile(
    r"(?<![\w@#/&.'\u2019-])(?:[A-Z]\.){2,3}(?!\w)|(?<![\w@#/&.'\u2019-])[A-Z]{2,3}(?![\w@/&-])(?!['\u2019](?!s\b))"
)


# Staff who worked a shift together, their initials joined by a slash ("Team JH/RB")
_SLASH_PAIR = re.compile(r"(?<![\w@#/&.'\u2019-])([A-Z]{2,3})/([A-Z]{2,3})(?![\w@/&-])")
# Two people's initials joined in brackets ("Outreach visit 02/10 (BW + RT)"): where one of them
# is no acronym, both are initials, whatever abbreviation the other also spells (stop 36)
_BRACKET_PAIR = re.compile(r"\(\s*([A-Z]{2,3})\s*[+&/]\s*([A-Z]{2,3})\s*\)")
# What only a member of staff does, after her initials in a note's plan ("Plan: DM to liaise
# with outreach"): the letters are someone's, whatever abbreviation they also spell
_STAFF_ACTION_AFTER = re.compile(
    r"[ \t]+(?:to|will)[ \t]+(?:liaise|contact|chase|visit|escalate|signpost|arrange|discuss|refer|follow[ \t]+up)\b"
)
# What the person a note is about does, after capitals opening its sentence ("DM attended script
# collection late", "KT disclosed"): her initials, whatever abbreviation they also spell; not
# what an agency does too ("CPS declined", "DWP confirmed"), nor a role's (`role_acronyms`: "GP attended")
_SUBJECT_ACTION_AFTER = re.compile(
    r"[ \t]+(?:attended|disclosed|presented|consents|consented|arrived|engaged|appeared|became|remains|was\s+seen)\b"
)
_PAIRED_AFTER = re.compile(r"[ \t]*(?:and|&|\+)[ \t]*(?P<other>[A-Z]{2,3})(?![\w@/&-])")
_PAIRED_BEFORE = re.compile(r"(?<![\w@#/&.'\u2019-])(?P<other>[A-Z]{2,3})[ \t]*(?:and|&|\+)[ \t]*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)$")
_ONE_INITIAL = re.compile(r"(?<![\w@#/&.'\u2019-])[A-Z]\.(?![\w.])")
# One dotted capital opening a sentence, or a log line's entry after its dash ("23:15 Bury Park
# – R. said"), before what a person does ("D. is from Medellin", "K. told us"): a note's way of
# writing the one it is about (stop 39)
_ONE_OPENS = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|\s[\u2013\u2014-]\s+)$")
_ONE_ACTS_AFTER = re.compile(
    r"[ \t]+(?:is|was|said|says|told|tells|reports?|reported|works?|worked|lives?|lived|has|had|wants?|wanted|"
    r"declined|disclosed|attended|described|stated|seemed|seems|came|went|got|feels?|felt|thinks?|thought|"
    r"asked|agreed|does|did|doesn['\u2019]t|didn['\u2019]t|isn['\u2019]t|wasn['\u2019]t|will|would|can|could)\b"
)
# One bare capital standing for her, quoted ("- 'C' reports punter ...") or opening a sentence
# with her age after it ("Z (Hungarian, 31) works ..."): not "A" or "I", words, nor "X", the
# platform (stop 57)
_ONE_BARE = re.compile(r"(?<![\w@#/&.'\u2019-])(?P<q>['\u2018\u2019\"]?)(?P<c>[B-HJ-WYZ])(?P=q)(?![\w.'\u2019&/@-])")


# one dotted capital joined to a first name ("two friends (S. and Mira)", "Mira & S."): one of the
# people named together, as she is (stop 59)
_AND_NAME_AFTER = re.compile(r"[ \t]+(?:and|&|\+)[ \t]+(?P<n>[A-Z][a-z]+)\b")
_NAME_AND_BEFORE = re.compile(r"\b(?P<n>[A-Z][a-z]+)[ \t]+(?:and|&|\+)[ \t]+$")

# a forwarded or replied email's subject prefix ("Subject: FW: Tenant concern")
_MAIL_PREFIX = re.compile(r"(?i)(?:fwd?|re)[ \t]*:")


class InitialsRecognizer(DocPersonRecognizer):
    NAME = NAME

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__(lexicon)
        labels = "|".join(sorted(self.lexicon.staff_labels, key=len, reverse=True))
        # "Worker: FK", "practitioner NB", "crisis worker (AM)", "(worker CM)": a member of
        # staff signing or named in a note, whatever abbreviation the letters also spell
        # and the others listed with them ("Staff: KM, PB + vol.", "workers SD & Niamh")
        others = r"(?:[A-Z]{2,3}[ \t]*(?:,|&|\+|\band\b)[ \t]*){0,3}"
        # ("Staff on: AR, JD", "Vols on shift - KM"): the shift's staff
        # (not "interpreter on NUM line": the shift's "on" only before a colon or a dash)
        on = r"[ \t]+on(?:[ \t]+(?:shift|duty|tonight|today))?[ \t]*[:\-\u2013\u2014]"
        staff = rf"(?i:\b(?:{labels})s?)(?:{on}|[ \t]*[:(,\-\u2013\u2014]?)[ \t]*{others}$"
        self._staff_before = re.compile(staff) if labels else None
        # the roles and labels a note writes in capitals ("SU attended", "GP attended"): never initials
        plain = {w for w in (*self.lexicon.subject_labels, *self.lexicon.staff_labels) if w.isalpha()}
        self._labels = frozenset(self.lexicon.role_acronyms) | plain
        subjects = "|".join(sorted(self.lexicon.subject_labels, key=len, reverse=True))
        # "Pt (TV)", "Client: SW (working name ...)", "Two women (KD and ST)", "Three women
        # separately (AM, CJ, 'Pinky')": the label, a word, then a colon or a bracket
        # or the capitals right after the label ("Client GP (44 ...)", "Resident LAC")
        subject = rf"(?i:\b(?:{subjects}))(?:(?:[ \t]+[a-z]+)?[ \t]*[:(]|[ \t]+)[ \t]*{others}$"
        self._subject_before = re.compile(subject) if subjects else None
        # ... or the label in brackets right after them: "DM (client, 07700 ...) disclosed" (stop 50)
        self._subject_after = re.compile(rf"[ \t]*\([ \t]*(?i:{subjects})\b(?!\s*[a-z]*\s*[)])") if subjects else None

    def _beside_a_name(self, text: str, m: re.Match) -> bool:
        after = _AND_NAME_AFTER.match(text, m.end())
        before = _NAME_AND_BEFORE.search(text, max(0, m.start() - 20), m.start())
        return any(x is not None and x.group("n").lower() in self.lexicon.first_names for x in (after, before))

    def find(self, text: str, doc: Doc):
        if _mostly_capitals(text):
            return []  # an advert in capitals: every word would look like initials
        results = []
        matches = list(_INITIALS.finditer(text))
        # one dotted capital stands for a name only where a note introduces her with it ("Reporter (K.)")
        # or a note writes it again and again ("Saw K. again ... asked K. how she was")
        ones = list(_ONE_INITIAL.finditer(text))
        again = {g for g in {m.group() for m in ones} if sum(m.group() == g for m in ones) >= 2}
        matches += [
            m
            for m in ones
            if m.group() in again
            or self._introduced(text, m.start(), m.end())
            or _one_acts(text, m)
            or self._beside_a_name(text, m)
        ]
        matches.sort(key=lambda m: m.start())
        results += [
            make_result(self, "PERSON", m.start("c"), m.end("c"), SURE_SCORE, staff_initials=True)
            for m in _ONE_BARE.finditer(text)
            if _bare_is_someone(text, m)
        ]
        # capitals a note introduces with an age ("NB (29, rough sleeping ...)", "CD, 18,") or
        # in brackets after the one it is about ("Pt (TV)", "Client (AM)"): someone's initials
        # there and wherever else the note writes them ("NB consents"), whatever abbreviation
        # or title they spell ("DS (29, escort)")
        # (not a note's label for its subject: "SU, 30, Cornish" is the service user; stop 48)
        aged = {
            m.group()
            for m in matches
            if m.group().isupper()
            and m.group().lower() not in _LABELS_NOT_INITIALS
            and self._introduced(text, m.start(), m.end())
        }
        for m in matches:
            letters = m.group().replace(".", "").lower()
            staff = self._staff(text, m.start(), m.group()) or m.group() in aged
            # "Ms" is a title, but "Pharmacist: MS" in capitals after a staff label is her initials
            if self.lexicon.is_title(letters) and m.group() not in aged and not (staff and m.group().isupper()):
                continue
            acts = letters not in self._labels and self._acts(text, m.start(), m.end())  # "SU attended": the label
            paired = m.group().isupper() and not _capital_line(text, m.start()) and self._paired(text, m, doc)
            if self.lexicon.is_not_name(letters) and not staff and not acts and not paired:
                continue
            if (
                "." not in m.group()
                and doc.vocab[letters].is_stop
                and (not staff or _capital_line(text, m.start()))
                and not paired
            ):
                continue  # "FOR", "OF", "HE" in a headline in capitals: words, not initials
            if self._not_initials(text, m.start(), m.end()):
                continue
            if not staff and not acts and self._heading_word(text, m):
                continue
            # someone's for sure: outscores the NER's reading of the same letters, which the
            # acronym list would drop (Presidio keeps the higher of two equal spans)
            # (two people's initials joined, "AN and SZ", are as sure: the flag is read as "initials, not a word")
            sure = staff or paired
            score = SURE_SCORE if sure else SCORE
            results.append(make_result(self, "PERSON", m.start(), m.end(), score, staff_initials=sure))
        return results + self._pairs(text)

    def _pairs(self, text: str) -> list:
        """Two people's initials joined: staff of one shift ("Team JH/RB"), or two in brackets
        of which one is no acronym ("(BW + RT)")."""
        pairs = [m for m in _SLASH_PAIR.finditer(text) if self._staff(text, m.start(), m.group(1))]
        pairs += [m for m in _BRACKET_PAIR.finditer(text) if not all(self.lexicon.is_not_name(m[g]) for g in (1, 2))]
        return [
            make_result(self, "PERSON", m.start(g), m.end(g), SURE_SCORE, staff_initials=True)
            for m in pairs
            for g in (1, 2)
        ]

    def _heading_word(self, text: str, m: re.Match) -> bool:
        """Three capitals spelling a common word, beside another word in capitals: a heading's."""
        letters = m.group()
        low = letters.lower()
        if len(letters) < 3 or not letters.isalpha() or low in self.lexicon.first_names:
            return False
        if zipf_frequency(low, "en") < HEADING_WORD_ZIPF:
            return False
        return bool(
            _CAPS_WORD_AFTER.match(text, m.end()) or _CAPS_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        )

    def _paired(self, text: str, m: re.Match, doc: Doc) -> bool:
        """Capitals joined by "and", "&" or "+" to someone's initials that spell no word ("AN and
        SZ, friends"): two people's initials, though "an" is a word."""
        other = _PAIRED_AFTER.match(text, m.end()) or _PAIRED_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if other is None:
            return False
        return not self.lexicon.spells_a_word(other.group("other").lower(), doc.vocab)

    @staticmethod
    def _acts(text: str, start: int, end: int) -> bool:
        """Capitals opening a sentence before what the note's subject does ("DM attended")."""
        return bool(_SENTENCE_START.search(text, max(0, start - 3), start)) and bool(
            _SUBJECT_ACTION_AFTER.match(text, end)
        )

    def _introduced(self, text: str, start: int, end: int) -> bool:
        """Capitals with an age after them, or in brackets after the note's subject label, or
        with the label in brackets after them ("DM (client, ...)") (not a forwarded email's
        "Subject: FW:", whose label is no person's)."""
        if AGE_NEXT.match(text, end):
            return True
        if phone := _PHONE_NEXT.match(text, end):
            # "two women, PS (07700 900698) and her cousin": a person word before makes them
            # someone's, whatever else the letters spell; with none, a mobile after letters no
            # label spells ("LF (07700 900420) and her flatmate")
            if _PERSON_BEFORE.search(text, max(0, start - 40), start):
                return True
            letters = text[start:end].replace(".", "").lower()
            mobile = phone.group("n").replace(" ", "").startswith(("07", "+447", "447"))
            if letters not in self._labels and (mobile or not self.lexicon.is_not_name(letters)):
                return True
        if _MAIL_PREFIX.match(text, start):
            return False
        if self._subject_after is not None and self._subject_after.match(text, end):
            return True
        return self._subject_before is not None and bool(self._subject_before.search(text, max(0, start - 30), start))

    def _staff(self, text: str, start: int, letters: str) -> bool:
        """Capitals right after a staff label, or before what only staff do ("DM to liaise"):
        the initials of the one it names (not a role's: "GP to review", "ISVA to contact")."""
        if not letters.replace(".", "").isupper():
            return False
        acting = _STAFF_ACTION_AFTER.match(text, start + len(letters))
        if acting and letters.replace(".", "").lower() not in self.lexicon.role_acronyms:
            return True
        if self._staff_before is None:
            return False
        return bool(self._staff_before.search(text, max(0, start - 30), start))

    def _not_initials(self, text: str, start: int, end: int) -> bool:
        """Capitals that a neighbour shows to be something else: a model code after a make or
        a model ("Jaguar XF", "Golf GTI"), a plate after a plate cue ("plates starting WGM"), a
        described thing ("an IOW sticker"), or a case note's ethnicity and sex code before an
        age ("WM 55-60", "BM, 20s")."""
        lex = self.lexicon
        before = text[max(0, start - 40) : start]
        prev = _MAKE_MODEL_BEFORE.search(before)
        if prev and prev.group(2) and prev.group(2).lower() in lex.vehicle_makes:
            return True  # "Jaguar XF"
        if prev and prev.group(1) and lex.is_vehicle_context(prev.group(1)) and lex.is_vehicle_model(prev.group(2)):
            return True  # "white Golf GTI" (not "case note JB": a model's name only after a colour or make)
        if PLATE_CUE.search(before):
            return True
        nxt = _NEXT_WORD.match(text, end)
        if nxt and nxt.group(1).lower() in lex.description_nouns:
            return True
        return bool(_ETHNICITY_SEX.fullmatch(text[start:end])) and bool(_AGE_AFTER.match(text, end))


_MAKE_MODEL_BEFORE = re.compile(r"(?:([\w\-]+)\s+)?([A-Z][\w\-]+)\s+$")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
# "reg starts", "plates starting", "partial VRM": a plate (or its start) follows
PLATE_CUE = re.compile(
    r"(?i:\b(?:reg|registration|plates?|vrm|index)\b(?:\s+(?:no\.?|number|num|was|is|plate|starts?|started|starting|"
    r"begins?|beginning|with|like|something|sumthin|of|:))*\s*:?\s*$)"
)
# A note's labels for its subject that are never her initials, an age after them or not ("SU, 30,
# Cornish", "Pt, 26,"); not "SW", which the training sets write as initials too ("SW, 38, separated")
_LABELS_NOT_INITIALS = frozenset({"su", "pt", "yp"})
# An age right after someone's initials: "NB (29,", "MS (38)", "CD, 18,", "GP (independent escort, 34)"
# (also with her nationality between: "IC, Brazilian, 27, escort"; stop 51)
AGE_NEXT = re.compile(
    r"[ \t]*(?:\([ \t]*(?:[^()\n,]{1,30},[ \t]*)?|,[ \t]*(?:[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+)?,[ \t]*)?)"
    r"(?:aged[ \t]+)?\d{1,2}[ \t]*(?:[,)]|yrs?\b|years?\b)"
)
# her number in brackets after the capitals ("LF (07700 900420)")
_PHONE_NEXT = re.compile(
    r"[ \t]*\([ \t]*(?:(?:mob|tel|ph|phone|m)[ \t]*[:.]?[ \t]*)?(?P<n>[+(]?\d[\d \t()\-]{8,16}\d)[ \t]*\)"
)
# ... where a person word comes just before them (not "the ISVA service (0113 ...)")
_PERSON_BEFORE = re.compile(
    r"(?i:\b(?:women|woman|girls?|ladies|lady|workers?|clients?|sisters?|friends?|flatmates?|cousins?|"
    r"mothers?|mums?|tenants?|residents?)\b)[^.!?\n]{0,25}$"
)
# a heading's word in capitals beside another ("VAN LOG 19/11", "ASB CASE LOG"): a word, not initials,
# when it is a common English word (Zipf frequency) and no first name (stop 50)
HEADING_WORD_ZIPF = 3.5
_CAPS_WORD_AFTER = re.compile(r"[ \t]+[A-Z]{3,}(?![\w])")
_CAPS_WORD_BEFORE = re.compile(r"(?<![\w])[A-Z]{3,}[ \t]+$")
# A case note's description code: White/Black/Asian/Other, Male/Female
_ETHNICITY_SEX = re.compile(r"[WBAO][MF]")
# an age range or decade, never a bare age ("WM 55-60", "BM 20s"; "WM, 23" may be initials)
_AGE_AFTER = re.compile(r",?\s*(?:\d{2}\s*[-/]\s*\d{2}|\d0s|approx\.?\s*\d{2}|(?:mid|late|early)[\s-]+\d0s)\b")


def _one_acts(text: str, m: re.Match[str]) -> bool:
    """A dotted capital opening a sentence before what a person does ("D. is from ...")."""
    opens = _ONE_OPENS.search(text, max(0, m.start() - 4), m.start())
    return bool(opens) and bool(_ONE_ACTS_AFTER.match(text, m.end()))


def _bare_is_someone(text: str, m: re.Match[str]) -> bool:
    """One bare capital a note writes for her: quoted before what a person does ("'C' reports"),
    or opening a sentence with her age after it ("Z (Hungarian, 31)")."""
    if m.group("q"):
        return bool(_ONE_ACTS_AFTER.match(text, m.end()))
    return bool(_ONE_OPENS.search(text, max(0, m.start() - 4), m.start())) and bool(AGE_NEXT.match(text, m.end()))


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.5 * len(letters)


def _capital_line(text: str, pos: int) -> bool:
    """The line holding `pos` is written in capitals (a headline): four words or more."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    letters = [ch for ch in line if ch.isalpha()]
    return len(line.split()) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)
