"""Exploitation indicators: who controls whom, from `patterns/indicators.yaml`.

An indicator fires only when a third party holds control over the worker: her documents,
money, movement, bookings, housing, a travel debt, drugs. Each indicator of the pattern file
says what makes it `strong` (decisive: a reason on its own for the organised crime and
modern slavery unit to look), `weak` (a reason to look only beside another, independent
weak signal) or `context` (fear, little English: recorded beside a control signal, never
counted), with examples of each and of what is not an indicator at all.

A hit is found by a token pattern (`Matcher`), a verb and its object (`DependencyMatcher`)
or a phrase (`PhraseMatcher`) on the one parse, and then must pass:
- negation ("nobody holds her passport"), a doer who is no one ("there is nobody who takes my money"), an
  act only offered ("a man who offered to manage her": she turned him down); an accusation, what a harasser
  or a troll says or spreads about her ("the harasser had been telling people 'her driver runs her'");
- `not_within`: words inside the hit that make it the worker's own ("her own money");
- `not_with`: words near it in its sentence that make it something else ("took my passport
  from my bag": a theft);
- `not_by`: roles whose act this is not (`processors.actors`): the worker herself, a client
  in one booking, a helper she chose; `corroborate_by`: roles whose act counts only beside
  another indicator (a boyfriend who drives her: a lift, unless someone controls her);
- the record's own statements that she works for herself (`independence`), which take away
  situational weak signals unless there is a strong one;
- `not_with_all`: a note that finds no control ("no indication anyone takes her money");
- `not_in_own_advert`: the worker's own advert naming no one who runs her ("Leeds this week,
  Hull next week, call me": her own tour);
- the kind of page, for the patterns that need it: an agency's advert ("our girls") or a
  client's review (whose "I paid him at the door" is a client paying someone else).
Evidence is the rule id and the sentence number, never text of the record.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import product
from typing import Any, Generic, TypeVar

import phonenumbers
from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from common import normalise
from common.docs import doc_text
from processors.actors import SUBJECT_DEPS, Actors, DocActors, agent_of
from processors.matchers import (
    SentenceGate,
    SentenceIndex,
    add_phrases,
    compile_pattern,
    doc_words,
    evidence,
    is_negation,
    load_file,
    negated,
)
from processors.vocabulary import INDICATORS, STRENGTHS

T = TypeVar("T")
RANK = {s: i for i, s in enumerate(reversed(STRENGTHS))}  # context 0, weak 1, strong 2
# `*_any_subject`: no check of who did it ("she has no access to her money");
# `*_by_worker`: the worker is the one who does it, or nobody is named ("she owes him",
# "she works for him", "you repay from your earnings"), never a man, a client or a boss;
# `*_in_advert`: only in a page someone other than the worker wrote about her (desktop
# research whose "we" runs the workers: "our girls"; processors.actors), never a review.
# `*_in_review`: only in a client's review, whose "I" is the client ("I paid him at the door":
# someone other than the worker took the money).
# `*_on_worker`: done to her with no doer in the hit ("I was not allowed to leave"): whoever else
# its sentence names as a subject is the doer, and `not_by` applies to them (a client who kept her
# till morning in one booking).
SUFFIXES = ("", "_any_subject", "_by_worker", "_in_advert", "_in_review", "_on_worker")
PATTERN_KEYS = tuple(f"{kind}{suffix}" for kind in ("phrases", "patterns", "deps") for suffix in SUFFIXES)
SUBJECT_MODES = {"": "agent", "_any_subject": "any", "_by_worker": "worker", "_in_advert": "advert",
                 "_in_review": "review", "_on_worker": "on_worker"}  # fmt: skip
LABEL_KEYS = frozenset(
    {*PATTERN_KEYS, *STRENGTHS, "about", "not_by", "corroborate_by", "firm_with", "not_within", "not_with", "negatable",
     "examples", "not_in_own_advert", "not_in_sentence", "not_in_next_sentence", "not_after_sentence", "not_owed_to"}
)  # fmt: skip
ROLE_NAMES = frozenset({"worker", "client", "helper", "partner", "third", "unknown"})
# whom a debt may be owed to (`not_owed_to`): the roles, and her own relatives
CREDITOR_NAMES = ROLE_NAMES | {"family"}
NOT_WITH_WINDOW = 6  # tokens either side of a hit where a `not_with` word makes it something else
FIRM_WINDOW = 12  # tokens either side of a hit where a `firm_with` word makes it firm (a threat's condition)
# Pronouns that may stand for the object of a dependency pattern ("keeps it": the ID named before)
PRONOUN_OBJECTS = frozenset({"it", "them"})
# Dependency relations of a verb's object: "keeps her passport", "her passport was taken".
OBJECT_DEPS = ["dobj", "obj", "nsubjpass", "attr", "oprd", "dative"]


@dataclass(frozen=True)
class Signal:
    id: str
    strength: str
    rule: str  # "<id>:<pattern as written in the file>" (never text of the record)
    start: int
    end: int
    sentence: int
    corroborate: bool = False  # counts only beside another indicator (see `corroborate_by`)

    @property
    def evidence(self) -> str:
        return evidence(self.rule, self.sentence)


@dataclass(frozen=True)
class LabelRules:
    not_by: frozenset[str] = frozenset()
    corroborate_by: frozenset[str] = frozenset()
    not_within: frozenset[str] = frozenset()
    not_with: frozenset[str] = frozenset()  # single words (forms or lemmas)
    not_with_phrases: tuple[tuple[str, ...], ...] = ()  # several words, as written
    firm_with: frozenset[str] = frozenset()  # words near the hit that make `corroborate_by` unneeded
    firm_with_phrases: tuple[tuple[str, ...], ...] = ()
    not_in_sentence: tuple[tuple[str, ...], ...] = ()  # phrases anywhere in its sentence (a robbery's entry)
    # phrases in its sentence or the next: she can take the money he holds whenever she wants
    not_in_next_sentence: tuple[tuple[str, ...], ...] = ()
    # phrases in the sentence before it: a robbery just told ("took her bag and her phone. Kelly kept half
    # the money": the robbers' share of a set-up, not a cut of her work; stop 42, helper_zx)
    not_after_sentence: tuple[tuple[str, ...], ...] = ()
    # a note's finding of no control, anywhere before the hit in its sentence (`not_with_all`)
    no_control: tuple[tuple[str, ...], ...] = ()
    negatable: bool = True
    not_in_own_advert: bool = False  # never on the worker's own advert (a tour she plans herself)
    not_owed_to: frozenset[str] = frozenset()  # a debt to these (her brother's loan) is no bondage


@dataclass
class Assessment:
    """What a record's signals add up to."""

    indicators: list[dict[str, Any]] = field(default_factory=list)  # {id, strength, evidence}
    weak_signals: int = 0  # independent weak signals (the same words read twice count once)
    control_sentences: set[int] = field(default_factory=set)  # where someone takes her money or papers


