"""Liaison officers' digests and draft NUM warnings, built from routed items.

Pure: no Kafka, no files. `digest_item` reduces a routed output to what a digest holds,
`build_digest` makes one district's digest for one period, `render_*` make its HTML, plain
text and JSON, and `group_offenders` / `draft_warning` the drafts `bulletins warning` prints.
The worker (streams/digests.py) and `bulletins digest` (streams/digest_files.py) both call
these.
"""

from processors.digest.districts import OTHER, Districts, load_districts
from processors.digest.items import DigestItem, digest_item, wanted
from processors.digest.model import build_digest
from processors.digest.offenders import OffenderGroup, find_group, group_offenders
from processors.digest.periods import PERIODS, Window, parse_periods, window_of, windows_between
from processors.digest.render import (
    render_html,
    render_json,
    render_text,
    render_warning_html,
    render_warning_text,
)
from processors.digest.warning import draft_warning, eligible

__all__ = [
    "OTHER",
    "PERIODS",
    "DigestItem",
    "Districts",
    "OffenderGroup",
    "Window",
    "build_digest",
    "digest_item",
    "draft_warning",
    "eligible",
    "find_group",
    "group_offenders",
    "load_districts",
    "parse_periods",
    "render_html",
    "render_json",
    "render_text",
    "render_warning_html",
    "render_warning_text",
    "wanted",
    "window_of",
    "windows_between",
]
