"""Every link a record has: shared identifiers, similar offenders, advert clusters.

One store for all three (the worker's changelogged `correlation` table; a dict, or the
`--state` folder, in the batch path). Every entry has the correlation store's shape,
`{"records": {id: {"source", "seen_at", ...}}}`, so replays change nothing and retention
erases linkage state with the identifiers, by the record's own event time.

A link on a routed item (records.md, issue 12):
`{"kind": "identifier" | "similar_offender" | "advert_cluster", "records": [ids],
"score": float, "reasons": [...]}`, plus `attribute` and `value` (the identifier's kind
and normal form; the cluster's id) and the counts the rules read.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from dataclasses import dataclass, replace
from typing import Any

from common import normalise
from processors import offender_profile
from processors.advert_clusters import AdvertClusters, Cluster
from processors.correlation import (
    ADVERT_CONTACT,
    IDENTIFIER_REF,
    REF_KINDS,
    REPORT_SOURCES,
    Correlator,
    Observation,
    attribute_key,
)
from processors.plates import CURRENT
from processors.similar_offenders import Found, Match, SimilarOffenders
from redaction.pseudonym import Pseudonymiser, load_key

IDENTIFIER = "identifier"
SIMILAR = "similar_offender"
CLUSTER = "advert_cluster"
KINDS = (IDENTIFIER, SIMILAR, CLUSTER)
MAX_SIMILAR = 10  # similar-offender links listed per record, the best first
MAX_SERIES = 50  # other reports of the series listed
SERIES_DISCOUNT = 0.9  # a report linked through another is a step further away
CHAIN_STEPS = 3  # reports an identifier chain reaches through, at most, beyond the direct links
# A record's own offender identifier keys, by record (`{"records": {id: {..., "keys": [...]}}}`, the
# store's shape, so retention erases it): what an identifier chain reads through a report
KEYS = "ID:keys:"
CHAIN = "IDENTIFIER_CHAIN"
_CHAINED = ("PHONE_NUMBER", "VEHICLE_REG", "EMAIL_ADDRESS", "ONLINE_HANDLE")
_WHAT = {
    "PHONE_NUMBER": "offender phone number",
    "VEHICLE_REG": "offender vehicle registration",
    "EMAIL_ADDRESS": "offender email address",
    "ONLINE_HANDLE": "offender online handle",
    ADVERT_CONTACT: "advert contact number (keyed pseudonym)",
}
_CROSS = {
    "report": "offender {what}, also in desktop research (matched by its keyed pseudonym)",
    "research": "{what}, an offender's in a report (matched by its keyed pseudonym)",
}
_REF_WHAT = {"phone": "phone number", "handle": "online handle", "email": "email address"}
# The start of a current-format registration (two letters, the age, one or two letters more) and a full one
# (`Linker.plate_starts`): the store keys of the reports giving each, `{"records": {id: {..., "car", "plate"}}}`
_PLATE_START = re.compile(r"^[A-Z]{2}\d{2}[A-Z]{1,2}$")
START = "ID:plate_start:"
FULL_AT = "ID:plate_full:"
PLATE_START = "VEHICLE_REG_START"
# A page's own offender identifier kinds met as other pages' keyed pseudonyms (`Linker.own_refs`): not a phone, which an
# advert gives as a worker's contact
_OWN_REF_KINDS = ("ONLINE_HANDLE", "EMAIL_ADDRESS")
OWN = "own"  # the mark on a keyed pseudonym's record that the page gives it in clear as his own


@dataclass(frozen=True)
class Subject:
    """What the linker needs of a record: its id, source, event time, identifier keys and
    sanitised form (never the raw record)."""

    observation: Observation
    sanitised: dict[str, Any]


class Linker:
    """Drop-in for `Correlator` in the pipeline: same store, same `lookup` and `purge`."""

    def __init__(self, store: MutableMapping[str, Any], pseudonymiser: Pseudonymiser | None = None) -> None:
        self.store = store
        self._pseudonymiser = pseudonymiser
        self.identifiers = Correlator(store)
        self.similar = SimilarOffenders(store)
        self.adverts = AdvertClusters(store)

    def observe(self, subject: Subject | Observation) -> list[dict[str, Any]]:
        if isinstance(subject, Observation):  # identifiers only (callers without a record)
            return [identifier_link(lk) for lk in self.identifiers.observe(subject)]
        obs, record = subject.observation, subject.sanitised
        obs = self.identifier_keys(obs, record)
        links = [identifier_link(lk) for lk in self.identifiers.observe(obs)]
        links += self.chain(obs, links, record)
        links += self.own_refs(obs, links)
        links += self.plate_starts(obs, links, record)
        crossed = [cross_link(lk, obs.source, self.store) for lk in links if lk["attribute"] == IDENTIFIER_REF]
        links = [lk for lk in links if lk["attribute"] != IDENTIFIER_REF] + [lk for lk in crossed if lk["records"]]
        linked = {r for lk in links if lk["attribute"] != ADVERT_CONTACT for r in lk["records"]}
        profile = offender_profile.build(obs.source, record)
        if profile is not None:
            found = self.similar.observe(obs.record_id, obs.source, obs.seen_at, profile, linked)
            links += [similar_link(m, self.store) for m in found.matches[:MAX_SIMILAR]]
            if found.series and found.matches:
                links.append(series_link(found, self.store))
        if obs.source == "desktop_research":
            contacts, names = record.get("phone_refs") or [], record.get("name_refs") or []
            cluster = self.adverts.observe(
                obs.record_id, obs.seen_at, str(record.get("content") or ""), contacts, names
            )
            if cluster is not None:
                links.append(cluster_link(cluster, self.adverts.lay.max_cluster))
        return links

    def chain(
        self, obs: Observation, links: list[dict[str, Any]], record: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Reports further along a chain of identifiers (stop 41; up to `CHAIN_STEPS` reports on, stop 56): a report
        sharing his phone with a report that also gives his registration is linked to the reports
        with that registration ("0113 496 0552" in one, the same number and "YE16 WPN" in a
        second, "ye16wpn" in a third). Only through a report (its identifiers are the one
        man's, `keys_for`), never a page listing many men's numbers; only his own identifier
        kinds, never an advert's contact. A page's keyed pseudonym that meets a report's offender
        identifier is that identifier (stop 51, dev_za: a hostile post giving an offender's email as its
        contact, the email in a report that also gives his registration): the chain runs on through
        that report, as it would from the identifier itself (the pages it meets give no keys)."""
        own = [k for k in obs.keys if k.partition(":")[0] in _CHAINED]
        refs = [k for k in obs.keys if k.partition(":")[0] == IDENTIFIER_REF]
        if (obs.source in REPORT_SOURCES and own) or (record is not None and _one_mans_page(obs, own, refs, record)):
            # ... with their keyed pseudonyms: a page giving his email (as a pseudonym) is reached through a report
            # that gives the email and his phone, as the reports giving the email are (stop 52, dev_zb)
            mine = {"source": obs.source, "seen_at": obs.seen_at, "keys": own + refs}
            self.store[KEYS + obs.record_id] = {"records": {obs.record_id: mine}}
        # a report's offender identifier met as a page's keyed pseudonym reaches that page too, and through it (if it is
        # one man's page: only those keep their keys) the reports of its other identifiers (stop 58, dev_zm: his handle
        # in a report, the same handle and his plate in a watch post, the plate and his phone in a second report)
        kinds = {*_CHAINED, IDENTIFIER_REF}
        direct = {r for lk in links if lk["attribute"] in kinds for r in lk["records"]}
        far: dict[str, tuple[str, str]] = {}
        # ... and on, through the reports so reached, up to `CHAIN_STEPS` reports away (stop 56, dev_zf: his own post
        # gives his handle, a report the handle and his plate, a second the plate and his phone, a third the phone)
        step, frontier = 0, sorted(direct)
        while frontier and step < CHAIN_STEPS:
            step += 1
            reached: list[str] = []
            for mid in frontier:
                entry = (self.store.get(KEYS + mid) or {}).get("records", {}).get(mid) or {}
                page = entry.get("source") == "desktop_research"
                if page and (obs.source not in REPORT_SOURCES or step > 1):
                    continue  # a page of one man is a step between two reports, never from a page to a page
                for key in sorted(set(entry.get("keys") or []) - set(obs.keys)):
                    if obs.source == "desktop_research" and key.partition(":")[0] == IDENTIFIER_REF:
                        continue  # a page reaches the reports of a report's identifiers, never other pages through it
                    for other, held in sorted((self.store.get(key) or {}).get("records", {}).items()):
                        if (page or step > 1) and held.get("source") not in REPORT_SOURCES:
                            continue  # ... and reaches reports only (its poster's other pages are no man's)
                        if other != obs.record_id and other not in direct and other not in far:
                            far[other] = (mid, key)
                            reached.append(other)
            frontier = sorted(set(reached))
        return [chain_link(far, self.store)] if far else []

    def plate_starts(
        self, obs: Observation, links: list[dict[str, Any]], record: dict[str, Any]
    ) -> list[dict[str, Any]]:
        """A report giving the start of his registration on the form ("KN68 V", "didn't get the rest") and its car,
        and a report giving a full registration that starts so on a car of the same make and colour (stop 59, dev_zi):
        his plate, read as far as she could. Only a current-format start of at least five characters (two letters, the
        age, one letter more: one car in a few hundred of that age and area), only from the form's vehicles (the make
        and colour beside it), and only when both reports give the make and the colour and they agree."""
        if obs.source not in REPORT_SOURCES:
            return []
        mine: list[tuple[str, str, str]] = []  # (plate or start, make, colour) of the form's vehicles
        for v in (record.get("offender") or {}).get("vehicles") or []:
            plate = normalise.vrm(str(v.get("vrm") or ""))  # as the record's keys have it
            make, colour = str(v.get("make") or "").strip().lower(), str(v.get("colour") or "").strip().lower()
            start = CURRENT.match(plate) or _PLATE_START.match(plate)
            if make and colour and start and attribute_key("VEHICLE_REG", plate) in obs.keys:
                mine.append((plate, make, colour))
        linked = {r for lk in links for r in lk["records"]}
        far: dict[str, tuple[str, dict[str, Any]]] = {}  # record -> (the full plate, what the store holds of it)
        for plate, make, colour in mine:
            car = f"{make}|{colour}"
            full = bool(CURRENT.match(plate))
            # a full plate meets the starts given before it; a start meets the full plates (and is kept for later ones)
            look = [f"{START}{plate[:n]}" for n in (5, 6)] if full else [f"{FULL_AT}{plate}"]
            for key in look:
                for other, held in sorted((self.store.get(key) or {}).get("records", {}).items()):
                    if other != obs.record_id and other not in linked and held.get("car") == car:
                        far.setdefault(other, (plate if full else str(held.get("plate") or ""), held))
            keep = [f"{FULL_AT}{plate[:n]}" for n in (5, 6)] if full else [f"{START}{plate}"]
            for key in keep:
                entry = dict(self.store.get(key) or {"records": {}})
                if obs.record_id not in entry["records"]:
                    held_by = {**entry["records"], obs.record_id: {"source": obs.source, "seen_at": obs.seen_at,
                                                                  "car": car, "plate": plate}}  # fmt: skip
                    self.store[key] = {**entry, "records": held_by}
        if not far:
            return []
        seen = sorted(str(held.get("seen_at") or obs.seen_at) for _, held in far.values())
        return [
            {
                "kind": IDENTIFIER,
                "attribute": PLATE_START,
                "value": ",".join(sorted({plate for plate, _ in far.values()})),
                "records": sorted(far),
                "sources": sorted({str(held.get("source") or "") for _, held in far.values()} - {""}),
                "reports": len(far),
                "adverts": 0,
                "first_seen": seen[0],
                "last_seen": seen[-1],
                "score": 0.9,
                "reasons": [
                    "the start of his registration as one report read it, the full registration in the other, on a car "
                    "of the same make and colour: his plate, read as far as she could"
                ],
            }
        ]

    def own_refs(self, obs: Observation, links: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A page's own offender handle or email, kept in clear (the extraction read it as his: his byline on a post
        boasting of an offence), meets the other pages giving it only as a keyed pseudonym (stop 59, dev_zi: his story
        doxxing a worker, its byline redacted, and his forum post boasting of a runner under the same handle in clear).
        Its pseudonym is kept apart from the page's keys (a chain reads those) and marked his own (`OWN`), so the
        pages giving it link whichever comes first (`cross_link`); the records linked already are not listed again."""
        if obs.source != "desktop_research":
            return []
        keys = sorted(
            attribute_key(IDENTIFIER_REF, self.pseudonymiser.token(REF_KINDS[kind], value))
            for kind, _, value in (k.partition(":") for k in obs.keys)
            if kind in _OWN_REF_KINDS
        )
        keys = [k for k in keys if k not in obs.keys]
        if not keys:
            return []
        found = self.identifiers.observe(replace(obs, keys=tuple(keys)))
        for key in keys:
            entry = dict(self.store.get(key) or {"records": {}})
            records = dict(entry["records"])
            if obs.record_id in records and not records[obs.record_id].get(OWN):
                records[obs.record_id] = {**records[obs.record_id], OWN: True}
                self.store[key] = {**entry, "records": records}  # reassign: a faust Table changelogs on set
        linked = {r for lk in links for r in lk["records"]}
        out = []
        for lk in found:
            rest = [r for r in lk["records"] if r not in linked]
            if rest:
                out.append({**identifier_link({**lk, "records": rest}), OWN: True})
        return out

    def identifier_keys(self, obs: Observation, record: dict[str, Any]) -> Observation:
        """The record's keys, with two guards the record's own fields allow. A number a report
        gives as the offender's that is the reporter's (or the partner's subject's) own, by
        her pseudonym, links nothing: a slip of the form, never his. And a report's offender
        numbers, handles and emails meet desktop research's through their keyed pseudonyms
        (`IDENTIFIER_REF`): a worker's forum warning ("AVOID 07700 ...") or a review whose author
        was not read as the offender keeps them only as pseudonyms."""
        keys = set(obs.keys)
        if obs.source in REPORT_SOURCES:
            own = {record.get("reporter_ref"), record.get("subject_ref")} - {None}
            for key in obs.keys:
                kind, _, value = key.partition(":")
                if kind == "PHONE_NUMBER" and self.pseudonymiser.token("person", value) in own:
                    keys.discard(key)
                elif kind in REF_KINDS:
                    keys.add(attribute_key(IDENTIFIER_REF, self.pseudonymiser.token(REF_KINDS[kind], value)))
        elif obs.source == "desktop_research":
            refs = [t for field in ("phone_refs", "handle_refs", "email_refs") for t in record.get(field) or []]
            keys |= {attribute_key(IDENTIFIER_REF, token) for token in refs}
        return replace(obs, keys=tuple(sorted(keys)))

    def keyed_with(self, pseudonymiser: Pseudonymiser) -> None:
        """Use the pipeline's pseudonymiser unless one was given."""
        self._pseudonymiser = self._pseudonymiser or pseudonymiser

    @property
    def pseudonymiser(self) -> Pseudonymiser:
        """The pipeline's key (the same tokens as the adverts' `phone_refs`), loaded when first needed."""
        if self._pseudonymiser is None:
            self._pseudonymiser = Pseudonymiser(load_key())
        return self._pseudonymiser

    def lookup(self, key: str) -> dict[str, Any] | None:
        return self.identifiers.lookup(key)

    def purge(self, before: str) -> tuple[int, list[str]]:
        return self.identifiers.purge(before)  # every entry has the same shape


