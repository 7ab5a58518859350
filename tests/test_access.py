"""Access control and retention without a broker: the tokens file, bearer checks, the
erasure plan, the web settings, and the CLI's refusals (issue 10, items 1 and 2)."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from streams import retention
from streams.auth import TokenFileError, TokenStore, digest, parse_tokens

REPO = Path(__file__).resolve().parent.parent
TOKEN = "a" * 20 + "officer-token-for-tests"
SERVICE_TOKEN = "b" * 20 + "service-token-for-tests"


def _store(tmp_path: Path, text: str) -> TokenStore:
    path = tmp_path / "tokens"
    path.write_text(text)
    return TokenStore(str(path))


def test_bearer_token_matches_its_identity_and_scopes(tmp_path):
    store = _store(
        tmp_path, f"# officers\nPC 1234:{digest(TOKEN)}\n\nretention-svc:{digest(SERVICE_TOKEN)}:purge,check\n"
    )
    officer = store.authenticate(f"Bearer {TOKEN}")
    assert officer is not None and officer.identity == "PC 1234" and officer.scopes == {"check"}
    service = store.authenticate(f"bearer  {SERVICE_TOKEN} ")
    assert service is not None and service.identity == "retention-svc" and service.scopes == {"check", "purge"}
    for header in [None, "", "Bearer", f"Basic {TOKEN}", f"Bearer {TOKEN}x", f"Bearer {digest(TOKEN)}", TOKEN]:
        assert store.authenticate(header) is None, header


def test_no_tokens_file_refuses_everyone():
    assert TokenStore(None).authenticate(f"Bearer {TOKEN}") is None


@pytest.mark.parametrize(
    "line",
    [
        f"PC 1234:{TOKEN}",  # a plain token is not accepted in place of its hash
        "PC 1234",
        f":{digest(TOKEN)}",
        f"PC 1234:{digest(TOKEN)}:delete",
        f"PC 1234:{digest(TOKEN)}:",
        f"PC\t1234:{digest(TOKEN)}:check:extra",
    ],
)
def test_malformed_lines_are_refused_naming_the_line_not_its_content(line):
    with pytest.raises(TokenFileError) as caught:
        parse_tokens(f"PC 1:{digest('x' * 40)}\n{line}\n")
    assert "line 2" in str(caught.value) and TOKEN not in str(caught.value) and "1234" not in str(caught.value)


def test_rotation_is_picked_up_and_a_broken_file_fails_closed(tmp_path):
    store = _store(tmp_path, f"PC 1234:{digest(TOKEN)}\n")
    assert store.authenticate(f"Bearer {TOKEN}") is not None
    path = tmp_path / "tokens"
    path.write_text(f"PC 1234:{digest(SERVICE_TOKEN)}\n# rotated\n")
    assert store.authenticate(f"Bearer {TOKEN}") is None
    assert store.authenticate(f"Bearer {SERVICE_TOKEN}") is not None
    path.write_text("broken line with no hash at all\n")
    assert store.authenticate(f"Bearer {SERVICE_TOKEN}") is None


def test_unreadable_tokens_file_is_a_start_up_error(tmp_path):
    with pytest.raises(TokenFileError, match="BULLETINS_API_TOKENS_FILE"):
        TokenStore(str(tmp_path / "missing"))


def test_erasure_plan_changes_nothing_until_applied():
    correlation = {
        "phone:a": {"records": {"R1": {"source": "nums", "seen_at": "2020-01-01T00:00:00Z"}}},
        "phone:b": {
            "records": {
                "R1": {"source": "nums", "seen_at": "2020-01-01T00:00:00Z"},
                "R2": {"source": "partner", "seen_at": "2026-01-01T00:00:00Z"},
            }
        },
    }
    records = {"R1": {"at": "2020-01-01T00:00:00Z"}, "R2": {"at": "2026-01-01T00:00:00Z"}, "R3": {"at": "2019-05-05"}}
    erasure = retention.plan(correlation, records, "2025-01-01T00:00:00Z")
    assert len(correlation) == 2 and len(records) == 3  # planning erases nothing
    assert erasure.drop_keys == ["phone:a"] and erasure.record_ids == ["R1", "R3"]
    erasure.apply(correlation, records)
    assert correlation == {"phone:b": {"records": {"R2": {"source": "partner", "seen_at": "2026-01-01T00:00:00Z"}}}}
    assert set(records) == {"R2"}
    assert retention.plan(correlation, records, "2025-01-01T00:00:00Z").empty


def test_cutoff_and_before_forms():
    from datetime import UTC, datetime

    assert retention.cutoff(30, datetime(2026, 3, 31, 12, tzinfo=UTC)) == "2026-03-01T12:00:00Z"
    assert retention.parse_before("2026-01-02") == "2026-01-02T00:00:00Z"
    assert retention.parse_before("2026-01-02T03:04:05+01:00") == "2026-01-02T02:04:05Z"
    with pytest.raises(ValueError):
        retention.parse_before("last tuesday")


@functools.cache
def built_app() -> Any:
    """The worker's app as `bulletins worker` builds it, web routes applied (faust's own
    start-up call); once per session, as its Prometheus collectors are process-wide."""
    from streams.app import create_app
    from streams.config import load_settings

    app = create_app(load_settings())
    app.web.init_server()
    return app


def served_routes() -> list[tuple[str, str]]:
    """(method, path) of every route the worker serves, from its web router."""
    return sorted((route.method, route.resource.canonical) for route in built_app().web.web_app.router.routes())


def test_web_server_binds_loopback_with_faust_views_off(monkeypatch):
    from streams.config import load_settings

    monkeypatch.delenv("BULLETINS_WEB_BIND", raising=False)
    assert load_settings().web_bind == "127.0.0.1"
    app = built_app()
    assert app.conf.web_bind == "127.0.0.1"  # what aiohttp's TCPSite listens on
    assert not (app.conf.web_tables_enabled or app.conf.web_router_enabled or app.conf.web_stats_enabled)
    assert {path for _, path in served_routes()} == {"/check/", "/purge/", "/metrics", "/health", "/ready"}
    assert ("POST", "/purge/") in served_routes() and ("GET", "/purge/") not in served_routes()
    monkeypatch.setenv("BULLETINS_WEB_BIND", "0.0.0.0")
    assert load_settings().web_bind == "0.0.0.0"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        cwd=REPO,
        env={k: v for k, v in (env or os.environ).items() if k != "BULLETINS_API_TOKEN"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_without_a_token_says_so_without_a_traceback(tmp_path):
    for args in (
        ["purge", "--before", "2026-01-01", "--why", "retention"],
        ["check", "07700900123", "--why", "test"],
        ["check", "07700900123", "--why", "test", "--token-file", str(tmp_path / "nope")],
    ):
        proc = _cli(*args, "--worker-url", "http://127.0.0.1:9")
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr and ("token" in proc.stderr), proc.stderr
