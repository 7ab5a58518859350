"""Every table's changelog topic, created before the worker starts, as faust would create it.

faust declares its changelog topics itself as it starts, but its consumer group's first
assignment can come before the broker's metadata lists a topic created a moment earlier:
the assignor then skips it ("Ignoring missing topic"), that table's partitions stay
unassigned until a later rebalance, and the intake, which takes input only when every
table partition is assigned here, waits. The more tables a fresh app id has (the digests
added three), the likelier the race. Created beforehand, and waited for, the topics are in
the metadata the first assignment reads; faust's own declaration then finds them there.
"""

from __future__ import annotations

import json
from typing import Any

from kafka.admin import NewTopic
from mode.utils.times import want_seconds

from streams.config import kafka_client_config
from streams.topics import create_missing


def changelog_specs(app: Any, replication: int) -> list[NewTopic]:
    """faust's changelog topic of each table, with the configuration faust gives it
    (cleanup policy, retention of windowed tables, the table's extra configs)."""
    specs = []
    for table in app.tables.values():
        topic = table.changelog_topic
        config: dict[str, str] = {}
        policy = [name for name, on in (("compact", topic.compacting), ("delete", topic.deleting)) if on]
        if policy:
            config["cleanup.policy"] = ",".join(policy)
        if topic.retention:
            config["retention.ms"] = str(int(want_seconds(topic.retention) * 1000.0))
        config.update({k: str(v) for k, v in (topic.config or {}).items()})
        partitions = topic.partitions or app.conf.topic_partitions
        specs.append(NewTopic(topic.get_topic_name(), partitions, replication, topic_configs=config))
    return specs


def declare_changelogs(app: Any, bootstrap_servers: str, replication: int) -> list[str]:
    """Create the changelog topics that do not exist yet and wait until the broker's
    metadata has them; return the names created. Safe to re-run."""
    return create_missing(bootstrap_servers, changelog_specs(app, replication))


# -- the state of earlier versions -------------------------------------------------------------
# Up to issue 13 the tables had three partitions, under faust's version 1 names
# (`<app id>-<table>-changelog`, group `<app id>`). From version 2 (`streams/app.py`) they
# have one (`<app id>-v2-<table>-changelog`), so one worker holds all of the state. The old
# changelogs are never read or written by a version-2 worker; `bulletins state migrate`
# copies them across once.


class StateLayoutError(RuntimeError):
    """The app id's state is in an earlier layout and has not been migrated (one line for
    the operator)."""


def marker_topic(app: Any) -> str:
    """Holds one message once the app id's earlier state has been migrated: after that the
    new changelogs are the state, and copying the old ones again would undo later writes."""
    return f"{app.conf.id}-migrated"


def legacy_name(app: Any, table: Any) -> str:
    """The version-1 changelog topic of `table` (faust's name without the version suffix)."""
    return f"{app.conf.name}-{table.name}-changelog"


def _holding(consumer: Any, topics: list[str]) -> dict[str, int]:
    """topic -> messages it holds (end less beginning offsets), for those that exist."""
    from kafka import TopicPartition

    out: dict[str, int] = {}
    existing = consumer.topics()
    for topic in topics:
        if topic not in existing:
            continue
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
        ends, starts = consumer.end_offsets(tps), consumer.beginning_offsets(tps)
        out[topic] = sum(ends[tp] - starts[tp] for tp in tps)
    return out


def _consumer(bootstrap_servers: str) -> Any:
    from kafka import KafkaConsumer

    return KafkaConsumer(
        bootstrap_servers=bootstrap_servers.split(","),
        group_id=None,
        enable_auto_commit=False,
        client_id="bulletins-state",
        **kafka_client_config(),
    )


