"""The contract's JSON form <-> Avro data, driven by the schemas themselves.

Errors name the field path and the reason and never echo the value: a rejected record
can still carry a reporter's name, and error text ends up in logs and dead letters.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import avro.schema as S

from common.sources import SOURCES, TEXT_FIELD
from schemas.codec import load_schema
from schemas.limits import Limits, load_limits
from schemas.text_hygiene import clean_record

# Fields that must be present and non-blank beyond what the Avro types can say
# (records.md: desktop research without an authority is rejected; ids must identify).
_NON_BLANK: dict[str, tuple[str, ...]] = {n: (s.id_field, *s.required) for n, s in SOURCES.items()}
# Cleaning removes invisible characters: a string may be this many times its limit before it.
_PRE_CLEAN_SLACK = 4


class RecordError(ValueError):
    """A record that cannot be accepted: `field` is a path such as `reporter.phone`."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _nullable(schema: S.Schema) -> bool:
    return isinstance(schema, S.UnionSchema) and any(b.type == "null" for b in schema.schemas)


def _is_timestamp(schema: S.Schema) -> bool:
    return schema.get_prop("logicalType") == "timestamp-millis"


def _parse_timestamp(value: Any, path: str) -> datetime:
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise RecordError(path, "must be an ISO-8601 timestamp") from None
    else:
        raise RecordError(path, f"must be an ISO-8601 timestamp string, got {_json_type(value)}")
    try:
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    except OverflowError:  # e.g. year 1 with a +14:00 offset falls before year 1 in UTC
        raise RecordError(path, "timestamp out of range") from None


