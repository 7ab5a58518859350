"""Confluent Schema Registry framing, where `BULLETINS_SCHEMA_REGISTRY_URL` is set.

Frame (Confluent's wire format): magic byte 0, the registry's 4-byte big-endian schema id,
then the Avro binary body: what Confluent's deserializers, Kafka Connect, ksqlDB and Flink
read. Written and read only through confluent-kafka's own `AvroSerializer`,
`AvroDeserializer` and registry client; nothing here frames bytes by hand.

- The topics the pipeline writes (routed, dead-letter, audit) switch to this framing. Each
  schema is registered under its full record name (RecordNameStrategy, e.g.
  `uk.police.bulletins.RoutedItem`): one routed schema serves three topics.
- The raw topics take both: single-object messages (C3 01 + fingerprint) as ever, and
  Confluent-framed ones (first byte 0) whose writer schema, fetched by id, has the full name
  of the topic's own schema; the body is read into the current schema (Avro resolution).
- Without the setting nothing changes, and confluent-kafka is never imported.

Whose fault: a registry that does not answer, or refuses a schema, is the worker's
(`RegistryError`: the batch is retried, nothing dead-lettered); an id the registry does not
know, a writer schema of another name or a corrupt body is the message's (`DecodeError`).
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import avro.io
import avro.schema

from schemas.codec import (
    CONFLUENT_MAGIC,
    INPUT_SCHEMAS,
    REGISTRY_OUTPUTS,
    SCHEMA_DIR,
    SCHEMA_NAMES,
    DecodeError,
    load_schema,
)
from schemas.limits import load_limits

ENV = "BULLETINS_SCHEMA_REGISTRY_URL"
MAGIC = CONFLUENT_MAGIC
HEADER_LEN = 5  # magic byte + schema id
# The topics the pipeline writes; what it reads keeps whatever framing its producer chose.
OUTPUTS = REGISTRY_OUTPUTS
# Bounded, so a registry that does not answer is said within seconds (the caller retries).
CLIENT_TIMEOUT_S = 10
CLIENT_RETRIES = 2


class RegistryError(RuntimeError):
    """The registry did not answer or refused a schema: the worker's fault, never the record's."""


class RegistrySettingError(RegistryError, ValueError):
    """BULLETINS_SCHEMA_REGISTRY_URL cannot be used (said before any connection)."""


def registry_url(env: dict[str, str] | None = None) -> str | None:
    """The configured registry's base URL, or None (the single-object framing alone)."""
    url = (os.environ if env is None else env).get(ENV, "").strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "mock") or not parts.hostname:
        raise RegistrySettingError(f"{ENV} must be an http(s) URL (Apicurio: http://HOST:PORT/apis/ccompat/v7)")
    if parts.username or parts.password:
        # `bulletins env` prints the URL and clients log it: a password must not ride in it.
        raise RegistrySettingError(f"{ENV}: credentials in the URL are refused (they would be printed and logged)")
    return url.rstrip("/")


def active() -> Framing | None:
    """The Confluent framing when a registry is configured (read on every call, as the limits are)."""
    url = registry_url()
    return None if url is None else _framing(url)


@cache
def _framing(url: str) -> Framing:
    return Framing(url)


def prepare() -> dict[str, int]:
    """Where a registry is configured, register the output schemas now (at the worker's start):
    a registry that is unreachable or refuses them is said at once, and no later write waits on
    it. Returns {schema name: registry id}; {} without a registry."""
    framing = active()
    return {} if framing is None else framing.register_outputs()


def subject(name: str) -> str:
    """The subject a schema is registered under: its full record name (RecordNameStrategy)."""
    schema = load_schema(name)
    if not isinstance(schema, avro.schema.NamedSchema):  # every schema here is a named record
        raise ValueError(f"schema {name!r} is not a named type")
    return schema.fullname


def writer_name(schema_str: str) -> str | None:
    """The full name of a registered Avro schema's top-level named type (None: not one)."""
    try:
        parsed = json.loads(schema_str)
    except ValueError:
        return None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("name"), str):
        return None
    name, namespace = parsed["name"], parsed.get("namespace")
    return name if "." in name or not namespace else f"{namespace}.{name}"


def for_fastavro(schema: avro.schema.Schema, datum: Any) -> Any:
    """The datum with each ambiguous union branch named in fastavro's tuple notation, chosen as
    avro-python's writer chooses (the last branch the datum is valid for): both then write the
    same bytes. fastavro would otherwise pick the record branch sharing most field names."""
    if isinstance(schema, avro.schema.RecordSchema) and isinstance(datum, dict):
        out = dict(datum)
        for field in schema.fields:
            if field.name in datum:
                out[field.name] = for_fastavro(field.type, datum[field.name])
        return out
    if isinstance(schema, avro.schema.ArraySchema) and isinstance(datum, list):
        return [for_fastavro(schema.items, item) for item in datum]
    if isinstance(schema, avro.schema.MapSchema) and isinstance(datum, dict):
        return {key: for_fastavro(schema.values, value) for key, value in datum.items()}
    if isinstance(schema, avro.schema.UnionSchema) and datum is not None:
        branches = [b for b in schema.schemas if b.type != "null"]
        if len(branches) == 1:
            return for_fastavro(branches[0], datum)
        valid = [b for b in branches if avro.io.validate(b, datum)]
        if not valid:
            return datum  # the serializer says why
        branch = valid[-1]
        inner = for_fastavro(branch, datum)
        return (branch.fullname, inner) if isinstance(branch, avro.schema.NamedSchema) else inner
    return datum


