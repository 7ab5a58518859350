"""A place named right after a home cue ("we share flat in Burmantofts", "im back at me mams in
Rothwell", a town the small model does not tag: "at my mam's in Pontefract"): a PLACE
candidate, so that the redactor's home rule takes it out; after his ("lives out Tuffley
way"), so that it keeps it as a place rather than redacting it as a name.

The gazetteer holds GeoNames' populated places, not every district and estate, and the
small model misses many of those; where someone lives is exactly where a missed place
leaks. The home cue itself is the evidence (the role rules' `home_before`, `home_after`
and `home_relation_before`), read as the redactor reads it: in the place's sentence.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.lexicon import Lexicon, load_lexicon
from redaction.recognizers.base import make_result
from redaction.roles import RoleRules, load_role_rules

NAME = "HomePlaceRecognizer"
SCORE = 0.5
# one to three capitalised words after a preposition of place ("in Burmantofts", "on the
# Ravenscliffe") or before "way" ("lives out Tuffley way")
_WORDS = r"\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2}"
_AFTER_PREP = re.compile(
    rf"\b(?:(?:in|at|on|from)\s+(?:the\s+)?(?P<p>{_WORDS})(?![\w@])|(?:out|up|down|round|over)\s+(?P<p>{_WORDS})(?=\s+way\b))"
)
_SENTENCE_END = re.compile(r"[.!?\n][^.!?\n]*$")
# the same in lower case, as texters write a town the gazetteer knows ("at ours in north
# ormesby", "im at my mams in castleford"): one to three words, the longest that is a town
_LOWER_AFTER_PREP = re.compile(r"\b(?:in|at|on|from)\s+(?:the\s+)?(?=(?P<p>\p{Ll}+(?:[ \-]\p{Ll}+){0,2}))")
_WORD = re.compile(r"[^\s\-]+")


class HomePlaceRecognizer(EntityRecognizer):
    ENTITY = "PLACE"

    def __init__(self, roles: RoleRules | None = None, lexicon: Lexicon | None = None) -> None:
        self.roles = roles or load_role_rules()
        self.lexicon = lexicon or load_lexicon()
        super().__init__(supported_entities=[self.ENTITY], name=NAME, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        results = []
        for m in _AFTER_PREP.finditer(text):
            start, end = self._words(text, *m.span("p"))
            if start == end:
                continue  # "on Saturday", "on Facebook", "in August": no place
            words = text[start:end]
            if self.lexicon.is_abroad(words):
                continue  # abroad is kept
            if self.lexicon.is_place(words) and (_tagged(nlp_artifacts, start, end) or self.lexicon.is_major(words)):
                continue  # a city, or a town the model tags as a place: its own rules decide it
            if self.lexicon.is_place(words.split()[0]) and not self.lexicon.is_place(words):
                continue  # "in Leeds Road": the street's own recognizer reads it
            before = _sentence_before(text, start)
            # where she lives (the redactor takes it out) or where he does (it keeps it)
            if self.roles.home_context(before, text[end : end + 40]) or self.roles.his_home(before):
                results.append(make_result(self, self.ENTITY, start, end, SCORE))
        return results + self._lower_case_towns(text)

    def _lower_case_towns(self, text: str) -> list[RecognizerResult]:
        """A town of the gazetteer written in lower case after a home cue: hers, to redact
        (no other recognizer sees it; an incident's lower-case town stays as written)."""
        results = []
        for m in _LOWER_AFTER_PREP.finditer(text):
            start = m.start("p")
            words = list(_WORD.finditer(text, start, m.end("p")))
            for n in range(len(words), 0, -1):
                end = words[n - 1].end()
                town = text[start:end]
                # "living on the street", "in bath": an everyday word may be a town too
                if self.lexicon.is_british_place(town) and not (n == 1 and self.lexicon.is_common_word(town)):
                    break
            else:
                continue
            if self.roles.home_context(_sentence_before(text, start), text[end : end + 40]):
                results.append(make_result(self, self.ENTITY, start, end, SCORE))
        return results

    def _words(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The place's words: up to the first a lexicon knows is no name ("my place in Bangor
        Friday" is Bangor)."""
        stop = start
        for w in _WORD.finditer(text, start, end):
            if self.lexicon.is_not_name(w.group()):
                break
            stop = w.end()
        return start, stop


def _sentence_before(text: str, start: int) -> str:
    """Up to 80 characters before `start`, in its sentence: where the rules read a home cue."""
    before = text[max(0, start - 80) : start]
    if cut := _SENTENCE_END.search(before[:-1]):
        before = before[cut.start() + 1 :]
    return before


def _tagged(nlp_artifacts: NlpArtifacts | None, start: int, end: int) -> bool:
    """The small model tagged a place over [start, end) (a town it calls a person is still ours)."""
    ents = nlp_artifacts.entities if nlp_artifacts is not None else []
    return any(e.start_char < end and start < e.end_char and e.label_ in _PLACE_LABELS for e in ents)


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
