"""Shared fixtures. The pseudonym key is a test key set before anything loads it."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("BULLETINS_PSEUDONYM_KEY", "test-only-key-not-secret-0123456789")


@pytest.fixture(scope="session")
def pipeline():
    """One Pipeline (spaCy + Presidio) for the whole session: loading takes seconds."""
    from processors.core import Pipeline

    return Pipeline()
