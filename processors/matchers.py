"""Rules as data: pattern files (YAML) compiled into spaCy matchers, with negation.

The MO tags, the exploitation indicators, weapons and the offender-name cues are lists a
domain expert can read and extend in `processors/patterns/`. A file gives each label:

- `phrases`: plain phrases, matched on lemmas with spaCy's `PhraseMatcher` ("punch"
  matches "punched", "take the condom off" matches "took the condom off");
- `patterns`: token patterns in a small notation compiled to spaCy `Matcher` patterns:

    punch            a token whose lemma is "punch" (punched, punching)
    punch|kick       either lemma
    'her'            the exact word (lower case), not its lemma: 'her'|'them'
    @worker          a word list defined under `words:` (exact words) or `lemmas:` (lemmas)
    <PROPN>          a part-of-speech tag (NOUN, VERB, PROPN, NUM, ADJ, PRON, ...)
    record/VERB      a lemma (or list) with a part of speech: "record" the verb, not the noun
    *                any one token
    *3               up to three tokens (any)
    word?            optional (works on every form above: @worker?, 'the'?)

A match never crosses a sentence. A match is dropped when it is negated in its sentence
("he didn't have a knife", "no violence", "nobody was touched", "never saw a gun"), unless
the label says `negatable: false`. Evidence is the rule id and the sentence index, never
the text of the sentence (it can hold a victim's name).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import product
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from common.config_yaml import read_yaml
from common.docs import doc_text

PATTERN_DIR = Path(__file__).with_name("patterns")
_LEMMA_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")

# The small words of negation and irrealis: `patterns/grammar.yaml`.
_GRAMMAR = read_yaml(PATTERN_DIR / "grammar.yaml")


def _grammar(section: str, key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _GRAMMAR[section][key])


NEGATION_WORDS = _grammar("negation", "words")
NEGATIVE_SUBJECTS = _grammar("negation", "subjects")
NEGATIVE_DETS = _grammar("negation", "determiners")
CLAUSE_BREAKS = _grammar("negation", "clause_breaks")  # a new clause: a negation before it stops there
FALLBACK_WINDOW = 3  # tokens before a hit that a negation word may sit in (parser slips)
TEXTSPEAK_NEGATIONS = _grammar("negation", "textspeak")
_OPINION_VERBS = _grammar("negation", "opinion_verbs")
_WH_WORDS = _grammar("negation", "wh_words")
_CLIMB = {"dobj", "pobj", "attr", "oprd", "xcomp", "acomp", "prep", "agent", "dative", "nsubjpass", "appos", "amod"}
_CLAUSES = frozenset({"acl", "ccomp", "relcl", "advcl"})
WEAK = "weak"  # the flag of a circumstantial phrase in a matcher key
EXPLAINED = "explained"  # the flag of a cue that explains a mark away ("said she fell"): no hit of its own
DOUBTED = "doubted"  # the flag of a cue that doubts such an explanation ("he did it"): no hit of its own
EXPLAINABLE = "explainable"  # the flag of a mark named ("black eye"): it counts unless explained away
DENIES = "denies"  # the flag of a cue that tells the act did not happen ("wanted it without a condom, so she left")
SpanT = TypeVar("SpanT", Span, Doc)  # a sentence as a Matcher reads it
_NEGATED, _EXCLUDED = "negated", "excluded"  # why a hit is dropped (PatternTagger._dropped)
_POS = re.compile(r"^<([A-Z]+)>$")
_STAR = re.compile(r"^\*(\d*)$")


@dataclass(frozen=True)
class Hit:
    label: str
    rule: str  # the rule id: label and the pattern as written in the file (never doc text)
    start: int  # token index
    end: int
    sentence: int  # index of the sentence in the text

    @property
    def evidence(self) -> str:
        return evidence(self.rule, self.sentence)


def evidence(rule: str, sentence: int) -> str:
    """The evidence string: rule id and 1-based sentence number. No text of the record."""
    return f"{rule} @ sentence {sentence + 1}"


@cache
def load_file(name: str) -> dict[str, Any]:
    return read_yaml(PATTERN_DIR / name) or {}


class SentenceIndex:
    """Sentence number of a token, computed once per Doc."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [s.start for s in doc.sents]

    def of(self, token_index: int) -> int:
        return max(0, bisect_right(self.starts, token_index) - 1)

    def same(self, start: int, end: int) -> bool:
        return self.of(start) == self.of(max(start, end - 1))


def compile_pattern(text: str, words: dict[str, list[str]], lemmas: dict[str, list[str]]) -> list[list[dict[str, Any]]]:
    """One pattern of the notation above -> spaCy Matcher patterns (one per combination of
    exact-word / lemma / part-of-speech alternatives: a Matcher token tests one attribute)."""
    tokens = [_compile_token(text, raw, words, lemmas) for raw in text.split()]
    if not any("OP" not in alts[0] for alts in tokens):
        raise ValueError(f"pattern {text!r} needs at least one required token")
    if "OP" not in tokens[0][0]:
        tokens[0] = _single_values(tokens[0])
    return [list(combo) for combo in product(*tokens)]


