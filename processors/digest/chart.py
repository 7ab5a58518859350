"""The digest's small charts: horizontal bar charts drawn by matplotlib, as inline SVG.

Text is drawn as paths (`svg.fonttype: path`), so the chart looks the same in every
browser and on paper with no font to fetch; the page gives each chart an accessible name
and the same counts as a table beside it. Every id inside the SVG is prefixed with the chart's
own id, so two charts on one page share none, and the output is the same for the same
counts.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

BAR_COLOUR = "#1d4f91"  # dark blue: 8:1 contrast on white, and prints in grey
TEXT_COLOUR = "#1a1a1a"
_ROOT = re.compile(r"<svg\b[^>]*>")
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.DOTALL)


def bar_chart_svg(counts: dict[str, int], label: Callable[[str], str], name: str, chart_id: str) -> str:
    """An inline <svg> of `counts` as horizontal bars (largest first), or "" when empty.
    `name` is the chart's accessible name; `chart_id` keeps its internal ids unique."""
    # Imported here: matplotlib takes a second to load, and only the HTML page needs it.
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    rows = sorted(((label(k), v) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0]))
    if not rows:
        return ""
    labels = [k for k, _ in rows][::-1]
    values = [v for _, v in rows][::-1]
    style: dict[RcKeyType, Any] = {
        "svg.fonttype": "path",
        "svg.hashsalt": "bulletins-digest",  # the same counts give the same file
        "font.size": 10,
        "text.color": TEXT_COLOUR,
        "axes.labelcolor": TEXT_COLOUR,
        "xtick.color": TEXT_COLOUR,
        "ytick.color": TEXT_COLOUR,
    }
    with rc_context(style):
        fig = Figure(figsize=(4.2, 0.3 * len(rows) + 0.5), layout="constrained")
        ax = fig.add_subplot()
        bars = ax.barh(labels, values, color=BAR_COLOUR, height=0.62)
        ax.bar_label(bars, padding=3)
        ax.set_xlim(0, max(values) * 1.18 + 0.5)
        ax.xaxis.set_visible(False)
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="y", length=0)
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, transparent=True)
    return _inline(buffer.getvalue(), name, chart_id)


def _inline(svg: str, name: str, chart_id: str) -> str:
    """matplotlib's file made fit for inlining in HTML: no XML prologue or RDF metadata, no
    namespace declarations (the HTML parser supplies them), sized by the page (viewBox kept,
    fixed width and height dropped), an accessible name and a class to style."""
    svg = _METADATA.sub("", svg[svg.index("<svg") :], count=1)
    # matplotlib names its groups figure_1, axes_1 ... in every chart: prefix every id and
    # every reference to one, so two charts on a page have no id in common.
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{chart_id}-\1"', svg)
    svg = re.sub(r'(href="|url\()#([^")]+)', rf"\1#{chart_id}-\2", svg)
    root = _ROOT.search(svg)
    assert root is not None
    tag = re.sub(r'\s(width|height|version|xmlns(:\w+)?)="[^"]*"', "", root.group(0))
    title = name.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    tag = tag.replace("<svg", f'<svg class="chart" id="{chart_id}" role="img" aria-label="{title}"', 1)
    return tag + svg[root.end() :]
