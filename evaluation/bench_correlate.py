"""What one correlation stage takes, against what one NLP worker gives (issue 13).

`python -m evaluation.bench_correlate [--records N] [--no-kafka]`

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
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from processors.core import ID_FIELD, Analysed
from schemas import encode as avro_encode
from schemas import to_json, validate_input
from streams import analysed as handoff
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
    from processors.core import Pipeline

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
    from processors.core import Pipeline

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
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition
    from kafka.structs import OffsetAndMetadata

    from streams.collect import end_offsets
    from streams.config import kafka_client_config
    from streams.topics import analysed_topic, create_topics

    app_id = f"bench-correlate-{uuid.uuid4().hex[:8]}"
    create_topics(bootstrap, app_id=app_id)
    security = kafka_client_config()
    # the worker's intake starts at the raw topics' end: no NLP competes with the stage
    group = f"{app_id}.intake"
    intake = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False, **security)
    tps = [TopicPartition(t, p) for t in RAW.values() for p in sorted(intake.partitions_for_topic(t) or [])]
    intake.commit({tp: OffsetAndMetadata(o, "", -1) for tp, o in intake.end_offsets(tps).items()})
    intake.close()
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20, **security)
    for msg, a in records:
        producer.send(analysed_topic(app_id), key=a.record_id.encode(), value=handoff.encode(msg, a))
    producer.flush()
    producer.close()
    start = end_offsets(bootstrap, [ROUTED["force_intel"]])
    ids = {a.record_id for _, a in records}
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, BULLETINS_APP_ID=app_id, BULLETINS_WEB_PORT=str(_free_port()), BULLETINS_DATA_DIR=home)
        log = open(Path(home) / "worker.log", "w")  # noqa: SIM115 (closed below)
        proc = subprocess.Popen([sys.executable, "-m", "streams.cli", "worker"], cwd=REPO, env=env, stdout=log,
                                stderr=subprocess.STDOUT)  # fmt: skip
        try:
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
        finally:
            proc.terminate()
            proc.wait(timeout=60)
            log.close()
    if len(stamps) < len(ids):
        raise RuntimeError(f"the worker routed {len(stamps)} of {len(ids)} in time")
    first, last = min(stamps.values()), max(stamps.values())
    return (len(ids) - 1) / max(0.001, (last - first) / 1000)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.bench_correlate", description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=2000, help="analysed records to correlate (default 2000)")
    parser.add_argument("--no-kafka", action="store_true", help="the in-process figures only")
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
    limit = (kafka_rps or stage_rps) / nlp_rps
    print(f"the correlation stage keeps up with about {limit:.1f} NLP cores", flush=True)
    kafka = None if kafka_rps is None else round(kafka_rps, 1)
    result = {"records": len(records), "nlp_rps": round(nlp_rps, 1), "stage_rps": round(stage_rps, 1),
              "kafka_rps": kafka, "nlp_cores": round(limit, 1)}  # fmt: skip
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
