"""The worker's /metrics, /health and /ready without a broker (issue 11, items 5 and 6):
Prometheus conventions checked by `promtool check metrics` on the whole exposition, label
values only from closed vocabularies, every labelled counter at zero from the start, the
stages of a batch timed, dead-letter reasons classified from the real error texts."""

from __future__ import annotations

import asyncio
import functools
import os
import shutil
import subprocess
from typing import Any

import pytest
from prometheus_client import REGISTRY, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from evaluation.leaks import present
from schemas import encode, validate_input
from schemas.codec import DecodeError, decode
from schemas.json_form import RecordError
from streams import metrics
from streams.handling import RawMessage, handle_batch
from streams.topics import RAW
from tests.fixtures import CANARY, desktop, nums, partner


def promtool() -> str:
    """Debian's promtool (deploy/setup.sh installs the `prometheus` package)."""
    found = shutil.which("promtool")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("promtool missing: deploy/setup.sh installs Debian's prometheus package")
        pytest.skip("promtool not installed (deploy/setup.sh installs Debian's prometheus package)")
    return found


@functools.cache
def _app() -> Any:
    from tests.test_access import built_app  # one app per session: collectors are process-wide

    return built_app()


async def _get(path: str) -> tuple[int, str, str]:
    from aiohttp.test_utils import TestClient, TestServer

    async with TestClient(TestServer(_app().web.web_app)) as client:
        response = await client.get(path)
        return response.status, response.headers.get("Content-Type", ""), await response.text()


@functools.cache
def _loop() -> asyncio.AbstractEventLoop:
    return asyncio.new_event_loop()  # one loop: aiohttp binds the application to the first


def get(path: str) -> tuple[int, str, str]:
    """Status, content type and body of a GET on the worker's own web routes."""
    return _loop().run_until_complete(_get(path))


def exposition() -> str:
    """The worker's whole /metrics, as its route serves it."""
    status, _, body = get("/metrics")
    assert status == 200
    return body


def exposed_series() -> set[str]:
    """Every metric family and sample name the worker's /metrics holds (from the live registry)."""
    _app()
    names: set[str] = set()
    for family in text_string_to_metric_families(generate_latest(REGISTRY).decode()):
        names.add(family.name)
        names.update(sample.name for sample in family.samples)
    return names


# Label name -> its closed vocabulary (per metric where one name has two vocabularies).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "source": metrics.SOURCES,
    "route": metrics.ROUTES,
    "reason": metrics.DEADLETTER_REASONS,
    "type": metrics.REDACTION_TYPES,
    "topic": metrics.LAG_TOPICS,
    "period": metrics.DIGEST_PERIODS,
}
STAGE_VOCABULARY = {"bulletins_batch_retries": metrics.RETRY_STAGES, "bulletins_stage_duration_seconds": metrics.STAGES}


def _vocabulary(family: str, label: str) -> tuple[str, ...]:
    if label == "stage":
        return STAGE_VOCABULARY[family]
    if label == "le":
        return ()  # histogram buckets
    return VOCABULARY[label]


def _families() -> list[Any]:
    return [f for f in text_string_to_metric_families(exposition()) if f.name.startswith("bulletins_")]


def _value(name: str, **labels: str) -> float:
    for family in text_string_to_metric_families(exposition()):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return sample.value
    raise AssertionError(f"{name}{labels} not exposed")


