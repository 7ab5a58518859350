"""Shared fixtures. The pseudonym key is a test key set before anything loads it."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("BULLETINS_PSEUDONYM_KEY", "test-only-key-not-secret-0123456789")


@pytest.fixture(scope="session")
def pipeline():
    """One Pipeline (spaCy + Presidio) for the whole session: loading takes seconds."""
    from pipeline.core import Pipeline

    return Pipeline()


@pytest.fixture
def fault_broker(tmp_path):
    """A fresh private Kafka broker per fault test (own ports and data, the shared jars): the
    test may stop or kill it, and earlier tests' records cannot blur its counts."""
    from tests.test_fault_harness import private_broker

    with private_broker(tmp_path / "kafka") as broker:
        yield broker
