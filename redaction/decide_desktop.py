"""Desktop research: who a page's posts and court reports make an offender."""

from __future__ import annotations

import re

from redaction.desktop_roles import handle_names, name_mentions
from redaction.kinds import ID_KINDS, PLACE_KINDS, canonical
from redaction.lexicon import OPEN_QUOTES
from redaction.roles import OFFENDER
from redaction.run_state import RunState
from redaction.spans import Candidate

# ("Simon Ashcombe, a surveyor of Alphington,": his job before the area)
_DEFENDANT_HOME = re.compile(
    r",\s*(?P<age>(?:aged\s+)?\d{2}\s*,\s*)?"
    # his alias between ("Darren Coombes, 31, known as 'Daz', of Littlemore"; stop 39)
    r"(?:(?:also\s+)?known\s+as\s+['\"\u2018\u201c][^'\"\u2019\u201d\n]{1,30}['\"\u2019\u201d]\s*,\s*)?"
    r"(?:(?:both|all)\s+)?(?:(?:an?|the)\s+(?:[\w\-]+\s+){1,3}?)?(?:of|from)\s+(?:the\s+)?\Z"
)


class DesktopDecisions(RunState):
    """Desktop research: who a page's posts and court reports make an offender."""

    def _desktop_offender(self, c: Candidate) -> str | None:
        """The rule that makes this span an offender in desktop research: the author of a
        post describing an offence, or a defendant in a news item."""
        for start, end, rule in self.desktop_offenders:
            if start < c.end and c.start < end:
                if rule == "desktop.blacklist" and c.entity == "PERSON" and not self._listed_name(c):
                    continue  # a list item's place or van ("Salford/Eccles area", "grey Transit")
                if (
                    rule == "desktop.warned_of"
                    and c.entity == "PERSON"
                    and self.lex.is_place(self.text[c.start : c.end])
                ):
                    continue  # "avoid Leeds Road": a place, no name of his
                return rule
        if c.entity in ("PHONE_NUMBER", "EMAIL_ADDRESS"):
            # one number, one fate: the officer's note that repeats a listing's contact (stop 36)
            value = canonical(c.entity, self.text[c.start : c.end])
            if value and any(ch.isdigit() or ch == "@" for ch in value):  # a number or an address, not a name
                for start, end, rule in self.desktop_offenders:
                    if rule != "desktop.blacklist" and canonical(c.entity, self.text[start:end]) == value:
                        return rule
        if c.entity == "PERSON" and canonical("PERSON", self.text[c.start : c.end]) in self.author_names:
            return "desktop.author_offence:handle_name"  # "You're a scumbag Mike" to MerseyMike_x
        if self._news and c.entity in ID_KINDS and self._defendant_leads(c):
            return "desktop.defendant_sentence"
        if self._news and self.rules.desktop.alias(self.text, c.start) and self._defendant_leads(c):
            return "desktop.defendant_alias"  # "used the username 'TaysideGent'", "the alias 'Jack Diamond'"
        return None

    def _targets_home(self, c: Candidate, before: str) -> bool:
        """A place an author who outs or threatens her gives as where she lives ("she's on
        Thornes Road somewhere, I'll find her"): hers, in his offending post."""
        cue = self.rules.desktop.target_home_before
        return cue is not None and bool(cue.search(before)) and self._offending_post(c) is not None

    def _listed_name(self, c: Candidate) -> bool:
        """A name on a worker's list of men not to see: quoted ("'Big Col'") or a first name."""
        quoted = self.text[c.start - 1 : c.start] in OPEN_QUOTES if c.start else False
        return quoted or (self._first_name(c) and not self.lex.is_place(self.text[c.start : c.end]))

    def _offending_post(self, c: Candidate) -> int | None:
        """Where the body of the offending author's post holding the span starts, if any (an
        everyday word a marker caught, "real" of "posted: real names", is no author)."""
        offending = [(s, e) for s, e, rule in self.desktop_offenders if rule.startswith("desktop.author")]
        for post in self.posts:
            a, b = post.author
            inside = post.body[0] <= c.start and c.end <= post.body[1]
            if post.author in offending and inside and not self.lex.is_common_word(self.text[a:b].lstrip("@")):
                return post.body[0]
        return None

    def _offender_author_names(self) -> set[str]:
        """The first names inside the handles of offending authors ("mike" of "MerseyMike_x"),
        by which the thread calls him. Not a name another author's handle holds too, nor one
        the text used before his first post ended: that is the worker's ("BellaFan: saw Bella")."""
        first = self.lex.first_names
        offending = [(s, e) for s, e, rule in self.desktop_offenders if rule.startswith("desktop.author")]
        if not offending:
            return set()
        posts = self.posts
        others: set[str] = set()
        for a, b in self.post_authors:
            if not any(s < b and a < e for s, e in offending):
                others |= handle_names(self.text[a:b].lstrip("@"), first)
        out: set[str] = set()
        for s, e in offending:
            body_end = next((p.body[1] for p in posts if p.author == (s, e)), e)
            for name in handle_names(self.text[s:e].lstrip("@"), first) - others:
                earlier = [
                    m
                    for m in name_mentions(self.text, name)
                    if m[0] < body_end and not any(a <= m[0] and m[1] <= b for a, b in self.post_authors)
                ]
                if not earlier:
                    out.add(name)
        return out

    def _redact_uncontrolled_listing_contacts(self) -> None:
        """A room or job listing that shows no controller ("ROOM SHARE ... own front door key ...
        Contact the landlord, Mr Hadley, 0113 ..."): the contact after its cue is a third party's,
        whatever the role model read into it; only the rules make a listing's contact an
        offender's, where an entry shows control (`_controllers`; stop 53)."""
        desktop = self.rules.desktop
        listing = desktop.controller_listing
        if self._news or self.ctx.controller_entries or self.ctx.offender_authors or listing is None:
            return
        if not listing.search(self.text) or desktop.offence.search(self.text):
            return
        kept = [(c.start, c.end) for c, _ in self.kept]
        contacts = set(desktop.controller_contacts(self.text, kept, [(0, len(self.text))]))
        for c, k in self.kept:
            if (c.start, c.end) in contacts and k.role == OFFENDER and k.evidence.startswith("model:"):
                self.redact.append(c)

    def _redact_author_handle_names(self) -> None:
        """The first name inside the handle of an author who is no offender ("tam" of
        "TorryTam"), or the author's own if a first name is all it is ("Lily"), in any case,
        wherever the thread calls her by it ("its a whore tam")."""
        first = self.lex.first_names
        offending = [(s, e) for s, e, rule in self.desktop_offenders if rule.startswith("desktop.author")]
        kept_offender = {canonical("PERSON", k.text) for _, k in self.kept if k.role == OFFENDER}
        names: set[str] = set()
        for a, b in self.post_authors:
            if not any(s < b and a < e for s, e in offending):
                author = self.text[a:b].lstrip("@")
                names |= handle_names(author, first)
                if author[:1].isupper() and author.lower() in first and not self.lex.is_not_name(author.lower()):
                    names.add(author.lower())  # "Advertiser reply from Lily": her name, wherever written
        names -= self.author_names | self.offender_keys | kept_offender
        # "BristolBanker77": a town inside a handle is no one's name ("Bristol" is a first name too)
        names = {n for n in names if not self.lex.is_place(n)}
        # "Kendal_Kat" on a page about Kendal: the town the record keeps (its location field, a
        # place it reads as the incident's) is no one's name, though "Kendal" is a first name too
        places = {canonical("PERSON", k.text) for _, k in self.kept if k.entity in PLACE_KINDS}
        names -= places
        for name in sorted(names):
            for s, e in name_mentions(self.text, name):
                if not any(a <= s and e <= b for a, b in self.post_authors):
                    self._redact_span(s, e, "PERSON", "author_handle_name")

    def _defendant_homes(
        self, names: list[Candidate], places: list[Candidate]
    ) -> tuple[list[Candidate], list[Candidate]]:
        """In a court report, "Imran Malik, 45, of Savile Town," names the accused's home area:
        his, not a victim's, and kept as a place whatever the name tagger made of it. With the
        age written ("Peter Oakley, 63, of Combe Down") the words before are a name the report
        gives in full, which a court report does for the accused alone (the women it keeps
        anonymous), so the area is a place even where the accused rule missed him."""
        ends = [e for _, e, _ in self.desktop_offenders]
        named = [n.end for n in names]
        towns = [p for p in places if p.entity in PLACE_KINDS]  # "of Skirbeck": the gazetteer's too
        moved = []
        for c in names + towns:
            m = _DEFENDANT_HOME.search(self.text, max(0, c.start - 50), c.start)
            if m is None or m.end() != c.start:
                continue
            accused = any(0 <= m.start() - e <= 2 for e in ends)
            if accused or (m.group("age") and any(0 <= m.start() - e <= 1 for e in named)):
                moved.append(c)
        if not moved:
            return names, places
        homes = [Candidate(c.start, c.end, "LOCATION", "defendant_home", c.tier, {}) for c in moved]
        return [c for c in names if c not in moved], [p for p in places if p not in moved] + homes

    def _defendant_surnames(self, names: list[Candidate], places: list[Candidate]) -> list[Candidate]:
        """A defendant's name the tagger split ("Nadeem" a name, "Sultan" a place): the place
        candidates inside the accused's span are the rest of his name, the name extended over
        them; returns them."""
        spans = [(s, e) for s, e, rule in self.desktop_offenders if rule == "desktop.defendant"]
        tails = []
        for p in places:
            span = next(((s, e) for s, e in spans if s < p.start and p.end <= e), None)
            head = span and next((n for n in names if n.start == span[0] and n.end < p.start), None)
            if head is not None:
                head.end = max(head.end, p.end)
                tails.append(p)
        return tails

    def _defendant_leads(self, c: Candidate) -> bool:
        """In a court report, the sentence names the accused before the identifier and no one
        else between ("Jamie Burrows, 27, used numbers including 07700 ..."). Not further back
        ("He used the number ..."): across sentences it kept victims' numbers on unseen data."""
        s_start, _ = self._sentence(c.start, c.end)
        accused = [e for s, e, _ in self.desktop_offenders if s_start <= s and e <= c.start]
        # a later mention of a defendant by a part of his name ("The court heard Bains booked
        # women ... using the number ..."), after "Jaspal Bains, 41," named him
        parts = {p for s, e, _ in self.desktop_offenders for p in self._parts(canonical("PERSON", self.text[s:e]))}
        accused += [
            m.end
            for m in self.known
            if m.role == OFFENDER
            and s_start <= m.start
            and m.end <= c.start
            and self._parts(canonical("PERSON", self.text[m.start : m.end])) & parts
        ]
        reference = self.rules.desktop.defendant_reference
        if not accused and self.desktop_offenders and reference is not None:
            # "the court heard the pair had booked the woman using ...": the accused, named before
            accused = [m.end() for m in reference.finditer(self.text, s_start, c.start)]
        if not accused:
            return False
        after = max(accused)
        between = [m for m in (*self.known, *self.id_mentions) if after <= m.start < c.start]
        return all(m.role == OFFENDER for m in between)

    def _post_author(self, c: Candidate) -> bool:
        """The span is (part of) a post's author in desktop research."""
        return any(a < c.end and c.start < b for a, b in self.post_authors)