def _compile_token(
    text: str, raw: str, words: dict[str, list[str]], lemmas: dict[str, list[str]]
) -> list[dict[str, Any]]:
    """One token of pattern `text` -> its alternative Matcher token specs."""
    optional = raw.endswith("?") and len(raw) > 1
    item = raw[:-1] if optional else raw
    if m := _STAR.match(item):
        if m.group(1):
            return [{"OP": f"{{0,{int(m.group(1))}}}"}]
        return [{"OP": "?"} if optional else {}]
    pos = None
    if "/" in item and item.rsplit("/", 1)[1].isupper():
        item, pos = item.rsplit("/", 1)
    exact, lemma, tags = _alternatives(text, item, words, lemmas)
    specs: list[dict[str, Any]] = []
    if exact:
        specs.append({"LOWER": {"IN": exact}})
    if lemma:
        specs.append({"LEMMA": {"IN": lemma}})
    if tags:
        specs.append({"POS": {"IN": tags}})
    if not specs:
        raise ValueError(f"pattern {text!r}: empty token {raw!r}")
    for spec in specs:
        if pos:
            spec["POS"] = pos
        if optional:
            spec["OP"] = "?"
    return specs


def _alternatives(
    text: str, item: str, words: dict[str, list[str]], lemmas: dict[str, list[str]]
) -> tuple[list[str], list[str], list[str]]:
    """The `|` alternatives of one token: (exact words, lemmas, parts of speech)."""
    exact: list[str] = []
    lemma: list[str] = []
    tags: list[str] = []
    for alt in item.split("|"):
        if alt.startswith("@"):
            name = alt[1:]
            if name in words:
                exact.extend(w.lower() for w in words[name])
            elif name in lemmas:
                lemma.extend(w.lower() for w in lemmas[name])
            else:
                raise ValueError(f"pattern {text!r}: unknown word list @{name}")
        elif m := _POS.match(alt):
            tags.append(m.group(1))
        elif len(alt) > 2 and alt[0] == alt[-1] == "'":
            exact.append(alt[1:-1].lower())
        elif alt:
            lemma.append(alt.lower())
    return exact, lemma, tags


