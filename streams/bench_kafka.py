"""The benchmark's broker runs: real `bulletins worker` processes, one or several.

Each run has an app id of its own (fresh tables and groups) and starts its intake group at
the raw topics' end, so input left on the broker by earlier runs is not read again. The
records go in with a kafka-python producer; the figures come from broker timestamps only:
the raw message's (the raw topics are LogAppendTime) and the routed message's on
force_intel (every accepted record goes there), so neither the producer's pace nor the
reader's lag is in them. Dead-lettered records count as done, and are reported.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.structs import OffsetAndMetadata

from common.sources import ID_FIELD
from evaluation import bench_proc
from evaluation.bench_corpus import Item, with_run_tag
from schemas import encode, validate_input
from streams.config import kafka_client_config, load_replication, load_settings
from streams.topics import DEADLETTER, RAW, ROUTED, create_topics

REPO = Path(__file__).resolve().parent.parent
FORCE_INTEL = ROUTED["force_intel"]
READY_TIMEOUT = 420.0  # the model load on a busy 2-core machine


@dataclass
class Worker:
    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/ready", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    def metrics(self) -> dict[str, float]:
        """This worker's own counters (its /metrics), by name and labels; empty when it never served."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=5) as r:
                text = r.read().decode()
        except OSError:
            return {}
        out = {}
        for line in text.splitlines():
            if line.startswith(("bulletins_records_in_total{", "bulletins_stage_duration_seconds_sum{",
                                'bulletins_stage_duration_seconds_count{stage="nlp"}')):  # fmt: skip
                name, value = line.rsplit(" ", 1)
                out[name] = float(value)
        return out

    def records_in(self) -> float:
        """Raw messages this worker read; 0 when it never served."""
        return sum(v for k, v in self.metrics().items() if k.startswith("bulletins_records_in_total{"))


def stage_ms(before: dict[str, float], after: dict[str, float], records: int) -> dict[str, float]:
    """Milliseconds per record the worker spent in each of its timed stages between two
    readings, and the mean records per NLP batch."""
    diff = {k: after[k] - before.get(k, 0.0) for k in after}
    out = {}
    for key, value in diff.items():
        if key.startswith("bulletins_stage_duration_seconds_sum{"):
            out[key.split('stage="', 1)[1].split('"', 1)[0]] = 1000 * value / max(records, 1)
    # The intake parses each fetch whole, every source together: records read per NLP batch.
    batches = diff.get('bulletins_stage_duration_seconds_count{stage="nlp"}', 0.0)
    if batches:
        out["records_per_nlp_batch"] = (
            sum(v for k, v in diff.items() if k.startswith("bulletins_records_in_total{")) / batches
        )
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_workers(n: int, app_id: str, bootstrap: str, home: Path) -> list[Worker]:
    """`n` workers with one app id, as an operator starts them."""
    workers = []
    for i in range(n):
        port = free_port()
        data = home / f"{app_id}-{i}"
        data.mkdir(parents=True, exist_ok=True)
        env = dict(
            os.environ,
            KAFKA_BOOTSTRAP_SERVERS=bootstrap,
            BULLETINS_APP_ID=app_id,
            BULLETINS_WEB_PORT=str(port),
            BULLETINS_DATA_DIR=str(data),
        )
        log = home / f"{app_id}-{i}.log"
        with log.open("w") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "streams.cli", "worker"], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT
            )
        workers.append(Worker(proc, port, log))
    return workers


def wait_ready(workers: list[Worker], others_within: float = 180.0) -> None:
    """Until one worker is ready (raises after READY_TIMEOUT), then up to `others_within`
    seconds more for the rest: every worker is ready once it has raw partitions, and one
    still joining when the clock starts would rebalance the group inside the measure."""
    deadline = time.monotonic() + READY_TIMEOUT
    while not any(w.ready() for w in workers):
        for w in workers:
            if w.proc.poll() is not None:
                raise RuntimeError(f"a worker exited ({w.proc.returncode}); its log: {w.log}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"no worker ready within {READY_TIMEOUT:.0f} s; logs: {workers[0].log}")
        time.sleep(1.0)
    until = time.monotonic() + others_within
    while time.monotonic() < until and not all(w.ready() for w in workers):
        time.sleep(1.0)
    if not all(w.ready() for w in workers):
        print(f"  (a worker was not ready {others_within:.0f} s after the first: measured while it joins)", flush=True)


def stop_workers(workers: list[Worker]) -> None:
    for w in workers:
        if w.proc.poll() is None:
            w.proc.send_signal(signal.SIGTERM)
    for w in workers:
        try:
            w.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            w.proc.kill()
            w.proc.wait()


def skip_old_input(bootstrap: str, app_id: str) -> None:
    """Commit the raw topics' end offsets for the run's intake group: it reads only this run's input."""
    group = dataclasses.replace(load_settings(), app_id=app_id).intake_group
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False, **kafka_client_config()
    )
    try:
        parts = [TopicPartition(t, p) for t in RAW.values() for p in sorted(consumer.partitions_for_topic(t) or [])]
        ends = consumer.end_offsets(parts)
        consumer.commit({tp: OffsetAndMetadata(offset, "", -1) for tp, offset in ends.items()})
    finally:
        consumer.close()


