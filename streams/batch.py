"""`bulletins process`: the batch path of records.md §7 over a JSON-lines file.

One output line per input line, in order. A line that cannot be accepted becomes
`{"line": N, "status": "rejected", "error": "<field>: <reason>"}` and the run goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from processors.core import Pipeline
from schemas import RecordError, to_json, validate_input


def parse_line(source: str, line: str) -> dict[str, Any]:
    """A JSON line -> the validated record in JSON form (defaults filled). Raises RecordError."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        # exc.msg and the column say what is wrong without quoting the text.
        raise RecordError("line", f"not valid JSON ({exc.msg}; line column {exc.colno})") from None
    return to_json(validate_input(source, value))


def rejected(number: int, error: str) -> dict[str, Any]:
    return {"line": number, "status": "rejected", "error": error}


def run_batch(pipeline: Pipeline, source: str, lines: Iterable[str], batch_size: int = 32) -> Iterator[dict[str, Any]]:
    pending: list[tuple[int, dict[str, Any] | str]] = []  # (line number, record or error)

    def flush() -> Iterator[dict[str, Any]]:
        records = [(source, item) for _, item in pending if isinstance(item, dict)]
        try:
            results = iter([r.output for r in pipeline.process_batch(records)])
        except Exception:
            results = None
        for number, item in pending:
            if isinstance(item, str):
                yield rejected(number, item)
            elif results is not None:
                yield next(results)
            else:
                try:
                    yield pipeline.process(source, item).output
                except Exception as exc:  # the type only: a message could quote the text
                    yield rejected(number, f"processing: failed ({type(exc).__name__})")
        pending.clear()

    for number, line in enumerate(lines, start=1):
        if not line.strip():
            pending.append((number, "line: empty"))
        else:
            try:
                pending.append((number, parse_line(source, line)))
            except RecordError as exc:
                pending.append((number, str(exc)))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
