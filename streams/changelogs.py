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

from typing import Any

from kafka.admin import NewTopic
from mode.utils.times import want_seconds

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
