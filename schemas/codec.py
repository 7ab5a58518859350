"""Avro single-object encoding (Avro spec, "Single-object encoding").

Frame: 0xC3 0x01, the schema's 8-byte little-endian CRC-64-AVRO fingerprint of its
Parsing Canonical Form (`schemas.canonical`), then the Avro binary body: what any Avro
library's single-object encoder writes and its decoder (Java's `BinaryMessageDecoder`)
reads. The fingerprint tells a reader which schema wrote the message without a registry;
an unknown fingerprint is an error, never a guess.

Legacy: before PCF the codec wrote fingerprints of a non-canonical form. Those of every
version published then are frozen in `legacy_fingerprints.json` and still read, so
messages already on the topics stay readable; nothing writes them any more.

Schema evolution: every published version of a schema is kept in `history/` as
`<name>.v<N>.avsc` (the newest equals the current file; a test holds us to it). A message
written with an older version is read with Avro schema resolution into the current one,
so topics written before a change stay readable.

Schema Registry: where `BULLETINS_SCHEMA_REGISTRY_URL` is set, the topics the pipeline writes
use Confluent framing instead, and the raw topics take it beside this one
(`schemas.registry`); `encode` and `decode` hand over to it, and nothing changes without it.
"""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path
from typing import Any

import avro.io
import avro.schema
import fastavro
from fastavro.validation import validate as fast_valid

from common.sources import NAMES
from schemas import canonical
from schemas.limits import load_limits

SCHEMA_DIR = Path(__file__).resolve().parent
HISTORY_DIR = SCHEMA_DIR / "history"
MAGIC = b"\xc3\x01"
HEADER_LEN = len(MAGIC) + 8
LEGACY_FINGERPRINTS = SCHEMA_DIR / "legacy_fingerprints.json"

# Schema names are the .avsc file stems: the three sources, "routed", "deadletter", "audit".
SCHEMA_NAMES: tuple[str, ...] = (*NAMES, "routed", "deadletter", "audit")
# What arrives from outside: held to the raw-size limit before a byte of the body is read.
INPUT_SCHEMAS: frozenset[str] = frozenset(NAMES)


class DecodeError(ValueError):
    """The bytes are not a message this pipeline can read. Says why, never what they held."""


@cache
def load_schema(name: str) -> avro.schema.Schema:
    if name not in SCHEMA_NAMES:
        raise KeyError(f"unknown schema {name!r}")
    return avro.schema.parse((SCHEMA_DIR / f"{name}.avsc").read_text())


@cache
def fingerprint(name: str) -> bytes:
    """The standard single-object fingerprint of the current schema (see `canonical`)."""
    if name not in SCHEMA_NAMES:
        raise KeyError(f"unknown schema {name!r}")
    return canonical.fingerprint(json.loads((SCHEMA_DIR / f"{name}.avsc").read_text()))


def history(name: str) -> list[Path]:
    """Published versions of a schema, oldest first."""
    return sorted(HISTORY_DIR.glob(f"{name}.v*.avsc"), key=lambda p: int(p.stem.rsplit(".v", 1)[1]))


@cache
def legacy_fingerprints() -> dict[str, bytes]:
    """History file name -> the pre-PCF fingerprint messages written with it carry."""
    table = json.loads(LEGACY_FINGERPRINTS.read_text())["fingerprints"]
    return {file: bytes.fromhex(fp) for file, fp in table.items()}


@cache
def _by_fingerprint() -> dict[bytes, tuple[str, avro.io.DatumReader]]:
    readers: dict[bytes, tuple[str, avro.io.DatumReader]] = {}
    legacy = legacy_fingerprints()

    def add(fp: bytes, name: str, reader: avro.io.DatumReader) -> None:
        # Two schemas on one fingerprint would make a message ambiguous: refuse to start.
        if fp in readers and readers[fp][0] != name:
            raise RuntimeError(f"fingerprint {fp.hex()} claimed by {readers[fp][0]!r} and {name!r}")
        readers[fp] = (name, reader)

    for name in SCHEMA_NAMES:
        current = load_schema(name)
        for path in history(name):
            text = path.read_text()
            reader = avro.io.DatumReader(avro.schema.parse(text), current)
            add(canonical.fingerprint(json.loads(text)), name, reader)
            if path.name in legacy:
                add(legacy[path.name], name, reader)
        add(fingerprint(name), name, avro.io.DatumReader(current))
    return readers


# Where a schema registry is configured: the schemas of the topics the pipeline writes, which
# switch to Confluent framing, and that framing's first byte (see schemas.registry).
REGISTRY_OUTPUTS: frozenset[str] = frozenset({"routed", "deadletter", "audit"})
CONFLUENT_MAGIC = b"\x00"


def _registry_framing() -> Any:
    """The Confluent framing of `schemas.registry` where a registry is configured, else None."""
    from schemas import registry  # here: it imports this module

    return registry.active()


