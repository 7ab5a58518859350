"""Advert clusters: near-duplicate adverts written from one template.

A controller writes one advert and swaps the names, ages, areas, prices and numbers
(InfoShield, ACM TKDD 2023: such micro-clusters are the strongest text signal of organised
activity). The redacted text is normalised so the swapped slots look alike (placeholders
`[PERSON_1]` -> `person`, numbers -> `#`, towns -> `place`, nationalities -> `nat`, emojis
and punctuation out), cut into word shingles and summarised by a MinHash (`datasketch`).

Locality-sensitive hashing finds the candidates: the signature is cut into bands (the
layout datasketch's `MinHashLSH` chooses for the threshold) and each band is a key in the
store listing the adverts that have it. The store is the worker's faust table (a dict in
the batch path), so clusters are found in the stream: a candidate whose estimated
similarity reaches the threshold joins the new advert's cluster, clusters that meet merge,
and the cluster's size goes to the routing rules (3 or more: `organised_crime`).

The adverts of a cluster routed before it reached that size are routed again when it does
(`remember`, `due`, `mark_rerouted`): each advert's routed item and routing facts wait in
the store (`AD:item:<id>`), and the advert that brings its cluster to the size re-routes
the waiting members once, marking each with its own id and the delivery it came in (so a
retry of that very delivery re-sends them, a replay of the record does not).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from processors.matchers import load_file
from redaction.lexicon import load_lexicon

SIG = "AD:sig:"
BAND = "AD:lsh:"
CLUSTER = "AD:cluster:"
CONTACT = "AD:contact:"  # the adverts giving a contact number (its keyed pseudonym), the newest
ITEM = "AD:item:"  # an advert's routed item and routing facts, kept until its cluster reaches the size
WAITING, CLUSTERED, REROUTED = "waiting", "clustered", "rerouted"
_PLACEHOLDER = re.compile(r"\[([A-Z]+)(?:_[A-Z]+)*_\d+\]")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|£", re.UNICODE)
SEED = 1  # fixed: signatures stored today must compare with tomorrow's


@dataclass(frozen=True)
class Layout:
    num_perm: int
    shingle: int
    threshold: float
    bands: int
    rows: int
    organised_size: int
    block_cap: int
    max_cluster: int
    min_shingles: int
    contact_threshold: float = 1.0


@dataclass
class Cluster:
    """What one advert found: its cluster and the near-duplicates it matched directly."""

    cluster_id: str
    members: list[str]  # the other adverts of the cluster
    neighbours: dict[str, float] = field(default_factory=dict)  # advert -> estimated similarity
    first_seen: str = ""
    last_seen: str = ""

    @property
    def size(self) -> int:
        return len(self.members) + 1


@cache
def layout() -> Layout:
    s = load_file("linkage.yaml")["advert_cluster"]
    lsh = MinHashLSH(threshold=float(s["threshold"]), num_perm=int(s["num_perm"]))
    ints = {k: int(s[k]) for k in ("organised_size", "block_cap", "max_cluster", "min_shingles")}
    below = float(s.get("contact_threshold", 1.0))
    return Layout(
        int(s["num_perm"]), int(s["shingle"]), float(s["threshold"]), lsh.b, lsh.r, **ints, contact_threshold=below
    )


@cache
def _answered_by() -> tuple[re.Pattern[str], re.Pattern[str]]:
    s = load_file("linkage.yaml")["advert_cluster"]
    return re.compile(s["answered_by_other"], re.IGNORECASE), re.compile(s["answered_by_self"], re.IGNORECASE)


def answered_by(text: str) -> str | None:
    """Who the advert says answers its phone: "other" (a receptionist, a booker, an agency: "call our
    receptionist"), "self" (the woman herself: "independent, no agency, I answer my own phone") or
    None when it says neither. Someone else answering wins when an advert says both."""
    other, own = _answered_by()
    if other.search(text):
        return "other"
    return "self" if own.search(text) else None


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_file("linkage.yaml")["advert_cluster"]["stop_words"])


@cache
def _slot_words() -> tuple[frozenset[str], frozenset[str]]:
    """Places and nationalities: the words a template's copies swap."""
    nationalities = {str(w).lower() for w in load_file("description.yaml").get("ethnicity") or [] if " " not in str(w)}
    nationalities |= {"latina", "latin", "ebony", "asian", "oriental", "european", "english", "british"}
    return load_lexicon().places, frozenset(nationalities)


@cache
def _researcher_note() -> re.Pattern[str]:
    return re.compile(str(load_file("linkage.yaml")["advert_cluster"]["researcher_note"]), re.IGNORECASE)


def normalise(text: str) -> list[str]:
    """The advert's words with the swappable slots made alike, small words out (an edit
    from "and" to "&" is no new advert), a run of numbers one `#`; a researcher's note on the
    capture left out (not the advert's words)."""
    places, nationalities = _slot_words()
    stop = _stop_words()
    text = _researcher_note().sub(" ", text)
    text = _PLACEHOLDER.sub(lambda m: f" {m.group(1).lower()} ", text)
    out: list[str] = []
    for token in _TOKEN.findall(text.lower()):
        if any(c.isdigit() for c in token) or token == "£":
            token = "#"
        elif token in places:
            token = "place"
        elif token in nationalities:
            token = "nat"
        elif token in stop:
            continue
        if not (token == "#" and out and out[-1] == "#"):
            out.append(token)
    return out


def shingles(words: list[str], k: int) -> set[str]:
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray | None:
    """The MinHash of an advert's shingles, None when there is too little text to compare."""
    lay = layout()
    grams = shingles(normalise(text), lay.shingle)
    if len(grams) < lay.min_shingles:
        return None
    m = MinHash(num_perm=lay.num_perm, seed=SEED)
    m.update_batch([g.encode("utf-8") for g in grams])
    return m.hashvalues


def similarity(a: np.ndarray | list[int], b: np.ndarray | list[int]) -> float:
    """Estimated Jaccard similarity: the share of MinHash values that agree."""
    return float(np.count_nonzero(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64))) / len(a)


