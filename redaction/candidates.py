"""Which recognizer results are candidates for redaction, and where each starts and ends.

Presidio's results are read against the lexicon and the record before any role is decided:
a car model, an organisation's name, a town the NER took for a person, an official's title
in front of a name are not what they seem; the victim's values and anonymising labels
("Woman A") go to the victim's side; then overlaps are settled (`spans.resolve_overlaps`).
"""

from __future__ import annotations

import re
from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from wordfreq import zipf_frequency

from redaction.deny_list import RECOGNIZER_NAME as DENY_NAME
from redaction.deny_list import VICTIM_PREFIX
from redaction.kinds import NER_RECOGNIZER, PRECEDENCE, SAINT_BEFORE, WORD
from redaction.lexicon import (
    COMMON_WORD_ZIPF,
    OPEN_QUOTES,
    RARE_WORD_ZIPF,
    Lexicon,
    phrase_key,
    written_with_capitals,
)
from redaction.recognizers.advert_names import NAME as ADVERT_NAME
from redaction.recognizers.proper_nouns import NAME as PROPN_NAME
from redaction.recognizers.value_list import INCIDENT_PLACES, OFFENDER_NAMES
from redaction.roles import RoleRules
from redaction.spans import Candidate, resolve_overlaps

# an honorific right before: the word after it is a name, however common ("Mr Ho", "Mrs Bell")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+$")
# A lead word and what joins it to the next word ("Wed-", "Thu ", "Mon & ", "Outcall ").
_LEAD_WORD = re.compile(r"([A-Za-z]+)(?:\s*[-\u2013/&]\s*|\s+)(?=\w)")

_SUBREDDIT_BEFORE = re.compile(r"(?<![\w/])[rR]/$")
_CLOSING_QUOTE = re.compile(r"[\"\u201d](?=\W)")

# an NER span the gazetteer knows for a place (redaction/gazetteer/)
GAZETTEER = "gazetteer"
POSSESSIVE_AFTER = re.compile(r"^['\u2019]s\b|^s['\u2019]")
_COORD_BEFORE = re.compile(r"\b([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\s*(?:,|&|\band\b|\bor\b|/)\s*$")
_COORD_AFTER = re.compile(r"\s*(?:,|&|\band\b|\bor\b|/)\s*([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)")
# the word right after a span, on its line ("Officer" after "Tenancy Sustainment")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
# the rest of a place joined by a small word ("Kingston upon Thames", "Stoke-on-Trent"), or by
# a possessive ("King's Lynn", "Bishop's Stortford": the tagger's person "King"; stop 43)
_JOINED_PLACE = re.compile(
    r"(?:(?:[ \t]+|-)(?:upon|on|under|in|by|le|next|the)(?:[ \t]+|-)(?:the[ \t]+|sea[ \t]+)?|['\u2019]s[ \t]+)"
    r"[A-Z][\w'-]+"
)
_JOINERS = frozenset("/@_.-#")
# The capitalised word on each side of a slash ("Eccles/Trafford").
_WORD_BEFORE_SLASH = re.compile(r"(?<![\w/@.])[A-Z][A-Za-z'-]+$")
_WORD_AFTER_SLASH = re.compile(r"[A-Z][A-Za-z'-]+(?![\w/@.])")
# a note's label for its subject, which the tagger runs into the name before it (stop 48)
_LABEL_TAIL = re.compile(r"\s+(?:SU|PT|Pt|YP)$")
# a contact's verb after a name's initial, which the tagger runs into the name ("Host: Derek P.
# Text 0113 ..."): the name ends at its initial (stop 54)
_CONTACT_AFTER_INITIAL = re.compile(
    r"(?<=\b[A-Z]\.)\s+(?:Text|Txt|Call|Ring|Contact|WhatsApp|Whatsapp|Email|Phone|Tel|Mob)\b"
)
_HYPHEN_TAIL = regex.compile(r"-\p{Lu}\p{Ll}+(?![\w'-])")
_SYMBOL = regex.compile(r"[\p{So}\p{Cs}›»]")  # an emoji, or a breadcrumb's separator
_ADVERT = ADVERT_NAME
# An organisation's name holds no person and no home; the record's own lists still count.
# "the McDonald's at ...": a chain's shop, written as a surname's possessive after "the".
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# A firm's name on his van or clothes: "with Calder Scaffolding on the side", "'Kingfisher
# Glazing' on the back" (stop 39): his trade, no one's name
_LIVERY_BEFORE = re.compile(r"\b(?:with|says|saying|reads|reading)\s+['\u2018\u2019\"\u201c]?$", re.I)
_LIVERY_AFTER = re.compile(
    r"['\u2019\"\u201d]?\s+(?:written\s+|printed\s+|painted\s+)?on\s+(?:(?:the|his)\s+"
    r"(?:side|back|front|doors?|bonnet|van|fleece|jacket|top|shirt)\b(?!\s+(?:seat|seats|row|of)\b)|it\b)",
    re.I,
)
_ROAD_NUMBER = re.compile(r"[ABM]\d{1,4}(?:\s?\(M\))?")
# "at X, Ryde", "on X, Shrewsbury": the words around a district or street of a town, whose name
# may be two words ("Heaton Mersey") (stop 53)
_AT_ON_BEFORE = re.compile(r"\b(?:at|on|in|off)\s+(?:the\s+)?$")
_COMMA_TOWN_AFTER = re.compile(r",[ \t]*(?P<town>(?P<first>[A-Z][\w'\-]+)(?:[ \t]+[A-Z][\w'\-]+)?)")
# "A Moulsecoomb man has been found guilty": the place a news item names a person by
_AN_BEFORE = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=\n))An?[ \t]+$")
_PERSON_NOUN_AFTER = re.compile(
    r"[ \t]+(?:man|woman|men|women|pensioner|teenager|father|mother|dad|mum|driver|businessman|landlord|couple)\b"
)
SAINT_OPENS = re.compile(r"(?:St\.?|Saint)[ \t]+[A-Z]")  # "St Philips", "Saint Helens"
_STREET_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")  # "Union St": the St is the street's
_ORGANISATION_WORDS = frozenset({"PERSON", "LOCATION", "STREET", "BUILDING", "PLACE"})
_NEVER_INSIDE_ORGANISATION = frozenset({DENY_NAME, OFFENDER_NAMES, INCIDENT_PLACES})


