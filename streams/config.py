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

    @property
    def faust_broker(self) -> str:
        # faust wants kafka:// URLs; kafka-python wants host:port.
        return ";".join(f"kafka://{s.strip()}" for s in self.bootstrap_servers.split(",") if s.strip())


def load_settings() -> Settings:
    env = os.environ
    return Settings(
        bootstrap_servers=env.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
        app_id=env.get("BULLETINS_APP_ID", "bulletin-pipeline"),
        web_port=int(env.get("BULLETINS_WEB_PORT", "6066")),
        batch_size=int(env.get("BULLETINS_BATCH_SIZE", "32")),
        batch_within=float(env.get("BULLETINS_BATCH_WITHIN", "0.5")),
        data_dir=env.get("BULLETINS_DATA_DIR", os.path.join(".cache", "worker")),
    )
