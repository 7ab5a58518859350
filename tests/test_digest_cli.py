"""`bulletins digest` and `bulletins warning` as an officer runs them: subprocesses over a
file of routed items, writing HTML, plain text and JSON; ordinary mistakes in one line."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from pipeline.batch import run_batch
from processors.digest.warning import format_phone
from tests.digest_fixtures import routed_advert, routed_nums, routed_partner
from tests.test_cli import assert_plain_failure, run_cli

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def routed_file(tmp_path: Path) -> Path:
    """A week's routed items: two reports in Leeds (the same offender phone), a partner
    submission in Bradford, an advert, a force-intelligence-only item and a rejected line."""
    intel_only = routed_nums("NUM-T-9", received_at="2026-11-18T09:00:00Z")
    intel_only["routes"] = ["force_intel"]
    lines = [
        routed_nums("NUM-T-1", received_at="2026-11-16T09:00:00Z"),
        routed_nums("NUM-T-2", received_at="2026-11-18T10:00:00Z", consent="share_details", contact="Via the project."),
        routed_partner("PS-T-1", submitted_at="2026-11-17T11:00:00Z"),
        routed_advert("DR-T-1", captured_at="2026-11-17T12:00:00Z"),
        intel_only,
        {"line": 6, "status": "rejected", "error": "narrative: required field missing"},
    ]
    path = tmp_path / "routed.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines) + "not json\n")
    return path


def test_digest_writes_html_text_and_json_per_district_and_period(routed_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "digests"
    proc = run_cli("digest", "--from", str(routed_file), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    weekly = [f for f in files if f.startswith("weekly/")]
    assert weekly == [f"weekly/2026-11-16_{d}.{ext}" for d in ("bradford", "leeds") for ext in ("html", "json", "txt")]
    daily_leeds = [f for f in files if f.startswith("daily/") and f.endswith("_leeds.json")]
    assert daily_leeds == ["daily/2026-11-16_leeds.json", "daily/2026-11-17_leeds.json", "daily/2026-11-18_leeds.json"]
    leeds = json.loads((out / "weekly/2026-11-16_leeds.json").read_text())
    assert leeds["district"] == "Leeds" and leeds["summary"]["items"] == 3  # two reports and the advert
    assert leeds["offenders"][0]["repeat"] and leeds["waiting_for_contact"][0]["id"] == "NUM-T-2"
    assert "NUM-T-9" not in json.dumps(leeds)  # force intelligence only: not the liaison officer's
    assert stat.S_IMODE((out / "weekly/2026-11-16_leeds.html").stat().st_mode) == 0o640
    assert "from 4 item(s) for the liaison officer" in proc.stderr
    assert proc.stdout.splitlines()[0].endswith(".html")


def test_digest_for_one_district_period_and_range(routed_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "one"
    proc = run_cli(
        "digest",
        "--from",
        str(routed_file),
        "--out",
        str(out),
        "--district",
        "leeds",
        "--period",
        "daily",
        "--since",
        "2026-11-17",
        "--until",
        "2026-11-18",
    )
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == [
        "2026-11-17_leeds.html",
        "2026-11-17_leeds.json",
        "2026-11-17_leeds.txt",
    ]
    digest = json.loads((out / "daily/2026-11-17_leeds.json").read_text())
    assert [s["id"] for s in digest["signals"]] == ["DR-T-1"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--district", "Sheffield"], ["unknown district", "Leeds"]),
        (["--since", "last tuesday"], ["--since", "YYYY-MM-DD"]),
    ],
)
def test_digest_mistakes_are_one_line(routed_file: Path, tmp_path: Path, args: list[str], words: list[str]) -> None:
    proc = run_cli("digest", "--from", str(routed_file), "--out", str(tmp_path / "x"), *args)
    assert_plain_failure(proc, 2, *words)


def test_digest_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    proc = run_cli("digest", "--from", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "x"))
    assert_plain_failure(proc, 2, "cannot read")


def test_warning_lists_drafts_then_prints_one(routed_file: Path, tmp_path: Path) -> None:
    listed = run_cli("warning", "--from", str(routed_file))
    assert listed.returncode == 0, listed.stderr
    ids = re.findall(r"^(W-[0-9a-f]{10})  ", listed.stdout, re.MULTILINE)
    assert len(ids) == 1 and "repeat offender" in listed.stdout and "nothing has been sent" in listed.stderr
    out = tmp_path / "drafts"
    proc = run_cli("warning", ids[0], "--from", str(routed_file), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "DRAFT, NOT SENT" in proc.stdout and format_phone("+447700900456") in proc.stdout
    for gone in ["NUM-T-1", "NUM-T-2", "2026", "grading", "baseline", "Fictional Women", "gorran"]:
        assert gone not in proc.stdout.split("--- message for NUM (begins) ---")[1], gone
    assert sorted(p.name for p in out.iterdir()) == [f"warning-{ids[0]}.{e}" for e in ("html", "json", "txt")]


def test_warning_for_an_unknown_id_is_one_line(routed_file: Path) -> None:
    proc = run_cli("warning", "W-0000000000", "--from", str(routed_file))
    assert_plain_failure(proc, 2, "W-0000000000", "no offender with that id")


def test_digest_from_the_bundled_samples_through_the_batch_path(pipeline, tmp_path: Path) -> None:
    """The real pipeline's batch output, three files concatenated, into digests."""
    lines = []
    for source in ("nums", "desktop_research", "partner"):
        with (REPO / "samples" / f"{source}.jsonl").open("rb") as f:
            lines += [json.dumps(out) for out in run_batch(pipeline, source, f)]
    routed = tmp_path / "samples.jsonl"
    routed.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    proc = run_cli("digest", "--from", str(routed), "--out", str(out), "--period", "weekly")
    assert proc.returncode == 0, proc.stderr
    documents = [json.loads(p.read_text()) for p in out.rglob("*.json")]
    assert {d["district"] for d in documents} >= {"Leeds", "Bradford", "Other or not stated"}
    # the repeat offender of the samples (07700 900456 behind three reports) is in a digest
    assert any(o["repeat"] and "+447700900456" in o["phones"] for d in documents for o in d["offenders"])
    # the trafficking samples are signals; the migrant worker with limited English alone is not
    signals = {s["id"] for d in documents for s in d["signals"]}
    assert {"PS-2026-0077", "PS-2026-0079"} <= signals and "PS-2026-0084" not in signals
