"""Names: one side per name across the record, victim first; every mention of a redacted name."""

from __future__ import annotations

import dataclasses
import re

import regex

from redaction.decide_places import PlaceDecisions
from redaction.kinds import canonical, mentions_pattern
from redaction.lexicon import initials_shape, written_as_name
from redaction.recognizers.value_list import OFFENDER_NAMES
from redaction.roles import OFFENDER, UNKNOWN, VICTIM, PersonMention
from redaction.run_state import NER_TIER, another_family
from redaction.spans import Candidate, KeptSpan

# Capitalised names in a list ("Thu, Lan and Mai"): a member is one or two capitalised words.
_LIST_MEMBER = regex.compile(r"(?<![\w@])\p{Lu}[\p{L}\p{M}'\u2019\-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019\-]*)?(?![\w@])")
_NAME_LIST = regex.compile(
    r"(?<![\w@])\p{Lu}[\p{L}\p{M}'\u2019\-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019\-]*)?"
    r"(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s*&\s*|\s+and\s+)\p{Lu}[\p{L}\p{M}'\u2019\-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019\-]*)?)+(?![\w@])"
)
# A rota of names with their ages: "Alina 19 | Bianca 20 | Reka 18 | Dora 21"
_AGED_LIST = regex.compile(
    r"(?<![\w@])\p{Lu}[\p{L}\p{M}'\u2019\-]*\s+\d{2}(?:\s*[|/\u2022\u00b7,;]\s*\p{Lu}[\p{L}\p{M}'\u2019\-]*\s+\d{2})+(?!\d)"
)

# One word with a digit, an underscore or a capital inside: a handle, not a name.
_HANDLE_SHAPE = re.compile(r"@?\w*(?:\d|_|[a-z][A-Z])\w*")
# the word right before a name, with its space: "Madam " of "Madam Lin"
_TITLE_BEFORE = re.compile(r"(?<![\w'\u2019-])([^\W\d_][\w]*\.?)[ \t]+\Z")
# the words of a name, a title among them ("Mr", "Dr.")
_WORD = re.compile(r"[^\W\d_][\w.'\u2019-]*")


# a client named by the word, mid-sentence ("Saturday client Lewis", "regular client Rhys Jenkins",
# "ex-client Patrick Mallon", "client 'Steve'"): the men the reports are about (51 of 54 such on the training sets);
# not a service's own client ("our client Dave", "Concern re client Michelle") nor "my customer"
_CLIENT_BEFORE = regex.compile(
    r"(?<!\b(?:our|re|my|her|their|your)\s)(?<![.:]\s)\b(?:ex-)?(?:client|punter|customer)\s+['\"\u2018\u201c]?$"
)
# ... and, in a sex worker's own report, at a sentence's start ("Client Andy took £400 from my
# bag"; stop 46): a partner's note opening "Client Jo" speaks of its own service user
# Right after a name, what introduces its person: an apposition or a clause about him ("Connor Blakey,
# 31, ...", "X, who had been charged", "X was cleared"); not "driving Pike to the hotels, was found
# not guilty", a clause about someone else that mentions him
_INTRODUCED = regex.compile(r"\s*(?:[,(]|(?:who|was|were|has\s+been|had\s+been)\b)")
_CLIENT_OPENS = regex.compile(r"(?:^|[.!?:]\s+|\n\s*)(?:Client|Punter|Customer)\s+['\"\u2018\u201c]?$")
# rules that read a word's place, not its shape: a handle-shaped word they find ("Online client
# DanTheMan emailed me") is his handle
_HANDLE_RULES = (
    "rule:desktop.author",
    "rule:desktop.defendant_alias",
    "rule:name.after_client",
    "rule:name.bracketed_alias",
)
# between a name and its bracketed other name: " ('", " (known as ", " (aka \""
_BRACKET_ALIAS = regex.compile(
    r"\s*\(\s*(?:(?:known\s+as|aka|a\.k\.a\.?|nicknamed|goes\s+by|calls\s+himself)\s+)?[\"'‘“]?", regex.I
)
# ... and right after the other name: its closing quote, bracket or comma ("(Dons top," is no alias,
# nor "(Kelly's ex,": someone else's, named to place him)
_BRACKET_ALIAS_END = regex.compile(r"\s*(?:[)\",;”]|['’](?![sS]\b)|$)")
# a title the name candidate left before it ("Mrs " before "Weekes")
_TITLE_END = regex.compile(r"\b(?:Mrs|Ms|Miss|Mr|Madam|Dr)\.?\s+$")


