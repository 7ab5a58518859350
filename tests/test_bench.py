"""`bulletins bench --records 50 --no-kafka`: it runs, and its last line is the JSON the
issue names. A functional check only: no figure is compared with any bound, ever (the
numbers depend on the machine and its load)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from evaluation.bench import KEYS
from evaluation.bench_corpus import corpus

REPO = Path(__file__).resolve().parent.parent


def test_bench_without_kafka_prints_the_json_last():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BULLETINS_", "KAFKA_"))}
    env["BULLETINS_PSEUDONYM_KEY"] = "test-only-key-not-secret-0123456789"
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", "bench", "--records", "50", "--rounds", "1", "--no-kafka"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert set(KEYS) <= result.keys()
    for key in ("raw_rps", "pipeline_rps", "naive_rps"):
        assert result[key] > 0, key
    for key in ("e2e_1_rps", "e2e_2_rps", "e2e_p50_ms", "e2e_p99_ms", "peak_rss_mb"):
        assert result[key] is None, key  # skipped with --no-kafka


def test_corpus_is_deterministic_fictional_and_of_all_three_sources():
    first, again = corpus(40), corpus(40)
    assert first == again
    assert {s for s, _ in first} == {"nums", "desktop_research", "partner"}
    blob = json.dumps(first)
    assert "020 7946" not in blob and "example.org" not in blob and "example.net" not in blob
    ids = [r.get("report_id") or r.get("research_id") or r.get("submission_id") for _, r in first]
    assert len(set(ids)) == len(ids)


def test_stage_ms_counts_records_per_nlp_batch_from_the_nlp_stage():
    from streams.bench_kafka import stage_ms

    nlp_count = 'bulletins_stage_duration_seconds_count{stage="nlp"}'
    before = {nlp_count: 2.0, 'bulletins_records_in_total{source="nums"}': 10.0}
    after = {
        nlp_count: 6.0,
        'bulletins_records_in_total{source="nums"}': 70.0,
        'bulletins_records_in_total{source="partner"}': 40.0,
        'bulletins_stage_duration_seconds_sum{stage="nlp"}': 5.0,
    }
    out = stage_ms(before, after, records=100)
    assert out["records_per_nlp_batch"] == 25.0  # 100 records read in 4 NLP batches
    assert out["nlp"] == 50.0  # 5 s over 100 records