def _single_values(specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first token of a pattern as one spec per word: the Matcher tests a single value in
    C for every token of a text, but a set ("IN") through a Python predicate (slow)."""
    out: list[dict[str, Any]] = []
    for spec in specs:
        attr = next((a for a in ("LOWER", "LEMMA") if a in spec), None)
        if attr is None or not isinstance(spec[attr], dict):
            out.append(spec)
            continue
        for word in spec[attr]["IN"]:
            out.append({**{k: v for k, v in spec.items() if k != attr}, attr: word})
    return out


def required_words(variants: list[list[dict[str, Any]]]) -> tuple[frozenset[str], ...]:
    """Per required token of a compiled pattern, the words (as written or lemmas, lower case)
    one of which that token must be: a sentence lacking any of these sets cannot match.
    A token that a part of speech alone, or anything, may fill is no requirement."""
    needs: list[frozenset[str]] = []
    for position in zip(*variants, strict=True):  # every variant has one spec per token
        if any("OP" in spec for spec in position):
            continue
        words: set[str] = set()
        for spec in position:
            attr = next((a for a in ("LOWER", "LEMMA") if a in spec), None)
            if attr is None:
                break  # this alternative takes any word
            value = spec[attr]
            words |= {value} if isinstance(value, str) else set(value["IN"])
        else:
            needs.append(frozenset(w.lower() for w in words))
    return tuple(dict.fromkeys(needs))


class SentenceGate:
    """Which sentences a label's matcher need read: those where at least one of its
    patterns finds every one of its required words (`required_words`). A match never
    crosses a sentence, so reading only these finds every match, in the same order."""

    def __init__(self) -> None:
        self.needs: dict[str, list[tuple[frozenset[str], ...]]] = {}
        # per label, one required set of each pattern joined: a text holding none of these
        # words matches no pattern of the label (None: a pattern requires no word)
        self.any_of: dict[str, frozenset[str] | None] = {}
        # per label, each word of a pattern's first required set -> the patterns (indices in
        # `needs`) it opens, and the patterns that require no word: only the patterns whose
        # first set the text touches are tested further (the same ones the full loop keeps)
        self.by_first: dict[str, dict[str, list[int]]] = {}
        self.no_needs: dict[str, list[int]] = {}
        # per label and entry of `needs`, a Matcher of only that entry's patterns (`may_match`),
        # and the entries with a pattern given without its key, which no probe can speak for
        self.probes: dict[str, dict[int, Matcher | DependencyMatcher]] = {}
        self.unprobed: dict[str, set[int]] = {}

    def add(
        self, label: str, variants: list[list[dict[str, Any]]], key: str | None = None, vocab: Vocab | None = None
    ) -> None:
        """`key`, `vocab`: the pattern as the label's Matcher holds it (then `may_match` can probe it)."""
        self.add_needs(label, required_words(variants), key, variants, vocab)

    def add_needs(
        self,
        label: str,
        needs: tuple[frozenset[str], ...],
        key: str | None = None,
        patterns: list[list[dict[str, Any]]] | None = None,
        vocab: Vocab | None = None,
        dependency: bool = False,
    ) -> None:
        """`key`, `patterns`, `vocab`: the patterns as the label's Matcher (a DependencyMatcher
        with `dependency`) holds them, for `may_match`; without them no probe speaks for `needs`."""
        at = self._entry(label, needs)
        if key is None or patterns is None or vocab is None:
            self.unprobed.setdefault(label, set()).add(at)
            return
        probes = self.probes.setdefault(label, {})
        if at not in probes:
            probes[at] = DependencyMatcher(vocab) if dependency else Matcher(vocab)
        probes[at].add(key, patterns)

    def _entry(self, label: str, needs: tuple[frozenset[str], ...]) -> int:
        """The index in `needs[label]` of these words, added if new."""
        needs = tuple(sorted(needs, key=len))  # the fewest words first: the likeliest to be absent
        known_needs = self.needs.setdefault(label, [])
        if needs in known_needs:
            # another pattern of the label with the same words: one test reads for both
            return known_needs.index(needs)
        known_needs.append(needs)
        index = len(known_needs) - 1
        if needs:
            first = self.by_first.setdefault(label, {})
            for word in needs[0]:
                first.setdefault(word, []).append(index)
        else:
            self.no_needs.setdefault(label, []).append(index)
        known = self.any_of.get(label, frozenset())
        self.any_of[label] = None if known is None or not needs else known | min(needs, key=len)
        return index

    def sentences(self, label: str, index: dict[str, set[int]], present: set[str], count: int) -> list[int]:
        """The sentences (sorted) where `label` may match; `index`: `doc_words`, `present`: its keys."""
        return sorted(self.sentence_entries(label, index, present, count))

    def sentence_entries(
        self, label: str, index: dict[str, set[int]], present: set[str], count: int
    ) -> dict[int, list[int]]:
        """The sentences of `sentences` (the same ones), each with the entries of `needs` whose
        words it holds: only those entries' patterns can match in it (`may_match`)."""
        any_of = self.any_of.get(label, frozenset())
        if any_of is not None and any_of.isdisjoint(present):
            return {}  # the common case, decided in one set operation
        needs = self.needs.get(label, [])
        first = self.by_first.get(label, {})
        # the patterns whose first required set the text touches
        candidates = {i for word in first.keys() & present for i in first[word]}
        candidates.update(self.no_needs.get(label, ()))
        out: dict[int, list[int]] = {}
        for i in sorted(candidates):
            pattern = needs[i]
            for words in pattern[1:]:
                if words.isdisjoint(present):
                    break  # a required word is nowhere in the text
            else:
                for sentence in _sentences_with_all(pattern, index, present, count):
                    out.setdefault(sentence, []).append(i)
        return out

    def spans_to_match(
        self,
        label: str,
        index: dict[str, set[int]],
        present: set[str],
        starts: list[int],
        span_of: Callable[[int], SpanT],
    ) -> Iterator[tuple[int, SpanT]]:
        """(sentence, its span) of each sentence where the label's whole Matcher is worth running:
        one holding its words (`sentence_entries`) whose probes find something (`may_match`);
        `span_of(i)` gives sentence i as the Matcher reads it (a Span, or a Doc for a
        DependencyMatcher), and only for the sentences the words let through."""
        entries = self.sentence_entries(label, index, present, len(starts) - 1)
        for i in sorted(entries):
            span = span_of(i)
            if self.may_match(label, entries[i], span):  # most gated sentences match nothing: a probe says so cheaply
                yield i, span

    def may_match(self, label: str, entries: list[int], span: Span | Doc) -> bool:
        """Can the label's Matcher find anything in `span`, which holds the words of these
        entries only? Their patterns alone can match there: when their probes (a few patterns,
        not the label's hundreds) find nothing, neither does the whole Matcher."""
        probes, unprobed = self.probes.get(label, {}), self.unprobed.get(label, set())
        return any(i in unprobed or i not in probes or bool(probes[i](span)) for i in entries)


def _sentences_with_all(
    pattern: tuple[frozenset[str], ...], index: dict[str, set[int]], present: set[str], count: int
) -> set[int]:
    """The sentences holding a word of each set (every sentence for no set)."""
    if not pattern:
        return set(range(count))
    where = _sentences_with(pattern[0], index, present)
    for words in pattern[1:]:
        where &= _sentences_with(words, index, present)
    return where


def _sentences_with(words: frozenset[str], index: dict[str, set[int]], present: set[str]) -> set[int]:
    out: set[int] = set()
    for word in words & present:
        out |= index[word]
    return out


def doc_words(doc: Doc, sents: SentenceIndex | None = None) -> dict[str, set[int]]:
    """Every word of a text (as written, lower case, and as its lemma) -> the sentences it is in."""
    sents = sents or SentenceIndex(doc)
    words: dict[str, set[int]] = {}
    sentence = 0
    starts = sents.starts
    for token in doc:
        while sentence + 1 < len(starts) and token.i >= starts[sentence + 1]:
            sentence += 1
        words.setdefault(token.lower_, set()).add(sentence)
        words.setdefault(token.lemma_.lower(), set()).add(sentence)
    return words


def lemma_docs(nlp: Language, phrases: list[str]) -> list[Doc]:
    """Phrases parsed just far enough for lemmas (setup only, never per record)."""
    enabled = [p for p in _LEMMA_PIPES if p in nlp.pipe_names]
    with nlp.select_pipes(enable=enabled):
        return list(nlp.pipe([p.lower() for p in phrases]))


@dataclass(frozen=True)
class LabelOptions:
    negatable: bool = True
    not_after: frozenset[str] = frozenset()  # a word right before the hit cancels it ("sexually" assault)
    not_before: frozenset[str] = frozenset()  # a word right after the hit cancels it (made her do sex "work")
    not_by: frozenset[str] = frozenset()  # the hit's verb has one of these subjects: not the offender's act
    irrealis_to: str | None = None  # threatened, not done ("said he would hit her"): counts as this label
    not_within: frozenset[str] = frozenset()  # a hit containing one of these words does not count ("own")
    not_irrealis: bool = False  # asked / wanted / threatened to, not done: does not count
    not_conditional: bool = False  # a condition, not a deed ("arrested IF they didn't pay"): does not count
    not_feared: bool = False  # a harm she fears, not one he spoke of ("if I kick off he'll batter me")
    object_not: frozenset[str] = frozenset()  # the act's object is one of these things: not against a person
    verb_not: frozenset[str] = frozenset()  # the verb the hit hangs on ("filmed her WITHOUT CONSENT"): another act
    not_phrasal: frozenset[tuple[str, ...]] = frozenset()  # verb + particle idioms ("kick off", "hit on")
    yields_to: frozenset[str] = frozenset()  # a hit inside a hit of one of these labels is that label's


def add_phrases(nlp: Language, lemma: PhraseMatcher, exact: PhraseMatcher, label: str, phrases: list[str]) -> None:
    """A phrase matches on its lemmas ("took the condom off" for "take the condom off") or as
    written; a phrase in quotes ('withdrawn') matches only as written (its lemma, "withdraw",
    would match other words)."""
    quoted = [p for p in phrases if len(p) > 2 and p[0] == p[-1] == "'"]
    plain = [p for p in phrases if p not in quoted]
    for phrase, pdoc in zip(plain, lemma_docs(nlp, plain), strict=True):
        lemma.add(f"{label}\t{phrase}", [pdoc])
    with nlp.select_pipes(disable=nlp.pipe_names):
        for phrase, pdoc in zip(plain + quoted, nlp.pipe([p.strip("'").lower() for p in plain + quoted]), strict=True):
            exact.add(f"{label}\t{phrase}", [pdoc])


class PatternTagger:
    """All rules of one pattern file; `hits(doc)` gives each match that counts, with evidence.

    The file: optional `words:` and `lemmas:` (named word lists) and `labels:` mapping each
    label to {phrases: [...], patterns: [...]} and options: `negatable: false` (a negated
    mention still counts), `not_after: [words]` (one of these words right before the hit
    cancels it), `not_before: [words]` (one right after it cancels it), `not_within: [words]`
    (a hit containing one does not count: "her own passport"), `not_by: [words]` (the act of
    one of these subjects is not the offender's: "she refused to pay" the deposit),
    `irrealis_to: label` (a threatened or conditional act, "he said he would hit her", counts
    as that label instead), `explained_away: [patterns]` (cues that explain a mark away, "bruise
    on her wrist, said she fell", "black eye, would not say how": a hit of `weak_phrases` or
    `explainable_phrases` in the cue's sentence or the one before it does not count, unless a
    pattern of `explanation_doubted` is anywhere in the text: "he did it", "said she fell but
    staff believe ..."; `explainable_phrases` are not taken away by a denial elsewhere),
    `denied_by: [patterns]` (cues that the act did not happen, "wanted it without a condom, so
    she left": a hit of the label in the cue's sentence or the one before does not count, and
    the label is denied, so the MO model adds no such tag),
    `not_irrealis: true` (asked, wanted or threatened to, not done: does not count),
    `not_conditional: true` (the hit's verb opens a condition, "arrested if they didn't
    pay": does not count), `not_feared: true` (a harm she fears, "if I kick off
    he'll batter me", not one he spoke of: does not count), `object_not: [things]` (the act was on a thing,
    "punched the wall": does not count). `patterns_any_subject:` patterns where the worker is
    the subject by nature ("she has no access to her money"): `not_by` does not apply to
    them. A label given as a plain list is a list of phrases.
    """

    def __init__(self, nlp: Language, name: str, allowed: set[str] | None = None) -> None:
        data = load_file(name)
        words = {k: list(v) for k, v in (data.get("words") or {}).items()}
        lemmas = {k: list(v) for k, v in (data.get("lemmas") or {}).items()}
        labels = data.get("labels") or {}
        unknown = set(labels) - allowed if allowed is not None else set()
        if unknown:
            raise ValueError(f"{name}: unknown labels {sorted(unknown)}")
        self.vocab = nlp.vocab
        # "no evidence he drugged her", "no suggestion she was hurt": nouns whose denial
        # reaches the clause they govern
        self.claim_nouns = frozenset(str(w).lower() for w in data.get("negating_nouns") or [])
        # the first person of a text whose writer may be the offender (a punter's review: "I
        # walked out without paying"): there, not the victim's act (`hits(first_person_offender)`)
        self.first_person = frozenset(str(w).lower() for w in data.get("first_person") or [])
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.exact_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # One Matcher per label, run only on the sentences where one of its patterns finds
        # all its required words (`SentenceGate`): most texts touch a few labels, and the
        # Matcher's cost grows with every pattern it tries and every token it reads.
        self.matchers: dict[str, Matcher] = {}
        self.gate = SentenceGate()
        self.options: dict[str, LabelOptions] = {}
        for label, spec in labels.items():
            if isinstance(spec, list):
                spec = {"phrases": spec}
            irrealis = spec.get("irrealis_to")
            if irrealis is not None and allowed is not None and irrealis not in allowed:
                raise ValueError(f"{name}: {label}: irrealis_to names unknown label {irrealis!r}")
            self.options[label] = LabelOptions(
                negatable=spec.get("negatable", True) is not False,
                not_after=frozenset(_expand(spec.get("not_after") or [], words, lemmas)),
                not_before=frozenset(_expand(spec.get("not_before") or [], words, lemmas)),
                not_by=frozenset(_expand(spec.get("not_by") or [], words, lemmas)),
                irrealis_to=irrealis,
                not_within=frozenset(_expand(spec.get("not_within") or [], words, lemmas)),
                not_irrealis=bool(spec.get("not_irrealis", False)),
                not_conditional=bool(spec.get("not_conditional", False)),
                not_feared=bool(spec.get("not_feared", False)),
                object_not=frozenset(_expand(spec.get("object_not") or [], words, lemmas)),
                verb_not=frozenset(_expand(spec.get("verb_not") or [], words, lemmas)),
                not_phrasal=frozenset(tuple(str(p).lower().split()) for p in spec.get("not_phrasal") or []),
                yields_to=frozenset(spec.get("yields_to") or []),
            )
            add_phrases(
                nlp, self.phrase_matcher, self.exact_matcher, label, [str(p) for p in spec.get("phrases") or []]
            )
            # circumstantial words ("bruising"): they count unless the text denies the label
            # ("bruising to her wrists ... no disclosure of assault, it was agreed")
            weak = [str(p) for p in spec.get("weak_phrases") or []]
            if weak:
                add_phrases(nlp, self.phrase_matcher, self.exact_matcher, f"{label}\t{WEAK}", weak)
            # a mark named ("black eye"): counts unless explained away ("said she fell")
            explainable = [str(p) for p in spec.get("explainable_phrases") or []]
            if explainable:
                add_phrases(nlp, self.phrase_matcher, self.exact_matcher, f"{label}\t{EXPLAINABLE}", explainable)
            # cues that explain a mark away ("said she fell", "would not say how") and that doubt that ("he did it")
            for flag, key in ((EXPLAINED, "explained_away"), (DOUBTED, "explanation_doubted"), (DENIES, "denied_by")):
                for pattern in spec.get(key) or []:
                    compiled = compile_pattern(str(pattern), words, lemmas)
                    cue_key = f"{label}\t{flag}\t{pattern}"
                    self.matchers.setdefault(label, Matcher(nlp.vocab)).add(cue_key, compiled)
                    self.gate.add(label, compiled, cue_key, nlp.vocab)
            any_subject = [(p, True) for p in spec.get("patterns_any_subject") or []]
            for pattern, free in [(p, False) for p in spec.get("patterns") or []] + any_subject:
                compiled = compile_pattern(str(pattern), words, lemmas)
                key = f"{label}\t{pattern}" + ("\tany_subject" if free else "")
                self.matchers.setdefault(label, Matcher(nlp.vocab)).add(key, compiled)
                self.gate.add(label, compiled, key, nlp.vocab)

    def hits(
        self,
        doc: Doc,
        start_char: int = 0,
        end_char: int | None = None,
        sents: SentenceIndex | None = None,
        words: dict[str, set[int]] | None = None,
        denied: set[str] | None = None,
        first_person_offender: bool = False,
    ) -> list[Hit]:
        """`words`: the text's words and their sentences (`doc_words`), when the caller has them;
        `denied`: where given, the labels of hits the text negates are added to it;
        `first_person_offender`: the writer may be the offender (desktop research), so a
        first-person subject (the file's `first_person`) does not make an act the victim's."""
        end_char = len(doc_text(doc)) if end_char is None else end_char
        sents = sents or SentenceIndex(doc)
        found: dict[tuple[str, int], Hit] = {}
        marks: dict[str, set[tuple[str, int]]] = {WEAK: set(), EXPLAINABLE: set()}  # (label, start) of hits so flagged
        # (label, sentence) of cues
        cues: dict[str, set[tuple[str, int]]] = {EXPLAINED: set(), DOUBTED: set(), DENIES: set()}
        negated_labels: set[str] = set()
        for match_id, start, end in self._matches(doc, sents, words):
            span = doc[start:end]
            if span.start_char < start_char or span.end_char > end_char or not sents.same(start, end):
                continue
            label, *flags, rule_text = self.vocab.strings[match_id].split("\t")
            if rule_text == "any_subject":  # a pattern's key: label, pattern, flag
                flags, rule_text = [rule_text], flags[0]
            if flags and flags[0] in cues:  # a cue, no hit of its own
                cues[flags[0]].add((label, sents.of(start)))
                continue
            opts = self.options[label]
            dropped = self._dropped(opts, span, flags, first_person_offender)
            if dropped == _NEGATED:
                negated_labels.add(label)
            if dropped is not None:
                continue
            labelled = self._labelled(opts, span, label, rule_text)
            if labelled is None:
                continue
            label, rule = labelled
            key = (label, start)
            if key not in found:  # the longest match at a position wins
                found[key] = Hit(label, rule, start, end, sents.of(start))
                for flag in marks.keys() & set(flags):
                    marks[flag].add(key)
        # a cue that the act did not happen ("he refused a condom; she refused him"): its label's hits in the cue's
        # sentence or the one before do not count, and the label is denied (the model adds no such tag)
        negated_labels |= {label for label, _ in cues[DENIES]}
        if denied is not None:
            denied |= negated_labels
        for key in _marks_dropped(found, marks, cues, negated_labels) | _denied_dropped(found, cues[DENIES]):
            del found[key]
        hits = [h for h in found.values() if not self._yields(h, found.values())]
        return sorted(hits, key=lambda h: (h.start, h.label))

    def _labelled(self, opts: LabelOptions, span: Span, label: str, rule_text: str) -> tuple[str, str] | None:
        """(label, rule) of a hit: a threatened act is a threat ("said he would hit her");
        None: a harm she fears, whichever label it came as ("if I kick off he'll batter me")."""
        rule = f"{label}:{rule_text}"
        if opts.irrealis_to and irrealis(span):
            rule, label = f"{opts.irrealis_to}:({rule})", opts.irrealis_to
        if self.options[label].not_feared and feared(span):
            return None
        return label, rule

    def _matches(self, doc: Doc, sents: SentenceIndex, words: dict[str, set[int]] | None) -> list[tuple[int, int, int]]:
        """Every match of every matcher, longest first at each position; a label's token
        patterns run only over the sentences holding its words."""
        matches = list(self.phrase_matcher(doc)) + list(self.exact_matcher(doc))
        index = words if words is not None else doc_words(doc, sents)
        starts = [*sents.starts, len(doc)]
        present = set(index)
        for label, matcher in self.matchers.items():
            for i, span in self.gate.spans_to_match(
                label, index, present, starts, lambda i: doc[starts[i] : starts[i + 1]]
            ):
                a = starts[i]
                matches.extend((m, s + a, e + a) for m, s, e in matcher(span))
        return sorted(matches, key=lambda m: (m[1], -(m[2] - m[1])))

    def _dropped(
        self, opts: LabelOptions, span: Span, flags: list[str], first_person_offender: bool = False
    ) -> str | None:
        """Why a hit is dropped, in the order its label's options are tried: _NEGATED (the text
        negates it), _EXCLUDED (another option of its label); None: it stands."""
        doc, start = span.doc, span.start
        if opts.not_after and start > 0 and doc[start - 1].lower_ in opts.not_after:
            return _EXCLUDED
        if opts.not_before and span.end < len(doc) and doc[span.end].lower_ in opts.not_before:
            return _EXCLUDED
        if opts.not_within and any(t.lower_ in opts.not_within for t in span):
            return _EXCLUDED
        if opts.negatable and negated(span, self.claim_nouns):
            return _NEGATED
        if opts.not_by and "any_subject" not in flags:
            subject = _subject(span)
            if subject in opts.not_by and not (first_person_offender and subject in self.first_person):
                return _EXCLUDED
        if opts.object_not and _object_excluded(span, opts.object_not):
            return _EXCLUDED
        if opts.verb_not and _verb_of(span).lemma_.lower() in opts.verb_not:
            return _EXCLUDED
        if opts.not_phrasal and _phrasal(span, opts.not_phrasal):
            return _EXCLUDED
        if opts.not_irrealis and irrealis(span):
            return _EXCLUDED
        if opts.not_conditional and conditional(span):
            return _EXCLUDED
        return None

    def _yields(self, hit: Hit, others) -> bool:
        """A hit inside a hit of a label it yields to ("THREATENED to send her photos to her
        family": blackmail, not threats) is that label's."""
        targets = self.options[hit.label].yields_to
        return bool(targets) and any(
            o.label in targets and o.start <= hit.start and hit.end <= o.end and o is not hit for o in others
        )


def _denied_dropped(found: dict[tuple[str, int], Hit], cues: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """The hits of a label in the sentence of a cue that the act did not happen, or the one before it."""
    return {k for k, h in found.items() if (h.label, h.sentence) in cues or (h.label, h.sentence + 1) in cues}


def _marks_dropped(
    found: dict[tuple[str, int], Hit],
    marks: dict[str, set[tuple[str, int]]],
    cues: dict[str, set[tuple[str, int]]],
    negated_labels: set[str],
) -> set[tuple[str, int]]:
    """The marks seen that do not count: a weak phrase whose label the text denies ("bruising ... no
    disclosure of assault"), a weak or explainable phrase explained away in its sentence or the next
    ("black eye, said she fell"), unless the text doubts the explanation ("he did it")."""
    doubted = {label for label, _ in cues[DOUBTED]}
    explained = {(label, sentence) for label, sentence in cues[EXPLAINED] if label not in doubted}
    out = {key for key in marks[WEAK] if key[0] in negated_labels}
    for key in marks[WEAK] | marks[EXPLAINABLE]:
        label, sentence = key[0], found[key].sentence
        if (label, sentence) in explained or (label, sentence + 1) in explained:
            out.add(key)
    return out


def _expand(items: list[str], words: dict[str, list[str]], lemmas: dict[str, list[str]]) -> list[str]:
    """Option word lists: plain words, or @name for a list of the file."""
    out: list[str] = []
    for item in map(str, [items] if isinstance(items, str) else items):
        if item.startswith("@"):
            out.extend(w.lower() for w in words.get(item[1:]) or lemmas.get(item[1:]) or [])
        else:
            out.append(item.lower())
    return out


def _verb_of(span: Span) -> Token:
    """The verb a hit hangs on: the hit's root, or the verb governing a noun hit."""
    token = span.root
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            return token
        token = token.head
    return token


def _subject(span: Span) -> str | None:
    """Who did it: the active subject of the hit's verb (a passive subject had it done to her)."""
    verb = _verb_of(span)
    for _ in range(3):
        for child in verb.children:
            if child.dep_ == "nsubj":
                return child.lower_
            if child.dep_ == "nsubjpass":
                return None
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head is verb:
            return None
        if verb.dep_ == "advcl" and _elided_subject(verb):
            return None
        verb = verb.head
    return None


def _elided_subject(verb: Token) -> bool:
    """A past verb in active use (a participle with an object: "never sent a penny") with no
    subject and no linking word, before the clause it hangs on,
    is a sentence of its own with its subject left out ("Paid her in fake notes, she never
    looked": the writer's own act, not hers), a parser's slip for two clauses."""
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children))
    return past and verb.i < verb.head.i and not any(c.dep_ == "mark" for c in verb.children)


