"""Advert clusters in the stream, on the real broker (started by deploy/run-tests.sh): the
worker keeps the MinHash bands and clusters in its changelogged faust table, so the third
near-duplicate advert goes to organised_crime with the cluster's size, the two adverts
routed before the cluster existed are routed there again (an update of each, once), and
after a restart (empty local state, the table rebuilt from its changelog) a fourth joins
the same cluster without re-routing them again, nor does a replay of the first three.
Fictional adverts."""

from __future__ import annotations

import uuid

from kafka import KafkaProducer

from schemas import encode, validate_input
from streams.collect import collect, end_offsets
from streams.config import kafka_client_config
from streams.topics import RAW, ROUTED
from tests.fixtures import desktop
from tests.test_e2e_kafka import BOOTSTRAP, _drama_mobile, _fresh_app_id, _start_worker, _stop_worker, pytestmark  # noqa: F401

TEMPLATE = (
    "NEW IN {town}!! {name}, {age}yo {nat} beauty, just arrived. Sexy and discreet, incall only, 24/7. "
    "£{price} hour. Text only, my friend will reply. Hot new girls every week!! Call {phone}"
)
SLOTS = [
    ("LEEDS", "Sasha", 21, "Romanian", 150),
    ("BRADFORD", "Kira", 23, "Brazilian", 120),
    ("WAKEFIELD", "Nadia", 22, "Polish", 130),
    ("HALIFAX", "Mila", 20, "Bulgarian", 140),
]


def _advert(run: str, i: int) -> tuple[str, dict]:
    town, name, age, nat, price = SLOTS[i]
    phone = _drama_mobile()
    rid = f"DR-LK-{run}-{i}"
    content = TEMPLATE.format(town=town, name=name, age=age, nat=nat, price=price, phone=phone)
    record = desktop(rid, content=content, phones=[phone], url=None, location=None,
                     captured_at=f"2026-11-1{i}T10:00:00Z")  # fmt: skip
    return rid, record


def _send(records: list[tuple[str, dict]], log_path) -> dict[str, dict]:
    start = end_offsets(BOOTSTRAP, [ROUTED["force_intel"]])
    producer = KafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all", **kafka_client_config())
    for rid, record in records:
        value = encode("desktop_research", validate_input("desktop_research", record))
        producer.send(RAW["desktop_research"], key=rid.encode(), value=value)
    producer.flush()
    producer.close()
    ids = {rid for rid, _ in records}
    collected, ok = collect(BOOTSTRAP, start, lambda c: ids <= c.ids(ROUTED["force_intel"]), timeout_s=240)
    assert ok, f"timed out; worker log tail: {log_path.read_text()[-3000:]}"
    return {key: item for key, item in collected.by_topic[ROUTED["force_intel"]] if key in ids}


def _organised(start, done, log_path) -> dict[str, list[dict]]:
    """Every item on the organised-crime topic since `start`, by record id, once `done(items)`."""
    topic = ROUTED["organised_crime"]

    def by_id(c) -> dict[str, list[dict]]:
        items: dict[str, list[dict]] = {}
        for key, item in c.by_topic.get(topic, []):
            items.setdefault(str(key), []).append(item)
        return items

    collected, ok = collect(BOOTSTRAP, start, lambda c: done(by_id(c)), timeout_s=240)
    assert ok, f"timed out; worker log tail: {log_path.read_text()[-3000:]}"
    return by_id(collected)


def test_an_advert_cluster_forms_in_the_stream_and_survives_a_restart(tmp_path):
    app_id = _fresh_app_id("bulletin-pipeline-linkage")  # reads none of the adverts earlier runs left
    organised_start = end_offsets(BOOTSTRAP, [ROUTED["organised_crime"]])
    log_path = tmp_path / "worker.log"
    run = uuid.uuid4().hex[:8]
    adverts = [_advert(run, i) for i in range(4)]
    proc, _ = _start_worker(app_id, log_path, tmp_path / "data1")
    try:
        routed = _send(adverts[:3], log_path)
    finally:
        _stop_worker(proc)
    # processed one at a time, in any order: the first alone, the second in a pair, the third
    # makes a cluster of 3 and is routed to organised crime with the reason and the size
    sizes = sorted(max((lk["adverts"] for lk in o["links"] if lk["kind"] == "advert_cluster"), default=1)
                   for o in routed.values())  # fmt: skip
    assert sizes == [1, 2, 3]
    third = next(o for o in routed.values() if "linkage.advert_cluster" in o["rule_ids"])
    assert "organised_crime" in third["routes"]
    assert any("advert_cluster=3" in r for r in third["reasons"])
    cluster_id = next(lk["value"] for lk in third["links"] if lk["kind"] == "advert_cluster")
    # the two routed before the cluster existed: routed again to organised crime, each once,
    # with the cluster's link and why now
    earlier = {rid for rid, o in routed.items() if "linkage.advert_cluster" not in o["rule_ids"]}
    assert len(earlier) == 2
    organised = _organised(organised_start, lambda items: earlier <= set(items), log_path)
    for rid in earlier:
        [update] = [o for o in organised[rid] if o.get("update")]
        assert update["update"] == {"routes": ["organised_crime"], "trigger": third["id"],
                                    "reason": update["reasons"][0]}  # fmt: skip
        assert "re-routed to organised_crime now" in update["reasons"][0] and "not proof" in update["reasons"][0]
        [link] = [lk for lk in update["links"] if lk["kind"] == "advert_cluster"]
        assert link["value"] == cluster_id and link["adverts"] == 3
        assert sorted(link["records"]) == sorted(set(routed) - {rid})
        assert update["record"]["content"] == routed[rid]["record"]["content"]

    proc, _ = _start_worker(app_id, log_path, tmp_path / "data2")  # new process, empty local state
    try:
        fourth = _send(adverts[3:], log_path)[adverts[3][0]]
    finally:
        _stop_worker(proc)
    [link] = [lk for lk in fourth["links"] if lk["kind"] == "advert_cluster"]
    assert link["value"] == cluster_id and link["adverts"] == 4
    assert sorted(link["records"]) == sorted(rid for rid, _ in adverts[:3])
    assert "organised_crime" in fourth["routes"]
    # a replay of the first three (the same records sent again), after the restart
    proc, _ = _start_worker(app_id, log_path, tmp_path / "data3")
    try:
        _send(adverts[:3], log_path)
    finally:
        _stop_worker(proc)

    # each of the first three is routed there by the replay itself (it sees the cluster of 4)
    def replayed(items: dict[str, list[dict]]) -> bool:
        def of_four(o: dict) -> bool:
            return any(lk["kind"] == "advert_cluster" and lk["adverts"] == 4 for lk in o["links"])

        return all(any(of_four(o) and not o.get("update") for o in items.get(r, [])) for r, _ in adverts[:3])

    organised = _organised(organised_start, replayed, log_path)
    updates = sorted(o["id"] for items in organised.values() for o in items if o.get("update"))
    assert updates == sorted(earlier)  # once each, whatever came after
    assert "Error in recovery" not in log_path.read_text()
