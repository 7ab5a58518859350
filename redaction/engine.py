"""The Presidio analyzer over the pipeline's one spaCy pipeline, configured the way Presidio
is: the NLP engine from `nlp_engine.yaml` through its NlpEngineProvider and the recognizer
registry from `recognizers.yaml` through its RecognizerRegistryProvider.

The NLP engine wraps the already-loaded `nlp` (no second model load), and its
`process_batch` is the pipeline's single parse: redaction reads the NlpArtifacts and the
extractor reads the same Doc (`artifacts.tokens`).
"""

from __future__ import annotations

import bisect
import copy
import logging
from functools import cache
from pathlib import Path
from typing import Any

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpEngineProvider, SpacyNlpEngine
from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider
from spacy.language import Language

from common.config_yaml import read_yaml
from redaction.lexicon import Lexicon, load_lexicon
from redaction.recognizers import uk_recognizers
from redaction.roles import RoleRules

NLP_ENGINE_FILE = Path(__file__).with_name("nlp_engine.yaml")
RECOGNIZERS_FILE = Path(__file__).with_name("recognizers.yaml")


@cache
def _read(path: Path) -> dict[str, Any]:
    return read_yaml(path)


def build_nlp_engine(nlp: Language, model_name: str, conf_file: Path = NLP_ENGINE_FILE) -> SpacyNlpEngine:
    """Presidio's spaCy engine as `conf_file` describes it, over `nlp`, the model already
    loaded under `model_name`."""

    class LoadedSpacyNlpEngine(SpacyNlpEngine):
        # the provider calls load(): take the pipeline's model instead of loading another
        def load(self) -> None:
            # Presidio declares the attribute as None (its __init__) and fills a dict in load()
            self.nlp = {model["lang_code"]: nlp for model in self.models}  # type: ignore[assignment]

    conf = copy.deepcopy(_read(conf_file))
    for model in conf["models"]:
        model["model_name"] = model_name  # the model in use (BULLETINS_SPACY_MODEL)
    provider = NlpEngineProvider(nlp_engines=(LoadedSpacyNlpEngine,), nlp_configuration=conf)
    engine = provider.create_engine()
    if not isinstance(engine, SpacyNlpEngine):
        raise ValueError(f"{conf_file}: a spaCy engine is expected, not {type(engine).__name__}")
    return engine


def build_analyzer(
    nlp_engine: SpacyNlpEngine,
    lexicon: Lexicon | None = None,
    roles: RoleRules | None = None,
    conf_file: Path = RECOGNIZERS_FILE,
) -> AnalyzerEngine:
    # Presidio logs the words around each match at DEBUG and every per-record recognizer
    # at INFO: record text must never reach a log, whatever level a deployment sets.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    lex = lexicon or load_lexicon()
    registry = RecognizerRegistryProvider(
        registry_configuration=_registry_configuration(conf_file, lex), nlp_engine=nlp_engine
    ).create_recognizer_registry()
    # The Python recognizers read the parse, the lexicon or the role rules: objects a
    # registry file cannot hand them, so they are added here (see recognizers.yaml).
    for recognizer in uk_recognizers(lex, roles):
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=["en"],
        context_aware_enhancer=IndexedContextEnhancer(),
    )


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, finding a match's token by bisection: its own search
    walks the Doc token by token for every result, making a Token object for each."""

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens: Any, tokens_indices: list[int]) -> int:
        # the same answer as the walk: the first token ending after `start`
        i = bisect.bisect_right(tokens_indices, start) - 1
        if i < 0 or start >= tokens_indices[i] + len(tokens[i]):
            i += 1
        if i >= len(tokens_indices):
            raise ValueError("a match's start lies beyond the last token")
        return i


def _registry_configuration(conf_file: Path, lexicon: Lexicon) -> dict[str, Any]:
    """The registry file with `{street_types}` and `{months}` filled from the lexicon."""
    conf = copy.deepcopy(_read(conf_file))
    street_types = "|".join(lexicon.street_types)
    months = "|".join(month[:3] for month in lexicon.months)  # "[a-z]*" follows: "sept", "september"
    for recognizer in conf["recognizers"]:
        for pattern in recognizer.get("patterns") or []:
            pattern["regex"] = pattern["regex"].replace("{street_types}", street_types).replace("{months}", months)
    return conf
