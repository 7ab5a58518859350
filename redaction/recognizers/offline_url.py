"""Presidio's URL recognizer with an offline TLD check, on whole words only.

A match that stops inside a word ("cherrybomb.bf" of `cherrybomb.bfd`, "dan.r.sm" of
an email) is not a URL: the redactor must never leave half an identifier behind. Handles
with dots (`luna.lds.x`) are left to the handle recognizer.
"""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import UrlRecognizer

from redaction.recognizers.offline_tld import OFFLINE_EXTRACT

# Every one of Presidio's URL patterns needs a dot right before a top-level domain, and
# every domain of its list opens with a letter: a text with no letter after a dot holds no
# URL. Most texts have none, and the list's long alternation is the costliest regex here.
_DOT_LETTER = re.compile(r"\.[^\W\d_]")


class OfflineUrlRecognizer(UrlRecognizer):
    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not _DOT_LETTER.search(text):
            return []
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        out = []
        for r in results:
            before = text[r.start - 1] if r.start > 0 else " "
            after = text[r.end] if r.end < len(text) else " "
            if before.isalnum() or before in "@._-" or after.isalnum() or after in "@_-":
                continue
            out.append(r)
        return out

    def validate_result(self, pattern_text: str) -> bool:
        host = pattern_text.split("//", 1)[-1].split("/", 1)[0]
        return bool(OFFLINE_EXTRACT(host).suffix)
