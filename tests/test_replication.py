"""Replication for deployments (issue 10 item 3): replication 3 with min.insync.replicas 2
for the topics `bulletins topics create` and the worker make, and for faust's changelog
topics; 1 and 1 on the local single broker. The raw topics are stamped by the broker's clock
(LogAppendTime) so the end-to-end latency does not depend on a producer's."""

from __future__ import annotations

import pytest

from streams.config import load_settings, min_insync_replicas
from streams.topics import RAW, TOPICS, topic_configs


@pytest.mark.parametrize(("replication", "min_isr"), [(1, 1), (2, 1), (3, 2), (5, 2)])
def test_min_insync_replicas_follow_the_replication(replication: int, min_isr: int) -> None:
    assert min_insync_replicas(replication) == min_isr
    for spec in TOPICS:
        configs = topic_configs(spec, replication)
        assert configs["min.insync.replicas"] == str(min_isr), spec.name
        assert configs["retention.ms"] == str(spec.retention_ms)
        assert (configs.get("message.timestamp.type") == "LogAppendTime") == (spec.name in RAW.values()), spec.name


def test_the_worker_replicates_faust_changelogs_like_its_own_topics(monkeypatch) -> None:
    from streams.app import create_app

    monkeypatch.delenv("BULLETINS_REPLICATION", raising=False)
    assert load_settings().replication == 1
    monkeypatch.setenv("BULLETINS_REPLICATION", "3")
    settings = load_settings()
    assert settings.replication == 3 and settings.min_insync_replicas == 2
    app = create_app(settings)
    assert app.conf.topic_replication_factor == 3
    assert {table.name for table in app.tables.values()} >= {"correlation", "records"}
    for table in app.tables.values():
        assert table.changelog_topic.config["min.insync.replicas"] == "2", table.name
        assert table.changelog_topic.replicas is None  # so faust takes topic_replication_factor
