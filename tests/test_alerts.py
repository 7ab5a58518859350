"""The alert rules (issue 11, item 7): `promtool check rules` and `promtool check config`
pass, `promtool test rules` proves each rule fires on a series that should fire it and stays
silent on one that should not, and every metric a rule reads is one the worker exposes."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.test_metrics import exposed_series, promql_metric_names, promtool

PROMETHEUS = Path(__file__).resolve().parent.parent / "deploy" / "prometheus"
RULES = PROMETHEUS / "alerts.yml"
RULE_TESTS = PROMETHEUS / "alerts_test.yml"
# Series Prometheus makes itself for every scrape target, not the worker's.
SCRAPE_SERIES = {"up"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([promtool(), *args], capture_output=True, text=True, timeout=300, cwd=PROMETHEUS)


def _alerts() -> list[dict[str, Any]]:
    return [rule for group in yaml.safe_load(RULES.read_text())["groups"] for rule in group["rules"]]


def test_promtool_check_rules_and_config() -> None:
    proc = _run("check", "rules", str(RULES))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = _run("check", "config", str(PROMETHEUS / "prometheus.yml"))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_promtool_rule_unit_tests_pass() -> None:
    proc = _run("test", "rules", str(RULE_TESTS))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "SUCCESS" in proc.stdout


def test_every_rule_has_a_case_that_fires_it_and_one_that_does_not() -> None:
    cases = [case for test in yaml.safe_load(RULE_TESTS.read_text())["tests"] for case in test["alert_rule_test"]]
    for rule in _alerts():
        mine = [case for case in cases if case["alertname"] == rule["alert"]]
        assert any(case["exp_alerts"] for case in mine), f"{rule['alert']}: no case where it fires"
        assert any(not case["exp_alerts"] for case in mine), f"{rule['alert']}: no case where it stays silent"


def test_the_required_alerts_exist_with_a_severity() -> None:
    alerts = {rule["alert"]: rule for rule in _alerts()}
    for name in [
        "BulletinsWorkerDown",
        "BulletinsWorkerNotReady",
        "BulletinsConsumerLagGrowing",
        "BulletinsDeadLetterRateHigh",
        "BulletinsLeakGuardHit",
        "BulletinsProcessingErrors",
        "BulletinsDailyDigestLate",
        "BulletinsWeeklyDigestLate",
    ]:
        assert name in alerts, name
        assert alerts[name]["labels"]["severity"] in {"page", "ticket"}, name
    # The leak guard pages at the first hit, at once.
    leak = alerts["BulletinsLeakGuardHit"]
    assert leak["labels"]["severity"] == "page" and "for" not in leak


def test_rules_read_only_metrics_the_worker_exposes() -> None:
    exposed = exposed_series() | SCRAPE_SERIES
    for rule in _alerts():
        names = promql_metric_names(rule["expr"])
        assert names, rule["alert"]
        assert names <= exposed, (rule["alert"], sorted(names - exposed))