def _one_mans_page(obs: Observation, own: list[str], refs: list[str], record: dict[str, Any]) -> bool:
    """Desktop research that is a step in an identifier chain between two reports (stop 53, dev_zc: a
    warning giving his handle and the phone he now texts from, between a report of the handle and one
    of the phone): a warning of one man, or his own post, that gives at most one identifier of each
    kind (a block list of many men's numbers, or the poster's handle beside his, is no one man's)."""
    if obs.source != "desktop_research" or not own or (not refs and len(own) < 2):
        return False
    kinds = [k.partition(":")[0] for k in own] + [k.split(":")[1] for k in refs]
    kinds = ["phone" if k == "PHONE_NUMBER" else "handle" if k == "ONLINE_HANDLE" else "email"
             if k == "EMAIL_ADDRESS" else k for k in kinds]  # fmt: skip
    if len(kinds) != len(set(kinds)):
        return False
    return offender_profile.warns_of_a_man(record) or offender_profile.own_account(record)


def identifier_link(link: dict[str, Any]) -> dict[str, Any]:
    """A correlation link in the issue-12 form: exact, so its score is 1."""
    attribute = link["kind"]
    n = len(link["records"])
    return {
        **link,
        "kind": IDENTIFIER,
        "attribute": attribute,
        "score": 1.0,
        "reasons": [f"same {_WHAT.get(attribute, attribute.lower())} as {n} other record{'s' * (n != 1)}"],
    }


