"""The packages form layers that import one way only (README, "Layout").

    common      the leaf: normal forms, the description of each source, spans, the record context
    schemas     the record contract: Avro schemas, JSON form, limits, the registry
    redaction   victims and third parties out (Presidio)
    processors  extraction, correlation and linkage, routing rules, digests
    pipeline    `Pipeline`, which composes the stages, and the batch over JSON lines
    evaluation  the labelled corpora's figures, training, in-process benchmarks
    streams     Kafka: the worker, the edge, the Kafka benchmarks, and the command line

A module may import its own package and the packages listed above it, never one below.
Every import counts, including those inside functions (a lazy import still couples).
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LAYERS = ("common", "schemas", "redaction", "processors", "pipeline", "evaluation", "streams")
RANK = {name: i for i, name in enumerate(LAYERS)}
# Project code never imports the tests.
FORBIDDEN = frozenset({"tests"})


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in the source, at any depth."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolved against the importing module's package
                package = module.split(".") if is_package else module.split(".")[:-1]
                base = package[: len(package) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = str(node.module)
            found.append((node.lineno, name))
    return found


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    own = module.split(".")[0]
    out = []
    for line, name in imported_modules(source, module, is_package):
        top = name.split(".")[0]
        if top in FORBIDDEN or (top in RANK and RANK[top] > RANK[own]):
            out.append(f"{module}:{line} imports {name} ({own} may not import {top})")
    return out


def _modules() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (REPO / layer).rglob("*.py"))


def test_every_import_runs_down_the_layers() -> None:
    found = []
    for path in _modules():
        found += violations(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")
    assert not found, "imports against the layering:\n" + "\n".join(found)


def test_the_layers_are_the_installed_packages() -> None:
    """A new top-level package has to be given its place here before it is shipped."""
    packages = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    assert {p.split(".")[0] for p in packages} == set(LAYERS)
    assert len(_modules()) > 100  # the walk really reads the code


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("redaction.kinds", "from processors import normalise"),  # upwards
        ("processors.rules", "def f():\n    from pipeline.core import Pipeline\n"),  # lazy, still upwards
        ("evaluation.run", "import streams.cli"),
        ("common.sources", "from schemas import codec"),  # the leaf imports nothing of the project
        ("schemas.codec", "from ..pipeline import core"),  # relative
        ("processors.digest", "from tests import fixtures"),
    ],
)
def test_the_check_catches_an_upward_import(module: str, source: str) -> None:
    assert violations(source, module, is_package=module == "processors.digest")


def test_the_check_allows_downward_and_own_imports() -> None:
    source = "from common import normalise\nfrom redaction.kinds import WORD\nfrom . import matchers\nimport spacy\n"
    assert violations(source, "processors.extraction") == []
