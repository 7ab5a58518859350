"""A post signed off with kisses: "Stay safe girls. MM x", "ta, Jodie x", "Gold (Goldie on the
site) x".

A worker warning others ends her post with her name or initials and an "x": hers, on the
victim's side. The name must look like one: initials (letters a tagger may read as an
abbreviation), a first name, the short of a first name the post gives ("Lily Mae here ...
Lil xx"), or any word (a gem, a metal) with her other name in brackets after it. "Thanks x",
"Cheers x" and "Besos x" are closings, not names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from redaction.recognizers.base import DocPersonRecognizer, make_result
from redaction.roles import VICTIM

NAME = "SignOffRecognizer"
SCORE = 0.9
RULE = "self.sign_off"

# after a sentence's end, a comma or a dash, or at a line's start; then the kisses and the
# post's end (the text's or the line's, or the next reply's chevron)
_SIGN_OFF = re.compile(
    r"(?:^|(?<=[.!?,;\n])|(?<=[.!?,;]\s)|(?<=[-\u2013\u2014]\s))[ \t]*"
    r"(?P<name>[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?|[A-Z]{2,3}\d{0,3})"
    r"(?P<aside>[ \t]*\([^()\n]{1,40}\))?"
    r"[ \t]+x{1,4}(?![\w])[ \t!.]*(?=$|\n|>|\|)"
)


class SignOffRecognizer(DocPersonRecognizer):
    NAME = NAME

    def find(self, text: str, doc: Doc):
        results = []
        for m in _SIGN_OFF.finditer(text):
            name = m.group("name")
            if self._a_name(name, bool(m.group("aside"))) or self._short_of_named(name, text):
                results.append(
                    make_result(self, "PERSON", m.start("name"), m.end("name"), SCORE, name_role=VICTIM, name_rule=RULE)
                )
        return results

    def _a_name(self, word: str, aside: bool) -> bool:
        lex = self.lexicon
        letters = word.rstrip("0123456789")
        if word.isupper():
            return letters.lower() not in lex.role_acronyms and not lex.is_title(letters.lower())
        if aside:
            return True  # "Gold (Goldie on the site) x": her name, given twice
        return word.lower() in lex.first_names and not lex.is_common_word(word)

    def _short_of_named(self, word: str, text: str) -> bool:
        """The first letters of a first name the text gives ("Lil xx" under "Lily Mae here";
        stop 56); not a closing word ("Hun xx" under "Hunter")."""
        lex = self.lexicon
        if len(word) < 3 or not word[:1].isupper() or word.isupper():
            return False
        if lex.is_common_word(word) or lex.is_not_name(word):
            return False
        return any(
            len(full) > len(word) and full.lower() in lex.first_names
            for full in re.findall(rf"\b{re.escape(word)}[a-z]+\b", text)
        )
