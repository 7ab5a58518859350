"""The labelled corpus format (tests/corpus/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev.jsonl"


@dataclass(frozen=True)
class Example:
    source: str
    record: dict[str, Any]
    gold: dict[str, Any]


def load_corpus(path: Path = DEFAULT_CORPUS) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            examples.append(Example(item["source"], item["record"], item["gold"]))
    return examples