class Framing:
    """confluent-kafka's registry client, serializers and deserializers for the pipeline's schemas."""

    def __init__(self, url: str) -> None:
        # Imported here: without a registry the pipeline never loads confluent-kafka.
        import httpx2
        from confluent_kafka.schema_registry import (
            Schema,
            SchemaRegistryClient,
            SchemaRegistryError,
            record_subject_name_strategy,
        )
        from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer

        self.url = url
        # new_client: a mock:// URL is confluent-kafka's in-process registry (unit tests).
        self.client = SchemaRegistryClient.new_client(
            {"url": url, "timeout": CLIENT_TIMEOUT_S, "max.retries": CLIENT_RETRIES}
        )
        self._registry_errors: tuple[type[Exception], ...] = (SchemaRegistryError, httpx2.HTTPError)
        self._schema_registry_error = SchemaRegistryError
        # The .avsc text as written (docs included) is what the registry keeps and consumers see.
        self.schemas = {name: Schema((SCHEMA_DIR / f"{name}.avsc").read_text(), "AVRO") for name in SCHEMA_NAMES}
        strategy = {"auto.register.schemas": True, "subject.name.strategy": record_subject_name_strategy}
        self._serializers = {name: AvroSerializer(self.client, self.schemas[name], conf=strategy) for name in OUTPUTS}
        # The current schema is the reader: a message written with an older compatible version resolves into it.
        self._deserializers = {name: AvroDeserializer(self.client, self.schemas[name]) for name in SCHEMA_NAMES}
        self._by_fullname = {subject(name): name for name in SCHEMA_NAMES}

    def _fault(self, doing: str, exc: Exception) -> RegistryError:
        status = getattr(exc, "http_status_code", None)
        why = f"HTTP {status}" if status is not None else type(exc).__name__
        return RegistryError(f"schema registry at {self.url}: {doing} failed ({why})")

    def register_outputs(self) -> dict[str, int]:
        ids: dict[str, int] = {}
        for name in sorted(OUTPUTS):
            try:
                # The serializer's own first registration then finds this one in the client's cache.
                registered = self.client.register_schema_full_response(subject(name), self.schemas[name])
            except self._registry_errors as exc:
                raise self._fault(f"registering {subject(name)}", exc) from None
            if registered.schema_id is None:
                raise RegistryError(f"schema registry at {self.url}: registering {subject(name)} returned no id")
            ids[name] = registered.schema_id
        return ids

    def encode(self, name: str, datum: dict[str, Any]) -> bytes:
        """Confluent-framed Avro of an output datum (as `json_form.from_json` gives)."""
        try:
            value = self._serializers[name](for_fastavro(load_schema(name), datum))
        except self._registry_errors as exc:
            raise self._fault(f"registering {subject(name)}", exc) from None
        assert value is not None
        return value

    def decode(
        self, data: bytes, expect: str | None = None, max_bytes: int | None = None
    ) -> tuple[str, dict[str, Any]]:
        """Decode a Confluent-framed message; (schema name, datum), as `codec.decode` answers."""
        limit = max_bytes if max_bytes is not None else load_limits().raw_bytes
        if len(data) <= HEADER_LEN:
            raise DecodeError("message: too short to be Confluent framed")
        # Raw input is held to its size limit before the registry is asked anything.
        if expect in INPUT_SCHEMAS and len(data) > limit:
            raise DecodeError(f"message: too large ({len(data)} bytes; limit {limit})")
        schema_id = int.from_bytes(data[1:HEADER_LEN], "big")
        try:
            writer = self.client.get_schema(schema_id)  # cached by the client after the first time
        except self._schema_registry_error as exc:
            if getattr(exc, "http_status_code", None) == 404:
                # "written with schema" keeps the dead letter's reason class (wrong_schema).
                raise DecodeError(f"message: written with schema id {schema_id}, unknown to the registry") from None
            raise self._fault(f"fetching schema id {schema_id}", exc) from None
        except self._registry_errors as exc:
            raise self._fault(f"fetching schema id {schema_id}", exc) from None
        name = self._by_fullname.get(writer_name(writer.schema_str or "") or "")
        if name is None:
            want = f", expected {expect!r}" if expect else ""
            raise DecodeError(f"message: written with schema id {schema_id}, none of this pipeline's{want}")
        if expect is not None and name != expect:
            raise DecodeError(f"message: written with schema {name!r}, expected {expect!r}")
        if name in INPUT_SCHEMAS and len(data) > limit:
            raise DecodeError(f"message: too large ({len(data)} bytes; limit {limit})")
        try:
            datum = self._deserializers[name](data)
        except self._registry_errors as exc:
            raise self._fault(f"fetching schema id {schema_id}", exc) from None
        except Exception as exc:  # fastavro raises assorted types on truncated, corrupt or unresolvable bodies
            raise DecodeError(f"message: corrupt Avro body ({type(exc).__name__})") from None
        if not isinstance(datum, dict):
            raise DecodeError("message: corrupt Avro body (not a record)")
        return name, datum
