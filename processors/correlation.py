"""Repeat-offender and shared-contact correlation (the MISP idea, applied here).

A store keyed by every correlatable attribute (offender phone, registration, email,
handle in normal form; the keyed pseudonym of each advert contact number) lists the
records that carry it. The store is any MutableMapping: a faust Table in the worker
(changelogged, so it survives restarts), a dict in the batch command and tests.

Records are kept per attribute by record id, with the record's own event time: a
replay of the same record changes nothing, so counts never inflate.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

from common.sources import REPORT_SOURCES, is_advert

CORRELATABLE = ("PHONE_NUMBER", "VEHICLE_REG", "EMAIL_ADDRESS", "ONLINE_HANDLE")
ADVERT_CONTACT = "ADVERT_CONTACT"


@dataclass(frozen=True)
class Observation:
    record_id: str
    source: str
    seen_at: str  # the record's event time, ISO-8601 (replay-stable)
    keys: tuple[str, ...]


def attribute_key(kind: str, value: str) -> str:
    return f"{kind}:{value}"


def keys_for(source: str, record: dict[str, Any]) -> tuple[str, ...]:
    """The correlatable attributes of a sanitised record."""
    keys = {
        attribute_key(e["label"], e["normalized"])
        for e in record.get("entities", [])
        if e.get("role") == "offender" and e["label"] in CORRELATABLE
    }
    if is_advert(source):
        keys |= {attribute_key(ADVERT_CONTACT, token) for token in record.get("phone_refs", [])}
    return tuple(sorted(keys))


class Correlator:
    def __init__(self, store: MutableMapping[str, Any]) -> None:
        self.store = store

    def observe(self, obs: Observation) -> list[dict[str, Any]]:
        """Record the observation; return the links it has (other records sharing an attribute)."""
        links = []
        for key in obs.keys:
            entry = dict(self.store.get(key) or {"records": {}})
            records = dict(entry["records"])
            if obs.record_id not in records:
                records[obs.record_id] = {"source": obs.source, "seen_at": obs.seen_at}
                entry["records"] = records
                self.store[key] = entry  # reassign: a faust Table changelogs on set
            links.append(self.link(key, records, obs.record_id))
        return links

    @staticmethod
    def link(key: str, records: dict[str, dict[str, str]], own_id: str | None = None) -> dict[str, Any]:
        kind, _, value = key.partition(":")
        seen = sorted(r["seen_at"] for r in records.values())
        return {
            "kind": kind,
            "value": value,
            "records": sorted(r for r in records if r != own_id),
            "sources": sorted({r["source"] for r in records.values()}),
            "reports": sum(1 for r in records.values() if r["source"] in REPORT_SOURCES),
            "adverts": sum(1 for r in records.values() if is_advert(r["source"])),
            "first_seen": seen[0],
            "last_seen": seen[-1],
        }

    def lookup(self, key: str) -> dict[str, Any] | None:
        entry = self.store.get(key)
        return self.link(key, entry["records"]) if entry and entry.get("records") else None

    def purge(self, before: str) -> tuple[int, list[str]]:
        """Drop every record seen before `before` (ISO-8601); return (attributes removed, record ids dropped)."""
        removed = 0
        dropped: set[str] = set()
        for key in list(self.store.keys()):
            entry = self.store[key]
            keep = {rid: r for rid, r in entry["records"].items() if r["seen_at"] >= before}
            dropped |= set(entry["records"]) - set(keep)
            if not keep:
                del self.store[key]
                removed += 1
            elif len(keep) != len(entry["records"]):
                self.store[key] = {**entry, "records": keep}
        return removed, sorted(dropped)


def counts(links: list[dict[str, Any]]) -> tuple[int, int]:
    """(most reports sharing an offender attribute, most adverts sharing a contact)."""
    reports = max((lk["reports"] for lk in links if lk["kind"] != ADVERT_CONTACT), default=0)
    adverts = max((lk["adverts"] for lk in links if lk["kind"] == ADVERT_CONTACT), default=0)
    return reports, adverts