def _phrasal(span: Span, idioms: frozenset[tuple[str, ...]]) -> bool:
    """A verb of the hit with a particle outside it that makes an idiom ("if I KICK OFF",
    "she KICKED me OUT", "he HIT ON her"): not the act."""
    for token in span:
        lemma = token.lemma_.lower()
        if any(c.dep_ == "prt" and c.i >= span.end and (lemma, c.lower_) in idioms for c in token.children):
            return True
        nxt = token.i + 1  # the parser may miss the particle: the next word, governing nothing
        following = token.doc[nxt] if span.end <= nxt < len(token.doc) else None
        if following is not None and not any(following.children) and (lemma, following.lower_) in idioms:
            return True
    return False


def _object_excluded(span: Span, things: frozenset[str]) -> bool:
    """The act's direct object is one of `things`; "*": any object outside the hit ("never
    showed A WEAPON" is no no-show)."""
    obj = _object(span)
    if obj is None:
        return False
    if "*" in things:
        verb = _verb_of(span)
        tok = next(c for c in verb.children if c.dep_ in ("dobj", "obj"))
        if not span.start <= tok.i < span.end:
            return True
    return obj in things and not _person_joined(span)


_PERSONS = frozenset({"her", "me", "him", "them", "us"})


def _person_joined(span: Span) -> bool:
    """A person joined to the thing the act was on ("punched the door AND HER", "kicked the car and then me"): the
    act was on her as well."""
    verb = _verb_of(span)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and any(
        c.dep_ == "conj" and (c.lower_ in _PERSONS or c.pos_ == "PROPN") for c in obj.subtree if c is not obj
    )


