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

from redaction.lexicon import Lexicon, capture_names
from redaction.recognizers.base import DocPersonRecognizer, make_result

NAME = "AdvertNameRecognizer"
SCORE = 0.9
# any script: "Łucja", "ANKA"; never ending in a quote ("'BigJohnMcr' (4 stars)")
_NAME = r"(?:\p{Lu}\p{Ll}(?:[\p{L}\p{M}'\-]*[\p{L}\p{M}])?|\p{Lu}{3,})"
_PHONE_AHEAD = r"(?=\s*(?:\(|:|-|on\b)?\s*(?:\+\s?44|0044|\(?0)\s*\d)"
# a heading's banner word before her name ("✈️ TOURING ✈️ Thaís,", "NEW IN: Kira"): no name, skipped
_BANNER = r"(?:(?i:touring|on\s+tour|new(?:\s+in)?|visiting|back|available|outcalls?|incalls?)[^\p{L}\p{N}]+)?"
_BANNER_ONLY = re.compile(r"[^\p{L}\p{N}]*" + _BANNER + r"[^\p{L}\p{N}]*")
# her name ahead, a title before it or none ("TS Nikki", "Miss Rose")
_TITLED_NAME_AHEAD = r"(?:(?:TS|TV|TG|Miss|Mistress|Lady)\s+)?(?=" + _NAME + r")"
_HEAD = re.compile(r"^\W*(?:@?[\w.]+\s*:\s*)?" + _BANNER + _TITLED_NAME_AHEAD)
# ... where the banner stood as a sentence of its own: her name opens the next
_HEAD_AFTER_BANNER = re.compile(r"[^\p{L}\p{N}]*" + _TITLED_NAME_AHEAD)
_HEAD_END = re.compile(r"\s*(?:[,:*(!~|/]|\s-\s|\s[\u2013\u2014]\s|-\s|\d|here\b|(?:and|&|with)\s+[a-z]|[^\w\s]|$)")
# A name in a list of workers: followed by an age ("ROSA (22)", "MIMI 19yo", "Jessica, 28"),
# or opening a directory entry ("• LARA - Hockley", "'KRISTINA - new in Derby'", "KATYA 💕 New",
# "2) VIKI - sexy Hungarian girl").
# ... a flag or an emoji may come between: "MAY 🇹🇭 22yo sweet Thai"
_WITH_AGE = re.compile(
    r"(?<![\w@.])(" + _NAME + r")"
    r"(?=\s*(?:[\p{So}\uFE0F\u200D]+\s*)?(?:\(\s*\d\d\s*\)|\d\d\s*(?:yo|y/o|yrs)\b|,\s*\d\d\b))"
)
# ... a quoted advert or a line opened by a name and a bare adult age: "'Chloe 22, sexy ...'",
# "Amber 23 - new in town", "'Chloe 23 😊 Hull." (a researcher quoting the adverts she found)
_QUOTED_AGE = re.compile(
    r"(?<=(?:^|\n|['\"\u2018\u201c])[ \t]?)(" + _NAME + r")"
    r"(?=\s+(?:1[89]|[2-6]\d)\s*(?:[,'\"\u2019\u201d]|[-\u2013\u2014]\s|[\p{So}\uFE0F\u200D]))"
)
# ... a name in capitals, then a bare adult age and a dash or an advert's word: "⭐ VIKA 19 – new
# girl", "JING 20 just arrive" (stop 53)
_CAPS_AGE = re.compile(
    r"(?<![\w@.])(\p{Lu}{3,})(?=\s+(?:1[89]|[2-5]\d)\s*(?:[-\u2013\u2014]|(?i:just|new|yo|y/o|yrs|years|sexy|young|hot)\b))"
)
# ... a capitalised word, a bare adult age and her arrival or age words after it: "Precious 23 just
# arrived from Nigeria", "Joy 24 new in town", "Bliss 22 yrs" (stop 57)
_AGE_ARRIVED = re.compile(
    r"(?<![\w@.])(" + _NAME + r")(?=\s+(?:1[89]|[2-5]\d)\s*(?:(?i:yo|y/o|yrs|years\s+old)\b|"
    r"\s(?i:just\s+arriv\w*|new\s+(?:in|to)\b|from\s+)))"
)
# ... or, opening a quoted advert, any words after the age: "'GABRIELA 22 Baltic beauty'" (stop 43)
_QUOTED_CAPS_AGE = re.compile(
    r"(?<=['\"\u2018\u201c][ \t]?)(\p{Lu}{3,})(?=\s+(?:1[89]|[2-5]\d)\b(?!\s*(?:[:/.]\d|%|mins?\b|hours?\b)))"
)
# ... a name in capitals with her flag: "Bulgarian Beauty VIKI 🇧🇬 new in Southend"
# (not the last word of a headline in capitals: "NOVINHA BRASILEIRA 🇧🇷")
_CAPS_FLAG = re.compile(r"(?<![\w@.])(?<!\p{Lu}{2,}\s+)(\p{Lu}{3,})(?=\s*[\U0001F1E6-\U0001F1FF]{2})")
_PLACE_CUE = re.compile(r"(?i:\b(?:from|in|to|of)\s+)\Z")
# ... an alias opening the advert, any case, then her age between bars or commas:
# "cambridgecherry 🍒 | 24 | Cambridge", "lola.rose, 23, Leeds"; her town may come between
# ("pearl, ludlow. 52, proper shropshire lass"; stop 58)
_HEAD_ALIAS = re.compile(
    r"^\W*([\p{L}][\p{L}\d_.]{2,}[\p{L}\d])(?=\s*(?:[\p{So}\uFE0F\u200D]+\s*)?[|,]\s*"
    r"(?:[\p{L}][\p{L}'\-]+(?:\s[\p{L}][\p{L}'\-]+)?\s*[.,|]\s*)?(?:1[89]|[2-6]\d)\s*(?:[|,]|$))"
)
# ... the woman a review is of, in any case: "Review of KERENSA, Bude - by surfdad", "Reviewed: Tamsin
# (Launceston)" (stop 59)
_REVIEWED = re.compile(
    r"(?<![\w@.])(?i:review(?:ed)?(?:\s+of|\s*[:\-\u2013\u2014]))\s*("
    + _NAME
    + r")(?=\s*(?:[,(\-\u2013\u2014|]|\s-\s|$))"
)
# ... or by where she is from: "Candy (from Leeds)", "NINA (new, age 23)"
_WITH_ORIGIN = re.compile(r"(?<![\w@.])(" + _NAME + r")(?=\s*\(\s*(?i:from|new|age|aged)\s+\p{L})")
# ... and her other name in brackets right after it: "Jasmine (Jazz) 💜", "Rosalind (Roz)"
_ALIAS_AFTER = re.compile(r"[ \t]*\([ \t]*(\p{Lu}[\p{Ll}'\u2019\-]{1,15})[ \t]*\)")
_ENTRY = re.compile(
    r"(?:^|[\u2022*\n'\"]|\|\s)\s*(?:\d{1,2}[.)]\s*)?(?:(?:TS|TV|Miss|Lady|MATURE LADY|NEW!?)\s+)?("
    + _NAME
    + r")(?=\s*(?:[-\u2013\u2014(]|\s[-\u2013])|\s+\p{So})"  # "KATYA 💕 New in Aberdeen" on its own line
)
# ... or framed by emoji: "1. ❤️LILY❤️ NEW IN CARDIFF", "💎 Anna 💎"
_FRAMED = re.compile(r"(?<=\p{So}\uFE0F?\s?)(" + _NAME + r")(?=\s?\p{So})")
# Three or more names listed together: "ANNA, LILY, SOFIA & VIKA".
_LIST3 = re.compile(
    r"(?<![\w@.])" + _NAME + r"(?:\s*,\s*" + _NAME + r"){1,8}\s*(?:,\s*)?(?:&|\band\b|\+)\s*" + _NAME + r"(?![\w@])"
)
_NAME_RX = re.compile(_NAME)
# A list a names cue opens ("Working names: JOY, PRECIOUS, FAVOUR", "New Thai girls this week:
# Nok, Fah, Ploy, May"): every member is a name, everyday words and months too ("May", "Gift").
_CUED_LIST = re.compile(
    r"(?i:\b(?:names?|girls?|ladies|models|escorts|staff|therapists|hostesses|masseuses))\b[^.:\n]{0,30}[:\-]\s*("
    + _NAME
    + r"(?:\s*(?:,|&|\band\b|\+)\s*"
    + _NAME
    + r")+)"
)
# Names listed together with one already found: "ANNA, LILY, SOFIA & VIKA".
_LIST_NEXT = re.compile(r"\s*(?:,|&|\band\b|\+)\s*(" + _NAME + r")")
_BEFORE_PHONE = re.compile(r"(?<![\w@.])(" + _NAME + r")" + _PHONE_AHEAD)
# a quoted name right before the number: "Host: 'Kev Lets' 07700 900895"
_QUOTED_BEFORE_PHONE = re.compile(
    r"['\"\u2018\u201c](" + _NAME + r"(?:\s+" + _NAME + r"){0,2})['\"\u2019\u201d]" + _PHONE_AHEAD
)
# Self-announced, in any case: "hey guys its lexi", "I'm Roxy", "my name is Bella", "ask for jade".
_SELF = re.compile(
    r"\b(?:it'?s|it\s+is|i'?m|i\s+am|this\s+is|my\s+name\s+is|my\s+name'?s|call\s+me|ask\s+for)\s+"
    r"([\p{L}][\p{L}'\-]+)(?![\w@.])",
    re.IGNORECASE,
)
_PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP", "LOCATION"}
_HERE = re.compile(r"(?<![\w@.])(" + _NAME + r")(?=\s+here\b)")