class IndicatorFinder:
    def __init__(self, nlp: Language, name: str = "indicators.yaml") -> None:
        data = load_file(name)
        self.words = {k: [str(w) for w in v] for k, v in (data.get("words") or {}).items()}
        self.lemmas = {k: [str(w) for w in v] for k, v in (data.get("lemmas") or {}).items()}
        self.actors = Actors(data.get("actors") or {})
        # phrases of a note that finds no control ("no indication anyone takes her money"): a
        # `not_with` of every label
        self.not_with_all = [str(w) for w in data.get("not_with_all") or []]
        self.no_control_phrases = tuple(tuple(w.split()) for w in self._expand(self.not_with_all) if " " in w)
        # her own say over the arrangement ("an agency I picked ... I can go indie whenever I
        # want"): a `not_in_sentence` of the labels it names
        free = data.get("free_choice") or {}
        self.free_choice_labels = frozenset(str(x) for x in free.get("labels") or [])
        self.free_choice = [str(w) for w in free.get("phrases") or []]
        # a note's own finding, anywhere in the record, that no one controls her ("Not treated as a control
        # concern", "we'd ask that this is not treated as control"): the arrangement it weighed is none of the
        # labels it names (stop 50, dev_ze)
        finding = data.get("no_control_finding") or {}
        self.finding_labels = frozenset(str(x) for x in finding.get("labels") or [])
        self.finding_phrases = tuple(tuple(str(w).lower().split()) for w in finding.get("phrases") or [])
        labels = data.get("labels") or {}
        unknown = (set(labels) | self.free_choice_labels | self.finding_labels) - set(INDICATORS)
        if unknown:
            raise ValueError(f"{name}: unknown indicators {sorted(unknown)}")
        self.vocab = nlp.vocab
        self.phrases = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.exact = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matchers: dict[str, Matcher] = {}
        self.gate = SentenceGate()  # the sentences each label's Matcher need read
        self.deps: dict[str, DependencyMatcher] = {}
        # the sentences each label's DependencyMatcher need read: its verb, and the words of
        # its object and preposition where the pattern names them
        self.dep_gate = SentenceGate()
        # keys of dependency patterns with an object node -> its place from the end of a match
        # (1: the last node; 2: an owner node follows it)
        self.dep_objects: dict[str, int] = {}
        # keys of the same patterns with "it" / "them" for the object -> the words the thing it
        # stands for must be ("boss keeps it", the ID named before it: `_thing_named`)
        self.pronoun_objects: dict[str, frozenset[str]] = {}
        self.rules: dict[str, LabelRules] = {}
        self.examples: dict[str, dict[str, list[Any]]] = {}
        for label, spec in labels.items():
            self._add_label(nlp, name, label, spec or {})
        independence = data.get("independence") or {}
        self.independence_phrases = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.independence_exact = PhraseMatcher(nlp.vocab, attr="LOWER")
        add_phrases(nlp, self.independence_phrases, self.independence_exact, "independence",
                    [str(p) for p in independence.get("phrases") or []])  # fmt: skip
        listing = data.get("listing_pages") or {}
        self.listing_label = str(listing.get("indicator") or "")
        if self.listing_label and self.listing_label not in INDICATORS:
            raise ValueError(f"{name}: listing_pages: unknown indicator {self.listing_label!r}")
        self.listing_separators = [str(s) for s in listing.get("separators") or []]
        self.listing_min_entries = int(listing.get("min_entries") or 3)
        self.listing_not_with = frozenset(str(w).lower() for w in listing.get("not_with") or [])
        self.suppresses = set(independence.get("suppresses") or [])
        self.unless_any_of = set(independence.get("unless_any_of") or [])
        bad = (self.suppresses | self.unless_any_of) - set(INDICATORS)
        if bad:
            raise ValueError(f"{name}: independence: unknown indicators {sorted(bad)}")

    # -- loading --------------------------------------------------------------------------
    def _not_in_sentence(self, label: str, spec: dict[str, Any]) -> list[str]:
        own = [str(w) for w in spec.get("not_in_sentence") or []]
        return [*own, *self.free_choice] if label in self.free_choice_labels else own

    def _add_label(self, nlp: Language, name: str, label: str, spec: dict[str, Any]) -> None:
        where = f"{name}: {label}"
        unknown = set(spec) - LABEL_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        roles = {k: frozenset(str(r) for r in spec.get(k) or []) for k in ("not_by", "corroborate_by")}
        for key, given in roles.items():
            if given - ROLE_NAMES:
                raise ValueError(f"{where}: {key}: unknown roles {sorted(given - ROLE_NAMES)}")
        owed_to = frozenset(str(r) for r in spec.get("not_owed_to") or [])
        if owed_to - CREDITOR_NAMES:
            raise ValueError(f"{where}: not_owed_to: unknown roles {sorted(owed_to - CREDITOR_NAMES)}")
        not_with = self._expand([*(spec.get("not_with") or []), *self.not_with_all])
        self.rules[label] = LabelRules(
            not_by=roles["not_by"],
            corroborate_by=roles["corroborate_by"],
            not_within=frozenset(str(w).lower() for w in spec.get("not_within") or []),
            not_with=frozenset(w for w in not_with if " " not in w),
            not_with_phrases=tuple(tuple(w.split()) for w in not_with if " " in w),
            firm_with=frozenset(w for w in self._expand(spec.get("firm_with") or []) if " " not in w),
            firm_with_phrases=tuple(tuple(w.split()) for w in self._expand(spec.get("firm_with") or []) if " " in w),
            not_in_sentence=tuple(tuple(w.split()) for w in self._expand(self._not_in_sentence(label, spec))),
            not_in_next_sentence=tuple(tuple(w.split()) for w in self._expand(spec.get("not_in_next_sentence") or [])),
            not_after_sentence=tuple(tuple(w.split()) for w in self._expand(spec.get("not_after_sentence") or [])),
            no_control=self.no_control_phrases,
            negatable=spec.get("negatable", True) is not False,
            not_in_own_advert=spec.get("not_in_own_advert", False) is True,
            not_owed_to=owed_to,
        )
        self.examples[label] = {k: list(v or []) for k, v in (spec.get("examples") or {}).items()}
        blocks = [(INDICATORS[label], spec)] + [(s, spec[s] or {}) for s in STRENGTHS if s in spec]
        for strength, block in blocks:
            extra = set(block) - set(PATTERN_KEYS) if block is not spec else set()
            if extra:
                raise ValueError(f"{where}: {strength}: unknown keys {sorted(extra)}")
            for suffix, mode in SUBJECT_MODES.items():
                prefix = f"{label}\t{strength}\t{mode}"
                phrases = [str(p) for p in block.get(f"phrases{suffix}") or []]
                add_phrases(nlp, self.phrases, self.exact, prefix, phrases)
                for pattern in block.get(f"patterns{suffix}") or []:
                    compiled = compile_pattern(str(pattern), self.words, self.lemmas)
                    key = f"{prefix}\t{pattern}"
                    self.matchers.setdefault(label, Matcher(nlp.vocab)).add(key, compiled)
                    self.gate.add(label, compiled, key, nlp.vocab)
                for dep in block.get(f"deps{suffix}") or []:
                    patterns, needs = self._compile_dep(where, dep)
                    dep_key = f"{prefix}\t{_dep_text(dep)}"
                    self.deps.setdefault(label, DependencyMatcher(nlp.vocab)).add(dep_key, patterns)
                    if isinstance(dep, dict) and "object" in dep:
                        self.dep_objects[dep_key] = 2 if "poss" in dep else 1
                    self.dep_gate.add_needs(label, needs, dep_key, patterns, nlp.vocab, dependency=True)
                    self._add_pronoun_dep(where, label, prefix, dep)

    def _add_pronoun_dep(self, where: str, label: str, prefix: str, dep: Any) -> None:
        """The dependency pattern once more with "it" or "them" for its object, where the
        thing the pronoun stands for must be one of the object's words: "has no ID with her,
        says 'boss keeps it'". Only for an object without an owner, of words (not a part of
        speech) that are not pronouns themselves."""
        if not isinstance(dep, dict) or "object" not in dep or "poss" in dep:
            return
        things = _node_words(self._token_specs(where, str(dep["object"])))
        if things is None or things & PRONOUN_OBJECTS:
            return
        patterns, needs = self._compile_dep(where, {**dep, "object": "|".join(sorted(PRONOUN_OBJECTS))})
        key = f"{prefix}\t{_dep_text(dep)} (it)"
        self.deps.setdefault(label, DependencyMatcher(self.vocab)).add(key, patterns)
        self.dep_objects[key] = 1
        self.pronoun_objects[key] = things
        self.dep_gate.add_needs(label, needs, key, patterns, self.vocab, dependency=True)

    def _expand(self, items: list[Any]) -> list[str]:
        out: list[str] = []
        for item in map(str, items):
            if item.startswith("@"):
                out.extend(w.lower() for w in self.words.get(item[1:]) or self.lemmas.get(item[1:]) or [])
            else:
                out.append(item.lower())
        return out

    def _compile_dep(self, where: str, dep: Any) -> tuple[list[list[dict[str, Any]]], tuple[frozenset[str], ...]]:
        """{verb, object?, prep?, pobj?} -> DependencyMatcher patterns: the verb, its object
        (or an object conjoined to it: "keeps the money and her passport"), and a
        preposition with its object ("drives her TO the flats"); and the words a sentence
        must hold for them to match (the verb's, then each named node's)."""
        if not isinstance(dep, dict) or "verb" not in dep or set(dep) - {"verb", "object", "poss", "prep", "pobj"}:
            raise ValueError(f"{where}: a dependency pattern is {{verb, object?, poss?, prep?, pobj?}}: {dep!r}")
        if ("prep" in dep) != ("pobj" in dep):
            raise ValueError(f"{where}: prep and pobj go together: {dep!r}")
        if "poss" in dep and "object" not in dep:
            raise ValueError(f"{where}: poss names the owner of an object: {dep!r}")
        verbs = self._token_specs(where, str(dep["verb"]), forms=False)
        # an absent node: None, one value for the product below
        objects = self._token_specs(where, str(dep["object"])) if "object" in dep else None
        preps = self._token_specs(where, str(dep["prep"]), forms=False) if "prep" in dep else None
        pobjs = self._token_specs(where, str(dep["pobj"])) if "pobj" in dep else None
        owners = self._token_specs(where, str(dep["poss"])) if "poss" in dep else None
        optional = [[None] if specs is None else specs for specs in (objects, preps, pobjs, owners)]
        patterns: list[list[dict[str, Any]]] = []
        for verb, (obj, prep, pobj, owner) in product(verbs, product(*optional)):
            nodes = [{"RIGHT_ID": "verb", "RIGHT_ATTRS": verb}]
            if prep is not None and pobj is not None:
                nodes += [
                    {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {**prep, "DEP": "prep"}},
                    {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "pobj", "RIGHT_ATTRS": pobj},
                ]
            if obj is None:
                patterns.append(nodes)
                continue
            direct = {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object",
                      "RIGHT_ATTRS": {**obj, "DEP": {"IN": OBJECT_DEPS}}}  # fmt: skip
            first = {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "first", "RIGHT_ATTRS": {"DEP": {"IN": OBJECT_DEPS}}}
            conj = {"LEFT_ID": "first", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {**obj, "DEP": "conj"}}
            # whose it is ("keeps HER phone", not "had HIS phone out filming"): the owner hangs
            # on the object, the last node after it
            if owner is None:
                patterns += [[*nodes, direct], [*nodes, first, conj]]
                continue
            # an owner of a conjoined object may stand on the first one ("her passport and bank card")
            owned = [{"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": "owner", "RIGHT_ATTRS": {**owner, "DEP": "poss"}}
                     for left in ("object", "first")]  # fmt: skip
            patterns += [[*nodes, direct, owned[0]], [*nodes, first, conj, owned[0]], [*nodes, first, conj, owned[1]]]
        words = frozenset(w for v in verbs for attr in ("LOWER", "LEMMA") if attr in v for w in v[attr]["IN"])
        node_words = [_node_words(specs) for specs in (objects, owners, preps, pobjs) if specs is not None]
        return patterns, (words, *(n for n in node_words if n is not None))

    def _token_specs(self, where: str, text: str, forms: bool = True) -> list[dict[str, Any]]:
        """One token of the pattern notation -> its attribute specs (exact words, lemmas);
        `forms`: also match a lemma's words as written (nouns: see below)."""
        if len(text.split()) != 1:
            raise ValueError(f"{where}: a dependency node is one token: {text!r}")
        # behind a leading wildcard, so the word lists stay sets (one spec per attribute)
        variants = compile_pattern(f"* {text}", self.words, self.lemmas)
        specs: list[dict[str, Any]] = []
        for _, spec in variants:
            for attr in ("LOWER", "LEMMA"):
                if attr in spec and not isinstance(spec[attr], dict):
                    spec = {**spec, attr: {"IN": [spec[attr]]}}
            if spec not in specs:
                specs.append(spec)
            if forms and "LEMMA" in spec:  # a proper noun keeps its case in its lemma ("UC"): match the form too
                form = {**{k: v for k, v in spec.items() if k != "LEMMA"}, "LOWER": spec["LEMMA"]}
                if form not in specs:
                    specs.append(form)
        return specs

    # -- finding --------------------------------------------------------------------------
    def find(
        self,
        doc: Doc,
        text_end: int,
        source: str = "nums",
        sents: SentenceIndex | None = None,
        words: dict[str, set[int]] | None = None,
    ) -> list[Signal]:
        """Every hit that passes its label's rules, the strongest per label and position."""
        sents = sents or SentenceIndex(doc)
        index = words if words is not None else doc_words(doc, sents)
        # who does what, read only for a text with a hit to check (most have none)
        actors = _Once(lambda: self.actors.read(doc, source, sents.starts))
        starts = [*sents.starts, len(doc)]
        found: dict[tuple[str, int], Signal] = {}
        for key, start, end, verb, obj in self._matches(doc, index, starts):
            span = doc[start:end]
            if span.start_char >= text_end or not sents.same(start, end):
                continue
            label, strength, mode, rule = self.vocab.strings[key].split("\t", 3)
            things = self.pronoun_objects.get(self.vocab.strings[key])
            if things is not None and (obj is None or not self._names_thing(doc, obj, things, sents, actors)):
                continue
            signal = self._check(doc, label, strength, rule, mode, span, verb, obj, sents, index, actors)
            if signal is None:
                continue
            known = found.get((label, start))
            if known is None or RANK[signal.strength] > RANK[known.strength]:
                found[(label, start)] = signal
        listing = self._listing_page(doc, text_end, source, sents) if source == "desktop_research" else None
        if listing is not None:
            found.setdefault((listing.id, listing.start), listing)
        if found and self.finding_phrases and self._found_no_control(doc, text_end):
            found = {k: s for k, s in found.items() if s.id not in self.finding_labels}
        return sorted(found.values(), key=lambda s: (s.start, s.id))

    def _found_no_control(self, doc: Doc, text_end: int) -> bool:
        """Does the record give the note's own finding that no one controls her (`no_control_finding`)?"""
        words = [t.lower_ for t in doc if t.idx < text_end]
        return any(_contains(words, phrase) for phrase in self.finding_phrases)

    def _names_thing(
        self, doc: Doc, pronoun: int, things: frozenset[str], sents: SentenceIndex, actors: _Once[DocActors]
    ) -> bool:
        """Does the object pronoun stand for one of `things`: is the nearest noun before it (in
        its sentence or the one before), not a person, one of them?"""
        first = sents.starts[max(0, sents.of(pronoun) - 1)]
        words = actors().words
        for t in reversed(doc[first:pronoun]):
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            low, lemma = t.lower_, t.lemma_.lower()
            if t.ent_type_ == "PERSON" or words.person_word(low) or words.person_word(lemma):
                continue  # "boss keeps it": the thing, not the one who keeps it
            return low in things or lemma in things
        return False

    def _listing_page(self, doc: Doc, text_end: int, source: str, sents: SentenceIndex) -> Signal | None:
        """A page of several adverts (a listing, a search result, a classified column) where one
        contact number stands in two or more of its entries ("LUNA ... 07700 900640 / BELLA ...
        07700 900640"): one number behind several adverts. Entries are the page's lines or the
        pieces between its separators (`listing_pages:` in the pattern file); a page of fewer
        entries with a number (one worker's advert giving her number twice) is no listing."""
        if not self.listing_label or not self.listing_separators:
            return None
        text = doc_text(doc)[:text_end]
        entries: dict[str, list[int]] = {}  # number -> entries it stands in
        first_char: dict[tuple[str, int], int] = {}
        with_number: set[int] = set()
        # POSSIBLE: numbers of the reserved drama ranges (07700 900xxx) are not "valid" ones
        for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            number = normalise.phone(match.raw_string)
            if number is None:
                continue
            entry = _entry_of(text, match.start, self.listing_separators)
            with_number.add(entry)
            if entry not in entries.setdefault(number, []):
                entries[number].append(entry)
                first_char[(number, entry)] = match.start
        if len(with_number) < self.listing_min_entries:
            return None
        for number, where in entries.items():
            if len(where) < 2 or self._warned_about(doc, text, set(where)):
                continue
            start_char = first_char[(number, where[1])]
            span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
            if span is None:
                continue
            rule = f"{self.listing_label}:one number in several entries of a listing page"
            return Signal(self.listing_label, "weak", rule, span.start, span.end, sents.of(span.start))
        return None

    def _warned_about(self, doc: Doc, text: str, where: set[int]) -> bool:
        """Does an entry holding the number warn about it (a thread of workers warning each
        other of a caller: "some creep keeps ringing me from ...", "added ... to our alert")?
        Then the number is a client's passing between warnings, not one behind many adverts."""
        if not self.listing_not_with:
            return False
        ends = _separator_ends(text, self.listing_separators)
        return any(
            bisect_right(ends, t.idx) in where
            and (t.lower_ in self.listing_not_with or t.lemma_.lower() in self.listing_not_with)
            for t in doc
            if t.idx < len(text)
        )

    def _matches(self, doc: Doc, index: dict[str, set[int]], starts: list[int]):
        """(key, start, end, verb index, object index) of every raw match."""
        for key, start, end in [*self.phrases(doc), *self.exact(doc)]:
            yield key, start, end, None, None
        present = set(index)
        for label, matcher in self.matchers.items():
            # only sentences holding every required word of one of its patterns can match
            for i, span in self.gate.spans_to_match(
                label, index, present, starts, lambda i: doc[starts[i] : starts[i + 1]]
            ):
                a = starts[i]
                for key, start, end in matcher(span):
                    yield key, start + a, end + a, None, None
        # A DependencyMatcher given a Span copies it into a Doc (spaCy's `as_doc`) on every
        # call: each sentence is copied once here and read by every label's matcher.
        sentence_docs: dict[int, Doc] = {}

        def sentence_doc(i: int) -> Doc:
            if i not in sentence_docs:
                sentence_docs[i] = doc[starts[i] : starts[i + 1]].as_doc(copy_user_data=True)
            return sentence_docs[i]

        for label, dep in self.deps.items():
            # only the sentences holding its verb and the words of its object (a
            # DependencyMatcher's cost grows with every token it reads)
            for i, sentence in self.dep_gate.spans_to_match(label, index, present, starts, sentence_doc):
                a = starts[i]
                for key, ids in dep(sentence):
                    # node order as compiled: the verb first, the object (when there is one) last
                    # or before its owner
                    back = self.dep_objects.get(self.vocab.strings[key])
                    obj = ids[-back] + a if back else None
                    yield key, min(ids) + a, max(ids) + a + 1, ids[0] + a, obj

    def _check(
        self,
        doc: Doc,
        label: str,
        strength: str,
        rule: str,
        mode: str,
        span: Span,
        verb: int | None,
        obj: int | None,
        sents: SentenceIndex,
        index: dict[str, set[int]],
        actors: _Once[DocActors],
    ) -> Signal | None:
        opts = self.rules[label]
        if opts.not_within and any(t.lower_ in opts.not_within for t in span):
            return None
        # a hit that says "not" itself ("she dont do the phone", "not allowed out") is a negative
        # statement: a negation before it belongs to another clause ("DONT message her she dont do the phone")
        if opts.negatable and not (verb is None and any(is_negation(t) for t in span)):
            target = doc[obj : obj + 1] if obj is not None else (doc[verb : verb + 1] if verb is not None else span)
            if (
                negated(target)
                or (verb is not None and negated(doc[verb : verb + 1]))
                or _negated_in_or_list(doc[verb] if verb is not None else span.root)
            ):
                return None
        sentence = sents.of(span.start)
        if self._said_otherwise(doc, span, verb, opts, sents, sentence) or _denied_nearby(span, sents, sentence):
            return None
        if label not in OFFER_IS_ACT and _offered(doc, span, verb):
            return None
        if opts.not_in_own_advert and actors().own_advert():
            return None
        corroborate = False
        target = doc[verb : verb + 1] if verb is not None else span
        if mode not in ("agent", "any") and not self._said_of(mode, target, opts, actors()):
            return None
        if mode == "worker" and "helper" in opts.not_by and _paid_to_helper(span, actors()):
            return None  # "I pay her 10%": her friend who does her bookings, a maid she pays
        # a debt owed to her own, her own object ("they pick their clients"), a harasser's accusation
        if (
            self._owed_to_own(doc, span, sents, sentence, opts, actors)
            or _own_object(doc, verb, obj, actors)
            or _claimed_by_hostile(span, verb, actors)
        ):
            return None
        if mode == "agent" and (opts.not_by or opts.corroborate_by):
            role = _doer_role(label, target, actors())
            if role in opts.not_by or (role is None and _listed_doer_role(target, actors()) in opts.not_by):
                return None
            # the condition of a threat may open its clause ("if I don't come back and work for him,
            # his cousins will burn my mother's house"): twice the window (the whole sentence reads
            # a stalker's "since I stopped seeing him ... found my mum" as a condition)
            corroborate = role in opts.corroborate_by and not self._firm(doc, span, sents, sentence, opts)
        return Signal(label, strength, f"{label}:{rule}", span.start, span.end, sentence, corroborate)

    @staticmethod
    def _said_otherwise(
        doc: Doc, span: Span, verb: int | None, opts: LabelRules, sents: SentenceIndex, sentence: int
    ) -> bool:
        """Do the hit's own sentence (or the next) make it something else: a question put to her,
        a `not_with` word near it, a `not_in_sentence` phrase in it, a `not_in_next_sentence`
        phrase in it or the next, a `not_after_sentence` phrase in the one before?"""
        # a question put to her ("asked her whether he takes her money: she said no") says nothing
        # happened, unless its answer in the sentence is yes
        if _asked(doc, span, verb) and not _answered_yes(doc, span, sents):
            return True
        if _quoted_question(span, sents):
            return True
        if _by_no_one(doc, span, verb):
            return True
        # the words around the hit in its sentence, not the whole sentence: "took all her money
        # and still has her passport, which she can have back" is still control
        end = _sentence_end(sents, sentence, len(doc))
        first = max(sents.starts[sentence], span.start - NOT_WITH_WINDOW)
        if _near(doc[first : min(end, span.end + NOT_WITH_WINDOW)], opts.not_with, opts.not_with_phrases):
            return True
        whole = doc[sents.starts[sentence] : end]
        if opts.not_in_sentence and _near(whole, frozenset(), opts.not_in_sentence):
            return True
        # a note that finds no control says so before what it did not find, however far ("No
        # concerns about anyone controlling Gemma or taking her money")
        before = doc[sents.starts[sentence] : span.end]
        if opts.no_control and _near(before, frozenset(), opts.no_control):
            return True
        if opts.not_after_sentence and sentence > 0:
            before_it = doc[sents.starts[sentence - 1] : sents.starts[sentence]]
            if _near(before_it, frozenset(), opts.not_after_sentence):
                return True
        following = doc[whole.start : _sentence_end(sents, sentence + 1, len(doc))]
        return bool(opts.not_in_next_sentence) and _near(following, frozenset(), opts.not_in_next_sentence)

    @staticmethod
    def _said_of(mode: str, target: Span, opts: LabelRules, actors: DocActors) -> bool:
        """Does a hit of a pattern with a subject mode (`SUBJECT_MODES`) say what it needs to?"""
        if mode == "worker":
            return actors.by_worker(target)
        if mode == "advert":
            return actors.third_party_page()
        if mode == "review":  # not "she met me at the door, took the £100 herself": the girl took it
            return actors.client_review() and actors.agent_role(target) != "worker"
        # on_worker: said of her ("I was not allowed to leave"; not "he is not allowed to contact
        # her"), by someone her sentence does not name a client or her helper ("He did not hit me,
        # but I was not allowed to leave until 7am": the client of that booking)
        return actors.said_of_her(target) and actors.done_to_her_by(target) not in opts.not_by

    def _owed_to_own(
        self, doc: Doc, span: Span, sents: SentenceIndex, sentence: int, opts: LabelRules, actors: _Once[DocActors]
    ) -> bool:
        """A debt owed to one of `not_owed_to` (a loan from her brother or a friend she repays), not
        worked off or taken from her earnings (`firm_with`): no bondage."""
        if not opts.not_owed_to or self._firm(doc, span, sents, sentence, opts):
            return False
        return actors().creditor(span) in opts.not_owed_to

    @staticmethod
    def _firm(doc: Doc, span: Span, sents: SentenceIndex, sentence: int, opts: LabelRules) -> bool:
        """Is a `firm_with` word near the hit (its sentence, twice the `not_with` window)?"""
        if not (opts.firm_with or opts.firm_with_phrases):
            return False
        end = _sentence_end(sents, sentence, len(doc))
        wide = doc[max(sents.starts[sentence], span.start - FIRM_WINDOW) : min(end, span.end + FIRM_WINDOW)]
        return _near(wide, opts.firm_with, opts.firm_with_phrases)

    # -- what the signals add up to -------------------------------------------------------
    def independent(self, doc: Doc, text_end: int) -> bool:
        """Does the record say the worker works for herself?"""
        hits = [*self.independence_phrases(doc), *self.independence_exact(doc)]
        return any(doc[s:e].end_char <= text_end and not negated(doc[s:e]) for _, s, e in hits)

    def assess(self, signals: list[Signal], doc: Doc, text_end: int) -> Assessment:
        # an act of someone whose role leaves it open counts only beside another indicator
        firm = {s.id for s in signals if not s.corroborate and s.strength != "context"}
        kept = [s for s in signals if not s.corroborate or firm - {s.id}]
        strong = any(s.strength == "strong" for s in kept)
        if kept and not strong and self.independent(doc, text_end):
            present = {s.id for s in kept}
            if not present & self.unless_any_of:
                kept = [s for s in kept if not (s.id in self.suppresses and s.strength == "weak")]
        if not any(s.strength != "context" for s in kept):
            kept = []  # fear or little English alone is no sign of anyone's control
        best: dict[str, Signal] = {}
        for s in kept:
            if s.id not in best or RANK[s.strength] > RANK[best[s.id].strength]:
                best[s.id] = s
        out = Assessment()
        order = list(INDICATORS)
        for ind in sorted(best, key=order.index):
            s = best[ind]
            out.indicators.append({"id": ind, "strength": s.strength, "evidence": s.evidence})
        out.weak_signals = _independent_count([s for s in kept if best[s.id].strength == "weak"])
        out.control_sentences = {s.sentence for s in kept if s.id in CONTROL_INDICATORS}
        return out


