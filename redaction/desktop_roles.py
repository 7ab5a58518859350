"""Offenders in desktop research (records.md §2), from `roles.yaml` (`desktop`).

Advert text is the advertiser's: every name and identifier in it is redacted unless shown
otherwise. Two things show otherwise:

- the author of a post (a review, a forum post, a reply, a comment) whose own words
  describe an offence against a sex worker (filming her, removing a condom, paying in fake
  notes), or harass, threaten or "out" one ("her real name is...", "a brick through the
  window"). A worker warning others about a client writes in the first person as the one
  harmed ("he grabbed me"): her post is hers, not an offender's;
- a person a news item names as charged with, or convicted of, an offence: "Jamie Burrows,
  27, ... was jailed", in a text that speaks of a court or a charge.

Everyone else named in the content stays on the advertiser's side. What counts as an
offence is the MO extraction's knowledge: the pipeline reads each post's own words and
passes the offending authors in (`processors/post_authors.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc
from wordfreq import zipf_frequency

from redaction.lexicon import RARE_WORD_ZIPF, Platforms, alternation

_FLAGS = re.IGNORECASE | re.DOTALL
# Characters after a name read for the court clearing him: the charge he was cleared of may
# come between (a clause of 100 characters and more).
CLEARED_WINDOW = 240
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")
# an item of a list: a number or bullet opening it ("1)", "-", "•"), or the number, handle or
# quoted name it is about ("07700 900049 - refused to pay", "@x: fake screenshots")
_LIST_ITEM = re.compile(
    r"[ \t]*(?:\d{1,2}[.)][ \t]*\S|[-*\u2022>\u2013][ \t]*\S|[+(]?\d[\d \t()+\-]{8,20}\d|[@\"\u201c'\u2018]\S)"
)


@dataclass(frozen=True)
class Post:
    author: tuple[int, int]  # the author's name or handle as written
    body: tuple[int, int]  # the words the author wrote
    rule: str
    also: tuple[tuple[int, int], ...] = ()  # the author's other name given beside it ("display name 'X'")


@dataclass(frozen=True)
class HarmedVoice:
    """Counts of pronoun words that tell a post by one he harmed (roles.yaml `harmed_voice`)."""

    male: frozenset[str]
    first: frozenset[str]
    female: frozenset[str]
    min_male: int
    min_first: int
    outed: re.Pattern[str] | None = None  # the man it speaks of is named a worker: an outing, not his harm

    @classmethod
    def from_yaml(cls, data: dict[str, Any]) -> HarmedVoice:
        words = {k: frozenset(str(w).lower() for w in data[k]) for k in ("male", "first", "female")}
        outed = re.compile(data["outed"], _FLAGS) if data.get("outed") else None
        return cls(**words, min_male=int(data["min_male"]), min_first=int(data["min_first"]), outed=outed)

    def __call__(self, body: str) -> bool:
        if self.outed is not None and self.outed.search(body):
            return False
        words = plain_words(body)
        first = sum(w in self.first for w in words)
        # a woman in it makes it a story about her, unless the writer speaks of herself far
        # more ("he did me ... my pal Leanne caught him filming her")
        if 2 * sum(w in self.female for w in words) > first:
            return False
        return sum(w in self.male for w in words) >= self.min_male and first >= self.min_first


@dataclass(frozen=True)
class DesktopRoles:
    markers: tuple[tuple[str, re.Pattern[str], bool], ...]  # id, pattern (group `a`), signs the text before it
    offence: re.Pattern[str]
    victim_voice: re.Pattern[str]
    condemns: re.Pattern[str]
    disapproves: re.Pattern[str]
    spreads: re.Pattern[str]
    court: re.Pattern[str]
    defendant_after: re.Pattern[str]
    official_before: re.Pattern[str]
    defendant_verbs: frozenset[str] = frozenset()
    subject_before: re.Pattern[str] | None = None
    target_home_before: re.Pattern[str] | None = None
    subject_after: re.Pattern[str] | None = None
    alias_before: re.Pattern[str] | None = None
    own_before: re.Pattern[str] | None = None
    relation_before: re.Pattern[str] | None = None
    charged_after: re.Pattern[str] | None = None
    cleared_after: re.Pattern[str] | None = None
    cleared_before: re.Pattern[str] | None = None  # "offered no evidence against": no defendant
    # (cleared, convicted): a page of a man cleared and of no one convicted
    acquittal_only: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    witness_after: re.Pattern[str] | None = None
    author_alias_after: re.Pattern[str] | None = None
    defendant_reference: re.Pattern[str] | None = None
    worker_author_after: re.Pattern[str] | None = None
    section_break: re.Pattern[str] | None = None  # "Comments:" closes the post above it
    blacklist: re.Pattern[str] | None = None  # a worker's list of numbers not to see
    warning_cue: re.Pattern[str] | None = None  # a worker's warning: "avoid", "please BLOCK"
    warning_not_of: re.Pattern[str] | None = None  # the cue speaks of her own people ("my driver drives a")
    harmed_voice: HarmedVoice | None = None  # her post about him, told in the first person
    worker_page_parts: tuple[re.Pattern[str], ...] = ()  # venue, worker, purpose, not, address: a workers' page
    bylines: frozenset[str] = frozenset()  # markers a news item's reporter heads it with too
    controller_listing: re.Pattern[str] | None = None  # a job, room or recruitment listing
    controller_contact: re.Pattern[str] | None = None  # the cue its controller's contact follows
    sex_for_rent: re.Pattern[str] | None = None  # a room offered for sex: a controller's listing alone
    controller_named: tuple[re.Pattern[str], ...] = ()  # an advert's man who runs her bookings (group n)
    controller_his: re.Pattern[str] | None = None  # ... said of a man, near the cue
    roundup: tuple[re.Pattern[str], re.Pattern[str]] | None = None  # a court round-up's heading, sex work
    sign_off: re.Pattern[str] | None = None  # the contact an offending post ends with (group 1)
    own_number: re.Pattern[str] | None = None  # a number an offending author gives as his (group 1)
    role_named: re.Pattern[str] | None = None  # a page's name for its host or owner (groups r, n)
    controller_role_before: re.Pattern[str] | None = None  # "manager X": one who may run the women, no official

    @classmethod
    def from_yaml(cls, data: dict[str, Any], platforms: Platforms) -> DesktopRoles:
        """`platforms`: its sign-off words fill `{platform}` in `sign_off`."""
        markers = tuple(
            (m["id"], re.compile(m["pattern"], re.DOTALL), bool(m.get("signs_before", False)))
            for m in data["author_markers"]
        )
        return cls(
            markers=markers,
            offence=_any_of(data["offence"]),
            victim_voice=_any_of(data["victim_voice"]),
            condemns=_any_of(data["condemns"]),
            disapproves=re.compile(data["disapproves"], _FLAGS),
            spreads=re.compile(data["spreads"], _FLAGS),
            court=_any_of(data["court"]),
            defendant_after=re.compile(data["defendant_after"], _FLAGS),
            official_before=re.compile(data["official_before"], _FLAGS),
            defendant_verbs=frozenset(v.lower() for v in data.get("defendant_verbs") or []),
            subject_before=re.compile(data["page_subject"]["before"], _FLAGS),
            target_home_before=re.compile(data["target_home_before"], _FLAGS),
            subject_after=re.compile(data["page_subject"]["after"], _FLAGS),
            alias_before=re.compile(data["alias_before"], _FLAGS),
            own_before=re.compile(data["author_own_before"], _FLAGS),
            relation_before=re.compile(data["relation_before"], _FLAGS),
            charged_after=re.compile(data["charged_after"], _FLAGS),
            cleared_after=re.compile(data["cleared_after"], _FLAGS),
            cleared_before=re.compile(data["cleared_before"], _FLAGS),
            acquittal_only=(
                re.compile(data["acquittal_page"]["cleared"], _FLAGS),
                re.compile(data["acquittal_page"]["convicted"], _FLAGS),
            ),
            witness_after=re.compile(data["witness_after"], _FLAGS),
            author_alias_after=re.compile(data["author_alias_after"], _FLAGS),
            defendant_reference=re.compile(data["defendant_reference"], _FLAGS),
            worker_author_after=re.compile(data["worker_author_after"], _FLAGS),
            section_break=re.compile(data["section_break"], _FLAGS),
            role_named=re.compile(data["role_named"], _FLAGS) if data.get("role_named") else None,
            blacklist=re.compile(data["blacklist"], _FLAGS),
            warning_cue=re.compile(data["warning_cue"], _FLAGS),
            warning_not_of=re.compile(data["warning_not_of"], _FLAGS) if data.get("warning_not_of") else None,
            bylines=frozenset(m["id"] for m in data["author_markers"] if m.get("byline")),
            controller_listing=re.compile(data["controller_listing"]["listing"], _FLAGS)
            if data.get("controller_listing")
            else None,
            controller_contact=re.compile(data["controller_listing"]["contact"], _FLAGS)
            if data.get("controller_listing")
            else None,
            sex_for_rent=re.compile(data["controller_listing"]["sex_for_rent"], _FLAGS)
            if (data.get("controller_listing") or {}).get("sex_for_rent")
            else None,
            controller_named=tuple(re.compile(p) for p in (data.get("controller_named") or {}).get("patterns") or ()),
            controller_his=(
                re.compile(data["controller_named"]["his"], _FLAGS) if data.get("controller_named") else None
            ),
            roundup=(
                re.compile(data["court_roundup"]["heading"], _FLAGS),
                re.compile(data["court_roundup"]["about"], _FLAGS),
            )
            if data.get("court_roundup")
            else None,
            harmed_voice=HarmedVoice.from_yaml(data["harmed_voice"]) if data.get("harmed_voice") else None,
            worker_page_parts=tuple(
                re.compile(data["worker_page"][k], _FLAGS) for k in ("venue", "worker", "purpose", "not", "address")
            )
            if data.get("worker_page")
            else (),
            # case as written outside its own (?i:...): a line's end is the text's end
            sign_off=re.compile(data["sign_off"].replace("{platform}", alternation(platforms.using("sign_off"))))
            if data.get("sign_off")
            else None,
            own_number=re.compile(data["own_number"]) if data.get("own_number") else None,
            controller_role_before=re.compile(data["controller_role_before"], _FLAGS)
            if data.get("controller_role_before")
            else None,
        )

    def worker_page(self, text: str) -> bool:
        """The capture is of a page where workers warn each other (its heading says so)."""
        if not self.worker_page_parts:
            return False
        heading = text.split("\n", 1)[0][:200]
        venue, worker, purpose, not_, address = self.worker_page_parts
        page = bool(venue.search(heading) and worker.search(heading) and purpose.search(heading))
        return (page or bool(address.search(heading))) and not not_.search(heading)

    @staticmethod
    def handle_mentions(text: str, handle: str) -> list[tuple[int, int]]:
        """Every place the page writes an account's handle, with or without its "@"."""
        handle = handle.lstrip("@")
        if len(handle) < 3:
            return []
        return [m.span() for m in _handle_rx(handle.lower()).finditer(text)]

    def reporters_byline(self, text: str, post: Post) -> bool:
        """The post is a news report headed by its reporter's byline: a court report's
        writer, never its defendant."""
        return post.rule in self.bylines and bool(self.court.search(text))

    def in_worker_voice(self, body: str) -> bool:
        """The post is told by a worker it happened to: her words ("took pics of me", "be
        safe"), or a man spoken of in the first person with no woman in it."""
        return bool(self.victim_voice.search(body)) or (self.harmed_voice is not None and self.harmed_voice(body))

    def author_own(self, text: str, body_start: int, start: int) -> bool:
        """In a post, the identifier is one its author gives as his own ("ring me on",
        "my number is", "sent her a few from")."""
        if _SHE_CONTACTED_FROM.search(text, max(body_start, start - 80), start):
            return False  # "she kept ringing me after from 07700 ...": hers, in his post
        return bool(self.own_before and self.own_before.search(text[max(body_start, start - 40) : start]))

    def worker_author(self, text: str, post: Post) -> bool:
        """The page labels the post's author a worker ("u/x (worker):")."""
        return bool(self.worker_author_after and self.worker_author_after.match(text, post.author[1]))

    def blacklist_items(self, text: str) -> list[tuple[int, int]]:
        return list(self._blacklist_items(text))

    @lru_cache(maxsize=16)  # noqa: B019 - the rules are loaded once; both the redactor and the author rule read it
    def _blacklist_items(self, text: str) -> tuple[tuple[int, int], ...]:
        """The items of a list a worker heads as men not to see ("Bad ones this week, pass it
        on:" then "1) 07700 900967 'Danny' - refused to pay"): each item line, up to a blank
        line or a line that is no item ("Stay safe xx", "Text me on ..."); one such line may
        stand between the heading and the first item (the post's own header)."""
        if self.blacklist is None:
            return ()
        out: list[tuple[int, int]] = []
        for head in self.blacklist.finditer(text):
            pos = text.find("\n", head.end())
            skipped, items = False, 0  # one line between the heading and its items ("Posted by Mod_Saffy:")
            while pos != -1:
                line_end = text.find("\n", pos + 1)
                line_end = len(text) if line_end == -1 else line_end
                if not _LIST_ITEM.match(text, pos + 1, line_end):
                    if skipped or items:
                        break
                    skipped = True
                    pos = line_end if line_end < len(text) else -1
                    continue
                items += 1
                out.append((pos + 1, line_end))
                pos = line_end if line_end < len(text) else -1
        return tuple(out)

    def warned_of(
        self, text: str, spans: list[tuple[int, int]], posts: list[Post] | None = None
    ) -> list[tuple[int, int]]:
        """The identifiers a worker's warning gives as the man's ("avoid "Danny" 07700 ...",
        "please BLOCK 07700 ...", "watch out for a guy emailing as 'James Whitfield'"): the
        spans right after the cue, one after another, in a post in the worker's voice about a
        man. A gap that speaks of her or of a woman ("text me on", "she") ends the run: a
        punter's "avoid Candy, she robbed me" warns of a worker, never an offender. `posts`:
        the page's posts, where the caller has them."""
        if self.warning_cue is None:
            return []
        posts = self.posts(text) if posts is None else posts
        workers = self.worker_page(text)
        speakers = self.worker_speakers(text, posts)
        scopes = [p.body for p in posts if workers or self._worker_voice(text, p) or self.speaker(text, p) in speakers]
        if not posts and (workers or self.in_worker_voice(text)):
            scopes = [(0, len(text))]
        # a warnings board's heading over its thread ("WARNING - 'Dominic' 07700 ..." above the
        # posts of the women he booked): the man the thread is about, told by the whole page
        heading = min((p.author[0] for p in posts), default=0) if workers else 0
        if heading:
            scopes.insert(0, (0, heading))

        def his_run_ends(pos: int, start: int) -> bool:
            return (
                start - pos > _WARNED_GAP
                or bool(_NOT_HIS.search(text, pos, start))
                or bool(_NEXT_LINE.search(text, pos, start))
                # "got rough wi Kirsty": the one he did it to, not another name of his
                or bool(_DONE_TO.search(text, pos, start) and _NAME_START.match(text, start))
            )

        out: list[tuple[int, int]] = []
        first_line = text.find("\n") if "\n" in text else len(text)
        for b0, b1 in scopes:
            # the heading (or a post on the page's first line, "Board — thread 'Bad date: 07700 ...'")
            # is about the man the whole thread speaks of
            top = (b0 == 0 and b1 == heading) or (workers and b0 < first_line)
            # on a workers' warning page a reply about the same man need not say "he" ("Same one
            # had me in Boston!! Also uses 0113 ...")
            # (on a page of workers warning each other the one warned of is a client, named or not:
            # "avoid a Paul Hetherington, 07700 ... Pays with fake notes"; stop 58)
            if not workers and not _MALE.search(text, b0, b1) and not (top and _MALE.search(text)):
                continue
            inside = sorted(s for s in spans if b0 <= s[0] and s[1] <= b1)
            for cue in self.warning_cue.finditer(text, b0, b1):
                if self.warning_not_of is not None and self.warning_not_of.search(
                    text, max(b0, cue.start() - 40), cue.start()
                ):
                    continue
                for gap_start, start, end in _run_after(cue.end(), inside, his_run_ends):
                    if out and out[-1][1] == gap_start and _CORRECTION.search(text, gap_start, start):
                        out.pop()  # "07700-900-813?? no sorry it's 07700 900 381": whose the first is, unknown
                    out.append((start, end))
        return out

    def named_controllers(
        self, text: str, names: list[tuple[int, int]], ids: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The name of a man an advert says runs her bookings (`controller_named`), and the
        identifiers right after it in its sentence ("text Marco 07700 900369")."""
        out: list[tuple[int, int]] = []
        matches = [m for rx in self.controller_named for m in rx.finditer(text)]
        times = Counter(m.group("n") for m in matches)

        def run_ends(pos: int, start: int) -> bool:
            return start - pos > _CONTACT_GAP or bool(_STOP.search(text, pos, start))

        in_order = sorted(ids)
        for m in matches:
            n0, n1 = m.span("n")
            named = [s for s in names if s[0] < n1 and n0 < s[1]]
            # a man, not the worker taking her own bookings ("Mia takes bookings 10am-late"):
            # "he" by the cue, or the bookings and the door money both his
            his = self.controller_his is not None and self.controller_his.search(text, m.start(), m.end() + 80)
            if not named or (not his and (times[m.group("n")] < 2 or _introduced_as_herself(text, m.group("n")))):
                continue
            # his name wherever the advert gives it ("Contact Besar Kola: 07700 ..."), and the
            # identifiers right after each
            first = m.group("n")
            for a, b in [*named, *(s for s in names if text[s[0] : s[1]].split()[:1] == [first])]:
                out.append((a, b))
                run = [(s, e) for _, s, e in _run_after(b, in_order, run_ends)]
                out += run or _next_sentence_run(text, b, names, in_order, run_ends)
        return sorted(set(out))

    def controller_contacts(
        self, text: str, spans: list[tuple[int, int]], entries: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """In each entry of a listing that shows a controller, the identifiers right after its
        contact cue, one after another ("Contact Mr K 07700 900614, Telegram @mrk_jobs_uk")."""
        contact = self.controller_contact
        if contact is None:
            return []

        def contact_run_ends(pos: int, start: int) -> bool:
            gap = text[pos:start]
            # a new sentence ends the run at a name ("call Sam on 0113 ... . Current ladies:
            # Chanel"), not at another identifier of his ("... 07700 900614. Also @x")
            name_next = bool(_NAME_START.match(text, start))
            new_sentence = name_next and _SENTENCE_AFTER.search(gap) is not None
            # "... reception will reply. Today: Kim, Vivi": a label's colon opens the women's list (stop 44)
            listed = name_next and ":" in gap
            return len(gap) > _CONTACT_GAP or new_sentence or listed or ("\n" in gap and not contact.search(gap))

        out: list[tuple[int, int]] = []
        for a, b in entries:
            inside = sorted(s for s in spans if a <= s[0] and s[1] <= b)
            for cue in contact.finditer(text, a, b):
                for _, start, end in _run_after(cue.end(), inside, contact_run_ends):
                    if (start, end) not in out:
                        out.append((start, end))
        out += [s for s in self._listing_authors(text, spans, entries) if s not in out]
        return out

    def _listing_authors(
        self, text: str, spans: list[tuple[int, int]], entries: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The author of a post that is itself such a listing ("post by @VillaBoss: 'Need 3 new
        girls ... we keep your passport safe'"): the controller; not a worker's post, nor one
        warning of it (stop 56)."""
        out: list[tuple[int, int]] = []
        if self.controller_listing is None:
            return out
        for post in self.posts(text):
            (a0, a1), (b0, b1) = post.author, post.body
            if not any(a <= a0 and b1 <= b for a, b in entries):
                continue
            if not self.controller_listing.search(text, b0, b1) or self.worker_author(text, post):
                continue
            if self.in_worker_voice(text[b0:b1]) or not _OFFER.search(text, b0, b1) or _NARRATED.search(text, b0, b1):
                continue  # a review or a report that tells of such a listing ("the landlord ... he says") is not it
            out += [s for s in spans if s[0] < a1 and a0 < s[1]]
        return out

    def worker_speakers(self, text: str, posts: list[Post]) -> set[str]:
        """In a chat copied with its times, the speakers who tell in one message what a man did
        to them ("he tried to take the cash out my purse"): one speaker is one person, a worker
        in all her messages."""
        return {self.speaker(text, p) for p in posts if p.rule == "chat_line" and self._worker_voice(text, p)} - {""}

    @staticmethod
    def speaker(text: str, post: Post) -> str:
        """Who speaks in a chat line, as `worker_speakers` names them ("" for any other post)."""
        return text[post.author[0] : post.author[1]].lstrip("@").lower() if post.rule == "chat_line" else ""

    def _worker_voice(self, text: str, post: Post) -> bool:
        body = text[post.body[0] : post.body[1]]
        # the title on the author's own line is the post's too ("⚠️ WARNING ⚠️ posted by x")
        title = text[text.rfind("\n", 0, post.author[0]) + 1 : post.author[0]] if post.body[0] >= post.author[1] else ""
        return self.worker_author(text, post) or self.in_worker_voice(f"{title}\n{body}")

    def alias(self, text: str, start: int) -> bool:
        """The span follows an alias cue ("used the username 'X'", "posted under the name")."""
        return bool(self.alias_before and self.alias_before.search(text[max(0, start - 50) : start]))

    def aliases(self, text: str) -> list[tuple[int, int]]:
        """Quoted names after an alias cue ("used the username 'SelbySwan77'", "the alias
        'Jack Diamond'"): someone's other name, which the name tagger often misses."""
        return [m.span(1) for m in _QUOTED.finditer(text) if self.alias(text, m.start())]

    def page_subject(self, text: str, start: int, end: int) -> bool:
        """The handle the page is about ("Comments on @TSAmberLeeds video:", "@x's post"):
        the worker's, never a commenter's."""
        before = text[max(0, start - 40) : start]
        return bool(
            (self.subject_before and self.subject_before.search(before))
            or (self.subject_after and self.subject_after.match(text, end))
        )

    def posts(self, text: str) -> list[Post]:
        """Each post with its author: the body runs to the next author marker (or, for a
        signature, from the previous one). Read once per text: the extraction, the author
        recognizer and the redactor's decisions all ask for the same page's posts."""
        return list(self._posts(text))

    @lru_cache(maxsize=16)  # noqa: B019 - the rules are loaded once and live as long as the process
    def _posts(self, text: str) -> tuple[Post, ...]:
        found: list[tuple[int, int, int, int, str, bool]] = []  # marker start/end, author start/end
        own_body: dict[tuple[int, int], tuple[int, int]] = {}  # a marker that quotes its post (`body`)
        for rule, rx, signs in self.markers:
            for m in rx.finditer(text):
                a0, a1 = m.span("a")
                if text[a0:a1].isdigit() or any(f[2] < a1 and a0 < f[3] for f in found):  # "02:20 Sam:": no author "02"
                    continue
                found.append((m.start(), m.end(), a0, a1, rule, signs))
                if "body" in rx.groupindex:
                    own_body[(a0, a1)] = m.span("body")
        found = self._without_alias_markers(text, sorted(found))
        # a plain lower-case word opening a line is an author only where it is no everyday word
        # ("rates:", "note:") and the page has other posts or more such lines
        bare = [f for f in found if f[4] == "bare_handle"]
        if bare:
            thread = len(found) > len(bare) or len(bare) >= 2
            found = [
                f
                for f in found
                if f[4] != "bare_handle" or (thread and zipf_frequency(text[f[2] : f[3]], "en") < RARE_WORD_ZIPF)
            ]
        posts = []
        for i, (m0, m1, a0, a1, rule, signs) in enumerate(found):
            if (a0, a1) in own_body:
                posts.append(Post((a0, a1), own_body[(a0, a1)], rule))
                continue
            if not signs:
                end = found[i + 1][0] if i + 1 < len(found) else len(text)
                # a byline or the page's admin closing the page ("... #exposed — posted by @x",
                # "... Share to all groups. Admin: Craig Firth @x") signs what is before it
                # (not "Reply by HonestOx: 'reported'.": a colon after the author opens his own reply)
                signs = (
                    rule in _CLOSING_RULES
                    and i + 1 == len(found)
                    # an aside after the name is no post ("Posted by x (member since 2019)")
                    and len(_ASIDE.sub(" ", text[m1:end]).split()) < 3
                    and m0 > 0
                    and not _COLON_AFTER.match(text, a1)
                )
                # "'Lovely girls, cheap.' – review by Pete_M": a byline after a dash signs the words
                # before it; not a title's ("Review: 'Mia' @ Radford incall — posted by X" over
                # the review): there the words after are the longer
                start = found[i - 1][1] if i else 0
                signs = signs or (
                    rule == "by"
                    and bool(_DASH_BEFORE.search(text, max(0, m0 - 4), m0))
                    and len(text[m1:end].split()) <= len(text[start:m0].split())
                )
            also, m1 = self._author_alias(text, a0, a1, m1)
            also += self._role_names(text, text[a0:a1])
            if signs:
                body = (found[i - 1][1] if i else 0, m0)
            else:
                end = found[i + 1][0] if i + 1 < len(found) else len(text)
                if self.section_break is not None and (brk := self.section_break.search(text, m1, end)):
                    end = brk.start()  # the comments under a post are no part of it
                body = (m1, end)
            if posts and _SAME_AUTHOR.match(text, a0):
                a0, a1 = posts[-1].author  # "Further comments from same account": his again
            posts.append(Post((a0, a1), body, rule, also))
        return tuple(posts)

    def _without_alias_markers(
        self, text: str, found: list[tuple[int, int, int, int, str, bool]]
    ) -> list[tuple[int, int, int, int, str, bool]]:
        """The markers but those inside an author's alias ("Post by 'Gaz T' (profile handle
        gaz.t.hu4):"): no post of its own, the handle is the same author's (stop 48)."""
        kept: list[tuple[int, int, int, int, str, bool]] = []
        alias_end = -1
        for f in found:
            if f[0] < alias_end:
                continue
            kept.append(f)
            also, end = self._author_alias(text, f[2], f[3], f[1])
            alias_end = end if also else -1  # markers that merely overlap are read as before
        return kept

    def _role_names(self, text: str, author: str) -> tuple[tuple[int, int], ...]:
        """Where a post's author is a page role ("Host"), the name the page gives that role."""
        if self.role_named is None or not author.isalpha():
            return ()
        role = author.lower()
        return tuple(m.span("n") for m in self.role_named.finditer(text) if m.group("r").lower() == role)

    def _author_alias(self, text: str, a0: int, a1: int, m1: int) -> tuple[tuple[tuple[int, int], ...], int]:
        """The author's other name given right after his ("(display name 'X')", "Gareth Prosser
        (Gaz Prosser)") and where the marker then ends."""
        if self.author_alias_after is not None and (alias := self.author_alias_after.match(text, a1)):
            return (alias.span("n"),), max(m1, alias.end())
        if (bare := _BARE_ALIAS.match(text, a1)) and _same_person(text[a0:a1], bare.group("n")):
            return (bare.span("n"),), max(m1, bare.end())
        if not text[a0:a1].startswith("@") and (handle := _HANDLE_ALIAS.match(text, a1)):
            return (handle.span("n"),), max(m1, handle.end())  # "by Darren Mellor (@darren.mellor.bb)"
        return (), m1

    def defendants(self, text: str, names: list[tuple[int, int]], doc: Doc | None = None) -> list[tuple[int, int, str]]:
        """Names a news item gives as charged or convicted: the name followed by the age
        ("Ilona Varga, 46,") or by the charge ("... was jailed"), or the subject of an
        offence ("Craig Murgatroyd targeted the women"); never an official's."""
        if not self.court.search(text) or self._acquittal_only(text):
            return []
        out = []
        for start, end in _joined(text, names):
            if not self._about_sex_work(text, start):
                continue
            if (m := _SURNAME_AFTER.match(text, end)) and self.defendant_after.match(text[m.end() : m.end() + 120]):
                end = m.end()  # "Anthony 'Tony'" + " Grealish, 47,": a surname the NER left out
            after = text[end : end + 120]
            before = text[max(0, start - 40) : start]
            if self.relation_before is not None and self.relation_before.search(before):
                if not self._charged(after):
                    continue  # "His partner Mia Doe, 24, was cleared": someone of his, not charged
            elif self.official_before.search(before):
                continue  # an officer, a witness; "his friend X, 28, ... was convicted" is charged
            if self.cleared(text, end):
                continue  # "A co-accused, Liam Foxton, 29, was cleared": no offender
            if self.cleared_before is not None and self.cleared_before.search(before):
                continue  # "offered no evidence against Liam Doe, 31": no offender either
            if self.defendant_after.match(after):
                out.append((start, end, "desktop.defendant"))
            elif doc is not None and self._offence_subject(doc, start, end):
                out.append((start, end, "desktop.defendant_subject"))
        return out + self._full_names_of(text, names, out)

    def _full_names_of(
        self, text: str, names: list[tuple[int, int]], found: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """The full name of a surname charged alone ("... held by manager Petra Varga ... Varga, 47,
        has been charged"): the same defendant's; not an official's, a relation's or a cleared
        man's (stop 56)."""
        charged = {text[s:e].lower() for s, e, _ in found if len(text[s:e].split()) == 1}
        out = []
        for start, end in _joined(text, names):
            words = text[start:end].split()
            if len(words) < 2 or words[-1].lower() not in charged or any(s == start for s, _, _ in found):
                continue
            before = text[max(0, start - 40) : start]
            related = self.relation_before is not None and self.relation_before.search(before)
            runs_them = self.controller_role_before is not None and self.controller_role_before.search(before)
            official = self.official_before.search(before) and not runs_them
            if related or official or self.cleared(text, end):
                continue
            out.append((start, end, "desktop.defendant"))
        return out

    def cleared(self, text: str, end: int) -> bool:
        """The words after a name (or his area) in a court report say the court cleared him
        ("..., of Whitfield, who had been charged with perverting the course of justice for
        allegedly wiping the dashcam, was found not guilty"): read far enough for the charge."""
        if _POSSESSIVE_AFTER.match(text, end) or text[max(0, end - 2) : end] in ("'s", "\u2019s"):
            return False  # "Graves's partner, Kerry Dunn, who was cleared": someone else of his
        return self.cleared_after is not None and bool(self.cleared_after.match(text[end : end + CLEARED_WINDOW]))

    def _acquittal_only(self, text: str) -> bool:
        """A report of a man the court cleared ("found not guilty", "acquitted") and of no one
        convicted: it names no defendant to keep (stop 45)."""
        if self.acquittal_only is None:
            return False
        cleared, convicted = self.acquittal_only
        return bool(cleared.search(text)) and not convicted.search(text)

    def _about_sex_work(self, text: str, start: int) -> bool:
        """In a court round-up, the defendant's own paragraph speaks of sex work; any other
        court report is about it as a whole."""
        if self.roundup is None or not self.roundup[0].search(text[:200]):
            return True
        a = text.rfind("\n\n", 0, start)
        b = text.find("\n\n", start)
        return bool(self.roundup[1].search(text[a + 1 if a != -1 else 0 : b if b != -1 else len(text)]))

    def _charged(self, after: str) -> bool:
        """A relation of someone's ("his partner", "Doe's mother") named in a court report is
        herself said to be charged or convicted."""
        return self.charged_after is not None and bool(self.charged_after.match(after))

    def _offence_subject(self, doc: Doc, start: int, end: int) -> bool:
        """A full name (two words or more) that is the subject of an offence verb."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return False
        head = span.root
        return head.dep_ == "nsubj" and head.head.lemma_.lower() in self.defendant_verbs


# a warning's run of the man's identifiers: at most this many characters between them, and no
# word of the worker herself or of another woman between, nor a new clause about him ("(07700
# 900218) – he robbed Sasha K")
_PRONOUN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def plain_words(text: str) -> list[str]:
    """The words of a text, lower case, a word's own apostrophe kept ("he's"); a quote mark
    around a word is no part of it ("the 'flower man'" holds "man")."""
    return _PRONOUN_WORD.findall(text.lower().replace("\u2019", "'"))


_WARNED_GAP = 40
_STOP = re.compile(r"[.!?\n]\s")  # a sentence's end between a name and what follows it
# the next sentence opening on a contact cue, its words up to the first identifier ("... only. Call/WhatsApp ")
_NEXT_CONTACT = re.compile(
    r"[^.!?\n]*[.!?][ \t]+(?i:call|text|txt|ring|phone|tel|whatsapp|wa|contact|book(?:ings?)?)"
    r"(?:[ \t]*[/&,][ \t]*\w+|[ \t]+or[ \t]+\w+)*"
    r"[ \t]*(?::|on|at|via)?[ \t]*"
)
_CONTACT_GAP = 24  # "Mr K 07700 900614, Telegram @x": the words between one contact and the next
# a sentence's end, also closed in its bracket or quote ("WhatsApp.] Comment, X")
_SENTENCE_AFTER = re.compile(r"[.!?][\])'\"\u201d\u2019]*\s+[A-Z]")
_NAME_START = re.compile(r"[A-Z][a-z]+\b(?![@.\d])")  # a capitalised word, no handle or address
# a gap that ends on "with", "to" or "at" before a name: the one he acted on (stop 53)
_DONE_TO = re.compile(r"\b(?:with|wi|wiv|to|at)\s+\Z", re.IGNORECASE)
_NOT_HIS = re.compile(
    r"\b(?:me|my|mine|i|i'm|im|she|her|hers|girls?|ladies|friend|mate|he|he's|hes)\b|[.!?]\s+(?-i:[A-Z])", re.IGNORECASE
)
# a line break with words before or after it in the gap: the next line is another post or item
# ("reg YJ17 something\nAmy.C: ...", "AVOID 'CHRIS'\nStarted by PeachyNE")
_NEXT_LINE = re.compile(r"\w[^\n]*\n|\n[^\w\n]*\w")
_CORRECTION = re.compile(r"\b(?:sorry|correction|i\s+mean|typo|wrong\s+number)\b", re.IGNORECASE)
# a listing's own voice, offering to "you" as "we" ("we keep your passport", "you pay back"), and a
# telling of others ("she", "he says"): a listing's author is its controller only in the first
_OFFER = re.compile(r"\b(?:we|our|you|your|u|ur)\b", re.IGNORECASE)
_NARRATED = re.compile(r"\b(?:she|her|hers|he|him|his|he's|she's)\b", re.IGNORECASE)
_MALE = re.compile(
    r"\b(?:he|hes|hed|him|his|himself|guy|man|bloke|punter|fella|feller|gent|lad|geezer|time[\s-]?waster)\b",
    re.IGNORECASE,
)
_DASH_BEFORE = re.compile(r"[\u2013\u2014]\s*$|\s-\s*$")
_QUOTE_GAP = re.compile(r"[ \t]?['\"\u2018\u2019\u201c\u201d][ \t]?")
_SURNAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z][\w'\u2019\-]*")
_QUOTED = re.compile(r"['\"\u2018\u201c]([^'\"\u2018\u2019\u201c\u201d\n]{2,40}?)['\"\u2019\u201d]")
_HANDLE_WORD = re.compile(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])")


def _introduced_as_herself(text: str, name: str) -> bool:
    """The advert introduces the name as her own ("Hi I am Mia ... Mia takes bookings"): the
    worker taking her own bookings, no controller (unless "he" or "I bring her" says otherwise)."""
    own = rf"\b(?:i\s+am|i['’]?m|my\s+name\s+is|call\s+me|this\s+is)\s+{re.escape(name)}\b"
    return re.search(own, text, re.I) is not None


def _next_sentence_run(
    text: str,
    pos: int,
    names: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    ends: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The run of identifiers the next sentence opens on with a contact cue, no other name
    between ("All bookings with Tomas, tell him the time and which girl. Call/WhatsApp 07700 ...":
    his line; stop 57)."""
    nxt = _NEXT_CONTACT.match(text, pos, pos + 120)
    if nxt is None or _STOP.search(text, nxt.end()) or any(pos <= s < nxt.start() for s, _ in names):
        return []
    return [(s, e) for _, s, e in _run_after(nxt.end(), spans, ends)]


def _run_after(
    pos: int, spans: list[tuple[int, int]], ends: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, int]]:
    """The spans (sorted) after `pos`, one after another, until the gap before one `ends`
    (its start, the span's start): each as (where its gap began, start, end). The run of a
    warning's identifiers and of a listing's contacts."""
    for start, end in spans:
        if start < pos:
            continue
        if ends(pos, start):
            return
        yield pos, start, end
        pos = end


def handle_words(handle: str) -> list[str]:
    """The words of a handle ("MerseyMike_x" -> mersey, mike), lower-cased; none for a name
    or a handle with no parts to read ("Gary Tulloch", "quietpunter")."""
    if not re.search(r"\d|_|[a-z][A-Z]", handle):
        return []
    return [w.lower() for w in _HANDLE_WORD.findall(handle.lstrip("@")) if len(w) >= 3]


# the author markers that sign the page before them when they close it
_CLOSING_RULES = frozenset({"by", "page_admin_line"})
_SHE_CONTACTED_FROM = re.compile(
    r"(?i)\b(?:she|her)\b[^.!?\n]{0,40}\b(?:rang|rings|ringing|called|calls|calling|phoned|phoning|texted|texts|"
    r"texting|messaged|messages|messaging|contacted)\b[^.!?\n]{0,30}\bfrom(?:\s+(?:her|this|the|a))?(?:\s+(?:number|mobile|phone))?\s*[:\-]?\s*$"
)
_ASIDE = re.compile(r"\([^()\n]{0,40}\)|\[[^\[\]\n]{0,40}\]")
# an author named as the one before ("comments from same account", "the same user")
_SAME_AUTHOR = re.compile(r"(?i:same)\s+(?i:account|user|profile|poster|member|handle)\b")
# a handle right after an author's name, bare or in brackets: his account (stop 43); in brackets
# without its @ where the page labels it ("(profile handle gaz.t.hu4)"; stop 48)
_HANDLE_ALIAS = re.compile(
    r"[\"'\u2019\u201d]?[ \t]*(\()?[ \t]*(?:(?i:(?:profile[ \t]+)?(?:handle|username|user))[ \t]+)?"
    r"(?P<n>@\w[\w.]{1,29}(?<!\.)|(?(1)(?=[\w.]*[\d_.])(?=[\w.]*[^\W\d_])\w[\w.]{1,29}(?<!\.)|(?!)))[ \t]*(?(1)\))"
)
# a name or a handle in brackets right after an author ("Gareth Prosser (Gaz Prosser)")
_BARE_ALIAS = re.compile(r"[ \t]*\((?P<n>@?[A-Z][\w.'\u2019\-]+(?:[ \t]+[A-Z][\w.'\u2019\-]+){0,2})\)")


def _same_person(author: str, alias: str) -> bool:
    """A bracketed name is the author's other name: a handle, his name with the same surname, or
    a full name after his handle ("@kx_exposer (Kieran Dunne)"; stop 50)."""
    if alias.startswith("@"):
        return True
    a, b = author.split(), alias.split()
    if len(a) == 1 and _HANDLE_SHAPED.search(author) and 2 <= len(b) <= 3:
        return all(_TITLE_WORD.fullmatch(w) for w in b)
    return len(a) >= 2 and len(b) >= 2 and a[-1].lower() == b[-1].lower()


# a handle by its shape: "@", "_", a digit or a dot inside ("kx_exposer", "dan.m1")
_HANDLE_SHAPED = re.compile(r"^@|[_\d]|\w\.\w")
_TITLE_WORD = re.compile(r"[A-Z][a-z'\u2019\-]+")


def handle_names(handle: str, first_names: frozenset[str]) -> set[str]:
    """The first names inside a handle ("MerseyMike_x" -> mike): the name the others in a
    thread call its author by ("You're a scumbag Mike")."""
    return {w for w in handle_words(handle) if w in first_names}


def name_mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Whole-word mentions of a name, in any case, that are no part of a handle or address."""
    rx = re.compile(rf"(?<![\w@/.]){re.escape(name)}(?![\w@]|\.\w)", re.IGNORECASE)
    return [m.span() for m in rx.finditer(text)]


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name parts the NER found apart ("Craig Allan" "Hebden", "Abdul"-"Karim Sesay") joined
    where only a space or a hyphen separates them."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        gap = text[out[-1][1] : start] if out else ""
        # "Abdul" "-" "Karim Sesay"; "Kyle" " '" "Kaz" "' " "Robson": a nickname in quotes
        if out and ((not gap.strip() and len(gap) <= 2) or gap == "-" or _QUOTE_GAP.fullmatch(gap)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS)


_COLON_AFTER = re.compile(r"[ \t]*:")


@lru_cache(maxsize=256)
def _handle_rx(handle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@.])@?{re.escape(handle)}(?![\w])", re.IGNORECASE)