def place_cue(rules: RoleRules, text: str, start: int, end: int, window: int) -> bool | None:
    """What the words around a capitalised word say of it: True, a place ("lives in X",
    "near X": `name_in_place_before` within `window` characters before it); False, a
    person (a possessive after it, "X's"); None, neither. The candidates' towns that are
    also first names and the redactor's names of no one's side both ask it."""
    if POSSESSIVE_AFTER.match(text[end : end + 3]):
        return False
    if rules.name_in_place_before.search(text[max(0, start - window) : start]):
        return True
    return None


# where a sentence opens: the text's start, a full stop, or a new line
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?]\s+|\n\s*)\Z")


# a name set off from a place beside it in a heading: "Kasia - Harehills", "Leeds | Kasia"
_SET_OFF_AFTER = re.compile(r"\s*[-–—|]")
_SET_OFF_BEFORE = re.compile(r"[-–—|]\s*$")


class CandidateReader:
    """One record's recognizer results read as candidates."""

    def __init__(self, text: str, doc: Any, lexicon: Lexicon, rules: RoleRules, advert: bool, news: bool) -> None:
        """`advert`: desktop research; `news`: desktop research reporting a court case."""
        self.text = text
        self.doc = doc
        self.advert = advert
        self.lex = lexicon
        self.rules = rules
        self.news = news
        self._proper_case: bool | None = None

    def read(self, results: list[RecognizerResult]) -> list[Candidate]:
        """The candidates of the recognizers' results, overlaps settled, sorted by start."""
        cands = []
        organisations = self.lex.organisation_spans(self.text, venues=self.news or not self.advert)
        for res in results:
            cand = self._candidate(self._without_lead_words(res), organisations)
            if cand is not None:
                cands.append(cand)
        return resolve_overlaps(cands, self.text, self._name_like, self._first_name_left)

    def _candidate(self, res: RecognizerResult, organisations: list[tuple[int, int]]) -> Candidate | None:
        """One result as a candidate, its entity and bounds settled; None: no one's identifier."""
        source = (res.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
        entity = res.entity_type.removeprefix(VICTIM_PREFIX)
        if self._dropped(res, source, entity, organisations):
            return None
        if source == _ADVERT and self.news and self.lex.is_place(self.text[res.start : res.end]):
            # a court report's towns ("across Southend, Chelmsford and Colchester"); in an
            # advert a working name may be a town abroad too ("Havana"), so it stays a name there
            entity, source = "LOCATION", GAZETTEER
        elif (town_end := self._whole_town_end(res, source)) is not None:
            meta = dict(res.recognition_metadata or {})
            return Candidate(res.start, town_end, "LOCATION", GAZETTEER, PRECEDENCE.tier("LOCATION", GAZETTEER), meta)
        cut = source == NER_RECOGNIZER and self._cut_at_symbol(res)
        saint_start: int | None = None
        if source in (NER_RECOGNIZER, PROPN_NAME) and entity in ("PERSON", "LOCATION"):
            span = self.text[res.start : res.end]
            titled = _HONORIFIC_BEFORE.search(self.text, max(0, res.start - 6), res.start) is not None
            common = self._common_word(span) and not titled
            if self.lex.is_organisation(span) or common or self._lower_word_opening(res.start, span):
                return None  # "the Home Office", "Basis Yorkshire", "Keeps ringing": no one's identifier
            if entity == "PERSON" and self.lex.in_name_idiom(self.text, res.start, res.end):
                return None  # "told her I was Old Bill": the police, in a saying
            # in an advert a working name may be a town, so only a town beside another that is
            # no one's name places it there ("Field Reports › Devon & Cornwall"; stop 48)
            placed = self._advert_town(res.start, res.end) if self.advert else self._placed_town(res.start, res.end)
            # cut at an emoji, only a British town is a heading's place ("massage by Mali 🌸")
            town = (self.lex.is_british_place(span) if cut else self.lex.is_place(span)) or self.lex.are_places(span)
            town = town or (entity == "PERSON" and self.lex.names_a_town_part(span))
            entity, source, saint_start = self._place_not_person(res.start, res.end, span, entity, source)
            if entity == "LOCATION" and source == NER_RECOGNIZER and self._first_name_not_place(res.start, res.end):
                entity = "PERSON"  # "I work with Florin, he is my boyfriend": the NER's GPE is a name
            if (town or placed) and self._free_standing(res.start, res.end):
                # a town the NER took for a name, or a place with no cue around it: the
                # gazetteer's evidence, decided with the places ("a Hull accent")
                entity, source = "LOCATION", GAZETTEER
        bounds = self._name_bounds(res.start, res.end, entity, source)
        if bounds is None:
            return None
        start, end = bounds
        if saint_start is not None and start == res.start:
            start = saint_start  # the place's whole name: "St Pauls"
        label_end = self.lex.anonymised_label(self.text, start, end) if entity == "PERSON" else None
        if label_end is not None:
            end = label_end  # "Woman A": always the victim's side
        victim_side = res.entity_type.startswith(VICTIM_PREFIX) or label_end is not None
        tier = 0 if victim_side else PRECEDENCE.tier(res.entity_type, source)
        return Candidate(start, end, entity, source, tier, dict(res.recognition_metadata or {}))

    def _place_not_person(
        self, start: int, end: int, span: str, entity: str, source: str
    ) -> tuple[str, str, int | None]:
        """(entity, source, where the place's name starts) of a name the tagger read as a
        person's where its words show a place: "a B&B on the Promenade", "A Moulsecoomb man
        has been jailed", "flats in St Pauls". A saint's place is a place, but often a hospital, a
        church or a school ("a nurse at St Thomas'"): kept only with a place's cue around it."""
        if SAINT_OPENS.match(span):
            return "LOCATION", source, None
        if entity in ("PERSON", "LOCATION") and self._district_of_town(start, end, span):
            return "LOCATION", GAZETTEER, None
        if entity != "PERSON":
            return entity, source, None
        if self._the_place_noun(start, span):
            return "LOCATION", source, None
        if _AN_BEFORE.search(self.text, max(0, start - 4), start) and _PERSON_NOUN_AFTER.match(self.text, end):
            return "LOCATION", GAZETTEER, None
        saint = SAINT_BEFORE.search(self.text, max(0, start - 7), start)
        # not a street's "St" after its name before a first name: "on Union St Jess told me" names
        # Jess ("Chapel St Leonards" is a town)
        street = _STREET_NAME_BEFORE.search(self.text, max(0, saint.start() - 25), saint.start()) if saint else None
        if saint and not (street and span.split()[0].lower() in self.lex.first_names):
            return "LOCATION", source, saint.start()
        return "PERSON", source, None

    def _district_of_town(self, start: int, end: int, span: str) -> bool:
        """A word no name list holds, after "at", "on", "in" or "off" and before a comma and a
        British town: a district or street of it ("beaten in the car park at Appley, Ryde", "the
        flat above the bookmakers on Mardol, Shrewsbury"; stop 53). A first name there may be
        hers ("stayed with Jade, Leeds"), so only a word no first-name list has."""
        if self.lex.has_first_name(phrase_key(span)) or not _AT_ON_BEFORE.search(self.text, max(0, start - 10), start):
            return False
        m = _COMMA_TOWN_AFTER.match(self.text, end)
        return m is not None and any(self.lex.is_british_place(t) for t in (m.group("town"), m.group("first")))

    def _dropped(self, res: RecognizerResult, source: str, entity: str, organisations: list[tuple[int, int]]) -> bool:
        """A result that is no one's identifier whatever its context."""
        if source in (NER_RECOGNIZER, PROPN_NAME) and (self._not_a_name(res) or self._lowercase_in_prose(res)):
            return True
        if source in (NER_RECOGNIZER, PROPN_NAME) and _ROAD_NUMBER.fullmatch(self.text[res.start : res.end]):
            return True  # "a lay-by on the A27": a road, no one's name
        if source in (NER_RECOGNIZER, PROPN_NAME) and self._dropped_g(self.text[res.start : res.end]):
            return True  # "kept callin me pet": a verb without its g, no place, no name
        if entity == "PERSON" and _SUBREDDIT_BEFORE.search(self.text, max(0, res.start - 2), res.start):
            return True  # "r/UKescortchat": a forum's name
        # a shop of a chain; "Tenancy Sustainment Officer" under a letter's signature: a post, no one's name
        tagged_name = entity == "PERSON" and source in (NER_RECOGNIZER, PROPN_NAME)
        if tagged_name and (self._chain_shop(res.start, res.end) or self._job_title(res.start, res.end)):
            return True
        if (
            source not in _NEVER_INSIDE_ORGANISATION
            and entity in _ORGANISATION_WORDS
            and any(s <= res.start and res.end <= e for s, e in organisations)
        ):
            return True  # "Essex Police", "Hope for Justice", "Leeds Crown Court": no one's name or home
        listed = source in _NEVER_INSIDE_ORGANISATION
        if entity == "PERSON" and not listed and self._vehicle_model(res.start, res.end):
            return True  # "a black Qashqai": the car, not a person
        if entity == "PERSON" and not listed and self._model_before_plate(res.start, res.end):
            return True  # "Blue Hilux PMN 419K" tagged "Hilux PMN": the car and its plate's letters
        if tagged_name and self._livery(res.start, res.end):
            return True  # "a blue van with Calder Scaffolding on the side": his trade's name
        if tagged_name and self._names_a_vehicle(res.start, res.end):
            return True  # "white Citroen Berlingo van", "blue Vivaro van": the car, not a person
        if entity == "LOCATION" and not listed and self._vehicle_model(res.start, res.end, strict=True):
            return True  # "a black Hilux": the car; "in Ibiza" stays a place
        # "a Brummie accent", "a Villa shirt", "a Bristol City cap", "West Country accent": his
        described = entity in ("PERSON", "LOCATION") and source in (NER_RECOGNIZER, PROPN_NAME)
        return described and self._describes(res.end)

    def _livery(self, start: int, end: int) -> bool:
        """A firm's name written on his van or clothes ("with Calder Scaffolding on the side"),
        opening with no first name ("with Kelly on the back" is someone)."""
        if not (_LIVERY_BEFORE.search(self.text, max(0, start - 12), start) and _LIVERY_AFTER.match(self.text, end)):
            return False
        first = WORD.findall(self.text[start:end])[:1]
        return not (first and self.lex.has_first_name(first[0].lower()))

    def _names_a_vehicle(self, start: int, end: int) -> bool:
        """Most of the span's words are a vehicle's (its make, model, colour or "van"), a make or a
        model among them: a car the tagger took for a name (stop 39)."""
        lex = self.lex
        words = [w.lower() for w in WORD.findall(self.text[start:end])]
        named = [w for w in words if lex.names_vehicle(w)]
        car = [w for w in words if w in named or (lex.is_vehicle_context(w) and not lex.is_driving_word(w))]
        return bool(named) and len(car) >= 2 and 2 * len(car) > len(words)

    def _job_title(self, start: int, end: int) -> bool:
        """Capitalised words with no first name among them before a post's head word ("Tenancy
        Sustainment" of "Tenancy Sustainment Officer"): a job title."""
        head = _NEXT_WORD.match(self.text, end)
        if head is None or head.group(1).lower() not in self.lex.job_heads:
            return False
        return not any(self.lex.has_first_name(w.lower()) for w in WORD.findall(self.text[start:end]))

    def _first_name_not_place(self, start: int, end: int) -> bool:
        """One word, a first name that no gazetteer has as a place, with no place cue before it
        ("in", "near"): the tagger's place is a person ("Florin", "Tudor" read as countries);
        or such a first name and a surname ("avoid a Gareth Penhale"; stop 58)."""
        span = self.text[start:end]
        key = phrase_key(span)
        words = span.split()
        if len(words) == 2 and self._first_and_surname(words) and not self._place_noun_after(end):
            key = phrase_key(words[0])  # "avoid a Gareth Penhale": a first name, then no place word (stop 58)
        elif len(words) != 1:
            return False
        if not span[:1].isupper() or not self.lex.has_first_name(key) or key in self.lex.places:
            return False
        return not place_cue(self.rules, self.text, start, end, window=20)

    def _place_noun_after(self, end: int) -> bool:
        """A place noun right after the span ("Les Gravées area", "Dale Abbey estate"): a place."""
        m = _NEXT_WORD.match(self.text, end)
        return m is not None and (
            m.group(1).lower() in self.lex.place_types or m.group(1).lower() in self.lex.district_words
        )

    def _first_and_surname(self, words: list[str]) -> bool:
        """Two capitalised words, the second no place, no place noun and no street word
        ("Gareth Penhale"; not "Florence Park", "Adam Street")."""
        last = words[1]
        return (
            last[:1].isupper()
            and last[1:].islower()
            and not self.lex.is_place(last)
            and not self.lex.is_place(" ".join(words))
            and last.lower() not in self.lex.place_types
            and last.lower() not in self.lex.street_types
        )

    def _the_place_noun(self, start: int, span: str) -> bool:
        """One capitalised place noun after "the" ("the Promenade", "the Quays")."""
        return span.lower() in self.lex.place_types and bool(_THE_BEFORE.search(self.text[max(0, start - 6) : start]))

    def _without_lead_words(self, res: RecognizerResult) -> RecognizerResult:
        """An NER name that starts with days or an advert's service words ("Wed-Thu LINCOLN",
        "Outcall Hessle"): the words after them, which the places and names then decide."""
        source = (res.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
        if source not in (NER_RECOGNIZER, PROPN_NAME) or res.entity_type.removeprefix(VICTIM_PREFIX) != "PERSON":
            return res
        start = res.start
        while (m := _LEAD_WORD.match(self.text, start, res.end)) and self._lead_word(m.group(1), m.start(1)):
            start = m.end()
        if start == res.start or start >= res.end:
            return res
        return RecognizerResult(
            res.entity_type, start, res.end, res.score, res.analysis_explanation, res.recognition_metadata
        )

    def _lead_word(self, written: str, at: int) -> bool:
        """A day, a short month or a service word that is no one's first name ("Wed", not "Jan"),
        or one that is a name too written here as the day ("Wed-Thu LOUTH", not "volunteer Thu")."""
        word = written.lower()
        if word in self.lex.dated_names:
            return self.lex.is_not_name_at(self.text, at, at + len(written))
        return word in self.lex.lead_words and word not in self.lex.first_names

    def _cut_at_symbol(self, res: RecognizerResult) -> bool:
        """An NER span running across an emoji ("Durham 🌙 Night owl") is cut to the words
        before the symbol, where an advert's heading ends; True if it was cut."""
        m = _SYMBOL.search(self.text, res.start, res.end)
        if m is None or not any(ch.isalpha() for ch in self.text[res.start : m.start()]):
            return False
        res.end = len(self.text[: m.start()].rstrip())
        return True

    def _chain_shop(self, start: int, end: int) -> bool:
        """ "the McDonald's at Mansfield": a listed brand's name with its "'s" after "the" is the
        shop; "Mr McDonald's van" stays a name."""
        if self.text[end : end + 2].replace("\u2019", "'") != "'s":
            return False
        return bool(_THE_BEFORE.search(self.text[max(0, start - 8) : start])) and self.lex.is_not_name(
            self.text[start:end] + "'s"
        )

    def _name_bounds(self, start: int, end: int, entity: str, source: str) -> tuple[int, int] | None:
        """A spaCy name's span without the official titles before it or the lowercase word
        after it; None: nothing of a name left."""
        if source in (NER_RECOGNIZER, PROPN_NAME) and entity == "PERSON":
            start = self._after_official_title(start, end)  # "Detective Sergeant [PERSON_1]"
            if start >= end:
                return None
        # a double-barrelled surname the tagger cut at its hyphen ("Rhodri Vaughan" + "-Price")
        if source in (NER_RECOGNIZER, PROPN_NAME) and entity == "PERSON" and (m := _HYPHEN_TAIL.match(self.text, end)):
            end = m.end()
        quoted = self.text[start - 1 : start] in OPEN_QUOTES
        if entity == "PERSON" and end - start > 2 and self.text[end - 1] in "'\u2019" and quoted:
            end -= 1  # "'Gary Mac'": the closing quote, not a possessive
        if entity == "PERSON" and quoted and (close := _CLOSING_QUOTE.search(self.text, start, end)):
            end = close.start()  # '"Danny" - Stretford': the quoted name ends at its quote
        if entity == "PERSON" and (colon := self.text.find(": ", start, end)) > start:
            end = colon  # "Declan Rourke: ill go round": a post's author, not the words after his colon
        if source == NER_RECOGNIZER and entity == "PERSON" and (label := _LABEL_TAIL.search(self.text, start, end)):
            end = label.start()  # "one called Daddy J. SU fearful": the note's label for her opens the next sentence
        cut = _CONTACT_AFTER_INITIAL.search(self.text, start, end) if entity == "PERSON" else None
        if source == NER_RECOGNIZER and cut is not None:
            end = cut.start()  # "Host: Derek P. Text 0113 ...": the contact's verb after his initial
        while entity == "PERSON" and end - start > 1 and self.text[end - 1] in ":;,":
            end -= 1  # "Sue W.:" opening a post: the name, not the colon after its initial
        if source == NER_RECOGNIZER and entity == "PERSON":
            trimmed = self._lowercase_name_part(start, end)
            if trimmed is None or self._describes(trimmed[1]):
                return None  # "scunny lad": what the word describes follows it
            start, end = trimmed
        return start, end

    def _not_a_name(self, res: RecognizerResult) -> bool:
        """Every word is a known non-name, or a car model after its make ("Seat Leon"), or
        a make after its colour ("Grey Merc")."""
        words = WORD.findall(self.text[res.start : res.end])
        makes = self.lex.vehicle_makes
        if len(words) >= 2 and words[-1].lower() in makes and all(self.lex.is_vehicle_context(w) for w in words[:-1]):
            return True  # "Grey Merc", "Dark Blue Audi": a car by its colour and make
        # the make right before, a space between ("Seat Leon"); not "Luton - 'Sandra'", a town
        prev = list(WORD.finditer(self.text, max(0, res.start - 20), res.start))
        after_make = (
            bool(prev)
            and prev[-1].group().lower() in self.lex.vehicle_makes
            and not self.text[prev[-1].end() : res.start].strip()
        )
        for m in WORD.finditer(self.text, res.start, res.end):
            w = m.group()
            if not (self.lex.is_not_name_at(self.text, m.start(), m.end()) or self.lex.is_title(w) or after_make):
                return False
            after_make = w.lower() in self.lex.vehicle_makes
        return bool(words)

    def _placed_town(self, start: int, end: int) -> bool:
        """A town that is also a first name ("Chester", "Carlisle"), where only a place fits:
        after "in"/"near", beside a town that is no one's name ("tours Penrith & Carlisle"),
        or before "based"/"area"/"way" ("Carlisle based")."""
        key = phrase_key(self.text[start:end])
        if key not in self.lex.places:
            return False
        if place_cue(self.rules, self.text, start, end, window=30):
            return True
        if self.rules.town_in_place_before.search(self.text[max(0, start - 30) : start]):
            return True  # "before Middlesbrough, before Carlisle": a stop on her route
        if self.rules.his_home(self.text[max(0, start - 60) : start]):
            return True  # "he's from Beverley": where he lives or comes from
        if self.rules.town_word_after.match(self.text, end):
            return True
        if self.rules.heading_area_end.match(self.text, end) and self.rules.heading_area.search(self.text, 0, start):
            return True  # "Outreach note (Kent).": the area a note's heading names
        return self._beside_town(start, end)

    def _advert_town(self, start: int, end: int) -> bool:
        """In desktop research, a town that is also a first name is a place beside another town,
        or with a place word after it ("Elgin area", "Carlisle based"; not "Paris based in Leeds":
        stop 53)."""
        if self._beside_town(start, end):
            return True
        return phrase_key(self.text[start:end]) in self.lex.places and bool(
            self.rules.town_word_after.match(self.text, end)
        )

    def _beside_town(self, start: int, end: int) -> bool:
        """A town that is also a first name joined to a place: "tours Penrith & Carlisle". In
        an advert the place beside it must be no one's name ("Chelsea & Devon" may be two women)
        and a comma joins no list ("Relax with Paris, Ossett": her name, then her town)."""
        if phrase_key(self.text[start:end]) not in self.lex.places:
            return False
        beside = _COORD_BEFORE.search(self.text[max(0, start - 30) : start])
        after = _COORD_AFTER.match(self.text, end)
        return any(
            m is not None
            and self.lex.is_place(m.group(1))
            and not (self.advert and (self.lex.has_first_name(phrase_key(m.group(1))) or "," in m.group()))
            for m in (beside, after)
        )

    def _whole_town_end(self, res: RecognizerResult, source: str) -> int | None:
        """Where a town a name recognizer took for a person ends, or None: an advert's British
        town ("Outcalls across Canterbury, Whitstable & Herne Bay": nobody's working name), or a
        place the tagger cut in two ("Kingston" of "Kingston upon Thames")."""
        if source == _ADVERT:
            return self._british_town_end(res.start, res.end)
        joined = _JOINED_PLACE.match(self.text, res.end) if source in (NER_RECOGNIZER, PROPN_NAME) else None
        if joined and self.lex.is_place(self.text[res.start : joined.end()]):
            return joined.end()
        return None

    def _british_town_end(self, start: int, end: int) -> int | None:
        """Where a British town starting at `start` ends: the span itself, or the span and the
        next word ("Herne" + "Bay"); None when neither is one."""
        span = self.text[start:end]
        major = self.lex.is_major(span)
        if self.lex.is_british_place(span) and (major or not self.lex.is_common_word(span)):
            return end  # "Reading", but not "Call Ash 07700 ...": a village's name that is a word too
        nxt = _NEXT_WORD.match(self.text, end)
        if nxt and nxt.group(1)[:1].isupper() and self.lex.is_british_place(self.text[start : nxt.end(1)]):
            return nxt.end(1)
        return None

    def _describes(self, end: int) -> bool:
        """The next word is a noun the span describes ("accent", "shirt", "tattoo")."""
        return self.lex.describes_next(self.text, end)

    def _after_official_title(self, start: int, end: int) -> int:
        """Where a name starts after the official titles opening its span ("Judge", "Detective
        Sergeant", "Councillor"): those words name no one and stay in the text."""
        for m in WORD.finditer(self.text, start, end):
            if m.group().lower().rstrip(".") not in self.lex.official_titles:
                return m.start()
        return end

    def _model_before_plate(self, start: int, end: int) -> bool:
        """The span is a model ("a black Hilux") and then capitals only, the start of its plate (stop 56)."""
        first = WORD.match(self.text, start)
        if first is None or first.end() >= end:
            return False
        rest = self.text[first.end() : end].strip()
        return rest.isupper() and rest.isalpha() and self._vehicle_model(start, first.end())

    def _vehicle_model(self, start: int, end: int, strict: bool = False) -> bool:
        """A model that names its make alone ("Qashqai", "Zafira") right after a colour, a
        make, a vehicle word or "a"/"his"/"drives" ("a black Qashqai", "his Clio")."""
        before = WORD.findall(self.text[max(0, start - 25) : start])[-1:]
        if before and self.lex.is_colour_model(self.text[start:end], before[0]):
            return True  # "a red Polo": the car, though "Polo" alone may be a shirt
        if not self.lex.is_vehicle_model(self.text[start:end]):
            return False
        if strict:  # a colour, a make or a vehicle word, not an article or "in"
            return bool(before) and self.lex.is_vehicle_context(before[0]) and not self.lex.is_driving_word(before[0])
        return bool(before) and self.lex.is_vehicle_context(before[0])

    def _free_standing(self, start: int, end: int) -> bool:
        """Not part of a handle, an email or a web address ("u/glasgow_gem")."""
        before = self.text[start - 1 : start]
        after = self.text[end : end + 2]
        if "/" in (before, after[:1]):
            # "outcall Wirral/Southport": a slash between two towns joins a list, not a handle's parts
            sides: list[re.Match[str] | None] = []
            if before == "/":
                sides.append(_WORD_BEFORE_SLASH.search(self.text, 0, start - 1))
                before = ""
            if after[:1] == "/":
                sides.append(_WORD_AFTER_SLASH.match(self.text, end + 1))
                after = ""
            if not all(m is not None and self.lex.is_british_place(m.group()) for m in sides):
                return False
        return before not in _JOINERS and not (after[:1] in _JOINERS and after[1:2].strip())

    def _lowercase_name_part(self, start: int, end: int) -> tuple[int, int] | None:
        """A lower-case NER 'name' in text-speak is often a run of ordinary words ("white
        van", "beard grey trackie", "reg"): only its words that could be names count (a word of
        the first-name lists, or one too rare to be an everyday word); the span is cut to
        them, or dropped when there are none. Capitalised spans are left as they are."""
        span = self.text[start:end]
        if span != span.lower():
            return start, end
        words = [m for m in WORD.finditer(span) if self.lex.could_be_name(m.group())]
        if not words:
            return None
        return start + words[0].start(), start + words[-1].end()

    def _common_word(self, span: str) -> bool:
        """One capitalised everyday word that no name list has ("Flights booked", "Rating:"),
        or a headline's words in capitals ("TAXI DRIVER GUILTY OF RAPING")."""
        words = WORD.findall(span)
        if len(words) >= 3 and span.isupper():
            return not any(self.lex.could_be_name(w) for w in words)  # no first name, no rare word
        if len(words) != 1 or not words[0][:1].isupper():
            return False
        word = words[0]
        two_capitals = len(word) == 2 and word.isupper() and self.doc is not None
        if two_capitals and not self.lex.spells_a_word(word.lower(), self.doc.vocab):
            return False  # "Staff on: AR, JD": two capitals are initials, however often "ar" is written
        return self.lex.is_common_word(word)

    def _lower_word_opening(self, start: int, span: str) -> bool:
        """A word opening a sentence that this very text also writes in lower case, in prose, and
        that is no first name but an English word ("Brought me an egg timer. Timer went off"):
        the word, capitalised by its place ("Curvy Kat ... kat.kent@" is her name)."""
        low = span.lower()
        if low == span or not span.isalpha() or low in self.lex.first_names:
            return False
        if zipf_frequency(low, "en") < RARE_WORD_ZIPF or not _SENTENCE_OPENS.search(self.text, 0, start):
            return False
        return re.search(rf"(?<![\w'’@._\-]){re.escape(low)}(?![\w'’@_\-]|\.\w)", self.text) is not None

    def _dropped_g(self, span: str) -> bool:
        """A word of text-speak that is an everyday -ing word without its g ("callin", "sayin"; stop
        45), capitalised too ("Writin this proper"; stop 48): no name, no place."""
        word = span.lower()
        if span not in (word, word.capitalize()) or not span.isalpha() or not word.endswith("in") or len(span) < 5:
            return False
        if word in self.lex.first_names or self.lex.is_place(span):
            return False
        return zipf_frequency(word + "g", "en") >= COMMON_WORD_ZIPF

    def _lowercase_in_prose(self, res: RecognizerResult) -> bool:
        """A lower-case 'name' from the NER in text written with capitals ("a grey van"):
        noise. In text-speak (no capitals) lower-case names are real and stay candidates."""
        span = self.text[res.start : res.end]
        if span != span.lower():
            return False
        if self._proper_case is None:
            self._proper_case = self.doc is not None and written_with_capitals(self.doc)
        return self._proper_case

    def _first_name_left(self, c: Candidate, start: int, end: int) -> bool:
        """What a stronger place leaves of the tagger's place is one first name and no place,
        set off from it by a dash or a bar ("Kasia" of "Kasia - Harehills"; not "West" of
        "Sweet Street West"): a name."""
        words = WORD.findall(self.text[start:end])
        before, after = self.text[c.start : start], self.text[end : c.end]
        set_off = (start == c.start and _SET_OFF_AFTER.match(after)) or (
            end == c.end and _SET_OFF_BEFORE.search(before)
        )
        return (
            bool(set_off)
            and c.source == NER_RECOGNIZER
            and c.entity == "LOCATION"
            and len(words) == 1
            and words[0][:1].isupper()
            and self.lex.has_first_name(words[0].lower())
            and phrase_key(words[0]) not in self.lex.places  # "Carlisle" is a first name too
            and not self.lex.is_not_name(words[0])
        )

    def _name_like(self, s: str) -> bool:
        return any(w[0].isupper() and len(w) > 1 and not self.lex.is_not_name(w) for w in WORD.findall(s))
