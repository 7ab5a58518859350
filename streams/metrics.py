"""Prometheus metrics of the pipeline, served on the worker's /metrics.

Labels are closed vocabularies (source, route, topic, stage, placeholder type, dead-letter
reason class, digest period), listed below: never a record id or any value from a record,
so nothing about a sex worker can reach a label. Every labelled counter is created at zero
for every label value at import, so the first leak-guard hit or processing error is an
increase Prometheus can see (`increase()` over a series that did not exist yet is empty).

Names follow Prometheus conventions (base units in the name, `_total` on counters, checked
by `promtool check metrics` in tests/test_metrics.py). faust's own Prometheus sensor is not
installed: its latencies are milliseconds in series named without a unit, and what it
measures (faust's own consumer) is not where the input is read.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics

from redaction.kinds import PLACEHOLDER
from streams.topics import RAW, ROUTED

# The `_created` series would double the scrape for a start time nothing here reads.
disable_created_metrics()

SOURCES: tuple[str, ...] = tuple(RAW)
ROUTES: tuple[str, ...] = tuple(ROUTED)
RAW_TOPICS: tuple[str, ...] = tuple(RAW.values())
# The lag's `topic` label: the raw topics (the intake) and `analysed` (the correlation
# stage's input; a fixed word, as the topic's name carries the app id).
LAG_TOPICS: tuple[str, ...] = (*RAW_TOPICS, "analysed")
# validate, nlp and handoff (to the analysed topic) in the intake; correlate, route and
# send (to the acknowledgement of every output) in the correlation stage.
STAGES = ("validate", "nlp", "handoff", "correlate", "route", "send")
RETRY_STAGES = ("deliver", "commit")
# Placeholder types of the redactor ("REDACTED" is its fallback); anything else is "other".
REDACTION_TYPES: tuple[str, ...] = (*sorted(set(PLACEHOLDER.values()) | {"REDACTED"}), "other")
# Why a message was dead-lettered, by class: what the dead letter's `error` says in full
# (the field and the limit, never a value) is on the dead-letter topic, not in a label.
DEADLETTER_REASONS = (
    "not_avro",  # no bytes, too short, bad magic bytes, corrupt Avro body
    "wrong_schema",  # unknown fingerprint, or another feed's schema on this topic
    "too_large",  # the raw message is over BULLETINS_MAX_RAW_BYTES
    "over_limit",  # a field too long or an array with too many entries
    "invalid",  # fails the schema or the contract's semantic checks
    "over_time",  # the NLP took longer than BULLETINS_RECORD_SECONDS
    "processing_failed",  # a stage threw on this record
    "output_too_large",  # the routed output is over the producer's request size
    "output_failed",  # routing or encoding the output threw on this record
    "other",
)
DIGEST_PERIODS = ("daily", "weekly")

RECORDS_IN = Counter("bulletins_records_in_total", "Raw messages read", ["source"])
ROUTED_TOTAL = Counter("bulletins_routed_total", "Sanitised items written to a route", ["source", "route"])
DEADLETTERED = Counter(
    "bulletins_deadletters_total", "Messages sent to the dead-letter topic, by reason class", ["source", "reason"]
)
RECOVERY_RESEEKS = Counter(
    "bulletins_recovery_reseeks_total",
    "Table changelog partitions read again after faust's recovery stopped advancing (streams/recovery_watch.py)",
)
REDACTIONS = Counter("bulletins_redactions_total", "Identifiers replaced in free text, by placeholder type", ["type"])
LEAK_GUARD = Counter(
    "bulletins_leak_guard_hits_total",
    "Victim values caught by the final leak guard (should stay 0: each is a redaction bug)",
    ["source"],
)
DUPLICATE_ANALYSES = Counter(
    "bulletins_duplicate_analyses_total",
    "Records analysed a second time from the same raw message (an intake replay) and not routed again",
    ["source"],
)
PROCESS_ERRORS = Counter(
    "bulletins_processing_errors_total", "Records that failed inside processing (dead-lettered)", ["source"]
)
OVER_TIME = Counter(
    "bulletins_over_time_bound_total", "Records dead-lettered for exceeding the per-record time bound", ["source"]
)
RETRIES = Counter(
    "bulletins_batch_retries_total", "Batches retried because the worker (not the record) failed", ["stage"]
)
REBALANCES = Counter("bulletins_rebalances_total", "Rebalances of the worker's faust consumer group (table state)")
SEND_ERRORS = Counter("bulletins_send_errors_total", "Messages the producer failed to send (retried by the intake)")

BATCH_SIZE = Histogram(
    "bulletins_batch_records", "Records per processed batch", ["source"], buckets=(1, 2, 4, 8, 16, 32, 64, 128)
)
STAGE_SECONDS = Histogram(
    "bulletins_stage_duration_seconds",
    "Seconds one batch spent in a stage: validate, nlp, correlate, route, send (to the broker's acknowledgement)",
    ["stage"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
END_TO_END_SECONDS = Histogram(
    "bulletins_end_to_end_latency_seconds",
    "Seconds from the raw message's broker timestamp to the broker's acknowledgement of its routed output",
    ["source"],
    buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600),
)

CONSUMER_LAG = Gauge(
    "bulletins_consumer_lag_messages",
    "Messages not yet committed (log end offset less committed offset): raw topics by this worker's intake, "
    "analysed by the correlation stage if it runs here",
    ["topic"],
)
BROKER_UP = Gauge("bulletins_broker_up", "1 while a bootstrap broker answers a Kafka request within the bound, else 0")
INTAKE_READY = Gauge("bulletins_intake_ready", "1 while the worker takes input (it can write every output)")
CORRELATION_HELD = Gauge(
    "bulletins_correlation_held",
    "1 while this worker holds the correlation state and reads the analysed topic (one worker of an app id)",
)
READY = Gauge("bulletins_ready", "1 while /ready answers 200 (intake assigned, broker answering, state recovered)")
# The digest engine sets this after each digest it produces:
# `DIGEST_LAST_SUCCESS.labels("daily").set_to_current_time()`; the digest alerts read it.
DIGEST_LAST_SUCCESS = Gauge(
    "bulletins_digest_last_success_timestamp_seconds",
    "Unix time the last digest of this period was produced (0: none since the worker started)",
    ["period"],
)


def reason_class(error: str) -> str:
    """The closed-vocabulary class of a dead letter's error text (fixed phrases only)."""
    head, _, rest = error.partition(": ")
    if head == "message":
        if rest.startswith("too large"):
            return "too_large"
        if rest.startswith(("unknown schema fingerprint", "written with schema")):
            return "wrong_schema"
        if rest.startswith(("no bytes", "too short", "not Avro", "corrupt Avro")):
            return "not_avro"
        return "other"
    if head == "processing":
        return "over_time" if rest.startswith("over the time bound") else "processing_failed"
    if head == "output":
        return "output_too_large" if rest.startswith("too large") else "output_failed"
    if rest.startswith(("too long", "too many entries")):
        return "over_limit"
    return "invalid" if rest else "other"


def redaction_type(kind: str) -> str:
    return kind if kind in REDACTION_TYPES else "other"


def _preinitialise() -> None:
    for source in SOURCES:
        for counter in (RECORDS_IN, LEAK_GUARD, PROCESS_ERRORS, OVER_TIME, DUPLICATE_ANALYSES):
            counter.labels(source)
        for route in ROUTES:
            ROUTED_TOTAL.labels(source, route)
        for reason in DEADLETTER_REASONS:
            DEADLETTERED.labels(source, reason)
        BATCH_SIZE.labels(source)
        END_TO_END_SECONDS.labels(source)
    for kind in REDACTION_TYPES:
        REDACTIONS.labels(kind)
    for stage in RETRY_STAGES:
        RETRIES.labels(stage)
    for stage in STAGES:
        STAGE_SECONDS.labels(stage)
    for topic in LAG_TOPICS:
        CONSUMER_LAG.labels(topic)
    for period in DIGEST_PERIODS:
        DIGEST_LAST_SUCCESS.labels(period)
    # Not answering and not ready until shown otherwise.
    BROKER_UP.set(0)
    INTAKE_READY.set(0)
    CORRELATION_HELD.set(0)
    READY.set(0)


_preinitialise()