def test_promtool_check_metrics_passes_on_the_whole_exposition() -> None:
    proc = subprocess.run([promtool(), "check", "metrics"], input=exposition(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # A broken exposition fails it (a control: the check is not vacuous).
    broken = "# HELP bulletins_batch_ms a latency\n# TYPE bulletins_batch_ms counter\nbulletins_batch_ms 1\n"
    proc = subprocess.run([promtool(), "check", "metrics"], input=broken, capture_output=True, text=True)
    assert proc.returncode != 0


def test_faust_millisecond_series_are_not_served() -> None:
    names = exposed_series()
    assert not any(name.startswith("bulletins_faust_") or name.endswith("_ms") for name in names)
    for name in [
        "bulletins_end_to_end_latency_seconds_bucket",
        "bulletins_stage_duration_seconds_bucket",
        "bulletins_consumer_lag_messages",
        "bulletins_deadletters_total",
        "bulletins_broker_up",
        "bulletins_ready",
        "bulletins_digest_last_success_timestamp_seconds",
        "process_start_time_seconds",  # the digest alerts need the worker's start time
    ]:
        assert name in names, name


def test_every_labelled_series_exists_for_every_label_value_from_the_start() -> None:
    for family in _families():
        labelled = [s for s in family.samples if s.labels]
        if not labelled:
            continue
        names = sorted({k for s in labelled for k in s.labels if k != "le"})
        wanted: set[tuple[str, ...]] = {()}
        for label in names:
            wanted = {(*combo, value) for combo in wanted for value in _vocabulary(family.name, label)}
        have = {tuple(s.labels[k] for k in names) for s in labelled}
        assert wanted <= have, (family.name, sorted(wanted - have)[:5])


def test_label_values_come_only_from_closed_vocabularies(pipeline) -> None:
    # Records carrying a sex worker's details, valid and not: nothing of them may reach a label.
    bad = CANARY["name"].encode() + b" " + CANARY["phone"].encode()
    good = encode("nums", validate_input("nums", nums("NUM-MX-1")))
    batch = [
        RawMessage("nums", RAW["nums"], 0, 1, b"NUM-MX-1", good),
        RawMessage("partner", RAW["partner"], 0, 2, None, bad),
    ]
    handle_batch(pipeline, batch, record_seconds=600)
    text = exposition()
    for value in CANARY.values():
        if isinstance(value, str) and len(value) > 3:
            assert not present(value, text), "a record value reached /metrics"
    for family in _families():
        for sample in family.samples:
            for label, value in sample.labels.items():
                if label != "le":
                    assert value in _vocabulary(family.name, label), (family.name, label, value)


def test_a_batch_times_its_stages_and_counts_dead_letters_by_reason(pipeline) -> None:
    def count(stage: str) -> float:
        return _value("bulletins_stage_duration_seconds_count", stage=stage)

    before = {stage: count(stage) for stage in metrics.STAGES}
    letters_before = _value("bulletins_deadletters_total", source="nums", reason="not_avro")
    wrong_before = _value("bulletins_deadletters_total", source="nums", reason="wrong_schema")
    good = encode("nums", validate_input("nums", nums("NUM-MX-2")))
    other = encode("partner", validate_input("partner", partner("PS-MX-2")))
    batch = [
        RawMessage("nums", RAW["nums"], 0, 3, b"NUM-MX-2", good),
        RawMessage("nums", RAW["nums"], 0, 4, None, b"not avro"),
        RawMessage("nums", RAW["nums"], 0, 5, None, other),
    ]
    # A generous time bound: a loaded machine must not dead-letter the valid record here.
    handle_batch(pipeline, batch, record_seconds=600)
    for stage in ("validate", "nlp", "correlate", "route"):
        assert count(stage) == before[stage] + 1, stage
    assert count("send") == before["send"]  # sending is the intake's, on the broker
    assert _value("bulletins_deadletters_total", source="nums", reason="not_avro") == letters_before + 1
    assert _value("bulletins_deadletters_total", source="nums", reason="wrong_schema") == wrong_before + 1


def _decode_error(value: bytes, expect: str = "nums") -> str:
    with pytest.raises(DecodeError) as caught:
        decode(value, expect=expect)
    return str(caught.value)


def test_dead_letter_reason_classes_from_the_real_error_texts() -> None:
    good = encode("nums", validate_input("nums", nums("NUM-MX-3")))
    blank = desktop("DR-MX-3")
    blank["authority_ref"] = ""
    long_field = nums("NUM-MX-4")
    long_field["location"] = "x" * 5000

    def record_error(source: str, record: dict[str, Any]) -> str:
        with pytest.raises(RecordError) as caught:
            validate_input(source, record)
        return str(caught.value)

    cases = {
        _decode_error(b""): "not_avro",
        _decode_error(b"\xc3"): "not_avro",
        _decode_error(b"plain text, not Avro"): "not_avro",
        _decode_error(b"\xc3\x01" + b"\x00" * 8 + b"body"): "wrong_schema",
        _decode_error(encode("partner", validate_input("partner", partner("PS-MX-3")))): "wrong_schema",
        _decode_error(good[:10] + b"\xff" * 3): "not_avro",
        record_error("desktop_research", blank): "invalid",
        record_error("nums", long_field): "over_limit",
        record_error("nums", {"report_id": "NUM-MX-5"}): "invalid",
        "message: too large (300000 bytes; limit 262144)": "too_large",
        "processing: failed (RuntimeError)": "processing_failed",
        "processing: over the time bound (12.0 s; limit 10 s per record)": "over_time",
        "output: too large (1000001 bytes; limit 997952)": "output_too_large",
        "output: failed (TypeError)": "output_failed",
    }
    for error, reason in cases.items():
        assert metrics.reason_class(error) == reason, error
        assert reason in metrics.DEADLETTER_REASONS


def test_health_is_alive_and_ready_says_why_not_without_a_broker() -> None:
    import json

    status, content_type, body = get("/health")
    assert status == 200 and content_type.startswith("application/json") and json.loads(body) == {"status": "alive"}
    status, _, body = get("/ready")
    answer = json.loads(body)
    assert status == 503 and answer["ready"] is False
    assert "the broker has not answered lately" in answer["reasons"]
    assert any("intake consumer has not started" in reason for reason in answer["reasons"])
    assert _value("bulletins_ready") == 0
    status, content_type, _ = get("/metrics")
    assert status == 200 and content_type.startswith("text/plain; version=0.0.4")


_PROMQL_WORDS = frozenset(
    ["by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset"]
)


def promql_metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression selects (not functions, keywords, label names,
    label values, durations or numbers)."""
    import re

    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # label values and strings
    text = re.sub(r"\{[^}]*\}", " ", text)  # label matchers
    text = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)  # label lists
    text = re.sub(r"\[[^\]]*\]", " ", text)  # range and subquery durations
    names = set()
    for match in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", text):
        word = match.group()
        following = text[match.end() :].lstrip()[:1]
        if word in _PROMQL_WORDS or following == "(" or text[max(0, match.start() - 1)].isdigit():
            continue
        names.add(word)
    return names


def test_promql_metric_names_finds_selectors_only() -> None:
    expr = (
        'histogram_quantile(0.95, sum by (le, stage) (rate(bulletins_stage_duration_seconds_bucket{job="x"}[5m])))'
        ' / on (job) group_left sum(up{job="bulletins-worker"} == 0) > 26 * 3600 and time() - foo_total offset 1h'
    )
    assert promql_metric_names(expr) == {"bulletins_stage_duration_seconds_bucket", "up", "foo_total"}