def from_json(schema: S.Schema, value: Any, path: str = "") -> Any:
    """Validate `value` against `schema` and convert it to Avro data."""
    where = path or "record"
    if isinstance(schema, S.UnionSchema):
        return _union_from_json(schema, value, path, where)
    if isinstance(schema, S.RecordSchema):
        return _record_from_json(schema, value, path, where)
    if isinstance(schema, S.ArraySchema):
        if not isinstance(value, list):
            raise RecordError(where, f"must be an array, got {_json_type(value)}")
        return [from_json(schema.items, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(schema, S.MapSchema):
        if not isinstance(value, dict):
            raise RecordError(where, f"must be an object, got {_json_type(value)}")
        return {str(k): from_json(schema.values, v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(schema, S.EnumSchema):
        if not isinstance(value, str):
            raise RecordError(where, f"must be a string, got {_json_type(value)}")
        if value not in schema.symbols:
            raise RecordError(where, f"unknown symbol (expected one of: {', '.join(schema.symbols)})")
        return value
    if _is_timestamp(schema):
        return _parse_timestamp(value, where)
    convert = _PRIMITIVES.get(schema.type)
    if convert is None:
        raise RecordError(where, f"unsupported schema type {schema.type}")
    return convert(value, where)


def _union_from_json(schema: S.UnionSchema, value: Any, path: str, where: str) -> Any:
    """The first branch the value fits; null only where the union allows it."""
    branches = [b for b in schema.schemas if b.type != "null"]
    if value is None:
        if len(branches) < len(schema.schemas):
            return None
        raise RecordError(where, "must not be null")
    errors: list[RecordError] = []
    for branch in branches:
        try:
            return from_json(branch, value, path)
        except RecordError as exc:
            errors.append(exc)
    raise errors[0] if len(errors) == 1 else RecordError(where, "matches no allowed type")


def _record_from_json(schema: S.RecordSchema, value: Any, path: str, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RecordError(where, f"must be an object, got {_json_type(value)}")
    out: dict[str, Any] = {}
    for field in schema.fields:
        sub = f"{path}.{field.name}" if path else field.name
        present = field.name in value
        item = value.get(field.name)
        if (not present or item is None) and field.has_default and field.default is not None:
            # An absent (or null) array with a default of [] means "none", not an error.
            out[field.name] = copy.deepcopy(field.default)
        elif not present and field.has_default:
            out[field.name] = None
        elif not present:
            raise RecordError(sub, "required field missing")
        elif item is None and not _nullable(field.type):
            raise RecordError(sub, "must not be null")
        else:
            out[field.name] = from_json(field.type, item, sub)
    return out


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise RecordError(where, f"must be a string, got {_json_type(value)}")
    return value


def _integer(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(where, f"must be an integer, got {_json_type(value)}")
    return value


def _number(value: Any, where: str) -> float:
    """A float or a double (a link's score, routed v5)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise RecordError(where, f"must be a number, got {_json_type(value)}")
    return float(value)


def _boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise RecordError(where, f"must be true or false, got {_json_type(value)}")
    return value


def _bytes(value: Any, where: str) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return base64.b64decode(value)
    raise RecordError(where, f"must be bytes, got {_json_type(value)}")


def _null(value: Any, where: str) -> None:
    if value is not None:
        raise RecordError(where, "must be null")
    return None


# Avro's primitive types -> the check and conversion of a JSON value to each
_PRIMITIVES: dict[str, Callable[[Any, str], Any]] = {
    "string": _string,
    "int": _integer,
    "long": _integer,
    "float": _number,
    "double": _number,
    "boolean": _boolean,
    "bytes": _bytes,
    "null": _null,
}


def _iso(ts: datetime) -> str:
    ts = ts.astimezone(UTC)
    text = ts.isoformat(timespec="milliseconds" if ts.microsecond else "seconds")
    return text.replace("+00:00", "Z")


def to_json(value: Any) -> Any:
    """Avro data -> the contract's JSON form (timestamps as ISO-8601 strings)."""
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _check_sizes(value: Any, path: str, limits: Limits, text_paths: frozenset[str], slack: int = 1) -> None:
    if isinstance(value, str):
        if path not in text_paths and len(value) > limits.field_chars * slack:
            raise RecordError(path, f"too long ({len(value)} characters; limit {limits.field_chars})")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_sizes(item, f"{path}.{key}" if path else key, limits, text_paths, slack)
    elif isinstance(value, list):
        if len(value) > limits.items:
            raise RecordError(path, f"too many entries ({len(value)}; limit {limits.items})")
        for i, item in enumerate(value):
            _check_sizes(item, f"{path}[{i}]", limits, text_paths, slack)


def _check_text(source: str, datum: dict[str, Any], limits: Limits, slack: int = 1) -> None:
    """The NLP's input is bounded: a record over the limit is rejected, never cut.

    Cutting could split an identifier at the cut, leaving a fragment no deny list
    matches; a rejected record keeps its raw bytes in the dead letter for a person.
    """
    field = TEXT_FIELD[source]
    text = datum.get(field) or ""
    if len(text) > limits.text_chars * slack:
        raise RecordError(field, f"too long ({len(text)} characters; limit {limits.text_chars})")
    description = (datum.get("offender") or {}).get("description") or ""
    if len(text) + len(description) > limits.text_chars * slack:
        raise RecordError(
            "offender.description",
            f"too long (with the {field}, {len(text) + len(description)} characters; limit {limits.text_chars})",
        )


def check_semantics(source: str, datum: dict[str, Any], limits: Limits | None = None) -> None:
    """Make an input datum (Avro data, from JSON or decoded) safe to process, or reject it.

    In place: every string goes through `text_hygiene.clean` (controls, bidi, zero-width,
    NFKC, homoglyphs), so the structured victim values and the free text are normalised
    the same way and the deny lists still match. Then the size limits (`schemas.limits`)
    and the rules the Avro types cannot express. Every entry point calls this: the batch
    command and `submit` through `validate_input`, the worker after `codec.decode`.
    """
    if source not in _NON_BLANK:
        raise RecordError("source", "unknown source")
    limits = limits or load_limits()
    text_paths = frozenset({TEXT_FIELD[source], "offender.description"})
    # A string more than _PRE_CLEAN_SLACK times its limit is refused on its raw length,
    # before paying for the cleaning (NFKC can turn one character into eighteen, so the
    # raw size alone does not bound that cost); the rest are counted as the NLP sees them.
    _check_sizes(datum, "", limits, text_paths, slack=_PRE_CLEAN_SLACK)
    _check_text(source, datum, limits, slack=_PRE_CLEAN_SLACK)
    clean_record(datum)
    _check_sizes(datum, "", limits, text_paths)
    _check_text(source, datum, limits)
    for field in _NON_BLANK[source]:
        if not str(datum.get(field) or "").strip():
            raise RecordError(field, "must not be empty")
    if not str(datum.get(TEXT_FIELD[source]) or "").strip():
        raise RecordError(TEXT_FIELD[source], "must not be empty")


def validate_input(source: str, value: Any, limits: Limits | None = None) -> dict[str, Any]:
    """Validate one input record in JSON form; return its Avro datum (defaults filled, text cleaned)."""
    if source not in _NON_BLANK:
        raise RecordError("source", "unknown source")
    datum = from_json(load_schema(source), value)
    check_semantics(source, datum, limits)
    return datum
