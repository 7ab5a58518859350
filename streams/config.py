"""Runtime settings from the environment (twelve-factor: the same image everywhere)."""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from typing import Any

PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("SCRAM-SHA-512", "SCRAM-SHA-256")


class SecurityError(ValueError):
    """A Kafka security setting that cannot work (said before any connection is tried)."""


@dataclass(frozen=True)
class KafkaSecurity:
    """How every Kafka client (faust, aiokafka, kafka-python) authenticates and encrypts.

    Holds file paths only: the password is read from its file when a client is made, so it
    is never in this object's repr, in a log line or in a traceback's locals."""

    protocol: str = "PLAINTEXT"
    sasl_mechanism: str = "SCRAM-SHA-512"
    username: str | None = None
    password_file: str | None = None
    cafile: str | None = None
    certfile: str | None = None  # client certificate and key: mutual TLS, optional
    keyfile: str | None = None

    @property
    def uses_ssl(self) -> bool:
        return self.protocol in ("SSL", "SASL_SSL")

    @property
    def uses_sasl(self) -> bool:
        return self.protocol in ("SASL_PLAINTEXT", "SASL_SSL")

    def _password(self) -> str:
        assert self.password_file is not None
        with open(self.password_file, encoding="utf-8") as f:
            return f.read().strip()

    def ssl_context(self) -> ssl.SSLContext | None:
        if not self.uses_ssl:
            return None
        # Verifies the broker's certificate and host name against the CA (or the system store).
        context = ssl.create_default_context(cafile=self.cafile)
        if self.certfile:
            context.load_cert_chain(self.certfile, self.keyfile)
        return context

    def client_config(self) -> dict[str, Any]:
        """Keyword arguments shared by aiokafka's and kafka-python's clients."""
        config: dict[str, Any] = {"security_protocol": self.protocol}
        if self.uses_ssl:
            config["ssl_context"] = self.ssl_context()
        if self.uses_sasl:
            config.update(
                sasl_mechanism=self.sasl_mechanism,
                sasl_plain_username=self.username,
                sasl_plain_password=self._password(),
            )
        return config

    def faust_credentials(self) -> Any:
        """faust's `broker_credentials` (None for PLAINTEXT): faust hands them to aiokafka."""
        import faust

        if self.uses_sasl:
            # An ssl_context turns faust's SASLCredentials into SASL_SSL; without, SASL_PLAINTEXT.
            return faust.SASLCredentials(
                username=self.username,
                password=self._password(),
                ssl_context=self.ssl_context(),
                mechanism=self.sasl_mechanism,
            )
        if self.uses_ssl:
            return faust.SSLCredentials(self.ssl_context())
        return None


def load_security(env: dict[str, str] | None = None) -> KafkaSecurity:
    """Kafka security from the environment; a setting that cannot work is a SecurityError."""
    env = dict(os.environ if env is None else env)
    protocol = (env.get("KAFKA_SECURITY_PROTOCOL") or "PLAINTEXT").strip().upper()
    if protocol not in PROTOCOLS:
        raise SecurityError(f"KAFKA_SECURITY_PROTOCOL must be one of {', '.join(PROTOCOLS)}, not {protocol!r}")
    mechanism = (env.get("KAFKA_SASL_MECHANISM") or "SCRAM-SHA-512").strip().upper()
    security = KafkaSecurity(
        protocol=protocol,
        sasl_mechanism=mechanism,
        username=(env.get("KAFKA_SASL_USERNAME") or "").strip() or None,
        password_file=env.get("KAFKA_SASL_PASSWORD_FILE") or None,
        cafile=env.get("KAFKA_SSL_CAFILE") or None,
        certfile=env.get("KAFKA_SSL_CERTFILE") or None,
        keyfile=env.get("KAFKA_SSL_KEYFILE") or None,
    )
    if security.uses_sasl:
        if mechanism not in SASL_MECHANISMS:
            raise SecurityError(f"KAFKA_SASL_MECHANISM must be one of {', '.join(SASL_MECHANISMS)}")
        if not security.username or not security.password_file:
            raise SecurityError(f"{protocol} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD_FILE")
    for name in ("KAFKA_SASL_PASSWORD_FILE", "KAFKA_SSL_CAFILE", "KAFKA_SSL_CERTFILE", "KAFKA_SSL_KEYFILE"):
        path = env.get(name)
        if path and not os.access(path, os.R_OK):
            raise SecurityError(f"{name}: {path} cannot be read")
    if security.keyfile and not security.certfile:
        raise SecurityError("KAFKA_SSL_KEYFILE needs KAFKA_SSL_CERTFILE")
    return security


