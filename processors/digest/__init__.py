"""Liaison officers' digests and draft NUM warnings, built from routed items.

Pure: no Kafka, no files. `digest_item` reduces a routed output to what a digest holds,
`build_digest` makes one district's digest for one period, `render_*` make its HTML, plain
text and JSON, and `group_offenders` / `draft_warning` the drafts `bulletins warning` prints.
The worker (streams/digests.py) and `bulletins digest` (streams/digest_files.py) both call
these.

Names are imported on first use (PEP 562): the worker's settings read only `periods`, and
every `bulletins` command reads the settings, so the templates, phone numbers and charts
load only where a digest is made.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "OTHER": "districts",
    "Districts": "districts",
    "load_districts": "districts",
    "DigestItem": "items",
    "digest_item": "items",
    "wanted": "items",
    "build_digest": "model",
    "OffenderGroup": "offenders",
    "find_group": "offenders",
    "group_offenders": "offenders",
    "PERIODS": "periods",
    "Window": "periods",
    "parse_periods": "periods",
    "window_of": "periods",
    "windows_between": "periods",
    "render_html": "render",
    "render_json": "render",
    "render_text": "render",
    "render_warning_html": "render",
    "render_warning_text": "render",
    "draft_warning": "warning",
    "eligible": "warning",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