def band_keys(sig: np.ndarray) -> list[str]:
    lay = layout()
    keys = []
    for i in range(lay.bands):
        part = np.asarray(sig[i * lay.rows : (i + 1) * lay.rows], dtype=np.uint64).tobytes()
        keys.append(f"{BAND}{i}:{hashlib.sha1(part).hexdigest()[:16]}")
    return keys


class AdvertClusters:
    def __init__(self, store: MutableMapping[str, Any]) -> None:
        self.store = store
        self.lay = layout()

    def observe(
        self, record_id: str, seen_at: str, text: str, contacts: list[str] | None = None, names: list[str] | None = None
    ) -> Cluster | None:
        """Find this advert's near-duplicates, join or merge their clusters, store it.
        None when it has no near-duplicate (yet). `contacts`, `names`: the keyed pseudonyms of
        its numbers and of the woman's names (`_same_line`)."""
        known = self.store.get(SIG + record_id)
        if known is not None:  # a replay: the cluster as it stands
            return self._cluster(known["records"][record_id]["cluster"], record_id, {})
        sig = signature(text)
        if sig is None:
            return None
        keys = band_keys(sig)
        who = answered_by(text)
        neighbours: dict[str, float] = {}
        for rid in sorted({r for key in keys for r in (self.store.get(key) or {}).get("records", {})}):
            entry = self.store.get(SIG + rid)
            if entry and rid in entry["records"]:
                # an independent's advert in an agency template's words is not the agency's (stop 51, dev_za): adverts
                # that disagree on who answers the phone are no copies of one template, however alike their words
                theirs = entry["records"][rid].get("who")
                if who and theirs and who != theirs:
                    continue
                sim = similarity(sig, entry["records"][rid]["sig"])
                if sim >= self.lay.threshold:
                    neighbours[rid] = round(sim, 3)
        neighbours.update(self._same_line(sig, contacts or [], names or [], neighbours))
        cluster_id = self._join(record_id, neighbours)
        mine = {"source": "desktop_research", "seen_at": seen_at}
        stored = {**mine, "sig": [int(v) for v in sig], "cluster": cluster_id, "names": sorted(names or []), "who": who}
        self._add(CLUSTER + cluster_id, record_id, mine, cap=None)
        for key in [*keys, *(CONTACT + c for c in sorted(set(contacts or [])))]:
            self._add(key, record_id, mine, cap=self.lay.block_cap)
        # The signature last: it marks the advert as stored (a replay stops at it above), so
        # a worker that died mid-way leaves it unmarked and the new holder stores it whole.
        self.store[SIG + record_id] = {"records": {record_id: stored}}
        return self._cluster(cluster_id, record_id, neighbours) if neighbours else None

    def _same_line(
        self, sig: np.ndarray, contacts: list[str], names: list[str], found: dict[str, float]
    ) -> dict[str, float]:
        """Adverts of other women on the same contact number, written from one template reworded
        (stop 41, dev_q: "Call our reception on ...", "Reception on ...", "... manager answers"
        for five names): near-duplicates at `contact_threshold`, below the threshold for
        adverts on different numbers. Only when both name a woman and no name is shared: one
        woman's own adverts, reworded over the months on her own number, are no cluster."""
        out: dict[str, float] = {}
        if not names:
            return out
        for rid in sorted({r for c in set(contacts) for r in (self.store.get(CONTACT + c) or {}).get("records", {})}):
            entry = (self.store.get(SIG + rid) or {}).get("records", {}).get(rid)
            if rid in found or entry is None or not entry.get("names") or set(entry["names"]) & set(names):
                continue
            sim = similarity(sig, entry["sig"])
            if sim >= self.lay.contact_threshold:
                out[rid] = round(sim, 3)
        return out

    def _join(self, record_id: str, neighbours: dict[str, float]) -> str:
        """The cluster this advert joins: its neighbours' (the biggest, when they differ, the
        others merged into it), or a new one."""
        ids = {self.store[SIG + rid]["records"][rid]["cluster"] for rid in neighbours}
        if not ids:
            return "C-" + hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:12]
        sizes = {cid: len((self.store.get(CLUSTER + cid) or {}).get("records", {})) for cid in ids}
        target = sorted(ids, key=lambda c: (-sizes[c], c))[0]
        for cid in sorted(ids - {target}):
            moving = (self.store.get(CLUSTER + cid) or {}).get("records", {})
            for rid, meta in moving.items():
                sig_entry = self.store.get(SIG + rid)
                if sig_entry and rid in sig_entry["records"]:
                    records = {rid: {**sig_entry["records"][rid], "cluster": target}}
                    self.store[SIG + rid] = {**sig_entry, "records": records}
                self._add(CLUSTER + target, rid, meta, cap=None)
            self.store.pop(CLUSTER + cid, None)
        return target

    def _cluster(self, cluster_id: str, record_id: str, neighbours: dict[str, float]) -> Cluster | None:
        records = (self.store.get(CLUSTER + cluster_id) or {}).get("records", {})
        members = sorted(r for r in records if r != record_id)
        if not members:
            return None
        seen = sorted(r["seen_at"] for r in records.values())
        return Cluster(cluster_id, members, neighbours, seen[0], seen[-1])

    def _add(self, key: str, record_id: str, meta: dict[str, Any], cap: int | None) -> None:
        entry = self.store.get(key) or {"records": {}}
        if record_id in entry["records"]:
            return
        records = {**entry["records"], record_id: meta}
        if cap is not None and len(records) > cap:
            newest = sorted(records, key=lambda r: (records[r]["seen_at"], r))[-cap:]
            records = {r: records[r] for r in newest}
        self.store[key] = {**entry, "records": records}  # reassign: a faust Table changelogs on set

    # -- re-routing the members a cluster had before it reached its size -------------------
    def remember(
        self, record_id: str, seen_at: str, facts: dict[str, Any], output: dict[str, Any], clustered: bool
    ) -> None:
        """Keep an advert's routed item and routing facts until its cluster reaches the size
        (`clustered`: it went to organised crime for its cluster already, nothing to keep).
        A replay keeps what is stored (a mark of re-routing included)."""
        key = ITEM + record_id
        entry = self.store.get(key)
        mine = (entry or {}).get("records", {}).get(record_id)
        base = {"source": "desktop_research", "seen_at": seen_at}
        if mine is not None:
            if clustered and mine.get("state") == WAITING:
                self.store[key] = {"records": {record_id: {**base, "state": CLUSTERED}}}
            return
        value = (
            {**base, "state": CLUSTERED} if clustered else {**base, "state": WAITING, "facts": facts, "output": output}
        )
        self.store[key] = {"records": {record_id: value}}

    def due(self, cluster_id: str, trigger: str, delivery: str | None) -> list[tuple[str, dict[str, Any]]]:
        """The members of a cluster that reached its size still waiting to be re-routed, and
        those `trigger` marked in this same `delivery` (a retry: their updates may not have
        gone out), with what is stored of each."""
        records = (self.store.get(CLUSTER + cluster_id) or {}).get("records", {})
        out = []
        for rid in sorted(records):
            if rid == trigger:
                continue
            mine = (self.store.get(ITEM + rid) or {}).get("records", {}).get(rid)
            if not mine or "output" not in mine:
                continue  # routed for the cluster already, or stored before items were kept
            again = delivery is not None and mine.get("by") == trigger and mine.get("delivery") == delivery
            if mine.get("state") == WAITING or (mine.get("state") == REROUTED and again):
                out.append((rid, mine))
        return out

    def mark_rerouted(self, record_id: str, trigger: str, delivery: str | None) -> None:
        """The item is kept (a retry of the same delivery rebuilds its update from it)."""
        entry = self.store[ITEM + record_id]
        mine = {**entry["records"][record_id], "state": REROUTED, "by": trigger, "delivery": delivery}
        self.store[ITEM + record_id] = {"records": {record_id: mine}}

    def cluster_for(self, record_id: str, cluster_id: str) -> Cluster | None:
        """The cluster as one of its members sees it now: the others, and its similarity to
        each it is a near-duplicate of."""
        records = (self.store.get(CLUSTER + cluster_id) or {}).get("records", {})
        mine = (self.store.get(SIG + record_id) or {}).get("records", {}).get(record_id)
        neighbours: dict[str, float] = {}
        if mine is not None:
            for rid in sorted(records):
                other = (self.store.get(SIG + rid) or {}).get("records", {}).get(rid)
                if rid != record_id and other is not None:
                    sim = similarity(mine["sig"], other["sig"])
                    if sim >= self.lay.threshold:
                        neighbours[rid] = round(sim, 3)
        return self._cluster(cluster_id, record_id, neighbours)