def check_layout(app: Any, bootstrap_servers: str) -> None:
    """Raise StateLayoutError when the app id has state in the earlier layout that was never
    migrated (old changelogs hold messages, no migration finished): starting would link
    against a store without them and quietly miss every earlier record."""
    tables = list(app.tables.values())
    consumer = _consumer(bootstrap_servers)
    try:
        old = {t: n for t, n in _holding(consumer, [legacy_name(app, t) for t in tables]).items() if n}
        done = any(_holding(consumer, [marker_topic(app)]).values())
    finally:
        consumer.close()
    if old and not done:
        raise StateLayoutError(
            f"app id {app.conf.name!r} has state in the layout before issue 13 ({len(old)} changelog topic(s) "
            f"such as {sorted(old)[0]}, three partitions): this version keeps it in one partition under "
            f"{app.conf.id}-... Stop every worker of this app id and run `bulletins state migrate` once; "
            "or, to start without that state, delete those topics."
        )


def migrate(app: Any, bootstrap_servers: str, replication: int) -> dict[str, int]:
    """Copy every version-1 changelog into its version-2 topic (created if missing), then
    mark the app id migrated; return topic -> messages copied (empty when there was nothing
    to copy, or it was done before). Each key's messages keep their order (a key lived in one
    old partition), so a run cut short and run again ends with the old last value of every
    key; once marked, it copies nothing, and the workers' later writes stand. Refuses while a
    worker of the app id is running."""
    from kafka import KafkaProducer, TopicPartition
    from kafka.admin import NewTopic

    running = _running_groups(app, bootstrap_servers)
    if running:
        raise StateLayoutError(
            f"workers of app id {app.conf.name!r} are running (consumer group(s) {', '.join(running)} have "
            "members): stop every one before migrating its state"
        )
    consumer = _consumer(bootstrap_servers)
    try:
        if any(_holding(consumer, [marker_topic(app)]).values()):
            return {}
    finally:
        consumer.close()
    declare_changelogs(app, bootstrap_servers, replication)
    copied: dict[str, int] = {}
    consumer = _consumer(bootstrap_servers)
    producer = KafkaProducer(
        bootstrap_servers=bootstrap_servers.split(","),
        acks="all",
        linger_ms=20,
        max_request_size=app.conf.producer_max_request_size,
        client_id="bulletins-state",
        **kafka_client_config(),
    )
    try:
        existing = consumer.topics()
        for table in app.tables.values():
            old, new = legacy_name(app, table), table.changelog_topic.get_topic_name()
            if old not in existing:
                continue
            tps = [TopicPartition(old, p) for p in sorted(consumer.partitions_for_topic(old) or [])]
            ends = consumer.end_offsets(tps)
            consumer.assign(tps)
            consumer.seek_to_beginning(*tps)
            n = 0
            while any(consumer.position(tp) < ends[tp] for tp in tps):
                for _tp, messages in consumer.poll(timeout_ms=1000, max_records=2000).items():
                    for m in messages:
                        producer.send(new, key=m.key, value=m.value)  # None stays a deletion
                        n += 1
            producer.flush()
            copied[new] = n
        if copied:
            create_missing(bootstrap_servers, [NewTopic(marker_topic(app), 1, replication)])
            note = json.dumps({"migrated_from": "faust version 1, three partitions", "copied": copied})
            producer.send(marker_topic(app), value=note.encode())
            producer.flush()
    finally:
        producer.close()
        consumer.close()
    return copied


def _running_groups(app: Any, bootstrap_servers: str) -> list[str]:
    """Which of the app id's consumer groups have members now."""
    from kafka.admin import KafkaAdminClient

    name = app.conf.name
    ours = {name, app.conf.id, f"{name}.intake", f"{name}.correlate"}
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers, client_id="bulletins-state", **kafka_client_config())
    try:
        listed = {_group_id(g) for g in admin.list_groups()}
        present = sorted(ours & listed)
        if not present:
            return []
        described = admin.describe_groups(present)
        return [g for g in present if (described.get(g) or {}).get("members")]
    finally:
        admin.close()


def _group_id(group: Any) -> str:
    return str(group.get("group_id") if isinstance(group, dict) else group[0])
