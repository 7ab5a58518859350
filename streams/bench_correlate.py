"""What one correlation stage takes, against what one NLP worker gives (issue 13).

`python -m streams.bench_correlate [--records N] [--no-kafka]`

The correlation state is one partition held by one worker (streams/correlate.py), so
adding workers adds NLP until the correlation stage is the limit. This measures both sides
on the same records (the development and linkage corpora, fictional), in records/second:

- `nlp_rps`: the NLP stage's code on this process's one core (`analyse_batch` in batches
  of 32), what one worker's intake can give;
- `stage_rps`: the correlation stage's code in process (decode the analysed message, link,
  route, scrub, encode the routed Avro and the audit events) against a dict store;
- `kafka_rps` (unless --no-kafka): a real worker's correlation stage draining N analysed
  messages put on its analysed topic beforehand (its intake starts at the raw topics' end,
  so it has no NLP to do): faust table writes, sends, acknowledgements and commits
  included; from the broker timestamps of the first and last routed messages.

The N records are the corpora's analysed records repeated under new ids, so every report
shares its blocking keys with many others and the similar-offender candidate cap is
reached from early on, and adverts of one template cluster without end: a heavy case for
linking, as `bench-linkage`'s full store. Printed, never asserted; the last line is one
JSON object. Figures swing with the machine's load.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from common.sources import ID_FIELD
from pipeline.core import Analysed
from schemas import encode as avro_encode
from schemas import to_json, validate_input
from streams import analysed as handoff
from streams.bench_kafka import free_port, skip_old_input
from streams.handling import Analysis, RawMessage, finish_messages
from streams.topics import RAW, ROUTED

REPO = Path(__file__).resolve().parent.parent
CORPORA = [REPO / "tests" / "corpus" / "dev.jsonl", REPO / "tests" / "corpus" / "linkage" / "dev.jsonl"]


def corpus() -> list[tuple[str, dict[str, Any], bytes]]:
    """(source, the record's JSON form as the worker decodes it, its raw Avro bytes)."""
    items = []
    for path in CORPORA:
        for line in path.read_text().splitlines():
            doc = json.loads(line)
            datum = validate_input(doc["source"], doc["record"])
            items.append((doc["source"], to_json(datum), avro_encode(doc["source"], datum)))
    return items


def renamed(msg: RawMessage, a: Analysed, k: int) -> tuple[RawMessage, Analysed]:
    """Copy `k` of an analysed record, under an id of its own."""
    field = ID_FIELD[a.source]
    rid = f"{a.record_id}-B{k}"
    record, sanitised = copy.deepcopy(a.record), copy.deepcopy(a.sanitised)
    record[field] = rid
    if field in sanitised:
        sanitised[field] = rid
    copied = Analysed(a.source, record, sanitised, copy.deepcopy(a.extraction), dict(a.redactions), a.guard_values)
    return RawMessage(msg.source, msg.topic, msg.partition, msg.offset + k, rid.encode(), msg.value), copied


def analysed_records(n: int) -> tuple[list[tuple[RawMessage, Analysed]], float]:
    """n analysed records, and the NLP stage's records/s on the corpus."""
    from pipeline.core import Pipeline

    pipeline = Pipeline()
    full = corpus()
    items = [(s, r) for s, r, _ in full]
    pipeline.analyse_batch(items[:8])  # warm
    started = time.perf_counter()
    analysed = [a for i in range(0, len(items), 32) for a in pipeline.analyse_batch(items[i : i + 32])]
    nlp_rps = len(items) / (time.perf_counter() - started)
    base = [
        (RawMessage(s, RAW[s], 0, i, a.record_id.encode(), raw), a)
        for i, ((s, _, raw), a) in enumerate(zip(full, analysed, strict=True))
    ]
    return [renamed(*base[k % len(base)], k) for k in range(n)], nlp_rps


def stage_in_process(records: list[tuple[RawMessage, Analysed]]) -> float:
    """Records/s of the correlation stage's code, from the analysed message's bytes."""
    from pipeline.core import Pipeline

    pipeline = Pipeline()
    values = [handoff.encode(m, a) for m, a in records]
    store: dict[str, Any] = {}
    started = time.perf_counter()
    for i in range(0, len(values), 32):
        analysis = Analysis(analysed=[handoff.decode(v) for v in values[i : i + 32]])
        finish_messages(pipeline, analysis, store, {}, received_audited=True)
    return len(values) / (time.perf_counter() - started)


def stage_on_kafka(records: list[tuple[RawMessage, Analysed]], bootstrap: str) -> float:
    """Records/s of a real worker's correlation stage over analysed messages put there first."""
    from kafka import KafkaConsumer, KafkaProducer

    from streams.collect import end_offsets
    from streams.config import kafka_client_config
    from streams.topics import analysed_topic, create_topics

    app_id = f"bench-correlate-{uuid.uuid4().hex[:8]}"
    create_topics(bootstrap, app_id=app_id)
    security = kafka_client_config()
    skip_old_input(bootstrap, app_id)  # no NLP competes with the stage
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20, **security)
    for msg, a in records:
        producer.send(analysed_topic(app_id), key=a.record_id.encode(), value=handoff.encode(msg, a))
    producer.flush()
    producer.close()
    start = end_offsets(bootstrap, [ROUTED["force_intel"]])
    ids = {a.record_id for _, a in records}
    with tempfile.TemporaryDirectory() as home, _worker(app_id, home) as proc:
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, **security)
        consumer.assign(list(start))
        for tp, offset in start.items():
            consumer.seek(tp, offset)
        stamps: dict[str, int] = {}
        deadline = time.monotonic() + 1800
        while len(stamps) < len(ids) and time.monotonic() < deadline and proc.poll() is None:
            for messages in consumer.poll(timeout_ms=1000).values():
                for m in messages:
                    key = (m.key or b"").decode()
                    if key in ids:
                        stamps.setdefault(key, m.timestamp)
        consumer.close()
    if len(stamps) < len(ids):
        raise RuntimeError(f"the worker routed {len(stamps)} of {len(ids)} in time")
    first, last = min(stamps.values()), max(stamps.values())
    return (len(ids) - 1) / max(0.001, (last - first) / 1000)


