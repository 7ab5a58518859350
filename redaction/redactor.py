"""Role-aware redaction: victims and third parties out, offender identifiers in.

Default deny. Presidio finds the candidates (spaCy NER, the UK recognizers, the name-cue,
proper-noun and place recognizers, and per-record ad-hoc recognizers: the victim deny list,
the offender allow-list, the incident places, advert working names). Then, per record:

1. overlaps are settled (a victim value always wins; an email beats the URL inside it; a
   street beats the NER calling it a person; a cue-found name beats the NER calling it a
   place);
2. names are decided first: victim (deny list, third-party and self cues), offender
   (structured names, alias cues), or unknown; one decision per name across the record,
   victim first; every other mention of a redacted name is redacted too;
3. identifiers are decided left to right: a structured offender value or a warn-listed
   service number stays; one right after a decided name or identifier takes its side
   ("Wayne (07700 900688)"); otherwise the context rules of `roles.yaml` decide;
4. places: the incident place and areas stay; house numbers, postcodes and a street in a
   home context go.

Everything not kept is replaced by a typed, numbered placeholder (`[PERSON_1]`,
`[PHONE_2]`) through Presidio's anonymizer; the same value gets the same number.
"""

from __future__ import annotations

import re
from typing import Any

import regex
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from common.context import RecordContext
from redaction.candidates import GAZETTEER, POSSESSIVE_AFTER, CandidateReader, place_cue
from redaction.deny_list import VICTIM_ENTITIES, deny_list_recognizers
from redaction.desktop_roles import Post, handle_names, name_mentions
from redaction.kinds import (
    ADDRESS_KINDS,
    ENTITIES,
    ID_KINDS,
    OFFENDER_KINDS,
    PLACE_KINDS,
    PRECEDENCE,
    canonical,
    mentions_pattern,
)
from redaction.lexicon import LABEL_MARK, Lexicon, load_lexicon, phrase_key
from redaction.placeholders import anonymizer, replace
from redaction.recognizers.advert_names import NAME as ADVERT_NAME
from redaction.recognizers.advert_names import AdvertNameRecognizer
from redaction.recognizers.post_authors import PostAuthorRecognizer
from redaction.recognizers.value_list import (
    INCIDENT_PLACES,
    OFFENDER_NAMES,
    incident_place_recognizer,
    offender_name_recognizer,
)
from redaction.role_model import RoleModel, load_role_model
from redaction.roles import OFFENDER, UNKNOWN, VICTIM, PersonMention, RoleRules, load_role_rules
from redaction.roles_decide import ModelItem, decide_with_model, model_items
from redaction.spans import Candidate, KeptSpan, RedactionResult, join_names, merge, words_of
from redaction.warnlist import is_warnlisted

_MIN_SCORE = 0.3
_NER_TIER = PRECEDENCE.default  # spaCy NER's tier: where derived candidates rank
_ADVERT_TIER = PRECEDENCE.tier("PERSON", ADVERT_NAME)  # an advert's capitalised words
# Between a place and a word in a list with it ("Ravensthorpe and Thornhill Lees").
# Not a comma: "Maindee, Newport" is a district and its town, often a home address.
_COORD_GAP = re.compile(r"^\s*(?:&|\band\b|\bor\b|/|,\s*(?:and|or))\s*$")
# After a place: a word of where ("Balby Road by Hexthorpe", "Holiday Inn by Camden Lock").
# Not "by" or "at": "picked up on Oak Road by Nowak" names the man who did it.
_BESIDE_GAP = re.compile(r"^,?\s+(?:near|off|behind|opposite|past)\s+(?:the\s+)?$")
# After a street: its district, written after a comma ("Waterloo Road, Cobridge").
_DISTRICT_GAP = re.compile(r"^,\s*$")
# Between two members of a list of places ("outcalls Gateshead, Jesmond, Heaton").
_LIST_GAP = re.compile(r"^\s*(?:,|&|\+|\band\b|\bor\b|/|,\s*(?:and|or))\s*$")
# A house number right before a place name, and the end of an address after it.
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w£$€.,:/\-])(?:flat\s+\d{1,4}[a-z]?,?\s+)?\d{1,4}[a-zA-Z]?\s+$", re.I)
_ADDRESS_END = re.compile(r"\s*(?:,|\.|\(|$|[A-Z]{1,2}\d)")
# a name's possessive and, within two words, the vehicle word: "Mo's car", "Kim's little van"
_POSSESSED_VEHICLE = re.compile(r"(['\u2019]s)?\s+(?:\w+\s+){0,2}?(\w+)")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")  # a name mention that took its "'s" with it
_DEFENDANT_HOME = re.compile(r",\s*(?P<age>(?:aged\s+)?\d{2}\s*,\s*)?(?:(?:both|all)\s+)?(?:of|from)\s+(?:the\s+)?")


# Capitalised names in a list ("Thu, Lan and Mai"): a member is one or two capitalised words.
_LIST_MEMBER = regex.compile(r"(?<![\w@])\p{Lu}[\p{L}\p{M}'\u2019\-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019\-]*)?(?![\w@])")
_NAME_LIST = regex.compile(
    r"(?<![\w@])\p{Lu}[\p{L}\p{M}'\u2019\-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019\-]*)?"
    r"(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s*&\s*|\s+and\s+)\p{Lu}[\p{L}\p{M}'\u2019\-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019\-]*)?)+(?![\w@])"
)

