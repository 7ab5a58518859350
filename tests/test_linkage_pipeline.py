"""Issue 12 through the one processing function: the `links` entries, the advert-cluster
route, the duty-to-notify prompt, the Avro form, and `bulletins process --state DIR`.
Fictional records only."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.core import Pipeline
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


# One template without a control signal of its own: only the cluster sends it to organised crime.
TEMPLATE = (
    "Gorgeous {name}, {age}yo, visiting {town} this week. Sensual massage and GFE, incall and outcall, hotels "
    "welcome. £{half} half hour, £{hour} hour. Pics 100% real, discreet parking nearby. Call {phone}"
)
SLOTS = [("Sasha", 24, "Leeds", 80, 140), ("Kira", 26, "Bradford", 70, 120), ("Nadia", 25, "Wakefield", 90, 150),
         ("Mila", 23, "Halifax", 60, 110)]  # fmt: skip


def template_advert(i: int) -> dict:
    name, age, town, half, hour = SLOTS[i]
    phone = f"07700 90082{i}"
    content = TEMPLATE.format(name=name, age=age, town=town, half=half, hour=hour, phone=phone)
    return desktop(f"DR-RR-{i}", content=content, phones=[phone], url=None, location=None,
                   captured_at=f"2026-11-1{i}T10:00:00Z")  # fmt: skip


def lines(*indexes: int) -> list[str]:
    return [json.dumps(template_advert(i)) for i in indexes]


def test_the_adverts_routed_before_their_cluster_reached_its_size_are_routed_again_once(pipeline: Pipeline):
    from pipeline.batch import run_batch
    from processors.advert_clusters import layout
    from schemas.codec import decode

    pipeline.correlator.store.clear()
    outs = list(run_batch(pipeline, "desktop_research", lines(0, 1, 2)))
    # one answer a line, then after the third the two earlier adverts again
    assert [(o["id"], bool(o.get("update"))) for o in outs] == [
        ("DR-RR-0", False), ("DR-RR-1", False), ("DR-RR-2", False), ("DR-RR-0", True), ("DR-RR-1", True)
    ]  # fmt: skip
    first, second, third, *updates = outs
    assert "organised_crime" not in first["routes"] and "organised_crime" not in second["routes"]
    assert "organised_crime" in third["routes"]
    cluster_id = next(lk["value"] for lk in third["links"] if lk["kind"] == "advert_cluster")
    for update, original in zip(updates, (first, second), strict=True):
        assert update["update"]["routes"] == ["organised_crime"] and update["update"]["trigger"] == "DR-RR-2"
        assert update["routes"] == ["force_intel", "organised_crime"]
        assert "linkage.advert_cluster" in update["rule_ids"] and update["record"] == original["record"]
        [link] = [lk for lk in update["links"] if lk["kind"] == "advert_cluster"]
        others = sorted({"DR-RR-0", "DR-RR-1", "DR-RR-2"} - {update["id"]})
        assert link["value"] == cluster_id and link["records"] == others and link["adverts"] == 3
        assert link["score"] >= layout().threshold and any("cluster of 3 adverts" in r for r in link["reasons"])
        reason = update["reasons"][0]
        assert reason == update["update"]["reason"]
        assert "re-routed to organised_crime now" in reason and "DR-RR-2" in reason and "not proof" in reason
        assert "before the cluster existed" in reason and cluster_id in reason
        assert not any(s in reason for s in ("07700", "Sasha", "Kira", "Leeds", "Bradford"))  # ids only
        assert any(r.startswith("linkage.advert_cluster") and "advert_cluster=3" in r for r in update["reasons"])
        _, back = decode(routed_bytes(update), expect="routed")  # the update is in the Avro contract
        assert back["id"] == update["id"] and back["update"]["trigger"] == "DR-RR-2"
    _, plain = decode(routed_bytes(first), expect="routed")
    assert plain["update"] is None
    # a fourth joins a cluster already at its size: routed there itself, nobody re-routed again
    [fourth] = run_batch(pipeline, "desktop_research", lines(3))
    assert "organised_crime" in fourth["routes"] and not fourth.get("update")
    # a replay of the same input: one answer a line (now each sees the whole cluster), no update
    again = list(run_batch(pipeline, "desktop_research", lines(0, 1, 2, 3)))
    assert [o["id"] for o in again] == [f"DR-RR-{i}" for i in range(4)] and not any(o.get("update") for o in again)
    assert all("organised_crime" in o["routes"] for o in again)


def test_process_routes_the_earlier_adverts_again_across_runs_and_only_once(tmp_path: Path, capsys):
    from streams.cli import main

    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines(0, 1)) + "\n")
    second.write_text("\n".join(lines(2)) + "\n")
    state, out = tmp_path / "state", tmp_path / "out.jsonl"

    def run(path: Path, *extra: str) -> list[dict]:
        assert main(["process", "--source", "desktop_research", str(path), "--out", str(out), *extra]) == 0
        return [json.loads(line) for line in out.read_text().splitlines()]

    assert [o["id"] for o in run(first, "--state", str(state))] == ["DR-RR-0", "DR-RR-1"]
    outs = run(second, "--state", str(state))
    assert [(o["id"], bool(o.get("update"))) for o in outs] == [("DR-RR-2", False), ("DR-RR-0", True),
                                                                ("DR-RR-1", True)]  # fmt: skip
    assert "2 earlier advert(s) routed again" in capsys.readouterr().err
    assert all(o["update"]["routes"] == ["organised_crime"] for o in outs[1:])
    assert [o["id"] for o in run(second, "--state", str(state))] == ["DR-RR-2"]  # the replay: no update
    assert [o["id"] for o in run(first, "--state", str(state))] == ["DR-RR-0", "DR-RR-1"]
    # without --state: one run, one store, the same updates
    both = tmp_path / "both.jsonl"
    both.write_text("\n".join(lines(0, 1, 2)) + "\n")
    assert [o["id"] for o in run(both) if o.get("update")] == ["DR-RR-0", "DR-RR-1"]


def test_in_the_stream_a_retry_of_the_same_delivery_resends_the_updates_and_a_new_one_does_not(pipeline: Pipeline):
    from schemas.codec import decode
    from streams.handling import Analysis, RawMessage, finish_messages
    from streams.topics import ROUTED

    items = [("desktop_research", json.loads(line)) for line in lines(0, 1, 2)]
    analysed = pipeline.analyse_batch(items)
    raw = [RawMessage("desktop_research", "raw", 0, i, None, b"") for i in range(3)]
    store: dict = {}

    def updates(deliveries: list[str]) -> list[str]:
        analysis = Analysis(analysed=list(zip(raw, analysed, strict=True)), deliveries=deliveries)
        out = finish_messages(pipeline, analysis, store, {}, received_audited=True)
        found = []
        for o in out:
            if o.topic == ROUTED["organised_crime"]:
                _, item = decode(o.value, expect="routed")
                if item["update"] is not None:
                    found.append(o.key.decode())
        return found

    assert updates(["0:10", "0:11", "0:12"]) == ["DR-RR-0", "DR-RR-1"]
    # the same batch again (a retry, or a holder restarted before its commit): sent again
    assert updates(["0:10", "0:11", "0:12"]) == ["DR-RR-0", "DR-RR-1"]
    # the same records delivered anew (the intake replayed them): already routed again, never twice
    assert updates(["0:20", "0:21", "0:22"]) == []


def test_in_the_stream_a_raw_message_analysed_twice_is_routed_once(pipeline: Pipeline):
    """The intake may hand the same raw message over twice (a rebalance between its sends and
    its commit): the second analysis, read at a new delivery, is not routed again, while a retry
    of the same delivery (the stage's own batch again, its sends perhaps lost) is; a new raw
    message with the record's id (a resubmission) is routed again too (issue 13's failover)."""
    from streams.handling import ROUTED_FROM, Analysis, RawMessage, finish_messages, public_summary
    from streams.topics import ROUTED

    record = nums("NUM-DUP-1", narrative="A man booked from 07700 900457 and hit me when I asked for the money.")
    [analysed] = pipeline.analyse_batch([("nums", record)])
    raw = RawMessage("nums", "bulletins.raw.nums", 2, 40, b"NUM-DUP-1", b"")
    store: dict = {}
    records: dict = {}

    def routed(msg: RawMessage, delivery: str) -> list[str]:
        analysis = Analysis(analysed=[(msg, analysed)], deliveries=[delivery])
        out = finish_messages(pipeline, analysis, store, records, received_audited=True)
        return sorted(o.topic for o in out if o.topic in ROUTED.values())

    first = routed(raw, "0:7")
    assert ROUTED["force_intel"] in first
    assert routed(raw, "0:7") == first  # the same delivery retried: sent again
    assert routed(raw, "0:9") == []  # the same raw message analysed again: not routed twice
    resubmitted = RawMessage("nums", "bulletins.raw.nums", 0, 3, b"NUM-DUP-1", b"")
    assert routed(resubmitted, "0:12") == first
    # the mark is the stage's own: a lookup never shows it
    assert ROUTED_FROM in records["NUM-DUP-1"] and ROUTED_FROM not in public_summary(records["NUM-DUP-1"])
