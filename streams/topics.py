"""The pipeline's topics, their partition counts, and creating them with kafka-python.

Topics are created explicitly (the broker's auto-create is off): partition counts are a
capacity decision, not an accident of the first producer.
"""

from __future__ import annotations

from dataclasses import dataclass

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

from streams.config import kafka_client_config, min_insync_replicas

RAW = {
    "nums": "bulletins.raw.nums",
    "desktop_research": "bulletins.raw.desktop_research",
    "partner": "bulletins.raw.partner",
}
ROUTED = {
    "force_intel": "bulletins.routed.force_intel",
    "spoc": "bulletins.routed.spoc",
    "organised_crime": "bulletins.routed.organised_crime",
}
DEADLETTER = "bulletins.deadletter"
AUDIT = "bulletins.audit"
DIGEST = "bulletins.digest"
# The correlation state's partitions, and so the analysed topic's: one. Identifier links
# could be split by identifier, but similar offenders (blocking keys, then the candidates'
# profiles and series) and advert clusters (LSH bands, then signatures and clusters that
# merge) read state keyed by other records: every observation must meet every other one,
# so all of it lives in one partition, held by one worker at a time (README, Scaling).
STATE_PARTITIONS = 1


def analysed_topic(app_id: str) -> str:
    """The app's internal topic from the NLP stage to the correlation stage (restricted: it
    carries the raw record and the victim values the leak guard needs). Named under the app
    id, as faust names its changelogs: each app id correlates its own stream."""
    return f"{app_id}-analysed"


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    restricted: bool  # raw input and dead letters can identify reporters
    retention_ms: int


_DAY = 24 * 3600 * 1000
TOPICS: tuple[TopicSpec, ...] = (
    *(TopicSpec(t, 3, True, 7 * _DAY) for t in RAW.values()),
    *(TopicSpec(t, 3, False, 365 * _DAY) for t in ROUTED.values()),
    TopicSpec(DEADLETTER, 1, True, 30 * _DAY),
    TopicSpec(AUDIT, 1, False, -1),  # the DPA s62 log is kept; erasure is its own event
    TopicSpec(DIGEST, 1, False, 90 * _DAY),
)


def analysed_spec(app_id: str) -> TopicSpec:
    # Restricted and kept as briefly as the raw topics it is made from.
    return TopicSpec(analysed_topic(app_id), STATE_PARTITIONS, True, 7 * _DAY)


def topic_configs(spec: TopicSpec, replication: int) -> dict[str, str]:
    configs = {"retention.ms": str(spec.retention_ms), "min.insync.replicas": str(min_insync_replicas(replication))}
    if spec.name in RAW.values():
        # The broker's own clock stamps each input, so the end-to-end latency
        # (bulletins_end_to_end_latency_seconds) does not depend on a producer's clock.
        configs["message.timestamp.type"] = "LogAppendTime"
    return configs


def create_missing(bootstrap_servers: str, topics: list[NewTopic]) -> list[str]:
    """Create those of `topics` the broker lacks, each waited for in its metadata; return
    the names created. Safe to re-run, and to race another creator."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers, client_id="bulletins-admin", **kafka_client_config())
    try:
        existing = set(admin.list_topics())
        created: list[str] = []
        for topic in topics:
            if topic.name in existing:
                continue
            try:
                admin.create_topics([topic], wait_for_metadata=True)
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        return created
    finally:
        admin.close()


def create_topics(bootstrap_servers: str, replication: int = 1, app_id: str | None = None) -> list[str]:
    """Create every missing topic (replication 3 with min.insync.replicas 2 in deployments,
    1 and 1 on a single local broker), and with `app_id` that app's analysed topic; return
    the names created. Safe to re-run."""
    wanted = [*TOPICS, *([analysed_spec(app_id)] if app_id else [])]
    specs = [NewTopic(t.name, t.partitions, replication, topic_configs=topic_configs(t, replication)) for t in wanted]
    return create_missing(bootstrap_servers, specs)
