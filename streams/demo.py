"""`bulletins demo`: the main job end to end on a local broker with the bundled samples.

Starts the local Kafka (unless KAFKA_BOOTSTRAP_SERVERS names one), creates the topics,
starts the worker, submits the samples (invalid lines included, so the dead-letter path
runs), waits until every record is routed or dead-lettered, prints a per-route summary
and a few sanitised records, and stops what it started.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from common.sources import TEXT_FIELD
from processors.vocabulary import ROUTES, SOURCES
from redaction.pseudonym import KEY_ENV, KEY_FILE_ENV
from streams.collect import collect, end_offsets
from streams.config import load_replication, load_settings
from streams.edge import submit
from streams.topics import DEADLETTER, ROUTED, create_topics

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
CACHE = REPO / ".cache"
KAFKA_SCRIPT = REPO / "deploy" / "kafka-local.sh"


def _ensure_key() -> None:
    if os.environ.get(KEY_FILE_ENV) or os.environ.get(KEY_ENV):
        return
    key_file = CACHE / "pseudonym.key"
    if not key_file.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
        print(
            f"demo: created a local pseudonym key at {key_file} (for this machine only; "
            f"a deployment sets {KEY_FILE_ENV} to a managed secret)"
        )
    os.environ[KEY_FILE_ENV] = str(key_file)


def _kafka(command: str) -> int:
    return subprocess.call([str(KAFKA_SCRIPT), command])


def run(timeout_s: float = 600.0, show: int = 3) -> int:
    _ensure_key()
    started_kafka = False
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if not bootstrap:
        bootstrap = f"127.0.0.1:{os.environ.get('KAFKA_PORT', '9092')}"
        if subprocess.call([str(KAFKA_SCRIPT), "status"], stdout=subprocess.DEVNULL) != 0:
            if _kafka("start") != 0:
                print("demo: the local Kafka broker did not start", file=sys.stderr)
                return 1
            started_kafka = True
        os.environ["KAFKA_BOOTSTRAP_SERVERS"] = bootstrap
    worker = None
    try:
        created = create_topics(bootstrap, app_id=load_settings().app_id)
        print(f"demo: topics ready ({len(created)} created)")
        _migrate_state(bootstrap)
        watched = [*ROUTED.values(), DEADLETTER]
        start = end_offsets(bootstrap, watched)

        CACHE.mkdir(parents=True, exist_ok=True)
        log_path = CACHE / "worker.log"
        worker = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker"],
            stdout=log_path.open("w"),
            stderr=subprocess.STDOUT,
            cwd=REPO,
        )
        print(f"demo: worker started (pid {worker.pid}, log {log_path})")

        run_id = f"demo-{secrets.token_hex(4)}"  # tells this run's dead letters from earlier ones
        expected_ids: set[str] = set()
        expected_dead = 0
        for source in SOURCES:
            path = SAMPLES / f"{source}.jsonl"
            lines = path.read_text().splitlines()
            summary = submit(bootstrap, source, lines, send_invalid=True, invalid_key_prefix=run_id)
            expected_dead += summary.sent_invalid
            expected_ids |= set(summary.submitted_ids)
            print(
                f"demo: {source}: {summary.submitted} submitted, {summary.rejected} invalid "
                f"(sent for dead-lettering: {summary.sent_invalid})"
            )
            for error in summary.errors:
                print(f"        {error}")
        print("demo: waiting for every record to be routed or dead-lettered ...")
        collected, ok = collect(bootstrap, start, lambda c: _done(c, expected_ids, expected_dead, run_id), timeout_s)
        _print_summary(collected, expected_ids, run_id, show)
        if not ok:
            print(f"demo: timed out after {timeout_s:.0f}s; see {log_path}", file=sys.stderr)
            return 1
        return 0
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=60)
            except subprocess.TimeoutExpired:
                worker.kill()
            print("demo: worker stopped")
        if started_kafka:
            _kafka("stop")
            print("demo: local Kafka stopped")


def _migrate_state(bootstrap: str) -> None:
    """A local broker that ran an earlier version's demo holds its state in the old layout:
    moved across once (no worker of the app id is running yet), so the worker starts."""
    from streams.app import create_app
    from streams.changelogs import StateLayoutError, migrate

    try:
        copied = migrate(create_app(serve=False), bootstrap, load_replication())
    except StateLayoutError as exc:  # a worker of the app id is running: it has its state already
        print(f"demo: state not migrated: {exc}")
        return
    if copied:
        print(f"demo: state of an earlier version moved to this one's layout ({sum(copied.values())} messages)")


def _ours(collected, run_id: str, expected_ids: set[str]) -> list[dict]:
    return [
        item
        for key, item in collected.by_topic.get(DEADLETTER, [])
        if key and (key.startswith(run_id) or key in expected_ids)
    ]


def _done(collected, expected_ids: set[str], expected_dead: int, run_id: str) -> bool:
    routed = collected.ids(ROUTED["force_intel"]) & expected_ids
    dead = len({(i["topic"], i["partition"], i["offset"]) for i in _ours(collected, run_id, expected_ids)})
    # Every valid record reaches force_intel; a valid-JSON record the worker rejects
    # (e.g. a blank authority) is dead-lettered instead: count both.
    dead_ids = {k for k, _ in collected.by_topic.get(DEADLETTER, []) if k}
    # Every valid record reaches force_intel, or is dead-lettered by the worker.
    if dead < expected_dead or len(routed | (dead_ids & expected_ids)) < len(expected_ids):
        return False
    # ... and every other route its force_intel item names has arrived too: the routed topics are
    # written one after another, so a summary taken at the last force_intel item could miss a
    # record's organised_crime item still on its way (stop 59: one demo run read 8, the next 9)
    announced = {
        (key, route)
        for key, item in collected.by_topic.get(ROUTED["force_intel"], [])
        if key in expected_ids
        for route in item.get("routes") or []
    }
    return all(key in collected.ids(ROUTED[route]) for key, route in announced if route in ROUTED)


def _print_summary(collected, expected_ids: set[str], run_id: str, show: int) -> None:
    print("\nper-route summary (distinct records):")
    for route in ROUTES:
        ids = collected.ids(ROUTED[route]) & expected_ids
        print(f"  {route:<16} {len(ids):>4}")
    dead = _ours(collected, run_id, expected_ids)
    print(f"  {'deadletter':<16} {len(dead):>4}")
    for item in dead:
        print(f"      {item['topic']}[{item['partition']}]@{item['offset']}: {item['error']}")
    samples = [item for key, item in collected.by_topic.get(ROUTED["spoc"], []) if key in expected_ids][:show]
    samples += [item for key, item in collected.by_topic.get(ROUTED["organised_crime"], []) if key in expected_ids][:1]
    print("\na few sanitised records:")
    for item in samples:
        record = item["record"]
        text = record.get(TEXT_FIELD[item["source"]]) or ""
        print(f"- {item['id']} ({item['source']}) routes={item['routes']} mo={record.get('mo')}")
        print(textwrap.indent(textwrap.fill(text, 100), "    "))
        ents = [f"{e['label']}={e['normalized']}" for e in record.get("entities", [])]
        print(f"    entities: {', '.join(ents) or '-'}")
        for reason in item["reasons"]:
            print(f"    reason: {reason}")
