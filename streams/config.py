"""Runtime settings from the environment (twelve-factor: the same image everywhere)."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    bootstrap_servers: str
    app_id: str
    web_port: int
    batch_size: int
    batch_within: float
    data_dir: str
    # Kafka group session: how soon a dead (SIGKILLed) member's partitions move. faust's
    # own default is 60 s, which is the "takeover after 58 s" of issue 9.
    session_timeout: float = 10.0
    # The producer's max request size; an output bigger than `max_output_bytes` (this less
    # a margin for the record-batch envelope) is dead-lettered, never sent.
    max_request_bytes: int = 1_000_000
    # Per-record time bound of the NLP stage: a record over it is dead-lettered.
    record_seconds: float = 10.0
    # Another worker with the same app id: wait this long for the single-worker lock, then
    # refuse to start (or wait for ever as a standby).
    lock_wait: float = 30.0
    standby: bool = False
    # The web server's interface: loopback unless deliberately opened (faust's `web_host`
    # only names the server; `web_bind` is what aiohttp listens on).
    web_bind: str = "127.0.0.1"
    # Mounted secret with `identity:sha256-of-token[:scopes]` lines (streams/auth.py); unset:
    # /check/ and /purge/ refuse every caller.
    api_tokens_file: str | None = None
    # Scheduled erasure: state seen more than `retention_days` ago goes, checked every
    # `retention_interval` seconds (a faust timer).
    retention_days: float = 365.0
    retention_interval: float = 3600.0

    @property
    def faust_broker(self) -> str:
        # faust wants kafka:// URLs; kafka-python wants host:port.
        return ";".join(f"kafka://{s.strip()}" for s in self.bootstrap_servers.split(",") if s.strip())

    @property
    def max_output_bytes(self) -> int:
        return self.max_request_bytes - 2048

    @property
    def intake_group(self) -> str:
        # Not the faust group (app_id): that one holds the table changelogs, and a group
        # must not mix two clients with different subscriptions.
        return f"{self.app_id}.intake"

    @property
    def lock_group(self) -> str:
        return f"{self.app_id}.lock"


def load_settings() -> Settings:
    env = os.environ
    return Settings(
        bootstrap_servers=env.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
        app_id=env.get("BULLETINS_APP_ID", "bulletin-pipeline"),
        web_port=int(env.get("BULLETINS_WEB_PORT", "6066")),
        batch_size=int(env.get("BULLETINS_BATCH_SIZE", "32")),
        batch_within=float(env.get("BULLETINS_BATCH_WITHIN", "0.5")),
        data_dir=env.get("BULLETINS_DATA_DIR", os.path.join(".cache", "worker")),
        session_timeout=float(env.get("BULLETINS_SESSION_TIMEOUT", "10")),
        max_request_bytes=int(env.get("BULLETINS_MAX_REQUEST_BYTES", "1000000")),
        record_seconds=float(env.get("BULLETINS_RECORD_SECONDS", "10")),
        lock_wait=float(env.get("BULLETINS_LOCK_WAIT", "30")),
        standby=env.get("BULLETINS_STANDBY", "").strip().lower() in {"1", "true", "yes"},
        web_bind=env.get("BULLETINS_WEB_BIND", "127.0.0.1").strip() or "127.0.0.1",
        api_tokens_file=env.get("BULLETINS_API_TOKENS_FILE") or None,
        retention_days=float(env.get("BULLETINS_RETENTION_DAYS", "365")),
        retention_interval=float(env.get("BULLETINS_RETENTION_INTERVAL", "3600")),
    )