class Collector(threading.Thread):
    """Reads force_intel and the dead letters from their current ends: key -> broker timestamp."""

    def __init__(self, bootstrap: str) -> None:
        super().__init__(name="bench-collect", daemon=True)
        self.consumer = KafkaConsumer(
            bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, **kafka_client_config()
        )
        parts = [TopicPartition(t, p) for t in (FORCE_INTEL, DEADLETTER) for p in self.consumer.partitions_for_topic(t)]
        self.consumer.assign(parts)
        for tp, offset in self.consumer.end_offsets(parts).items():
            self.consumer.seek(tp, offset)
        self.routed: dict[str, int] = {}
        self.dead: set[str] = set()
        self.timestamp_types: set[int] = set()
        self._halt = threading.Event()

    def run(self) -> None:
        try:
            while not self._halt.is_set():
                for tp, messages in self.consumer.poll(timeout_ms=200).items():
                    for m in messages:
                        key = m.key.decode() if m.key else ""
                        if tp.topic == DEADLETTER:
                            self.dead.add(key)
                        else:
                            self.routed.setdefault(key, m.timestamp)
                            self.timestamp_types.add(m.timestamp_type)
        finally:
            self.consumer.close()

    def wait_for(self, keys: set[str], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if keys <= (self.routed.keys() | self.dead):
                return True
            time.sleep(0.2)
        return False

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=10)


def encoded(items: list[Item]) -> list[tuple[str, str, bytes]]:
    """(raw topic, key, Avro value) per record, encoded before any clock starts."""
    return [(RAW[s], str(r[ID_FIELD[s]]), encode(s, validate_input(s, r))) for s, r in items]


def produce(bootstrap: str, messages: list[tuple[str, str, bytes]], rate: float | None = None) -> dict[str, int]:
    """Send at `rate` records/second (None: as fast as possible); key -> the broker's
    timestamp of the raw message."""
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, **kafka_client_config())
    try:
        futures = []
        started = time.monotonic()
        for i, (topic, key, value) in enumerate(messages):
            if rate:
                delay = started + i / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            futures.append((key, producer.send(topic, key=key.encode(), value=value)))
        producer.flush()
        return {key: f.get(timeout=30).timestamp for key, f in futures}
    finally:
        producer.close()


@dataclass
class Run:
    """One stream of records through the workers, measured."""

    records: int
    done: int
    dead: int
    seconds: float  # first input timestamp to last routed timestamp
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def percentile(self, q: int) -> float | None:
        if len(self.latencies_ms) < 2:
            return self.latencies_ms[0] if self.latencies_ms else None
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[q - 1]


def stream(bootstrap: str, messages: list[tuple[str, str, bytes]], rate: float | None, timeout: float) -> Run:
    collector = Collector(bootstrap)
    collector.start()
    try:
        sent = produce(bootstrap, messages, rate)
        complete = collector.wait_for(set(sent), timeout)
    finally:
        collector.stop()
    routed = {k: collector.routed[k] for k in sent if k in collector.routed}
    dead = sum(1 for k in sent if k in collector.dead and k not in routed)
    if not complete:
        print(f"  (timed out after {timeout:.0f} s: {len(routed) + dead} of {len(sent)} records out)", flush=True)
    if not routed:
        return Run(len(sent), 0, dead, 0.0)
    span = (max(routed.values()) - min(sent.values())) / 1000
    latencies = [routed[k] - sent[k] for k in routed]
    return Run(len(sent), len(routed) + dead, dead, span, [max(0.0, float(v)) for v in latencies])


@dataclass
class Phase:
    """Workers of one app id: the maximum rate, then a sustained rate of half that."""

    workers: int
    burst: Run
    sustained: Run | None
    rate: float
    records_in: list[float]
    stages: list[dict[str, float]]  # per worker: ms per record in each timed stage, at the maximum rate
    peak_rss_mb: list[float]
    broker_cores: float | None
    worker_cores: list[float]
    worker_cpu_seconds: list[float]  # over the maximum-rate run
    machine_cores: float
    load: str


