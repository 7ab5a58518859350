"""The digest page in a real browser: Debian's headless Chromium, with no network, opens it
at a phone's width (390 CSS pixels) and the test checks what a person would see: the
headings, the charts drawn with a size and their bars painted, no sideways scrolling. It
also prints the page to PDF, which must come out on A4. A screenshot and the PDF are kept
under .cache/artifacts/ (the paths are printed).

The page is put in an iframe of the phone's width (`srcdoc`, so the harness may read it):
headless Chromium will not make its own window narrower than 500 pixels, and the digest
itself carries no script and forbids any (its Content-Security-Policy).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from processors.digest import build_digest, digest_item, render_html
from processors.digest.periods import PERIODS, parse_time, window_of
from tests.digest_fixtures import routed_advert, routed_nums, routed_partner

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / ".cache" / "artifacts"
PHONE_WIDTH = 390
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (deploy/setup.sh installs it with apt-get as root)"
)

MEASURE = """
addEventListener('load', () => {
  const frame = document.getElementById('page');
  const doc = frame.contentDocument, win = frame.contentWindow;
  const box = (el) => { const r = el.getBoundingClientRect(); return {width: r.width, height: r.height}; };
  const wide = [...doc.body.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > win.innerWidth + 0.5)
    .map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')).slice(0, 10);
  const result = {
    innerWidth: win.innerWidth,
    scrollWidth: doc.documentElement.scrollWidth,
    scrollHeight: doc.documentElement.scrollHeight,
    h1: [...doc.querySelectorAll('h1')].map((h) => h.textContent.trim()),
    h2: [...doc.querySelectorAll('h2')].map((h) => h.textContent.trim()),
    charts: [...doc.querySelectorAll('svg.chart')].map((svg) => ({
      id: svg.id, label: svg.getAttribute('aria-label'), ...box(svg), paths: svg.querySelectorAll('path').length})),
    wide: wide,
  };
  const out = document.createElement('pre');
  out.id = 'result';
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
"""


def _digest_page() -> str:
    """A week of Leeds with every section filled."""
    outputs = [
        routed_nums("NUM-B-1", consent="formal_report", crime_recording_due="2026-11-17T09:00:00Z", contact="Formal."),
        routed_nums("NUM-B-2", incident_at="2026-11-17T01:00:00Z", mo=["sexual_assault", "weapon", "threats"]),
        routed_partner("PS-B-1", location="Headingley", entities=[]),
        routed_advert("DR-B-1"),
    ]
    items = [digest_item(o) for o in outputs]
    window = window_of(parse_time("2026-11-16T09:00:00Z"), PERIODS["weekly"])
    return render_html(build_digest(items, "Leeds", "weekly", window, parse_time("2026-11-18T12:00:00Z")))


def _harness(page: str, height: int) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><style>body{margin:0}"
        f"iframe{{border:0;display:block;width:{PHONE_WIDTH}px;height:{height}px}}</style></head><body>"
        f'<iframe id="page" srcdoc="{html.escape(page, quote=True)}"></iframe>'
        f"<script>{MEASURE}</script></body></html>"
    )


def _chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Headless Chromium with no network: in a network namespace of its own where the
    system allows one (we run as root), and told to resolve no host in any case."""
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={tmp / 'profile'}",
        "--virtual-time-budget=10000",
        *args,
    ]
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        command = [unshare, "-n", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def _measure(tmp: Path, page: str, height: int = 2000) -> dict:
    harness = tmp / "harness.html"
    harness.write_text(_harness(page, height), encoding="utf-8")
    proc = _chromium(tmp, "--window-size=500,900", "--dump-dom", harness.as_uri())
    found = re.search(r'<pre id="result">(.*?)</pre>', proc.stdout, re.DOTALL)
    assert found, f"Chromium gave no measurement: {proc.stderr[-2000:]}"
    return json.loads(html.unescape(found.group(1)))


def test_the_digest_reads_on_a_phone_in_a_real_browser(tmp_path: Path) -> None:
    page = _digest_page()
    seen = _measure(tmp_path, page)
    # what a person sees: the title, every section, both charts drawn with a size
    assert seen["h1"] == ["Leeds: weekly digest"]
    for section in [
        "1. Waiting for contact through NUM or a project",
        "2. New incidents",
        "3. Offenders to look out for",
        "4. Trafficking and exploitation signals",
        "5. Counts",
        "6. Draft warnings for NUM",
    ]:
        assert section in seen["h2"], section
    assert [c["id"] for c in seen["charts"]] == ["chart-by-mo", "chart-by-district"]
    for chart in seen["charts"]:
        assert chart["width"] > 100 and chart["height"] > 40 and chart["paths"] > 3, chart
        assert chart["width"] <= PHONE_WIDTH
    # no sideways scrolling at a phone's width
    assert seen["innerWidth"] == PHONE_WIDTH
    assert seen["scrollWidth"] <= seen["innerWidth"], f"wider than the phone: {seen['wide']}"

    # a screenshot at the phone's width, kept as an artifact; the bars are painted
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    height = int(seen["scrollHeight"]) + 10
    harness = tmp_path / "harness.html"
    harness.write_text(_harness(page, height), encoding="utf-8")
    full = tmp_path / "full.png"
    proc = _chromium(tmp_path, f"--window-size=500,{height}", f"--screenshot={full}", harness.as_uri())
    assert full.exists(), proc.stderr[-2000:]
    from PIL import Image

    shot = ARTIFACTS / "digest-phone-390px.png"
    with Image.open(full) as image:
        phone = image.crop((0, 0, PHONE_WIDTH, min(height, image.height))).convert("RGB")
        phone.save(shot)
    bar = sum(1 for r, g, b in phone.getdata() if abs(r - 0x1D) < 12 and abs(g - 0x4F) < 12 and abs(b - 0x91) < 12)
    assert bar > 500, "the charts' bars are not on the screen"
    print(f"\nscreenshot: {shot}")


def test_the_digest_prints_on_a4(tmp_path: Path) -> None:
    page = tmp_path / "digest.html"
    page.write_text(_digest_page(), encoding="utf-8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = ARTIFACTS / "digest-print.pdf"
    pdf.unlink(missing_ok=True)
    proc = _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.exists(), proc.stderr[-2000:]
    data = pdf.read_bytes()
    media = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    boxes = {tuple(round(float(v)) for v in box) for box in media}
    assert boxes == {(595, 842)}, boxes  # A4 in points, every page
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 2
    print(f"\nprinted: {pdf}")