class _Once(Generic[T]):
    """A value computed on first use, then kept."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._value: T | None = None

    def __call__(self) -> T:
        if self._value is None:
            self._value = self._make()
        return self._value


# Someone taking her money, papers or phone: in that sentence it is control, not a theft.
CONTROL_INDICATORS = frozenset({"third_party_control", "documents_held", "restricted_movement", "debt_bondage"})


# Verbs of asking whose "if" clause is a question ("asked if anyone holds her passport"), not a
# condition ("if she stops he takes her passport"); a "whether" clause is one after any verb (lemmas).
QUESTION_VERBS = frozenset({"ask", "wonder", "check", "enquire", "inquire", "query", "question"})
# An answer that says the asked thing is so ("asked whether he keeps her passport: she nodded").
YES_WORDS = frozenset({"yes", "yeah", "yep", "nodded", "admitted"})


def _asked(doc: Doc, span: Span, verb: int | None) -> bool:
    """Is the hit the content of a question ("asked her whether he takes her money or stops her
    leaving")? Its verb (or a verb it is conjoined to) opens with "whether", or with "if" after a
    verb of asking. Only that clause: "she asked if she could go home because he keeps her
    passport" still says he keeps it."""
    token = doc[verb] if verb is not None else span.root
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    for _ in range(4):
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and token.head.lemma_.lower() in QUESTION_VERBS):
            return True
        if _wh_question(token):
            return True
        if token.dep_ != "conj" or token.head is token:
            return False
        token = token.head
    return False


