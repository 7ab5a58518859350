"""Places: a town, a district or a street kept as the incident's, or redacted as a home."""

from __future__ import annotations

import re

from redaction.candidates import GAZETTEER, POSSESSIVE_AFTER, SAINT_OPENS, place_cue
from redaction.decide_desktop import DesktopDecisions
from redaction.kinds import ADDRESS_KINDS, PLACE_KINDS, PRECEDENCE, canonical, surnames
from redaction.lexicon import phrase_key
from redaction.recognizers.advert_names import NAME as ADVERT_NAME
from redaction.recognizers.proper_nouns import NAME as PROPER_NOUN
from redaction.recognizers.value_list import INCIDENT_PLACES
from redaction.roles import OFFENDER
from redaction.run_state import NER_TIER
from redaction.spans import Candidate, words_of

_ADVERT_TIER = PRECEDENCE.tier("PERSON", ADVERT_NAME)  # an advert's capitalised words
# Between a place and a word in a list with it ("Ravensthorpe and Thornhill Lees").
# Not a comma: "Maindee, Newport" is a district and its town, often a home address.
_COORD_GAP = re.compile(r"^\s*(?:&|\band\b|\bor\b|/|,\s*(?:and|or))\s*$")
# After a place: a word of where ("Balby Road by Hexthorpe", "Holiday Inn by Camden Lock").
# Not "by" or "at": "picked up on Oak Road by Nowak" names the man who did it.
_BESIDE_GAP = re.compile(r"^,?\s+(?:near|off|behind|opposite|past)\s+(?:the\s+)?$")
# After a street: its district, written after a comma ("Waterloo Road, Cobridge").
_DISTRICT_GAP = re.compile(r"^,\s*$")
# a school's word, then where it is: "the nursery on", "Little Acorns Nursery in"
_SCHOOL_BEFORE = re.compile(r"\b(\w+)(?:'s)?\s+(?:on|in|off|near)\s+(?:the\s+)?$", re.I)
# After a home: its district after a comma, or its street or town after on, off or in ("the
# hostel on Great Ducie St", "our supported flats in Bransholme").
_HOME_PLACE_GAP = re.compile(r"^(?:,\s*|\s+(?:on|off|in)\s+(?:the\s+)?)$")
# a place's preposition right before a word: "in Shipley", "from Shipley", "Shipley's" is still his
_PLACE_PREP_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|of|around|outside|towards|via|round|through)\s+(?:the\s+)?$", re.I
)
# Between two members of a list of places ("outcalls Gateshead, Jesmond, Heaton").
_LIST_GAP = re.compile(r"^\s*(?:,|&|\+|\band\b|\bor\b|/|,\s*(?:and|or))\s*$")
# A house number right before a place name, and the end of an address after it.
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w£$€.,:/\-])(?:flat\s+\d{1,4}[a-z]?,?\s+)?\d{1,4}[a-zA-Z]?\s+$", re.I)
# A house number written after the street ("Hylton Lane, number 88", "Oak Road no. 4").
_HOUSE_NUMBER_AFTER = re.compile(r",?\s*(?:number|no\.?|#)\s*\d{1,4}[a-zA-Z]?\b", re.I)
_FIRST_WORD = re.compile(r"\S+\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# the street of a house: the words after its number ("42 Spotland Road", "Flat 4, 9 Mivart St")
_NUMBER_ALONE = re.compile(r"(?:number|no\.?)\s*\d", re.I)
_STREET_OF_HOUSE = re.compile(r"\d+[a-zA-Z]?,?\s+([A-Za-z][\w'\u2019\-]*(?:\s+[A-Za-z][\w'\u2019\-]*){0,3})\s*$")
_ADDRESS_END = re.compile(r"\s*(?:,|\.|\(|$|[A-Z]{1,2}\d)")
# What ends a sentence before the next one opens: a stop, a line's end, a colon
_SENTENCE_END = re.compile(r"[.!?\n;:][\"'\u2019\u201d)\]]*\s*$")


_NOUN_OF_BEFORE = re.compile(r"\b(\w+)\s+of\s+(?:the\s+)?$")  # "shirt of Boca Juniors"


class PlaceDecisions(DesktopDecisions):
    """Places: a town, a district or a street kept as the incident's, or redacted as a home."""

    def _place_tails(self, names: list[Candidate], places: list[Candidate]) -> list[Candidate]:
        """The name candidates that are the rest of a place's name, the place extended over
        them: a capitalised word the name tagger took alone, right after a town or district and
        a space ("Mansfield Woodhouse", "Peckham Rye",
        "Manchester Piccadilly", "Dundee Sheriff Court"): the place is read whole. A first name
        there is someone ("in Leeds Kelly was ...") and stays a name."""
        towns = [p for p in places if p.entity in ("LOCATION", "PLACE")]
        pairs = []  # (tail, its place): the places are extended once all are found
        for c in names:
            word = self.text[c.start : c.end]
            if c.tier < NER_TIER or not word[:1].isupper() or self.lex.has_first_name(canonical("PERSON", word)):
                continue
            head = next((p for p in towns if p.end + 1 == c.start and self.text[p.end] == " "), None)
            if head is not None and self.lex.is_place(self.text[head.start : head.end]):
                pairs.append((c, head))
        for c, head in pairs:
            head.end = c.end
        return [c for c, _ in pairs]

    def _place_position(self, c: Candidate) -> bool:
        cue = place_cue(self.rules, self.text, c.start, c.end, window=20)
        if cue is not None:
            return cue
        before = self.text[max(0, c.start - 20) : c.start]
        if self._beside_place(c) or self._place_list(c):
            return True
        # "at the Nelson pub", "the Dorothy estate": a word a place's head follows names the place,
        # a first name too
        after = self.text[c.end : c.end + 30]
        if self.rules.place_after.match(after) and not POSSESSIVE_AFTER.match(after):
            return True
        # "drove her to Crookes": a journey's end, unless the word is someone's first name
        # ("took the money to Shannon")
        key = canonical("PERSON", self.text[c.start : c.end])
        return not self.lex.has_first_name(key) and self.rules.place_context(before, "", self._prep_head(c.start))

    def _british_town(self, c: Candidate) -> bool:
        """A place of Britain the gazetteer knows that is no first name ("Southport", not "Beverley")."""
        return self.lex.is_british_place(self.text[c.start : c.end]) and not self._first_name(c)

    def _cued_town(self, c: Candidate) -> bool:
        """A town of Britain, a first name too or not, where the words before it want a place
        ("outcall Southport", "outcall Washington"): in an advert too, a place, not the
        advertiser's name."""
        word = self.text[c.start : c.end]
        # ... or a capitalised word no tagger called a name and no first name ("Incalls Uplands")
        unnamed = c.source == PROPER_NOUN and not self.lex.has_first_name(canonical("PERSON", word))
        if not (self.lex.in_british_gazetteer(word) or unnamed):
            return False
        return bool(place_cue(self.rules, self.text, c.start, c.end, window=20))

    def _beside_place(self, c: Candidate) -> bool:
        """A word with no first name in it whose neighbour is a place: a place in a list of
        places ("Ravensthorpe and Thornhill Lees"), or one a place is said to be near ("Balby
        Road near Hexthorpe"). Not the word after a street and a comma ("Waterloo Road,
        Cobridge"): on the frozen sets that kept a victim's identifier (a home district
        written with no home cue), so it stays redacted."""
        key = canonical("PERSON", self.text[c.start : c.end])
        if self.lex.has_first_name(key):
            return False
        for p in self.place_cands:
            if p.end <= c.start and c.start - p.end <= 12:
                gap = self.text[p.end : c.start]
                if _BESIDE_GAP.match(gap) and p.entity in ("STREET", "PLACE", "LOCATION"):
                    return True
                if _COORD_GAP.match(gap) and p.entity in ("PLACE", "LOCATION"):
                    return True
            after = p.start >= c.end and p.start - c.end <= 8 and p.entity in ("PLACE", "LOCATION")
            if after and _COORD_GAP.match(self.text[c.end : p.start]):
                return True
        return False

    def _place_list(self, c: Candidate) -> bool:
        """A member of a list of places: three or more ("outcalls Gateshead, Jesmond, Heaton",
        "Belfast, Lisburn, Derry"), or two joined by a word ("Elgin & Nairn"), with no home
        word before the list. Not two joined by a comma: "Maindee, Newport" is a district
        and its town, often a home address."""
        # a member may be a word the NER took for a name ("Peckham, Lewisham and Croydon"),
        # so long as it holds no first name and one member is a place
        members = [p for p in self.place_cands if p.entity in ("PLACE", "LOCATION")]
        # an advert's capitalised words too ("six adverts for Peckham, Lewisham and Croydon"):
        # a list of working names has no place in it, and a first name ends any list
        members += [n for n in self.name_cands if n.tier >= _ADVERT_TIER and not self._first_name(n)]
        places = sorted(members, key=lambda p: (p.start, -p.end))
        chain = [c]
        gaps: list[str] = []
        for step in (-1, 1):
            cur = c
            while True:
                nxt = None
                for p in places:
                    a, b = (p, cur) if step < 0 else (cur, p)
                    gap = self.text[a.end : b.start]
                    if p is not cur and a.end <= b.start and b.start - a.end <= 8 and _LIST_GAP.match(gap):
                        nxt = p
                        break
                if nxt is None or nxt in chain:
                    break
                chain.append(nxt)
                gaps.append(gap)
                cur = nxt
        if len(chain) < 3 and not any(g.strip() != "," for g in gaps):
            return False
        placed = any(p.entity in ("PLACE", "LOCATION") or self._british_town(p) for p in chain)
        if not placed or any(self._first_name(p) for p in chain):
            return False
        first = min(chain, key=lambda p: p.start)
        s_start, _ = self._sentence(first.start, first.end)
        return not self._home_context(self.text[max(s_start, first.start - 80) : first.start])

    def _after_home_street(self, c: Candidate) -> bool | None:
        """Whether the street this district follows ("Oak Road, Cobridge") is a home: None
        when no street comes right before it."""
        for p in self.place_cands:
            if p.end <= c.start and _DISTRICT_GAP.match(self.text[p.end : c.start]):
                if p.entity in ADDRESS_KINDS:
                    return True
                if p.entity == "STREET":
                    s_start, _ = self._sentence(p.start, p.end)
                    return self._home_context(self.text[max(s_start, p.start - 80) : p.start])
        return None

    def _after_redacted_address(self, c: Candidate) -> bool:
        """The place comes right after an address already redacted as a home, or after the street
        of her own address field that holds the place too ("my home address (12 Saffrons Mews,
        Eastbourne BN21 4XY)"), or after a home named by what it is ("stopping at the hostel on
        Great Ducie St", "our supported flats in Bransholme"), or after an address a home cue
        gives ("Subject's address: 9 Cliff Parade, Wakefield"): the same home's street or town."""
        addresses = [a.lower() for a in self.ctx.victim_values.get("address", [])]
        both = self.text[c.start : c.end].lower()

        def home(p: Candidate) -> bool:
            street = self.text[p.start : p.end].lower()
            if (p.start, p.end) in self.homes or any(street in a and both in a for a in addresses):
                return True
            # an address a home cue gives ("Subject's address: 9 Cliff Parade, Wakefield WF1 2TA")
            s_start, _ = self._sentence(p.start, p.end)
            return self._home_context(self.text[max(s_start, p.start - 80) : p.start])

        before = [p for p in self.redact if p.entity in ADDRESS_KINDS and p.end <= c.start]
        return any(_HOME_PLACE_GAP.match(self.text[p.end : c.start]) and home(p) for p in before)

    def _place_sentence_start(self, c: Candidate) -> int:
        """Where the place's sentence opens; where the parser opened one with nothing ending the
        one before ("Eh'm fae | Forfar": speech it cannot parse), where that one opens."""
        s_start, _ = self._sentence(c.start, c.end)
        if s_start and not _SENTENCE_END.search(self.text, max(0, s_start - 4), s_start):
            return self._previous_sentence_start(s_start)
        return s_start

    def _decide_defendant_home(self, c: Candidate) -> None:
        """A court report's "X, 41, of Bilborough": the accused's area, kept; but the area of a
        man the court cleared ("Gavin Shaw, 37, of Beeston, ... was cleared") is no offender's:
        his home, redacted with his name (stop 47)."""
        if self.rules.desktop.cleared(self.text, c.end):
            self._redact_home(c)
        else:
            self._keep(c, "LOCATION", "incident", "rule:defendant_home")

    def _decide_place(self, c: Candidate) -> None:
        text = self.text
        entity = c.entity
        before = text[max(self._place_sentence_start(c), c.start - 80) : c.start]
        after = text[c.end : c.end + 40]
        if self._decided_by_field(c, before):
            return
        if self._decided_on_page(c, before) or self._decided_as_workplace(c, before, after):
            return
        title = _FIRST_WORD.match(text, c.start, c.end)
        inside = title is not None and self._official(title.group())
        if entity == "STREET" and (self._official(before) or inside):
            # "Recorder James Hill", "Judge Mark Lane": a person, not a street; the title stays
            c.entity, c.start = "PERSON", title.end() if title is not None and inside else c.start
            self.redact.append(c)
            return
        if entity not in ADDRESS_KINDS and self._offender_surname(c, before):
            c.entity = "PERSON"  # "Nathan Shipley, 31, ..." then "Shipley sent": his name, not the town
            self._keep(c, "PERSON", OFFENDER, "rule:offender_surname")
            return
        if self._decided_as_address(c, before, after):
            return
        if c.source == "defendant_home":
            self._decide_defendant_home(c)
            return
        if entity in ("PLACE", "LOCATION") and self._decided_abroad(c, before):
            return
        if c.source == "name_in_place_position" and (self._after_home_street(c) or self._home_context(before, after)):
            self._redact_home(c)  # "lives in Cobridge", "her flat on Oak Road, Cobridge": her home's district
            return
        if entity in ("PLACE", "LOCATION", "STREET") and self._after_redacted_address(c):
            self._redact_home(c)  # "my home address (12 Saffrons Mews, Eastbourne ...": the home's town
            return
        if entity == "PLACE" and self._decided_by_home(c, before, after):
            return  # "come my place for Thornton Heath": her home's district; "lives out Tingley way": his
        if entity == "PLACE" or c.source == "name_in_place_position":
            listed = c.source == "name_in_place_position" and self._place_list(c)
            self._keep(c, "LOCATION", "incident", "rule:place_list" if listed else "rule:named_place")
            return
        self._decide_named_place(c, before, after)

    def _decided_by_field(self, c: Candidate, before: str) -> bool:
        """A place the record's location field names: kept as the incident's, unless she says
        right before that she lives there ("I live in Carlisle" when the field's district is
        Carlisle: the field says where it happened, the sentence says who she is; stop 44)."""
        if not (c.source == INCIDENT_PLACES or self._in_incident_field(c)):
            return False
        if self.rules.says_she_lives(before):
            self._redact_home(c)  # the location field's copy goes with it (redaction/location_field.py)
        else:
            self._keep(c, "LOCATION" if c.entity in PLACE_KINDS else c.entity, "incident", "location field")
        return True

    def _place_of_her_life(self, c: Candidate, before: str) -> bool:
        """Her children's school named beside them, or any young children's school, her GP or a
        day centre, or where she works by day (`kids_school`, `day_job_before` in roles.yaml):
        identifying as her home is."""
        s_start, s_end = self._sentence(c.start, c.end)
        sentence = self.text[s_start:s_end]
        words = self.text[c.start : c.end].lower().split()
        school = bool(words) and (words[-1] in self.lex.school_types or words[0] in self.lex.school_types)
        young = bool(words) and words[-1] in self.lex.young_school_types and not self._worn(c)
        if school and (young or self.rules.kids_school.search(sentence)):
            return True
        written = self.text[c.start : c.end]
        country = phrase_key(written) in self.lex.countries
        if self._school_street(before) and not country and self.rules.kids_school.search(sentence):
            # "the nursery on Stanley Road when I drop our daughter off": where the school is (not a
            # country: "a photo of my daughter at school in Lithuania")
            return True
        if self.lex.care_place(written):
            return True  # her GP's or her mum's day centre (`care_place_types`)
        return self.rules.day_job(before, sentence)

    def _school_street(self, before: str) -> bool:
        """The words before a place are a school's, then "on" or "in": "Little Acorns Nursery on"."""
        m = _SCHOOL_BEFORE.search(before)
        return m is not None and m.group(1).lower() in self.lex.school_types

    def _worn(self, c: Candidate) -> bool:
        """A club's name on what he wears: "a Boca Juniors shirt", "shirt of Boca Juniors"."""
        before = _NOUN_OF_BEFORE.search(self.text, max(0, c.start - 20), c.start)
        worn_before = before is not None and before.group(1).lower() in self.lex.description_nouns
        return worn_before or self.lex.describes_next(self.text, c.end)

    def _decided_on_page(self, c: Candidate, before: str) -> bool:
        """Desktop research: a post's author the NER read as a place ("Comment by Karen Hill"),
        redacted as the person; where an outing post places her ("she's on Thornes Road
        somewhere, I'll find her"), her home."""
        if self._post_author(c):
            c.entity = "PERSON"
            self.redact.append(c)
            return True
        if self.ctx.advert and c.entity not in ADDRESS_KINDS and self._targets_home(c, before):
            self._redact_home(c)
            return True
        return False

    def _decided_as_workplace(self, c: Candidate, before: str, after: str) -> bool:
        """Where she sells sex or the hotel she stays at ("works from a flat in Newport"),
        kept as where things happen (roles.yaml `workplace_before`)."""
        if c.entity in PLACE_KINDS and self.rules.workplace(before, after):
            self._keep(c, "LOCATION", "incident", "rule:workplace")
            return True
        return False

    def _home_context(self, before: str, after: str = "") -> bool:
        """`RoleRules.home_context`, told whether the text is an advert's."""
        return self.rules.home_context(before, after, advert=self.ctx.advert)

    def _decided_abroad(self, c: Candidate, before: str) -> bool:
        """A country or a city abroad names no one's home ("she is from Africa originally"; after
        "from" even one that is a first name too: "from Georgia"), nor does a relative's there
        ("her son in Hungary": the writers keep it, stop 33): kept; a
        relative's city ("my mother in Asmara") is a home (stop 42)."""
        written = self.text[c.start : c.end]
        abroad = self.lex.is_abroad(written) or (
            _FROM_BEFORE.search(before) is not None and phrase_key(written) in self.lex.abroad
        )
        if not abroad or canonical("PERSON", written) in self.victim_keys:
            return False
        if phrase_key(written) not in self.lex.countries and self.rules.relative_abroad_before.search(before[-60:]):
            self._redact_home(c)  # "my mother in Asmara": her family's city
            return True
        self._keep(c, "LOCATION", "incident", "rule:abroad")
        return True

    def _official(self, before: str) -> bool:
        """An official's title or an honorific right before ("Recorder", "Judge", "Mr"; not
        "Old" of "Old Compton Street")."""
        prev = _word_before(before)
        return prev is not None and (prev in self.lex.official_titles or prev in self.lex.honorifics)

    def _titled(self, before: str) -> bool:
        """A title or an official's title right before the span ("Judge", "DC", "Mr")."""
        prev = _word_before(before)
        return prev is not None and (prev in self.lex.official_titles or self.lex.is_title(prev))

    def _street_key(self, street: str) -> str:
        """One street written two ways is one key: "Whitby Road" and "Whitby Rd" (lexicon.yaml)."""
        words = street.lower().replace(".", "").split()
        short = self.lex.street_abbreviations
        return " ".join(short.get(w, w) if i == len(words) - 1 else w for i, w in enumerate(words))

    def _redact_streets_of_redacted_houses(self) -> None:
        """A street left bare where the record redacts it as a home or a house on it
        ("everyone on Spotland Road ... the woman at 42 Spotland Road", "lives on Whitby Road"
        ... "what number on Whitby Rd?"): the same home's street, redacted in every form."""
        streets = set()
        near: list[tuple[int, int]] = []  # where a house by its number alone was redacted
        for c in self.redact:
            if c.entity == "STREET_ADDRESS" and (m := _STREET_OF_HOUSE.search(self.text, c.start, c.end)):
                streets.add(self._street_key(m.group(1)))
            elif c.entity == "STREET_ADDRESS" and _NUMBER_ALONE.match(self.text, c.start, c.end):
                # "parents on Broad Street. The woman at number 41 ...": the street that sentence
                # or the one before names is the house's
                near.append((self._previous_sentence_start(self._sentence(c.start, c.end)[0]), c.start))
            elif c.entity == "STREET" and (c.start, c.end) in self.homes:
                streets.add(self._street_key(self.text[c.start : c.end]))
        if not streets and not near:
            return
        keep = []
        for c, k in self.kept:
            beside = c.entity == "STREET" and any(a <= c.start < b for a, b in near)
            if beside or (c.entity == "STREET" and self._street_key(self.text[c.start : c.end]) in streets):
                self._redact_home(c)
            else:
                keep.append((c, k))
        self.kept = keep

    def _redact_home(self, c: Candidate) -> None:
        self.redact.append(c)
        self.homes.add((c.start, c.end))

    def _redact_foreign_homes_everywhere(self) -> None:
        """A city abroad redacted as a home once ("say hello to your mother in Izmir") is hers at
        every mention ("everyone in Izmir sees your photos"), whether or not a tagger found it
        there: one place, one fate. Only a place the lexicon knows is abroad: a British one is as
        often where it happened too (stop 51: on the 90 dev sets this redacts 6 more homes and
        costs 1 incident place, a home province named again as where she came from)."""
        homes = {self.text[s:e] for s, e in self.homes if self.lex.is_abroad(self.text[s:e])}
        for home in homes:
            for m in re.finditer(rf"(?<!\w){re.escape(home)}(?!\w)", self.text, re.IGNORECASE):
                self._redact_span(m.start(), m.end(), "LOCATION", "home_everywhere")

    def _offender_surname(self, c: Candidate, before: str) -> bool:
        """One word that ends a full name kept as the offender's, with no place cue before it."""
        key = canonical("PERSON", self.text[c.start : c.end])
        if " " in key or _PLACE_PREP_BEFORE.search(before):
            return False
        return key in surnames(self.offender_keys)

    def _decided_as_address(self, c: Candidate, before: str, after: str) -> bool:
        """An address, a postcode district or a street, decided; False: none of these. First,
        a place of her life, whatever its kind (her children's school, where she works by day)."""
        if self._place_of_her_life(c, before):
            self._redact_home(c)  # "my kids go to Ysgol Bryn Tirion", "works at a café on Walton Street by day"
            return True
        entity = c.entity
        if entity in ADDRESS_KINDS:
            if self.ctx.platform == "lettings" and not self._home_context(before, after):
                # a lettings advert's address is the premises let (records.md §2), no one's home
                self._keep(c, "LOCATION", "incident", "rule:desktop.let_premises")
            elif self.rules.his_address(before, after) and not self._home_context(before, after):
                self._keep(c, "LOCATION", "incident", "rule:his_address")
            else:
                self.redact.append(c)
            return True
        if entity == "UK_POSTCODE_DISTRICT":
            self._keep(c, "LOCATION", "incident", "rule:postcode_district")
            return True
        if entity == "STREET" and (number := _HOUSE_NUMBER_AFTER.match(after)):
            # "the end house on Hylton Lane, number 88": the number after it makes it an address
            c.entity, c.end = "STREET_ADDRESS", c.end + number.end()
            self.redact.append(c)
            return True
        if entity == "STREET":
            if self._his_home(before):
                self._keep(c, "LOCATION", "incident", "rule:his_home")  # "he lives in a hostel on Anlaby Road"
            elif self._home_context(before, after):
                self._redact_home(c)
            else:
                self._keep(c, "LOCATION", "incident", "rule:street")
            return True
        number = _HOUSE_NUMBER_BEFORE.search(before)
        if entity != "STREET" and number and _ADDRESS_END.match(after):
            # "17 Shadyside, DN4 0DJ": a house number makes it an address, redacted with it
            c.entity, c.start = "STREET_ADDRESS", c.start - (len(before) - number.start())
            self.redact.append(c)
            return True
        return False

    def _decide_named_place(self, c: Candidate, before: str, after: str) -> None:
        """A named place (a town, a district): kept as the incident's unless it is someone's
        home or a name the NER took for a place."""
        text = self.text
        key = canonical("PERSON", text[c.start : c.end])
        # "Chelsea's phone": a name; "Ryde's got a brothel", "Bradford's red light area": a known
        # town that is no first name stays a town before "'s" (stop 56)
        owned = bool(POSSESSIVE_AFTER.match(after)) and not (c.source == GAZETTEER and not self.lex.has_first_name(key))
        a_person = owned or key in self.victim_keys
        if not a_person and self.lex.is_abroad(text[c.start : c.end]):
            # "from Lagos", "she is from China": a country or a city abroad names no one's home
            self._keep(c, "LOCATION", "incident", "rule:abroad")
            return
        if c.source == GAZETTEER:
            # a known place is kept unless it is said to be someone's home, or a victim's
            # name is also a place ("Chelsea" is no place on the gazetteer's word alone), or
            # she is reached through it ("through Moira at the project")
            contact = self.lex.has_first_name(key) and bool(self.rules.name_contact_before.search(before[-25:]))
            # "Judge Holt", "DC Reading": a title right before makes the town a person's name
            contact = contact or self._titled(before)
            if contact:
                c.entity = "PERSON"
            if a_person or contact:
                self.redact.append(c)
            elif not self._decided_by_home(c, before, after):
                self._keep(c, "LOCATION", "incident", "rule:place_list" if self._place_list(c) else "rule:gazetteer")
            return
        # spaCy place: kept with evidence it is a place, not a name the NER got wrong
        if key in self.offender_keys and not self.lex.is_place(text[c.start : c.end]):
            # "Yonas: 07700 ..." after "a man called Yonas Tekle": his name the NER took for a place
            c.entity = "PERSON"
            self._keep(c, "PERSON", OFFENDER, "rule:offender_name")
            return
        if a_person:
            c.entity = "PERSON"  # a person the NER took for a place: numbered with the names
            self.redact.append(c)
            return
        # "took the money to Shannon": a first name the NER called a place, with nothing but
        # a journey's preposition for it, is someone's name
        a_name = (
            self.lex.has_first_name(key)
            and not SAINT_OPENS.match(text, c.start)  # "St Philips": a saint's name opens a place's
            and not self.lex.is_place(text[c.start : c.end])
            and not self.rules.place_context(before, after)  # the strong cues: "in", "near", "... Road"
        )
        listed = not a_name and self._place_list(c)
        if listed:
            self._keep(c, "LOCATION", "incident", "rule:place_list")
        elif not a_name and self._decided_by_home(c, before, after):
            return  # "at his flat in Seacroft"; "staying with her sister in Eccleshill" (no gazetteer town)
        elif not a_name and self.rules.place_context(before, after, self._prep_head(c.start)):
            self._keep(c, "LOCATION", "incident", "rule:incident_place")
        else:
            if a_name or key in self.unknown_keys:
                c.entity = "PERSON"
            self.redact.append(c)

    def _his_home(self, before: str) -> bool:
        """Where he lives, said right before the place: by the words ("he lives in", "at his flat in";
        roles.yaml `his_home_before`) or of a name that is his (`_his_by_name`)."""
        return self.rules.his_home(before) or self._his_by_name(before)

    def _his_by_name(self, before: str) -> bool:
        """The one said to live there is named as the offender ("Ryan lives in Castleford", his name
        kept or in the record's offender field; stop 46): his town, kept."""
        m = self.rules.named_lives_before.search(before)
        if m is None:
            return False
        word = m.group(1).lower()
        kept = {k.text.lower() for _, k in self.kept if k.role == OFFENDER and k.entity == "PERSON"}
        return any(word in name.split() for name in self.ctx.offender_names | kept)

    def _decided_by_home(self, c: Candidate, before: str, after: str) -> bool:
        """Where he lives or comes from ("at his flat in Seacroft", "he's from Beverley") is
        his, kept (hard); a home cue for anyone else ("lives in", "where I live") redacts it."""
        if self._his_home(before):
            self._keep(c, "LOCATION", "incident", "rule:his_home")
            return True
        if self._home_context(before, after):
            self._redact_home(c)
            return True
        return False

    def _in_incident_field(self, c: Candidate) -> bool:
        places = self.ctx.incident_places
        if not places:
            return False
        low = words_of(self.text[c.start : c.end])
        return bool(low) and any(f" {low} " in f" {words_of(p)} " for p in places)


def _word_before(before: str) -> str | None:
    """The word right before a span (lower case, its full stop dropped), if a space ends `before`."""
    if not before[-1:].isspace() or not before.strip():
        return None
    return before.rstrip().rsplit(None, 1)[-1].rstrip(".").lower()