class _Writer(avro.io.DatumWriter):
    """avro's writer, with the nullable field (`["null", X]`) written without its search.

    avro-python resolves every union by validating the value, deeply, against each branch
    and taking the last that fits: a nested record in a nullable field is validated once
    per level above it (a third of the worker's encoding time, issue 13). `write` has
    already validated the whole datum, and `None` fits only "null" (no other Avro type
    takes it), so the branch is "null" exactly when the value is None: the same bytes,
    and an invalid datum is refused by the same validation as before."""

    def write_union(self, writers_schema: avro.schema.UnionSchema, datum: object, encoder: Any) -> None:
        branches = writers_schema.schemas
        if len(branches) == 2 and (branches[0].type == "null") != (branches[1].type == "null"):
            null = 0 if branches[0].type == "null" else 1
            index = null if datum is None else 1 - null
            encoder.write_long(index)
            return self.write_data(branches[index], datum, encoder)
        return super().write_union(writers_schema, datum, encoder)


@cache
def _writer(name: str) -> avro.io.DatumWriter:
    return _Writer(load_schema(name))


def encode(name: str, datum: dict[str, Any]) -> bytes:
    """Encode an Avro datum (as `json_form.from_json` gives) with the named schema."""
    framing = _registry_framing() if name in REGISTRY_OUTPUTS else None
    if framing is not None:
        return framing.encode(name, datum)
    buf = io.BytesIO()
    buf.write(MAGIC)
    buf.write(fingerprint(name))
    _writer(name).write(datum, avro.io.BinaryEncoder(buf))
    return buf.getvalue()


@cache
def _fast_schema(name: str) -> Any:
    return fastavro.parse_schema(json.loads((SCHEMA_DIR / f"{name}.avsc").read_text()))


def encode_converted(name: str, datum: dict[str, Any]) -> bytes:
    """`encode` for a datum `json_form.from_json` made, the same bytes in a tenth of the
    time (the routed items and audit events the worker writes, issue 13).

    from_json checked every field against the schema and built the datum from it: each
    field present and no other, aware datetimes for timestamps, one union branch that
    fits. For such a datum avro's writer would validate it all again and write what
    fastavro writes (the tests compare the bytes). fastavro checks it strictly first (an
    int's range, which from_json leaves to avro); anything it refuses goes to `encode`,
    which refuses or writes it as before."""
    if name in REGISTRY_OUTPUTS and _registry_framing() is not None:
        return encode(name, datum)
    schema = _fast_schema(name)
    if not fast_valid(datum, schema, raise_errors=False, strict=True):
        return encode(name, datum)
    buf = io.BytesIO()
    buf.write(MAGIC)
    buf.write(fingerprint(name))
    fastavro.schemaless_writer(buf, schema, datum)
    return buf.getvalue()


def decode(data: bytes, expect: str | None = None, max_bytes: int | None = None) -> tuple[str, dict[str, Any]]:
    """Decode a framed message; return (schema name, datum).

    `expect` restricts which schema is acceptable (a raw topic takes one record type).
    An input record (nums, desktop_research, partner) larger than `max_bytes` (default
    `BULLETINS_MAX_RAW_BYTES`, 256 KiB) is refused before its body is read. Decoded input
    still needs `json_form.check_semantics` (text hygiene, field limits, required text).
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise DecodeError("message: no bytes")
    if data[:1] == CONFLUENT_MAGIC:
        framing = _registry_framing()
        if framing is not None:
            return framing.decode(bytes(data), expect, max_bytes)
    if len(data) < HEADER_LEN:
        raise DecodeError("message: too short to be Avro single-object encoded")
    if data[:2] != MAGIC:
        raise DecodeError("message: not Avro single-object encoded (bad magic bytes)")
    found = _by_fingerprint().get(bytes(data[2:HEADER_LEN]))
    if found is None:
        raise DecodeError("message: unknown schema fingerprint")
    name, reader = found
    if expect is not None and name != expect:
        raise DecodeError(f"message: written with schema {name!r}, expected {expect!r}")
    if name in INPUT_SCHEMAS:
        limit = max_bytes if max_bytes is not None else load_limits().raw_bytes
        if len(data) > limit:
            raise DecodeError(f"message: too large ({len(data)} bytes; limit {limit})")
    decoder = avro.io.BinaryDecoder(io.BytesIO(bytes(data[HEADER_LEN:])))
    try:
        datum = reader.read(decoder)
    except Exception as exc:  # avro raises assorted types on truncated/corrupt bodies
        raise DecodeError(f"message: corrupt Avro body ({type(exc).__name__})") from None
    if not isinstance(datum, dict):  # every schema here is a record: decodes to a dict
        raise DecodeError(f"message: schema {name!r} is not a record")
    return name, datum
