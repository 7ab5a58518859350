"""Role attribution for names and identifiers in free text, driven by `roles.yaml`.

The YAML file holds every context rule in one readable place; this module compiles it and
answers two questions:

- for a name cue ("calls himself", "my mate", "a girl called"), whose side is the person
  named after it on (`cue_role`);
- for an identifier (phone, email, handle, registration, URL) in a sentence, which side
  the surrounding words give it (`decide_identifier`).

Nothing here keeps an identifier by itself: `unknown` means redact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from common.config_yaml import read_yaml
from redaction.desktop_roles import DesktopRoles
from redaction.lexicon import Lexicon, Platforms, alternation, load_lexicon, load_platforms

ROLES_FILE = Path(__file__).with_name("roles.yaml")

OFFENDER = "offender"
VICTIM = "victim"
UNKNOWN = "unknown"

_FLAGS = re.IGNORECASE | re.DOTALL


@dataclass(frozen=True)
class Who:
    """The side a person word or a decided name stands for."""

    role: str  # offender | victim
    strong: bool  # False: a bare he/him/his


@dataclass(frozen=True)
class PersonMention:
    """A name already decided in this record, for rules that ask 'whose is it?'."""

    start: int
    end: int
    role: str  # offender | victim | unknown


@dataclass(frozen=True)
class Evidence:
    role: str  # offender | victim
    rule: str
    distance: int
    strong: bool
    priority: int
    word: str = ""  # the person word the side came from ("her" of "rang her from"), if any


@dataclass(frozen=True)
class NameCue:
    id: str
    role: str  # offender | victim | context
    cue: re.Pattern[str]
    after: re.Pattern[str] | None
    capitalised_only: bool
    # the cue names her in so many words ("working name LOTUS"): a word of the not-name
    # lists (a flower, a car make, a gem) is her name there
    any_word: bool = False


@dataclass(frozen=True)
class NameAfterRule:
    id: str
    role: str
    after: re.Pattern[str]
    outranks: frozenset[str] = frozenset()  # explicit cues before the name this rule still outranks


@dataclass(frozen=True)
class IdentifierRule:
    id: str
    role: str  # offender | victim | owner | subject | object
    applies: frozenset[str]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    priority: int
    advert: bool  # may decide in desktop research (advert text)


def _alternation(words: Iterable[str]) -> str:
    return alternation(_norm(w) for w in words)


class RoleRules:
    def __init__(
        self, data: dict, source: str = "roles.yaml", lexicon: Lexicon | None = None, platforms: Platforms | None = None
    ) -> None:
        """`lexicon`: its vehicle makes and models fill `{vehicle_make}` and `{vehicle_model}` (default: lexicon.yaml);
        `platforms`: its apposition words fill `{platform}` (default: platforms.yaml)."""
        self.source = source
        platforms = platforms or load_platforms()
        self.window_before = int(data["window_before"])
        self.window_after = int(data["window_after"])
        words = data["words"]
        self.victim_words = {_norm(w) for w in words["victim"]}
        self.third_party_words = {_norm(w) for w in words["third_party"]}
        self.offender_words = {_norm(w) for w in words["offender"]}
        self.weak_words = {_norm(w) for w in words["weak_words"]}
        self.first_person = frozenset(_norm(w) for w in words["first_person"])
        self.object_only = frozenset(_norm(w) for w in words["object_only"])
        self.name_cue_verbs = frozenset(_norm(w) for w in words["name_cue_verbs"])
        self.relative = frozenset(_norm(w) for w in words["relative"])
        all_who = self.victim_words | self.third_party_words | self.offender_words
        lex = lexicon or load_lexicon()
        subst = {
            "{offender}": _alternation(self.offender_words),
            "{victim}": _alternation(self.victim_words),
            "{third_party}": _alternation(self.third_party_words),
            "{id_noun}": _alternation(words["id_noun"]),
            "{who_words}": _alternation(all_who),
            "{vehicle_make}": _alternation(lex.vehicle_makes),
            # a model no everyday word ("Insignia", not "Polo"): "Blue Insignia SF67 LKA" (stop 55)
            "{vehicle_model}": _alternation(lex.vehicle_models - lex.colour_models),
            "{platform}": _alternation(platforms.using("apposition")),
        }
        self.who_rx = re.compile(rf"(?<![\w\-])(?:{subst['{who_words}']})(?![\w\-])", _FLAGS)
        self.male_third_party = re.compile(words["male_third_party"], _FLAGS)

        def compile_(pattern: str | None, prefix: str = "", suffix: str = "") -> re.Pattern[str] | None:
            """An optional pattern: None where the rule has none."""
            return compile_needed(pattern, prefix, suffix) if pattern else None

        def compile_needed(pattern: str, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
            if not pattern:
                raise ValueError(f"{source}: an empty pattern where one is needed")
            for key, value in subst.items():
                pattern = pattern.replace(key, value)
            try:
                return re.compile(prefix + pattern + suffix, _FLAGS)
            except re.error as exc:
                raise ValueError(f"{source}: bad pattern ({exc})") from None

        self.name_cues: list[NameCue] = []
        for raw in data.get("name_cues", []):
            _check_role(source, raw, ("offender", "victim", "context"))
            self.name_cues.append(
                NameCue(
                    id=raw["id"],
                    role=raw["role"],
                    # a cue ends at a word boundary: "calls" never matches the start of "called"
                    cue=compile_needed(raw["cue"], "(?:", ")(?![\\w'\u2019])"),
                    after=compile_(raw.get("after")),
                    capitalised_only=bool(raw.get("capitalised_only", False)),
                    any_word=bool(raw.get("any_word", False)),
                )
            )
        self.name_after_rules = [
            NameAfterRule(raw["id"], raw["role"], compile_needed(raw["after"]), frozenset(raw.get("outranks") or ()))
            for raw in data.get("name_after_rules", [])
            if _check_role(source, raw, ("offender", "victim"))
        ]
        self.identifier_rules: list[IdentifierRule] = []
        for raw in data.get("identifier_rules", []):
            _check_role(source, raw, ("offender", "victim", "owner", "subject", "object"))
            # `before` is matched at successive word starts of the window, anchored at its end.
            self.identifier_rules.append(
                IdentifierRule(
                    id=raw["id"],
                    role=raw["role"],
                    applies=frozenset(raw["applies"]),
                    before=compile_(raw.get("before")),
                    after=compile_(raw.get("after")),
                    priority=int(raw.get("priority", 1)),
                    advert=bool(raw.get("advert", raw["role"] in ("owner", "subject", "object"))),
                )
            )
        self.apposition_gap = compile_needed(data["apposition_gap"])
        self.email_recipient_line = compile_needed(data["email_recipient_line"])
        self.email_sender_line = compile_needed(data["email_sender_line"])
        self.forwarded_chain = compile_needed(data["forwarded_chain"])
        self.soft_victim_rules = frozenset(data.get("soft_victim_rules", []))
        self.page_phone_rules = frozenset(data.get("page_phone_rules", []))
        self.desktop = DesktopRoles.from_yaml(data["desktop"], platforms)
        self.cleared_report = compile_needed(data["cleared_report"])
        self.cleared_man = compile_needed(data["cleared_man"])
        self.cleared_previous = compile_needed(data["cleared_previous"])
        self.owner_after_name = compile_needed(data["owner_after_name"])
        self.owner_after_name_other = compile_needed(data["owner_after_name_other"])
        self.owner_in_brackets = compile_needed(data["owner_in_brackets"])
        self.home_before = compile_needed(data["home_before"])
        self.home_relation_before = compile_needed(data["home_relation_before"])
        self.own_home_before = compile_needed(data["own_home_before"])
        self.says_she_lives_before = compile_needed(data["says_she_lives_before"])
        self.home_after = compile_needed(data["home_after"])
        self.relative_abroad_before = compile_needed(data["relative_abroad_before"])
        self.home_demographic_before = compile_needed(data["home_demographic_before"])
        self.home_demographic_after = compile_needed(data["home_demographic_after"])
        self.home_cue_ends = compile_needed(data["home_cue_ends"])
        self.his_home_before = compile_needed(data["his_home_before"])
        self.named_lives_before = compile_needed(data["named_lives_before"])
        self.workplace_before = compile_needed(data["workplace_before"])
        self.kids_school = compile_needed(data["kids_school"])
        self.day_job_before = compile_needed(data["day_job_before"])
        self.day_job_work = compile_needed(data["day_job_work"])
        self.his_address_before = compile_needed(data["his_address_before"])
        self.his_address_after = compile_needed(data["his_address_after"])
        self.place_before = compile_needed(data["place_before"])
        self.place_before_weak = compile_needed(data["place_before_weak"])
        self.place_after = compile_needed(data["place_after"])
        self.name_in_place_before = compile_needed(data["name_in_place_before"])
        self.town_in_place_before = compile_needed(data["town_in_place_before"])
        self.name_contact_before = compile_needed(data["name_contact_before"])
        self.town_word_after = compile_needed(data["town_word_after"])
        self.heading_area = compile_needed(data["heading_area"])
        self.heading_area_end = compile_needed(data["heading_area_end"])
        self.motion = frozenset(_norm(w) for w in data.get("motion", []))

    # -- who is who -------------------------------------------------------------------
    def classify(self, word: str) -> Who | None:
        """The side of a person word or phrase: "punter" (offender), "my sister" (victim),
        "her client" (offender: the noun decides), "his mate" (victim: a third party)."""
        w = _norm(word)
        if w not in self.victim_words and w not in self.offender_words:
            w = re.sub(r"(?:'s|s')$", "", w)
        if w in self.victim_words or w in self.third_party_words:
            return Who(VICTIM, True)
        if w in self.offender_words:
            return Who(OFFENDER, w not in self.weak_words)
        words = w.split()
        if len(words) > 1:
            last = self.classify(words[-1])
            if last is not None and (last.role == VICTIM or last.strong):
                return last
            if words[0] in ("my", "her", "our", "your", "their"):
                return Who(VICTIM, True)  # someone of hers: a third party
        return None

    def _name_role(self, start: int, end: int, names: Sequence[PersonMention]) -> str | None:
        for n in names:
            if n.start < end and start < n.end:
                return n.role
        return None

    def who_at(self, text: str, start: int, end: int, names: Sequence[PersonMention]) -> Who | None:
        """The side of the person word or decided name at text[start:end]."""
        role = self._name_role(start, end, names)
        if role is not None:
            return None if role == UNKNOWN else Who(role, True)
        return self.classify(text[start:end])

    def nearest_person(
        self,
        text: str,
        lo: int,
        hi: int,
        names: Sequence[PersonMention],
        subject_only: bool = False,
    ) -> tuple[Who, int] | None:
        """The last person word or decided name in text[lo:hi], with its start."""
        best: tuple[int, Who | None] | None = None
        for m in self.who_rx.finditer(text, lo, hi):
            word = _norm(m.group())
            if subject_only and (word in self.object_only):
                continue
            if self._name_role(m.start(), m.end(), names) is not None:
                continue
            who = self.classify(word)
            if who and (best is None or m.start() > best[0]):
                best = (m.start(), who)
        for n in names:
            if lo <= n.start and n.end <= hi and (best is None or n.start > best[0]):
                best = (n.start, None if n.role == UNKNOWN else Who(n.role, True))
        if best is None or best[1] is None:
            return None
        return best[1], best[0]

    # -- identifiers --------------------------------------------------------------------
    def decide_identifier(
        self,
        entity: str,
        text: str,
        start: int,
        end: int,
        sent_start: int,
        sent_end: int,
        names: Sequence[PersonMention],
        advert: bool = False,
        tokens: dict[int, Any] | None = None,
        context_start: int | None = None,
        offender_ids: Sequence[tuple[int, int]] = (),
    ) -> Evidence | None:
        """The side the context gives the identifier at text[start:end], or None (redact).

        `names`: decided names of the record (absolute offsets). `tokens`: the spaCy tokens
        by character offset, to tell "texts from" (a noun: the sender is the identifier)
        from "he texts from" (a verb: the sender is its subject), and to find the subject.
        `context_start`: where the previous sentence starts. `offender_ids`: the identifiers
        already kept as the offender's."""
        lo = max(sent_start, start - self.window_before)
        after = text[end : min(sent_end, end + self.window_after)]
        # he/his is ambiguous next to a male third party ("my driver Kev ... his number"), in
        # this sentence or the one before; an offender named in this sentence ("a guy who
        # calls himself Gorran ..., he uses") is what a he/his there refers to.
        lo_context = sent_start if context_start is None else min(context_start, sent_start)
        offender_here = self._offender_named(text, sent_start, start, names)
        male_here = bool(self.male_third_party.search(text, sent_start, sent_end))
        male_before = bool(self.male_third_party.search(text, lo_context, sent_start))
        weak_ok = not male_here and (offender_here or not male_before)
        if advert:  # advert text is the advertiser's: he/his only counts next to a named offender
            # ... or one whose identifier it kept before ("the lad in the grey Octavia lm71rtx??
            # ... His insta is @x"; stop 58)
            his_id = any(a < start for a, _ in offender_ids)
            weak_ok = weak_ok and (offender_here or his_id or self._offender_named(text, lo_context, sent_start, names))
        found: list[Evidence] = []
        for rule in self.identifier_rules:
            if entity not in rule.applies or (advert and not rule.advert):
                continue
            ev = None
            if rule.before is not None:
                ev = self._match_before(rule, text, lo, start, sent_start, names, tokens)
            if ev is None and rule.after is not None and (m := rule.after.match(after)):
                ev = self._resolve(rule, text, m, end, names, distance=_lead(m.group()))
            if ev is None:
                continue
            if not ev.strong and not weak_ok:
                continue
            found.append(ev)
        if not found:
            return None
        top = min(e.priority for e in found)
        tier = [e for e in found if e.priority == top]
        # nearest wins; on a tie the victim side wins
        return min(tier, key=lambda e: (e.distance, 0 if e.role == VICTIM else 1))

    def _offender_named(self, text: str, lo: int, hi: int, names: Sequence[PersonMention]) -> bool:
        """An offender named in text[lo:hi] ("a guy who calls himself Gorran"): a he/his
        there refers to him, even in advert text."""
        if any(n.role == OFFENDER and lo <= n.start < hi for n in names):
            return True
        for m in self.who_rx.finditer(text, lo, hi):
            who = self.classify(m.group())
            if who is not None and who.role == OFFENDER and who.strong:
                return True
        return False

    def _match_before(self, rule, text, lo, start, sent_start, names, tokens) -> Evidence | None:
        before = text[lo:start]
        if rule.before.search(before) is None:
            return None  # one scan in C: most rules match nowhere
        # try word starts from the nearest outwards: the first that matches to the end wins
        for pos in _word_starts_reversed(before):
            m = rule.before.match(before, pos)
            if m is None or m.end() != len(before):
                continue
            ev = self._resolve(
                rule, text, m, lo, names, distance=len(before) - pos, sent_start=sent_start, tokens=tokens
            )
            if ev is not None:
                return ev
        return None

    def _resolve(self, rule, text, m, offset, names, distance, sent_start=None, tokens=None) -> Evidence | None:
        role = rule.role
        groups = m.re.groupindex
        if role in (OFFENDER, VICTIM):
            return Evidence(role, rule.id, distance, True, rule.priority)
        if role == "owner":
            return self._owner(rule, text, m, offset, names, distance, tokens)
        if role == "object" and "obj" in groups and m.group("obj"):
            who = self.who_at(text, offset + m.start("obj"), offset + m.end("obj"), names)
            if who is not None:
                return Evidence(who.role, rule.id, distance, who.strong, rule.priority)
        # subject (and object without an object): who is doing the verb?
        if "verb" not in groups or m.group("verb") is None:
            return None
        verb_at = offset + m.start("verb")
        verb = tokens.get(verb_at) if tokens else None
        if verb is not None and verb.pos_ in ("NOUN", "PROPN") and "prep" in groups:
            # "bookings from X", "texts from X": X is the sender, not the one who receives; not
            # an imperative the parse took for a noun ("Contact the letting agent on ...")
            return Evidence(OFFENDER, rule.id, distance, True, rule.priority)
        who = self.subject_of(verb, text, names) if verb is not None else None
        if who is None:
            lo = sent_start if sent_start is not None else max(0, verb_at - self.window_before)
            nearest = self.nearest_person(text, lo, verb_at, names, subject_only=True)
            who = nearest[0] if nearest else None
        if who is None and "prep" in groups and _TO_ME.match(text, offset + m.end("verb")):
            # "rang me off 07700 ...", no subject written: whoever rang her from it is not her
            return Evidence(OFFENDER, rule.id, distance, False, rule.priority)
        if who is None:
            return None
        return Evidence(who.role, rule.id, distance, who.strong, rule.priority)

    def _owner(self, rule, text, m, offset, names, distance, tokens) -> Evidence | None:
        """An owner rule ("his number", "Leanne's mobile"): the side of whoever the possessive names."""
        if "who" not in m.re.groupindex or m.group("who") is None:
            return None
        who_at = offset + m.start("who")
        if _object_pronoun(tokens, who_at):
            return None  # "messaged her on WhatsApp from": her is who was messaged, not an owner
        who = self.who_at(text, who_at, offset + m.end("who"), names)
        if who is None:
            return None
        return Evidence(who.role, rule.id, distance, who.strong, rule.priority, _norm(m.group("who")))

    def subject_of(self, verb: Any, text: str, names: Sequence[PersonMention]) -> Who | None:
        """The side of the parsed subject of `verb` ("He ... and then rang": He), or None."""
        tok = verb
        for _ in range(3):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                subj = subjects[0]
                if subj.lower_ in _POSSESSED:
                    return None  # "..., mine is rosie.x": what is owned, never the one who texted
                if subj.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                    subj = tok.head
                # the head noun and what stands before it ("the man"), not a relative
                # clause after it ("the man who attacked me": the man, not me)
                start = min(t.idx for t in subj.subtree if t.i <= subj.i)
                end = subj.idx + len(subj.text)
                for n in names:
                    if n.start < subj.idx + len(subj.text) and subj.idx < n.end:
                        return None if n.role == UNKNOWN else Who(n.role, True)
                phrase = text[start:end] if end - start <= 40 else subj.text
                return self.classify(phrase) or self.classify(subj.text)
            if tok.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or tok.head is tok:
                return None
            tok = tok.head
        return None

    def apposition(self, gap: str) -> bool:
        """True when `gap` (between a decided name/identifier and this one) only links them."""
        return bool(self.apposition_gap.match(gap))

    # -- names ----------------------------------------------------------------------------
    def name_after(self, after: str) -> NameAfterRule | None:
        for rule in self.name_after_rules:
            if rule.after.match(after):
                return rule
        return None

    # -- places -----------------------------------------------------------------------------
    def home_context(self, before: str, after: str = "", advert: bool = False) -> bool:
        """Someone's home: a cue before the place ("lives in", "staying with her sister in")
        or after it ("people in Woking, where I live"); a cue before an advert's outcall area
        is not about it ("Incall my own place, outcall Whitley Bay")."""
        before = before[-60:]
        if ends := list(self.home_cue_ends.finditer(before)):
            before = before[ends[-1].end() :]
        return bool(
            self.home_before.search(before)
            or self.home_relation_before.search(before)
            or (after and self.home_after.match(after))
            or (self.home_demographic_before.search(before) and self.home_demographic_after.match(after))
            or (not advert and self.own_home_before.search(before))
        )

    def says_she_lives(self, before: str) -> bool:
        """She says she lives there, right before the place ("I live in Carlisle"): hers even where
        the record's own location field names that place as the incident's."""
        return bool(self.says_she_lives_before.search(before[-40:]))

    def day_job(self, before: str, sentence: str) -> bool:
        """The place is where she works by day ("works at a café on Walton Street by day")."""
        return bool(self.day_job_before.search(before[-60:]) and self.day_job_work.search(sentence))

    def workplace(self, before: str, after: str) -> bool:
        """The place is where she sells sex or the hotel she stays at ("works from a flat in
        Newport"), not her home; unless the words after make it one ("..., where she lives")."""
        return bool(self.workplace_before.search(before[-80:]) and not self.home_after.match(after))

    def his_home(self, before: str) -> bool:
        """The town is where he lives or comes from ("says he lives in Ilkley", "he's from
        Beverley"): his, an offender's detail, not a home to redact."""
        return bool(self.his_home_before.search(before[-60:]))

    def his_address(self, before: str, after: str) -> bool:
        """The address is where it happened, given as his ("at his flat, 12 Mill Lane")."""
        return bool(self.his_address_before.search(before[-60:]) or self.his_address_after.match(after))

    def place_context(self, before: str, after: str, head_lemma: str | None = None) -> bool:
        """Evidence that a spaCy place is a place; `head_lemma`: the word the preposition
        before it hangs on."""
        if self.place_before.search(before[-30:]) or self.place_after.match(after):
            return True
        return bool(self.place_before_weak.search(before[-30:])) and (head_lemma or "") in self.motion