@contextlib.contextmanager
def _worker(app_id: str, home: str) -> Iterator[subprocess.Popen]:
    """One `bulletins worker` of the app id, its data and log in `home`; stopped on leaving."""
    env = dict(os.environ, BULLETINS_APP_ID=app_id, BULLETINS_WEB_PORT=str(free_port()), BULLETINS_DATA_DIR=home)
    with open(Path(home) / "worker.log", "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "streams.cli", "worker"], cwd=REPO, env=env, stdout=log,
                                stderr=subprocess.STDOUT)  # fmt: skip
        try:
            yield proc
        finally:
            proc.terminate()
            proc.wait(timeout=60)


def hop_latency(bootstrap: str, n: int = 60, per_second: float = 2.0) -> dict[str, float]:
    """What the hand-off through the analysed topic adds to a record's way, at a gentle pace
    on one worker: milliseconds from the raw message's broker time to its analysed message
    (the NLP stage, batching included) and from that to its routed message (the correlation
    stage: fetch, link, route, send), p50 and p95."""
    from kafka import KafkaProducer

    from streams.collect import end_offsets
    from streams.config import kafka_client_config
    from streams.topics import analysed_topic, create_topics

    app_id = f"bench-hop-{uuid.uuid4().hex[:8]}"
    create_topics(bootstrap, app_id=app_id)
    skip_old_input(bootstrap, app_id)
    security = kafka_client_config()
    raw_topic = RAW["nums"]
    watched = [analysed_topic(app_id), ROUTED["force_intel"], raw_topic]
    with tempfile.TemporaryDirectory() as home, _worker(app_id, home) as proc:
        _wait_routed_once(bootstrap, proc)  # the worker is up and routing
        start = end_offsets(bootstrap, watched)
        producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", **security)
        ids = []
        for i in range(n):
            _, rid, record = _hop_record(i)
            ids.append(rid)
            producer.send(raw_topic, key=rid.encode(), value=avro_encode("nums", validate_input("nums", record)))
            producer.flush()
            time.sleep(1 / per_second)
        producer.close()
        stamps = _timestamps(bootstrap, start, set(ids), proc)
    nlp = sorted(stamps[(watched[0], r)] - stamps[(raw_topic, r)] for r in ids)
    corr = sorted(stamps[(watched[1], r)] - stamps[(watched[0], r)] for r in ids)

    def pct(xs: list[int], q: float) -> float:
        return float(xs[min(len(xs) - 1, int(q * len(xs)))])

    return {"nlp_p50_ms": pct(nlp, 0.5), "nlp_p95_ms": pct(nlp, 0.95), "hop_p50_ms": pct(corr, 0.5),
            "hop_p95_ms": pct(corr, 0.95)}  # fmt: skip