class NameDecisions(PlaceDecisions):
    """Names: one side per name across the record, victim first; every mention of a redacted name."""

    def _decide_names(self, names: list[Candidate], places: list[Candidate]) -> list[PersonMention]:
        votes: list[tuple[Candidate, str, str]] = []  # cand, role, evidence
        for c in names:
            role, evidence = self._name_vote(c)
            votes.append((c, role, evidence))
        votes = self._bracketed_aliases(votes)
        hard_victim = self._name_keys(votes)
        mentions: list[PersonMention] = []
        for c, role, evidence in votes:
            final = self._name_side(c, hard_victim)
            # an advert's words are its advertiser's by default, not by evidence: a town that is
            # no first name, where only a place fits, is a place ("Travelling to Salford/Stockport")
            advert_default = evidence == "advert" and (
                self._town_not_name(c) or self._place_list(c) or self._cued_town(c)
            )
            open_side = final == UNKNOWN or advert_default
            if open_side and (c.tier >= NER_TIER or advert_default) and self._place_position(c):
                places.append(Candidate(c.start, c.end, "LOCATION", "name_in_place_position", NER_TIER, {}))
                if final != UNKNOWN:  # no longer the advertiser's name by default
                    self.victim_keys.discard(canonical("PERSON", self.text[c.start : c.end]))
                continue
            final = self._settle_name(c, role, evidence, final)
            mentions.append(PersonMention(c.start, c.end, final))
        return mentions

    def _bracketed_aliases(self, votes: list[tuple[Candidate, str, str]]) -> list[tuple[Candidate, str, str]]:
        """A name no rule placed, in brackets right after an offender's ("Neville Roberts ('Nev')",
        "Patrick Mallon (known as Packie)"): his other name (stop 45)."""
        out = list(votes)
        his = [v[0] for v in votes if v[1] == OFFENDER]
        for i, (c, role, _) in enumerate(votes):
            if role != UNKNOWN:
                continue
            closed = _BRACKET_ALIAS_END.match(self.text, c.end) is not None
            before = closed and any(
                h.end <= c.start and _BRACKET_ALIAS.fullmatch(self.text, h.end, c.start) for h in his
            )
            after = any(h.start >= c.end and _BRACKET_ALIAS.fullmatch(self.text, c.end, h.start) for h in his)
            if before or after:  # ... or the full name before the alias a cue gave him ("X (known as Packie)")
                out[i] = (c, OFFENDER, "rule:name.bracketed_alias")
        return out

    def _name_keys(self, votes: list[tuple[Candidate, str, str]]) -> set[str]:
        """The names (and their parts) of each side, from the votes; returns those put on the
        victim's side by more than proximity."""
        victim_keys: set[str] = set()
        offender_keys: set[str] = set()
        for c, role, _ in votes:
            key = canonical("PERSON", self.text[c.start : c.end])
            if role == OFFENDER:
                offender_keys |= {key, *self._parts(key)}
        soft = self.rules.soft_victim_rules
        hard_victim: set[str] = set()  # put on the victim's side by more than proximity
        by_evidence: set[str] = set()  # ... by more than an advert's default
        # the family name an offender's full name shares with a relative's ("Jason Copley" and
        # "His brother Neil Copley"): his, kept with him; her first name still goes
        his_surnames = {k.split()[-1] for k in offender_keys if len(k.split()) >= 2}
        for c, role, evidence in votes:
            if role != VICTIM:
                continue
            key = canonical("PERSON", self.text[c.start : c.end])
            parts = self._parts(key)
            surname = key.split()[-1] if len(key.split()) >= 2 else ""
            if surname in his_surnames and key not in offender_keys:
                parts = parts - {surname}
            if evidence != "advert":
                by_evidence |= {key, *parts}
            # in advert text every name is the advertiser's by default; a later mention of a
            # defendant's or author's name ("Hebden" after "Craig Allan Hebden") is his
            # and a name a cue gave without a side that shares his ("Goes by 'Stealth Steve'"
            # after "calling himself Steve"): his alias, not the advertiser's name
            his = parts <= offender_keys or (c.meta.get("name_role") == UNKNOWN and bool(parts & offender_keys))
            if not (evidence == "advert" and parts and his):
                victim_keys |= {key, *parts}
            if evidence.removeprefix("rule:") not in soft:
                hard_victim |= {key, *parts}
        self.victim_keys, self.offender_keys = victim_keys, offender_keys
        self.shared_firsts = self._shared_first_names(votes)
        self.advert_default_keys = victim_keys - by_evidence
        self.unknown_keys = (
            {canonical("PERSON", self.text[c.start : c.end]) for c, role, _ in votes if role == UNKNOWN}
            - victim_keys
            - offender_keys
        )
        return hard_victim

    def _shared_first_names(self, votes: list[tuple[Candidate, str, str]]) -> set[str]:
        """First names a victim-side full name ("Client's brother (Rhys P)") shares with an
        offender's full name of another family or initial ("Rhys Bristol")."""
        his = [k.split() for k in self.offender_keys if len(k.split()) >= 2]
        out: set[str] = set()
        for c, role, _ in votes:
            words = canonical("PERSON", self.text[c.start : c.end]).split()
            if role != VICTIM or len(words) < 2:
                continue
            if any(h[0] == words[0] and another_family(words[-1], h) for h in his):
                out.add(words[0])
        return out

    def _name_side(self, c: Candidate, hard_victim: set[str]) -> str:
        """The side of a name by the names decided: a victim's (any part of it), an offender's
        (all its parts), or unknown."""
        key = canonical("PERSON", self.text[c.start : c.end])
        parts = self._parts(key)
        shared_only = len(key.split()) >= 2 and not (parts & self.victim_keys) - self.shared_firsts
        if key not in self.victim_keys and shared_only and key in self.offender_keys:
            return OFFENDER  # his full name; only its first name is also another's
        if key in self.victim_keys or parts & self.victim_keys:
            if key not in hard_victim and not parts & hard_victim:
                self.soft_victim.add((c.start, c.end))
            return VICTIM
        if key not in self.offender_keys and self._relative_by_his_surname(c, key):
            return UNKNOWN  # "His mother, Mrs Weekes": his family name, not him (stop 39)
        if key in self.offender_keys or (parts and parts <= self.offender_keys) or self._offender_part(key):
            return OFFENDER
        return UNKNOWN

    def _relative_by_his_surname(self, c: Candidate, key: str) -> bool:
        """His relative named after a relation's word who shares only his family name ("His
        mother, Mrs Weekes"): someone else, whatever the name lists say."""
        return self._his_relative(c) and self._only_his_surname(key)

    def _only_his_surname(self, key: str) -> bool:
        """The name shares a listed offender's family name and nothing else ("Mrs Weekes" beside
        "Jordan Weekes"; not "Shane" beside "Shane Ollerton", his brother and co-accused)."""
        parts = self._parts(key)
        names = [n.split() for n in self.ctx.offender_names]
        full = [k.split() for k in self.offender_keys] + names
        surnames = {n[-1] for n in full if len(n) >= 2}
        return bool(parts) and parts <= surnames and not any(key == " ".join(n) or parts & set(n[:-1]) for n in names)

    def _his_relative(self, c: Candidate) -> bool:
        """The name follows a relation's word ("his mother, Mrs Weekes", "her sister Jo"): a
        relative sharing his family name is someone else."""
        rx = self.rules.desktop.relation_before
        before = _TITLE_END.sub("", self.text[max(0, c.start - 40) : c.start])  # "his mother, Mrs " + "Weekes"
        return rx is not None and bool(rx.search(before))

    def _settle_name(self, c: Candidate, role: str, evidence: str, final: str) -> str:
        """Keep an offender's name, redact every other; returns the side it ends on."""
        desktop_rule = evidence.startswith("rule:desktop.")
        if final == OFFENDER and self.ctx.advert and not c.meta.get("name_strong", True) and not desktop_rule:
            final = UNKNOWN  # advert text is the advertiser's: "he" alone proves nothing there
        if final == OFFENDER:
            entity = "PERSON"
            handle_rule = evidence.startswith(_HANDLE_RULES)
            if handle_rule and _HANDLE_SHAPE.fullmatch(self.text[c.start : c.end]):
                entity = "ONLINE_HANDLE"  # a post signed "SmoggyRoger": a handle the NER read as a name
            kept = self._without_title(c) if entity == "PERSON" else c
            self._keep(kept, entity, OFFENDER, evidence if role == OFFENDER else "same name as offender")
        else:
            self.redact.append(c)
        return final

    def _without_title(self, c: Candidate) -> Candidate:
        """The name without a title before a full name ("Mr Carl Anthony Nolan" is the name "Carl
        Anthony Nolan", as a record's offender field writes it); "Mr Pike", "Mr D. Lennox" and
        "Detective Sergeant Moore" keep theirs (a title with a surname, an initial or another
        title is how he is named)."""
        words = list(_WORD.finditer(self.text, c.start, c.end))
        full = [w for w in words[1:] if len(w.group()) > 1 and not w.group().endswith(".")]
        # an honorific only ("Mr", "Dr"): a nickname's "Big" and a rank ("Detective Sergeant Moore") are his alias
        titled = bool(words) and words[0].group().rstrip(".").lower() in self.lex.honorifics
        if titled and len(words) >= 3 and len(full) == len(words) - 1 and not self.lex.is_title(words[1].group()):
            return dataclasses.replace(c, start=words[1].start())
        return c

    def _with_name_titles(self, kept: list[KeptSpan]) -> list[KeptSpan]:
        """An offender's one name the tagger read without the title before it, given it back
        ("Madam Lin", "Boss Rodrigo", "uncle Nicolae", "Mr Shaw": how he is known; stop 57),
        unless the title word was redacted or the offender field gives that one name bare ("Marek"
        beside "Uncle Marek": the record's own spelling of him; "Mr Hoxha" beside "Arben Hoxha"
        keeps its title, as thirteen training records write it, two others not)."""
        listed = {canonical("PERSON", n) for n in self.ctx.offender_names}
        out = []
        for k in kept:
            title = _TITLE_BEFORE.search(self.text, max(0, k.start - 12), k.start)
            one_name = " " not in k.text.strip() and canonical("PERSON", k.text) not in listed
            if k.entity == "PERSON" and k.role == OFFENDER and title and one_name:
                word = title.group(1).lower()
                if word.endswith(".") and word[:-1] in self.lex.honorifics:
                    word = word[:-1]  # "Mr. Shaw", not "Mama. Gloria" (a sentence's end)
                t0 = title.start(1)
                if (word in self.lex.name_titles or word in self.lex.honorifics) and not any(
                    r.start < k.start and t0 < r.end for r in self.redact
                ):
                    k = KeptSpan("PERSON", t0, k.end, self.text[t0 : k.end], OFFENDER, k.evidence)
            out.append(k)
        return out

    def _other_mentions(self, mentions: list[PersonMention]) -> list[PersonMention]:
        """Every other mention of a decided name (the NER found it once, or called it a place
        the second time), so the identifier rules know whose "X's number" it is."""
        roles = {k: VICTIM for k in self.victim_keys}
        roles |= {k: OFFENDER for k in self.offender_keys if k not in roles}
        roles |= {k: UNKNOWN for k in self.unknown_keys if k not in roles}
        words = [w for w in roles if len(w) >= 2 and not self.lex.is_not_name(w)]
        if not words:
            return []
        rx = mentions_pattern(words, possessive=False)
        out = []
        for m in rx.finditer(self.text):
            if not any(n.start < m.end() and m.start() < n.end for n in mentions):
                out.append(PersonMention(m.start(), m.end(), roles.get(canonical("PERSON", m.group()), UNKNOWN)))
        return out

    def _name_vote(self, c: Candidate) -> tuple[str, str]:
        name = self.text[c.start : c.end]
        key = canonical("PERSON", name)
        if (c.source == OFFENDER_NAMES or self._offender_part(key)) and not self._relative_by_his_surname(c, key):
            return OFFENDER, "offender.names"
        # desktop research: the author of an offending post or a defendant, whatever the
        # advert's structural patterns guessed ("Post by Gaz Whitworth" is no working name)
        if self.ctx.advert and (rule := self._desktop_offender(c)) is not None:
            return OFFENDER, f"rule:{rule}"
        if self.ctx.advert and c.meta.get("name_rule") == "self.introduction" and self._offending_post(c) is not None:
            # "ring whoever, I'm Darren Pickersgill" in the post of an author who harasses her: his name
            return OFFENDER, "rule:desktop.author_self_named"
        if self.ctx.advert and self._post_author(c):
            # the author of a post that describes no offence of his ("Comment by Parveen H:
            # please take the faces down"): the post decided, not the advert's default
            return VICTIM, "rule:desktop.post_author"
        role = c.meta.get("name_role")
        after = self.text[c.end : c.end + self.rules.window_after]
        witness = self.rules.desktop.witness_after
        if self._news and witness is not None and witness.match(after):
            # "evidence from a landlord, Trevor Dalby, who said he had 'no idea'": a witness
            return VICTIM, "rule:desktop.witness"
        if self._news and _INTRODUCED.match(self.text, c.end) and self.rules.desktop.cleared(self.text, c.end):
            # "A second man, Connor Blakey, 31, of Shipley, was found not guilty": the court
            # cleared him, whatever word named him ("man," reads as the offender elsewhere)
            return VICTIM, "rule:desktop.cleared"
        after_rule = self.rules.name_after(after)
        # what the words after a name say of its person ("..., who was not involved") outranks the
        # person word a context cue hangs on ("a man called X"), not an explicit cue's side
        if (
            after_rule is not None
            and after_rule.role == VICTIM
            and (c.meta.get("name_explicit") is False or c.meta.get("name_rule") in after_rule.outranks)
        ):
            return VICTIM, f"rule:{after_rule.id}"
        if role in (VICTIM, OFFENDER):
            return role, f"rule:{c.meta.get('name_rule')}"
        if not self.ctx.advert and role is None and after_rule is None and self._after_client(c):
            return OFFENDER, "rule:name.after_client"
        if self.ctx.advert and not self._news:
            return VICTIM, "advert"  # a court report is told, not advertised: its names are open
        if after_rule is not None and not (
            after_rule.role == OFFENDER and self.lex.names_vehicle(self.text[c.start : c.end])
        ):
            return after_rule.role, f"rule:{after_rule.id}"  # not "a b1ue Astra hit her": his car, no name
        return UNKNOWN, ""

    def _after_client(self, c: Candidate) -> bool:
        """A name no cue placed, after the word for a client mid-sentence ("Saturday client Lewis"),
        or opening a sentence of a sex worker's own report ("Client Andy ...")."""
        if _CLIENT_BEFORE.search(self.text, max(0, c.start - 30), c.start) is not None:
            return True
        return self.ctx.source == "nums" and _CLIENT_OPENS.search(self.text[max(0, c.start - 30) : c.start]) is not None

    def _redact_listed_names(self) -> None:
        """A name in a list of names most of whose members are redacted ("Others: Thu, Lan,
        Mai"; "Choose from Roxy, Mercedes, Jade, Kiki"): a day's short form, a car's make or
        a word no tagger read as a name is one there too."""
        names = [(c.start, c.end) for c in self.redact if c.entity == "PERSON"]
        if not names:
            return
        kept = [(c.start, c.end) for c, _ in self.kept]
        for m in [*_NAME_LIST.finditer(self.text), *_AGED_LIST.finditer(self.text)]:
            members = [self._before_kept(*n.span(), kept) for n in _LIST_MEMBER.finditer(self.text, m.start(), m.end())]
            hit = [x for x in members if any(a < x[1] and x[0] < b for a, b in names)]
            if len(hit) * 2 < len(members) or not (len(hit) >= 2 or self._name_beside(members, hit)):
                continue
            for x in members:
                word = self.text[x[0] : x[1]]
                if x in hit or any(a < x[1] and x[0] < b for a, b in kept) or self._function_word(word):
                    continue  # "Ana and Bea, and I": the reporter is no name
                self._redact_span(*x, "PERSON", "listed_with_names")

    def _before_kept(self, start: int, end: int, kept: list[tuple[int, int]]) -> tuple[int, int]:
        """A list member of two words whose second is kept ("Kat & Pearl Leeds": the town after
        the last name) is its first word."""
        m = regex.search(r"\s+", self.text[start:end])
        if m is None:
            return start, end
        second = start + m.end()
        if any(a < end and second < b for a, b in kept):
            return start, start + m.start()
        return start, end

    def _name_beside(self, members: list[tuple[int, int]], hit: list[tuple[int, int]]) -> bool:
        """Two names joined ("ALINA and VIKA"), one of them redacted: the other is a name too
        where it could be one (a first name or no everyday word) and is no place."""
        if len(members) != 2 or len(hit) != 1:
            return False
        other = next(x for x in members if x not in hit)
        word = self.text[other[0] : other[1]]
        lex = self.lex
        return " " not in word and lex.could_be_name(word) and not lex.is_not_name(word) and not lex.is_place(word)

    def _propagate(self, mentions: list[PersonMention]) -> None:
        text = self.text
        covered = [(c.start, c.end) for c in self.redact] + [(c.start, c.end) for c, _ in self.kept]
        victims = set(self.victim_keys)
        unknown = (
            {
                canonical("PERSON", text[m.start : m.end])
                for m in mentions
                if m.role == UNKNOWN and text[m.start : m.end][:1].isupper()
            }
            - self.offender_keys
            - victims
        )
        stop = self.doc.vocab if self.doc is not None else None
        # a victim's name that is also a word ("a maid, Jan, ..."), written capitalised where it
        # was decided: hers wherever the text writes it as a name again, capitalised and not as a
        # date ("Jan found", not "5 Jan"), never inside something kept ("Water Lane")
        worded = {
            canonical("PERSON", text[m.start : m.end])
            for m in mentions
            if m.role == VICTIM and text[m.start : m.start + 1].isupper()
        }
        worded = {w for w in worded if w in victims and self.lex.is_not_name(w)}
        self.worded_victims = worded
        # initials that spell an acronym too ("DM attended ..."), redacted where they were
        # decided: hers wherever written again in capitals ("DM does not consent"), not "a dm"
        initials = {
            canonical("PERSON", text[m.start : m.end])
            for m in mentions
            if m.role != OFFENDER and initials_shape(text[m.start : m.end])
        } & (victims | unknown)
        words = {
            w
            for w in victims | unknown
            if len(w) >= 2
            and (w in worded or w in initials or not self.lex.is_not_name(w))
            and not (stop is not None and stop[w.lower()].is_stop and w not in initials)
        }
        if not words:
            return
        rx = mentions_pattern(words)
        for m in rx.finditer(text):
            key = canonical("PERSON", m.group())
            if key in worded and not written_as_name(text, m.start(), m.end()):
                continue
            if key in initials and self.lex.initials_read_as_word(m.group()):
                continue
            is_victim = key in victims and key not in worded
            hit = [(s, e) for s, e in covered if s < m.end() and m.start() < e]
            if not hit:
                self.redact.append(Candidate(m.start(), m.end(), "PERSON", "propagated", NER_TIER, {}))
                covered.append(m.span())
            elif is_victim:
                # a victim's name inside something kept (a place named after her) still goes
                for c, k in self.kept:
                    if c.start < m.end() and m.start() < c.end and k.role != OFFENDER:
                        self.redact.append(Candidate(m.start(), m.end(), "PERSON", "propagated", NER_TIER, {}))
                        break
