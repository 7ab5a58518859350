"""Fuzzing the ways in: the decoder, the validator and the batch reader.

Each takes anything and either accepts it or rejects it with a reason made only of schema
words, numbers and fixed phrases, so no reason can carry a value of the input. Example
counts are modest (the whole file runs in seconds); under CI the examples are derandomised.
"""

from __future__ import annotations

import io
import json
import os
import re
from types import SimpleNamespace
from typing import Any

import avro.schema as S
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from pipeline.batch import read_lines, run_batch
from schemas import RecordError, decode, encode, from_json, load_schema, to_json, validate_input
from schemas.codec import MAGIC, DecodeError, fingerprint
from schemas.json_form import TEXT_FIELD, check_semantics
from schemas.limits import Limits
from schemas.text_hygiene import clean
from tests.fixtures import desktop, nums, partner

SOURCES = ("nums", "desktop_research", "partner")
FIXTURES = {"nums": nums, "desktop_research": desktop, "partner": partner}
ID_FIELD = {"nums": "report_id", "desktop_research": "research_id", "partner": "submission_id"}


def _settings(examples: int) -> settings:
    return settings(
        max_examples=int(os.environ.get("FUZZ_EXAMPLES", examples)),
        deadline=None,
        derandomize=bool(os.environ.get("CI")),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# -- what a reason may be made of ------------------------------------------------------------------
def _field_names() -> set[str]:
    names = {"line", "message", "record", "source", "processing"}

    def walk(schema: S.Schema) -> None:
        if isinstance(schema, S.RecordSchema):
            for field in schema.fields:
                names.add(field.name)
                walk(field.type)
        elif isinstance(schema, S.UnionSchema):
            for branch in schema.schemas:
                walk(branch)
        elif isinstance(schema, S.ArraySchema):
            walk(schema.items)

    for source in SOURCES:
        walk(load_schema(source))
    return names


FIELD_NAMES = _field_names()
_N = r"\d+"
REASONS = [
    re.compile(pattern)
    for pattern in (
        "required field missing",
        "must not be null",
        "must not be empty",
        "empty",
        "unknown source",
        "matches no allowed type",
        r"must be an? (object|array|string|integer|ISO-8601 timestamp string|JSON object), got \w+",
        r"must be true or false, got \w+",
        r"unknown symbol \(expected one of: [a-z_]+(, [a-z_]+)*\)",
        "must be an ISO-8601 timestamp",
        "timestamp out of range",
        rf"too long \({_N} (characters|bytes); limit {_N}\)",
        rf"too long \(with the (narrative|content), {_N} characters; limit {_N}\)",
        rf"too many entries \({_N}; limit {_N}\)",
        rf"not UTF-8 \(invalid byte at offset {_N}\)",
        rf"nested too deep \(limit {_N} levels\)",
        rf"not valid JSON \((Expecting|Unterminated|Invalid|Extra)[A-Za-z ',:\\]*; line column {_N}\)",
        r"not valid JSON \(a value is out of range\)",
        r"(could not be read|failed) \(\w+\)",
        "too short to be Avro single-object encoded",
        r"not Avro single-object encoded \(bad magic bytes\)",
        "unknown schema fingerprint",
        "no bytes",
        r"written with schema '\w+', expected '\w+'",
        rf"too large \({_N} bytes; limit {_N}\)",
        r"corrupt Avro body \(\w+\)",
    )
]


def assert_reason_carries_no_value(message: str) -> None:
    field, sep, reason = message.partition(": ")
    assert sep, f"no field in {message!r}"
    segments = [s for s in re.split(r"\.|\[\d+\]", field) if s]
    assert segments and all(s in FIELD_NAMES for s in segments), f"field path not from the schema: {message!r}"
    assert any(p.fullmatch(reason) for p in REASONS), f"reason not a known phrase: {message!r}"


def assert_clean(value: Any) -> None:
    if isinstance(value, str):
        assert clean(value) == value
    elif isinstance(value, dict):
        for item in value.values():
            assert_clean(item)
    elif isinstance(value, list):
        for item in value:
            assert_clean(item)


# -- strategies ------------------------------------------------------------------------------------
HOSTILE_CHARS = "\x00\x07\x1b\x7f\x85\u200b\u200c\u200d\u2060\ufeff\u202a\u202e\u2066\u2069\u200e\u200f\u2028\ud800"
texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from("07 9a@.оае０７" + HOSTILE_CHARS), max_size=40),
    st.sampled_from(["", " ", "street", "2026-11-14T10:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59-01:00"]),
)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), texts)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(texts, inner, max_size=4)),
    max_leaves=12,
)


@st.composite
def record_shaped(draw: st.DrawFn) -> tuple[str, Any]:
    """A valid record with a few fields replaced, removed or nested: gets past the first check."""
    source = draw(st.sampled_from(SOURCES))
    record = FIXTURES[source](draw(texts))
    for _ in range(draw(st.integers(0, 3))):
        node: Any = record
        keys: list[Any] = []
        while isinstance(node, dict) and node and draw(st.booleans()):
            key = draw(st.sampled_from(sorted(node)))
            keys.append(key)
            if not isinstance(node[key], (dict, list)) or not node[key]:
                break
            node = node[key] if isinstance(node[key], dict) else node[key][0]
        target = record
        for key in keys[:-1]:
            target = target[key] if isinstance(target[key], dict) else target[key][0]
        if not isinstance(target, dict):
            continue
        key = keys[-1] if keys else draw(texts)
        if draw(st.integers(0, 3)) == 0:
            target.pop(key, None)
        else:
            target[key] = draw(json_values)
    return source, record


