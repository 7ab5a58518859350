"""Parsing Canonical Form (PCF) and the CRC-64-AVRO fingerprint, as the Avro specification
defines them ("Parsing Canonical Form for Schemas", "Schema Fingerprints").

Written here rather than taken from the `avro` package: its `canonical_form` keeps a
primitive with extra attributes as an object (`{"type":"long"}` for a timestamp-millis),
so its fingerprints match no other Avro implementation. The rules, in the spec's words:
PRIMITIVES (a primitive is its bare name, whatever else it carries: `logicalType` too),
FULLNAMES, STRIP (only name, type, fields, symbols, items, values, size), ORDER (in that
order), STRINGS (no escapes), INTEGERS, WHITESPACE. A named type seen before is written
as its fullname, as Java's `SchemaNormalization` does.
"""

from __future__ import annotations

import json
from typing import Any

PRIMITIVES: frozenset[str] = frozenset({"null", "boolean", "int", "long", "float", "double", "bytes", "string"})
_EMPTY64 = 0xC15D213AA4D7A795


def _table() -> tuple[int, ...]:
    table = []
    for i in range(256):
        fp = i
        for _ in range(8):
            fp = (fp >> 1) ^ (_EMPTY64 & -(fp & 1))
        table.append(fp)
    return tuple(table)


_TABLE = _table()


def crc64_avro(data: bytes) -> int:
    """The spec's 64-bit Rabin fingerprint of `data`."""
    fp = _EMPTY64
    for byte in data:
        fp = (fp >> 8) ^ _TABLE[(fp ^ byte) & 0xFF]
    return fp


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # STRINGS: UTF-8, not \u escapes


def _fullname(name: str, namespace: str | None) -> str:
    return name if "." in name or not namespace else f"{namespace}.{name}"


def _form(schema: Any, namespace: str | None, seen: set[str]) -> str:
    if isinstance(schema, list):
        return "[" + ",".join(_form(branch, namespace, seen) for branch in schema) + "]"
    if isinstance(schema, str):
        if schema in PRIMITIVES:
            return _q(schema)
        return _q(_fullname(schema, namespace))  # a reference to a named type
    if not isinstance(schema, dict) or "type" not in schema:
        raise ValueError("not an Avro schema")
    kind = schema["type"]
    if not isinstance(kind, str) or kind in PRIMITIVES:
        return _form(kind, namespace, seen)  # drops logicalType and every other attribute
    if kind == "array":
        return '{"type":"array","items":' + _form(schema["items"], namespace, seen) + "}"
    if kind == "map":
        return '{"type":"map","values":' + _form(schema["values"], namespace, seen) + "}"
    if kind not in ("record", "error", "enum", "fixed"):
        return _form(kind, namespace, seen)  # {"type": "SomeNamedType"}
    own = schema.get("namespace", namespace) or None
    fullname = _fullname(schema["name"], own)
    if fullname in seen:
        return _q(fullname)
    seen.add(fullname)
    inner = fullname.rpartition(".")[0] or None  # namespace for the types nested inside
    head = '{"name":' + _q(fullname) + ',"type":'
    if kind == "enum":
        return head + '"enum","symbols":[' + ",".join(_q(s) for s in schema["symbols"]) + "]}"
    if kind == "fixed":
        return head + '"fixed","size":' + str(int(schema["size"])) + "}"
    fields = ",".join(
        '{"name":' + _q(f["name"]) + ',"type":' + _form(f["type"], inner, seen) + "}" for f in schema["fields"]
    )
    return head + '"record","fields":[' + fields + "]}"  # an error is a record here, as in Java


def parsing_canonical_form(schema: Any) -> str:
    """PCF of a schema given as parsed JSON (`json.loads` of an .avsc)."""
    return _form(schema, None, set())


def fingerprint(schema: Any) -> bytes:
    """The 8 bytes of a single-object header: CRC-64-AVRO of the PCF, little-endian."""
    return crc64_avro(parsing_canonical_form(schema).encode("utf-8")).to_bytes(8, "little")
