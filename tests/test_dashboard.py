"""The Grafana dashboard (issue 11, item 8): every panel's query names only metrics the
worker really exposes (taken from its live registry), the panels the issue asks for are
there, and the provisioning files point at the dashboard and at one data source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from tests.test_metrics import exposed_series, promql_metric_names

GRAFANA = Path(__file__).resolve().parent.parent / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "bulletins-worker.json"
SCRAPE_SERIES = {"up"}


def _panels(panels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for panel in panels:
        out.append(panel)
        out += _panels(panel.get("panels", []))  # collapsed rows hold their panels
    return out


def _queries() -> list[tuple[str, str]]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [(p["title"], t["expr"]) for p in _panels(dashboard["panels"]) for t in p.get("targets", [])]


def test_every_panel_has_a_query_and_names_only_exposed_metrics() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    exposed = exposed_series() | SCRAPE_SERIES
    for panel in _panels(dashboard["panels"]):
        if panel["type"] == "row":
            continue
        assert panel.get("targets"), f"panel without a query: {panel['title']}"
        for target in panel["targets"]:
            names = promql_metric_names(target["expr"])
            assert names, (panel["title"], target["expr"])
            assert names <= exposed, (panel["title"], sorted(names - exposed))


def test_the_dashboard_shows_what_the_issue_asks_for() -> None:
    named = {name for _, expr in _queries() for name in promql_metric_names(expr)}
    for metric in [
        "bulletins_records_in_total",  # throughput by source
        "bulletins_routed_total",  # ... and by route
        "bulletins_end_to_end_latency_seconds_bucket",  # latency
        "bulletins_stage_duration_seconds_bucket",
        "bulletins_consumer_lag_messages",  # lag
        "bulletins_deadletters_total",  # dead letters
        "bulletins_redactions_total",  # redactions by type
        "bulletins_leak_guard_hits_total",  # leak-guard hits
        "bulletins_ready",
        "bulletins_broker_up",
    ]:
        assert metric in named, metric
    by = " ".join(expr for _, expr in _queries())
    for clause in ["by (source)", "by (route)", "by (topic)", "by (reason)", "by (type)", "by (le, stage)"]:
        assert clause in by, clause


def test_panels_use_the_provisioned_data_source_and_the_provider_finds_the_file() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    [source] = yaml.safe_load((GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text())["datasources"]
    assert source["type"] == "prometheus"
    for panel in _panels(dashboard["panels"]):
        for target in panel.get("targets", []):
            assert target["datasource"]["uid"] == source["uid"], panel["title"]
    ids = [p["id"] for p in _panels(dashboard["panels"])]
    assert len(ids) == len(set(ids)) and dashboard["uid"]
    [provider] = yaml.safe_load((GRAFANA / "provisioning" / "dashboards" / "bulletins.yml").read_text())["providers"]
    compose = yaml.safe_load((GRAFANA.parent / "docker-compose.yml").read_text())
    mounts = dict(v.rsplit(":", 1)[0].split(":", 1) for v in compose["services"]["grafana"]["volumes"] if ":ro" in v)
    assert mounts["./grafana/dashboards"] == provider["options"]["path"]
    assert mounts["./grafana/provisioning"] == "/etc/grafana/provisioning"