# -- the decoder -----------------------------------------------------------------------------------
@st.composite
def framed(draw: st.DrawFn) -> bytes:
    """Arbitrary bytes, or a real header (so the body reader is reached) with a mutated body."""
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=200))
    source = draw(st.sampled_from(SOURCES))
    if kind == 1:
        return MAGIC + fingerprint(source) + draw(st.binary(max_size=200))
    if kind == 2:  # well-formed, written by a careless producer: hostile text, nothing cleaned
        encodable = texts.map(lambda t: t.encode("utf-8", "ignore").decode())  # Avro cannot hold surrogates
        record = FIXTURES[source](draw(encodable))
        record[TEXT_FIELD[source]] = draw(encodable)
        return encode(source, from_json(load_schema(source), record))
    body = bytearray(encode(source, validate_input(source, FIXTURES[source]("FUZZ-1"))))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(10, len(body) - 1))
        body[at] = draw(st.integers(0, 255))
    cut = draw(st.integers(10, len(body)))
    return bytes(body[:cut])


@_settings(200)
@given(data=framed(), expect=st.sampled_from([None, *SOURCES]))
def test_decoder_never_raises_anything_but_a_reason(data: bytes, expect: str | None) -> None:
    try:
        name, datum = decode(data, expect=expect)
    except DecodeError as exc:
        event("decode: rejected")
        assert_reason_carries_no_value(str(exc))
        return
    if name not in SOURCES:
        return
    try:
        check_semantics(name, datum)
    except RecordError as exc:
        event("decode: decoded, then rejected")
        assert_reason_carries_no_value(str(exc))
        return
    event("decode: accepted")
    assert_clean(datum)
    json.dumps(to_json(datum))


# -- the validator ---------------------------------------------------------------------------------
@_settings(200)
@given(source=st.sampled_from(SOURCES), value=json_values)
def test_validator_takes_any_json_value(source: str, value: Any) -> None:
    try:
        validate_input(source, value)
    except RecordError as exc:
        assert_reason_carries_no_value(str(exc))


@_settings(200)
@given(case=record_shaped())
def test_validator_accepts_or_names_the_field(case: tuple[str, Any]) -> None:
    source, value = case
    try:
        datum = validate_input(source, value)
    except RecordError as exc:
        event("record-shaped: rejected")
        assert_reason_carries_no_value(str(exc))
        return
    event("record-shaped: accepted")
    assert_clean(datum)
    assert datum[TEXT_FIELD[source]].strip()
    # what the validator accepts, the encoder (submit) and the decoder (worker) take too
    name, back = decode(encode(source, datum), expect=source)
    assert name == source and to_json(back) == to_json(datum)


# -- the batch reader ------------------------------------------------------------------------------
class StubPipeline:
    """Stands in for the NLP: the reader's job is to answer every line, in order."""

    def process_batch(self, records: list[tuple[str, dict[str, Any]]]) -> list[SimpleNamespace]:
        return [SimpleNamespace(output={"id": r[ID_FIELD[s]], "status": "routed"}) for s, r in records]

    def process(self, source: str, record: dict[str, Any]) -> SimpleNamespace:
        return self.process_batch([(source, record)])[0]


LIMITS = Limits(raw_bytes=4096, text_chars=400, field_chars=100, items=5, line_bytes=1024, json_depth=8)
byte_lines = st.one_of(
    st.binary(max_size=80).map(lambda b: b.replace(b"\n", b"")),
    st.sampled_from([b"", b"\r", b"  ", b"\xef\xbb\xbf{}", b"[" * 200, b"{" * 9 + b"}" * 9, b"\xff" * 3, b"x" * 1500]),
    st.tuples(st.sampled_from(SOURCES), st.text(max_size=8)).map(
        lambda t: json.dumps(FIXTURES[t[0]]("L-" + t[1])).encode()
    ),
    json_values.map(lambda v: json.dumps(v).encode()),
)


@_settings(150)
@given(source=st.sampled_from(SOURCES), lines=st.lists(byte_lines, max_size=12), final_newline=st.booleans())
def test_batch_reader_answers_every_line(source: str, lines: list[bytes], final_newline: bool) -> None:
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
    expected = data.split(b"\n")
    if expected and expected[-1] == b"":
        expected.pop()  # a final newline ends the last line; it starts none
    outputs = list(run_batch(StubPipeline(), source, read_lines(io.BytesIO(data), LIMITS.line_bytes), 4, LIMITS))
    assert len(outputs) == len(expected)
    for number, out in enumerate(outputs, start=1):
        assert out["status"] in ("routed", "rejected")
        event(f"line: {out['status']}")
        if out["status"] == "rejected":
            assert out["line"] == number
            assert_reason_carries_no_value(out["error"])
        else:
            assert json.loads(expected[number - 1].removeprefix(b"\xef\xbb\xbf"))[ID_FIELD[source]]