# Doers that name no one ("there is NOBODY who takes my money"); "anyone" only as the topic of a question
# ("asked about ANYONE taking money, holding documents": she said no), not "anyone who works for him pays".
NO_ONE = frozenset({"nobody", "noone", "no-one"})
ANYONE = frozenset({"anyone", "anybody"})
# Verbs whose complement is only proposed ("a man who OFFERED to manage her": she turned him down).
OFFER_VERBS = frozenset({"offer", "propose"})
# Labels whose act an offer is: a dealer who offers to sell her crack supplies it.
OFFER_IS_ACT = frozenset({"drugs_supply"})


def _offered(doc: Doc, span: Span, verb: int | None) -> bool:
    """Is the hit only offered ("has turned down a man who offered to 'manage' her"; stop 43, dev_x)? An
    offer she took up is told by what he then does ("... and now takes half"), a hit of its own."""
    token = doc[verb] if verb is not None else span.root
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in OFFER_VERBS


# Verbs of saying or spreading something about her (lemmas): what a harasser or a troll says of her
# is his word against her, not a sign that anyone controls her.
CLAIM_VERBS = frozenset({"say", "tell", "claim", "post", "accuse", "allege", "spread", "write", "shout", "insist"})


def _claimed_by_hostile(span: Span, verb: int | None, actors: _Once[DocActors]) -> bool:
    """Is the hit what a harasser, a stalker or a troll says or spreads about her ("the harasser had been
    telling people 'her driver runs her'"; stop 46, dev_za)? The hit's clause is said by a verb of saying
    whose subject is one of them (`hostile:` words): an accusation, not control. A worker's, a friend's or
    a note's "says he takes her money" is still read."""
    if actors().hostile_page():
        return True
    doc = span.doc
    token = doc[verb] if verb is not None else span.root
    for _ in range(6):
        if token.head is token:
            return False
        if token.dep_ in ("ccomp", "parataxis", "xcomp") and token.head.lemma_.lower() in CLAIM_VERBS:
            speaker = next((c for c in token.head.children if c.dep_ in ("nsubj", "agent")), None)
            if speaker is not None and speaker.dep_ == "agent":
                speaker = next((c for c in speaker.children if c.dep_ == "pobj"), None)
            # a pronoun's person is a guess ("he say I must work": her boss, or the client just named): only
            # a speaker named by his own word counts
            return speaker is not None and speaker.pos_ != "PRON" and actors().hostile(speaker)
        token = token.head
    return False


