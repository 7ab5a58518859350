"""The analysed record: what the NLP stage hands the correlation stage.

One message per accepted record on the app's analysed topic (`<app id>-analysed`,
`streams/topics.py`), keyed by record id. It holds what `Pipeline.finish` and the
correlation stage need and nothing is recomputed there: the record's JSON form, its
sanitised form, the extraction, the redaction counts, the victim values the final leak
guard scrubs for, and where the raw message came from (for the audit's collection event,
the end-to-end latency and a dead letter's raw copy). So the topic is restricted like the
raw topics (deploy/kafka-acls.yaml).

JSON, as the tables' changelogs are: an internal topic, read only by this code, and never
pickle (a message must not be able to run code). `VERSION` says the layout; a message of
another version is the worker's fault (an old worker's leftovers), never a record's.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from typing import Any

from pipeline.core import Analysed
from processors.extraction import Extraction
from streams.handling import RawMessage

VERSION = 1


class AnalysedError(ValueError):
    """An analysed message this code cannot read (another version, or damaged)."""


def encode(msg: RawMessage, analysed: Analysed, keep_raw: bool = True) -> bytes:
    """The message for one analysed record. `keep_raw` False leaves the raw bytes out (a
    record whose analysed form would not fit one message otherwise)."""
    doc = {
        "v": VERSION,
        "origin": {
            "source": msg.source,
            "topic": msg.topic,
            "partition": msg.partition,
            "offset": msg.offset,
            "key": _b64(msg.key),
            "timestamp_ms": msg.timestamp_ms,
            "raw": _b64(msg.value) if keep_raw else None,
            "raw_bytes": len(msg.value or b""),
        },
        "source": analysed.source,
        "record": analysed.record,
        "sanitised": analysed.sanitised,
        "extraction": _extraction(analysed.extraction),
        "redactions": analysed.redactions,
        "guard_values": analysed.guard_values,
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(value: bytes) -> tuple[RawMessage, Analysed]:
    """The raw message it came from (without its bytes, and saying their size, when they
    were left out) and the analysed record."""
    try:
        doc = json.loads(value)
        if doc.get("v") != VERSION:
            raise AnalysedError(f"analysed message of version {doc.get('v')!r}; this worker reads {VERSION}")
        origin = doc["origin"]
        raw = origin.get("raw")
        msg = RawMessage(
            source=origin["source"],
            topic=origin["topic"],
            partition=int(origin["partition"]),
            offset=int(origin["offset"]),
            key=_unb64(origin.get("key")),
            value=_unb64(raw) or b"",
            timestamp_ms=origin.get("timestamp_ms"),
            raw_size=None if raw is not None else int(origin.get("raw_bytes") or 0),
        )
        analysed = Analysed(
            source=doc["source"],
            record=doc["record"],
            sanitised=doc["sanitised"],
            extraction=_from_extraction(doc["extraction"]),
            redactions=doc["redactions"],
            guard_values=doc["guard_values"],
        )
    except AnalysedError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        # The type only: the text could quote the record.
        raise AnalysedError(f"analysed message unreadable ({type(exc).__name__})") from None
    return msg, analysed


# Extraction's set-valued fields (JSON has no sets): lists on the wire, sets again here.
_SETS = frozenset(f.name for f in dataclasses.fields(Extraction) if str(f.type).startswith("set"))


def _extraction(extraction: Extraction) -> dict[str, Any]:
    doc = dataclasses.asdict(extraction)
    return {k: sorted(v) if k in _SETS else v for k, v in doc.items()}


def _from_extraction(doc: dict[str, Any]) -> Extraction:
    fields: dict[str, Any] = {k: set(v) if k in _SETS else v for k, v in doc.items()}
    return Extraction(**fields)


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data is not None else None


def _unb64(text: str | None) -> bytes | None:
    return base64.b64decode(text) if text is not None else None
