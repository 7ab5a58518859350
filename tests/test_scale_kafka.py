"""Two workers of one app id on a real broker (issue 13, items 1 and 2): they share the NLP,
one of them holds the correlation state, and what they decide is what one worker decides.

A private broker of the module's own (the fault harness's: its counts must not include
other tests' records, which a fresh app id would read from the shared broker's raw topics).
The same records go through two workers (app id B) and then through one (app id A):

- every record is routed exactly to its routes, once each, by both;
- every expected link is found: a repeat offender whose three reports are put on three
  different raw partitions, three near-duplicate adverts (a cluster, the third to
  organised_crime), two reports of one man with no shared identifier (similar offenders);
- the link counts, and the state a check lookup reads, equal the single worker's (compared
  without the order in which records met: which report of a series is first may differ);
- both workers did NLP, one held the state, a check asked of either is answered the same
  (the other forwards it);
- the holder stopped, the other takes the state over and a fourth report links to all three.

Fictional records (Ofcom drama-range numbers, example.* domains). Timeouts are generous
bounds for completion, never assertions about speed.
"""

from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from typing import Any

import pytest
from kafka import KafkaProducer
from prometheus_client.parser import text_string_to_metric_families

from schemas import encode, validate_input
from streams.auth import digest
from streams.collect import Collected, collect, end_offsets
from streams.topics import DEADLETTER, RAW, ROUTED
from tests.fixtures import desktop, nums, partner
from tests.test_e2e_kafka import _http
from tests.test_fault_harness import Broker, Worker, fictional_record, local_get, private_broker

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(1500)]

TOKEN = uuid.uuid4().hex * 2
REPEAT_PHONE = "07700 900650"  # apart from the bulk records' numbers (900000-900619)
BULK = 120  # ordinary records besides the crafted ones: work for both workers' NLP
ADVERT = (
    "NEW IN {town}!! {name}, {age}yo {nat} beauty, just arrived. Sexy and discreet, incall only, 24/7. "
    "£{price} hour. Text only, my friend will reply. Hot new girls every week!! Call {phone}"
)
SLOTS = [("LEEDS", "Sasha", 21, "Romanian", 150), ("BRADFORD", "Kira", 23, "Brazilian", 120),
         ("WAKEFIELD", "Nadia", 22, "Polish", 130)]  # fmt: skip


def _offender(**fields: Any) -> dict[str, Any]:
    return {"names": [], "phones": [], "emails": [], "online_handles": [], "vehicles": [], "description": None} | fields


def _repeat(i: int) -> tuple[str, str, dict[str, Any]]:
    """Report i of one repeat offender (a timewaster: spoc only through the repeat)."""
    if i == 3:
        rid = "PS-SC-REP-3"
        return (
            "partner",
            rid,
            partner(
                rid,
                narrative=f"Outreach heard that a punter who rings from {REPEAT_PHONE} wasted her time again.",
                offender=_offender(phones=[REPEAT_PHONE]),
            ),
        )
    rid = f"NUM-SC-REP-{i}"
    return (
        "nums",
        rid,
        nums(
            rid,
            consent="anonymous_intelligence",
            incident_types=["timewaster"],
            narrative=f"Timewaster: a man booked from {REPEAT_PHONE} and never turned up.",
            offender=_offender(phones=[REPEAT_PHONE]),
            received_at=f"2026-11-1{i}T10:00:00Z",
        ),
    )


def _advert(i: int) -> tuple[str, str, dict[str, Any]]:
    town, name, age, nat, price = SLOTS[i]
    phone = f"07700 90066{i}"
    rid = f"DR-SC-AD-{i}"
    content = ADVERT.format(town=town, name=name, age=age, nat=nat, price=price, phone=phone)
    return "desktop_research", rid, desktop(rid, content=content, phones=[phone], url=None, location=None,
                                            captured_at=f"2026-11-1{i}T10:00:00Z")  # fmt: skip


SIMILAR = [
    nums(
        "NUM-SC-SIM-1",
        consent="anonymous_intelligence",
        reporter=None,
        district="Leeds",
        narrative="He said he was a taxi driver and kept calling me princess. He took the money back at knifepoint. "
        "Silver Ford Focus, the plate ending 4KD.",
        offender=_offender(description="white male, 40s, stocky, geordie accent, tattoo of a scorpion on his neck"),
    ),
    nums(
        "NUM-SC-SIM-2",
        consent="anonymous_intelligence",
        reporter=None,
        district="Bradford",
        received_at="2026-11-20T01:30:00Z",
        narrative="Bloke reckoned he was a cab driver, called her princess the whole time, then pulled a blade and "
        "had the cash back off her. Grey Focus, reg ends 4KD she thinks.",
        offender=_offender(
            description="white male, late 40s, heavy set, geordie accent, scorpion tattoo on the side of his neck"
        ),
    ),
]
# (source, id, record, raw partition): the crafted records on chosen partitions, so the
# reports of one offender and the adverts of one template arrive on different partitions
CRAFTED = [
    (*_repeat(1), 0),
    (*_repeat(2), 1),
    (*_repeat(3), 2),
    (*_advert(0), 0),
    (*_advert(1), 1),
    (*_advert(2), 2),
    ("nums", "NUM-SC-SIM-1", SIMILAR[0], 2),
    ("nums", "NUM-SC-SIM-2", SIMILAR[1], 0),
]
REPEATS = ["NUM-SC-REP-1", "NUM-SC-REP-2", "PS-SC-REP-3"]
ADVERTS = ["DR-SC-AD-0", "DR-SC-AD-1", "DR-SC-AD-2"]


