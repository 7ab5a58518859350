"""Prometheus metrics of the pipeline (served on the worker's /metrics beside faust's own).

Labels are closed vocabularies (source, route, placeholder type, field path of a schema
error): never a record id or any value from a record.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

RECORDS_IN = Counter("bulletins_records_in_total", "Raw messages read", ["source"])
ROUTED = Counter("bulletins_routed_total", "Sanitised items written to a route", ["source", "route"])
DEADLETTERED = Counter("bulletins_deadletter_total", "Messages sent to the dead-letter topic", ["source", "field"])
REDACTIONS = Counter("bulletins_redactions_total", "Identifiers replaced in free text", ["type"])
LEAK_GUARD = Counter(
    "bulletins_leak_guard_hits_total",
    "Victim values caught by the final leak guard (should stay 0: each is a redaction bug)",
    ["source"],
)
PROCESS_ERRORS = Counter(
    "bulletins_processing_errors_total", "Records that failed inside processing (dead-lettered)", ["source"]
)
BATCH_SECONDS = Histogram(
    "bulletins_batch_seconds",
    "Wall time of the NLP stage per batch",
    ["source"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30),
)
BATCH_SIZE = Histogram(
    "bulletins_batch_records", "Records per processed batch", ["source"], buckets=(1, 2, 4, 8, 16, 32, 64, 128)
)
OVER_TIME = Counter(
    "bulletins_over_time_bound_total", "Records dead-lettered for exceeding the per-record time bound", ["source"]
)
RETRIES = Counter(
    "bulletins_batch_retries_total", "Batches retried because the worker (not the record) failed", ["stage"]
)
BROKER_UP = Gauge("bulletins_broker_up", "1 while the broker answers, 0 while it does not")
INTAKE_READY = Gauge("bulletins_intake_ready", "1 while the worker takes input (it can write every output)")
