"""One record's redaction run: its state, and the small readings every decision shares.

The decisions build on it one layer at a time (each may call the ones below it):
`decide_desktop` (desktop research's authors and defendants) < `decide_places` <
`decide_names` < `decide_ids` < `redactor._Run`, which runs them in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from common.context import RecordContext
from redaction.desktop_roles import Post
from redaction.kinds import PRECEDENCE, canonical
from redaction.roles import OFFENDER, PersonMention
from redaction.spans import Candidate, KeptSpan

if TYPE_CHECKING:
    from redaction.redactor import Redactor

NER_TIER = PRECEDENCE.default  # spaCy NER's tier: where derived candidates rank


class RunState:
    """One record's redaction run: its state, and the small readings every decision shares."""

    def __init__(self, redactor: Redactor, text: str, doc: Any, ctx: RecordContext) -> None:
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
        # places redacted as someone's home by a home cue ("lives in", "staying with her sister
        # in"): settled, the role model may not keep them as the incident's
        self.homes: set[tuple[int, int]] = set()
        self.desktop_offenders: list[tuple[int, int, str]] = []  # desktop research: authors, defendants
        self.post_authors: list[tuple[int, int]] = []  # desktop research: every post's author
        self.posts: list[Post] = []  # desktop research: the posts and their authors
        self.author_names: set[str] = set()  # first names inside offending authors' handles
        # the names of each side, set when the names are decided (decide_names.py)
        self.victim_keys: set[str] = set()
        self.offender_keys: set[str] = set()
        self.advert_default_keys: set[str] = set()  # the advertiser's by an advert's default only
        self.unknown_keys: set[str] = set()
        # first names a victim-side full name shares with an offender's full name of another family
        # ("Rhys P" beside "Rhys Bristol"): they alone put neither full name on the other's side
        self.shared_firsts: set[str] = set()
        self.worded_victims: set[str] = set()  # victims' names that are also words ("Jan"): see _propagate
        # desktop research that reports a court case: its names are no advert's working names
        self._news = ctx.advert and bool(redactor.roles.desktop.court.search(text))
        # ... and a page where workers warn each other: told by workers about men, as a report is
        self._worker_page = ctx.advert and redactor.roles.desktop.worker_page(text)

    def _parts(self, key: str) -> set[str]:
        return {p for p in key.split() if len(p) >= 2 and not self.lex.is_title(p)}

    def _offender_part(self, key: str) -> bool:
        """The name, or a part of it, is a structured offender name ("Binns" of "Craig Binns")."""
        if not key or not self.ctx.offender_names:
            return False
        parts = self._parts(key)
        # a first name with another family name's initial is someone else ("Rhys P" beside "Rhys Bristol")
        words = key.split()
        initial = words[-1] if len(words) >= 2 and len(words[-1].rstrip(".")) == 1 else ""
        for n in self.ctx.offender_names:
            n_parts = self._parts(n)
            if initial and another_family(initial, n.split()):
                continue
            if key == n or (parts and parts <= n_parts) or (n_parts and n_parts <= parts and key.endswith(n)):
                return True
        return False

    def _first_name(self, c: Candidate) -> bool:
        """A first name that is no place, or a name given as the victim's (by more than an
        advert's default): never a list's place."""
        key = canonical("PERSON", self.text[c.start : c.end])
        if key in self.victim_keys and not (key in self.advert_default_keys and key in self.lex.major_places):
            return True
        return self.lex.has_first_name(key) and not self.lex.is_place(self.text[c.start : c.end])

    def _town_not_name(self, c: Candidate) -> bool:
        """A major British place that is no first name ("Salford", not "Kanya" or "Chelsea")."""
        return self.lex.is_major(self.text[c.start : c.end]) and not self._first_name(c)

    def _function_word(self, word: str) -> bool:
        """ "I", "And": a stop word, never a name in a list."""
        return self.doc is not None and self.doc.vocab[word.lower()].is_stop

    def _redact_span(self, start: int, end: int, entity: str, source: str) -> None:
        self.redact.append(Candidate(start, end, entity, source, NER_TIER, {}))

    def _keep(self, c: Candidate, entity: str, role: str, evidence: str) -> None:
        if role == OFFENDER and self.ctx.no_offender:  # a report that clears him: a third party's
            self.redact.append(c)
            return
        self.kept.append((c, KeptSpan(entity, c.start, c.end, self.text[c.start : c.end], role, evidence)))

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        span = self.doc.char_span(start, end, alignment_mode="expand") if self.doc is not None else None
        if span is None or len(span) == 0:
            return 0, len(self.text)
        sent = span.sent
        return sent.start_char, sent.end_char

    def _previous_sentence_start(self, sentence_start: int) -> int:
        """Where the sentence before the one opening at `sentence_start` opens (0 for the first)."""
        if not sentence_start:
            return 0
        return self._sentence(max(0, sentence_start - 2), max(1, sentence_start - 1))[0]

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


def another_family(last: str, his: list[str]) -> bool:
    """A name's last word ("p", "p.", "pugh") that is not his family name nor its initial: of a full
    name of his ("rhys bristol"), someone else's."""
    return len(his) >= 2 and not his[-1].startswith(last.rstrip("."))