# One word with a digit, an underscore or a capital inside: a handle, not a name.
_HANDLE_SHAPE = re.compile(r"@?\w*(?:\d|_|[a-z][A-Z])\w*")


class Redactor:
    def __init__(
        self,
        analyzer: AnalyzerEngine,
        roles: RoleRules | None = None,
        role_model: RoleModel | bool | None = True,
        lexicon: Lexicon | None = None,
    ) -> None:
        """`role_model`: True loads the committed model (none trained: rules alone);
        False or None: the rules alone; or a RoleModel. `roles` and `lexicon` default to
        the committed files; give the analyzer the same ones (`engine.build_analyzer`)."""
        self.analyzer = analyzer
        self.anonymizer = anonymizer()
        self.roles = roles or load_role_rules()
        self.lexicon = lexicon or load_lexicon()
        self.advert_names = AdvertNameRecognizer(self.lexicon)
        self.post_authors = PostAuthorRecognizer(self.roles.desktop, self.lexicon)
        self.role_model: RoleModel | None = load_role_model() if role_model is True else (role_model or None)
        # "Woman A", "Victim 2": a report's stand-in for someone it will not name
        # A title's initial is a stand-in only when no surname follows it: "Ms A said", but
        # "Mr D. Lennox", "Mr W.J. Evans" are a name (the offender's, often).
        titled = {w for w in self.lexicon.anonymised_labels if w in self.lexicon.titles}
        labels = "|".join(sorted(w.capitalize() for w in self.lexicon.anonymised_labels - titled))
        titles = "|".join(sorted(w.capitalize() for w in titled))
        after = r"(?![\w'\u2019])"
        no_surname = r"(?!\.?[ \t]*(?:[A-Z]\.[ \t]*)*[A-Z][a-z])"
        self.labels = PatternRecognizer(
            supported_entity="PERSON",
            name="AnonymisedLabelRecognizer",
            patterns=[
                Pattern("label", rf"\b(?:{labels})\s+{LABEL_MARK}\b{after}", 0.9),
                Pattern("title", rf"\b(?:{titles})\s+{LABEL_MARK}\b{after}{no_surname}", 0.9),
            ],
        )

    def analyze(self, text: str, artifacts: NlpArtifacts, ctx: RecordContext) -> list[RecognizerResult]:
        ad_hoc = list(deny_list_recognizers(ctx.victim_values))
        entities = ENTITIES + VICTIM_ENTITIES if ad_hoc else ENTITIES
        names = offender_name_recognizer(ctx.offender_name_values or sorted(ctx.offender_names))
        places = incident_place_recognizer(ctx.place_values or ctx.incident_places)
        ad_hoc += [r for r in (names, places) if r is not None] + [self.labels]
        if ctx.advert:
            ad_hoc.append(self.post_authors)
            if not self.roles.desktop.court.search(text):
                # a court report's "Mirela Stanciu, 35," is no advert's "Summer, Batley, 34"
                ad_hoc.append(self.advert_names)
        return self.analyzer.analyze(
            text=text,
            language="en",
            entities=entities,
            nlp_artifacts=artifacts,
            ad_hoc_recognizers=ad_hoc,
            score_threshold=_MIN_SCORE,
        )

    def redact(
        self, text: str, artifacts: NlpArtifacts, ctx: RecordContext, collect: list[ModelItem] | None = None
    ) -> RedactionResult:
        """`collect`: where given, the role model's inputs are appended to it (training)."""
        results = self.analyze(text, artifacts, ctx)
        return _Run(self, text, artifacts.tokens, ctx).run(results, collect)


