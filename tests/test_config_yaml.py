"""Every configuration and pattern file is read by one strict reader: a key given twice in one
mapping (which PyYAML would resolve silently, dropping the first) is an error naming where."""

from __future__ import annotations

from pathlib import Path

import pytest

from common.config_yaml import DuplicateKeyError, load_yaml, read_yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG_FILES = sorted(
    p for folder in ("processors", "redaction", "streams", "common", "schemas") for p in (ROOT / folder).rglob("*.yaml")
)


def test_a_key_given_twice_is_refused_with_its_line():
    text = "third_party_control:\n  strong:\n    patterns: [a]\n    patterns: [b]\n"
    with pytest.raises(DuplicateKeyError, match=r"indicators.yaml: line 4: key 'patterns'"):
        load_yaml(text, "indicators.yaml")
    assert load_yaml("a: &x 1\nb: *x\n") == {"a": 1, "b": 1}  # anchors still work


@pytest.mark.parametrize("path", CONFIG_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_shipped_yaml_file_has_no_key_twice(path):
    read_yaml(path)
