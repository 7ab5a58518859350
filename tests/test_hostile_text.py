"""Hostile characters: normalised away before processing, and the redaction still catches
identifiers written with them, in the structured fields and in the narrative alike."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from evaluation.leaks import flatten, present
from pipeline.batch import run_batch
from schemas import decode, encode, from_json, load_schema, to_json, validate_input
from schemas.json_form import check_semantics
from schemas.text_hygiene import clean, clean_record
from tests.fixtures import CANARY, nums, partner

REPO = Path(__file__).resolve().parent.parent
ZWJ, ZWSP, ZWNJ, WJ, BOM = "\u200d", "\u200b", "\u200c", "\u2060", "\ufeff"
RLO, LRO, PDF, RLI, PDI, LRM, RLM = "\u202e", "\u202d", "\u202c", "\u2067", "\u2069", "\u200e", "\u200f"
CYR_O, CYR_A, CYR_E = "\u043e", "\u0430", "\u0435"  # о а е


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# -- the normaliser on its own -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("hostile", "plain"),
    [
        (f"077{ZWJ}00 9{ZWJ}00{ZWJ}811", "07700 900811"),
        (f"07700{ZWSP}900{WJ}811{BOM}", "07700900811"),
        (_fullwidth("07700 900811"), "07700 900811"),
        ("٠٧٧٠٠ ٩٠٠٨١١", "07700 900811"),  # Arabic-Indic digits
        (f"quill{CYR_O}n.bex@{CYR_E}x{CYR_A}mple.org", "quillon.bex@example.org"),
        (f"@v{CYR_E}lvetine_xo", "@velvetine_xo"),
        (f"{RLO}gro.elpmaxe@xeb.nolliuq{PDF}", "gro.elpmaxe@xeb.nolliuq"),
        (f"a{LRO}b{RLI}c{PDI}d{LRM}e{RLM}f\u061cg", "abcdefg"),
        ("bell\x07 nul\x00 del\x7f esc\x1b[31m c1\x9b", "bell nul del esc[31m c1"),
        (
            "one\r\ntwo\rthree\u2028four\u2029five\x85six\x0bseven\x0ceight",
            "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight",
        ),
        ("tab\tand\nnewline kept", "tab\tand\nnewline kept"),
        ("7\u0336700 soft\u00adhyphen", "7700 softhyphen"),
        ("ﬁrst ①②", "first 12"),
    ],
)
def test_hostile_forms_become_plain(hostile: str, plain: str) -> None:
    assert clean(hostile) == plain
    assert clean(clean(hostile)) == clean(hostile)


@pytest.mark.parametrize(
    "word",
    ["王秀英", "สมชาย ใจดี", "Москва", "Сергей", "Αθήνα", "José Ñúñez", "Kırıkkale", "Łucja Żółć", "محمد"],
)
def test_genuinely_non_latin_words_are_left_as_written(word: str) -> None:
    assert clean(word) == word


def test_a_homoglyph_token_with_a_real_non_latin_letter_is_left_alone() -> None:
    # "к" and "в" have no Latin twin: this is a (mixed) Cyrillic word, not a disguise
    assert clean("Sergeyевич") == "Sergeyевич"
    assert clean(f"p{CYR_A}ypal в Москве") == "paypal в Москве"


def test_clean_record_walks_every_string_in_place() -> None:
    record = {"a": f"x{ZWJ}y", "b": [f"{RLO}z", {"c": _fullwidth("12")}], "d": None, "e": 3}
    out = clean_record(record)
    assert out is record
    assert record == {"a": "xy", "b": ["z", {"c": "12"}], "d": None, "e": 3}


# -- where records are validated: JSON form and Avro-decoded alike -------------------------------
def _hostile_reporter() -> dict:
    return {
        "name": f"Quill{CYR_O}n B{CYR_E}xworth",
        "working_name": f"V{CYR_E}l{ZWJ}vetine",
        "phone": f"０７７{ZWJ}００ ９{ZWSP}００８１１",
        "email": f"quill{CYR_O}n.b{CYR_E}x@ex{CYR_A}mple.org",
        "address": f"27 M{CYR_A}rrowby Crescent, Ossett WF5 9QZ{RLO}",
        "date_of_birth": "1994-03-17",
        "online_handles": [f"@v{CYR_E}lvetin{CYR_E}_xo"],
    }


def test_validate_input_cleans_structured_fields_and_text() -> None:
    record = nums("NUM-HT-1", reporter=_hostile_reporter(), narrative=f"He hit her.{RLO} {BOM}She ran\x07.")
    out = to_json(validate_input("nums", record))
    assert out["reporter"]["phone"] == "07700 900811"
    assert out["reporter"]["email"] == CANARY["email"]
    assert out["reporter"]["online_handles"] == CANARY["online_handles"]
    assert out["reporter"]["working_name"] == "Velvetine"
    assert out["narrative"] == "He hit her. She ran."


def test_avro_decoded_records_are_cleaned_by_check_semantics() -> None:
    """The worker decodes, then calls check_semantics: the same cleaning as the JSON path."""
    record = nums("NUM-HT-2", reporter=_hostile_reporter(), narrative=f"{RLO}Robbed{PDF} at\x00 Westgate.")
    raw = encode("nums", from_json(load_schema("nums"), record))  # written as-is by a careless producer
    _, datum = decode(raw, expect="nums")
    assert datum["reporter"]["email"] != CANARY["email"]  # still hostile after decoding
    check_semantics("nums", datum)
    assert datum["reporter"]["email"] == CANARY["email"]
    assert datum["narrative"] == "Robbed at Westgate."


def test_text_of_only_invisible_characters_is_empty() -> None:
    from schemas import RecordError

    with pytest.raises(RecordError) as err:
        validate_input("nums", nums("NUM-HT-3", narrative=f"{ZWJ}{RLO}\x00\x07{BOM}"))
    assert err.value.field == "narrative" and err.value.reason == "must not be empty"


# -- the redaction still catches them: in-process and through `bulletins process` ----------------
_PLAIN_NARRATIVE = (
    "Quillon was picked up on Westgate by a man in a silver Vauxhall Astra. He punched her and took "
    "the money back. He had rung her from 07700 900456. "
)


def _narrative(hostile: bool) -> str:
    """The reporter's values told as if they were the offender's: only the deny list built from
    the record's own (cleaned) victim fields can take them out, so a form the cleaning misses
    on either side shows up in the output."""
    if not hostile:
        return _PLAIN_NARRATIVE + (
            "He then rang her from 07700 900811 and emailed from quillon.bex@example.org; "
            "his handle is @velvetine_xo. Velvetine said Bexworth knew him."
        )
    return (
        f"{RLO}{_PLAIN_NARRATIVE}{PDF}"
        f"He then rang her from 077{ZWJ}00 9{ZWJ}00{ZWJ}811, and again from {_fullwidth('07700 900811')}, "
        f"and emailed from quill{CYR_O}n.b{CYR_E}x@ex{CYR_A}mple.org; his handle is @v{CYR_E}lvetine_xo.\x07\x00 "
        f"V{CYR_E}l{ZWJ}vetine said B{CYR_E}xworth knew him."
    )


CASES = {
    "structured": (True, False),
    "narrative": (False, True),
    "both": (True, True),
}


def _record(case: str, record_id: str) -> dict:
    hostile_fields, hostile_text = CASES[case]
    reporter = _hostile_reporter() if hostile_fields else dict(CANARY)
    return nums(record_id, reporter=reporter, narrative=_narrative(hostile_text))


def _reporter_forms() -> list[str]:
    """Every form of the reporter's values a leak could take: plain, hostile, half-cleaned."""
    hostile = _hostile_reporter()
    forms = [v for k, v in CANARY.items() if isinstance(v, str) and k != "date_of_birth"]
    forms += [*CANARY["online_handles"], "Quillon", "Bexworth", "Velvetine", "07700900811", "7700900811"]
    forms += [v for k, v in hostile.items() if isinstance(v, str) and k != "date_of_birth"]
    forms += hostile["online_handles"] + [f"quill{CYR_O}n", _fullwidth("07700 900811"), "quillon.bex", "velvetine_xo"]
    return forms


