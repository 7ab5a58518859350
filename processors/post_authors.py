"""Which posts in desktop research describe an offence by their own author (records.md §2).

The redactor knows where posts and their authors are (`redaction/desktop_roles.py`), but
not what an offence is: that is the MO extraction's knowledge. So the pipeline reads each
post's own words with the MO patterns and the MO model and tells the redactor which
authors wrote of an offence (`RecordContext.offender_authors`). The redactor still lets
its role model veto a flagged author it reads as the worker's side, and a post in the voice
of the one harmed ("he grabbed me"), or one condemning another's ("reported", "that's
assault"), is never flagged; nor is an MO pattern in a sentence where a third party
controls the worker ("the owner takes the money": a review describing control, the
indicators' reading, not the reviewer's theft).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from processors.indicators import IndicatorFinder
from processors.matchers import Hit, PatternTagger, SentenceIndex, doc_words
from processors.mo_model import MoModel
from redaction.desktop_roles import DesktopRoles, Post

# MO model probability that counts as a post describing an offence on its own, and the
# fewest words a post needs for the model to be read at all (it guesses on "lol legend";
# at 12 words it made offenders of three short replies on the training sets, "Lee that's a
# horrible thing to say, those women are probably victims", against four it found at 12-15).
# 0.97 since the stop 29 model (trained on twice the records, surer of itself): at 0.9 it
# made offenders of two harmless reviewers on the validation records people wrote
MODEL_BAR = 0.97
MODEL_MIN_WORDS = 16
# a line a reply quotes from another post, as forums mark it (also right after the author's
# colon: "Post #3 by X: > slipped it off"); read on the post's own text, where "^" is its start
_QUOTED_LINE = re.compile(r"^[ \t:]*>[^\n]*", re.MULTILINE)


def offending_authors(
    text: str,
    doc: Doc,
    desktop: DesktopRoles,
    mo: PatternTagger,
    mo_model: MoModel | None,
    indicators: IndicatorFinder | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, rule) of each author whose post describes an offence."""
    posts = desktop.posts(text)
    if not posts or desktop.worker_page(text):
        return []  # on a page of workers warning each other, every poster is a worker
    # each post's own words: the lines it quotes from another post blanked (offsets kept)
    bodies = [_QUOTED_LINE.sub(lambda m: " " * len(m.group()), text[p.body[0] : p.body[1]]) for p in posts]
    probs = mo_model.predict(bodies) if mo_model is not None else [{} for _ in bodies]
    sents = SentenceIndex(doc)
    words = doc_words(doc, sents)
    out: list[tuple[int, int, str]] = []
    listed = desktop.blacklist_items(text)  # a list of men not to see is a warning, its poster no offender
    control: set[int] | None = None  # sentences where a third party controls her, read once
    # in a chat copied with its times, one who tells in one message what he did to her is no
    # offender in the next
    workers = desktop.worker_speakers(text, posts)
    for post, body, p in zip(posts, bodies, probs, strict=True):
        if (
            desktop.speaker(text, post) in workers
            or desktop.in_worker_voice(body)
            or desktop.condemns.search(body)
            or (desktop.disapproves.search(body) and not desktop.offence.search(body))
            or desktop.worker_author(text, post)
            or desktop.reporters_byline(text, post)
            or any(post.body[0] <= a < post.body[1] for a, _ in listed)
        ):
            continue
        # the post is its author's: "I pinned her to the bed" is his act
        hits = mo.hits(doc, post.body[0], post.body[1], sents, words, first_person_offender=True)
        # a line it quotes ("> slipped it off halfway" above "mate you can't write that") is the
        # quoted author's act, not this one's
        b0 = post.body[0]
        quoted = [(b0 + m.start(), b0 + m.end()) for m in _QUOTED_LINE.finditer(text[b0 : post.body[1]])]
        hits = [h for h in hits if not any(a <= doc[h.start].idx < b for a, b in quoted)]
        # "Big lad at the door took the £80", "my mate reckons he took it off": another man's act,
        # and a post whose every act is another's tells of his offence, not its author's
        hits, only_anothers = _own_hits(doc, hits)
        if hits and indicators is not None:
            if control is None:
                found = indicators.find(doc, len(text), "desktop_research", sents, words)
                control = indicators.assess(found, doc, len(text)).control_sentences
            hits = [h for h in hits if h.sentence not in control]
        tags = {h.label for h in hits}
        if mo_model is not None:
            # the record's own rule: a pattern's tag the model is sure is absent does not
            # count ("she robbed my heart", "stole the show")
            tags = {t for t in tags if not mo_model.thresholds.drops(t, p.get(t, 1.0))}
        told = desktop.offence.search(body)
        if told is not None and _anothers_act(doc, b0 + told.start(), b0 + told.end()):
            told, only_anothers = None, True
        if only_anothers and not tags and told is None:
            continue  # every act it tells is another man's: the model's reading of them is too
        signal = (
            bool(told)
            or (len(body.split()) >= MODEL_MIN_WORDS and any(v >= MODEL_BAR for v in p.values()))
            or bool(tags)
            or bool(out and desktop.spreads.search(body))  # passing an offending post on
        )
        if signal:
            out.append((*post.author, f"desktop.author_offence:{post.rule}"))
            out += [(a, b, f"desktop.author_offence:{post.rule}") for a, b in post.also]
            if desktop.sign_off and (sign := desktop.sign_off.search(text, post.body[0], post.body[1])):
                # "... evens it out for the price. Contact: seafrontsteve@example.com": his own
                out.append((sign.start(1), sign.end(1), "desktop.author_offence:sign_off"))
    return out + _his_other_mentions(text, posts, out, desktop)