@pytest.fixture(scope="module")
def broker(tmp_path_factory):
    with private_broker(tmp_path_factory.mktemp("scale-broker") / "kafka") as broker:
        yield broker


def _send(bootstrap: str, items: list[tuple[str, str, dict[str, Any], int | None]]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    for source, rid, record, partition in items:
        value = encode(source, validate_input(source, record))
        producer.send(RAW[source], key=rid.encode(), value=value, partition=partition)
    producer.flush()
    producer.close()


def _workers(broker: Broker, home, app_id: str, n: int) -> list[Worker]:
    tokens = home / "api-tokens"
    tokens.write_text(f"PC 0000:{digest(TOKEN)}:check\n")
    workers = []
    for i in range(n):
        workdir = home / f"{app_id}-{i}"
        workdir.mkdir()
        workers.append(Worker(broker.bootstrap, app_id, workdir, BULLETINS_API_TOKENS_FILE=str(tokens)))
    for w in workers:
        w.start()
    return workers


def _gauge(port: int, name: str, **labels: str) -> float:
    total = 0.0
    for family in text_string_to_metric_families(local_get(port, "/metrics")[1]):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                total += sample.value
    return total


def _wait_ready(workers: list[Worker], timeout_s: float = 300) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for w in workers:
            assert w.alive(), f"worker died:\n{w.log_tail()}"
        if all(local_get(w.web_port, "/ready")[0] == 200 for w in workers):
            return
        time.sleep(1)
    pytest.fail("not ready:\n" + "\n".join(f"{local_get(w.web_port, '/ready')}\n{w.log_tail()}" for w in workers))


def _routed_fully(c: Collected, ids: set[str]) -> bool:
    """Every id on force_intel (every accepted record goes there), and on every route its
    item names (a record's routes are read from several topics, not all at once)."""
    items = {key: item for key, item in c.by_topic.get(ROUTED["force_intel"], []) if key in ids}
    if set(items) != ids:
        return False
    return all(rid in c.ids(ROUTED[route]) for rid, item in items.items() for route in item["routes"])


def _run(broker: Broker, workers: list[Worker], start: dict, ids: set[str]) -> dict[str, dict[str, Any]]:
    collected, ok = collect(broker.bootstrap, start, lambda c: _routed_fully(c, ids), timeout_s=600)
    logs = "\n".join(w.log_tail() for w in workers)
    assert ok, f"not every record routed; logs:\n{logs}"
    # exactly its routes, once each: a clean run replays nothing (an advert routed again when
    # its cluster reached its size is an update, sent once: counted apart)
    pairs = [(topic, key, item) for topic, got in collected.by_topic.items() for key, item in got if key in ids]
    seen = Counter((topic, key) for topic, key, item in pairs if not item.get("update"))
    updates = Counter((topic, key) for topic, key, item in pairs if item.get("update"))
    assert all(n == 1 for n in updates.values()), updates
    items = {key: item for key, item in collected.by_topic[ROUTED["force_intel"]] if key in ids}
    for rid, item in items.items():
        on = {route for route, topic in ROUTED.items() if seen[(topic, rid)]}
        assert on == set(item["routes"]), rid
        assert all(seen[(ROUTED[route], rid)] == 1 for route in on), rid
    assert not (ids & collected.ids(DEADLETTER))
    return items


def _identifier(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [lk for lk in item["links"] if lk["kind"] == "identifier"]


def _signature(item: dict[str, Any]) -> tuple:
    """What correlation gave a record, for comparing runs: its routes and its links' kinds
    and counts (not which record: the first of a series differs with arrival order, and a
    series may mix sources). Similar-offender links are compared as pairs (`_similar_pairs`):
    the later record of a pair holds the link, and which is later depends on arrival."""
    links = sorted(
        (lk["kind"], lk.get("attribute") or "", lk["reports"], lk["adverts"])
        for lk in item["links"]
        if lk["kind"] != "similar_offender"
    )
    return (tuple(item["routes"]), tuple(links))


def _similar_pairs(items: dict[str, dict[str, Any]]) -> set[frozenset[str]]:
    return {
        frozenset((rid, other))
        for rid, item in items.items()
        for lk in item["links"]
        if lk["kind"] == "similar_offender"
        for other in lk["records"]
    }


def _check(port: int, identifier: str) -> dict[str, Any]:
    status, body = _http(port, "/check/", {"identifier": identifier, "why": "scale test"}, token=TOKEN)
    assert status == 200, body
    return body


def _expect_crafted(items: dict[str, dict[str, Any]], repeat_ids: list[str] = REPEATS) -> None:
    """The crafted links, whatever order the records met in: the first report of the
    repeat offender has no link, each later one links to all before it."""
    repeats = sorted((items[r] for r in repeat_ids), key=lambda i: len(_identifier(i)))
    n = len(repeats)
    assert [len(_identifier(i)) for i in repeats] == [0] + [1] * (n - 1)
    assert repeats[0]["routes"] == ["force_intel"]
    assert all(i["routes"] == ["force_intel", "spoc"] for i in repeats[1:])
    assert sorted(_identifier(i)[0]["reports"] for i in repeats[1:]) == list(range(2, n + 1))
    sizes = sorted(
        max((lk["adverts"] for lk in items[a]["links"] if lk["kind"] == "advert_cluster"), default=1) for a in ADVERTS
    )
    assert sizes == [1, 2, 3]
    # the template's wording is an exploitation signal of its own: the cluster's rule fires on the third
    clustered = [a for a in ADVERTS if "linkage.advert_cluster" in items[a]["rule_ids"]]
    assert len(clustered) == 1 and "organised_crime" in items[clustered[0]]["routes"]
    similar = [
        (rid, lk["records"]) for rid in ("NUM-SC-SIM-1", "NUM-SC-SIM-2") for lk in items[rid]["links"]
        if lk["kind"] == "similar_offender"
    ]  # fmt: skip
    assert similar in ([("NUM-SC-SIM-2", ["NUM-SC-SIM-1"])], [("NUM-SC-SIM-1", ["NUM-SC-SIM-2"])]), similar


def test_two_workers_share_the_work_and_decide_as_one(broker, tmp_path) -> None:
    bootstrap = broker.bootstrap
    bulk = [(s, rid, r, None) for s, rid, r in (fictional_record(i) for i in range(BULK))]
    items_in = CRAFTED + bulk
    ids = {rid for _, rid, _, _ in items_in}
    watched = [*ROUTED.values(), DEADLETTER]

    # Two workers first, both ready (each has raw partitions) before any input: both share it.
    two = _workers(broker, tmp_path, f"scale-two-{uuid.uuid4().hex[:6]}", 2)
    try:
        _wait_ready(two)
        start = end_offsets(bootstrap, watched)
        _send(bootstrap, items_in)
        by_two = _run(broker, two, start, ids)
        _expect_crafted(by_two)

        ports = [w.web_port for w in two]
        nlp = [_gauge(p, "bulletins_records_in_total") for p in ports]
        assert all(n > 0 for n in nlp) and sum(nlp) >= len(ids), nlp  # both did NLP (replays may add)
        held = [_gauge(p, "bulletins_correlation_held") for p in ports]
        assert sorted(held) == [0.0, 1.0], held
        holder, other = (two[0], two[1]) if held[0] else (two[1], two[0])
        # a check asked of either worker: the same answer (the other forwards it to the holder)
        answers = [_check(w.web_port, REPEAT_PHONE) for w in (holder, other)]
        assert answers[0] == answers[1]
        assert {r["id"] for r in answers[0]["records"]} == set(REPEATS)

        # The holder stops: the other takes over the state, and a fourth report links to all three.
        start = end_offsets(bootstrap, watched)
        holder.stop()
        fourth = _repeat(4)
        _send(bootstrap, [(*fourth, 1)])
        [after] = _run(broker, [other], start, {fourth[1]}).values()
        [link] = _identifier(after)
        assert sorted(link["records"]) == sorted(REPEATS) and link["reports"] == 4
        assert _gauge(other.web_port, "bulletins_correlation_held") == 1.0
        assert {r["id"] for r in _check(other.web_port, REPEAT_PHONE)["records"]} == {*REPEATS, fourth[1]}
        for w in two:
            assert "Traceback" not in w.log_path.read_text(errors="replace"), w.log_tail()
    finally:
        for w in two:
            w.stop()

    # One worker over the same records (the fourth report included), from the raw topics' start.
    start = end_offsets(bootstrap, watched)
    [one] = _workers(broker, tmp_path, f"scale-one-{uuid.uuid4().hex[:6]}", 1)
    try:
        by_one = _run(broker, [one], start, ids | {fourth[1]})
        single = _check(one.web_port, REPEAT_PHONE)
    finally:
        one.stop()
    _expect_crafted(by_one, [*REPEATS, fourth[1]])
    by_two[fourth[1]] = after
    # The same correlation counts, record for record up to the order of arrival, and the same state.
    two_sigs, one_sigs = Counter(map(_signature, by_two.values())), Counter(map(_signature, by_one.values()))
    assert two_sigs == one_sigs, (two_sigs - one_sigs, one_sigs - two_sigs)
    assert _similar_pairs(by_two) == _similar_pairs(by_one)
    assert {r["id"] for r in single["records"]} == {*REPEATS, fourth[1]}
    assert [m["reports"] for m in single["matches"]] == [4]
    for rid in ids - {r for r, _, _, _ in bulk}:  # the crafted records' own content is unchanged
        assert by_two[rid]["record"] == by_one[rid]["record"], rid
    print("\nSCALE", json.dumps({"records": len(ids) + 1, "nlp_per_worker": nlp}))