def chain_link(far: dict[str, tuple[str, str]], store: MutableMapping[str, Any]) -> dict[str, Any]:
    """The reports reached through another report's identifiers (`Linker.chain`): record ->
    (the report between, the identifier key it shares with the record)."""
    held = {r: (store.get(key) or {}).get("records", {}).get(r, {}) for r, (_, key) in far.items()}
    seen = sorted(str(v.get("seen_at") or "") for v in held.values())
    via = "; ".join(sorted({f"{_WHAT.get(key.partition(':')[0], key)} of {mid}" for mid, key in far.values()}))
    return {
        "kind": IDENTIFIER,
        "attribute": CHAIN,
        "value": ",".join(sorted({mid for mid, _ in far.values()})),
        "records": sorted(far),
        "sources": sorted({str(v.get("source")) for v in held.values()}),
        "reports": sum(1 for v in held.values() if v.get("source") in REPORT_SOURCES),
        "adverts": 0,
        "first_seen": seen[0],
        "last_seen": seen[-1],
        "score": 1.0,
        "reasons": [f"same man by a chain of identifiers: one shared with a report that also gives the {via}"],
    }


def cross_link(link: dict[str, Any], source: str, store: MutableMapping[str, Any]) -> dict[str, Any]:
    """An `IDENTIFIER_REF` link lists the other side only (a report's: the desktop research; the
    research's: the reports): reports sharing the number link by `PHONE_NUMBER` already,
    adverts by `ADVERT_CONTACT`. A research record's lists the other pages giving it too once
    a report gives it as the offender's: then it is his identifier, not only a page's contact."""
    mine = bool(link.get(OWN))
    link = {k: v for k, v in link.items() if k != OWN}  # a mark for this function only, not the link's
    side = "report" if source in REPORT_SOURCES else "research"
    held = (store.get(attribute_key(IDENTIFIER_REF, link["value"])) or {}).get("records", {})
    other = {r: str(v.get("source")) for r, v in held.items()}
    records = [r for r in link["records"] if (other.get(r) in REPORT_SOURCES) == (side == "research")]
    reasons = []
    if side == "research" and not records:
        # ... or once a page gives it in clear as his own (`Linker.own_refs`: this page, or the other one): the pages
        # giving it are his (stop 59, dev_zi)
        pages = [
            r for r in link["records"] if other.get(r) not in REPORT_SOURCES and (mine or held.get(r, {}).get(OWN))
        ]
        if pages:
            n = len(pages)
            what = _REF_WHAT.get(str(link["value"]).partition(":")[0], "identifier")
            why = f"same {what} as {n} other page{'s' * (n != 1)} (matched by its keyed pseudonym), one page giving it"
            return {**link, "records": pages, "reasons": [f"{why} in clear as an offender's"]}
    if side == "research" and records:
        # ... and the other pages giving it, once a report gives it as the offender's: his identifier, not only a
        # page's contact (stop 57, dev_zl: a controller's booking handle in an advert and in his own channel's post,
        # a report naming him by it; his number in an advert and in a review that says he answers it)
        pages = [r for r in link["records"] if other.get(r) not in REPORT_SOURCES]
        if pages:
            records = sorted(records + pages)
            reasons = [f"the same keyed pseudonym in {len(pages)} other page(s), an offender's by a report"]
    n = len(records)
    what = _CROSS[side].format(what=_REF_WHAT.get(str(link["value"]).partition(":")[0], "identifier"))
    return {**link, "records": records, "reasons": [f"same {what} as {n} other record{'s' * (n != 1)}", *reasons]}