def _by_no_one(doc: Doc, span: Span, verb: int | None) -> bool:
    """Is the hit done by no one in particular ("there is nobody who takes my money", "asked about anyone
    taking money, holding documents": she said no; stop 43, dev_x)?"""
    token = doc[verb] if verb is not None else span.root
    for _ in range(3):  # "taking money, holding documents or ...": the first verb's doer
        if token.dep_ != "conj" or any(c.dep_ == "nsubj" for c in token.children):
            break
        token = token.head
    doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.dep_ in ("relcl", "acl") and (doer is None or doer.lower_ in ("who", "that")):
        doer = token.head  # "nobody WHO takes my money", "anyone TAKING money"
    if doer is None:
        return False
    if doer.lower_ in NO_ONE or (doer.lower_ == "one" and any(c.lower_ == "no" for c in doer.children)):
        return True
    return doer.lower_ in ANYONE and doer.dep_ == "pobj" and doer.head.lower_ == "about"


# Question words that open an asked clause as its subject or object ("asked WHO else handles her money").
WH_WORDS = frozenset({"who", "whom", "what", "which"})


def _wh_question(verb: Token) -> bool:
    """Is the verb's clause a question after a verb of asking, opened by a question word as its
    subject, object or what it names ("the nurse asked who else handles my money"; stop 40, dev_u; "ask
    her who her pimp is"; stop 46, dev_za)? Not a relative clause ("the man who handles her money")."""
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.lemma_.lower() not in QUESTION_VERBS:
        return False
    # "attr": the asked one is what the clause names ("ask who her pimp is"; stop 46, dev_za)
    return any(
        c.lower_ in WH_WORDS and c.dep_ in ("nsubj", "dobj", "obj", "attr") and c.i < verb.i for c in verb.children
    )