def _own_hits(doc: Doc, hits: list[Hit]) -> tuple[list[Hit], bool]:
    """The hits that are the author's own acts, and whether every hit was another man's."""
    own = [h for h in hits if not _someone_elses(doc, h.start, h.end)]
    return own, bool(hits) and not own


def _anothers_act(doc: Doc, start_char: int, end_char: int) -> bool:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return span is not None and _someone_elses(doc, span.start, span.end)


def _someone_elses(doc: Doc, start: int, end: int) -> bool:
    """The hit's verb has another man for its subject ("he", "the lad at the door"): a post
    telling of another's act, not its author's (stop 55). A verb with no subject ("took it off
    halfway") or "I" is the author's; "she" and a name are left to the rules (an outing post's
    "she sells herself on ..." is its author's offence)."""
    for tok in doc[start:end]:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        for subj in (c for c in tok.children if c.dep_ == "nsubj"):
            word = subj.lower_
            if word in _FIRST_PERSON:
                return False
            return word == "he" or word in _MEN
    return False


_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# the men a review tells of by what they are, not a name
# fmt: off
_MEN = frozenset({
    "lad", "man", "guy", "bloke", "fella", "fellow", "mate", "pal", "doorman", "minder", "driver", "boss", "owner",
    "manager", "security", "punter", "client", "friend",
})
# fmt: on


def _his_other_mentions(
    text: str, posts: list[Post], out: list[tuple[int, int, str]], desktop: DesktopRoles
) -> list[tuple[int, int, str]]:
    """One author, one role: his other posts ("> OldhamOrator: prove it") are his too, and
    wherever a reply names him by his handle ("Bigmac_NE that's not on mate"), and a number he
    gives as his own in any of them."""
    more: list[tuple[int, int, str]] = []
    flagged = {text[a:b].lstrip("@").lower() for a, b, _ in out}
    keys = {_author_key(f) for f in flagged}
    for post in posts:
        a, b = post.author
        if _author_key(text[a:b]) not in keys:
            continue
        if not any(a == s for s, _, _ in [*out, *more]):
            more.append((a, b, f"desktop.author_offence:{post.rule}"))
        # "Number's 07700 ... if any lassie wants tae complain": a number he gives as his own
        if desktop.own_number and (own := desktop.own_number.search(text, post.body[0], post.body[1])):
            g = 1 if own.group(1) else 2
            more.append((own.start(g), own.end(g), "desktop.author_offence:own_number"))
    for handle in sorted(flagged):
        for a, b in desktop.handle_mentions(text, handle):
            if not any(s <= a and b <= e for s, e, _ in [*out, *more]):
                more.append((a, b, "desktop.author_offence:mention"))
    return more


def _author_key(author: str) -> str:
    """One author however a page writes him: "@Bigmac_NE" and "bigmac_ne", "Graham L." and "Graham L"."""
    return author.lstrip("@").rstrip(".").lower()