def _hop_record(i: int) -> tuple[str, str, dict[str, Any]]:
    rid = f"NUM-HOP-{uuid.uuid4().hex[:8]}-{i}"
    record = {
        "report_id": rid, "received_at": "2026-11-14T23:30:00Z", "incident_at": None, "force_area": "West Yorkshire",
        "district": "Leeds", "location": "Kirkgate", "sector": "street", "incident_types": ["robbery"],
        "consent": "anonymous_intelligence", "reporter": None,
        "offender": {"names": [], "phones": [f"07700 900{i % 100:03d}"], "emails": [], "online_handles": [],
                     "vehicles": [], "description": "tall man"},
        "narrative": f"A man rang from 07700 900{i % 100:03d} and took the money back on Kirkgate.",
        "reporting_project": None,
    }  # fmt: skip
    return "nums", rid, record


def _wait_routed_once(bootstrap: str, proc: subprocess.Popen) -> None:
    """Until the worker routes a probe record: started, and past any earlier input."""
    from kafka import KafkaProducer

    from streams.collect import collect, end_offsets

    _, rid, record = _hop_record(0)
    start = end_offsets(bootstrap, [ROUTED["force_intel"]])
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    producer.send(RAW["nums"], key=rid.encode(), value=avro_encode("nums", validate_input("nums", record)))
    producer.close()
    _, ok = collect(bootstrap, start, lambda c: rid in c.ids(ROUTED["force_intel"]), timeout_s=1800)
    if not ok or proc.poll() is not None:
        raise RuntimeError("the worker did not route a probe record")


def _timestamps(bootstrap: str, start: dict, ids: set[str], proc: subprocess.Popen) -> dict[tuple[str, str], int]:
    """(topic, record id) -> the message's timestamp, for the ids on every watched topic."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    consumer.assign(list(start))
    for tp, offset in start.items():
        consumer.seek(tp, offset)
    topics = {tp.topic for tp in start}
    stamps: dict[tuple[str, str], int] = {}
    deadline = time.monotonic() + 600
    while len(stamps) < len(ids) * len(topics) and time.monotonic() < deadline and proc.poll() is None:
        for messages in consumer.poll(timeout_ms=1000).values():
            for m in messages:
                key = (m.key or b"").decode()
                if key in ids:
                    stamps.setdefault((m.topic, key), m.timestamp)
    consumer.close()
    return stamps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m streams.bench_correlate", description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=2000, help="analysed records to correlate (default 2000)")
    parser.add_argument("--no-kafka", action="store_true", help="the in-process figures only")
    parser.add_argument("--hop", action="store_true", help="also what the hand-off adds to a record's latency")
    parser.add_argument("--bootstrap", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"))
    args = parser.parse_args(argv)
    records, nlp_rps = analysed_records(args.records)
    print(f"NLP stage, one core: {nlp_rps:.1f} records/s", flush=True)
    stage_rps = stage_in_process(records)
    print(f"correlation stage, in process: {stage_rps:.1f} records/s over {len(records)} records", flush=True)
    kafka_rps = None
    if not args.no_kafka:
        kafka_rps = stage_on_kafka(records, args.bootstrap)
        print(f"correlation stage, a worker through Kafka: {kafka_rps:.1f} records/s", flush=True)
    hop = None
    if args.hop and not args.no_kafka:
        hop = hop_latency(args.bootstrap)
        print(f"latency at 2 records/s, one worker: {hop}", flush=True)
    limit = (kafka_rps or stage_rps) / nlp_rps
    print(f"the correlation stage keeps up with about {limit:.1f} NLP cores", flush=True)
    kafka = None if kafka_rps is None else round(kafka_rps, 1)
    result = {"records": len(records), "nlp_rps": round(nlp_rps, 1), "stage_rps": round(stage_rps, 1),
              "kafka_rps": kafka, "nlp_cores": round(limit, 1), **(hop or {})}  # fmt: skip
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