def _object(span: Span) -> str | None:
    """The direct object of the hit's verb ("punched THE WALL"), lower case."""
    verb = _verb_of(span)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return obj.lower_ if obj is not None else None


MODALS = _grammar("irrealis", "modals")
_CONDITIONS = _grammar("irrealis", "conditions")
_IRREALIS_HEADS = _grammar("irrealis", "heads")


def irrealis(span: Span) -> bool:
    """Said or threatened rather than done: a modal verb, or "threatened/going to ..."."""
    verb = _verb_of(span)
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "would not stop" is a refusal, not a threat
    for _ in range(3):
        for child in verb.children:
            if child.dep_ == "aux" and (child.lower_ in MODALS and child.lemma_ != "have"):
                return True
        if verb.dep_ == "xcomp" and verb.head.lemma_ in _IRREALIS_HEADS:
            return True
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False  # "he wouldn't pay and he kept texting": a clause of its own
        verb = verb.head
        if any(c.dep_ == "neg" for c in verb.children):
            return False
    return False


def conditional(span: Span) -> bool:
    """The hit's verb heads a condition ("IF they didn't pay", "UNLESS she pays"): said, not done."""
    verb = _verb_of(span)
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children) or (
        span.start > 0 and span.doc[span.start - 1].lower_ in _CONDITIONS
    )


