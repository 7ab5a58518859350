"""The batch path (records.md §7): one output line per input line, in order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from evaluation.leaks import flatten, present
from pipeline.batch import run_batch
from tests.fixtures import CANARY, desktop, nums, partner

REPO = Path(__file__).resolve().parent.parent


def _canary_values() -> list[str]:
    values = [v for k, v in CANARY.items() if isinstance(v, str)] + CANARY["online_handles"]
    return [*values, "Quillon", "Bexworth", "WF5 9QZ", "Marrowby Crescent"]


def test_order_rejections_and_outputs(pipeline):
    lines = [
        json.dumps(nums("NUM-B-1")),
        "{not json",
        json.dumps({**nums("NUM-B-2"), "sector": "car"}),
        "",
        json.dumps(nums("NUM-B-3", consent="anonymous_intelligence", incident_types=[])),
    ]
    out = list(run_batch(pipeline, "nums", lines, batch_size=2))
    assert len(out) == len(lines)
    assert out[0]["id"] == "NUM-B-1" and out[0]["status"] == "routed"
    assert out[1] == {"line": 2, "status": "rejected", "error": out[1]["error"]}
    assert out[1]["error"].startswith("line: not valid JSON")
    assert out[2]["line"] == 3 and out[2]["error"].startswith("sector: unknown symbol")
    assert out[3]["line"] == 4
    assert out[4]["id"] == "NUM-B-3"


def test_offender_kept_reporter_gone(pipeline):
    [out] = list(run_batch(pipeline, "nums", [json.dumps(nums("NUM-B-4"))]))
    entities = {(e["label"], e["normalized"]) for e in out["record"]["entities"]}
    assert ("PHONE_NUMBER", "+447700900456") in entities
    assert ("VEHICLE_REG", "YX62ABC") in entities
    assert out["routes"] == ["force_intel", "spoc"]
    assert {"robbery", "violence"} <= set(out["record"]["mo"])
    fired = {r.split(":", 1)[0] for r in out["reasons"]}
    assert {"baseline.force_intel", "baseline.spoc_crime", "baseline.spoc_consent"} <= fired
    assert out["grading"]["handling_code"]["value"] == "C"  # share_details: contact only via the project
    text = flatten(out)
    for value in _canary_values():
        assert not present(value, text), "a reporter identifier leaked"


def test_every_source_checks_all_fields(pipeline):
    for source, record in (("desktop_research", desktop("DR-B-1")), ("partner", partner("PS-B-1"))):
        # an earlier test's adverts in the shared pipeline may re-route a cluster: the record's own line
        [out] = [o for o in run_batch(pipeline, source, [json.dumps(record)]) if not o.get("update")]
        assert out["status"] == "routed"
        text = flatten(out)
        for value in [*_canary_values(), "https://adverts.example.com/velvetine-ossett"]:
            assert not present(value, text), f"{source}: a victim identifier leaked"
    [advert] = [
        o for o in run_batch(pipeline, "desktop_research", [json.dumps(desktop("DR-B-2"))]) if not o.get("update")
    ]
    assert advert["record"]["phone_refs"] and advert["record"]["phone_refs"][0].startswith("phone:")


def test_cli_process_samples(tmp_path):
    out = tmp_path / "out.jsonl"
    env = dict(os.environ)
    sample = REPO / "samples" / "nums.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", "process", "--source", "nums", str(sample), "--out", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    inputs = sample.read_text().splitlines()
    outputs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(outputs) == len(inputs)
    for number, (line, result) in enumerate(zip(inputs, outputs, strict=True), 1):
        if result["status"] == "rejected":
            assert result["line"] == number
            assert ": " in result["error"]
        else:
            assert result["id"] == json.loads(line)["report_id"]
            assert "force_intel" in result["routes"]
    assert any(r["status"] == "rejected" for r in outputs)


def test_missing_key_is_a_clear_startup_error(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETINS_PSEUDONYM")}
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", "process", "--source", "nums", str(REPO / "samples" / "nums.jsonl")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 2
    assert "BULLETINS_PSEUDONYM_KEY_FILE" in proc.stderr