def similar_link(match: Match, store: MutableMapping[str, Any]) -> dict[str, Any]:
    entry = (store.get(f"SO:profile:{match.record_id}") or {}).get("records", {}).get(match.record_id, {})
    seen = str(entry.get("seen_at") or "")
    return {
        "kind": SIMILAR,
        "attribute": "",
        "value": "",
        "records": [match.record_id],
        "sources": [str(entry.get("source") or "")],
        "reports": 1,
        "adverts": 0,
        "first_seen": seen,
        "last_seen": seen,
        "score": match.score,
        "reasons": [
            *match.reasons,
            "no shared identifier: a reason to compare the reports, not proof that one man did both",
        ],
    }


def series_link(found: Found, store: MutableMapping[str, Any]) -> dict[str, Any]:
    """The other reports of the series the direct matches belong to."""
    best = found.matches[0]
    seen = sorted(
        str((store.get(f"SO:profile:{r}") or {}).get("records", {}).get(r, {}).get("seen_at") or "")
        for r in found.series
    )
    direct = ", ".join(m.record_id for m in found.matches[:3])
    return {
        "kind": SIMILAR,
        "attribute": "",
        "value": found.series_id,
        "records": found.series[:MAX_SERIES],
        "sources": [],
        "reports": len(found.series),
        "adverts": 0,
        "first_seen": seen[0] if seen else "",
        "last_seen": seen[-1] if seen else "",
        "score": round(best.score * SERIES_DISCOUNT, 3),
        "reasons": [
            f"in one series with {direct}: linked to it earlier as a similar offender (series {found.series_id})",
            "no shared identifier: a reason to compare the reports, not proof that one man did both",
        ],
    }


