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
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonResult

from common.context import RecordContext
from common.spans import KeptSpan
from redaction.deny_list import RECOGNIZER_NAME as DENY_NAME
from redaction.deny_list import VICTIM_ENTITIES, VICTIM_PREFIX, deny_list_recognizers
from redaction.kinds import (
    ADDRESS_KINDS,
    ENTITIES,
    ID_KINDS,
    NER_RECOGNIZER,
    OFFENDER_KINDS,
    PLACE_KINDS,
    PLACEHOLDER,
    WORD,
    canonical,
    mentions_pattern,
)
from redaction.lexicon import LABEL_MARK, load_lexicon, phrase_key, written_with_capitals
from redaction.recognizers.advert_names import AdvertNameRecognizer
from redaction.recognizers.name_cues import NAME as CUE_NAME
from redaction.recognizers.post_authors import PostAuthorRecognizer
from redaction.recognizers.proper_nouns import NAME as PROPN_NAME
from redaction.recognizers.value_list import (
    INCIDENT_PLACES,
    OFFENDER_NAMES,
    incident_place_recognizer,
    offender_name_recognizer,
)
from redaction.role_model import RoleModel, load_role_model
from redaction.roles import OFFENDER, UNKNOWN, VICTIM, PersonMention, RoleRules, load_role_rules
from redaction.roles_decide import ModelItem, decide_with_model, model_items
from redaction.warnlist import is_warnlisted

_ADVERT = "AdvertNameRecognizer"
_MIN_SCORE = 0.3
_NER_TIER = 9
# "in Pudsey": a name-shaped word the NER calls a person, in a place position
_PLACE_PREP = re.compile(r"\b(?:in|near|outside|around|round|behind|opposite|towards|through)\s+(?:the\s+)?$", re.I)
# "Carlisle based", "Kendal way" (not "Chelsea based in Leeds": a worker and her base)
_PLACE_AFTER = re.compile(
    r"[\s-]+(?:based|area|way|side|centre|center|town|city)\b(?!\s+(?:in|at|near|around|out|from)\b)", re.I
)
_COORD_BEFORE = re.compile(r"\b([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\s*(?:,|&|\band\b|\bor\b|/)\s*$")
_COORD_AFTER = re.compile(r"\s*(?:,|&|\band\b|\bor\b|/)\s*([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)")
# A house number right before a place name, and the end of an address after it.
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w£$€.,:/\-])(?:flat\s+\d{1,4}[a-z]?,?\s+)?\d{1,4}[a-zA-Z]?\s+$", re.I)
_ADDRESS_END = re.compile(r"\s*(?:,|\.|\(|$|[A-Z]{1,2}\d)")
_DEFENDANT_HOME = re.compile(r",\s*(?:(?:aged\s+)?\d{2}\s*,\s*)?(?:of|from)\s+")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_POSSESSIVE_AFTER = re.compile(r"^['\u2019]s\b|^s['\u2019]")
# an NER span the gazetteer knows for a place (redaction/gazetteer/)
GAZETTEER = "gazetteer"
_JOINERS = frozenset("/@_.-#")


# An organisation's name holds no person and no home; the record's own lists still count.
_ORGANISATION_WORDS = frozenset({"PERSON", "LOCATION", "STREET", "BUILDING", "PLACE"})
_NEVER_INSIDE_ORGANISATION = frozenset({DENY_NAME, OFFENDER_NAMES, INCIDENT_PLACES})

_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "i'm", "im", "i've", "i'd"})
# One word with a digit, an underscore or a capital inside: a handle, not a name.
_HANDLE_SHAPE = re.compile(r"@?\w*(?:\d|_|[a-z][A-Z])\w*")


@dataclass
class RedactionResult:
    text: str
    kept: list[KeptSpan] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    # (entity, canonical value) of everything replaced: feeds pseudonyms and the leak guard.
    removed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Cand:
    start: int
    end: int
    entity: str
    source: str
    tier: int
    meta: dict[str, Any]