class AdvertNameRecognizer(DocPersonRecognizer):
    NAME = NAME

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__(lexicon)
        lex = self.lexicon
        # the contact words, then the journey's: "text Jasmine", "from Hull" (lexicon.yaml)
        cues = "|".join((*lex.advert_contact_cues, *lex.advert_journey_cues))
        self._contact = re.compile(r"\b(" + cues + r")\s+(?=" + _NAME + r")", re.IGNORECASE)
        contact = "|".join(lex.advert_contact_cues)
        self._cue_before = re.compile(r"\b(?:" + contact + r")\s+$", re.IGNORECASE)
        self._journey_cues = frozenset(lex.advert_journey_cues)

    def find(self, text: str, doc: Doc):
        listed = self._lists_of_names(text, doc)  # every member: a month or "Gift" too
        spans = self._head(text, doc) | self._by_contact(text, doc) | self._announced(text) | self._listed(text, doc)
        spans |= listed
        spans |= _list_members(text, spans, self.lexicon, doc)
        spans |= self._aliases(text, spans)
        # a name with an age after it is a name, a stop word too ("MAY 🇹🇭 22yo", "WILL, 25")
        aged = {
            m.span(1)
            for rx in (_WITH_AGE, _QUOTED_AGE, _CAPS_AGE, _QUOTED_CAPS_AGE, _HEAD_ALIAS, _AGE_ARRIVED)
            for m in rx.finditer(text)
        }
        # ... and so is a first name framed by emoji, a month or a verb too ("🌸 MAY 🌸 sexy Thai girl"; stop 58)
        aged |= {m.span(1) for m in _FRAMED.finditer(text) if self.lexicon.has_first_name(m.group(1).lower())}
        spans = {s for s in spans if s in listed or s in aged or not _function_words(doc, *s)}
        return [
            make_result(
                self, "PERSON", start, end, SCORE, name_role="victim", name_rule="advert.working_name", name_strong=True
            )
            for start, end in sorted(spans)
        ]

    def _aliases(self, text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """A name in brackets right after a working name: the same woman's ("Jasmine (Jazz)");
        not a town ("Candy (Leeds)")."""
        found = set()
        for _, end in spans:
            m = _ALIAS_AFTER.match(text, end)
            if m and not self.lexicon.is_place(m.group(1)):
                found.add(m.span(1))
        return found

    def _head(self, text: str, doc: Doc) -> set[tuple[int, int]]:
        """The names opening the advert ("Summer, Batley, 34", "Crystal & Jade - ...")."""
        # the head is the first sentence with words: the parser may cut a leading emoji off
        # on its own ("💎 ANNA & KATYA 💎 ...")
        sents = [s for s in doc.sents if any(ch.isalpha() for ch in s.text)]
        first = sents[0] if sents else None
        if first is not None and len(sents) > 1 and _BANNER_ONLY.fullmatch(first.text):
            first = sents[1]  # "✈️ TOURING ✈️" parsed as a sentence of its own: the head is the next
            m = _HEAD_AFTER_BANNER.match(text, first.start_char, first.end_char)
        else:
            m = _HEAD.match(text, 0, first.end_char) if first is not None else None
        if m:
            found = capture_names(doc, m.end(), self.lexicon, capitalised_only=True, coordinated=True, max_words=2)
            if found and _HEAD_END.match(text, found[-1][1]):
                # a heading town ("Manchester – escorts – reviews", "Lancaster / Morecambe")
                return {s for s in found if not self.lexicon.is_british_place(text[s[0] : s[1]])}
        return set()

    def _by_contact(self, text: str, doc: Doc) -> set[tuple[int, int]]:
        """Names by the contact details: before the number, after "text"/"call"/"ask for"."""
        lex = self.lexicon
        spans: set[tuple[int, int]] = set()
        for m in _QUOTED_BEFORE_PHONE.finditer(text):
            spans.add(m.span(1))
        for m in _BEFORE_PHONE.finditer(text):
            word = m.group(1)
            # "Ring Jan 07700 ...", "call April on ...": a calendar word that is a first name
            # too is a name between a contact word and the number (a date is no phone's)
            cued = self._cue_before.search(text, max(0, m.start(1) - 15), m.start(1)) is not None
            if not lex.is_not_name(word) or (cued and lex.has_first_name(word.lower())):
                spans.add(m.span(1))
        for m in self._contact.finditer(text):
            # "from Hull", "by Leeds": a town the gazetteer knows is the place after these cues;
            # after "text"/"call" it is still a working name ("call Havana")
            journey = m.group(1).lower() in self._journey_cues
            for start, end in capture_names(doc, m.end(), lex, capitalised_only=True, max_words=2):
                span = doc.char_span(start, end, alignment_mode="expand")
                if journey and (lex.is_place(text[start:end]) or text[end : end + 2] in ("'s", "\u2019s")):
                    continue  # "from Hull"; "from Kyle's mate account": someone else's, not her name
                if span is not None and span[0].ent_type_ not in _PLACE_LABELS:
                    spans.add((start, end))
        return spans

    def _announced(self, text: str) -> set[tuple[int, int]]:
        """Self-announced names: "I'm Roxy", "Sydney here"."""
        lex = self.lexicon
        spans: set[tuple[int, int]] = set()
        for m in _SELF.finditer(text):
            word = m.group(1)
            capitalised = word[:1].isupper()
            if not lex.is_not_name(word) and (capitalised or word.lower() in lex.first_names):
                spans.add(m.span(1))
        for m in _HERE.finditer(text):
            if not lex.is_not_name(m.group(1)):
                spans.add(m.span(1))
        return spans

    def _listed(self, text: str, doc: Doc) -> set[tuple[int, int]]:
        """Names in a list of workers: with an age or an origin, opening an entry, framed by
        emoji, three or more together, or after a names cue ("Working names: ...")."""
        lex = self.lexicon
        spans: set[tuple[int, int]] = set()
        for rx in (
            _WITH_AGE,
            _QUOTED_AGE,
            _CAPS_AGE,
            _QUOTED_CAPS_AGE,
            _AGE_ARRIVED,
            _CAPS_FLAG,
            _HEAD_ALIAS,
            _WITH_ORIGIN,
            _REVIEWED,
            _ENTRY,
            _FRAMED,
        ):
            for m in rx.finditer(text):
                if not self._placed_name(rx, m, text, doc):
                    spans.add(m.span(1))
        for m in _LIST3.finditer(text):
            members = list(_NAME_RX.finditer(text, m.start(), m.end()))
            # "Leeds, Manchester and London": a list that is mostly towns is a list of towns
            towns = sum(_is_place(doc, *n.span()) or lex.is_place(n.group()) for n in members) * 2 > len(members)
            for n in members:
                if towns and lex.is_place(n.group()):
                    continue
                if not lex.is_not_name(n.group()) and not _is_place(doc, *n.span()):
                    spans.add(n.span())
        for m in _CUED_LIST.finditer(text):
            for n in _NAME_RX.finditer(text, m.start(1), m.end(1)):
                if not (lex.is_place(n.group()) or _is_place(doc, *n.span())):
                    spans.add(n.span())
        return spans

    def _placed_name(self, rx: re.Pattern, m: re.Match, text: str, doc: Doc) -> bool:
        """The word a list pattern found is no name, or a place: skipped."""
        lex, word = self.lexicon, m.group(1)
        # a first name framed by emoji is one, a month too ("🌸 JUNE 🌸"; stop 58)
        framed_name = rx is _FRAMED and lex.has_first_name(word.lower())
        if (lex.is_not_name(word) and not framed_name) or _is_place(doc, *m.span(1)):
            return True
        if rx is _CAPS_FLAG and (lex.is_place(word) or _PLACE_CUE.search(text, 0, m.start(1))):
            return True  # "JUST ARRIVED FROM ROMANIA 🇷🇴": her country, no name
        # "DERBY 💋 Normanton", "• Boscombe – 07700 ...": a town opening an entry
        return rx in (_ENTRY, _FRAMED, _QUOTED_CAPS_AGE) and lex.is_british_place(word)

    def _lists_of_names(self, text: str, doc: Doc) -> set[tuple[int, int]]:
        """Every member of a list whose members are mostly names (`_mostly_names`)."""
        lex = self.lexicon
        listed: set[tuple[int, int]] = set()
        for m in _LIST3.finditer(text):
            members = list(_NAME_RX.finditer(text, m.start(), m.end()))
            towns = sum(_is_place(doc, *n.span()) or lex.is_place(n.group()) for n in members) * 2 > len(members)
            if not towns:
                listed |= _mostly_names(members, lex, doc, cued=False)
        for m in _CUED_LIST.finditer(text):
            listed |= _mostly_names(list(_NAME_RX.finditer(text, m.start(1), m.end(1))), lex, doc, cued=True)
        return listed


def _mostly_names(members: list, lex, doc: Doc, cued: bool) -> set[tuple[int, int]]:
    """Every member of a list whose members are mostly names ("Nok, Fah, Ploy, May"): the
    short one the NER calls a place and the month are names there too; a town the
    gazetteer knows is left to the place rules. `cued`: a names cue opens the list ("New
    girls this week:"), where half is enough."""
    names = [
        n
        for n in members
        if not (lex.is_not_name(n.group()) or lex.is_place(n.group()) or _is_place(doc, *n.span()))
        and not _function_words(doc, *n.span())
    ]
    if len(names) * 2 < len(members) or (not cued and len(names) * 2 == len(members)):
        return set()
    return {n.span() for n in members if not lex.is_place(n.group())}


def _function_words(doc: Doc, start: int, end: int) -> bool:
    """Only words like "FOR" or "OF": a headline in capitals, never a working name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    # (a letterless token only: "❤️LILY❤️" leaves the emoji's selector on the name's token)
    return span is not None and all(t.is_stop or not any(ch.isalpha() for ch in t.text) for t in span)


def _is_place(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span[0].ent_type_ in _PLACE_LABELS


def _list_members(text: str, spans: set[tuple[int, int]], lex, doc: Doc) -> set[tuple[int, int]]:
    """Names coordinated with a found name, both ways ("ANNA, LILY & VIKA")."""
    found = set(spans)
    frontier = sorted(spans)
    while frontier:
        start, end = frontier.pop()
        m = _LIST_NEXT.match(text, end)
        if m and not lex.is_not_name(m.group(1)) and not _is_place(doc, *m.span(1)) and m.span(1) not in found:
            found.add(m.span(1))
            frontier.append(m.span(1))
        before = re.search(r"(" + _NAME + r")\s*(?:,|&|\band\b|\+)\s*$", text[max(0, start - 40) : start])
        if before:
            s = max(0, start - 40) + before.start(1)
            e = s + len(before.group(1))
            if not lex.is_not_name(before.group(1)) and not _is_place(doc, s, e) and (s, e) not in found:
                found.add((s, e))
                frontier.append((s, e))
    return found
