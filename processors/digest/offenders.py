"""Offenders across a digest's items: who to look out for, and who is a repeat offender.

Items are grouped when they share an offender identifier (phone, registration, email or
handle, in normal form): the same grouping the correlation store makes, over the items of
one digest. Names are not joined on ("Dazza", "Tom" and "Mark" are many people). A group is
a repeat offender when two or more NUM or partner reports carry one of its identifiers:
in this digest, or over all time by the correlation links the worker attached.

Each group has a draft id (`draft_id`), the handle `bulletins warning DRAFT_ID` takes:
`W-` and the first 10 hex digits of the SHA-256 of the group's first identifier in the
order phone, registration, email, handle (then sorted), as `kind:value` in normal form
(`phone:+447700900456`); a group with no identifier (a description only) is named by its
report reference instead. The same offender gets the same id in every digest and run. If
a later report adds an identifier that sorts first, the id changes; the old one still
finds the group, because a group answers to the id of each of its identifiers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from common.sources import REPORT_SOURCES
from processors.digest.items import DigestItem
from processors.vocabulary import MO_TAGS

ID_KINDS = (("phone", "phones"), ("registration", "vrms"), ("email", "emails"), ("handle", "handles"))
# Correlation link kinds of offender identifiers (an advert contact is a worker's number).
LINK_KINDS = ("PHONE_NUMBER", "VEHICLE_REG", "EMAIL_ADDRESS", "ONLINE_HANDLE")


def draft_id(anchor: str) -> str:
    return "W-" + hashlib.sha256(anchor.encode("utf-8")).hexdigest()[:10]


@dataclass
class OffenderGroup:
    items: list[DigestItem]
    identifiers: list[tuple[str, str]]  # (kind, value), in draft-id order
    links: list[dict[str, Any]] = field(default_factory=list)

    @property
    def draft_id(self) -> str:
        return draft_id(self._anchors()[0])

    def answers_to(self, wanted: str) -> bool:
        return wanted.strip().upper() in {draft_id(a).upper() for a in self._anchors()}

    def _anchors(self) -> list[str]:
        if self.identifiers:
            return [f"{kind}:{value}" for kind, value in self.identifiers]
        return [f"record:{rid}" for rid in sorted(i["id"] for i in self.items)]

    @property
    def reports_here(self) -> int:
        return len({i["id"] for i in self.items if i["source"] in REPORT_SOURCES})

    @property
    def reports(self) -> int:
        """NUM/partner reports sharing one identifier: here, or over all time by the links."""
        linked = max((lk["reports"] for lk in self.links if lk["kind"] in LINK_KINDS), default=0)
        return max(self.reports_here, linked)

    @property
    def repeat(self) -> bool:
        return self.reports >= 2

    def values(self, kind: str) -> list[str]:
        return [v for k, v in self.identifiers if k == kind]

    @property
    def mo(self) -> list[str]:
        tags = {t for i in self.items for t in i["mo"]}
        return [t for t in MO_TAGS if t in tags]

    @property
    def names(self) -> list[str]:
        return _unique(n for i in self.items if i["offender"] for n in i["offender"]["names"])

    @property
    def descriptions(self) -> list[str]:
        return _unique(i["offender"]["description"] for i in self.items if i["offender"])

    @property
    def description_parts(self) -> list[dict[str, Any]]:
        parts = [i["offender"]["description_parts"] for i in self.items if i["offender"]]
        return [p for n, p in enumerate(parts) if p and p not in parts[:n]]

    @property
    def vehicles(self) -> list[dict[str, str | None]]:
        """Each vehicle once: by registration where it has one, else as described."""
        out: list[dict[str, str | None]] = []
        for item in self.items:
            for vehicle in item["offender"]["vehicles"] if item["offender"] else []:
                same = next((v for v in out if vehicle.get("vrm") and v.get("vrm") == vehicle.get("vrm")), None)
                if same is None and vehicle not in out:
                    out.append(dict(vehicle))
                elif same is not None:  # fill in what the other report knew
                    for key, value in vehicle.items():
                        same[key] = same.get(key) or value
        return out

    @property
    def districts(self) -> list[str]:
        return _unique(i["district"] for i in self.items)

    @property
    def first_seen(self) -> str | None:
        times = [i["incident_at"] or i["at"] for i in self.items] + [lk["first_seen"] for lk in self.links]
        return min((t for t in times if t), default=None)

    @property
    def last_seen(self) -> str | None:
        times = [i["incident_at"] or i["at"] for i in self.items] + [lk["last_seen"] for lk in self.links]
        return max((t for t in times if t), default=None)


def group_offenders(items: Iterable[DigestItem]) -> list[OffenderGroup]:
    """Items with an offender, grouped by shared identifiers (union-find); repeat offenders
    first, then by the most recent report."""
    with_offender = [i for i in items if i["offender"]]
    parent = list(range(len(with_offender)))

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    owner: dict[tuple[str, str], int] = {}
    for n, item in enumerate(with_offender):
        for key in _identifiers(item):
            if key in owner:
                parent[find(n)] = find(owner[key])
            else:
                owner[key] = n
    members: dict[int, list[DigestItem]] = {}
    for n, item in enumerate(with_offender):
        members.setdefault(find(n), []).append(item)
    groups = [_group(m) for m in members.values()]
    # stable sorts, last key first: repeat offenders, then the most recent, then by id
    groups.sort(key=lambda g: g.draft_id)
    groups.sort(key=lambda g: g.last_seen or "", reverse=True)
    groups.sort(key=lambda g: not g.repeat)
    return groups


def find_group(groups: Iterable[OffenderGroup], wanted: str) -> OffenderGroup | None:
    return next((g for g in groups if g.answers_to(wanted)), None)


def _identifiers(item: DigestItem) -> list[tuple[str, str]]:
    offender = item["offender"]
    if not offender:
        return []
    return [(kind, str(v)) for kind, key in ID_KINDS for v in offender[key]]  # type: ignore[literal-required]


def _group(items: list[DigestItem]) -> OffenderGroup:
    order = {kind: n for n, (kind, _) in enumerate(ID_KINDS)}
    keys = sorted({k for i in items for k in _identifiers(i)}, key=lambda kv: (order[kv[0]], kv[1]))
    own = {i["id"] for i in items}
    links: dict[tuple[str, str | None], dict[str, Any]] = {}
    for item in items:
        for link in item["links"]:
            if link["kind"] not in LINK_KINDS:
                continue
            key = (link["kind"], link["value"])
            merged = links.setdefault(key, {**link, "records": []})
            for count in ("reports", "adverts", "more_records"):
                merged[count] = max(merged[count], link[count])
            merged["first_seen"] = min(filter(None, [merged["first_seen"], link["first_seen"]]), default=None)
            merged["last_seen"] = max(filter(None, [merged["last_seen"], link["last_seen"]]), default=None)
            merged["records"] = sorted(set(merged["records"]) | (set(link["records"]) - own))
    return OffenderGroup(sorted(items, key=lambda i: i["at"]), keys, list(links.values()))


def _unique(values: Iterable[Any]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(str(v), None)
    return list(seen)
