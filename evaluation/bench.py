"""`bulletins bench`: throughput, latency and memory, measured in one run (issue 13).

Over a fixed corpus of fictional records (evaluation/bench_corpus.py), in this process and
with rounds interleaved (the order turns each round) so that drift hits all alike:

- raw: spaCy `nlp.pipe` alone over exactly the texts the pipeline parses (Pipeline._text),
  the same loaded model and batch size: the limit on one core;
- pipeline: `Pipeline.process_batch` in batches of the worker's size, a fresh linkage
  store each round (a replay would be ignored and cost nothing);
- naive: Presidio `AnalyzerEngine.analyze` + `AnonymizerEngine.anonymize` with the
  default recognizers, plus a separate spaCy parse, one record at a time.

Then, unless --no-kafka, through the broker with real `bulletins worker` processes
(evaluation/bench_kafka.py): one worker, then two with the same app id, each at its
maximum rate and at half of it (latency percentiles), the workers' peak resident memory
and the broker's CPU. --soak SECONDS samples one worker's memory under a steady rate.
Figures are printed with the machine's load; the last line is one JSON object. Never a
timed assertion.
"""

from __future__ import annotations

import json
import logging
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation import bench_proc
from evaluation.bench_corpus import Item, corpus, describe

KEYS = ("raw_rps", "pipeline_rps", "naive_rps", "e2e_1_rps", "e2e_2_rps", "e2e_p50_ms", "e2e_p99_ms", "peak_rss_mb")


def _rate(n: int, run: Callable[[], None]) -> float:
    started = time.perf_counter()
    run()
    return n / (time.perf_counter() - started)


class InProcess:
    """The three in-process measures over one list of records."""

    def __init__(self, items: list[Item], batch_size: int) -> None:
        from evaluation.vanilla import VanillaPresidio
        from processors.core import Pipeline

        self.items, self.batch_size = items, batch_size
        self.pipeline = Pipeline()
        self.texts = [Pipeline._text(s, r) for s, r in items]
        # the default registry and NER mapping warn at load and on every record: printing is no part of the baseline
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        self.vanilla = VanillaPresidio()  # its own copy of the model, as a naive service loads it
        self.limit: int | None = None

    def _slice(self) -> tuple[list[Item], list[str]]:
        return self.items[: self.limit], self.texts[: self.limit]

    def raw(self) -> None:
        for _ in self.pipeline.nlp.pipe(self._slice()[1], batch_size=self.batch_size):
            pass

    def batch(self) -> None:
        from processors.linkage import Linker

        items = self._slice()[0]
        self.pipeline.correlator = Linker({})
        for i in range(0, len(items), self.batch_size):
            self.pipeline.process_batch(items[i : i + self.batch_size], batch_size=self.batch_size)

    def naive(self) -> None:
        nlp, analyzer, anonymizer = self.pipeline.nlp, self.vanilla.analyzer, self.vanilla.anonymizer
        for text in self._slice()[1]:
            found = analyzer.analyze(text=text, language="en")
            anonymizer.anonymize(text=text, analyzer_results=found)
            nlp(text)

    def warm(self) -> None:
        """A few records through each (lazy loads, first-call caches) before any clock starts."""
        self.limit = 8
        self.raw(), self.batch(), self.naive()
        self.limit = None


def in_process(items: list[Item], rounds: int, batch_size: int) -> dict[str, float]:
    bench = InProcess(items, batch_size)
    bench.warm()
    measures = {"raw": bench.raw, "pipeline": bench.batch, "naive": bench.naive}
    rates: dict[str, list[float]] = {name: [] for name in measures}
    names = list(measures)
    for r in range(rounds):
        order = names[r % 3 :] + names[: r % 3]  # each measure first in turn
        got = {name: _rate(len(items), measures[name]) for name in order}
        for name, value in got.items():
            rates[name].append(value)
        print(
            f"round {r + 1}: raw nlp.pipe {got['raw']:.1f}, pipeline {got['pipeline']:.1f}, "
            f"naive {got['naive']:.1f} records/s ({bench_proc.load()})",
            flush=True,
        )
    return {name: statistics.median(values) for name, values in rates.items()}


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
    from evaluation import bench_kafka
    from streams.config import load_replication
    from streams.topics import create_topics

    create_topics(bootstrap, replication=load_replication())  # before the readers and the offsets are set
    port = int(bootstrap.split(",")[0].rsplit(":", 1)[1])
    broker = bench_proc.broker_pid(port)
    if broker is None:
        print(f"(no local kafka.Kafka process found for port {port}: the broker's CPU is not measured)")
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bulletins-bench-") as home:
        phases = {}
        for n in (1, 2):
            phase = bench_kafka.run_phase(bootstrap, items, n, Path(home), broker, expected_rps, sustain_seconds)
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
            soak = bench_kafka.soak(bootstrap, items, Path(home), soak_seconds, rate)
            print(
                f"soak: {soak['soak_seconds']} s at {soak['soak_rate_rps']} records/s: RSS first minute "
                f"{soak['soak_rss_first_min_mb']} MB, last minute {soak['soak_rss_last_min_mb']} MB, peak "
                f"{soak['soak_rss_peak_mb']} MB ({soak['soak_load']})",
                flush=True,
            )
            out.update(soak)
    return out


def main(
    records: int = 2000,
    rounds: int = 3,
    kafka: bool = True,
    bootstrap: str | None = None,
    batch_size: int = 32,
    sustain_seconds: float = 180.0,
    soak_seconds: float = 0.0,
    seed: int = 13,
) -> dict[str, Any]:
    items = corpus(records, seed)
    print(f"bench: {describe(items)}; batch size {batch_size}; {rounds} round(s) ({bench_proc.load()})", flush=True)
    rates = in_process(items, rounds, batch_size)
    result: dict[str, Any] = dict.fromkeys(KEYS)
    result |= {"raw_rps": round(rates["raw"], 2), "pipeline_rps": round(rates["pipeline"], 2)}
    result |= {"naive_rps": round(rates["naive"], 2), "records": records, "rounds": rounds}
    result["pipeline_over_raw"] = round(rates["pipeline"] / rates["raw"], 3)
    result["pipeline_over_naive"] = round(rates["pipeline"] / rates["naive"], 3)
    print(
        f"median of {rounds}: raw {rates['raw']:.1f}, pipeline {rates['pipeline']:.1f}, naive {rates['naive']:.1f} "
        f"records/s; pipeline/raw {result['pipeline_over_raw']:.2f} (target 0.85), pipeline/naive "
        f"{result['pipeline_over_naive']:.2f} (target 2.5)",
        flush=True,
    )
    if kafka and bootstrap:
        result |= kafka_runs(bootstrap, items, rates["pipeline"], sustain_seconds, soak_seconds)
        if result.get("e2e_1_rps"):
            result["e2e_1_over_raw"] = round(result["e2e_1_rps"] / rates["raw"], 3)
            print(
                f"end to end, one worker: {result['e2e_1_rps']:.1f} records/s = {result['e2e_1_over_raw']:.2f} x raw "
                f"(target 0.7); p99 {result['e2e_p99_ms']} ms at half the maximum (target 1500 ms)",
                flush=True,
            )
    result["load"] = bench_proc.load()
    print(json.dumps(result), flush=True)
    return result
