"""The digest and the draft warnings as HTML (one self-contained page), plain text (for
email) and JSON, from Jinja2 templates in `templates/`.

The HTML page loads nothing: its style is inline, its charts are inline SVG, it has no
script, and its Content-Security-Policy forbids fetching anything, so it reads the same
offline, in a mail client's viewer or printed. Jinja2 escapes every value in the HTML
templates; the only markup inserted as is comes from matplotlib (chart.py).
"""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from processors.digest import wording
from processors.digest.chart import bar_chart_svg
from processors.digest.warning import format_phone, format_vrm

TEMPLATES = Path(__file__).with_name("templates")
TEXT_WIDTH = 76


def _uk() -> ZoneInfo | None:
    try:
        return ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:  # a system without time-zone data: times stay in UTC
        return None


UK = _uk()


def render_html(digest: dict[str, Any]) -> str:
    charts = {
        "by_mo": bar_chart_svg(
            digest["counts"]["by_mo"], wording.mo_short, f"Items in {digest['district']} by MO", "chart-by-mo"
        ),
        "by_district": bar_chart_svg(
            digest["counts"]["by_district"], str, "Items by district, the whole force", "chart-by-district"
        ),
    }
    return _env().get_template("digest.html.j2").render(d=digest, charts=charts)


def render_text(digest: dict[str, Any]) -> str:
    return _env().get_template("digest.txt.j2").render(d=digest)


def render_json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_warning_html(draft: dict[str, Any]) -> str:
    return _env().get_template("warning.html.j2").render(w=draft)


def render_warning_text(draft: dict[str, Any]) -> str:
    return _env().get_template("warning.txt.j2").render(w=draft)


@cache
def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        when=when,
        day=day,
        mo=wording.mo_label,
        indicator=wording.indicator_label,
        route=lambda r: wording.ROUTES.get(r, r),
        source=lambda s: wording.SOURCES.get(s, s),
        link_kind=lambda k: wording.LINK_KINDS.get(k, k),
        vrm=format_vrm,
        phone=format_phone,
        sentence=lambda text: str(text)[:1].upper() + str(text)[1:],
        link_value=link_value,
        vehicle=vehicle,
        wrap=wrap,
    )
    return env


def when(value: str | None) -> str:
    """2026-11-14T21:10:00Z -> Sat 14 Nov 2026 21:10 GMT (UK time: GMT or BST)."""
    moment = _parse(value)
    return moment.strftime("%a %d %b %Y %H:%M %Z") if moment else "not given"


def day(value: str | None) -> str:
    moment = _parse(value)
    return moment.strftime("%a %d %b %Y") if moment else "not given"


def vehicle(v: dict[str, str | None]) -> str:
    described = " ".join(filter(None, [v.get("colour"), v.get("make"), v.get("model")])) or (v.get("as_written") or "")
    vrm = v.get("vrm")
    plate = format_vrm(vrm) if vrm else ""
    return ", ".join(filter(None, [described, plate])) or "not described"


def link_value(link: dict[str, Any]) -> str:
    """A link's shared identifier as a person writes it (07700 900456, YX62 ABC)."""
    value = str(link.get("value") or "")
    if link.get("kind") == "PHONE_NUMBER":
        return format_phone(value)
    return format_vrm(value) if link.get("kind") == "VEHICLE_REG" else value


def wrap(text: str, indent: int = 0, first: str | None = None) -> str:
    """Plain text wrapped for email; `first` replaces the first line's indent (a bullet)."""
    lead = " " * indent
    return textwrap.fill(
        str(text),
        width=TEXT_WIDTH,
        initial_indent=lead if first is None else first,
        subsequent_indent=lead,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UK) if UK else moment
