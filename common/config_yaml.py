"""The one YAML reader for the configuration and pattern files: PyYAML's safe loader, except
that a key written twice in one mapping is an error naming the file, the line and the key.

PyYAML keeps the last of two equal keys without a word. In a pattern file that drops a whole
list of patterns (stop 28: a second `patterns_by_worker:` under one indicator silently
replaced the first), so the rules a reader sees are not the rules that run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class DuplicateKeyError(ValueError):
    """A mapping of a configuration file gives one key twice."""


class _StrictLoader(yaml.SafeLoader):
    pass


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            mark = key_node.start_mark
            raise DuplicateKeyError(f"{mark.name}: line {mark.line + 1}: key {key!r} given twice in one mapping")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_yaml(text: str, name: str = "<yaml>") -> Any:
    """Parse `text` (from the file `name`) like `yaml.safe_load`, refusing duplicate keys."""
    loader = _StrictLoader(text)
    loader.name = name
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def read_yaml(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8"), path.name)
