"""Correlation: links across records, replay-safe counts, purge."""

from __future__ import annotations

from processors.correlation import ADVERT_CONTACT, Correlator, Observation, counts, keys_for


def _obs(rid: str, source: str, day: int, *keys: str) -> Observation:
    return Observation(rid, source, f"2026-11-{day:02d}T10:00:00Z", keys)


def test_repeat_offender_across_reports_and_replays_do_not_inflate():
    c = Correlator({})
    key = "PHONE_NUMBER:+447700900456"
    assert counts(c.observe(_obs("N1", "nums", 1, key))) == (1, 0)
    assert counts(c.observe(_obs("P1", "partner", 2, key))) == (2, 0)
    for _ in range(5):  # a crash-and-replay delivers the same record again
        links = c.observe(_obs("P1", "partner", 2, key))
    assert counts(links) == (2, 0)
    links = c.observe(_obs("N2", "nums", 3, key))
    [link] = links
    assert link["records"] == ["N1", "P1"] and link["reports"] == 3
    assert link["first_seen"] == "2026-11-01T10:00:00Z" and link["last_seen"] == "2026-11-03T10:00:00Z"
    assert link["sources"] == ["nums", "partner"]


def test_advert_contacts_count_adverts_not_reports():
    c = Correlator({})
    key = f"{ADVERT_CONTACT}:phone:abc"
    for i in range(1, 5):
        links = c.observe(_obs(f"DR{i}", "desktop_research", i, key))
    assert counts(links) == (0, 4)


def test_keys_only_from_offender_entities_and_advert_refs():
    record = {
        "entities": [
            {"label": "PHONE_NUMBER", "normalized": "+447700900456", "role": "offender"},
            {"label": "LOCATION", "normalized": "leeds", "role": "incident"},
            {"label": "WEAPON", "normalized": "knife", "role": "offender"},
        ],
        "phone_refs": ["phone:xyz"],
    }
    assert keys_for("nums", record) == ("PHONE_NUMBER:+447700900456",)
    assert keys_for("desktop_research", record) == ("ADVERT_CONTACT:phone:xyz", "PHONE_NUMBER:+447700900456")


def test_purge_before_date():
    store: dict = {}
    c = Correlator(store)
    c.observe(_obs("OLD", "nums", 1, "VEHICLE_REG:YX62ABC", "PHONE_NUMBER:+447700900456"))
    c.observe(_obs("NEW", "nums", 20, "PHONE_NUMBER:+447700900456"))
    removed, dropped = c.purge("2026-11-10T00:00:00Z")
    assert removed == 1 and dropped == ["OLD"]
    assert c.lookup("VEHICLE_REG:YX62ABC") is None
    assert c.lookup("PHONE_NUMBER:+447700900456")["records"] == ["NEW"]
