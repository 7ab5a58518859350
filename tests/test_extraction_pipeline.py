"""Extraction inside the one processing function: one parse per record, the shared pipeline
untouched, and the new output fields valid against the routed schema (fictional data)."""

from __future__ import annotations

import copy

from schemas.codec import decode, encode, load_schema
from schemas.json_form import from_json
from tests.fixtures import desktop, nums, partner
from tests.test_extraction_support import partner_record


def _records():
    described = nums("NUM-TEST-PARSE-1")
    described["offender"]["description"] = "white male, 50s, bald, Scouse accent"
    return [
        ("nums", described),
        ("nums", nums("NUM-TEST-PARSE-2", offender=None)),
        ("desktop_research", desktop("DR-TEST-PARSE-1")),
        ("partner", partner("PS-TEST-PARSE-1")),
        ("partner", partner_record("He said his name was Corin and hit her with a bottle on Lister Street.")),
    ]


def test_each_record_is_parsed_exactly_once(pipeline, monkeypatch):
    """Redaction and extraction share one spaCy parse: count every text the model sees."""
    nlp = pipeline.nlp
    assert pipeline.nlp_engine.nlp["en"] is nlp  # Presidio wraps the same loaded pipeline
    piped: list[str] = []
    called: list[str] = []
    real_pipe = nlp.pipe
    real_call = type(nlp).__call__

    def counting_pipe(texts, *args, **kwargs):
        texts = list(texts)
        piped.extend(texts)
        return real_pipe(texts, *args, **kwargs)

    def counting_call(self, text, *args, **kwargs):
        called.append(text)
        return real_call(self, text, *args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", counting_pipe)
    monkeypatch.setattr(type(nlp), "__call__", counting_call)
    items = _records()
    results = pipeline.process_batch(items)
    assert len(results) == len(items)
    assert called == [], "nlp(text) was called: a second parse"
    assert len(piped) == len(items), "each record must be parsed once, in one batch"
    for (source, record), text in zip(items, piped, strict=True):
        narrative = record["content" if source == "desktop_research" else "narrative"]
        assert text.startswith(narrative)  # narrative and description in the same single parse
    # The failure mode this guards against is real: a second parse would show up here.
    pipeline.nlp("one more")
    assert called == ["one more"]


def test_extraction_leaves_the_shared_pipeline_and_entities_alone(pipeline):
    names_before = list(pipeline.nlp.pipe_names)
    doc = pipeline.nlp("A man in a black Audi A4 pulled a knife on Kirkgate in Wakefield.")
    ents_before = [(e.start, e.end, e.label_) for e in doc.ents]
    pipeline.extractor.extract(partner_record(doc.text), doc, [], len(doc.text), redacted=doc.text)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == ents_before
    assert list(pipeline.nlp.pipe_names) == names_before


def test_sanitised_records_carry_description_and_mo_evidence_and_encode(pipeline):
    items = _records()
    for result in pipeline.process_batch(copy.deepcopy(items)):
        output = result.output
        record = output["record"]
        assert {"mo_evidence", "entities", "indicators"} <= set(record)
        for item in record["mo_evidence"]:
            assert item["tag"] in record["mo"]
        if output["source"] != "desktop_research":
            assert "description_structured" in record
        datum = from_json(load_schema("routed"), {**output, "processed_at": "2026-11-14T10:00:00Z"})
        name, back = decode(encode("routed", datum))
        assert name == "routed"
        assert back["record"].get("mo_evidence") == record["mo_evidence"]
    first = pipeline.process_batch([copy.deepcopy(items[0])])[0].output["record"]
    desc = first["description_structured"]
    assert (desc["sex"], desc["age_min"], desc["age_max"], desc["hair"], desc["accent"]) == (
        "male",
        50,
        59,
        "bald",
        "scouse",
    )
    assert desc["vehicle"] == "silver vauxhall astra"


def test_end_to_end_offender_entities_from_the_narrative(pipeline):
    record = partner_record(
        "He said his name was Corin and hit her with a bottle on Lister Street. "
        "He rang her from 07700 900562 and drove off in a red Kia Picanto, reg YT21 BXN."
    )
    out = pipeline.process("partner", record).output["record"]
    got = {(e["label"], e["normalized"]) for e in out["entities"]}
    assert ("PHONE_NUMBER", "+447700900562") in got
    assert ("VEHICLE_REG", "YT21BXN") in got
    assert ("VEHICLE", "red kia picanto") in got
    assert ("WEAPON", "bottle") in got
    assert ("OFFENDER_NAME", "corin") in got
    assert {"violence", "weapon"} <= set(out["mo"])
    for entity in out["entities"]:
        assert entity["evidence"] and entity["role"] in ("offender", "incident")