def _tier(res: RecognizerResult, source: str) -> int:
    """Which candidate wins an overlap: lower first (a victim value always wins)."""
    if source == DENY_NAME:
        return 0
    entity = res.entity_type
    if entity == "EMAIL_ADDRESS":
        return 1
    if entity == "URL":
        return 2
    if entity in ("UK_NHS", "UK_NINO", "UK_PASSPORT", "DATE_OF_BIRTH"):
        return 3
    if entity == "PHONE_NUMBER":
        return 4
    if entity in ID_KINDS or entity in ("STREET_ADDRESS", "UK_POSTCODE"):
        return 5
    if source in (OFFENDER_NAMES, CUE_NAME):
        return 6
    if source == INCIDENT_PLACES or entity in ("STREET", "PLACE", "BUILDING", "UK_POSTCODE_DISTRICT"):
        return 7
    if source == _ADVERT:
        return 8
    if source == PROPN_NAME:
        return 10
    return 9  # spaCy NER


class Redactor:
    def __init__(
        self,
        analyzer: AnalyzerEngine,
        roles: RoleRules | None = None,
        role_model: RoleModel | bool | None = True,
    ) -> None:
        """`role_model`: True loads the committed model (none trained: rules alone);
        False or None: the rules alone; or a RoleModel."""
        self.analyzer = analyzer
        self.anonymizer = AnonymizerEngine()
        self.roles = roles or load_role_rules()
        self.lexicon = load_lexicon()
        self.advert_names = AdvertNameRecognizer(self.lexicon)
        self.post_authors = PostAuthorRecognizer(self.roles.desktop, self.lexicon)
        self.role_model: RoleModel | None = load_role_model() if role_model is True else (role_model or None)
        # "Woman A", "Victim 2": a report's stand-in for someone it will not name
        labels = "|".join(sorted(w.capitalize() for w in self.lexicon.anonymised_labels))
        self.labels = PatternRecognizer(
            supported_entity="PERSON",
            name="AnonymisedLabelRecognizer",
            patterns=[Pattern("label", rf"\b(?:{labels})\s+{LABEL_MARK}\b(?![\w'\u2019])", 0.9)],
        )

    def analyze(self, text: str, artifacts: NlpArtifacts, ctx: RecordContext) -> list[RecognizerResult]:
        ad_hoc = list(deny_list_recognizers(ctx.victim_values))
        entities = ENTITIES + VICTIM_ENTITIES if ad_hoc else ENTITIES
        names = offender_name_recognizer(ctx.offender_name_values or sorted(ctx.offender_names))
        places = incident_place_recognizer(ctx.place_values or ctx.incident_places)
        ad_hoc += [r for r in (names, places) if r is not None] + [self.labels]
        if ctx.advert:
            ad_hoc += [self.advert_names, self.post_authors]
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
        self.redact: list[_Cand] = []
        self.kept: list[tuple[_Cand, KeptSpan]] = []
        self._pos: dict[int, Any] | None = None
        self._proper_case: bool | None = None
        self.id_mentions: list[PersonMention] = []  # identifiers decided so far (for apposition)
        self.known: list[PersonMention] = []  # the names decided, and their other mentions
        # spans put on the victim's side only by a rule of proximity (`soft_victim_rules`):
        # the role model may overrule those when it is sure, never the others
        self.soft_victim: set[tuple[int, int]] = set()
        self.desktop_offenders: list[tuple[int, int, str]] = []  # desktop research: authors, defendants
        self.post_authors: list[tuple[int, int]] = []  # desktop research: every post's author
        # desktop research that reports a court case: its names are no advert's working names
        self._news = ctx.advert and bool(redactor.roles.desktop.court.search(text))

    # -- 1. candidates ----------------------------------------------------------------
    def run(self, results: list[RecognizerResult], collect: list[ModelItem] | None = None) -> RedactionResult:
        cands = self._resolve(results)
        names = [c for c in cands if c.entity == "PERSON" and c.tier > 0]
        ids = [c for c in cands if c.entity in ID_KINDS and c.tier > 0]
        places = [c for c in cands if (c.entity in PLACE_KINDS or c.entity in ADDRESS_KINDS) and c.tier > 0]
        for c in cands:
            if c.tier == 0:
                self.redact.append(c)
        if self.ctx.advert:
            spans = [(c.start, c.end) for c in names]
            self.desktop_offenders = [
                *self.ctx.offender_authors,
                *self.rules.desktop.defendants(self.text, spans, self.doc),
            ]
            self.post_authors = [p.author for p in self.rules.desktop.posts(self.text)]
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
        # anything kept that overlaps something redacted goes: when unsure, redact
        kept = [k for c, k in self.kept if not any(r.start < c.end and c.start < r.end for r in self.redact)]
        return self._anonymize(_join_names(kept, self.text))

    def _resolve(self, results: list[RecognizerResult]) -> list[_Cand]:
        cands = []
        organisations = self.lex.organisation_spans(self.text)
        for res in results:
            source = (res.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
            if source in (NER_RECOGNIZER, PROPN_NAME) and (self._not_a_name(res) or self._lowercase_in_prose(res)):
                continue
            entity = res.entity_type.removeprefix(VICTIM_PREFIX)
            if (
                source not in _NEVER_INSIDE_ORGANISATION
                and entity in _ORGANISATION_WORDS
                and any(s <= res.start and res.end <= e for s, e in organisations)
            ):
                continue  # "Essex Police", "Hope for Justice", "Leeds Crown Court": no one's name or home
            listed = source in _NEVER_INSIDE_ORGANISATION
            if entity == "PERSON" and not listed and self._vehicle_model(res.start, res.end):
                continue  # "a black Qashqai": the car, not a person
            if entity == "PERSON" and source in (NER_RECOGNIZER, PROPN_NAME) and self._describes(res.end):
                continue  # "a Brummie accent", "a Villa shirt"
            if source == _ADVERT and self._news and self.lex.is_place(self.text[res.start : res.end]):
                # a court report's towns ("across Southend, Chelmsford and Colchester"); in an
                # advert a working name may be a town too ("Havana"), so it stays a name there
                entity, source = "LOCATION", GAZETTEER
            if source in (NER_RECOGNIZER, PROPN_NAME) and entity in ("PERSON", "LOCATION"):
                span = self.text[res.start : res.end]
                if self.lex.is_organisation(span) or self._common_word(span):
                    continue  # "the Home Office", "Basis Yorkshire", "Keeps ringing": no one's identifier
                placed = not self.ctx.advert and self._placed_town(res.start, res.end)
                if (self.lex.is_place(span) or placed) and self._free_standing(res.start, res.end):
                    # a town the NER took for a name, or a place with no cue around it: the
                    # gazetteer's evidence, decided with the places ("a Hull accent")
                    entity, source = "LOCATION", GAZETTEER
            start, end = res.start, res.end
            if source in (NER_RECOGNIZER, PROPN_NAME) and entity == "PERSON":
                start = self._after_official_title(start, end)  # "Detective Sergeant [PERSON_1]"
                if start >= end:
                    continue
            if source == NER_RECOGNIZER and entity == "PERSON":
                trimmed = self._lowercase_name_part(start, end)
                if trimmed is None:
                    continue
                start, end = trimmed
            label_end = self.lex.anonymised_label(self.text, start, end) if entity == "PERSON" else None
            if label_end is not None:
                end = label_end  # "Woman A": always the victim's side
            victim_side = res.entity_type.startswith(VICTIM_PREFIX) or label_end is not None
            tier = 0 if victim_side else _tier(res, source)
            cands.append(_Cand(start, end, entity, source, tier, dict(res.recognition_metadata or {})))
        cands.sort(key=lambda c: (c.tier, -(c.end - c.start), c.start))
        accepted: list[_Cand] = []
        queue = list(cands)
        while queue:
            c = queue.pop(0)
            over = [a for a in accepted if a.start < c.end and c.start < a.end]
            if not over:
                accepted.append(c)
                continue
            deny = [a for a in over if a.tier == 0]
            if deny and c.tier > 0:
                # a victim value always wins, and takes in whatever overlaps it
                d = deny[0]
                d.start, d.end = min(d.start, c.start), max(d.end, c.end)
                continue
            if c.tier == 0:
                for a in over:
                    c.start, c.end = min(c.start, a.start), max(c.end, a.end)
                    accepted.remove(a)
                accepted.append(c)
                continue
            if c.entity == "PERSON":
                # keep the part of a name that nothing stronger explains ("Tasha" of "Tasha (07700")
                for s, e in _remainders(c, over, self.text):
                    if self._name_like(self.text[s:e]):
                        queue.append(_Cand(s, e, c.entity, c.source, c.tier, c.meta))
        # a grown deny span may now cover others
        for d in [a for a in accepted if a.tier == 0]:
            for a in [a for a in accepted if a.tier > 0 and a.start < d.end and d.start < a.end]:
                d.start, d.end = min(d.start, a.start), max(d.end, a.end)
                accepted.remove(a)
        return sorted(accepted, key=lambda c: c.start)

    def _not_a_name(self, res: RecognizerResult) -> bool:
        """Every word is a known non-name, or a car model after its make ("Seat Leon")."""
        words = WORD.findall(self.text[res.start : res.end])
        prev = WORD.findall(self.text[max(0, res.start - 20) : res.start])
        after_make = bool(prev) and prev[-1].lower() in self.lex.vehicle_makes
        for w in words:
            if not (self.lex.is_not_name(w) or self.lex.is_title(w) or after_make):
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
        before = self.text[max(0, start - 30) : start]
        if _PLACE_PREP.search(before) and not _POSSESSIVE_AFTER.match(self.text[end : end + 3]):
            return True
        if _PLACE_AFTER.match(self.text, end):
            return True
        beside = _COORD_BEFORE.search(before)
        if beside and self.lex.is_place(beside.group(1)):
            return True
        after = _COORD_AFTER.match(self.text, end)
        return bool(after) and self.lex.is_place(after.group(1))

    def _describes(self, end: int) -> bool:
        """The next word is a noun the span describes ("accent", "shirt", "tattoo")."""
        m = _NEXT_WORD.match(self.text, end)
        return bool(m) and m.group(1).lower() in self.lex.description_nouns

    def _after_official_title(self, start: int, end: int) -> int:
        """Where a name starts after the official titles opening its span ("Judge", "Detective
        Sergeant", "Councillor"): those words name no one and stay in the text."""
        for m in WORD.finditer(self.text, start, end):
            if m.group().lower().rstrip(".") not in self.lex.official_titles:
                return m.start()
        return end

    def _vehicle_model(self, start: int, end: int) -> bool:
        """A model that names its make alone ("Qashqai", "Zafira") right after a colour, a
        make, a vehicle word or "a"/"his"/"drives" ("a black Qashqai", "his Clio")."""
        if not self.lex.is_vehicle_model(self.text[start:end]):
            return False
        before = WORD.findall(self.text[max(0, start - 25) : start])[-1:]
        return bool(before) and self.lex.is_vehicle_context(before[0])

    def _free_standing(self, start: int, end: int) -> bool:
        """Not part of a handle, an email or a web address ("u/glasgow_gem")."""
        before = self.text[start - 1 : start]
        after = self.text[end : end + 2]
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
        """One capitalised everyday word that no name list has ("Flights booked", "Rating:")."""
        words = WORD.findall(span)
        return len(words) == 1 and words[0][:1].isupper() and self.lex.is_common_word(words[0])

    def _lowercase_in_prose(self, res: RecognizerResult) -> bool:
        """A lower-case 'name' from the NER in text written with capitals ("a grey van"):
        noise. In text-speak (no capitals) lower-case names are real and stay candidates."""
        span = self.text[res.start : res.end]
        if span != span.lower():
            return False
        if self._proper_case is None:
            self._proper_case = self.doc is not None and written_with_capitals(self.doc)
        return self._proper_case

    def _name_like(self, s: str) -> bool:
        return any(w[0].isupper() and len(w) > 1 and not self.lex.is_not_name(w) for w in WORD.findall(s))

    # -- 2. names -------------------------------------------------------------------------
    def _decide_names(self, names: list[_Cand], places: list[_Cand]) -> list[PersonMention]:
        ctx = self.ctx
        votes: list[tuple[_Cand, str, str]] = []  # cand, role, evidence
        for c in names:
            role, evidence = self._name_vote(c)
            votes.append((c, role, evidence))
        victim_keys: set[str] = set()
        offender_keys: set[str] = set()
        for c, role, _ in votes:
            key = canonical("PERSON", self.text[c.start : c.end])
            if role == OFFENDER:
                offender_keys |= {key, *self._parts(key)}
        soft = self.rules.soft_victim_rules
        hard_victim: set[str] = set()  # put on the victim's side by more than proximity
        for c, role, evidence in votes:
            if role != VICTIM:
                continue
            key = canonical("PERSON", self.text[c.start : c.end])
            parts = self._parts(key)
            # in advert text every name is the advertiser's by default; a later mention of a
            # defendant's or author's name ("Hebden" after "Craig Allan Hebden") is his
            if not (evidence == "advert" and parts and parts <= offender_keys):
                victim_keys |= {key, *parts}
            if evidence.removeprefix("rule:") not in soft:
                hard_victim |= {key, *parts}
        self.victim_keys, self.offender_keys = victim_keys, offender_keys
        self.unknown_keys = (
            {canonical("PERSON", self.text[c.start : c.end]) for c, role, _ in votes if role == UNKNOWN}
            - victim_keys
            - offender_keys
        )
        mentions: list[PersonMention] = []
        for c, role, evidence in votes:
            key = canonical("PERSON", self.text[c.start : c.end])
            parts = self._parts(key)
            if key in victim_keys or parts & victim_keys:
                final = VICTIM
                if key not in hard_victim and not parts & hard_victim:
                    self.soft_victim.add((c.start, c.end))
            elif key in offender_keys or (parts and parts <= offender_keys) or self._offender_part(key):
                final = OFFENDER
            else:
                final = UNKNOWN
            if final == UNKNOWN and c.tier >= _NER_TIER and self._place_position(c):
                places.append(_Cand(c.start, c.end, "LOCATION", "name_in_place_position", _NER_TIER, {}))
                continue
            if final == OFFENDER and ctx.advert and not c.meta.get("name_strong", True):
                final = UNKNOWN  # advert text is the advertiser's: "he" alone proves nothing there
            if final == OFFENDER:
                entity = "PERSON"
                if evidence.startswith("rule:desktop.author") and _HANDLE_SHAPE.fullmatch(self.text[c.start : c.end]):
                    entity = "ONLINE_HANDLE"  # a post signed "SmoggyRoger": a handle the NER read as a name
                self._keep(c, entity, OFFENDER, evidence if role == OFFENDER else "same name as offender")
            else:
                self.redact.append(c)
            mentions.append(PersonMention(c.start, c.end, final))
        return mentions

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

    def _name_vote(self, c: _Cand) -> tuple[str, str]:
        name = self.text[c.start : c.end]
        key = canonical("PERSON", name)
        if c.source == OFFENDER_NAMES or self._offender_part(key):
            return OFFENDER, "offender.names"
        # desktop research: the author of an offending post or a defendant, whatever the
        # advert's structural patterns guessed ("Post by Gaz Whitworth" is no working name)
        if self.ctx.advert and (rule := self._desktop_offender(c)) is not None:
            return OFFENDER, f"rule:{rule}"
        role = c.meta.get("name_role")
        if role in (VICTIM, OFFENDER):
            return role, f"rule:{c.meta.get('name_rule')}"
        if self.ctx.advert:
            return VICTIM, "advert"
        after = self.text[c.end : c.end + self.rules.window_after]
        if rule := self.rules.name_after(after):
            return rule.role, f"rule:{rule.id}"
        return UNKNOWN, ""

    def _desktop_offender(self, c: _Cand) -> str | None:
        """The rule that makes this span an offender in desktop research: the author of a
        post describing an offence, or a defendant in a news item."""
        for start, end, rule in self.desktop_offenders:
            if start < c.end and c.start < end:
                return rule
        if self._news and c.entity in ID_KINDS and self._defendant_leads(c):
            return "desktop.defendant_sentence"
        return None

    def _defendant_homes(self, names: list[_Cand], places: list[_Cand]) -> tuple[list[_Cand], list[_Cand]]:
        """In a court report, "Imran Malik, 45, of Savile Town," names the accused's home area:
        his, not a victim's, and kept as a place whatever the name tagger made of it."""
        ends = [e for _, e, _ in self.desktop_offenders]
        moved = []
        for c in names:
            m = _DEFENDANT_HOME.search(self.text, max(0, c.start - 30), c.start)
            if m and m.end() == c.start and any(0 <= m.start() - e <= 2 for e in ends):
                moved.append(c)
        if not moved:
            return names, places
        homes = [_Cand(c.start, c.end, "LOCATION", "defendant_home", c.tier, {}) for c in moved]
        return [c for c in names if c not in moved], places + homes

    def _owned_by_redacted_subject(self, c: _Cand) -> bool:
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

    def _defendant_leads(self, c: _Cand) -> bool:
        """In a court report, the sentence names the accused before the identifier and no one
        else between ("Jamie Burrows, 27, used numbers including 07700 ...")."""
        s_start, _ = self._sentence(c.start, c.end)
        accused = [e for s, e, _ in self.desktop_offenders if s_start <= s and e <= c.start]
        if not accused:
            return False
        after = max(accused)
        between = [m for m in (*self.known, *self.id_mentions) if after <= m.start < c.start]
        return all(m.role == OFFENDER for m in between)

    def _post_author(self, c: _Cand) -> bool:
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

    def _place_position(self, c: _Cand) -> bool:
        before = self.text[max(0, c.start - 20) : c.start]
        after = self.text[c.end : c.end + 3]
        if _POSSESSIVE_AFTER.match(after):
            return False
        if _PLACE_PREP.search(before):
            return True
        # "drove her to Crookes": a journey's end, unless the word is someone's first name
        # ("took the money to Shannon")
        key = canonical("PERSON", self.text[c.start : c.end])
        return not self.lex.has_first_name(key) and self.rules.place_context(before, "", self._prep_head(c.start))

    # -- 3. identifiers -------------------------------------------------------------------
    def _decide_id(self, c: _Cand, mentions: list[PersonMention]) -> None:
        text, ctx = self.text, self.ctx
        span = text[c.start : c.end]
        entity = c.entity
        if entity == "PHONE_NUMBER" and is_warnlisted(span):
            self._keep(c, entity, "service", "warnlist")
            return
        if entity not in OFFENDER_KINDS:
            self.redact.append(c)
            return
        if f := self._offender_field(entity, span):
            self._keep(c, entity, OFFENDER, f)
            return
        if ctx.advert and (rule := self._desktop_offender(c)) is not None:
            self._keep(c, entity, OFFENDER, f"rule:{rule}")
            self.id_mentions.append(PersonMention(c.start, c.end, OFFENDER))
            return
        if ctx.advert and self.rules.desktop.page_subject(text, c.start, c.end):
            # "Comments on @TSAmber's video": the page is about her, whoever comments
            self.redact.append(c)
            self.id_mentions.append(PersonMention(c.start, c.end, VICTIM))
            return
        if self._owned_by_redacted_subject(c):
            # "Mo was waiting in the car park in his Skoda, LV19 KWP": his = the driver's
            self.redact.append(c)
            self.id_mentions.append(PersonMention(c.start, c.end, VICTIM))
            return
        if ctx.advert and self._post_author(c):
            # the author of a post that describes no offence of his (a review, a reply, a
            # worker's warning): the post decided, not the role model
            self.redact.append(c)
            self.id_mentions.append(PersonMention(c.start, c.end, VICTIM))
            return
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
                if role == VICTIM and ev.rule in self.rules.soft_victim_rules and ev.word not in _FIRST_PERSON:
                    self.soft_victim.add((c.start, c.end))
        if role == OFFENDER:
            self._keep(c, entity, OFFENDER, evidence)
            self.id_mentions.append(PersonMention(c.start, c.end, OFFENDER))
        else:
            self.redact.append(c)
            self.id_mentions.append(PersonMention(c.start, c.end, VICTIM if role == VICTIM else UNKNOWN))

    def _apposition(self, c: _Cand, mentions: list[PersonMention], s_start: int) -> tuple[str | None, str]:
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
    def _decide_place(self, c: _Cand) -> None:
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
        if entity in ADDRESS_KINDS:
            self.redact.append(c)
            return
        if entity == "UK_POSTCODE_DISTRICT":
            self._keep(c, "LOCATION", "incident", "rule:postcode_district")
            return
        if entity == "STREET":
            if self.rules.home_context(before):
                self.redact.append(c)
            else:
                self._keep(c, "LOCATION", "incident", "rule:street")
            return
        number = _HOUSE_NUMBER_BEFORE.search(before)
        if entity != "STREET" and number and _ADDRESS_END.match(after):
            # "17 Shadyside, DN4 0DJ": a house number makes it an address, redacted with it
            c.entity, c.start = "STREET_ADDRESS", c.start - (len(before) - number.start())
            self.redact.append(c)
            return
        if c.source == "defendant_home":
            self._keep(c, "LOCATION", "incident", "rule:defendant_home")
            return
        if entity == "PLACE" or c.source == "name_in_place_position":
            self._keep(c, "LOCATION", "incident", "rule:named_place")
            return
        key = canonical("PERSON", text[c.start : c.end])
        a_person = bool(_POSSESSIVE_AFTER.match(after)) or key in self.victim_keys
        if not a_person and self.lex.is_abroad(text[c.start : c.end]):
            # "from Lagos", "she is from China": a country or a city abroad names no one's home
            self._keep(c, "LOCATION", "incident", "rule:abroad")
            return
        if c.source == GAZETTEER:
            # a known place is kept unless it is said to be someone's home, or a victim's
            # name is also a place ("Chelsea" is no place on the gazetteer's word alone)
            if a_person or self.rules.home_context(before):
                self.redact.append(c)
            else:
                self._keep(c, "LOCATION", "incident", "rule:gazetteer")
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
        if not a_name and self.rules.place_context(before, after, self._prep_head(c.start)):
            self._keep(c, "LOCATION", "incident", "rule:incident_place")
        else:
            if a_name or key in self.unknown_keys:
                c.entity = "PERSON"
            self.redact.append(c)

    def _in_incident_field(self, c: _Cand) -> bool:
        places = self.ctx.incident_places
        if not places:
            return False
        low = _words_of(self.text[c.start : c.end])
        return bool(low) and any(f" {low} " in f" {_words_of(p)} " for p in places)

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
                self.redact.append(_Cand(m.start(), m.end(), "PERSON", "propagated", _NER_TIER, {}))
                covered.append(m.span())
            elif is_victim:
                # a victim's name inside something kept (a place named after her) still goes
                for c, k in self.kept:
                    if c.start < m.end() and m.start() < c.end and k.role != OFFENDER:
                        self.redact.append(_Cand(m.start(), m.end(), "PERSON", "propagated", _NER_TIER, {}))
                        break

    # -- helpers ----------------------------------------------------------------------------
    def _redact_span(self, start: int, end: int, entity: str, source: str) -> None:
        self.redact.append(_Cand(start, end, entity, source, _NER_TIER, {}))

    def _keep(self, c: _Cand, entity: str, role: str, evidence: str) -> None:
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
        text = self.text
        spans = _merge(self.redact)
        numbering: dict[tuple[str, str], str] = {}
        by_text: dict[str, dict[str, str]] = {}
        counts: Counter[str] = Counter()
        removed: list[tuple[str, str]] = []
        for start, end, entity in spans:
            kind = PLACEHOLDER.get(entity, "REDACTED")
            key = (kind, canonical(entity, text[start:end]))
            removed.append((entity, key[1]))
            if key not in numbering:
                counts[kind] += 1
                numbering[key] = f"[{kind}_{counts[kind]}]"
            by_text.setdefault(entity, {})[text[start:end]] = numbering[key]
        operators = {
            entity: OperatorConfig("custom", {"lambda": (lambda s, m=mapping: m[s])})
            for entity, mapping in by_text.items()
        }
        results = [AnonResult(start=s, end=e, entity_type=t, score=1.0) for s, e, t in spans]
        out = self.r.anonymizer.anonymize(
            text=text, analyzer_results=results, operators=operators, merge_entities_with_spaces=False
        ).text
        return RedactionResult(text=out, kept=sorted(kept, key=lambda k: k.start), counts=dict(counts), removed=removed)


def _join_names(kept: list[KeptSpan], text: str) -> list[KeptSpan]:
    """An offender's name the NER found in parts ("Craig Allan" "Hebden"), both kept: one
    entity, as written."""
    out: list[KeptSpan] = []
    for k in sorted(kept, key=lambda k: k.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and k.entity == prev.entity == "PERSON"
            and k.role == prev.role == OFFENDER
            and 0 < k.start - prev.end <= 2
            and not text[prev.end : k.start].strip()
        ):
            out[-1] = KeptSpan("PERSON", prev.start, k.end, text[prev.start : k.end], OFFENDER, prev.evidence)
        else:
            out.append(k)
    return out


def _words_of(s: str) -> str:
    """Lower-case words joined by single spaces (whole-word comparisons without a regex)."""
    return " ".join(re.findall(r"[\w'\u2019\-]+", s.lower()))


def _remainders(c: _Cand, over: list[_Cand], text: str) -> list[tuple[int, int]]:
    segments = [(c.start, c.end)]
    for a in over:
        nxt = []
        for s, e in segments:
            if a.end <= s or a.start >= e:
                nxt.append((s, e))
                continue
            if s < a.start:
                nxt.append((s, a.start))
            if a.end < e:
                nxt.append((a.end, e))
        segments = nxt
    out = []
    for s, e in segments:
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if e - s >= 2:
            out.append((s, e))
    return out


def _merge(cands: list[_Cand]) -> list[tuple[int, int, str]]:
    """Union overlapping spans; the longest original names the type."""
    ordered = sorted(cands, key=lambda r: (r.start, -(r.end - r.start)))
    merged: list[list] = []  # [start, end, entity, length]
    for r in ordered:
        if merged and r.start < merged[-1][1]:
            last = merged[-1]
            if r.end - r.start > last[3]:
                last[2], last[3] = r.entity, r.end - r.start
            last[1] = max(last[1], r.end)
        else:
            merged.append([r.start, r.end, r.entity, r.end - r.start])
    return [(s, e, t) for s, e, t, _ in merged]