_SPEECH = _grammar("irrealis", "speech")
_FEAR = _grammar("irrealis", "fear")
# the adjectives of the fear verbs, which the lemmatiser keeps whole ("she is scared he will ...", "I'm worried he'll")
_FEAR_ADJECTIVES = frozenset(
    {f"{w}d" if w.endswith("e") else f"{w[:-1]}ied" if w.endswith("y") else f"{w}ed" for w in _FEAR}
)
_FEAR_SUBJECTS = _grammar("irrealis", "fear_subjects")
_CONDITION_SUBJECTS = _grammar("irrealis", "condition_subjects")


def feared(span: Span) -> bool:
    """A harm she fears, not words he spoke: the hit's verb under her condition ("if I kick
    off he'll batter me") or her opinion ("I think he'd kill me", "scared he will hurt
    me"), with no verb of speech above it ("he said if I told anyone he would ...")."""
    verb = _verb_of(span)
    chain = [verb]
    while len(chain) < 5 and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)

    def subject_in(t: Token, words: frozenset[str]) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words for c in t.children)

    # his words ("he said if I told anyone ..."); hers retold ("She says: 'if I kick off ...'") are no threat
    if any(t.lemma_.lower() in _SPEECH and not subject_in(t, _FEAR_SUBJECTS) for t in chain):
        return False
    # "if I kick off he'll batter me"
    conditions = [c for c in verb.children if c.dep_ == "advcl" and subject_in(c, _CONDITION_SUBJECTS)]
    if any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for c in conditions for m in c.children):
        return True
    # "she is afraid he will ...": the subject of a fear word that is an adjective sits on the verb "be" above it
    return any(
        (t.lemma_.lower() in _FEAR or t.lower_ in _FEAR_ADJECTIVES)
        and (subject_in(t, _FEAR_SUBJECTS) or (t.dep_ == "acomp" and subject_in(t.head, _FEAR_SUBJECTS)))
        for t in chain[1:]
    )


