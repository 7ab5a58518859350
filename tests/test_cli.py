"""The CLI with ordinary mistakes: one clear line and a non-zero status, never a traceback.

Each case runs `python -m streams.cli` in a subprocess, as a newcomer would run `bulletins`.
Nothing here needs a broker: "broker down" is a closed loopback port, and "not Kafka" is a
loopback listener of the test's own that accepts and hangs up, or says nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from redaction.pseudonym import KEY_ENV, KEY_FILE_ENV, PseudonymKeyError, key_weakness, load_key
from streams.cli import build_parser
from streams.cli_support import ENVIRONMENT, TEST_ONLY, CliError, check_environment, require_broker

REPO = Path(__file__).resolve().parent.parent
GOOD_KEY = "test-only-key-not-secret-0123456789"


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("BULLETINS_", "KAFKA_"))}
    base[KEY_ENV] = GOOD_KEY
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        cwd=REPO,
        env=base,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_plain_failure(proc: subprocess.CompletedProcess[str], status: int, *words: str) -> None:
    assert proc.returncode == status, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr  # one line, not a log storm
    for word in words:
        assert word in lines[0], (word, lines[0])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def impostor() -> Iterator[tuple[str, list[str]]]:
    """A loopback listener that is not Kafka; the mode list says what it does ('drop' or 'silent')."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    mode = ["drop"]
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            if mode[0] == "drop":
                conn.close()
            else:
                held.append(conn)  # accept, read nothing, answer nothing

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.getsockname()[1]}", mode
    finally:
        stop.set()
        thread.join(2)
        for conn in held:
            conn.close()
        server.close()


# -- version, help, environment --------------------------------------------------------


def test_version_comes_from_the_package_metadata() -> None:
    proc = run_cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"bulletins {version('bulletin-pipeline')}"


def test_help_lists_every_environment_variable() -> None:
    proc = run_cli("--help")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    for var in ENVIRONMENT:
        assert var.name in proc.stdout, var.name


def _actions(parser: argparse.ArgumentParser, path: str = "bulletins") -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _actions(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            yield path, action


def test_every_option_and_argument_has_help_text() -> None:
    missing = [
        f"{path} {action.option_strings or action.dest}"
        for path, action in _actions(build_parser())
        if not action.help or action.help == argparse.SUPPRESS
    ]
    assert not missing, missing


def test_every_variable_the_code_reads_is_listed() -> None:
    """A new setting must reach `--help` and `bulletins env`: scan the code for the names."""
    pattern = re.compile(r"""["']((?:BULLETINS|KAFKA)_[A-Z0-9_]+)["']""")
    seen: set[str] = set()
    for folder in ("streams", "schemas", "processors", "redaction", "evaluation"):
        for path in (REPO / folder).rglob("*.py"):
            seen |= set(pattern.findall(path.read_text(encoding="utf-8")))
    listed = {v.name for v in ENVIRONMENT} | set(TEST_ONLY)
    assert not seen - listed, sorted(seen - listed)


def test_env_command_shows_settings_but_never_the_key() -> None:
    proc = run_cli("env", env={"BULLETINS_WEB_PORT": "7000", "BULLETINS_API_TOKEN": "tok-secret-value"})
    assert proc.returncode == 0
    assert re.search(r"^BULLETINS_WEB_PORT\s+7000$", proc.stdout, re.M)
    assert GOOD_KEY not in proc.stdout and "tok-secret-value" not in proc.stdout
    assert re.search(r"^BULLETINS_PSEUDONYM_KEY\s+\(set; not shown\)$", proc.stdout, re.M)


# -- bad settings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "value", "words"),
    [
        ("BULLETINS_WEB_PORT", "abc", ("BULLETINS_WEB_PORT", "whole number")),
        ("BULLETINS_WEB_PORT", "70000", ("BULLETINS_WEB_PORT", "1 to 65535")),
        ("BULLETINS_BATCH_WITHIN", "soon", ("BULLETINS_BATCH_WITHIN", "number")),
        ("BULLETINS_BATCH_SIZE", "-3", ("BULLETINS_BATCH_SIZE", "above 0")),
        ("BULLETINS_SESSION_TIMEOUT", "a while", ("BULLETINS_SESSION_TIMEOUT", "number")),
        ("BULLETINS_MAX_TEXT_CHARS", "lots", ("BULLETINS_MAX_TEXT_CHARS",)),
        ("BULLETINS_MAX_TEXT_CHARS", "5", ("BULLETINS_MAX_TEXT_CHARS", "at least")),  # schemas/limits.py floor
    ],
)
def test_a_bad_setting_is_one_line_naming_the_variable(variable: str, value: str, words: tuple[str, ...]) -> None:
    proc = run_cli("process", "--source", "nums", str(REPO / "samples" / "nums.jsonl"), env={variable: value})
    assert_plain_failure(proc, 2, *words)


def test_check_environment_accepts_the_defaults_and_good_values() -> None:
    check_environment({})
    check_environment({"BULLETINS_WEB_PORT": "6066", "BULLETINS_BATCH_WITHIN": "0.25", "BULLETINS_RECORD_SECONDS": "6"})
    with pytest.raises(CliError, match="BULLETINS_RECORD_SECONDS"):
        check_environment({"BULLETINS_RECORD_SECONDS": "a while"})


def test_a_bootstrap_that_is_not_host_port_is_refused() -> None:
    proc = run_cli("tail", "spoc", env={"KAFKA_BOOTSTRAP_SERVERS": "kafka:abc"})
    assert_plain_failure(proc, 2, "kafka:abc", "host:port")