def kafka_client_config() -> dict[str, Any]:
    """Security keyword arguments for a kafka-python or aiokafka client, from the environment."""
    return load_security().client_config()


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
    # How long an active changelog partition may stay unmoved during table recovery before
    # it is read again (streams/recovery_watch.py).
    recovery_stall_seconds: float = 60.0
    # The web server's interface: loopback unless deliberately opened (faust's `web_host`
    # only names the server; `web_bind` is what aiohttp listens on).
    web_bind: str = "127.0.0.1"
    # How the other workers reach this one's web server (faust's canonical URL: a check or
    # purge that reaches a worker not holding the state is forwarded to the holder's). None:
    # http://<web_bind>:<web_port>, or the host name when bound to every interface.
    canonical_url: str | None = None
    # Mounted secret with `identity:sha256-of-token[:scopes]` lines (streams/auth.py); unset:
    # /check/ and /purge/ refuse every caller.
    api_tokens_file: str | None = None
    # Scheduled erasure: state seen more than `retention_days` ago goes, checked every
    # `retention_interval` seconds (a faust timer).
    retention_days: float = 365.0
    retention_interval: float = 3600.0
    # Kafka SASL/TLS settings for every client the worker makes (KAFKA_SECURITY_PROTOCOL ...).
    security: KafkaSecurity = KafkaSecurity()
    # Replication factor of the topics the worker creates (its own and faust's changelogs):
    # 3 in deployments, 1 on the local single broker.
    replication: int = 1
    # Liaison officers' digests (streams/digests.py): the periods and their lengths in
    # seconds, where the files go (None: the topic only), how often closed windows are sought.
    digest_periods: tuple[tuple[str, float], ...] = (("daily", 86400.0), ("weekly", 604800.0))
    digest_dir: str | None = None
    digest_interval: float = 60.0

    @property
    def min_insync_replicas(self) -> int:
        return min_insync_replicas(self.replication)

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
    def correlate_group(self) -> str:
        # Offsets of the correlation stage on the analysed topic. Its partitions are not
        # assigned by this group but follow faust's table assignment (streams/correlate.py).
        return f"{self.app_id}.correlate"

    def consumer_config(self, group: str, role: str) -> dict[str, Any]:
        """What the worker's own consumers share (intake, correlation): this group, manual
        commits from the earliest offset, the session and a heartbeat a quarter of it."""
        session_ms = int(self.session_timeout * 1000)
        return {
            "bootstrap_servers": self.bootstrap_servers.split(","),
            **self.security.client_config(),
            "group_id": group,
            "client_id": f"{self.app_id}-{role}",
            "enable_auto_commit": False,
            "auto_offset_reset": "earliest",
            "session_timeout_ms": session_ms,
            "heartbeat_interval_ms": max(1000, session_ms // 4),
        }

    @property
    def web_url(self) -> str:
        if self.canonical_url:
            return self.canonical_url.rstrip("/")
        host = self.web_bind
        if host in ("0.0.0.0", "::", ""):
            import socket

            host = socket.gethostname()
        return f"http://{host}:{self.web_port}"


def min_insync_replicas(replication: int) -> int:
    """2 from replication 3 up (a write survives one broker lost, and is refused rather
    than kept on one copy); 1 below that, where 2 would refuse every write with one broker down."""
    return 2 if replication >= 3 else 1


def load_replication() -> int:
    return int(os.environ.get("BULLETINS_REPLICATION", "1"))


def load_digest_periods(text: str) -> tuple[tuple[str, float], ...]:
    """BULLETINS_DIGEST_PERIODS (`daily,weekly`; `daily=20` sets a length in seconds, for
    tests); a ValueError names the variable."""
    from processors.digest.periods import parse_periods

    try:
        return tuple(parse_periods(text).items())
    except ValueError as exc:
        raise ValueError(f"BULLETINS_DIGEST_PERIODS: {exc}") from None


def load_settings() -> Settings:
    env = os.environ
    data_dir = env.get("BULLETINS_DATA_DIR", os.path.join(".cache", "worker"))
    return Settings(
        bootstrap_servers=env.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
        app_id=env.get("BULLETINS_APP_ID", "bulletin-pipeline"),
        web_port=int(env.get("BULLETINS_WEB_PORT", "6066")),
        batch_size=int(env.get("BULLETINS_BATCH_SIZE", "32")),
        batch_within=float(env.get("BULLETINS_BATCH_WITHIN", "0.5")),
        data_dir=data_dir,
        session_timeout=float(env.get("BULLETINS_SESSION_TIMEOUT", "10")),
        max_request_bytes=int(env.get("BULLETINS_MAX_REQUEST_BYTES", "1000000")),
        record_seconds=float(env.get("BULLETINS_RECORD_SECONDS", "10")),
        recovery_stall_seconds=float(env.get("BULLETINS_RECOVERY_STALL_SECONDS", "60")),
        web_bind=env.get("BULLETINS_WEB_BIND", "127.0.0.1").strip() or "127.0.0.1",
        canonical_url=env.get("BULLETINS_CANONICAL_URL", "").strip() or None,
        api_tokens_file=env.get("BULLETINS_API_TOKENS_FILE") or None,
        retention_days=float(env.get("BULLETINS_RETENTION_DAYS", "365")),
        retention_interval=float(env.get("BULLETINS_RETENTION_INTERVAL", "3600")),
        security=load_security(),
        replication=load_replication(),
        digest_periods=load_digest_periods(env.get("BULLETINS_DIGEST_PERIODS", "daily,weekly")),
        digest_dir=env.get("BULLETINS_DIGEST_DIR") or os.path.join(data_dir, "digests"),
        digest_interval=float(env.get("BULLETINS_DIGEST_INTERVAL", "60")),
    )