# -- negation -----------------------------------------------------------------------------
def _negates(token: Token, inside: range) -> bool:
    """Does a child of `token` (outside the hit) negate it?"""
    for child in token.children:
        if child.i in inside:
            continue
        low = child.lower_
        if child.dep_ == "det" and _punct_between(child, token):
            continue  # "No English - bookings through manager": "no" governs the word before the dash
        if child.dep_ == "neg" or (child.dep_ in ("det", "advmod", "neg") and low in NEGATION_WORDS):
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "expl") and (
            low in NEGATIVE_SUBJECTS or any(g.lower_ in NEGATIVE_DETS for g in child.children if g.i < child.i)
        ):
            return True
        if low == "no" and child.dep_ in ("meta", "nsubj", "nsubjpass"):  # "no-one took ..."
            return True
    return False


def _punct_between(a: Token, b: Token) -> bool:
    """Is there punctuation between two tokens (a determiner cut off from its noun by a parser slip)?"""
    lo, hi = sorted((a.i, b.i))
    return any(t.is_punct for t in a.doc[lo + 1 : hi])


def _denied_claim(clause: Token, inside: range, nouns: frozenset[str]) -> bool:
    """The clause hangs on a denied claim noun ("no evidence [he drugged me]"), directly or
    through the verb that has it as object ("I have no evidence [he ...]")."""
    head = clause.head
    candidates = [head] + [c for c in head.children if c.dep_ in ("dobj", "attr", "obj")]
    return any(n.lemma_.lower() in nouns and _negates(n, inside) for n in candidates)


