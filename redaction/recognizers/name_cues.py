"""Names introduced by a cue, found even where the statistical NER misses them.

"calls himself Big Mick", "said his name was Ryan", "my mate kaylee", "her flatmate Ellie",
"a girl she knows as Bex", "a man called Florin", "known as 'Spider'". The cues and the side
each one gives live in `roles.yaml` (`name_cues`); the name is read off the tokens of the
one spaCy parse. Each result carries the side in its recognition metadata:
`name_role` (offender / victim / unknown) and `name_rule` (the cue's id).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from common.docs import doc_text
from common.regex_screen import may_match
from redaction.lexicon import Lexicon, capture_names
from redaction.recognizers.base import DocPersonRecognizer, make_result
from redaction.roles import OFFENDER, UNKNOWN, VICTIM, NameCue, RoleRules, load_role_rules

NAME = "NameCueRecognizer"
SCORE = 0.95
_BY_HIM = re.compile(r"\bhe\b", re.IGNORECASE)
# a possessive then a lower-case word inside the span: someone's relation ("Dennis's nephew")
_RELATION = re.compile(r"['\u2019]s\s+[a-z]")


class NameCueRecognizer(DocPersonRecognizer):
    NAME = NAME

    def __init__(self, rules: RoleRules | None = None, lexicon: Lexicon | None = None) -> None:
        self.rules = rules or load_role_rules()
        super().__init__(lexicon)

    def find(self, text: str, doc: Doc):
        found: dict[tuple[int, int], list[tuple[str, str, bool, bool]]] = {}  # span -> (role, rule, explicit, strong)
        for cue in self.rules.name_cues:
            if not may_match(cue.cue, text):
                continue  # none of the cue's words is in the text: it finds nothing
            for m in cue.cue.finditer(text):
                spans = capture_names(
                    doc,
                    m.end(),
                    self.lexicon,
                    capitalised_only=cue.capitalised_only,
                    coordinated=cue.role == VICTIM,
                    any_word=cue.any_word,
                )
                for start, end in spans:
                    if (text[start:end].split() or [""])[0].lower() in self.lexicon.quoted_role_openers:
                        continue  # 'the warden calls him "her pimp"': what he is to her, not a name
                    if _RELATION.search(text, start, end):
                        continue  # 'saying he was "Dennis's nephew"': whose relative he claimed to be, no name
                    if cue.role == "context" and re.match(r"['\u2019]s\b", text[end : end + 3]):
                        continue  # "called Tasha's phone": phoning, not naming
                    if cue.after is not None and not cue.after.match(text[end : end + 80]):
                        continue
                    role, strong = self._role(cue, doc, m.start(), m.end())
                    rule = cue.id
                    if cue.role == "context" and _BY_HIM.search(m.group()):
                        rule = f"{cue.id}_by_him"  # "a mate he called Kai": his mate, a soft victim side
                        if role == OFFENDER:
                            # "someone he called Stevie", "a man he called Gav": whoever he named is
                            # not him, whatever the person word; no one's side the words give
                            role, strong = UNKNOWN, False
                    found.setdefault((start, end), []).append((role, rule, cue.role != "context", strong))
        results = []
        for (start, end), votes in found.items():
            role, rule, explicit, strong = _combine(votes)
            results.append(
                make_result(
                    self,
                    "PERSON",
                    start,
                    end,
                    SCORE,
                    name_role=role,
                    name_rule=rule,
                    name_explicit=explicit,
                    name_strong=strong,
                )
            )
        return results

    def _role(self, cue: NameCue, doc: Doc, start: int, end: int) -> tuple[str, bool]:
        if cue.role != "context":
            return cue.role, True
        return context_role(self.rules, doc, start, end)


def context_role(rules: RoleRules, doc: Doc, start: int, end: int) -> tuple[str, bool]:
    """The side of the person a 'called / known as / goes by' cue at [start, end) names.

    "a man called X" / "a girl she knows as X": the noun the cue hangs on; "the man ... was
    known as X" / "... goes by X": the subject; "she knows him as X": the object. When
    the parse says the cue word is an ordinary verb ("he called Tasha twice"), the name is
    someone he phoned: unknown. Failing all that, the nearest person word before the cue."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return UNKNOWN, False
    inside = {t.i for t in span}
    verb = next((t for t in span if t.lower_ in rules.name_cue_verbs), None)
    candidates = _named_by(rules, span, verb, inside) if verb is not None else []
    if candidates is None:
        return UNKNOWN, False
    for tok in candidates:
        if tok.lower_ in rules.relative:
            continue
        who = rules.classify(tok.text)
        if who is not None:
            return who.role, who.strong
    if any(t.dep_ == "nsubjpass" for t in candidates):
        return UNKNOWN, False  # "one of them is called X": who "they" are, the words do not say
    sent = span.sent
    nearest = rules.nearest_person(doc_text(doc), sent.start_char, start, names=())
    if nearest is not None:
        return nearest[0].role, nearest[0].strong
    return UNKNOWN, False


def _named_by(rules: RoleRules, span: Span, verb: Token, inside: set[int]) -> list[Token] | None:
    """The words for the person a naming cue names, read off the parse; None when the cue word
    is no naming at all ("he knows Jade lives there", "he called Tasha twice")."""
    if verb.lower_ in ("knows", "know") and not any(t.lower_ == "as" for t in span):
        return None  # knowing someone, not naming them
    head = verb.head
    deps = {c.dep_ for c in verb.children}
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i in inside]
    passive_subjects = [c for c in subjects if c.dep_ == "nsubjpass" and c.i not in inside]
    if passive_subjects and "auxpass" in deps:
        # "one of them is called Anya": the subject and, for "one of", the group it is one of
        # (whatever the parse hung the verb on: a misparse made it "Caption"'s clause)
        return [
            *passive_subjects,
            *(
                g
                for s in passive_subjects
                for p in s.children
                if p.dep_ == "prep"
                for g in p.children
                if g.dep_ == "pobj"
            ),
        ]
    if verb.dep_ in ("acl", "relcl", "amod", "appos") and head.i not in inside:
        # "a man called", "a girl she knows as", "a man, who she calls": the noun just before;
        # a head further off is a misparse ("the caller, two women (X and one she calls Y)")
        if not span.start - 3 <= head.i < span.start:
            return []
        # "Receptionist, a lad called X": the noun the phrase stands beside says more
        beside = [head.head] if head.dep_ == "appos" and rules.classify(head.head.text) is not None else []
        return [*beside, head]
    if verb.lower_ in ("goes", "go", "went") or "auxpass" in deps or verb.lower_ == "known":
        subs = [c for c in subjects if c.i not in inside]
        if not subs and verb.dep_ == "conj":
            subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subs  # "the man ... was known as", "(he) goes by"
    if objects:
        return objects  # "she knows him as", "they call her"
    if subjects and verb.lower_ in ("called", "calls", "call", "calling", "named"):
        return None  # "he called Tasha": a verb of phoning, not of naming
    return []


def _combine(votes: list[tuple[str, str, bool, bool]]) -> tuple[str, str, bool, bool]:
    """Explicit cues beat context; among equals the victim side wins; unknown loses.
    Returns (role, rule, whether the winning cue was explicit, strong)."""
    ranked = sorted(
        votes,
        key=lambda v: (
            0 if v[2] else 1,
            {VICTIM: 0, OFFENDER: 1}.get(v[0], 2),
        ),
    )
    role, rule, explicit, strong = ranked[0]
    if role == UNKNOWN:
        return UNKNOWN, rule, explicit, False
    return role, rule, explicit, strong
