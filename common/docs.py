"""Reading a parse cheaply: what spaCy recomputes on every access, kept once per `Doc`."""

from __future__ import annotations

from typing import Any

_TEXT = "bulletins.text"


def doc_text(doc: Any) -> str:
    """`doc.text`, kept: spaCy joins every token's text again on each access, and the
    recognizers ask for it per candidate; a parse's text never changes."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text