def _assert_no_reporter_value(output: dict) -> None:
    text = flatten(output)
    digits = "".join(c for c in text if c.isdigit())
    assert "7700900811" not in digits.replace("7700900456", ""), "the reporter's number leaked (digits)"
    for form in _reporter_forms():
        assert not present(form, text), "a reporter value leaked"
        assert form.lower() not in text.lower(), "a reporter value leaked (substring)"


def _assert_no_invisible(output: dict) -> None:
    for char in flatten(output):
        if char in "\n\t":
            continue
        assert unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn"), f"U+{ord(char):04X} in output"


@pytest.mark.parametrize("case", sorted(CASES))
def test_redaction_catches_hostile_identifiers(pipeline, case: str) -> None:
    [out] = list(run_batch(pipeline, "nums", [json.dumps(_record(case, f"NUM-HT-{case}"))]))
    assert out["status"] == "routed"
    _assert_no_reporter_value(out)
    _assert_no_invisible(out)
    # the offender's number is intelligence and is kept
    assert ("PHONE_NUMBER", "+447700900456") in {(e["label"], e["normalized"]) for e in out["record"]["entities"]}


@pytest.mark.parametrize("case", sorted(CASES))
def test_without_hygiene_the_hostile_forms_would_pass(pipeline, monkeypatch, case: str) -> None:
    """Shows the tests above can fail: switch the cleaning off and a reporter value leaks."""
    import schemas.json_form

    monkeypatch.setattr(schemas.json_form, "clean_record", lambda value: value)
    [out] = list(run_batch(pipeline, "nums", [json.dumps(_record(case, f"NUM-HT-off-{case}"))]))
    with pytest.raises(AssertionError):
        _assert_no_reporter_value(out)
    if CASES[case][1]:  # hostile narrative: the override would reach the routed text
        with pytest.raises(AssertionError):
            _assert_no_invisible(out)


def test_bulletins_process_output_holds_no_reporter_value_in_any_form(tmp_path) -> None:
    lines = [json.dumps(_record(case, f"NUM-HT-CLI-{case}"), ensure_ascii=False) for case in sorted(CASES)]
    lines.append(
        json.dumps(
            partner(
                "PS-HT-CLI-1",
                subject=_hostile_reporter(),
                narrative=_narrative(True).replace("Her own", "The subject's"),
            ),
            ensure_ascii=False,
        )
    )
    source = tmp_path / "hostile.jsonl"
    source.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    partner_file = tmp_path / "hostile_partner.jsonl"
    partner_file.write_text(lines[3] + "\n", encoding="utf-8")
    for src, path, expected in (("nums", source, 3), ("partner", partner_file, 1)):
        proc = subprocess.run(
            [sys.executable, "-m", "streams.cli", "process", "--source", src, str(path)],
            cwd=REPO,
            env=dict(os.environ),
            capture_output=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
        outputs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
        assert len(outputs) == expected
        for out in outputs:
            assert out["status"] == "routed", out.get("error")
            _assert_no_reporter_value(out)
            _assert_no_invisible(out)
        for form in _reporter_forms():
            assert form.lower() not in proc.stderr.decode(errors="replace").lower()
