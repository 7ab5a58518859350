"""Limits and the batch reader: every line answered, every limit a reason naming the field."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.batch import TooLong, answer, json_depth, parse_line, read_lines, run_batch
from schemas import RecordError, decode, encode, from_json, load_schema, to_json, validate_input
from schemas.codec import DecodeError
from schemas.limits import LimitSettingError, defaults, load_limits
from tests.fixtures import CANARY, desktop, nums

REPO = Path(__file__).resolve().parent.parent
SECRET = "Quillon 07700 900811"  # planted in rejected input: must never come back in a reason


def _env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETINS_MAX_")}
    env.update(overrides)
    return env


# -- settings ------------------------------------------------------------------------------------
def test_defaults_are_documented_values(monkeypatch) -> None:
    for variable in defaults():
        monkeypatch.delenv(variable, raising=False)
    limits = load_limits()
    assert (limits.raw_bytes, limits.text_chars, limits.field_chars) == (256 * 1024, 20_000, 2_000)
    assert (limits.items, limits.line_bytes, limits.json_depth) == (200, 1024 * 1024, 32)
    readme = (REPO / "README.md").read_text()
    for variable in defaults():
        assert f"`{variable}`" in readme, f"{variable} is not documented in the README"


def test_settings_come_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("BULLETINS_MAX_TEXT_CHARS", "5_000")
    monkeypatch.setenv("BULLETINS_MAX_JSON_DEPTH", "12")
    limits = load_limits()
    assert limits.text_chars == 5_000 and limits.json_depth == 12


@pytest.mark.parametrize("value", ["lots", "-1", "10"])
def test_a_bad_setting_is_an_error_naming_the_variable(monkeypatch, value: str) -> None:
    monkeypatch.setenv("BULLETINS_MAX_RAW_BYTES", value)
    with pytest.raises(LimitSettingError, match="BULLETINS_MAX_RAW_BYTES"):
        load_limits()


# -- raw message size at decode ------------------------------------------------------------------
def _encoded(narrative: str) -> bytes:
    return encode("nums", from_json(load_schema("nums"), nums("NUM-L-1", narrative=narrative)))


def test_raw_message_over_the_limit_is_refused_before_decoding(monkeypatch) -> None:
    big = _encoded(SECRET + " x" * 140_000)  # ~280 KB, over the 256 KiB default
    with pytest.raises(DecodeError) as err:
        decode(big, expect="nums")
    message = str(err.value)
    assert message == f"message: too large ({len(big)} bytes; limit {256 * 1024})"
    monkeypatch.setenv("BULLETINS_MAX_RAW_BYTES", str(len(big)))
    assert decode(big, expect="nums")[0] == "nums"  # exactly at the limit is accepted


def test_raw_limit_from_the_environment_and_per_call(monkeypatch) -> None:
    small = _encoded("Robbed at Westgate. " * 100)
    monkeypatch.setenv("BULLETINS_MAX_RAW_BYTES", "1024")
    with pytest.raises(DecodeError, match=r"too large \(\d+ bytes; limit 1024\)"):
        decode(small, expect="nums")
    assert decode(small, expect="nums", max_bytes=len(small))[0] == "nums"


def test_raw_limit_applies_to_input_schemas_only(monkeypatch) -> None:
    monkeypatch.setenv("BULLETINS_MAX_RAW_BYTES", "1024")
    letter = {
        "source": "nums", "topic": "t", "partition": 0, "offset": 1, "key": None, "error": "x",
        "raw": b"\x00" * 4096, "failed_at": from_json(load_schema("routed").fields_dict["processed_at"].type,
        "2026-11-01T00:00:00Z"),
    }  # fmt: skip
    assert decode(encode("deadletter", letter), expect="deadletter")[0] == "deadletter"


# -- text given to the NLP -----------------------------------------------------------------------
def test_narrative_at_the_limit_passes_over_it_is_rejected() -> None:
    limit = load_limits().text_chars
    ok = validate_input("nums", nums("NUM-L-2", narrative="a" * (limit - 100), offender=None))
    assert len(ok["narrative"]) == limit - 100
    with pytest.raises(RecordError) as err:
        validate_input("nums", nums("NUM-L-3", narrative=SECRET + "b" * limit))
    assert err.value.field == "narrative"
    assert err.value.reason == f"too long ({limit + len(SECRET)} characters; limit {limit})"
    assert "Quillon" not in str(err.value) and "07700" not in str(err.value)


def test_narrative_plus_offender_description_is_bounded(monkeypatch) -> None:
    monkeypatch.setenv("BULLETINS_MAX_TEXT_CHARS", "1000")
    record = nums("NUM-L-4", narrative="n" * 600)
    record["offender"]["description"] = "d" * 500
    with pytest.raises(RecordError) as err:
        validate_input("nums", record)
    assert err.value.field == "offender.description"
    assert "1100 characters; limit 1000" in err.value.reason


def test_advert_content_is_bounded(monkeypatch) -> None:
    monkeypatch.setenv("BULLETINS_MAX_TEXT_CHARS", "100")
    with pytest.raises(RecordError) as err:
        validate_input("desktop_research", desktop("DR-L-1", content="c" * 101))
    assert err.value.field == "content"


def test_the_limit_counts_the_cleaned_text(monkeypatch) -> None:
    monkeypatch.setenv("BULLETINS_MAX_TEXT_CHARS", "100")
    # 300 characters in, 100 after the zero-width joiners go: what the NLP gets is what counts
    datum = validate_input("nums", nums("NUM-L-5", narrative="a\u200d\u200d" * 100, offender=None))
    assert datum["narrative"] == "a" * 100


def test_far_over_the_limit_is_refused_before_cleaning_and_expansion_counts(monkeypatch) -> None:
    import schemas.json_form

    monkeypatch.setenv("BULLETINS_MAX_TEXT_CHARS", "1000")
    calls: list[int] = []
    real_clean = schemas.json_form.clean_record
    monkeypatch.setattr(schemas.json_form, "clean_record", lambda v: calls.append(1) or real_clean(v))
    with pytest.raises(RecordError, match=r"^narrative: too long \(4002 characters; limit 1000\)$"):
        validate_input("nums", nums("NUM-L-X1", narrative="a\u200d" * 2001))
    assert calls == []  # refused on its raw length: the cleaning never ran
    # 100 characters that NFKC turns into 1,800: what the NLP would get is what counts
    with pytest.raises(RecordError, match=r"^narrative: too long \(1800 characters; limit 1000\)$"):
        validate_input("nums", nums("NUM-L-X2", narrative="\ufdfa" * 100, offender=None))
    assert calls == [1]


def test_avro_path_applies_the_same_text_limit(monkeypatch) -> None:
    from schemas.json_form import check_semantics

    monkeypatch.setenv("BULLETINS_MAX_TEXT_CHARS", "100")
    _, datum = decode(_encoded(SECRET * 10), expect="nums")
    with pytest.raises(RecordError) as err:
        check_semantics("nums", datum)
    assert err.value.field == "narrative" and "Quillon" not in str(err.value)


def test_other_fields_and_arrays_are_bounded() -> None:
    limits = load_limits()
    reporter = dict(CANARY, name=SECRET * 200)
    with pytest.raises(RecordError) as err:
        validate_input("nums", nums("NUM-L-6", reporter=reporter))
    assert err.value.field == "reporter.name" and f"limit {limits.field_chars}" in err.value.reason
    assert "Quillon" not in str(err.value)
    record = nums("NUM-L-7")
    record["offender"]["phones"] = ["07700 900456"] * (limits.items + 1)
    with pytest.raises(RecordError) as err:
        validate_input("nums", record)
    assert err.value.field == "offender.phones"
    assert err.value.reason == f"too many entries ({limits.items + 1}; limit {limits.items})"


# -- the batch reader ----------------------------------------------------------------------------
def test_json_depth_ignores_brackets_in_strings() -> None:
    assert json_depth('{"a": [{"b": "[[[[{{{{\\"]]]"}]}', 100) == 3
    assert json_depth("[" * 50_000, 32) == 33  # stops early
    assert json_depth('"\\\\"[[]]', 10) == 2  # an escaped backslash ends before the quote


def test_read_lines_never_holds_an_over_long_line() -> None:
    data = b"first\n" + b"x" * 5_000_000 + b"\nthird\r\nlast-no-newline"
    stream = io.BytesIO(data)
    seen: list[bytes | TooLong] = []
    reads: list[int] = []
    original = stream.readline

    def readline(size: int = -1) -> bytes:
        chunk = original(size)
        reads.append(len(chunk))
        return chunk

    stream.readline = readline  # type: ignore[method-assign]
    seen = list(read_lines(stream, 1024))
    assert seen == [b"first\n", TooLong(5_000_000), b"third\r\n", b"last-no-newline"]
    assert max(reads) <= 64 * 1024


def test_line_exactly_at_the_limit(monkeypatch) -> None:
    monkeypatch.setenv("BULLETINS_MAX_LINE_BYTES", "2048")
    limits = load_limits()
    body = json.dumps(nums("NUM-L-8"))
    line = (body + " " * (2048 - len(body.encode()))).encode()
    assert len(line) == 2048
    lines = list(read_lines(io.BytesIO(line + b"\r\n" + line + b"  \n"), 2048))
    assert lines[1] == TooLong(2050)
    assert parse_line("nums", lines[0], limits)["report_id"] == "NUM-L-8"
    assert answer("nums", lines[1], limits) == "line: too long (2050 bytes; limit 2048)"
    # a caller handing lines over whole gets the same answer from parse_line
    with pytest.raises(RecordError, match=r"line: too long \(2049 bytes; limit 2048\)"):
        parse_line("nums", line + b" \n", limits)


def _lines_from(data: bytes) -> list[bytes | TooLong]:
    return list(read_lines(io.BytesIO(data), load_limits().line_bytes))


@pytest.fixture
def hostile_file() -> tuple[bytes, list[str | None]]:
    """Every kind of bad line between good ones; expected error prefixes (None = routed)."""
    good = [json.dumps(nums(f"NUM-L-G{i}")).encode() for i in range(3)]
    huge = json.dumps(nums("NUM-L-HUGE", narrative=SECRET + " y" * 600_000)).encode()  # ~1.2 MB line
    long_text = json.dumps(nums("NUM-L-LONG", narrative=SECRET + " z" * 15_000)).encode()
    lines = [
        (b"\xef\xbb\xbf" + good[0], None),  # a BOM opening a line is dropped
        (b"", "line: empty"),
        (b"   \t ", "line: empty"),
        (SECRET.encode("latin-1") + b" \xe9\xff\xfe {", "line: not UTF-8 (invalid byte at offset 21)"),
        (b"[" * 5000 + b"]" * 5000, "line: nested too deep (limit 32 levels)"),
        (b'{"report_id": ' + b"[" * 100_000, "line: nested too deep"),
        (huge, f"line: too long ({len(huge)} bytes; limit {1024 * 1024})"),
        (good[1] + b"\r", None),
        (b"{not json " + SECRET.encode(), "line: not valid JSON"),
        (b'"' + SECRET.encode() + b'"', "line: must be a JSON object, got str"),
        (b"[1, 2]", "line: must be a JSON object, got array"),
        (b'{"n": ' + b"9" * 5000 + b"}", "line: not valid JSON (a value is out of range)"),
        (long_text, "narrative: too long (30020 characters; limit 20000)"),
        (json.dumps({**nums("NUM-L-SEP"), "narrative": "He hit her.\u2028Then he ran."}).encode(), None),
        (good[2], None),  # last line, no newline
    ]
    data = b"\n".join(line for line, _ in lines)
    return data, [expected for _, expected in lines]


def _check_answers(outputs: list[dict], expected: list[str | None]) -> None:
    assert len(outputs) == len(expected)
    for number, (out, want) in enumerate(zip(outputs, expected, strict=True), start=1):
        if want is None:
            assert out["status"] == "routed", (number, out.get("error"))
        else:
            assert out == {"line": number, "status": "rejected", "error": out["error"]}
            assert out["error"].startswith(want), (number, out["error"])
            assert "Quillon" not in out["error"] and "07700" not in out["error"]


def test_run_batch_answers_every_line_in_order(pipeline, hostile_file) -> None:
    data, expected = hostile_file
    outputs = list(run_batch(pipeline, "nums", _lines_from(data), batch_size=4))
    _check_answers(outputs, expected)
    assert [o["id"] for o in outputs if o["status"] == "routed"] == ["NUM-L-G0", "NUM-L-G1", "NUM-L-SEP", "NUM-L-G2"]


def test_cli_process_answers_every_line(tmp_path, hostile_file) -> None:
    data, expected = hostile_file
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(data + b"\n")  # a final newline adds no line
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", "process", "--source", "nums", str(path)],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        timeout=300,
    )
    stderr = proc.stderr.decode(errors="replace")
    assert proc.returncode == 0, stderr[-2000:]
    assert "Traceback" not in stderr and "Quillon" not in stderr
    _check_answers([json.loads(line) for line in proc.stdout.decode().splitlines()], expected)
    assert stderr.strip().endswith(f"processed {len(expected)} line(s): 4 routed, {len(expected) - 4} rejected")


@pytest.mark.parametrize("target", ["missing.jsonl", "."])
def test_cli_unreadable_input_is_one_line_and_non_zero(tmp_path, target: str) -> None:
    path = tmp_path / target
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", "process", "--source", "nums", str(path)],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert proc.stderr.startswith(f"bulletins: cannot read {path}: ")
    assert "Traceback" not in proc.stderr


def test_cli_bad_limit_setting_is_a_start_up_error(tmp_path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(nums("NUM-L-9")) + "\n")
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", "process", "--source", "nums", str(path)],
        cwd=REPO,
        env=_env(BULLETINS_MAX_LINE_BYTES="a lot"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "BULLETINS_MAX_LINE_BYTES" in proc.stderr and "Traceback" not in proc.stderr


# -- the worker's path: the same limits and cleaning after Avro decoding -------------------------
def test_worker_dead_letters_over_limit_and_routes_cleaned_text(pipeline) -> None:
    import unicodedata

    from evaluation.leaks import flatten
    from streams.handling import RawMessage, handle_batch
    from streams.topics import DEADLETTER, RAW, ROUTED

    hostile = nums("NUM-L-W1", narrative="\u202eHe punched her\u202c\x07 on Westgate\u200d.\x00")
    too_large = _encoded(SECRET + " w" * 140_000)
    too_long = encode("nums", from_json(load_schema("nums"), nums("NUM-L-W2", narrative=SECRET + " v" * 15_000)))
    messages = [
        RawMessage("nums", RAW["nums"], 0, offset, key, value)
        for offset, (key, value) in enumerate(
            [
                (b"NUM-L-W1", encode("nums", from_json(load_schema("nums"), hostile))),  # written uncleaned
                (b"NUM-L-1", too_large),
                (b"NUM-L-W2", too_long),
            ]
        )
    ]
    out = handle_batch(pipeline, messages)
    dead = [to_json(decode(o.value, expect="deadletter")[1]) for o in out if o.topic == DEADLETTER]
    letters = {letter["offset"]: letter for letter in dead}
    assert letters[1]["error"] == f"message: too large ({len(too_large)} bytes; limit {256 * 1024})"
    assert letters[2]["error"] == "narrative: too long (30020 characters; limit 20000)"
    assert 0 not in letters
    routed = [to_json(decode(o.value, expect="routed")[1]) for o in out if o.topic in ROUTED.values()]
    assert routed and all(r["id"] == "NUM-L-W1" for r in routed)
    text = flatten(routed)
    assert "He punched her on Westgate." in text
    assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in text if c not in "\n\t")