def cluster_link(cluster: Cluster, max_listed: int) -> dict[str, Any]:
    best = max(cluster.neighbours.values(), default=0.0)
    reasons = [
        f"near-duplicate of {len(cluster.neighbours)} advert(s) (estimated text similarity up to {best:.2f}): one "
        "template with names, ages, places and numbers changed",
        f"cluster of {cluster.size} adverts from one template",
    ]
    return {
        "kind": CLUSTER,
        "attribute": "",
        "value": cluster.cluster_id,
        "records": cluster.members[:max_listed],
        "sources": ["desktop_research"],
        "reports": 0,
        "adverts": cluster.size,
        "first_seen": cluster.first_seen,
        "last_seen": cluster.last_seen,
        "score": best,
        "reasons": reasons,
    }


def facts(links: list[dict[str, Any]]) -> dict[str, int]:
    """What the routing rules read of the links (beside `repeat_reports` and `advert_links`)."""
    return {
        "advert_cluster": max((lk["adverts"] for lk in links if lk["kind"] == CLUSTER), default=0),
        "similar_reports": sum(len(lk["records"]) for lk in links if lk["kind"] == SIMILAR),
    }


def counts(links: list[dict[str, Any]]) -> tuple[int, int]:
    """(most reports sharing an offender identifier, most adverts sharing a contact)."""
    ids = [lk for lk in links if lk["kind"] == IDENTIFIER]
    reports = max((lk["reports"] for lk in ids if lk["attribute"] != ADVERT_CONTACT), default=0)
    adverts = max((lk["adverts"] for lk in ids if lk["attribute"] == ADVERT_CONTACT), default=0)
    return reports, adverts