# Quotation marks as tokens of their own ("shouting 'who pimp you'"); an apostrophe of a contraction is part of
# its word ("'s", "n't") and never one.
QUOTE_MARKS = frozenset({"'", '"', "‘", "’", "“", "”", "`", "``", "''"})
# Words that open a question put in someone's mouth ("'who's your pimp?'", "'where's your boss'")
QUESTION_OPENERS = frozenset({"who", "whos", "who's", "whose", "where", "wheres", "where's"})
CLAUSE_BREAKS = frozenset({",", ";", ".", "!", ":", "-", "\u2013", "\u2014"})


def _quoted_question(span: Span, sents: SentenceIndex) -> bool:
    """Is the hit inside a question quoted as someone's words ("kept shouting 'who pimps you'", "'where's your
    boss?' he asked"; stop 49, dev_zd)? A taunt or a question asks, it says nothing happened: a neighbour or a
    passer-by shouting "who's your pimp" at her is abuse, not a sign that anyone controls her. The quote opens
    with a question word or closes on a question mark; what she answers is a sentence of its own."""
    doc = span.doc
    sentence = sents.of(span.start)
    first, end = sents.starts[sentence], _sentence_end(sents, sentence, len(doc))
    marks = [t.i for t in doc[first:end] if t.text in QUOTE_MARKS]
    before = [i for i in marks if i < span.start]
    after = [i for i in marks if i >= span.end]
    if len(before) % 2 == 0 or not after:
        return False  # not between an opening and a closing mark of its sentence
    quoted = doc[before[-1] + 1 : after[0]]
    words = [t for t in quoted if not t.is_punct]
    if not words:
        return False
    opener = words[0].lower_ + (words[1].lower_ if len(words) > 1 and words[1].lower_ in ("'s", "s") else "")
    if words[0].lower_ in QUESTION_OPENERS or opener in QUESTION_OPENERS:
        return True
    # a quote of one clause that closes on a question mark ("'do you have a pimp?'"), not a statement and her
    # question after it ("'the boss keeps my passport, what can I do?'")
    return quoted[-1].text == "?" and not any(t.text in CLAUSE_BREAKS for t in quoted[:-1])


