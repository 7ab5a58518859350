"""The authors of posts in desktop research (forums, reviews, comments, channels).

A post's author is someone's identifier whatever it looks like: "quietpunter" or
"midlandsmelody" carry no digit or underscore for the handle recognizer to see, and the
name tagger misses most of them. `redaction/desktop_roles.py` finds the posts; each author
becomes a candidate here (a handle, or a name of capitalised words), and the redactor
decides its side (an offence in the author's own post makes it an offender's; otherwise it
is redacted). An everyday word a marker caught ("lol legend >>") is no author.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.desktop_roles import DesktopRoles
from redaction.lexicon import Lexicon
from redaction.recognizers.base import make_result

NAME = "PostAuthorRecognizer"
SCORE = 0.6
_HANDLE_SHAPED = re.compile(r"@|u/|\d|_|[a-z][A-Z]")
_NAME_WORDS = re.compile(r"[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+)+")


class PostAuthorRecognizer(EntityRecognizer):
    def __init__(self, desktop: DesktopRoles, lexicon: Lexicon) -> None:
        self.desktop = desktop
        self.lexicon = lexicon
        super().__init__(supported_entities=["ONLINE_HANDLE", "PERSON"], name=NAME, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        results = []
        for post in self.desktop.posts(text):
            start, end = post.author
            author = text[start:end]
            if _NAME_WORDS.fullmatch(author):
                results.append(make_result(self, "PERSON", start, end, SCORE))
            elif _HANDLE_SHAPED.search(author) or not self.lexicon.is_common_word(author.lower()):
                results.append(make_result(self, "ONLINE_HANDLE", start, end, SCORE))
        return results