def is_negation(token: Token) -> bool:
    """A word of negation: "not", "never", "no", "nobody", text-speak "dnt"."""
    low = token.lower_
    return token.dep_ == "neg" or low in NEGATION_WORDS or low in TEXTSPEAK_NEGATIONS


def negated(span: Span, claim_nouns: frozenset[str] = frozenset()) -> bool:
    """Is the hit negated in its clause? Dependency first, a short window as fallback.
    `claim_nouns`: a denied claim ("no EVIDENCE he drugged her") negates the clause it governs."""
    return _negated_above(span, claim_nouns) or _negated_before(span)


def _negated_above(span: Span, claim_nouns: frozenset[str]) -> bool:
    """A negation on the way from the hit up to the verb that governs it."""
    inside = range(span.start, span.end)
    token = span.root
    for _ in range(4):  # climb from the hit to the verb that governs it
        if _negates(token, inside):
            return True
        if claim_nouns and token.dep_ in _CLAUSES and _denied_claim(token, inside, claim_nouns):
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "without" and token.head.i not in inside:
            return True
        if token.dep_ == "conj":
            cc = [c.lower_ for c in token.head.children if c.dep_ == "cc"]
            if not any(c in ("or", "nor") for c in cc):
                break  # "did not pay and hit her": the hit is not negated
        elif token.dep_ == "ccomp" and token.head.lemma_.lower() in _OPINION_VERBS:
            if any(c.lower_ in _WH_WORDS for c in token.children):
                break
        elif token.dep_ not in _CLIMB:
            break
        if token.head is token:
            break
        token = token.head
    return False


def _negated_before(span: Span) -> bool:
    """A negation word within a few words before the hit, in its clause (the fallback)."""
    doc = span.doc
    if span[0].lower_ in CLAUSE_BREAKS:
        return False  # the hit opens a clause of its own: "she cannot leave | UNTIL her debt is paid"
    sent_start = span.sent.start
    for i in range(span.start - 1, max(sent_start, span.start - FALLBACK_WINDOW) - 1, -1):
        t = doc[i]
        if t.lower_ in CLAUSE_BREAKS:
            break
        if t.lower_ == "no" and t.i > 0 and doc[t.i - 1].lemma_.lower() in _SPEECH:
            break  # her "no" said, a clause of its own before the hit: "when she said no he 'had her by the throat'"
        if t.dep_ == "neg" or t.lower_ in ("never", "without", "not", "n't", "nt") or t.lower_ in TEXTSPEAK_NEGATIONS:
            return True
        if t.lower_ == "no" and span.start <= t.head.i < span.end:
            return True
    return False