def _answered_yes(doc: Doc, span: Span, sents: SentenceIndex) -> bool:
    """Does the rest of the hit's sentence answer its question yes?"""
    end = _sentence_end(sents, sents.of(span.start), len(doc))
    return any(t.lower_ in YES_WORDS for t in doc[span.end : end])


# The person of a subject or an owner ("THEY pick THEIR clients": the same people): a plural noun is "they".
PERSONS = {"i": "i", "my": "i", "we": "we", "our": "we", "you": "you", "your": "you", "u": "you", "ur": "you",
           "she": "she", "her": "she", "he": "he", "his": "he", "they": "they", "their": "they"}  # fmt: skip


def _own_object(doc: Doc, verb: int | None, obj: int | None, actors: _Once[DocActors]) -> bool:
    """Is the object of a verb hit its own subject's ("they pick their clients", "I set my rates";
    stop 41, dev_v)? Her own say over her own work, not a third party's: "he picks her clients", "the
    boss keeps their cards" are someone else's. A "she" or "they" only where it is the worker or the
    women ("the madam, she keeps her passport": whose passport is open)."""
    if verb is None or obj is None:
        return False
    owner = next((c for c in doc[obj].children if c.dep_ == "poss"), None)
    head = doc[verb]
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None and head.dep_ == "conj":  # "... and pick their clients": the first verb's subject
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if owner is None or subject is None:
        return False
    person = "they" if subject.tag_ in ("NNS", "NNPS") else PERSONS.get(subject.lower_)
    if person is None or PERSONS.get(owner.lower_) != person:
        return False
    if person in ("i", "we", "you"):
        return True
    if subject.lower_ == "they":  # the women the sentence last named ("the two girls pay me ...; they pick ...")
        subject = next((t for t in reversed(doc[subject.sent.start : subject.i]) if t.tag_ == "NNS"), subject)
    role = actors().role_of(subject)
    # a woman the text gives no role who has "her own" business in the same sentence ("Thanh runs her own
    # massage room, she rents it from the landlord and keeps her takings"; stop 49, dev_zd): hers
    return role == "worker" or (role == "unknown" and _own_business(subject, owner))


def _own_business(subject: Token, owner: Token) -> bool:
    """Does the subject's sentence, outside the hit's object, name something as the same person's own ("her own
    room", "their own flat")?"""
    return any(
        t.lower_ == "own"
        and t.head.i != owner.head.i
        and any(c.dep_ == "poss" and PERSONS.get(c.lower_) == PERSONS.get(owner.lower_) for c in t.head.children)
        for t in subject.sent
    )


# Labels whose hit may name the one it falls on as its subject ("your sister in Benin City WILL PAY if you run"):
# a relative of hers there is the one threatened, not the doer (her mum, her sister are also `helper` words).
THREATENED_SUBJECT = frozenset({"threats_to_family"})


def _doer_role(label: str, target: Span, actors: DocActors) -> str | None:
    """The role of whoever did the act of a hit (`DocActors.agent_role`); for a threat, of whoever threatens the
    relative the hit names as its subject (`_threatened_relative_role`)."""
    role = actors.agent_role(target)
    if label in THREATENED_SUBJECT:
        return _threatened_relative_role(target, actors) or role
    return role


