"""Identifiers (phones, emails, handles, registrations): whose each one is, left to right."""

from __future__ import annotations

import re

from redaction.decide_names import NameDecisions
from redaction.kinds import OFFENDER_KINDS, canonical
from redaction.roles import OFFENDER, UNKNOWN, VICTIM, PersonMention
from redaction.spans import Candidate
from redaction.warnlist import is_warnlisted

# a name's possessive and, within two words, the vehicle word: "Mo's car", "Kim's little van"
_POSSESSED_VEHICLE = re.compile(r"(['\u2019]s)?\s+(?:\w+\s+){0,2}?(\w+)")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")  # a name mention that took its "'s" with it
_HANDLE_PART = re.compile(r"[a-z]+")  # "callum.hsts" -> callum, hsts
# all that stands between two identifiers one man gives as alternatives ("from 07700 900 432 or 07700 900 445",
# "or sometimes")
_ALTERNATIVE_GAP = re.compile(r"[ \t]*(?:or|/)(?:[ \t]+(?:sometimes|also|occasionally))?[ \t]*", re.IGNORECASE)


class IdDecisions(NameDecisions):
    """Identifiers (phones, emails, handles, registrations): whose each one is, left to right."""

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
            # the subject, or the name in apposition to it ("My friend Kalin wait outside in
            # his grey Skoda, ..."; stop 54)
            heads = [subj, *(t for t in subj.children if t.dep_ == "appos" and t.i < span.start)]
            owner = next((m for h in heads for m in self.known if m.start <= h.idx < m.end), None)
            if owner is None or owner.role != VICTIM:
                continue  # only a name the rules put on her side (an unknown may yet be his)
            between = self.doc[max(h.i for h in heads) + 1 : span.start]
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

    def _redact_ids_of_redacted_owners(self) -> None:
        """An identifier kept on the role model's word that a redacted name owns, written right
        after it ("Paulo can be witness, his number ...", "Craig rang me from ... to say
        sorry"), or in brackets after it ("Shaz (client, 07700 ...)"): the name's, redacted with it
        (roles.yaml `owner_after_name`, `owner_in_brackets`)."""
        if self.doc is None:
            return
        names = [c for c in self.redact if c.entity == "PERSON"]
        kept_names = [c for c, k in self.kept if k.entity == "PERSON"]
        if not kept_names:
            return  # no offender named elsewhere: the redacted name may yet be his
        for c, k in list(self.kept):
            if k.entity not in OFFENDER_KINDS or k.entity == "PERSON" or "model:" not in k.evidence:
                continue
            s_start, _ = self._sentence(c.start, c.end)
            before = [n for n in names if s_start <= n.start and n.end <= c.start]
            if not before:
                continue
            owner = max(before, key=lambda n: n.end)
            gap = self.text[owner.end : c.start]
            if self.rules.owner_in_brackets.match(gap):
                self.redact.append(c)  # "Shaz (client, 07700 ...)": her bracket
                continue
            if any(owner.end <= n.start < c.start for n in kept_names) or self.rules.owner_after_name_other.search(gap):
                continue  # another person between them: the identifier may be his
            if self.rules.owner_after_name.match(gap):
                self.redact.append(c)

    def _leave_unowned_partial_plates(self) -> None:
        """A partial plate ("ended YHT") is kept as the offender's when the rules or the model
        give it him, redacted when the rules give it her side ("my mate's car ... ends KPT"),
        and otherwise left as written: a few characters of a plate name no one, and before
        stop 23 they were never read as identifiers at all."""
        hers = {(m.start, m.end) for m in self.id_mentions if m.role == VICTIM}
        self.redact = [
            c for c in self.redact if not (c.meta.get("partial_plate") and (c.start, c.end) not in hers and c.tier > 0)
        ]

    def _redact_cleared_men(self) -> None:
        """A sentence that clears a man it names ("The man she named, 'Imran' on 07700 ...,
        in a red car YG16 ..., is NOT him after all", "please take Jonno off my old report"): what
        was kept as the offender's before the cue's end in that sentence is a cleared man's, a third
        party's (roles.yaml `cleared_man`)."""
        if self.doc is None or not self.kept:
            return
        cleared: set[str] = set()
        prev_start = 0
        for sent in self.doc.sents:
            # the last cue of the sentence: "take Jonno off my report, ... his number ... is
            # not a bad number" clears both
            ends = [m.end() for m in self.rules.cleared_man.finditer(self.text, sent.start_char, sent.end_char)]
            start = sent.start_char
            if self.rules.cleared_previous.match(self.text, sent.start_char, sent.end_char):
                # "... said it was 'Dylan, CX15 KLP'. That was wrong: ...": the sentence before too
                start, ends = prev_start, [*ends, sent.start_char]
            prev_start = sent.start_char
            if not ends:
                continue
            for c, k in self.kept:
                if k.role == OFFENDER and start <= c.start and c.end <= ends[-1]:
                    self.redact.append(c)
                    if k.entity == "PERSON":
                        cleared.add(k.text.casefold())
        # the cleared man's name wherever else it is kept ("I said it was Jonno ... please
        # take Jonno off my report"), and his first name alone ("The client, Malcolm Pike, ...
        # not to contact Malcolm's family"): his everywhere
        cleared |= {n.split()[0] for n in cleared if len(n.split()) > 1}
        self.redact.extend(
            c for c, k in self.kept if k.role == OFFENDER and k.entity == "PERSON" and k.text.casefold() in cleared
        )

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
        if entity == "EMAIL_ADDRESS" and self._staff_header_line(c, mentions):
            self._redact_id(c, VICTIM)
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

    def _staff_header_line(self, c: Candidate, mentions: list[PersonMention]) -> bool:
        """On an email header's "To:" or "Cc:" line (`email_recipient_line`), or on its "From:"
        line (`email_sender_line`) where an organisation sends it or in a forwarded chain with no
        offender named on that line."""
        line_start = self.text.rfind("\n", 0, c.start) + 1
        head = self.text[line_start : c.start]
        if self.rules.email_recipient_line.match(head):
            return True
        sender = self.rules.email_sender_line.match(head)
        if sender and self.lex.is_organisation(head[sender.end() :].strip(" \t<\"'")):
            # "From: Teesside SARC <admin@...>": a service's own address, chain or not
            return True
        if not (sender and self.rules.forwarded_chain.search(self.text)):
            return False
        return not any(m.role == OFFENDER and line_start <= m.start < c.start for m in mentions)

    def _page_phone(self, span: str) -> bool:
        return bool(self.ctx.page_phones) and canonical("PHONE_NUMBER", span) in {
            canonical("PHONE_NUMBER", p) for p in self.ctx.page_phones
        }

    def _keep_offender_alternatives(self) -> None:
        """An identifier given as the other of one kept as his ("calling himself Lee from 07700
        900 432 or 07700 900 445"), the two of a kind with only "or" or a slash between, and a
        handle holding his first name: his too, whatever the role model read into it alone (stop
        55). Never a victim's value (tier 0), nor one a rule put on the victim's side."""
        victim_side = {(m.start, m.end) for m in self.id_mentions if m.role == VICTIM}
        kept = [(c, k) for c, k in self.kept if k.role == OFFENDER and c.entity in OFFENDER_KINDS]
        # "Goes by Callum ... Insta @callum.hsts": his first name inside a handle (none of hers)
        his = {p for _, k in self.kept if k.role == OFFENDER and k.entity == "PERSON" for p in k.text.lower().split()}
        hers = {p for r in self.redact if r.entity == "PERSON" for p in self.text[r.start : r.end].lower().split()}
        his_names = {n for n in his - hers if len(n) >= 4 and n in self.lex.first_names}
        for c in [r for r in self.redact if r.entity in OFFENDER_KINDS and r.tier != 0]:
            if (c.start, c.end) in victim_side or any(k.start < c.end and c.start < k.end for _, k in kept):
                continue
            if c.entity == "ONLINE_HANDLE" and his_names & set(
                _HANDLE_PART.findall(self.text[c.start : c.end].lower())
            ):
                self._unredact_as_offender(c, "rule:his_name_in_handle")
            elif any(self._alternatives(other, c) for other, _ in kept):
                self._unredact_as_offender(c, "rule:alternative_of_his")

    def _alternatives(self, other: Candidate, c: Candidate) -> bool:
        """Two identifiers of a kind with only "or" or a slash between them."""
        if other.entity != c.entity or other.start == c.start:
            return False
        a, b = (other.end, c.start) if other.end <= c.start else (c.end, other.start)
        return _ALTERNATIVE_GAP.fullmatch(self.text, a, b) is not None

    def _unredact_as_offender(self, c: Candidate, evidence: str) -> None:
        self.redact = [r for r in self.redact if (r.start, r.end) != (c.start, c.end)]
        self._keep_offender_id(c, evidence)

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
                # a court report and a workers' warning page are told, not advertised
                advert=ctx.advert and not self._news and not self._worker_page,
                tokens=self._tokens(),
                context_start=prev_start,
                offender_ids=[(m.start, m.end) for m in self.id_mentions if m.role == OFFENDER],
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
