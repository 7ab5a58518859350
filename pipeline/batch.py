"""`bulletins process`: the batch path of records.md §7 over a JSON-lines file.

One output line per input line, in order, whatever the line holds; after a line whose
advert brings its cluster of near-duplicates to the size that signals organised activity,
one more line for each earlier advert of the cluster routed again (its routed item with
`update` set: the same record id, the cluster's link, the reason; once per advert). A line that cannot be
accepted becomes `{"line": N, "status": "rejected", "error": "<field>: <reason>"}` and the
run goes on. The reason names the field and the limit, never the value.

Lines are bytes split on `\\n` only (a trailing `\\r` is dropped; a Unicode line separator
inside a string does not split a record). Each line is answered on its own:

- blank (empty or whitespace only): `line: empty`, so the numbering stays one to one;
- longer than `BULLETINS_MAX_LINE_BYTES` (1 MiB): `line: too long`, read past without
  holding it in memory;
- not UTF-8: `line: not UTF-8 (invalid byte at offset N)`; a UTF-8 BOM opening a line
  (a file's first, or any after files were concatenated) is dropped;
- nested deeper than `BULLETINS_MAX_JSON_DEPTH` (32): `line: nested too deep`, found by a
  scan before the JSON parser (which would raise RecursionError) sees it;
- not JSON, or not a valid record: the field and the reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from pipeline.core import Pipeline, Processed
from schemas import RecordError, to_json, validate_input
from schemas.limits import Limits, load_limits

_BOM = b"\xef\xbb\xbf"
_READ_CHUNK = 64 * 1024
_JSON_SPECIAL = re.compile(r'[\[\]{}"\\]')


@dataclass(frozen=True)
class TooLong:
    """A line the reader skipped because it is over the line limit (its size only)."""

    size: int


def read_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | TooLong]:
    """Lines of a binary stream, split on b"\\n"; a line over `max_bytes` is never held whole."""
    while True:
        line = stream.readline(max_bytes + 2)  # room for "\r\n" on a line exactly at the limit
        if not line:
            return
        if line.endswith(b"\n") or len(line) < max_bytes + 2:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):  # read past the rest of the line, keeping only its size
            line = stream.readline(_READ_CHUNK)
            if not line:
                break
            size += len(line)
        yield TooLong(size - (1 if line.endswith(b"\n") else 0))


def json_depth(text: str, stop_above: int) -> int:
    """Deepest nesting of objects/arrays in `text`, outside strings (stops once over `stop_above`)."""
    depth = deepest = 0
    in_string = False
    escaped_at = -1
    for match in _JSON_SPECIAL.finditer(text):
        at = match.start()
        char = text[at]
        if at == escaped_at:
            continue
        if in_string:
            if char == "\\":
                escaped_at = at + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_above:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def _text_of(line: bytes | str, limits: Limits) -> str:
    """One line (bytes from a file, or text from a caller) -> text, with the line-level limits."""
    if isinstance(line, str):
        text = line.removesuffix("\n").removesuffix("\r")
        size = len(text.encode("utf-8", "surrogatepass"))
    else:
        raw = line.removesuffix(b"\n").removesuffix(b"\r")
        size = len(raw)
    if size > limits.line_bytes:
        raise RecordError("line", f"too long ({size} bytes; limit {limits.line_bytes})")
    # a BOM opens a file, and so any line after files are concatenated: it is not content
    if isinstance(line, str):
        return text.removeprefix("\ufeff")
    raw = raw.removeprefix(_BOM)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecordError("line", f"not UTF-8 (invalid byte at offset {exc.start})") from None


def parse_line(source: str, line: bytes | str, limits: Limits | None = None) -> dict[str, Any]:
    """One line -> the validated record in JSON form (defaults filled, text cleaned). Raises RecordError."""
    limits = limits or load_limits()
    text = _text_of(line, limits)
    if not text.strip():
        raise RecordError("line", "empty")
    if json_depth(text, limits.json_depth) > limits.json_depth:
        raise RecordError("line", f"nested too deep (limit {limits.json_depth} levels)")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        # exc.msg and the column say what is wrong without quoting the text.
        raise RecordError("line", f"not valid JSON ({exc.msg}; line column {exc.colno})") from None
    except RecursionError:
        raise RecordError("line", f"nested too deep (limit {limits.json_depth} levels)") from None
    except ValueError:  # e.g. an integer past Python's digit limit: the type says enough
        raise RecordError("line", "not valid JSON (a value is out of range)") from None
    if not isinstance(value, dict):
        kind = "array" if isinstance(value, list) else type(value).__name__
        raise RecordError("line", f"must be a JSON object, got {kind}")
    return to_json(validate_input(source, value, limits))


def rejected(number: int, error: str) -> dict[str, Any]:
    return {"line": number, "status": "rejected", "error": error}


def answer(source: str, line: bytes | str | TooLong, limits: Limits) -> dict[str, Any] | str:
    """A line -> its validated record, or the rejection reason. Never raises for any line."""
    if isinstance(line, TooLong):
        return f"line: too long ({line.size} bytes; limit {limits.line_bytes})"
    try:
        return parse_line(source, line, limits)
    except RecordError as exc:
        return str(exc)
    except Exception as exc:  # a validator bug must cost one line, not the run; the type only
        return f"line: could not be read ({type(exc).__name__})"


def _answers(result: Processed) -> list[dict[str, Any]]:
    """A line's routed output, then any earlier advert it routed again (`update` set)."""
    return [result.output, *result.updates]


def run_batch(
    pipeline: Pipeline,
    source: str,
    lines: Iterable[bytes | str | TooLong],
    batch_size: int = 32,
    limits: Limits | None = None,
) -> Iterator[dict[str, Any]]:
    """Answer every line, in order: the routed output or a rejection."""
    limits = limits or load_limits()
    pending: list[tuple[int, dict[str, Any] | str]] = []  # (line number, record or error)

    def flush() -> Iterator[dict[str, Any]]:
        records = [(source, item) for _, item in pending if isinstance(item, dict)]
        try:
            results = iter([_answers(r) for r in pipeline.process_batch(records)]) if records else iter(())
        except Exception:
            results = None
        for number, item in pending:
            if isinstance(item, str):
                yield rejected(number, item)
            elif results is not None:
                yield from next(results)
            else:
                try:
                    yield from _answers(pipeline.process(source, item))
                except Exception as exc:  # the type only: a message could quote the text
                    yield rejected(number, f"processing: failed ({type(exc).__name__})")
        pending.clear()

    for number, line in enumerate(lines, start=1):
        pending.append((number, answer(source, line, limits)))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
