"""Repeat-offender and shared-contact correlation (the MISP idea, applied here).

A store keyed by every correlatable attribute (offender phone, registration, email,
handle in normal form; the keyed pseudonym of each advert contact number) lists the
records that carry it. The store is any MutableMapping: a faust Table in the worker
(changelogged, so it survives restarts), a dict in the batch command and tests.

Records are kept per attribute by record id, with the record's own event time: a
replay of the same record changes nothing, so counts never inflate.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from common.sources import REPORT_SOURCES, is_advert
from processors.matchers import load_file
from processors.plates import FULL as PLATE_FULL

CORRELATABLE = ("PHONE_NUMBER", "VEHICLE_REG", "EMAIL_ADDRESS", "ONLINE_HANDLE")
ADVERT_CONTACT = "ADVERT_CONTACT"
# The keyed pseudonym of an identifier: desktop research keeps numbers, handles and emails
# only so; a report's offender identifiers get the same token. Both records hold this key,
# `processors/linkage.py` lists the other side only.
IDENTIFIER_REF = "IDENTIFIER_REF"
REF_KINDS = {"PHONE_NUMBER": "phone", "ONLINE_HANDLE": "handle", "EMAIL_ADDRESS": "email"}
# Full registrations (current, prefix, suffix): exact enough to link on their own.


@dataclass(frozen=True)
class Observation:
    record_id: str
    source: str
    seen_at: str  # the record's event time, ISO-8601 (replay-stable)
    keys: tuple[str, ...]


def attribute_key(kind: str, value: str) -> str:
    return f"{kind}:{value}"


def keys_for(source: str, record: dict[str, Any]) -> tuple[str, ...]:
    """The correlatable attributes of a sanitised record: its offender identifiers that are
    his own (`linkable`), and an advert's contact numbers as keyed pseudonyms."""
    text = _text(record)
    warning = source == "desktop_research" and bool(_guards().warning_post.search(text))
    keys = {
        attribute_key(e["label"], e["normalized"])
        for e in record.get("entities", [])
        if e.get("role") == "offender"
        and e["label"] in CORRELATABLE
        and linkable(e, text)
        and not (warning and e["label"] == "ONLINE_HANDLE" and not _his_handle(e, text))
    }
    if warning:
        keys |= {attribute_key("VEHICLE_REG", plate) for plate in page_plates(text)}
    if is_advert(source):
        keys |= {attribute_key(ADVERT_CONTACT, token) for token in record.get("phone_refs", [])}
    return tuple(sorted(keys))


def linkable(entity: dict[str, Any], text: str = "") -> bool:
    """Whether an offender identifier may link records exactly. Not: a registration that is
    not a full one (a dateless-looking "had 55" or "FN55 something" read from the text is a
    fragment many cars share: the similar-offender plates compare it instead); a number on
    the never-link list, or one the text gives as a shared line ("ring the taxi firm on ...",
    "the helpline ..."): many men use those."""
    value = str(entity.get("normalized") or "")
    if entity["label"] == "ONLINE_HANDLE":
        return value not in _guards().generic_handles
    if entity["label"] == "VEHICLE_REG":
        return bool(PLATE_FULL.match(value)) or str(entity.get("evidence") or "").startswith("offender.")
    if entity["label"] != "PHONE_NUMBER":
        return True
    guards = _guards()
    if value in guards.never_link:
        return False
    written = str(entity.get("text") or "")
    return not (written and any(guards.shared_line.search(text[max(0, i - 40) : i]) for i in _find(text, written)))


def _his_handle(entity: dict[str, Any], text: str) -> bool:
    """A handle a warning page says is his ("He's on snap as taff_lux"; stop 53, dev_zc): written
    right after `his_handle_before`, every time the text gives it."""
    written = str(entity.get("text") or "").lower().lstrip("@")
    at = _find(text, written) if written else []
    rx = _guards().his_handle
    return bool(at) and all(rx.search(text[max(0, i - 40) : i]) for i in at)


# A current-format registration as a page may write it: any case, one space, a hyphen or none ("YC17-KDV"; stop 54,
# dev_zd), a hyphen between its letters and its age too ("KX-19-WQP"; stop 56, dev_zf: never a space, "car on 15
# may" is a date)
_PAGE_PLATE = re.compile(
    r"(?<![\w@/.-])([a-z]{2})-?((?:0[2-9]|1\d|2\d|5[1-9]|6\d|7\d))[ -]?([a-z]{3})(?![\w@/-])(?!\.\w)"
)


def page_plates(text: str) -> list[str]:
    """Full registrations a warning page writes in lower case or unspaced ("avoid silver A3 cx19rwt",
    stop 53, dev_zc), in normal form: only after a colour, a vehicle word or a cue (`page_plate_cue`)."""
    cue = _guards().page_plate_cue
    out = []
    for m in _PAGE_PLATE.finditer(text):
        plate = (m.group(1) + m.group(2) + m.group(3)).upper()
        if PLATE_FULL.match(plate) and cue.search(text[max(0, m.start() - 30) : m.start()]):
            out.append(plate)
    return sorted(set(out))


@dataclass(frozen=True)
class _Guards:
    shared_line: re.Pattern[str]
    never_link: frozenset[str]
    generic_handles: frozenset[str] = frozenset()
    warning_post: re.Pattern[str] = re.compile(r"(?!)")
    his_handle: re.Pattern[str] = re.compile(r"(?!)")
    page_plate_cue: re.Pattern[str] = re.compile(r"(?!)")


@cache
def _guards() -> _Guards:
    spec = load_file("linkage.yaml").get("identifier") or {}
    return _Guards(
        re.compile(spec.get("shared_line_before") or r"(?!)"),
        frozenset(spec.get("never_link") or []),
        frozenset(str(h).lower() for h in spec.get("generic_handles") or []),
        re.compile(spec.get("warning_post") or r"(?!)"),
        re.compile(spec.get("his_handle_before") or r"(?!)"),
        re.compile(spec.get("page_plate_cue") or r"(?!)"),
    )


def _text(record: dict[str, Any]) -> str:
    """The sanitised narrative (an advert's content) and description, lower case (kept
    offender values are in clear)."""
    offender = record.get("offender") or {}
    parts = (record.get("narrative"), record.get("content"), offender.get("description"))
    return " ".join(str(t) for t in parts if t).lower()


def _find(text: str, written: str) -> list[int]:
    needle = written.lower()
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


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
