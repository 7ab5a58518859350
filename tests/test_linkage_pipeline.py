"""Issue 12 through the one processing function: the `links` entries, the advert-cluster
route, the duty-to-notify prompt, the Avro form, and `bulletins process --state DIR`.
Fictional records only."""

from __future__ import annotations

import json
from pathlib import Path

from processors.core import Pipeline
from schemas import encode, from_json, load_schema
from streams.state import SqliteStore
from tests.fixtures import desktop, nums, partner

ADVERTS = [
    "NEW IN LEEDS!! Sasha, 21yo Romanian beauty, just arrived. Sexy and discreet, incall only, 24/7. £150 hour. "
    "Text only, my friend will reply. Hot new girls every week!! Call 07700 900811",
    "NEW IN BRADFORD!! Kira, 23yo Brazilian beauty, just arrived. Sexy and discreet, incall only 24/7. £120 hour. "
    "Text only, my friend will reply. Hot new girls every week!! Call 07700 900812",
    "New in Wakefield! Nadia 22yo Polish beauty, just arrived. Sexy & discreet, incall only, 24/7. £130 per hour. "
    "Text only - my friend will reply. Hot new girls every week! 07700 900813",
]


def advert(i: int) -> dict:
    name = ADVERTS[i].split()[3].strip(",")
    phone = ADVERTS[i].rsplit(" ", 2)[-2] + " " + ADVERTS[i].rsplit(" ", 1)[-1]
    return desktop(
        f"DR-L-{i}",
        content=ADVERTS[i],
        phones=[phone],
        url=f"https://adverts.example.com/{name.lower()}-{i}",
        captured_at=f"2026-11-1{i}T10:00:00Z",
        location=None,
    )


def routed_bytes(output: dict) -> bytes:
    return encode("routed", from_json(load_schema("routed"), dict(output, processed_at="2026-11-20T00:00:00Z")))


def test_three_near_duplicate_adverts_route_to_organised_crime_with_the_cluster_size(pipeline: Pipeline):
    pipeline.correlator.store.clear()
    outs = [pipeline.process("desktop_research", advert(i)).output for i in range(3)]
    assert not [lk for lk in outs[0]["links"] if lk["kind"] == "advert_cluster"]
    [link] = [lk for lk in outs[2]["links"] if lk["kind"] == "advert_cluster"]
    assert link["records"] == ["DR-L-0", "DR-L-1"] and link["adverts"] == 3
    assert 0.5 <= link["score"] <= 1.0 and any("cluster of 3 adverts" in r for r in link["reasons"])
    assert "organised_crime" in outs[2]["routes"]
    reason = next(r for r in outs[2]["reasons"] if r.startswith("linkage.advert_cluster"))
    assert "advert_cluster=3" in reason and "not proof" in reason
    for out in outs:
        routed_bytes(out)  # the new fields are in the Avro contract


def test_identifier_links_say_what_they_share(pipeline: Pipeline):
    pipeline.correlator.store.clear()
    pipeline.process("nums", nums("NUM-L-1"))
    out = pipeline.process("nums", nums("NUM-L-2", received_at="2026-11-15T23:30:00Z")).output
    phone = next(lk for lk in out["links"] if lk.get("attribute") == "PHONE_NUMBER")
    assert phone["kind"] == "identifier" and phone["records"] == ["NUM-L-1"] and phone["score"] == 1.0
    assert phone["value"] == "+447700900456" and "offender phone number" in phone["reasons"][0]
    assert not [lk for lk in out["links"] if lk["kind"] == "similar_offender"]  # already linked exactly
    routed_bytes(out)


def test_duty_to_notify_on_strong_indicators_only(pipeline: Pipeline):
    pipeline.correlator.store.clear()
    out = pipeline.process("partner", partner("PS-L-1")).output  # a man holds her passport
    assert "organised_crime" in out["routes"]
    duty = out["duty_to_notify"]
    assert "National Referral Mechanism" in duty["prompt"] and "s52" in duty["prompt"]
    assert "not proof" in duty["prompt"] and "first responder" in duty["decides"]
    assert duty["due"] == "2026-11-15T10:00:00Z" and "documents_held" in duty["indicators"]
    routed_bytes(out)
    calm = pipeline.process("partner", partner("PS-L-2", narrative="She asked outreach about clinic times.")).output
    assert calm["duty_to_notify"] is None


def test_process_state_links_records_across_runs(tmp_path: Path):
    from streams.cli import main

    first, second = tmp_path / "nums.jsonl", tmp_path / "partner.jsonl"
    first.write_text(json.dumps(nums("NUM-ST-1")) + "\n")
    record = partner("PS-ST-1", narrative="Outreach heard a punter rang from 07700 900456 and robbed a woman.")
    record["offender"] = {"names": [], "phones": ["07700 900456"], "emails": [], "online_handles": [], "vehicles": []}
    second.write_text(json.dumps(record) + "\n")
    state = tmp_path / "state"
    out1, out2, out3 = tmp_path / "o1.jsonl", tmp_path / "o2.jsonl", tmp_path / "o3.jsonl"
    assert main(["process", "--source", "nums", str(first), "--out", str(out1), "--state", str(state)]) == 0
    assert main(["process", "--source", "partner", str(second), "--out", str(out2), "--state", str(state)]) == 0
    linked = json.loads(out2.read_text())
    assert any(lk["kind"] == "identifier" and lk["records"] == ["NUM-ST-1"] for lk in linked["links"])
    # without --state a run starts empty, as before
    assert main(["process", "--source", "partner", str(second), "--out", str(out3)]) == 0
    assert json.loads(out3.read_text())["links"] == []
    assert len(SqliteStore(state)) > 0


def test_the_sqlite_store_is_a_mapping(tmp_path: Path):
    store = SqliteStore(tmp_path)
    store["k"] = {"records": {"r": {"seen_at": "2026-11-01T00:00:00Z"}}}
    store.commit()
    again = SqliteStore(tmp_path)
    assert again["k"]["records"]["r"]["seen_at"] == "2026-11-01T00:00:00Z" and list(again) == ["k"]
    del again["k"]
    assert again.get("k") is None and len(again) == 0