def run_phase(
    bootstrap: str,
    items: list[Item],
    n_workers: int,
    home: Path,
    broker: int | None,
    expected_rps: float,
    sustain_seconds: float,
) -> Phase:
    app_id = f"bench-{os.getpid()}-{int(time.time())}-{n_workers}w"
    skip_old_input(bootstrap, app_id)
    workers = start_workers(n_workers, app_id, bootstrap, home)
    try:
        wait_ready(workers)
        pids = {f"worker{i}": w.proc.pid for i, w in enumerate(workers)} | ({"broker": broker} if broker else {})
        timeout = 120 + 4 * len(items) / max(expected_rps, 0.5)
        # a few records first: the first batches pay for lazy loads, not for the records
        stream(bootstrap, encoded(with_run_tag(items[:16], f"{app_id}-warm")), None, timeout)
        burst_msgs = encoded(with_run_tag(items, f"{app_id}-max"))
        before = [w.metrics() for w in workers]
        with bench_proc.Usage(pids) as usage:
            burst = stream(bootstrap, burst_msgs, None, timeout)
        stages = [stage_ms(b, w.metrics(), burst.records) for b, w in zip(before, workers, strict=True)]
        rate = burst.rps / 2
        sustained = None
        if rate > 0 and sustain_seconds > 0:
            count = max(1, min(len(items), round(rate * sustain_seconds)))
            msgs = encoded(with_run_tag(items[:count], f"{app_id}-half"))
            sustained = stream(bootstrap, msgs, rate, 120 + 2 * count / rate)
        return Phase(
            workers=n_workers,
            burst=burst,
            sustained=sustained,
            rate=rate,
            records_in=[w.records_in() for w in workers],
            stages=stages,
            peak_rss_mb=[bench_proc.peak_rss_mb(w.proc.pid) or 0.0 for w in workers],
            broker_cores=usage.cores("broker") if broker else None,
            worker_cores=[usage.cores(f"worker{i}") for i in range(n_workers)],
            worker_cpu_seconds=[usage.cores(f"worker{i}") * usage.wall for i in range(n_workers)],
            machine_cores=usage.machine_cores(),
            load=bench_proc.load(),
        )
    finally:
        stop_workers(workers)


def soak(
    bootstrap: str, items: list[Item], home: Path, seconds: float, rate: float, every: float = 5.0
) -> dict[str, Any]:
    """One worker under a steady `rate` for `seconds`: its resident memory, sampled."""
    app_id = f"bench-{os.getpid()}-{int(time.time())}-soak"
    skip_old_input(bootstrap, app_id)
    workers = start_workers(1, app_id, bootstrap, home)
    try:
        wait_ready(workers)
        pid = workers[0].proc.pid
        per_cycle = max(1, round(rate * 60))  # a minute's records, ids fresh each cycle
        producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, **kafka_client_config())
        sent = 0
        with bench_proc.Usage({"worker": pid}, every=every) as usage:
            started = time.monotonic()
            while time.monotonic() - started < seconds:
                batch = [items[(sent + i) % len(items)] for i in range(per_cycle)]
                for topic, key, value in encoded(with_run_tag(batch, f"{app_id}-{sent // per_cycle}")):
                    delay = started + sent / rate - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
                    if time.monotonic() - started >= seconds:
                        break
                    producer.send(topic, key=key.encode(), value=value)
                    sent += 1
            producer.flush()
            producer.close()
        samples = usage.samples.get("worker", [])
        t0 = samples[0][0] if samples else 0.0
        first = [mb for t, mb in samples if t - t0 < 60]
        last = [mb for t, mb in samples if samples[-1][0] - t < 60]
        return {
            "soak_seconds": round(usage.wall),
            "soak_rate_rps": round(rate, 2),
            "soak_records_sent": sent,
            "soak_records_read": workers[0].records_in(),
            "soak_rss_first_min_mb": round(statistics.mean(first), 1) if first else None,
            "soak_rss_last_min_mb": round(statistics.mean(last), 1) if last else None,
            "soak_rss_peak_mb": round(bench_proc.peak_rss_mb(pid) or 0.0, 1),
            "soak_load": bench_proc.load(),
        }
    finally:
        stop_workers(workers)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def cpu_ms_per_record(phase: Any) -> float | None:
    return 1000 * sum(phase.worker_cpu_seconds) / phase.burst.done if phase.burst.done else None


