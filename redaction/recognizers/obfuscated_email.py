"""An email address written so a scraper misses it ("gaz dot holt at example dot com",
"roxy(at)example(dot)org", "dom dot vance@example.net"): Presidio's email pattern sees none
or only a piece of it, and her own address written so in an advert would stay in clear.

Only a spelling that hides the address counts (a plain one is the email recognizer's), and
the domain must end in a real suffix of the bundled Public Suffix List. A bare " at " joins
an address only to a domain whose dots are hidden too ("Insta account at carlos.lds.vip" is
a handle) and after a word that is no everyday English one ("was at example dot com").
`common.normalise.email` reads the hidden spelling back to the address.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from common.normalise import HIDDEN_AT, HIDDEN_DOT
from common.normalise import email as plain_email
from redaction.lexicon import Lexicon, load_lexicon
from redaction.recognizers.base import make_result
from redaction.recognizers.offline_tld import OFFLINE_EXTRACT

NAME = "ObfuscatedEmailRecognizer"
SCORE = 0.9
_DOT = rf"(?:{HIDDEN_DOT})"
_AT_HIDDEN = HIDDEN_AT
_RX = re.compile(
    rf"(?<![\w.@])(?P<local>[A-Za-z0-9][\w%+\-]*(?:(?:\.|{_DOT})[\w%+\-]+)*)"
    rf"(?P<at>\s*@\s*|{_AT_HIDDEN}|\s+at\s+)"
    rf"(?P<domain>[A-Za-z0-9\-]+(?:(?:\.|{_DOT})[A-Za-z0-9\-]+)+)(?![\w@])",
    re.IGNORECASE,
)
_HIDDEN = re.compile(rf"{_DOT}|{_AT_HIDDEN}|\s+at\s+|\s@\s", re.IGNORECASE)
_HIDDEN_DOT = re.compile(_DOT, re.IGNORECASE)


class ObfuscatedEmailRecognizer(EntityRecognizer):
    ENTITY = "EMAIL_ADDRESS"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        super().__init__(supported_entities=[self.ENTITY], name=NAME, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for m in _RX.finditer(text, overlapped=True):
            if not _HIDDEN.search(m.group()):
                continue  # a plain address: Presidio's own recognizer finds it
            if m.group("at").strip().lower() == "at" and (
                self._everyday(m.group("local")) or not _HIDDEN_DOT.search(m.group("domain"))
            ):
                continue  # "Instagram account at carlos.lds.vip": a handle, not "account@..."
            address = plain_email(m.group())
            if not OFFLINE_EXTRACT(address.rpartition("@")[2]).suffix:
                continue
            results.append(make_result(self, self.ENTITY, m.start(), m.end(), SCORE))
        # overlapping readings ("holt at example dot com" inside "gaz dot holt at ..."): the longest
        return EntityRecognizer.remove_duplicates(results)

    def _everyday(self, local: str) -> bool:
        words = local.split()
        return len(words) == 1 and self.lexicon.is_common_word(words[0])
