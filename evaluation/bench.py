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
(streams/bench_kafka.py): one worker, then two with the same app id, each at its
maximum rate and at half of it (latency percentiles), the workers' peak resident memory
and the broker's CPU. --soak SECONDS samples one worker's memory under a steady rate.
Figures are printed with the machine's load; the last line is one JSON object. Never a
timed assertion.
"""

from __future__ import annotations

import json
import logging
import statistics
import time
from collections.abc import Callable
from typing import Any

from evaluation import bench_proc
from evaluation.bench_corpus import Item, corpus, describe

# The broker runs over the records, given the in-process pipeline rate.
KafkaRuns = Callable[[list[Item], float], dict[str, Any]]

KEYS = ("raw_rps", "pipeline_rps", "naive_rps", "e2e_1_rps", "e2e_2_rps", "e2e_p50_ms", "e2e_p99_ms", "peak_rss_mb")


def _rate(n: int, run: Callable[[], None]) -> float:
    started = time.perf_counter()
    run()
    return n / (time.perf_counter() - started)


class InProcess:
    """The three in-process measures over one list of records."""

    def __init__(self, items: list[Item], batch_size: int) -> None:
        from evaluation.vanilla import VanillaPresidio
        from pipeline.core import Pipeline

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
        from evaluation.vanilla import for_anonymizer

        nlp, analyzer, anonymizer = self.pipeline.nlp, self.vanilla.analyzer, self.vanilla.anonymizer
        for text in self._slice()[1]:
            found = analyzer.analyze(text=text, language="en")
            anonymizer.anonymize(text=text, analyzer_results=for_anonymizer(found))
            nlp(text)

    def warm(self) -> None:
        """A few records through each (lazy loads, first-call caches) before any clock starts."""
        self.limit = 8
        self.raw()
        self.batch()
        self.naive()
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


def main(
    records: int = 2000,
    rounds: int = 3,
    kafka: KafkaRuns | None = None,
    batch_size: int = 32,
    seed: int = 13,
) -> dict[str, Any]:
    """`kafka`: the broker runs (`streams.bench_kafka.kafka_runs` bound to a broker), given
    by the command line: evaluation sits below streams and never imports it."""
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
    if kafka is not None:
        result |= kafka(items, rates["pipeline"])
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
