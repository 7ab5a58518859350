"""Social media handles.

- `@name` (not an email's @);
- a name after a platform or account word: "snapchat: name", "snap me luna.lds.x",
  "on OnlyFans as bellats_leeds", "AdultWork profile Rio_Lad_Lds", "posts as
  'HonestPunter77'" (the name must look like a handle: a digit, `_` or `.`, or be quoted
  or after a colon);
- any word joined by underscores (`cherry_bomb_bfd`): in this text it is a handle.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer
from wordfreq import zipf_frequency

from redaction.lexicon import Platforms, load_platforms
from redaction.recognizers.base import make_result

_HANDLE = r"\w[\w.]{1,29}\w"  # \w is any script: handles are not only ASCII
# a signature shaped like a handle: a digit, an underscore or a capital inside ("BristolBanker77")
_SHAPED = re.compile(r"\d|_|[a-z][A-Z]")


def _unknown_lower(word: str) -> bool:
    """A lower-case word no dictionary has, after a platform's name: a handle ("OnlyFans
    saffronbmth", "does an OF as kalixleeds")."""
    return word.islower() and len(word) >= 6 and zipf_frequency(word, "en") == 0


class SocialHandleRecognizer(EntityRecognizer):
    def __init__(
        self, platforms: Platforms | None = None, supported_language: str = "en", name: str = "SocialHandleRecognizer"
    ) -> None:
        """`platforms`: the words for each platform (default: redaction/platforms.yaml); its
        Presidio context is theirs (`context` use)."""
        plat = platforms or load_platforms()
        cues = "(?:" + "|".join(plat.using("handle_cue")) + ")"
        account = "(?:" + "|".join(plat.cues["account_cues"]) + ")"
        links = r"(?:\s*(?:" + "|".join(plat.cues["handle_links"]) + r")\s*){0,3}"
        self._at = re.compile(r"(?<![\w.@/])@\w[\w.]{1,29}(?<![.])")
        self._cued = re.compile(
            rf"\b(?:{cues}|{account})\b{links}(?<!\w)(?P<q>['\"\u2018\u201c])?(?P<h>{_HANDLE})(?(q)['\"\u2019\u201d])"
            rf"(?![\w@])",
            re.IGNORECASE,
        )
        # "snap lexi.lds", "insta bella_x": a full platform name, a space, a handle-shaped word
        self._bare = re.compile(
            rf"\b(?:{'|'.join(plat.using('bare_handle'))})\s+(?P<h>{_HANDLE})(?![\w@])",
            re.IGNORECASE,
        )
        # forum and comment authors: "Review posted by PotteriesPlayer", "Reply from Gent4Hire:",
        # "u/prestonpete replied", "BrumLad77 wrote:"
        self._author = re.compile(
            rf"\b(?:{'|'.join(plat.cues['author_before'])})"
            rf"\s*:?\s*(?P<q>['\"\u2018\u201c])?(?P<h>{_HANDLE})(?(q)['\"\u2019\u201d])(?![\w@])"
            rf"|(?<![\w@./])(?P<h2>{_HANDLE})(?=\s+(?:{'|'.join(plat.cues['author_after'])})\b\s*:?)",
            re.IGNORECASE,
        )
        # a review's byline opening a sentence: "Field report: Roxanne, Redland. By BristolBanker77."
        self._byline = re.compile(r"(?:^|(?<=[.!?|:]\s)|(?<=\n))By\s+(?P<h>[^\W\d_][\w.]{1,29}\w)(?![\w@])", re.M)
        # a quoted review signed after its closing quote ("'... fair enough.' - testvalleytraveller"):
        # its reviewer's handle, where no dictionary has the word (stop 57)
        self._quote_sig = re.compile(
            r"['\"\u2019\u201d][ \t]*[-\u2013\u2014~][ \t]*(?P<h>[^\W\d_][\w.]{1,29}\w)"
            r"(?=[ \t]*(?:$|\n|['\"\u2018\u201c]))",
            re.M,
        )
        self._reddit = re.compile(r"(?<![\w@/])u/\w[\w-]{1,29}")
        # a Cash App tag ("Cash app $derbyexposed"): an account as surely as an @handle
        self._cashtag = re.compile(r"(?<![\w$])\$[A-Za-z][\w\-]{2,19}(?![\w$])")
        self._underscore = re.compile(r"(?<![\w@./])[^\W_]+(?:_[^\W_]+)+(?![\w@]|\.\w)")
        super().__init__(
            supported_entities=["ONLINE_HANDLE"],
            name=name,
            supported_language=supported_language,
            context=[*plat.using("context"), "handle", "account"],
        )

    def load(self) -> None:
        pass

    def _bare_handles(self, text: str) -> list[tuple[int, int]]:
        """A handle-shaped word right after a platform's name ("snap lexi.lds"), or a lower-case
        word no dictionary has ("OnlyFans saffronbmth")."""
        out = []
        for m in self._bare.finditer(text):
            h = m.group("h")
            shaped = re.search(r"[\d_.]", h) and not re.fullmatch(r"[\d.:]+(?:am|pm)?", h, re.IGNORECASE)
            if shaped or _unknown_lower(h):
                out.append(m.span("h"))
        return out

    def _signatures(self, text: str) -> list[tuple[int, int]]:
        """A review's byline shaped like a handle ("By BristolBanker77."), and a quoted review's
        signature after its closing quote, shaped like one or a word no dictionary has ("'... fair
        enough.' - testvalleytraveller")."""
        out = [m.span("h") for m in self._byline.finditer(text) if _SHAPED.search(m.group("h"))]
        out += [
            m.span("h")
            for m in self._quote_sig.finditer(text)
            if _SHAPED.search(m.group("h")) or _unknown_lower(m.group("h"))
        ]
        return out

    def analyze(self, text, entities, nlp_artifacts=None):
        spans: dict[tuple[int, int], float] = {}
        for m in self._at.finditer(text):
            spans[m.span()] = 0.7
        for m in self._cued.finditer(text):
            h = m.group("h")
            quoted = m.group("q") is not None
            colon = ":" in text[m.start() : m.start("h")]
            looks_like_handle = (
                quoted or colon or re.search(r"[\d_.]", h) or re.search(r"[a-z][A-Z]", h) or _unknown_lower(h)
            )
            if looks_like_handle and not re.fullmatch(r"[\d.]+", h):
                spans.setdefault(m.span("h"), 0.6)
        for span in self._bare_handles(text):
            spans.setdefault(span, 0.6)
        for m in self._author.finditer(text):
            group = "h" if m.group("h") else "h2"
            h = m.group(group)
            if re.search(r"[\d_.]", h) or re.search(r"[a-z][A-Z]", h) or (group == "h" and m.group("q")):
                spans.setdefault(m.span(group), 0.6)
        for span in self._signatures(text):
            spans.setdefault(span, 0.6)
        for m in self._reddit.finditer(text):
            spans.setdefault(m.span(), 0.7)
        for m in self._cashtag.finditer(text):
            spans.setdefault(m.span(), 0.7)
        for m in self._underscore.finditer(text):
            spans.setdefault(m.span(), 0.6)
        return [make_result(self, "ONLINE_HANDLE", s, e, score) for (s, e), score in spans.items()]