class _Run:
    """One record's redaction decisions."""

    def __init__(self, redactor: Redactor, text: str, doc, ctx: RecordContext) -> None:
        self.r = redactor
        self.rules = redactor.roles
        self.lex = redactor.lexicon
        self.text = text
        self.doc = doc
        self.ctx = ctx
        self.redact: list[Candidate] = []
        self.kept: list[tuple[Candidate, KeptSpan]] = []
        self._pos: dict[int, Any] | None = None
        self.id_mentions: list[PersonMention] = []  # identifiers decided so far (for apposition)
        self.known: list[PersonMention] = []  # the names decided, and their other mentions
        self.place_cands: list[Candidate] = []  # the place candidates, for the words beside them
        self.name_cands: list[Candidate] = []  # the name candidates, for a list of places
        # spans put on the victim's side only by a rule of proximity (`soft_victim_rules`):
        # the role model may overrule those when it is sure, never the others
        self.soft_victim: set[tuple[int, int]] = set()
        self.desktop_offenders: list[tuple[int, int, str]] = []  # desktop research: authors, defendants
        self.post_authors: list[tuple[int, int]] = []  # desktop research: every post's author
        self.posts: list[Post] = []  # desktop research: the posts and their authors
        self.author_names: set[str] = set()  # first names inside offending authors' handles
        # desktop research that reports a court case: its names are no advert's working names
        self._news = ctx.advert and bool(redactor.roles.desktop.court.search(text))

    # -- 1. candidates ----------------------------------------------------------------
    def run(self, results: list[RecognizerResult], collect: list[ModelItem] | None = None) -> RedactionResult:
        cands = CandidateReader(self.text, self.doc, self.lex, self.rules, self.ctx.advert, self._news).read(results)
        names = [c for c in cands if c.entity == "PERSON" and c.tier > 0]
        ids = [c for c in cands if c.entity in ID_KINDS and c.tier > 0]
        places = [c for c in cands if (c.entity in PLACE_KINDS or c.entity in ADDRESS_KINDS) and c.tier > 0]
        self.place_cands = places
        self.name_cands = names
        for c in cands:
            if c.tier == 0:
                self.redact.append(c)
        if self.ctx.advert:
            spans = [(c.start, c.end) for c in names]
            self.desktop_offenders = [
                *self.ctx.offender_authors,
                *self.rules.desktop.defendants(self.text, spans, self.doc),
            ]
            self.posts = self.rules.desktop.posts(self.text)
            self.post_authors = [p.author for p in self.posts]
            self.author_names = self._offender_author_names()
        tails = self._place_tails(names, places)
        names = [c for c in names if c not in tails]
        cands = [c for c in cands if c not in tails]
        if self._news:
            names, places = self._defendant_homes(names, places)
        mentions = self._decide_names(names, places)
        known = mentions + self._other_mentions(mentions)  # "Clivedon's car" after "his mate Clivedon"
        self.known = known
        for c in sorted(ids, key=lambda c: c.start):
            self._decide_id(c, known)
        for c in places:
            self._decide_place(c)
        self._propagate(mentions)
        model = self.r.role_model
        if model is not None or collect is not None:
            items = model_items(self, cands, mentions)
            if collect is not None:
                collect.extend(items)
            if model is not None:
                decide_with_model(self, model, items)
        if self.ctx.advert:
            self._redact_author_handle_names()
        self._redact_listed_names()
        self._leave_unowned_partial_plates()
        # anything kept that overlaps something redacted goes: when unsure, redact
        kept = [k for c, k in self.kept if not any(r.start < c.end and c.start < r.end for r in self.redact)]
        return self._anonymize(join_names(kept, self.text))

    # -- 2. names -------------------------------------------------------------------------
    def _decide_names(self, names: list[Candidate], places: list[Candidate]) -> list[PersonMention]:
        votes: list[tuple[Candidate, str, str]] = []  # cand, role, evidence
        for c in names:
            role, evidence = self._name_vote(c)
            votes.append((c, role, evidence))
        hard_victim = self._name_keys(votes)
        mentions: list[PersonMention] = []
        for c, role, evidence in votes:
            final = self._name_side(c, hard_victim)
            # an advert's words are its advertiser's by default, not by evidence: a town that is
            # no first name, where only a place fits, is a place ("Travelling to Salford/Stockport")
            advert_default = evidence == "advert" and (self._town_not_name(c) or self._place_list(c))
            open_side = final == UNKNOWN or advert_default
            if open_side and (c.tier >= _NER_TIER or advert_default) and self._place_position(c):
                places.append(Candidate(c.start, c.end, "LOCATION", "name_in_place_position", _NER_TIER, {}))
                if final != UNKNOWN:  # no longer the advertiser's name by default
                    self.victim_keys.discard(canonical("PERSON", self.text[c.start : c.end]))
                continue
            final = self._settle_name(c, role, evidence, final)
            mentions.append(PersonMention(c.start, c.end, final))
        return mentions

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
        for c, role, evidence in votes:
            if role != VICTIM:
                continue
            key = canonical("PERSON", self.text[c.start : c.end])
            parts = self._parts(key)
            if evidence != "advert":
                by_evidence |= {key, *parts}
            # in advert text every name is the advertiser's by default; a later mention of a
            # defendant's or author's name ("Hebden" after "Craig Allan Hebden") is his
            if not (evidence == "advert" and parts and parts <= offender_keys):
                victim_keys |= {key, *parts}
            if evidence.removeprefix("rule:") not in soft:
                hard_victim |= {key, *parts}
        self.victim_keys, self.offender_keys = victim_keys, offender_keys
        self.advert_default_keys = victim_keys - by_evidence
        self.unknown_keys = (
            {canonical("PERSON", self.text[c.start : c.end]) for c, role, _ in votes if role == UNKNOWN}
            - victim_keys
            - offender_keys
        )
        return hard_victim

    def _name_side(self, c: Candidate, hard_victim: set[str]) -> str:
        """The side of a name by the names decided: a victim's (any part of it), an offender's
        (all its parts), or unknown."""
        key = canonical("PERSON", self.text[c.start : c.end])
        parts = self._parts(key)
        if key in self.victim_keys or parts & self.victim_keys:
            if key not in hard_victim and not parts & hard_victim:
                self.soft_victim.add((c.start, c.end))
            return VICTIM
        if key in self.offender_keys or (parts and parts <= self.offender_keys) or self._offender_part(key):
            return OFFENDER
        return UNKNOWN

    def _settle_name(self, c: Candidate, role: str, evidence: str, final: str) -> str:
        """Keep an offender's name, redact every other; returns the side it ends on."""
        desktop_rule = evidence.startswith("rule:desktop.")
        if final == OFFENDER and self.ctx.advert and not c.meta.get("name_strong", True) and not desktop_rule:
            final = UNKNOWN  # advert text is the advertiser's: "he" alone proves nothing there
        if final == OFFENDER:
            entity = "PERSON"
            handle_rule = evidence.startswith(("rule:desktop.author", "rule:desktop.defendant_alias"))
            if handle_rule and _HANDLE_SHAPE.fullmatch(self.text[c.start : c.end]):
                entity = "ONLINE_HANDLE"  # a post signed "SmoggyRoger": a handle the NER read as a name
            self._keep(c, entity, OFFENDER, evidence if role == OFFENDER else "same name as offender")
        else:
            self.redact.append(c)
        return final

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
        if c.source == OFFENDER_NAMES or self._offender_part(key):
            return OFFENDER, "offender.names"
        # desktop research: the author of an offending post or a defendant, whatever the
        # advert's structural patterns guessed ("Post by Gaz Whitworth" is no working name)
        if self.ctx.advert and (rule := self._desktop_offender(c)) is not None:
            return OFFENDER, f"rule:{rule}"
        if self.ctx.advert and self._post_author(c):
            # the author of a post that describes no offence of his ("Comment by Parveen H:
            # please take the faces down"): the post decided, not the advert's default
            return VICTIM, "rule:desktop.post_author"
        role = c.meta.get("name_role")
        if role in (VICTIM, OFFENDER):
            return role, f"rule:{c.meta.get('name_rule')}"
        if self.ctx.advert and not self._news:
            return VICTIM, "advert"  # a court report is told, not advertised: its names are open
        after = self.text[c.end : c.end + self.rules.window_after]
        if after_rule := self.rules.name_after(after):
            return after_rule.role, f"rule:{after_rule.id}"
        return UNKNOWN, ""

    def _desktop_offender(self, c: Candidate) -> str | None:
        """The rule that makes this span an offender in desktop research: the author of a
        post describing an offence, or a defendant in a news item."""
        for start, end, rule in self.desktop_offenders:
            if start < c.end and c.start < end:
                return rule
        if c.entity == "PERSON" and canonical("PERSON", self.text[c.start : c.end]) in self.author_names:
            return "desktop.author_offence:handle_name"  # "You're a scumbag Mike" to MerseyMike_x
        if self._news and c.entity in ID_KINDS and self._defendant_leads(c):
            return "desktop.defendant_sentence"
        if self._news and self.rules.desktop.alias(self.text, c.start) and self._defendant_leads(c):
            return "desktop.defendant_alias"  # "used the username 'TaysideGent'", "the alias 'Jack Diamond'"
        return None

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

    def _redact_listed_names(self) -> None:
        """A name in a list of names most of whose members are redacted ("Others: Thu, Lan,
        Mai"; "Choose from Roxy, Mercedes, Jade, Kiki"): a day's short form, a car's make or
        a word no tagger read as a name is one there too."""
        names = [(c.start, c.end) for c in self.redact if c.entity == "PERSON"]
        if not names:
            return
        kept = [(c.start, c.end) for c, _ in self.kept]
        for m in _NAME_LIST.finditer(self.text):
            members = [n.span() for n in _LIST_MEMBER.finditer(self.text, m.start(), m.end())]
            hit = [x for x in members if any(a < x[1] and x[0] < b for a, b in names)]
            if len(hit) < 2 or len(hit) * 2 < len(members):
                continue
            for x in members:
                word = self.text[x[0] : x[1]]
                if x in hit or any(a < x[1] and x[0] < b for a, b in kept) or self._function_word(word):
                    continue  # "Ana and Bea, and I": the reporter is no name
                self._redact_span(*x, "PERSON", "listed_with_names")

    def _leave_unowned_partial_plates(self) -> None:
        """A partial plate ("ended YHT") is kept as the offender's when the rules or the model
        give it him, redacted when the rules give it her side ("my mate's car ... ends KPT"),
        and otherwise left as written: a few characters of a plate name no one, and before
        stop 23 they were never read as identifiers at all."""
        hers = {(m.start, m.end) for m in self.id_mentions if m.role == VICTIM}
        self.redact = [
            c for c in self.redact if not (c.meta.get("partial_plate") and (c.start, c.end) not in hers and c.tier > 0)
        ]

    def _redact_author_handle_names(self) -> None:
        """The first name inside the handle of an author who is no offender ("tam" of
        "TorryTam"), in any case, wherever the thread calls her by it ("its a whore tam")."""
        first = self.lex.first_names
        offending = [(s, e) for s, e, rule in self.desktop_offenders if rule.startswith("desktop.author")]
        kept_offender = {canonical("PERSON", k.text) for _, k in self.kept if k.role == OFFENDER}
        names: set[str] = set()
        for a, b in self.post_authors:
            if not any(s < b and a < e for s, e in offending):
                names |= handle_names(self.text[a:b].lstrip("@"), first)
        names -= self.author_names | self.offender_keys | kept_offender
        for name in sorted(names):
            for s, e in name_mentions(self.text, name):
                if not any(a <= s and e <= b for a, b in self.post_authors):
                    self._redact_span(s, e, "PERSON", "author_handle_name")

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
            if c.tier < _NER_TIER or not word[:1].isupper() or self.lex.has_first_name(canonical("PERSON", word)):
                continue
            head = next((p for p in towns if p.end + 1 == c.start and self.text[p.end] == " "), None)
            if head is not None and self.lex.is_place(self.text[head.start : head.end]):
                pairs.append((c, head))
        for c, head in pairs:
            head.end = c.end
        return [c for c, _ in pairs]

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
            m = _DEFENDANT_HOME.search(self.text, max(0, c.start - 34), c.start)
            if m is None or m.end() != c.start:
                continue
            accused = any(0 <= m.start() - e <= 2 for e in ends)
            if accused or (m.group("age") and any(0 <= m.start() - e <= 1 for e in named)):
                moved.append(c)
        if not moved:
            return names, places
        homes = [Candidate(c.start, c.end, "LOCATION", "defendant_home", c.tier, {}) for c in moved]
        return [c for c in names if c not in moved], [p for p in places if p not in moved] + homes

    def _owned_by_redacted_subject(self, c: Candidate) -> bool:
        """The sentence's subject is a name the rules put on the victim's side, the identifier
        follows "his"/"her" and a vehicle word, and no other named person comes between
        ("Mo was waiting in his Skoda, LV19 KWP")."""
        if self.doc is None:
            return False
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return False
        sent = span.sent
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.idx < c.start]
        for subj in subjects:
            owner = next((m for m in self.known if m.start <= subj.idx < m.end), None)
            if owner is None or owner.role != VICTIM:
                continue  # only a name the rules put on her side (an unknown may yet be his)
            between = self.doc[subj.i + 1 : span.start]
            # "his Skoda", "her car": the subject's vehicle; not "has his number" (someone else's)
            owned = [t for t in between if t.lower_ in ("his", "her") and t.i + 1 < span.start]
            if not any(self.lex.is_vehicle_context(self.doc[t.i + 1].lower_) for t in owned):
                continue
            others = [m for m in self.known if owner.end <= m.start < c.start]
            if not others:
                return True
        return False

    def _vehicle_owner(self, c: Candidate) -> str | None:
        """The side (victim or unknown) of the named person whose vehicle the identifier
        follows in its sentence ("Mo's car's the silver Prius, LB67 TXA"), with no other named
        person between; None: no such person, or the offender."""
        s_start, _ = self._sentence(c.start, c.end)
        for m in self.known:
            if m.role == OFFENDER or not (s_start <= m.start and m.end <= c.start):
                continue
            owned = _POSSESSED_VEHICLE.match(self.text, m.end, c.start)
            if owned is None or not self.lex.is_vehicle_context(owned.group(2)):
                continue
            if not (owned.group(1) or _POSSESSIVE_END.search(self.text, m.start, m.end)):
                continue  # no possessive: not "Mo's car"
            if not any(m.end <= o.start < c.start for o in self.known if o is not m):
                return m.role
        return None

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
        if not accused:
            return False
        after = max(accused)
        between = [m for m in (*self.known, *self.id_mentions) if after <= m.start < c.start]
        return all(m.role == OFFENDER for m in between)

    def _post_author(self, c: Candidate) -> bool:
        """The span is (part of) a post's author in desktop research."""
        return any(a < c.end and c.start < b for a, b in self.post_authors)

    def _parts(self, key: str) -> set[str]:
        return {p for p in key.split() if len(p) >= 2 and not self.lex.is_title(p)}

    def _offender_part(self, key: str) -> bool:
        """The name, or a part of it, is a structured offender name ("Binns" of "Craig Binns")."""
        if not key or not self.ctx.offender_names:
            return False
        parts = self._parts(key)
        for n in self.ctx.offender_names:
            n_parts = self._parts(n)
            if key == n or (parts and parts <= n_parts) or (n_parts and n_parts <= parts and key.endswith(n)):
                return True
        return False

    def _place_position(self, c: Candidate) -> bool:
        cue = place_cue(self.rules, self.text, c.start, c.end, window=20)
        if cue is not None:
            return cue
        before = self.text[max(0, c.start - 20) : c.start]
        if self._beside_place(c) or self._place_list(c):
            return True
        # "drove her to Crookes": a journey's end, unless the word is someone's first name
        # ("took the money to Shannon")
        key = canonical("PERSON", self.text[c.start : c.end])
        return not self.lex.has_first_name(key) and self.rules.place_context(before, "", self._prep_head(c.start))

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
        placed = any(p.entity in ("PLACE", "LOCATION") or self._town_not_name(p) for p in chain)
        if not placed or any(self._first_name(p) for p in chain):
            return False
        first = min(chain, key=lambda p: p.start)
        s_start, _ = self._sentence(first.start, first.end)
        return not self.rules.home_context(self.text[max(s_start, first.start - 80) : first.start])

    def _town_not_name(self, c: Candidate) -> bool:
        """A major British place that is no first name ("Salford", not "Kanya" or "Chelsea")."""
        return phrase_key(self.text[c.start : c.end]) in self.lex.major_places and not self._first_name(c)

    def _first_name(self, c: Candidate) -> bool:
        """A first name that is no place, or a name given as the victim's (by more than an
        advert's default): never a list's place."""
        key = canonical("PERSON", self.text[c.start : c.end])
        if key in self.victim_keys and not (key in self.advert_default_keys and key in self.lex.major_places):
            return True
        return self.lex.has_first_name(key) and not self.lex.is_place(self.text[c.start : c.end])

    def _after_home_street(self, c: Candidate) -> bool | None:
        """Whether the street this district follows ("Oak Road, Cobridge") is a home: None
        when no street comes right before it."""
        for p in self.place_cands:
            if p.end <= c.start and _DISTRICT_GAP.match(self.text[p.end : c.start]):
                if p.entity in ADDRESS_KINDS:
                    return True
                if p.entity == "STREET":
                    s_start, _ = self._sentence(p.start, p.end)
                    return self.rules.home_context(self.text[max(s_start, p.start - 80) : p.start])
        return None

    # -- 3. identifiers -------------------------------------------------------------------
    def _decide_id(self, c: Candidate, mentions: list[PersonMention]) -> None:
        span = self.text[c.start : c.end]
        entity = c.entity
        if entity == "PHONE_NUMBER" and is_warnlisted(span):
            if self._named_owner(c, mentions) not in (None, OFFENDER):
                # "the manager Mr Barton's number (...)": a listed line given as a person's
                # own is that person's, and goes with his name
                self.redact.append(c)
                self.id_mentions.append(PersonMention(c.start, c.end, VICTIM))
                return
            self._keep(c, entity, "service", "warnlist")
            return
        if entity not in OFFENDER_KINDS:
            self.redact.append(c)
            return
        if f := self._offender_field(entity, span):
            self._keep(c, entity, OFFENDER, f)
            return
        if self.ctx.advert and self._decided_by_post(c, entity, span):
            return
        if entity == "PHONE_NUMBER" and self._page_phone(span):
            # a number of the page's `phones` field is the advertiser's, as the field says,
            # unless a post, a court report or a firm rule of the sentence gives it an
            # offender ("texts from 07700 ...", "Dave (07700 ...)"); never the model alone
            role, evidence = self._id_role_by_rules(c, mentions)
            if role == OFFENDER and evidence.removeprefix("rule:") in self.rules.page_phone_rules:
                self._keep_offender_id(c, evidence)
            else:
                self._redact_id(c, VICTIM)
            return
        owner = self._vehicle_owner(c)
        if owner == UNKNOWN:
            # "Mo's car's the silver Prius, LB67 TXA": a named person's of no known side; the
            # role model may give it the offender when it is sure
            self.soft_victim.add((c.start, c.end))
        if self._owned_by_redacted_subject(c) or owner is not None:
            # "Mo was waiting in the car park in his Skoda, LV19 KWP": his = the driver's
            self._redact_id(c, VICTIM)
            return
        if self.ctx.advert and self._post_author(c):
            # the author of a post that describes no offence of his (a review, a reply, a
            # worker's warning): the post decided, not the role model
            self._redact_id(c, VICTIM)
            return
        self._decide_id_by_rules(c, mentions)

    def _page_phone(self, span: str) -> bool:
        return bool(self.ctx.page_phones) and canonical("PHONE_NUMBER", span) in {
            canonical("PHONE_NUMBER", p) for p in self.ctx.page_phones
        }

    def _keep_offender_id(self, c: Candidate, evidence: str) -> None:
        self._keep(c, c.entity, OFFENDER, evidence)
        self.id_mentions.append(PersonMention(c.start, c.end, OFFENDER))

    def _redact_id(self, c: Candidate, side: str) -> None:
        self.redact.append(c)
        self.id_mentions.append(PersonMention(c.start, c.end, side))

    def _decided_by_post(self, c: Candidate, entity: str, span: str) -> bool:
        """Desktop research: an identifier the post decides (its offending author's, its
        target's, the page's subject's); False: the post does not decide it."""
        text = self.text
        if (rule := self._desktop_offender(c)) is not None:
            self._keep_offender_id(c, f"rule:{rule}")
            return True
        if (body := self._offending_post(c)) is not None:
            # in a harassing or boasting post, an identifier the author gives as his own ("ring
            # me on", "from") is his; any other is his target's ("don't book @x, its a bloke")
            offending = [(s, e) for s, e, r in self.desktop_offenders if r.startswith("desktop.author")]
            authors = {canonical(entity, text[s:e]) for s, e in offending}
            own = canonical(entity, span) in authors  # "pay £100 to @ExposeLeics" in his own post
            # "by Barry Whitehead (barry.w@example.com):": the author's own, given beside his name
            own = own or any(re.fullmatch(r"\s*[(\[,]?\s*", text[b : c.start]) for _, b in offending if b <= c.start)
            if own or self.rules.desktop.author_own(text, body, c.start):
                self._keep_offender_id(c, "rule:desktop.author_own")
            else:
                self._redact_id(c, VICTIM)
            return True
        if self.rules.desktop.page_subject(text, c.start, c.end):
            # "Comments on @TSAmber's video": the page is about her, whoever comments
            self._redact_id(c, VICTIM)
            return True
        return False

    def _decide_id_by_rules(self, c: Candidate, mentions: list[PersonMention]) -> None:
        """An identifier by the name or identifier it follows, else by the identifier rules
        around it."""
        role, evidence = self._id_role_by_rules(c, mentions)
        if role == OFFENDER:
            self._keep_offender_id(c, evidence)
        else:
            self._redact_id(c, VICTIM if role == VICTIM else UNKNOWN)

    def _id_role_by_rules(self, c: Candidate, mentions: list[PersonMention]) -> tuple[str | None, str]:
        text, ctx, entity = self.text, self.ctx, c.entity
        s_start, s_end = self._sentence(c.start, c.end)
        prev_start = self._sentence(max(0, s_start - 2), max(1, s_start - 1))[0] if s_start > 0 else s_start
        role, evidence = self._apposition(c, mentions, s_start)
        if role is None:
            ev = self.rules.decide_identifier(
                entity,
                text,
                c.start,
                c.end,
                s_start,
                s_end,
                mentions,
                advert=ctx.advert and not self._news,  # a court report is told, not advertised
                tokens=self._tokens(),
                context_start=prev_start,
            )
            if ev is not None:
                role, evidence = ev.role, f"rule:{ev.rule}"
                # "find me on insta @x": the reporter speaking of herself is no proximity guess
                soft = ev.rule in self.rules.soft_victim_rules
                if role == VICTIM and soft and ev.word not in self.rules.first_person:
                    self.soft_victim.add((c.start, c.end))
        return role, evidence

    def _apposition(self, c: Candidate, mentions: list[PersonMention], s_start: int) -> tuple[str | None, str]:
        """The side of the name or identifier this one directly follows ("Wayne (07700 ...")."""
        near = [*mentions, *self.id_mentions]
        prior = [m for m in near if m.end <= c.start and m.end >= max(s_start, c.start - 60)]
        if not prior:
            return None, ""
        m = max(prior, key=lambda m: m.end)
        gap = self.text[m.end : c.start]
        # other identifiers between them are transparent: "Olly (Instagram @x, phone 07700..."
        for other in sorted(near, key=lambda o: -o.start):
            if m.end <= other.start and other.end <= c.start:
                gap = gap[: other.start - m.end] + gap[other.end - m.end :]
        if not self.rules.apposition(gap):
            return None, ""
        if m.role == OFFENDER:
            return OFFENDER, "rule:apposition"
        return VICTIM, "rule:apposition"

    def _named_owner(self, c: Candidate, mentions: list[PersonMention]) -> str | None:
        """The side of the name this identifier directly follows ("Barton's number (",
        "Hollis, on"), or None; names only: an identifier beside another says nothing of a
        service line's owner."""
        s_start, _ = self._sentence(c.start, c.end)
        prior = [m for m in mentions if m.end <= c.start and m.end >= max(s_start, c.start - 60)]
        if not prior:
            return None
        m = max(prior, key=lambda m: m.end)
        return m.role if self.rules.apposition(self.text[m.end : c.start]) else None

    def _offender_field(self, entity: str, span_text: str) -> str | None:
        canon = canonical(entity, span_text)
        ctx = self.ctx
        if entity == "PHONE_NUMBER" and canon in ctx.offender_phones:
            return "offender.phones"
        if entity == "EMAIL_ADDRESS" and canon in ctx.offender_emails:
            return "offender.emails"
        if entity == "ONLINE_HANDLE" and canon in ctx.offender_handles:
            return "offender.online_handles"
        if entity == "UK_VEHICLE_REG" and canon in ctx.offender_vrms:
            return "offender.vehicles"
        return None

    # -- 4. places ------------------------------------------------------------------------
    def _decide_place(self, c: Candidate) -> None:
        text = self.text
        entity = c.entity
        s_start, _ = self._sentence(c.start, c.end)
        before = text[max(s_start, c.start - 80) : c.start]
        after = text[c.end : c.end + 40]
        if c.source == INCIDENT_PLACES or self._in_incident_field(c):
            self._keep(c, "LOCATION" if entity in PLACE_KINDS else entity, "incident", "location field")
            return
        if self._post_author(c):
            c.entity = "PERSON"  # "Comment by Karen Hill": a post's author, not a street
            self.redact.append(c)
            return
        if self._decided_as_address(c, before, after):
            return
        if c.source == "defendant_home":
            self._keep(c, "LOCATION", "incident", "rule:defendant_home")
            return
        if c.source == "name_in_place_position" and (self._after_home_street(c) or self.rules.home_context(before)):
            self.redact.append(c)  # "lives in Cobridge", "her flat on Oak Road, Cobridge": her home's district
            return
        if entity == "PLACE" or c.source == "name_in_place_position":
            listed = c.source == "name_in_place_position" and self._place_list(c)
            self._keep(c, "LOCATION", "incident", "rule:place_list" if listed else "rule:named_place")
            return
        self._decide_named_place(c, before, after)

    def _decided_as_address(self, c: Candidate, before: str, after: str) -> bool:
        """An address, a postcode district or a street, decided; False: none of these."""
        entity = c.entity
        if entity in ADDRESS_KINDS:
            if self.ctx.platform == "lettings" and not self.rules.home_context(before):
                # a lettings advert's address is the premises let (records.md §2), no one's home
                self._keep(c, "LOCATION", "incident", "rule:desktop.let_premises")
            else:
                self.redact.append(c)
            return True
        if entity == "UK_POSTCODE_DISTRICT":
            self._keep(c, "LOCATION", "incident", "rule:postcode_district")
            return True
        if entity == "STREET":
            if self.rules.home_context(before):
                self.redact.append(c)
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
        a_person = bool(POSSESSIVE_AFTER.match(after)) or key in self.victim_keys
        if not a_person and self.lex.is_abroad(text[c.start : c.end]):
            # "from Lagos", "she is from China": a country or a city abroad names no one's home
            self._keep(c, "LOCATION", "incident", "rule:abroad")
            return
        if c.source == GAZETTEER:
            # a known place is kept unless it is said to be someone's home, or a victim's
            # name is also a place ("Chelsea" is no place on the gazetteer's word alone), or
            # she is reached through it ("through Moira at the project")
            contact = self.lex.has_first_name(key) and bool(self.rules.name_contact_before.search(before[-25:]))
            if contact:
                c.entity = "PERSON"
            if a_person or contact or self.rules.home_context(before):
                self.redact.append(c)
            else:
                self._keep(c, "LOCATION", "incident", "rule:place_list" if self._place_list(c) else "rule:gazetteer")
            return
        # spaCy place: kept with evidence it is a place, not a name the NER got wrong
        if a_person:
            c.entity = "PERSON"  # a person the NER took for a place: numbered with the names
            self.redact.append(c)
            return
        # "took the money to Shannon": a first name the NER called a place, with nothing but
        # a journey's preposition for it, is someone's name
        a_name = (
            self.lex.has_first_name(key)
            and not self.lex.is_place(text[c.start : c.end])
            and not self.rules.place_context(before, after)  # the strong cues: "in", "near", "... Road"
        )
        listed = not a_name and self._place_list(c)
        if listed:
            self._keep(c, "LOCATION", "incident", "rule:place_list")
        elif not a_name and self.rules.place_context(before, after, self._prep_head(c.start)):
            self._keep(c, "LOCATION", "incident", "rule:incident_place")
        else:
            if a_name or key in self.unknown_keys:
                c.entity = "PERSON"
            self.redact.append(c)

    def _in_incident_field(self, c: Candidate) -> bool:
        places = self.ctx.incident_places
        if not places:
            return False
        low = words_of(self.text[c.start : c.end])
        return bool(low) and any(f" {low} " in f" {words_of(p)} " for p in places)

    # -- 5. every mention of a redacted name ---------------------------------------------------
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
        words = {
            w
            for w in victims | unknown
            if len(w) >= 2 and not self.lex.is_not_name(w) and not (stop is not None and stop[w.lower()].is_stop)
        }
        if not words:
            return
        rx = mentions_pattern(words)
        for m in rx.finditer(text):
            is_victim = canonical("PERSON", m.group()) in victims
            hit = [(s, e) for s, e in covered if s < m.end() and m.start() < e]
            if not hit:
                self.redact.append(Candidate(m.start(), m.end(), "PERSON", "propagated", _NER_TIER, {}))
                covered.append(m.span())
            elif is_victim:
                # a victim's name inside something kept (a place named after her) still goes
                for c, k in self.kept:
                    if c.start < m.end() and m.start() < c.end and k.role != OFFENDER:
                        self.redact.append(Candidate(m.start(), m.end(), "PERSON", "propagated", _NER_TIER, {}))
                        break

    # -- helpers ----------------------------------------------------------------------------
    def _function_word(self, word: str) -> bool:
        """ "I", "And": a stop word, never a name in a list."""
        return self.doc is not None and self.doc.vocab[word.lower()].is_stop

    def _redact_span(self, start: int, end: int, entity: str, source: str) -> None:
        self.redact.append(Candidate(start, end, entity, source, _NER_TIER, {}))

    def _keep(self, c: Candidate, entity: str, role: str, evidence: str) -> None:
        self.kept.append((c, KeptSpan(entity, c.start, c.end, self.text[c.start : c.end], role, evidence)))

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        span = self.doc.char_span(start, end, alignment_mode="expand") if self.doc is not None else None
        if span is None or len(span) == 0:
            return 0, len(self.text)
        sent = span.sent
        return sent.start_char, sent.end_char

    def _prep_head(self, start: int) -> str | None:
        """The lemma of the word the preposition before `start` hangs on ("drove" in "drove to X")."""
        if self.doc is None:
            return None
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span[0].i == 0:
            return None
        prep = self.doc[span[0].i - 1]
        if prep.lower_ == "the" and prep.i > 0:
            prep = self.doc[prep.i - 1]
        return prep.head.lemma_.lower() if prep.head is not prep else None

    def _tokens(self) -> dict[int, Any]:
        if self._pos is None:
            self._pos = {t.idx: t for t in self.doc} if self.doc is not None else {}
        return self._pos

    # -- replacement ----------------------------------------------------------------------------
    def _anonymize(self, kept: list[KeptSpan]) -> RedactionResult:
        out = replace(self.r.anonymizer, self.text, merge(self.redact))
        return RedactionResult(
            text=out.text, kept=sorted(kept, key=lambda k: k.start), counts=out.counts, removed=out.removed
        )