def _threatened_relative_role(span: Span, actors: DocActors) -> str | None:
    """The role of whoever threatens her relative, where the relative is the subject of the hit ("Madam Joy says
    her sister will pay if she runs"; stop 58, dev_zm): the subject of the verb of saying the hit's clause hangs
    under ("unknown" where that verb has none: the label's `corroborate_by` and `firm_with` then weigh it); None
    where the subject is no relative of hers or the hit is no one's words ("my sister will pay for the flights")."""
    agent = agent_of(span)
    words = actors.words
    if agent is None or not (agent.lower_ in words.family or agent.lemma_.lower() in words.family):
        return None
    owner = next((c for c in agent.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in words.he | words.they:
        return None  # "his brother will pay": someone else's man
    token = agent.head
    speaking = words.speech_verbs | CLAIM_VERBS
    for _ in range(6):
        if token.head is token:
            break
        if token.dep_ in ("ccomp", "parataxis", "xcomp") and token.head.lemma_.lower() in speaking:
            verb = token.head
            for _ in range(3):  # "sends voice notes SAYING ...": the subject of the verb it hangs on
                speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if speaker is not None and speaker.pos_ == "PRON":
                    return None  # "he says my brother will pay": as before (a controller called "uncle" is no helper)
                if speaker is not None:
                    return actors.role_of(speaker)
                if verb.head is verb:
                    break
                verb = verb.head
            return "unknown"
        token = token.head
    return None


# How far up a list of acts joined one to the next ("chose ..., pays ..., sets ..., keeps ...") its first verb may be.
LIST_DEPTH = 8
# Her, as the object of an act: an act done to her is never her own ("..., and drives her to the flat").
HER_OBJECTS = frozenset({"her", "them", "me", "us"})
# The subjects of a list of her own acts ("SHE chose ..., pays ..., keeps ...").
LIST_SUBJECTS = frozenset({"she", "i"})


def _listed_doer_role(target: Span, actors: DocActors) -> str | None:
    """ "worker" where the hit's verb continues a list of her own acts that the parse hung each on the one before it,
    deeper than `agent_of` climbs ("She chose the agency, pays a weekly fee, sets her own days, keeps her passport and
    earnings": her own list; stop 59, dev_zn); else None. The first verb up the list with a subject of its own gives
    it, and only a "she" or an "I" that is the worker: not a man's list, a relative pronoun's, a passive hit ("she
    works ... and is driven to a house": done to her) nor a hit with a subject of its own."""
    verb = target.root
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.dep_ != "conj" or any(
        c.dep_ in (*SUBJECT_DEPS, "auxpass", "expl")
        or (c.dep_ in ("dobj", "dative", "obj") and c.lower_ in HER_OBJECTS)
        for c in verb.children
    ):
        return None
    for _ in range(LIST_DEPTH):
        if verb.dep_ != "conj" or verb.head is verb:
            return None
        verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.dep_ != "nsubj" or subject.lower_ not in LIST_SUBJECTS:
                return None
            return "worker" if actors.role_of(subject) == "worker" else None
    return None


# The words of a denial that there is any such person ("there is NO pimp", "she has NO manager").
DENIAL_DETS = frozenset({"no"})


def _denied_nearby(span: Span, sents: SentenceIndex, sentence: int) -> bool:
    """Is the hit one word for a person or a thing whose very being its own sentence, the one before or the one after
    denies ("he keeps offering to 'pay off my pimp'. There is no pimp lol": a regular's notion, not her control;
    stop 59, dev_zn)? Only a hit of one noun ("pimp"): an act told beside a denial of the word ("he's not a pimp, he
    just keeps the money") is still read by its own patterns."""
    if len(span) != 1 or span[0].pos_ not in ("NOUN", "PROPN"):
        return False
    doc, word = span.doc, span[0]
    lemma = word.lemma_.lower()
    first = sents.starts[max(0, sentence - 1)]
    end = _sentence_end(sents, min(sentence + 1, len(sents.starts) - 1), len(doc))
    for t in doc[first:end]:
        if t.i == word.i or t.lemma_.lower() != lemma or t.pos_ not in ("NOUN", "PROPN"):
            continue
        # "no pimp lol": the parse may hang the "no" on a noun the word is a compound of
        noun = t.head if t.dep_ == "compound" else t
        if any(c.dep_ == "det" and c.lower_ in DENIAL_DETS for c in noun.children) or negated(doc[t.i : t.i + 1]):
            return True
    return False


PAYING_VERBS = frozenset({"pay", "give", "hand"})


def _negated_in_or_list(token: Token) -> bool:
    """A word in a list joined by "or" whose first word is negated: "he didn't book her clients, take her money or
    drive her" (stop 54, dev_zi). The parser hangs the "or" on a later word of the list, so the climb of `negated`
    stops at "take"; a list joined by "and" keeps its own acts ("didn't pay, took her phone and ran")."""
    if token.dep_ != "conj":
        return False
    doc = token.doc
    # the list ends with the last word hanging under this one ("take her money OR drive her"); a clause joined
    # after it ("..., AND she says ...") is no part of the list
    last = max([token.i, *(c.i for c in token.subtree if c.dep_ == "conj" and c.i > token.i)])
    head = token
    for _ in range(8):  # up the list, each earlier word in turn: the negated one opens it
        if head.dep_ != "conj" or head.head is head:
            return False
        head = head.head
        members = (head, *head.conjuncts)
        ccs = {c.lower_ for t in members for c in t.children if c.dep_ == "cc" and head.i < c.i <= last}
        if not ccs or not ccs <= {"or", "nor"}:
            return False
        if negated(doc[head.i : head.i + 1]):
            return True
    return False


def _paid_to_helper(span: Span, actors: DocActors) -> bool:
    """Is whom she pays or gives her money in the hit ("I pay HER 10%") someone she chose: her
    friend, a maid or driver she pays (`processors.actors`)? Only a hit that pays or gives: not
    "asked him for money" (whoever he is, she has to ask)."""
    if not any(t.lemma_.lower() in PAYING_VERBS for t in span):
        return False
    return any(
        t.lower_ in ("him", "her", "them") and t.dep_ not in SUBJECT_DEPS and actors.role_of(t) == "helper"
        for t in span
    )


def _independent_count(weak: list[Signal]) -> int:
    """Independent weak signals: indicators joined when every hit of each lies on the words
    of a hit of the other ("drives her between the flats" is one observation, not a
    transport and a move); an indicator with a hit of its own elsewhere ("... and moves them
    every week or two") is a second observation."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for s in weak:
        spans.setdefault(s.id, []).append((s.start, s.end))
    ids = list(spans)
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            i = parent[i]
        return i

    def covered(a: str, b: str) -> bool:
        return all(any(s < e2 and s2 < e for s2, e2 in spans[b]) for s, e in spans[a])

    for x, a in enumerate(ids):
        for b in ids[x + 1 :]:
            if covered(a, b) and covered(b, a):
                parent[root(a)] = root(b)
    return len({root(i) for i in ids})


def _entry_of(text: str, at: int, separators: list[str]) -> int:
    """The number of the entry (a line, or a piece between separators) holding character `at`."""
    before = text[:at]
    return sum(before.count(sep) for sep in separators)


def _separator_ends(text: str, separators: list[str]) -> list[int]:
    """Where each separator of a listing page ends, in order: the entry of character `at` is
    the number of them ending at or before it (as `_entry_of` counts)."""
    ends: list[int] = []
    for sep in separators:
        at = text.find(sep)
        while at >= 0:
            ends.append(at + len(sep))
            at = text.find(sep, at + len(sep))
    return sorted(ends)


def _near(near: Span, words: frozenset[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Does the stretch hold one of these words (as written or as a lemma) or phrases?"""
    if words and any(t.lower_ in words or t.lemma_.lower() in words for t in near):
        return True
    lows = [t.lower_ for t in near]
    return any(_contains(lows, p) for p in phrases)


def _sentence_end(sents: SentenceIndex, sentence: int, length: int) -> int:
    return sents.starts[sentence + 1] if sentence + 1 < len(sents.starts) else length


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if not n:
        return True
    # only where its first word stands: the same answer as comparing every window
    first, last = phrase[0], len(words) - n
    i = -1
    while True:
        try:
            i = words.index(first, i + 1, last + 1)
        except ValueError:
            return False
        if tuple(words[i : i + n]) == phrase:
            return True


def _node_words(specs: list[dict[str, Any]]) -> frozenset[str] | None:
    """The words (lower case) one of which a dependency node must be; None: a node one
    spec lets any word fill (a part of speech only)."""
    words: set[str] = set()
    for spec in specs:
        attrs = [a for a in ("LOWER", "LEMMA") if a in spec]
        if not attrs:
            return None
        for attr in attrs:
            value = spec[attr]
            words |= {value} if isinstance(value, str) else set(value["IN"])
    return frozenset(w.lower() for w in words)


def _dep_text(dep: dict[str, Any]) -> str:
    """A dependency pattern as written, for rule ids: "keep|hold > @documents"."""
    text = str(dep["verb"])
    if "object" in dep:
        text += f" > {dep['object']}"
    if "poss" in dep:
        text += f" of {dep['poss']}"
    if "prep" in dep:
        text += f" > {dep['prep']} {dep['pobj']}"
    return text
