"""Words that are not people's names (`lexicon.yaml`), and how a name is read off tokens.

Used by the name recognizers: a cue ("calls himself", "my mate") is followed by a name, and
`capture_names` reads it from the spaCy tokens of the one parse: a quoted alias, or up to
four capitalised words (titles and nicknames kept at the front), or, in text-speak, up to
two lower-case words that are not ordinary function words or verbs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab
from wordfreq import zipf_frequency

from common.config_yaml import read_yaml
from common.docs import doc_text
from common.vehicles import load_vehicles, make_words
from redaction.kinds import WORD

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")
PLATFORMS_FILE = Path(__file__).with_name("platforms.yaml")
PLATFORM_USES = ("handle_cue", "bare_handle", "context", "apposition", "not_name", "sign_off")
HANDLE_CUES = ("account_cues", "handle_links", "author_before", "author_after")  # platforms.yaml
GAZETTEER_DIR = Path(__file__).with_name("gazetteer")
COMMON_WORD_ZIPF = 4.0
EVERYDAY_WORD_ZIPF = 5.0  # about once in 10,000 words: "help", "keep", "write"
RARE_WORD_ZIPF = 3.0
INFLECTED_WORD_ZIPF = 2.5  # an inflected form must itself be an English word

_QUOTES = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}
OPEN_QUOTES = frozenset(_QUOTES)  # a quotation's opening marks
CLOSE_QUOTES = frozenset(_QUOTES.values())  # ... and its closing ones
# A lower-case word after a name cue is no name when the tagger is sure of it: a number or a
# symbol, or an inflected verb ("my mate saw", lemma "see"). The tags of an unknown word are
# guesses (a made-up name can come out as a preposition), so they alone never reject it.
_NOT_NAME_POS = {"NUM", "PUNCT", "SYM", "SPACE"}
_NAME_MARKS = "'\u2019-"
# a month's short form or a word written as a date, not a name: "5 Jan", "in May", "Jan 12"
_WEEKDAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?"
_DATED = re.compile(
    r"(?:\d(?:st|nd|rd|th)?|\b(?:in|on|since|until|till|from|by|of|last|next|early|late|mid|during|to|every|each|this)"
    rf"|\b{_WEEKDAY}\s*[-–—/&,])\s*$",  # "Mon–Thu", "Wed, Thu" (stop 54)
    re.I,
)
# (not a phone number: "Jan 07700 900160" on an advert is her name and her number; stop 57)
_DATE_AFTER = re.compile(
    rf"\s*(?:(?!0\d{{3}})\d|'\d)|\s*[-–—/&,]\s*{_WEEKDAY}\b|\s+(?:night|nite|eve|evening|morning|afternoon|am|pm)\b",
    re.I,
)
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*$", re.I)


def initials_shape(span: str) -> bool:
    """Two or three capitals ("DM"): initials, whatever abbreviation they also spell."""
    return 2 <= len(span) <= 3 and span.isupper()


def written_as_name(text: str, start: int, end: int) -> bool:
    """A word that is also a name (a month's short form, "Jan") written as a name here:
    capitalised, and no date ("5 Jan", "in May", "Jan 12")."""
    return text[start : start + 1].isupper() and not _DATED.search(text, 0, start) and not _DATE_AFTER.match(text, end)


@dataclass(frozen=True)
class Lexicon:
    not_names: frozenset[str]
    titles: frozenset[str]
    vehicle_makes: frozenset[str]
    place_types: tuple[str, ...]
    building_types: tuple[str, ...]
    street_types: tuple[str, ...] = ()  # each type, then its abbreviations ("road", "rd", ...)
    street_abbreviations: Mapping[str, str] = field(default_factory=dict)  # "rd" -> "road"
    places: frozenset[str] = frozenset()
    major_places: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    organisation_heads: frozenset[str] = frozenset()
    court_kinds: frozenset[str] = frozenset()
    vehicle_models: frozenset[str] = frozenset()
    # models that are everyday words too ("Polo", "Leon"): a car only after a colour ("a red Polo")
    colour_models: frozenset[str] = frozenset()
    colours: frozenset[str] = frozenset()
    months: tuple[str, ...] = ()  # in order: January first
    description_nouns: frozenset[str] = frozenset()
    advert_contact_cues: tuple[str, ...] = ()  # regular expressions, in the file's order
    advert_journey_cues: tuple[str, ...] = ()
    anonymised_labels: frozenset[str] = frozenset()
    staff_labels: tuple[str, ...] = ()  # regex fragments: staff named by initials after them
    subject_labels: tuple[str, ...] = ()  # regex fragments: "Pt (TV)": the note's subject by initials
    honorifics: frozenset[str] = frozenset()  # "Mr", "Dr": written before a surname, part of how he is named
    name_titles: frozenset[str] = frozenset()  # "Madam", "Boss", "uncle": before one name, part of it
    district_words: frozenset[str] = frozenset()  # "area", "side": a name before one is a district
    relation_words: frozenset[str] = frozenset()  # "sis", "mate": said before her people's first names
    peoples: frozenset[str] = frozenset()  # "Brummie", "Polish": where someone is from, no name
    abroad: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()  # countries and continents: too wide to place anyone
    official_titles: frozenset[str] = frozenset()
    vehicle_context: frozenset[str] = frozenset()
    driving_words: frozenset[str] = frozenset()  # articles, "in", verbs of driving
    public_heads: frozenset[str] = frozenset()
    venue_heads: frozenset[str] = frozenset()  # premises: "Golden Touch Spa" is a venue, "Kelly's Massage" hers
    surname_types: frozenset[str] = frozenset()
    plural_words: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    lower_place_types: tuple[str, ...] = ()
    leading_place_types: tuple[str, ...] = ()
    school_types: frozenset[str] = frozenset()
    young_school_types: frozenset[str] = frozenset()
    care_place_types: tuple[str, ...] = ()
    name_acronyms: frozenset[str] = frozenset()  # acronyms that are first names too ("NOK", "Nok")
    role_acronyms: frozenset[str] = frozenset()  # a role that acts in a note's plan ("GP to review")
    quoted_role_openers: frozenset[str] = frozenset()  # 'calls him "her pimp"': a role, no name
    name_idioms: tuple[str, ...] = ()  # "Old Bill", "Jack the lad": a name-like word in a saying, no one
    # calendar words that are first names too ("receptionist Jan (50s)", "5 Jan"): a name where
    # written as one (`written_as_name`), no one's elsewhere
    dated_names: frozenset[str] = frozenset()
    # days, short months and an advert's service words the name tagger runs into the word after
    # them ("Wed-Thu LINCOLN", "Outcall Hessle"): not part of a name
    lead_words: frozenset[str] = frozenset()
    job_heads: frozenset[str] = frozenset()  # "Officer", "Manager": the last word of a post's title

    def is_not_name_at(self, text: str, start: int, end: int) -> bool:
        """`is_not_name` of text[start:end], read where it stands: "Jan" is a name unless dated."""
        word = text[start:end]
        if word.lower() in self.dated_names:
            if written_as_name(text, start, end):
                return False
            # "2 May 2026", "May 3rd": the month; "in May", "to May" may still be her friend
            return self.is_not_name(word) or bool(_DAY_BEFORE.search(text, 0, start) or _DATE_AFTER.match(text, end))
        return self.is_not_name(word)

    def initials_read_as_word(self, written: str) -> bool:
        """Initials that spell an acronym too ("DM"), written here not in capitals ("a dm from
        him"): the word, not her initials again."""
        return self.is_not_name(written) and not written.isupper()

    def describes_next(self, text: str, end: int) -> bool:
        """The word right after text[:end], on its line, is a noun the words before it describe
        ("accent", "shirt", "tattoo")."""
        m = _NEXT_WORD.match(text, end)
        return m is not None and m.group(1).lower() in self.description_nouns

    def in_name_idiom(self, text: str, start: int, end: int) -> bool:
        """The span text[start:end] is inside one of the sayings ("told her I was Old Bill")."""
        lo = max(0, start - 30)
        near = text[lo : end + 30].lower()
        for idiom in self.name_idioms:
            for m in re.finditer(rf"(?<![\w']){re.escape(idiom)}(?![\w'])", near):
                if lo + m.start() <= start and end <= lo + m.start() + len(idiom):
                    return True
        return False

    def without_honorific(self, name: str) -> str:
        """A normalised name without the honorific it opens with ("mr chen bo" -> "chen bo")."""
        first, _, rest = name.partition(" ")
        return rest if rest and first.rstrip(".") in self.honorifics else name

    def is_not_name(self, word: str) -> bool:
        w = word.lower().replace("\u2019", "'")
        if w in self.name_acronyms and word[:1].isupper() and word[1:].islower():
            return False  # "NOK: mother" is next of kin; "a girl called Nok" is a name
        if w in self.not_names or w.removesuffix("'s") in self.not_names or w in self.job_heads:
            return True  # a listed word, or a post's head word ("Practitioner", "Midwife")
        # "Wednesdays", "40 WhatsApps": a day's or an app's plural (`plural_words`; not every
        # listed word's: "Banks", "Stones" and "Costas" are surnames)
        return len(w) > 3 and w.endswith("s") and w[:-1] in self.plural_words

    def is_place(self, span: str) -> bool:
        """A place of the gazetteer that is not also a first name ("Chelsea"), unless it is
        a major British place ("Bradford")."""
        key = phrase_key(span)
        return key in self.major_places or (key in self.places and not self._place_name_is_a_name(key))

    def is_major(self, span: str) -> bool:
        """A city big enough that naming it names no one ("Leeds", "London")."""
        return phrase_key(span) in self.major_places

    def is_british_place(self, span: str) -> bool:
        """A place of Britain the gazetteer knows that is no first name ("Lancaster",
        "Birkenhead"); a city abroad may be a working name ("Havana")."""
        return self.is_place(span) and not self.is_abroad(span)

    def in_british_gazetteer(self, span: str) -> bool:
        """A place of Britain the gazetteer knows, a first name too or not ("Washington")."""
        key = phrase_key(span)
        return (key in self.major_places or key in self.places) and not self.is_abroad(span)

    def names_a_town_part(self, span: str) -> bool:
        """A British town that is no first name, then words that are none either: a part of
        the town the name tagger read as a person ("Manchester Piccadilly", "Sutton Coldfield
        Boldmere"); "Preston Walker" (Preston is a first name too) stays a person, and so does a
        town's nickname for a man, whatever quote the tagger took with it ("'Derby Dave'")."""
        words = span.strip(" '\"\u2018\u2019\u201c\u201d").split()
        if len(words) < 2 or not words[0][:1].isupper() or self.has_first_name(phrase_key(words[0])):
            return False
        return self.is_british_place(words[0]) and not any(self.has_first_name(phrase_key(w)) for w in words[1:])

    def are_places(self, span: str) -> bool:
        """Places joined in one span ("Bradford + Wakefield", "Slough/Maidenhead", "Elgin &
        Nairn"): the name tagger often takes such a run for one name; each part is a place."""
        parts = [p for p in _PLACE_JOINER.split(span) if p.strip()]
        return len(parts) >= 2 and all(self.is_place(p) for p in parts)

    def is_organisation(self, span: str) -> bool:
        """A named organisation: one of the lexicon's, or capitalised words ending in an
        organisation's noun ("Leeds City Council", "Changing Lives Project") whose first
        word is no first name ("Dave's Taxis" is not)."""
        key = phrase_key(span).strip(" ()[]")  # the NER's "the Clydeside Inn (" is the inn
        if key in self.organisations:
            return True
        if key in self.places:
            return False  # "Leamington Spa", "Budleigh Salterton": a town, whatever its last word
        words = key.split()
        body = span.strip(" ()[]")
        if lead := _LEADING_THE.match(body.lower()):
            body = body[lead.end() :]  # "the Harbour Hotel": the article is no part of the name
        return (
            len(words) >= 2
            and words[-1] in self.organisation_heads
            and words[0] not in self.first_names
            and all(w[:1].isupper() for w in WORD.findall(body))
        )

    def care_place(self, span: str) -> bool:
        """A GP practice's or a day centre's name ("Kirkgate Surgery", "Oaklands Day Centre"):
        a name before one of `care_place_types`."""
        words = span.lower().split()
        return any(
            len(words) > len(t.split()) and " ".join(words[-len(t.split()) :]) == t for t in self.care_place_types
        )

    def organisation_spans(self, text: str, venues: bool = True) -> list[tuple[int, int]]:
        """Where the text names an organisation or a court ("Essex Police", "Hope for
        Justice", "Leeds Crown Court", "Burnley FC"): no word inside is a person, a home or an
        address. A listed organisation in any case; otherwise capitalised words ending in a
        capitalised organisation noun, unless they open with a first name that is no place.
        `venues`: premises of three words are a venue whatever their first word (not on an
        advert, where "Ploy Thai Massage" is the advertiser's own name)."""
        spans = [self._with_region(text, *m.span(1)) for m in _organisations_rx(self.organisations).finditer(text)]
        for m in _ORG_RUN.finditer(text):
            start = m.start()
            words = m.group().split()
            head = words[-1].lower().strip(".").replace("\u2019", "'").removesuffix("'s")  # "Kirklees Council's"
            if head in self.job_heads and "\n" in m.group():
                # a letter's signature ("Dr A. Okafor" / "General Practitioner"): the name over
                # the post's line is a person, the post alone is the title
                start += m.group().rindex("\n") + 1
                words = text[start : m.end()].split()
            before = words[-2].lower() if len(words) > 1 else ""
            court = head == "court" and before in self.court_kinds
            if len(words) < 2 or not (head in self.organisation_heads or court) or phrase_key(m.group()) in self.places:
                continue
            if self.care_place(m.group()) or head in self.school_types:
                # her GP's, her day centre's or a school's name ("Her kids go to Chantry Academy"):
                # a place of her life, decided with the places
                continue
            first = words[0].lower().replace("\u2019", "'").removesuffix("'s")
            public = head in self.public_heads or court  # "Essex Police": no one is called that
            # premises opening with a word that is also a first name ("Golden Touch Spa", "Velvet Nights
            # Sauna") are a venue unless the name is owned ("Kelly's Massage"; stop 56)
            venue = venues and head in self.venue_heads and len(words) >= 3 and not re.search(r"['\u2019]s$", words[0])
            if first in self.first_names and first not in self.places and not public and not venue:
                continue  # "Dave's Taxis", "Jade Escort Agency": a person's name for all that
            if not public and self._titled_possessor(words):
                continue  # "Madam X's Angels", "Mr Wong's Takeaway": a titled person's business (stop 43)
            spans.append(self._with_region(text, start, m.end()))
        return spans

    def _with_region(self, text: str, start: int, end: int) -> tuple[int, int]:
        """An organisation's span with the county or nation its name ends in ("Open Doors
        Essex", "Basis Yorkshire"): a branch's name, no person's."""
        m = _NEXT_CAPITALISED.match(text, end)
        if m and (m.group(1).lower() in self.regions or self.is_place(m.group(1))):
            return start, m.end()
        return start, end

    def anonymised_label(self, text: str, start: int, end: int) -> int | None:
        """Where "Woman A", "Victim 2" ends, if text[start:end] is or opens one: a report's
        stand-in for a person it will not name."""
        words = text[start:end].split()
        if len(words) == 2 and words[0].lower() in self.anonymised_labels and _LABEL_MARK.fullmatch(words[1]):
            return end
        if len(words) == 1 and words[0].lower() in self.anonymised_labels:
            m = _LABEL_AFTER.match(text, end)
            return m.end() if m else None
        return None

    def is_abroad(self, span: str) -> bool:
        """A country, a world region or a large city outside Britain that is no first name
        ("Lagos", "China", "Eastern Europe"; not "India" or "Paris", working names too)."""
        key = phrase_key(span)
        return key in self.abroad and not self._place_name_is_a_name(key)

    def is_vehicle_model(self, span: str) -> bool:
        return phrase_key(span) in self.vehicle_models

    def names_vehicle(self, word: str) -> bool:
        """A vehicle's make or model ("Vauxhall", "Astra")."""
        return word.lower() in self.vehicle_makes or self.is_vehicle_model(word)

    def is_colour_model(self, span: str, before: str) -> bool:
        """A model that is an everyday word too, right after a colour ("a red Polo", "silver Leon")."""
        return phrase_key(span) in self.colour_models and before.lower() in self.colours

    def is_driving_word(self, word: str) -> bool:
        """An article, "in" or a verb of driving: vehicle context only for a model's name."""
        return word.lower() in self.driving_words

    def is_vehicle_context(self, word: str) -> bool:
        """A word before a model that makes it a car: a colour, a make, a vehicle word, "drives"."""
        return word.lower() in self.vehicle_context

    def is_common_word(self, word: str) -> bool:
        """An everyday English word that no name list has ("Keeps", "Flights", "Rating"):
        a capitalised one at a sentence's start is not a name. Word frequencies from
        wordfreq (Zipf scale; 4.0 is about once in 100,000 words)."""
        low = word.lower().replace("\u2019", "'")
        if low in self.first_names or any(part in self.first_names for part in low.split("-") if "-" in low):
            return False  # "Lee-Anne": wordfreq reads it as "lee" and "anne", two common words
        zipf = zipf_frequency(low, "en")
        if zipf >= COMMON_WORD_ZIPF:
            return True
        # a rarer form of an everyday word, a case note's verb or plural ("Consents to
        # referral", "Alleges ..."): an English word whose stem is everyday and no name
        if zipf < INFLECTED_WORD_ZIPF:
            return False
        stems = {low.removesuffix(suffix) for suffix in ("es", "s", "ed", "d")} - {low}
        return any(
            len(stem) >= 4 and stem not in self.first_names and zipf_frequency(stem, "en") >= COMMON_WORD_ZIPF
            for stem in stems
        )

    def could_be_name(self, word: str) -> bool:
        """A word of the first-name lists, or one too rare to be an everyday word."""
        low = word.lower().replace("\u2019", "'")
        return low in self.first_names or zipf_frequency(low, "en") < RARE_WORD_ZIPF

    def has_first_name(self, key: str) -> bool:
        return key in self.first_names or any(w in self.first_names for w in key.split())

    def _place_name_is_a_name(self, key: str) -> bool:
        """A gazetteer place that reads as a person: the key is a first name, or every word of
        it is ("Chester", "Preston Walker"); "Sao Paulo" and "Stanley Ferry" are places whose
        one word is a name."""
        words = key.split()
        return key in self.first_names or (len(words) > 1 and all(w in self.first_names for w in words))

    def is_title(self, word: str) -> bool:
        return word.lower().rstrip(".") in self.titles or word.lower() in self.titles

    def spells_a_word(self, letters: str, vocab: Vocab) -> bool:
        """Lower-case letters that are a word or an abbreviation, not someone's initials ("an", "tv", "mr")."""
        return self.is_not_name(letters) or self.is_title(letters) or bool(vocab[letters].is_stop)

    def _titled_possessor(self, words: list[str]) -> bool:
        """A possessive word right after a title among the words ("Madam X's", "Mr Wong's")."""
        return any(
            i > 0 and w.lower().replace("\u2019", "'").endswith("'s") and self.is_title(words[i - 1])
            for i, w in enumerate(words)
        )


def _words(data: dict, key: str, source: str, lower: bool = True) -> list[str]:
    out = []
    for w in data.get(key) or []:
        if not isinstance(w, str):
            # YAML reads a bare on/off/yes/no as a boolean: quote such words
            raise ValueError(f"{source}: {key}: {w!r} is not a word (quote it)")
        out.append(w.strip().lower() if lower else w.strip())
    return out


def _street_types(data: dict, source: str) -> dict[str, list[str]]:
    """`street_types`: each street type and the abbreviations written for it."""
    types = data.get("street_types") or {}
    if not isinstance(types, dict):
        raise ValueError(f"{source}: street_types: a mapping of each type to its abbreviations")
    return {str(full).lower(): _words(types, full, f"{source}: street_types") for full in types}


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")  # the word right after a span, on its line
_LEADING_THE = re.compile(r"^(?:the|a|an)\s+")


# what joins places written as one run: "+", "/", "&", "and"
_PLACE_JOINER = re.compile(r"\s*(?:\+|/|&|\band\b)\s*")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, a space matching any run of spaces."""
    ordered = sorted(set(words) - {""}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def phrase_key(span: str) -> str:
    """A phrase compared with the lists: lower case, accents folded, spaces collapsed,
    a leading article and a trailing possessive dropped."""
    low = unicodedata.normalize("NFKD", " ".join(span.lower().replace("\u2019", "'").split()))
    low = "".join(ch for ch in low if not unicodedata.combining(ch))
    return _LEADING_THE.sub("", low).removesuffix("'s").strip(" .,;:")


def _list_file(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@cache
def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    data = read_yaml(path)
    not_names: set[str] = set()
    for key in ("brands", "calendar", "peoples", "words", "acronyms"):
        not_names |= set(_words(data, key, path.name))
    months = tuple(_words(data, "months", path.name))
    if len(months) != 12:
        raise ValueError(f"{path.name}: months: the twelve months in order, not {len(months)} words")
    not_names |= set(months) - set(_words(data, "calendar_names", path.name))
    not_names |= make_words()  # the vehicle makes: processors/patterns/vehicles.yaml
    not_names |= set(load_platforms().using("not_name"))
    streets = _street_types(data, path.name)
    first_names = (
        _list_file(GAZETTEER_DIR / "first_names.txt")
        | set(_words(data, "word_names", path.name))
        | set(_words(data, "nicknames", path.name))
    )
    return Lexicon(
        not_names=frozenset(not_names),
        titles=frozenset(_words(data, "titles", path.name)),
        vehicle_makes=make_words(),
        months=months,
        place_types=tuple(_words(data, "place_types", path.name)),
        building_types=tuple(_words(data, "building_types", path.name)),
        street_types=tuple(w for full, short in streets.items() for w in (full, *short)),
        street_abbreviations={a: full for full, short in streets.items() for a in short},
        # GeoNames' towns, and the hand-kept counties, council areas and districts they lack
        places=_list_file(GAZETTEER_DIR / "places.txt") | _list_file(GAZETTEER_DIR / "places_uk_areas.txt"),
        major_places=_list_file(GAZETTEER_DIR / "places_major.txt"),
        first_names=frozenset(first_names),
        name_acronyms=frozenset(set(_words(data, "acronyms", path.name)) & first_names),
        role_acronyms=frozenset(_words(data, "role_acronyms", path.name)),
        quoted_role_openers=frozenset(_words(data, "quoted_role_openers", path.name)),
        organisations=frozenset(phrase_key(w) for w in _words(data, "organisations", path.name)),
        organisation_heads=frozenset(_words(data, "organisation_heads", path.name)),
        court_kinds=frozenset(_words(data, "court_kinds", path.name)),
        description_nouns=frozenset(_words(data, "description_nouns", path.name)),
        advert_contact_cues=tuple(_words(data, "advert_contact_cues", path.name)),
        advert_journey_cues=tuple(_words(data, "advert_journey_cues", path.name)),
        anonymised_labels=frozenset(_words(data, "anonymised_labels", path.name)),
        staff_labels=tuple(_words(data, "staff_labels", path.name)),
        subject_labels=tuple(_words(data, "subject_labels", path.name)),
        honorifics=frozenset(_words(data, "honorifics", path.name)),
        name_titles=frozenset(_words(data, "name_titles", path.name)),
        district_words=frozenset(_words(data, "district_words", path.name)),
        relation_words=frozenset(_words(data, "relation_words", path.name)),
        peoples=frozenset(_words(data, "peoples", path.name)),
        official_titles=frozenset(_words(data, "official_titles", path.name)),
        surname_types=frozenset(_words(data, "surname_place_types", path.name)),
        plural_words=frozenset(_words(data, "plural_words", path.name)),
        regions=frozenset(_words(data, "regions", path.name)),
        lower_place_types=tuple(_words(data, "lower_place_types", path.name)),
        leading_place_types=tuple(_words(data, "leading_place_types", path.name)),
        school_types=frozenset(_words(data, "school_types", path.name)),
        young_school_types=frozenset(_words(data, "young_school_types", path.name)),
        care_place_types=tuple(_words(data, "care_place_types", path.name)),
        abroad=_list_file(GAZETTEER_DIR / "places_abroad.txt") | set(_words(data, "world_regions", path.name)),
        countries=_list_file(GAZETTEER_DIR / "places_countries.txt") | set(_words(data, "world_regions", path.name)),
        public_heads=frozenset(_words(data, "public_heads", path.name)),
        venue_heads=frozenset(_words(data, "venue_heads", path.name)),
        name_idioms=tuple(_words(data, "name_idioms", path.name)),
        dated_names=frozenset(_words(data, "dated_names", path.name)),
        job_heads=frozenset(_words(data, "job_heads", path.name)),
        lead_words=frozenset(_words(data, "calendar", path.name) + _words(data, "name_lead_words", path.name)),
        **_vehicle_words(_words(data, "vehicle_context_words", path.name)),
    )


@dataclass(frozen=True)
class Platforms:
    """`platforms.yaml`: the words for each platform and where each word counts."""

    names: dict[str, str]  # word -> the platform it names
    uses: dict[str, tuple[str, ...]]  # use -> its words, in the file's order
    # the handle recognizer's other cues (regular expressions): key -> alternatives, in order
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def using(self, use: str) -> tuple[str, ...]:
        return self.uses[use]


@cache
def load_platforms(path: Path = PLATFORMS_FILE) -> Platforms:
    document = read_yaml(path)
    data = document["platforms"]
    names: dict[str, str] = {}
    uses: dict[str, list[str]] = {use: [] for use in PLATFORM_USES}
    for word, spec in data.items():
        if not isinstance(word, str):
            raise ValueError(f"{path.name}: {word!r} is not a word (quote it)")
        if spec.get("name"):
            names[word.lower()] = str(spec["name"])
        for use in spec.get("uses") or []:
            if use not in uses:
                raise ValueError(f"{path.name}: {word}: unknown use {use!r} (one of {', '.join(PLATFORM_USES)})")
            uses[use].append(word.lower())
    cues = {key: tuple(_words(document, key, path.name, lower=False)) for key in HANDLE_CUES}
    return Platforms(names, {use: tuple(words) for use, words in uses.items()}, cues)


# The vehicle gazetteer is the extraction's (one list of makes and models): read here too so
# that a model ("a black Qashqai") is never redacted as a person's name.
def _vehicle_words(driving: list[str]) -> dict[str, frozenset[str]]:
    data = load_vehicles()
    needs_make = {str(m).lower() for m in data.get("needs_make") or []}
    models: set[str] = set()
    context = {str(w).lower() for key in ("colours", "colour_modifiers", "vehicle_words") for w in data[key]}
    for make, spec in data["makes"].items():
        spec = spec or {}
        context |= {str(a).lower() for a in [make, *(spec.get("aliases") or [])]}
        if spec.get("ambiguous"):
            continue
        for entry in spec.get("models") or []:
            models |= {m.strip().lower() for m in str(entry).split("|") if m.strip().lower() not in needs_make}
    models = {m for m in models if not m.isdigit() and len(m) > 2}
    colours = {str(w).lower() for key in ("colours", "colour_modifiers") for w in data[key]}
    return {
        "vehicle_models": frozenset(models),
        "colour_models": frozenset(m for m in needs_make if not m.isdigit() and len(m) > 2),
        "colours": frozenset(colours),
        "vehicle_context": frozenset(context | set(driving)),
        "driving_words": frozenset(driving),
    }


# Up to six capitalised words ("and" or "&" between them: "Avon and Somerset Police"), the last one
# the head; never across "of" ("DC Paul Mercer of Essex Police" names a person).
_ORG_RUN = re.compile(r"(?<![\w@./])(?:[A-Z][\w'\u2019-]*\s+(?:(?:and|&)\s+)?){1,5}[A-Z][\w'\u2019]*(?![\w@/])")


_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-Z][a-z]+)\b")

# What follows an anonymising label ("Woman A", "Victim 2"): not "I" ("a man I met").
LABEL_MARK = r"(?:[A-HJ-Z]|\d{1,2})"
_LABEL_MARK = re.compile(LABEL_MARK)
_LABEL_AFTER = re.compile(rf"[ \t]+{LABEL_MARK}(?![\w'\u2019])")


@cache
def _organisations_rx(organisations: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(organisations, key=len, reverse=True))
    return re.compile(rf"(?<![\w@./])(?:the\s+)?({alternation})(?![\w@/])", re.IGNORECASE)


def is_name_word(t: str) -> bool:
    """Letters of any script (accents and combining marks included: "Łukasz", "Ми́ла"),
    with an inner apostrophe or hyphen."""
    return (
        len(t) > 0
        and t[0].isalpha()
        and all(ch.isalpha() or unicodedata.category(ch).startswith("M") or ch in _NAME_MARKS for ch in t)
    )


def written_with_capitals(doc: Doc) -> bool:
    """Most sentences open with a capital (60%): prose, not text-speak."""
    starts = [next((ch for ch in s.text if ch.isalpha()), "") for s in doc.sents]
    starts = [ch for ch in starts if ch]
    return bool(starts) and sum(ch.isupper() for ch in starts) >= 0.6 * len(starts)


def is_capitalised(token: Token) -> bool:
    return is_capitalised_word(token.text)


def token_at(doc: Doc, char: int, slack: int = 3) -> Token | None:
    """The first token starting at or after `char`, if only spaces/commas/colons come between."""
    text = doc_text(doc)
    i = char
    while i < len(text) and i - char <= slack and text[i] in " \t,:\u00a0":
        i += 1
    if i >= len(text):
        return None
    span = doc.char_span(i, i + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    return tok if tok.idx == i else None


_NICKNAME_TAIL = re.compile(
    r"[ \t]+(?P<nick>([\"'\u2018\u201c])[A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*)?[\"'\u2019\u201d])"
    r"(?:[ \t]+(?P<surname>[A-Z][a-z][\w'\u2019\-]*(?:-[A-Z][a-z]+)?))?"
)
# function words that make a quoted lower-case run a phrase rather than a nickname
_PHRASE_WORDS = frozenset(
    {"the", "a", "an", "for", "to", "it", "of", "in", "on", "at", "is", "was", "just", "my", "your"}
)


def capture_names(
    doc: Doc,
    char: int,
    lex: Lexicon,
    capitalised_only: bool = False,
    coordinated: bool = False,
    max_words: int = 4,
    any_word: bool = False,
) -> list[tuple[int, int]]:
    """Character spans of the name(s) starting at `char` in `doc` (empty: none there).
    `any_word`: the first capitalised word is a name even if a not-name list holds it."""
    text = doc_text(doc)
    i = char
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if text.startswith("(", i) and ")" in text[i + 1 : i + 30]:
        # "her partner (Ash)": the cue's bracket, which its end may not take before a word
        char = i = i + 1
    if i < len(text) and text[i] in _QUOTES:
        close = text.find(_QUOTES[text[i]], i + 1, i + 80)
        inner = text[i + 1 : close] if close > 0 else ""
        words = inner.split()
        if len(words) > 4 and inner[:1].isupper():
            # "said he was 'DS Tom Allen from Trinity Road'": the name the quote opens with
            opening = capture_names(doc, i + 1, lex, capitalised_only, coordinated, max_words, any_word)
            return [(a, b) for a, b in opening[:1] if b <= close]
        if not inner or not 1 <= len(words) <= 4 or not re.search(r"[^\W\d_]", inner) or inner.isdigit():
            return []
        # words he said of himself, not a name: "said he was 'vice squad'", "claims to be
        # 'connected in Leeds'" (a cue for capitals), "'down for the races'"
        if capitalised_only and not inner[:1].isupper():
            return []
        if inner.islower() and len(words) >= 3 and any(w in _PHRASE_WORDS for w in words):
            return []
        return [(i + 1, close)]
    tok = token_at(doc, char)
    if tok is None:
        return []
    if tok.text == "the" and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
        tok = doc[tok.i + 1]  # a nickname with its article: "known as the Butcher"
    spans: list[tuple[int, int]] = []
    # after a victim-side cue ("her friend Nok", "my driver Mo") a first name wins over the
    # non-name lists (NOK: next of kin; MO: modus operandi): a name there is the safe reading
    span = _read_name(doc, tok, lex, capitalised_only, max_words, first_name_wins=coordinated, any_word=any_word)
    while span is not None:
        spans += _name_spans(doc, span, lex)
        span = _next_name(doc, span[1], lex, max_words, coordinated)
    return spans


def _name_spans(doc: Doc, span: tuple[int, int], lex: Lexicon) -> list[tuple[int, int]]:
    """The character span of the name at token range `span`, with what its quoted nickname adds."""
    last = doc[span[1] - 1]
    # "Big Mo." at a sentence's end: the name, not its full stop
    end = last.idx + len(last.text) - (1 if _stopped_name(last) else 0)
    # 'Darren "Daz" Whitley': the nickname in quotes and the surname after it are his name too
    text = doc_text(doc)
    # (not after a town: "Basildon 'Spotted' group" is a page's name)
    tail = None if lex.is_place(text[doc[span[0]].idx : end]) else _NICKNAME_TAIL.match(text, end)
    if tail and tail.group("surname") and not lex.is_not_name(tail.group("surname")):
        return [(doc[span[0]].idx, tail.end())]
    if tail:  # "a man called Darren 'Daz'": the nickname is a name of his too
        return [(doc[span[0]].idx, end), (tail.start("nick") + 1, tail.end("nick") - 1)]
    return [(doc[span[0]].idx, end)]


def _next_name(doc: Doc, nxt: int, lex: Lexicon, max_words: int, coordinated: bool) -> tuple[int, int] | None:
    """The name joined to the one ending at token `nxt`: "Reece or Rees" (one man, the name
    heard two ways) always; ", Sofia and Nikita" (more names joined by a comma, '&' or
    'and') where the cue names several."""
    if nxt + 1 < len(doc) and doc[nxt].lower_ == "or" and is_capitalised(doc[nxt + 1]):
        return _read_name(doc, doc[nxt + 1], lex, True, max_words)
    if not coordinated or nxt + 1 >= len(doc) or doc[nxt].text not in {",", "&", "and"}:
        return None
    j = nxt + 1
    if doc[j].text == "and" and doc[nxt].text == ",":
        j += 1
    return _read_name(doc, doc[j], lex, True, max_words) if j < len(doc) else None


def _read_name(
    doc: Doc,
    tok: Token,
    lex: Lexicon,
    capitalised_only: bool,
    max_words: int,
    first_name_wins: bool = False,
    any_word: bool = False,
) -> tuple[int, int] | None:
    """Token range [start, end) of a name beginning at `tok`."""
    capitalised = is_capitalised(tok) or _stopped_name(tok) or _initial_before_name(tok)
    if capitalised or (tok.text.isupper() and len(tok.text) >= 2 and tok.is_alpha):
        return _read_capitalised_name(doc, tok.i, lex, max_words, first_name_wins, any_word)
    if capitalised_only:
        return None
    return _read_lowercase_name(doc, tok.i, lex)


# one capital with its full stop, as a name's initial ("K." of "K. Brannigan", "B." of "Jo B.")
_INITIAL_TOKEN = re.compile(r"[A-Z]\.")
# one capital alone after a name's word ("Uncle T", "Daddy G"); not "I" or "A", which are words
_LETTER_NAME = re.compile(r"[B-HJ-Z]")


def _initial_before_name(t: Token) -> bool:
    """An initial before a capitalised word: "K." of "K. Brannigan"."""
    return bool(_INITIAL_TOKEN.fullmatch(t.text)) and t.i + 1 < len(t.doc) and is_capitalised(t.doc[t.i + 1])


def _stopped_name(t: Token) -> bool:
    """A capitalised word the tokenizer left glued to the full stop that ends its sentence
    ("... Staff: SN Priestley, HCA Mo.")."""
    last = t.i == len(t.doc) - 1 or t.doc[t.i + 1].is_space or bool(t.doc[t.i + 1].is_sent_start)
    return last and len(t.text) > 2 and t.text.endswith(".") and is_capitalised_word(t.text[:-1])


def is_capitalised_word(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and is_name_word(word)


def _read_capitalised_name(
    doc: Doc, i: int, lex: Lexicon, max_words: int, first_name_wins: bool, any_word: bool = False
) -> tuple[int, int] | None:
    """A name in capitals from token `i`: capitalised (or upper-case) words, glued parts
    ("Kelly-Ann"), no trailing title."""
    j = i
    words = 0
    if _initial_before_name(doc[i]):
        j += 1  # "K. Brannigan": an initial before the surname is part of the name
    while j < len(doc) and words < max_words:
        t = doc[j]
        stopped = _stopped_name(t)  # "HCA Mo.": the word without the sentence's full stop
        word = t.text[:-1] if stopped else t.text
        if stopped or is_capitalised(t) or (t.text.isupper() and t.is_alpha and len(t.text) >= 2):
            listed = lex.is_not_name(word) and not lex.is_title(word)
            if listed and not (j == i and (any_word or (first_name_wins and word.lower() in lex.first_names))):
                break
            words += 1
            j += 1
            if stopped:
                break  # the sentence ends with it
            # "Kelly-Ann", "O'Neil": glued parts
            glued = j + 1 < len(doc) and doc[j].text in {"-", "'"} and not doc[j - 1].whitespace_
            if glued and is_capitalised(doc[j + 1]) and not doc[j].whitespace_:
                j += 2
            continue
        break
    if words and j < len(doc) and _LETTER_NAME.fullmatch(doc[j].text) and doc[j - 1].whitespace_:
        j += 1  # "Uncle T", "Daddy G": a letter that is the name, after the word before it
    # drop trailing titles ("... PC"), require a non-title word
    while j > i and lex.is_title(doc[j - 1].text):
        j -= 1
    if words and j < len(doc) and _INITIAL_TOKEN.fullmatch(doc[j].text) and doc[j - 1].whitespace_:
        j += 1  # "Jo B.": a surname's initial after the first name
    if j > i and any(not lex.is_title(doc[k].text) for k in range(i, j)):
        return i, j
    return None


def _read_lowercase_name(doc: Doc, i: int, lex: Lexicon) -> tuple[int, int] | None:
    """A name in text-speak from token `i`: "my mate kaylee", "called big mick"."""
    j = i
    while j < len(doc) and j - i < 2:
        t = doc[j]
        lower = t.text.lower()
        if not (t.is_alpha and t.text.islower() and len(t.text) >= 2):
            break
        title = lex.is_title(lower)
        inflected_verb = t.pos_ in ("VERB", "AUX") and t.lemma_.lower() != lower
        # a word in everyone's everyday use that is no first name: "my friend help write this"
        everyday = lower not in lex.first_names and zipf_frequency(lower, "en") >= EVERYDAY_WORD_ZIPF
        if not title and (t.is_stop or lex.is_not_name(lower) or t.pos_ in _NOT_NAME_POS or inflected_verb or everyday):
            break
        j += 1
    while j > i and lex.is_title(doc[j - 1].text):
        j -= 1
    if j > i:
        return i, j
    return None