def _phase_lines(phase: Any) -> list[str]:
    b, s = phase.burst, phase.sustained
    lines = [
        f"{phase.workers} worker(s): max {b.rps:.1f} records/s ({b.done} of {b.records} out, {b.dead} dead-lettered, "
        f"{b.seconds:.1f} s); worker CPU {', '.join(f'{c:.2f}' for c in phase.worker_cores)} cores, broker "
        f"{phase.broker_cores if phase.broker_cores is None else round(phase.broker_cores, 2)} cores, machine "
        f"{phase.machine_cores:.2f} of 2 busy ({phase.load})",
    ]
    if b.done:
        # CPU the workers spent per record: what a busy machine changes least
        lines.append(f"  worker CPU per record {cpu_ms_per_record(phase):.0f} ms (all workers, at the maximum)")
    if s is not None:
        lines.append(
            f"  at {phase.rate:.1f} records/s (half the maximum), {s.records} records: latency "
            + ", ".join(f"p{q} {_ms(s.percentile(q))}" for q in (50, 95, 99))
        )
    for i, stages in enumerate(dict(st) for st in phase.stages):
        if stages:
            batch = stages.pop("records_per_nlp_batch", None)
            parts = ", ".join(f"{k} {v:.1f}" for k, v in stages.items())
            lines.append(f"  worker {i}, ms per record at the maximum: {parts}; {batch or 0:.1f} records per NLP batch")
    lines.append(
        f"  records read per worker {', '.join(f'{n:.0f}' for n in phase.records_in)}; peak RSS "
        f"{', '.join(f'{m:.0f}' for m in phase.peak_rss_mb)} MB"
    )
    return lines


def kafka_runs(
    bootstrap: str, items: list[Item], expected_rps: float, sustain_seconds: float, soak_seconds: float
) -> dict[str, Any]:
    create_topics(bootstrap, replication=load_replication())  # before the readers and the offsets are set
    port = int(bootstrap.split(",")[0].rsplit(":", 1)[1])
    broker = bench_proc.broker_pid(port)
    if broker is None:
        print(f"(no local kafka.Kafka process found for port {port}: the broker's CPU is not measured)")
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bulletins-bench-") as home:
        phases = {}
        for n in (1, 2):
            phase = run_phase(bootstrap, items, n, Path(home), broker, expected_rps, sustain_seconds)
            phases[n] = phase
            for line in _phase_lines(phase):
                print(line, flush=True)
            if n == 2 and sum(1 for r in phase.records_in if r > 0) < 2:
                print(
                    "  note: the second worker read no raw records: it joined the intake group after the "
                    "burst, so two workers measured as one",
                    flush=True,
                )
        one, two = phases[1], phases[2]
        for n, p in phases.items():
            s = p.sustained
            out[f"e2e_{n}_rps"] = round(p.burst.rps, 2)
            for q in (50, 95, 99):
                value = s.percentile(q) if s is not None else None
                out[f"e2e_{n}_p{q}_ms" if n == 2 else f"e2e_p{q}_ms"] = None if value is None else round(value)
            out[f"e2e_{n}_stage_ms"] = [{k: round(v, 2) for k, v in st.items()} for st in p.stages if st]
            out[f"e2e_{n}_workers_reading"] = sum(1 for r in p.records_in if r > 0)
            cpu = cpu_ms_per_record(p)
            out[f"e2e_{n}_cpu_ms_per_record"] = None if cpu is None else round(cpu, 1)
            out[f"broker_cpu_cores_{n}"] = None if p.broker_cores is None else round(p.broker_cores, 3)
            out[f"e2e_{n}_load"] = p.load
        out["peak_rss_mb"] = round(max(one.peak_rss_mb + two.peak_rss_mb), 1)
        out["peak_rss_mb_per_worker"] = [round(m, 1) for m in one.peak_rss_mb + two.peak_rss_mb]
        if one.broker_cores is not None and one.machine_cores:
            out["broker_cpu_share"] = round(one.broker_cores / one.machine_cores, 3)  # of all CPU busy, 1 worker
        out["e2e_2_over_1"] = round(two.burst.rps / one.burst.rps, 3) if one.burst.rps else None
        if soak_seconds > 0:
            rate = one.burst.rps / 2 or 1.0
            soaked = soak(bootstrap, items, Path(home), soak_seconds, rate)
            print(
                f"soak: {soaked['soak_seconds']} s at {soaked['soak_rate_rps']} records/s: RSS first minute "
                f"{soaked['soak_rss_first_min_mb']} MB, last minute {soaked['soak_rss_last_min_mb']} MB, peak "
                f"{soaked['soak_rss_peak_mb']} MB ({soaked['soak_load']})",
                flush=True,
            )
            out.update(soaked)
    return out
