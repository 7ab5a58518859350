"""The authors of posts in desktop research (forums, reviews, comments, channels).

A post's author is someone's identifier whatever it looks like: "quietpunter" or
"midlandsmelody" carry no digit or underscore for the handle recognizer to see, and the
name tagger misses most of them. `redaction/desktop_roles.py` finds the posts; each author
becomes a candidate here (a handle, or a name of capitalised words), and the redactor
decides its side (an offence in the author's own post makes it an offender's; otherwise it
is redacted). An everyday word a marker caught ("lol legend >>") is no author. The first name
inside a handle is a candidate wherever the thread calls its author by it ("Baz delete
that", "its a whore tam"), in lower case too when it is no everyday word; so is a quoted
name after an alias cue ("used the username 'SelbySwan77'").
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NlpArtifacts
from wordfreq import zipf_frequency

from redaction.desktop_roles import DesktopRoles, handle_words, name_mentions
from redaction.lexicon import RARE_WORD_ZIPF, Lexicon
from redaction.recognizers.base import make_result

NAME = "PostAuthorRecognizer"
SCORE = 0.6
_HANDLE_SHAPED = re.compile(r"@|u/|\d|_|[a-z][A-Z]")
# two or three capitalised words, the last perhaps an initial ("Derek H.", "Sue W")
_NAME_WORDS = re.compile(r"[A-Z][\w'\u2019\-]+(?:(?:\s+[A-Z][\w'\u2019\-]+)+(?:\s+[A-Z]\.?)?|\s+[A-Z]\.?)")


class PostAuthorRecognizer(EntityRecognizer):
    def __init__(self, desktop: DesktopRoles, lexicon: Lexicon) -> None:
        self.desktop = desktop
        self.lexicon = lexicon
        super().__init__(supported_entities=["ONLINE_HANDLE", "PERSON"], name=NAME, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        results = []
        posts = self.desktop.posts(text)
        authors = [p.author for p in posts]
        names: set[str] = set()
        for start, end in authors:
            author = text[start:end]
            if _NAME_WORDS.fullmatch(author):
                results.append(make_result(self, "PERSON", start, end, SCORE))
            elif _HANDLE_SHAPED.search(author) or not self.lexicon.is_common_word(author.lower()):
                results.append(make_result(self, "ONLINE_HANDLE", start, end, SCORE))
            # a first name, or a word too rare to be an everyday one ("tam" of "TorryTam")
            lex = self.lexicon
            names |= {w for w in handle_words(author) if lex.could_be_name(w) and not lex.is_place(w)}
        # a reply that names a post's author by the handle ("Agree with GeordieGent71"): the same
        # account wherever the page writes it
        for handle in sorted({text[a:b] for a, b in authors if _HANDLE_SHAPED.search(text[a:b])}):
            for start, end in self.desktop.handle_mentions(text, handle):
                if not any(a <= start and end <= b for a, b in authors):
                    results.append(make_result(self, "ONLINE_HANDLE", start, end, SCORE))
        # an author's other name right after his ("(profile handle gaz.t.hu4)", "(display name 'Gaz')")
        also = [s for p in posts for s in p.also]
        for start, end in [*self.desktop.aliases(text), *also]:
            entity = (
                "PERSON" if " " in text[start:end] or not _HANDLE_SHAPED.search(text[start:end]) else "ONLINE_HANDLE"
            )
            results.append(make_result(self, entity, start, end, SCORE))
        for name in sorted(names):
            for start, end in name_mentions(text, name):
                word = text[start:end]
                if any(a <= start and end <= b for a, b in authors):
                    continue
                if word[:1].isupper() or zipf_frequency(word, "en") < RARE_WORD_ZIPF:
                    results.append(make_result(self, "PERSON", start, end, SCORE))
        return results


class ChatSpeakerRecognizer(EntityRecognizer):
    """In a report or note that pastes a chat with its times ("[19/11/2026, 21:47] Sioned: blocked
    x", "22:15 - Eirlys T: oh no"), each speaker is a person of the chat: a name the tagger may
    miss (a Welsh or Gaelic first name, a name with an initial). Only name-like speakers: a timed
    log's "21:05 Quay:" or "22:10 Outreach:" is no one's name. The redactor then decides the
    side as for any name (stop 59)."""

    _RULES = frozenset({"chat_line", "name_time"})

    def __init__(self, desktop: DesktopRoles, lexicon: Lexicon) -> None:
        self.desktop = desktop
        self.lexicon = lexicon
        super().__init__(supported_entities=["PERSON"], name="ChatSpeakerRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        results = []
        lex = self.lexicon
        for post in self.desktop.posts(text):
            start, end = post.author
            author = text[start:end]
            if post.rule not in self._RULES or _HANDLE_SHAPED.search(author):
                continue
            first, *rest = author.split()
            if not first[:1].isupper() or lex.is_place(first) or not lex.could_be_name(first):
                continue
            if first.isupper() and first.lower() not in lex.first_names:
                continue  # "00:12 CSO: 'Are you alright?'": a role's letters, no one's name
            if all(len(w.rstrip(".")) == 1 or w[:1].isupper() for w in rest):  # "Eirlys T", "Nia B.
                results.append(make_result(self, "PERSON", start, end, SCORE))
        return results