# -- missing files -------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["process", "submit"])
def test_a_missing_file_is_one_line(command: str, tmp_path: Path) -> None:
    proc = run_cli(command, "--source", "nums", str(tmp_path / "no-such.jsonl"))
    assert_plain_failure(proc, 2, "no-such.jsonl", "No such file")


# -- a broker that is down or is not Kafka ----------------------------------------------------


def _startup_seconds(*args: str) -> float:
    """How long the same command takes to fail on a setting, before any network: the
    interpreter and imports, which a loaded machine stretches. The 10 s bound is on the
    wait for the broker, so it is measured beyond this."""
    started = time.monotonic()
    run_cli("--bootstrap", "127.0.0.1:not-a-port", *args, timeout=120)
    return time.monotonic() - started


@pytest.mark.parametrize(
    "args",
    [
        ("tail", "spoc"),
        ("topics", "create"),
        ("submit", "--source", "nums", "--quiet", str(REPO / "samples" / "nums.jsonl")),
        ("worker",),
    ],
)
def test_broker_down_fails_within_ten_seconds(args: tuple[str, ...]) -> None:
    baseline = _startup_seconds(*args)
    started = time.monotonic()
    proc = run_cli("--bootstrap", f"127.0.0.1:{free_port()}", *args, timeout=120)
    elapsed = time.monotonic() - started
    assert_plain_failure(proc, 1, "cannot reach Kafka", "connection refused")
    assert elapsed - baseline < 10, (elapsed, baseline)


def test_a_listener_that_is_not_kafka_fails_within_ten_seconds(impostor: tuple[str, list[str]]) -> None:
    address, _ = impostor
    baseline = _startup_seconds("tail", "spoc")
    started = time.monotonic()
    proc = run_cli("--bootstrap", address, "tail", "spoc", timeout=120)
    assert_plain_failure(proc, 1, "cannot reach Kafka")
    # it closed before or after reading the request: either is said, neither hangs
    assert "no Kafka answer" in proc.stderr or "connection reset" in proc.stderr, proc.stderr
    assert time.monotonic() - started - baseline < 10


def test_a_silent_listener_times_out_within_the_bound(impostor: tuple[str, list[str]]) -> None:
    address, mode = impostor
    mode[0] = "silent"
    started = time.monotonic()
    with pytest.raises(CliError, match="timed out"):
        require_broker(address, timeout=2.0, protocol="PLAINTEXT")
    assert time.monotonic() - started < 4


@pytest.mark.kafka
def test_the_probe_accepts_a_real_broker() -> None:
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if not bootstrap:
        pytest.skip("no broker (deploy/run-tests.sh starts one)")
    require_broker(bootstrap, timeout=5.0)


# -- the pseudonym key --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "why"),
    [
        ("", "no pseudonym key"),
        ("                    ", "only whitespace"),
        ("short-key", "9 bytes long; at least 16"),
        ("x" * 32, "one byte repeated"),
        ("abcabcabcabcabcabcabc", "3-byte unit repeated"),
        ("0101101001011010011010", "only 2 distinct byte values"),
    ],
)
def test_a_weak_key_is_refused_with_the_reason(monkeypatch: pytest.MonkeyPatch, key: str, why: str) -> None:
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    monkeypatch.setenv(KEY_ENV, key)
    with pytest.raises(PseudonymKeyError, match=why) as caught:
        load_key()
    if key.strip():
        assert key.strip() not in str(caught.value)  # the key is never echoed


def test_a_weak_key_file_is_refused_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "pseudonym.key"
    path.write_text("0" * 32 + "\n")
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    with pytest.raises(PseudonymKeyError, match=f"{KEY_FILE_ENV}: .*one byte repeated"):
        load_key()


def test_honest_random_keys_pass() -> None:
    import base64
    import secrets

    for _ in range(2000):
        assert key_weakness(secrets.token_hex(16).encode()) is None
        assert key_weakness(base64.b64encode(secrets.token_bytes(32))) is None
    assert key_weakness(GOOD_KEY.encode()) is None


def test_the_env_key_is_used_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    # Stripping it would change every pseudonym an existing deployment has made.
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    monkeypatch.setenv(KEY_ENV, f" {GOOD_KEY} ")
    assert load_key() == f" {GOOD_KEY} ".encode()


def test_the_worker_refuses_a_weak_key_in_one_line() -> None:
    proc = run_cli("worker", env={KEY_ENV: "a" * 16})
    assert_plain_failure(proc, 2, KEY_ENV, "one byte repeated")


# -- library noise -------------------------------------------------------------------------


def test_library_log_lines_stay_off_the_terminal() -> None:
    code = (
        "import logging, warnings\n"
        "from streams.cli_support import quiet_libraries\n"
        "quiet_libraries()\n"
        "for name in ('kafka.net.transport', 'aiokafka', 'faust', 'presidio-analyzer', 'spacy'):\n"
        "    logging.getLogger(name).error('library noise')\n"
        "warnings.warn_explicit('library warning', UserWarning, 'x.py', 1, module='spacy.util')\n"
        "logging.getLogger('streams.cli').warning('our own line')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "our own line" in proc.stderr
    assert "library" not in proc.stderr


def test_process_prints_only_its_summary_on_stderr(tmp_path: Path) -> None:
    proc = run_cli("process", "--source", "nums", str(REPO / "samples" / "nums.jsonl"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]
    assert proc.stderr.startswith("processed ")
