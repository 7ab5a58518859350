"""The role model's step of a record's redaction: after the rules, before replacement.

`model_items` lists every candidate the rules did not settle by a hard constraint, with
what the rules decided and the window the model reads. `decide_with_model` re-decides
them with the model and puts the record's kept / redacted lists right:

- hard constraints first, untouched: a structured victim value (the deny list) is always
  redacted; a structured offender value or a warn-listed service number is kept; an
  identifier the offender cannot own (NHS, NI, passport, date of birth, URL) is redacted;
  and a value the rules themselves put on the victim's side stays redacted;
- one decision per value: every mention of the same number, handle, email, registration
  or name shares it. A value is kept as the offender's when one mention gives the model
  enough evidence (`thresholds.offender`) and no mention points to the victim's side (on
  its own the model adds identifiers, never names); a place or a lexicon word is left in
  clear as "not an identifier" when the mentions agree on average (`thresholds.keep`);
  everything else is redacted: when unsure, redact;
- every other mention of a redacted name (or a part of it) is redacted too.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wordfreq import zipf_frequency

from redaction.kinds import (
    ADDRESS_KINDS,
    ID_KINDS,
    NER_RECOGNIZER,
    OFFENDER_KINDS,
    PLACE_KINDS,
    WORD,
    canonical,
    mentions_pattern,
    surnames,
)
from redaction.lexicon import initials_shape, phrase_key, written_as_name
from redaction.role_model import KEEP, OFFENDER, THIRD_PARTY, VICTIM, Candidate, RoleModel, Thresholds, window
from redaction.roles import OFFENDER as OFFENDER_ROLE
from redaction.roles import UNKNOWN
from redaction.roles import VICTIM as VICTIM_ROLE

if TYPE_CHECKING:
    from redaction.redactor import _Run

# What the rules say of a span they gave to nobody's side, or to the offender's ("his
# name was maybe Dan": a plain word the model is sure of is left in clear, not redacted).
PLAIN_WORD_ZIPF = 3.0  # about once in a million words (wordfreq's Zipf scale)
_NOT_VICTIMS = {"redact", f"redact{UNKNOWN}", OFFENDER}
# A kept value is vetoed when any mention puts this much on the victim's side.
VICTIM_VETO = 0.5
# Where the rules kept a span, the model need only not disagree.
RULE_AGREES = 0.3
# Kept for what they are, whatever the model says: the structured fields, the warn-list and
# a country or a city abroad (no one's address), a controller named by what he does ("her pimp, X"),
# a member of a list of places (an advert's areas, a route: no one lives in three towns), the
# area a court report gives after the accused's name and age ("X, 58, of the Meadows"), a
# number on a worker's list of numbers not to see; and desktop research's offending authors
# and defendants, which the model vetoed only wrongly (stop 25, the training sets d-i, j-y:
# 19 vetoes, every one of an identifier the gold gives the offender; the 6 the rules kept
# wrongly it kept too); the town he lives in or comes from (roles.yaml his_home_before), and where
# she sells sex or the hotel she stays at (workplace_before); the
# contact a listing that shows a controller gives (stop 27: the model took the controller's
# number of a job advert for a worker's), and the man an advert says runs her bookings with
# the number after his name (stop 35); a name followed by ", the man who stole ..." (stop 50).
_HARD_KEEP = (
    "offender.",
    "warnlist",
    "location field",
    "rule:abroad",
    "rule:apposition.controller",
    "rule:name.after_who_harmed",
    "rule:named.harmed_by",  # "attacked by Mr Peter Alderson": named as the one who did it (stop 57)
    "rule:place_list",
    "rule:defendant_home",
    "rule:offender.is_him",  # "07700 ... is him": said outright, no window's guess to overrule (stop 56)
    "rule:desktop.blacklist",
    "rule:desktop.warned_of",
    "rule:desktop.controller_contact",
    "rule:desktop.controller_named",
    "rule:desktop.author",
    "rule:desktop.defendant",
    "rule:his_home",
    "rule:workplace",
)
_PROPAGATED = "propagated"


@dataclass
class ModelItem:
    cand: Any  # the redactor's candidate
    model_input: Candidate
    text: str  # the window the model reads
    span: str  # the span as written
    # independent evidence that the span is no person's name (see `_not_person`): without it
    # the model may not leave it in clear
    not_person: bool = False
    # on the victim's side only by a rule of proximity (roles.yaml `soft_victim_rules`)
    soft_victim: bool = False
    # a name a naming cue introduced whose side the rules could not tell ("one of them is
    # called Lewis"): the model may keep it as the offender's when it is sure
    cued: bool = False
    # an everyday word or a known place, no first name, initials or title: the model may
    # leave it in clear where the rules gave it to nobody or to the offender (`_plain_word`)
    plain: bool = False


def model_items(run: _Run, cands: list[Any], mentions: list[Any]) -> list[ModelItem]:
    kept = {(c.start, c.end): k for c, k in run.kept}
    roles = {(m.start, m.end): m.role for m in [*mentions, *run.id_mentions]}
    ner = _ner_labels(run.doc)
    inputs: list[Candidate] = []
    chosen: list[Any] = []
    page = {canonical("PHONE_NUMBER", p) for p in run.ctx.page_phones}
    for c in cands:
        key = (c.start, c.end)
        k = kept.get(key)
        if c.tier == 0 or (k is None and _page_phone(run, c, page)):
            # an advert's page number the rules did not give an offender is the advertiser's,
            # as firmly as the deny list's values: the model neither keeps nor reads it otherwise
            rule = "deny"
        elif k is not None:
            rule = k.role if not k.evidence.startswith(_HARD_KEEP) else "hard"
        elif c.entity in ID_KINDS and c.entity not in OFFENDER_KINDS:
            rule = "hard"
        else:
            rule = f"redact{roles.get(key, '')}"
        span = run.text[c.start : c.end]
        words = WORD.findall(span)
        lead, pos = _lead_and_pos(run, c, words)
        cand = Candidate(
            start=c.start,
            end=c.end,
            entity=c.entity,
            source=c.source or "",
            rule=rule,
            ner=_label_at(ner, c.start, c.end),
            # "practitioner NB": a staff member's initials, whatever abbreviation they spell
            not_name=bool(words)
            and all(
                run.lex.is_not_name_at(run.text, c.start + m.start(), c.start + m.end()) for m in WORD.finditer(span)
            )
            and not c.meta.get("staff_initials"),
            lead=lead,
            pos=pos,
        )
        inputs.append(cand)
        if rule not in ("deny", "hard"):
            chosen.append((c, cand, span))
    ctx = run.ctx
    return [
        ModelItem(
            c,
            cand,
            window(run.text, cand, inputs, ctx.source, ctx.platform),
            span,
            _not_person(run, c, cand),
            (c.start, c.end) in run.soft_victim,
            _cued_open(c),
            _plain_word(run, c, span),
        )
        for c, cand, span in chosen
    ]


def _cued_open(c: Any) -> bool:
    """A name a naming cue introduced whose side the rules could not tell ("one of them is
    called Lewis"); not one he gave someone else ("someone he called Stevie"): that is not him."""
    rule = c.meta.get("name_rule")
    if c.entity != "PERSON" or rule is None:
        return False
    return c.meta.get("name_role") == UNKNOWN and not rule.endswith("_by_him")


def _page_phone(run: _Run, c: Any, page: set[str]) -> bool:
    return bool(page) and c.entity == "PHONE_NUMBER" and canonical(c.entity, run.text[c.start : c.end]) in page


def _victim_only_sentence(run: _Run, c: Any) -> bool:
    """The sentence speaks of the victim's side and of nobody on the offender's: the model
    may not add an offender there on its own ("The girls all list one contact number")."""
    start, end = run._sentence(c.start, c.end)
    # "my bf Callum came got me, his number ...": beside a male third party of hers, "his" is
    # no sign of the offender (the rules read it so too)
    male_here = bool(run.rules.male_third_party.search(run.text, start, end))
    sides = set()
    for m in run.rules.who_rx.finditer(run.text, start, end):
        who = run.rules.classify(m.group())
        if who is not None and not (male_here and who.role == OFFENDER_ROLE and not who.strong):
            sides.add(who.role)
    return VICTIM_ROLE in sides and OFFENDER_ROLE not in sides


def _offender_nearby(run: _Run, c: Any) -> bool:
    """Someone on the offender's side is spoken of in the identifier's sentence or the one
    before: without him the model may not add an offender on its own ("... her pics look
    about 18. Number 07700 900864." is hers, not a man's)."""
    start, end = run._sentence(c.start, c.end)
    start = run._previous_sentence_start(start)
    for m in run.rules.who_rx.finditer(run.text, start, end):
        who = run.rules.classify(m.group())
        if who is not None and who.role == OFFENDER_ROLE:
            return True
    return any(k.role == OFFENDER_ROLE and start <= k.start < end for _, k in run.kept)


def _not_person(run: _Run, c: Any, cand: Candidate) -> bool:
    """A name-shaped span the model may leave in clear: a place candidate, or a word the
    lexicon knows is no name. A working name is often an ordinary word or a place
    ("Paris", "Honey"), so neither the NER's label nor the tagger is enough. An address
    (a house number, a full postcode, a named building) is never the model's to keep:
    someone lives or works there (the rules keep it only as the record's own location)."""
    if c.entity in ADDRESS_KINDS:
        return False
    if cand.not_name:
        return True
    # the small model's NER calls a reporter's first name a place often enough: a place only
    # the NER saw is not enough either
    return c.entity != "PERSON" and c.source != NER_RECOGNIZER


def _plain_word(run: _Run, c: Any, span: str) -> bool:
    """A name- or place-shaped span that no first-name list knows, no run of initials ("SH",
    "M.B.": a subject's or a staff member's), no title opens ("Mr Okoro") and no other script
    writes, and whose every word is an everyday English one or which is a known place: an
    ordinary word the tagger tripped on ("Homelessness", "Jurors", "Millwall"). Where the
    rules gave it to nobody or to the offender, the model may leave it in clear when it is
    sure (stop 28: on the model's validation split and on two sets it never saw, 31 such
    spans it was sure of that the rules gave to nobody, all places, organisations or
    ordinary words, no victim's or third party's among them; on the victim's side it was as
    sure of "Jazz" and "Stoke", working names, so a victim-side rule still stands)."""
    if c.entity not in ("PERSON", "LOCATION") or c.meta.get("staff_initials"):
        return False
    if any(ch.isalpha() and "LATIN" not in unicodedata.name(ch, "") for ch in span):
        return False  # a name in another script is a name ("called her Оксана"), whatever the lists lack
    words = WORD.findall(span)
    letters = "".join(words)
    if not words or (len(letters) <= 3 and letters.isupper()):
        return False
    if any(run.lex.has_first_name(phrase_key(w)) or run.lex.is_title(w) for w in words):
        return False
    # an everyday English word or a known place: a name no list has ("Marvetta", "Pennicott")
    # is where the model is surest and wrong (the unit tests' invented names, stop 28)
    if not (run.lex.is_place(span) or all(zipf_frequency(w.lower(), "en") >= PLAIN_WORD_ZIPF for w in words)):
        return False
    before = WORD.findall(run.text[max(0, c.start - 12) : c.start])
    return not (before and run.lex.is_title(before[-1]))


def _lead_and_pos(run: _Run, c: Any, words: list[str]) -> tuple[str, str]:
    """Person words and titles that open a name span ("Neighbour Mr Okoro"): the model must
    see them as context, not lose them inside the masked span; and the first word's tag."""
    lead: list[str] = []
    if c.entity == "PERSON":
        for w in words[:-1]:
            if run.rules.classify(w) is not None or run.lex.is_title(w) or run.lex.is_not_name(w):
                lead.append(w)
            else:
                break
    span = run.doc.char_span(c.start, c.end, alignment_mode="expand") if run.doc is not None else None
    first = next((t for t in span if t.is_alpha), None) if span is not None else None
    return " ".join(lead), first.pos_ if first is not None else ""


def _ner_labels(doc: Any) -> list[tuple[int, int, str]]:
    if doc is None:
        return []
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _label_at(ents: list[tuple[int, int, str]], start: int, end: int) -> str:
    for s, e, label in ents:
        if s < end and start < e:
            return label
    return ""


def _group_key(item: ModelItem) -> tuple[str, str]:
    entity = item.cand.entity
    if entity in PLACE_KINDS or entity in ADDRESS_KINDS:
        return ("PLACE", canonical("PERSON", item.span))
    return (entity, canonical(entity, item.span))


def decide_with_model(run: _Run, model: RoleModel, items: list[ModelItem]) -> None:
    if not items:
        return
    groups: dict[tuple[str, str], list[int]] = {}
    for i, it in enumerate(items):
        groups.setdefault(_group_key(it), []).append(i)
    # the structured offender names, and a defendant's or offending author's name: its other
    # mentions ("Tolland appeared ...") are his too
    hard_offender_names = {
        canonical("PERSON", k.text) for c, k in run.kept if k.entity == "PERSON" and k.evidence.startswith(_HARD_KEEP)
    }
    hard_surnames = surnames(hard_offender_names)
    deny_words = {canonical("PERSON", run.text[c.start : c.end]) for c in run.redact if c.tier == 0}
    deny_parts = {p for w in deny_words for p in w.split() if len(p) >= 2}
    victim_firsts = _victim_side_first_names(run, items, groups, hard_offender_names)
    decision: dict[int, tuple[str, str]] = {}  # mention -> (verdict, evidence)
    open_groups: list[tuple[list[int], bool, bool]] = []  # mentions, may offend, may keep
    for (kind, key), idx in groups.items():
        rules = {items[i].model_input.rule for i in idx}
        parts = {p for p in key.split() if len(p) >= 2}
        # settled without the model: a victim's name; a structured offender name; and the
        # rules' own victim-side attribution ("my car", "find me on", "his mate X's"), a hard
        # constraint too: the model may add an offender the rules missed, never take one from
        # the victim's side (a leak costs more than a miss)
        if kind == "PERSON" and (key in deny_words or parts & deny_parts):
            verdict, evidence = "redact", "victim value"
        elif kind == "PERSON" and (
            key in hard_offender_names or key in hard_surnames or run.lex.without_honorific(key) in hard_offender_names
        ):
            # also "Mr Gareth Pugh" where the field writes "Gareth Pugh" (stop 54)
            verdict, evidence = OFFENDER, "same name as offender.names"
        elif (kind == "PERSON" and key in victim_firsts) or any(
            items[i].model_input.rule == f"redact{VICTIM_ROLE}" and not items[i].soft_victim for i in idx
        ):
            verdict, evidence = "redact", "rules: victim side"  # or the first name of a full name redacted
        elif all((items[i].cand.start, items[i].cand.end) in run.homes for i in idx):
            # every mention after a home cue ("lives w/ her husband in Leamington Spa"); where
            # the rules kept another mention as the incident's, the model weighs them together
            verdict, evidence = "redact", "rules: a home"
        else:
            # on its own (no rule kept it) the model adds identifiers, not names: a name it
            # has not seen is where it is most often sure and wrong; but where only a rule of
            # proximity put it on the victim's side, the model may overrule that rule
            soft = any(items[i].soft_victim or items[i].cued for i in idx)
            may_add = (
                OFFENDER in rules
                or soft
                or (
                    kind != "PERSON"
                    and not any(_victim_only_sentence(run, items[i].cand) for i in idx)
                    and any(_offender_nearby(run, items[i].cand) for i in idx)
                )
            )
            may_offend = kind in OFFENDER_KINDS and may_add
            may_keep = kind in ("PERSON", "PLACE") and (
                "incident" in rules
                or all(items[i].not_person for i in idx)
                or (rules <= _NOT_VICTIMS and all(items[i].plain for i in idx))
            )
            if may_offend or may_keep:
                open_groups.append((idx, may_offend, may_keep))
                continue
            verdict, evidence = "redact", "not asked"  # nothing the model could say would keep it
        for i in idx:
            decision[i] = (verdict, evidence)
    asked = [i for idx, _, _ in open_groups for i in idx]
    probs = dict(zip(asked, model.predict([items[i].text for i in asked]), strict=True))
    t = model.thresholds
    for idx, may_offend, may_keep in open_groups:
        verdict_evidence = _model_verdict([probs[i] for i in idx], {items[i].model_input.rule for i in idx},
                                          may_offend, may_keep, t)  # fmt: skip
        for i in idx:
            decision[i] = verdict_evidence
    _apply(run, items, decision)


def _victim_side_first_names(
    run: _Run, items: list[ModelItem], groups: dict[tuple[str, str], list[int]], hard_offender_names: set[str]
) -> set[str]:
    """The first name of each full name the rules redacted in every mention ("My landlord, Mr
    Dennis Rowe"): "Dennis" alone later is that man, not the offender (stop 44); not where a hard
    rule makes another mention his ("Post by Gareth Lumley: ...")."""
    out = set()
    for (kind, key), idx in groups.items():
        words = [w for w in key.split() if not run.lex.is_title(w)]
        if kind != "PERSON" or len(words) < 2 or key in hard_offender_names:
            continue
        if all(items[i].model_input.rule.startswith("redact") and not items[i].soft_victim for i in idx):
            out.add(words[0])
    return out - {k.split()[0] for k in hard_offender_names}


def _model_verdict(
    probs: list[dict[str, float]], rules: set[str], may_offend: bool, may_keep: bool, t: Thresholds
) -> tuple[str, str]:
    """(verdict, evidence) of one group of mentions the model was asked about: `probs`, its
    mentions' probabilities; `rules`, what the rules said of them; `t`, the model's thresholds."""
    p_off = max(p[OFFENDER] for p in probs)
    p_vic = max(p[VICTIM] + p[THIRD_PARTY] for p in probs)
    p_keep = sum(p[KEEP] for p in probs) / len(probs)
    # the rules' own keep stands unless the model leans the other way; a keep the rules
    # did not make needs the model's threshold
    off_bar = RULE_AGREES if OFFENDER in rules else t.offender
    keep_bar = RULE_AGREES if "incident" in rules else t.keep
    if may_offend and p_off >= off_bar and p_vic < VICTIM_VETO:
        return OFFENDER, f"model:{p_off:.2f}"
    if may_keep and p_keep >= keep_bar and p_vic < VICTIM_VETO:
        return KEEP, f"model:{p_keep:.2f}"
    return "redact", "model: unsure"


def _apply(run: _Run, items: list[ModelItem], decision: dict[int, tuple[str, str]]) -> None:
    decided = {id(it.cand) for it in items}
    # the entity the rules kept a span as ("SmoggyRoger": a handle the NER read as a name)
    kept_as = {id(c): k.entity for c, k in run.kept}
    positions = {(it.cand.start, it.cand.end) for it in items}
    run.kept = [(c, k) for c, k in run.kept if id(c) not in decided and (c.start, c.end) not in positions]
    run.redact = [
        c for c in run.redact if id(c) not in decided and (c.start, c.end) not in positions and c.source != _PROPAGATED
    ]
    redacted_names: set[str] = set()
    initials: set[str] = set()
    for i, it in enumerate(items):
        verdict, evidence = decision[i]
        c = it.cand
        if verdict == OFFENDER:
            entity = kept_as.get(id(c), c.entity)
            # "Mr Carl Nolan" is kept as the name "Carl Nolan", as the rules keep it
            run._keep(run._without_title(c) if entity == "PERSON" else c, entity, OFFENDER, evidence)
        elif verdict == KEEP:
            if c.entity in PLACE_KINDS or c.entity in ADDRESS_KINDS or c.entity == "LOCATION":
                run._keep(c, "LOCATION", "incident", evidence)
            # a name-shaped ordinary word: left in clear, not an entity
        else:
            if c.entity == "PERSON":
                redacted_names.add(canonical("PERSON", it.span))
                if initials_shape(it.span):
                    initials.add(canonical("PERSON", it.span))
            run.redact.append(c)
    _propagate(run, redacted_names | set(run.victim_keys), initials)


def _propagate(run: _Run, names: set[str], initials: frozenset[str] | set[str] = frozenset()) -> None:
    """Every other mention of a redacted name, or of a part of it, goes too; initials that
    spell an acronym too ("DM") only where written in capitals again."""
    lex = run.lex
    words = set()
    for n in names:
        words.add(n)
        words |= {p for p in n.split() if len(p) >= 2 and not lex.is_title(p)}
    worded = run.worded_victims & names  # "a maid, Jan,": hers where written as a name (decide_names)
    words = {
        w
        for w in words
        if len(w) >= 2 and (w in worded or w in initials or not lex.is_not_name(w)) and not _function_word(run, w)
    }
    # a part of a longer name that is an everyday word and no first name ("Sparkle Hand Car Wash"):
    # the word wherever it is written in lower case ("the hand car wash"; stop 47)
    worded = worded | {p for p in words - names if _everyday_part(lex, p, names)}
    offender = [(c.start, c.end) for c, k in run.kept if k.role == OFFENDER]
    kept = [(c.start, c.end) for c, _ in run.kept]
    covered = [(c.start, c.end) for c in run.redact]
    if not words:
        return
    rx = mentions_pattern(words)
    for m in rx.finditer(run.text):
        s, e = m.span()
        if any(a < e and s < b for a, b in offender) or any(a <= s and e <= b for a, b in covered):
            continue
        if canonical("PERSON", m.group()) in initials and lex.initials_read_as_word(m.group()):
            continue  # "a dm from him": the acronym, not her initials
        if canonical("PERSON", m.group()) in worded and (
            not written_as_name(run.text, s, e) or any(a < e and s < b for a, b in kept)
        ):
            continue
        run._redact_span(s, e, "PERSON", _PROPAGATED)


def _everyday_part(lex: Any, part: str, names: set[str]) -> bool:
    """`part` is a word of a name of two or more words, an everyday English word and no one's first name."""
    longer = any(part in n.split() and len(n.split()) >= 2 for n in names)
    return longer and part not in lex.first_names and lex.is_common_word(part)


def _function_word(run: _Run, word: str) -> bool:
    """ "of", "for": never a name, whatever a headline in capitals made the NER think."""
    doc = run.doc
    return doc is not None and doc.vocab[word.lower()].is_stop