_TO_ME = re.compile(r"\s+(?:me|us)\b", re.I)
# a possessive pronoun standing for a thing ("mine is rosie.x"): the subject of no one's act
_POSSESSED = frozenset({"mine", "yours", "hers", "ours", "theirs"})


def _object_pronoun(tokens: dict[int, Any] | None, at: int) -> bool:
    """The parse reads the "her" at `at` as an object ("rang her"), not a possessive ("her phone")."""
    tok = tokens.get(at) if tokens else None
    return tok is not None and tok.lower_ == "her" and tok.tag_ == "PRP" and tok.dep_ != "poss"


def _norm(word: str) -> str:
    if not isinstance(word, str):
        # YAML reads a bare on/off/yes/no as a boolean: quote such words
        raise ValueError(f"roles: {word!r} is not a word (quote it in the YAML file)")
    return re.sub(r"\s+", " ", word.strip().lower().replace("\u2019", "'"))


def _lead(s: str) -> int:
    m = re.search(r"\w", s)
    return m.start() if m else len(s)


def _word_starts_reversed(s: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<![\w'])[\w'(@]", s)][::-1]


def _check_role(source: str, raw: dict, allowed: tuple[str, ...]) -> bool:
    if raw.get("role") not in allowed:
        raise ValueError(f"{source}: rule {raw.get('id')}: role must be one of {', '.join(allowed)}")
    return True


@cache
def load_role_rules(path: Path = ROLES_FILE) -> RoleRules:
    return RoleRules(read_yaml(path), path.name)
