"""Similar-offender links: earlier reports that may be about the same man, with no shared identifier.

Comparative case analysis, as the NCA's Serious Crime Analysis Section does it: the
description, the vehicle and its half-seen plate, the MO and the distinctive things he
does or says, the area and the time. Each link is scored and explained: every feature that
matched (or contradicted) with its weight. A link needs distinctive evidence and at least
two independent features, neither of them a generic trait, an MO tag or a place
(`linkage.yaml`), so "white male 40s, silver Ford Focus, refused payment" never links two
reports, nor does the same wording on the same street (a template, one writer's habits):
the wording in common counts only as far as another feature corroborates it.

Candidates come from blocking keys (a plate's three characters in a row, a mark and where
it is, a behaviour, a rare word, an uncommon accent, a make and model): only reports that
share a key are scored, and each key keeps only its newest reports, so the cost per report
does not grow with the store (`bulletins bench-linkage`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from wordfreq import zipf_frequency

from processors import offender_profile as op
from processors.plates import block_keys as plate_keys
from processors.plates import overlap

PREFIX = "SO:"
PROFILE = "SO:profile:"
SERIES = "SO:series:"
TEXT = "text"  # the feature of the rare words and the text in common
SECOND_MARK = "second_mark"  # the feature of a second, distinctive mark of another kind both show


@dataclass(frozen=True)
class Match:
    record_id: str
    score: float
    distinctive: float
    reasons: list[str]
    features: tuple[str, ...] = ()  # the independent features that count towards `min_features`


def corroborated(match: Match, s: dict[str, Any]) -> bool:
    """Enough evidence of the kind that can link, whatever the score: distinctive evidence
    and at least `min_features` independent features (text in common alone, or with a
    place, never links)."""
    return match.distinctive >= float(s["min_distinctive"]) and len(match.features) >= int(s["min_features"])


def links(match: Match, s: dict[str, Any]) -> bool:
    """Whether a scored pair links: the threshold (higher when its only features are what
    look-alikes share: `description_features`), and corroborated."""
    bar = s["description_threshold"] if set(match.features) <= set(s["description_features"]) else s["threshold"]
    return match.score >= float(bar) and corroborated(match, s)


@dataclass
class Found:
    """A report's direct matches, and the other reports of the series they belong to (linked
    to them earlier): comparative case analysis reads a series, not only pairs."""

    matches: list[Match] = field(default_factory=list)
    series_id: str = ""
    series: list[str] = field(default_factory=list)  # members not matched directly (nor excluded)


def keys_of(profile: dict[str, Any]) -> list[str]:
    """The blocking keys of a profile: distinctive traits only (a car's make and model, the
    description's generic words, common MO tags are compared but never searched on)."""
    s = op.settings()
    keys: set[str] = set()
    for plate in profile["plates"]:
        keys |= {f"plate:{k}" for k in plate_keys(plate)}
    kinds = s["mark_kinds"]
    for mark in profile["marks"]:
        keys |= {f"mark:{mark['kind']}:{place}" for place in mark["places"]}
        if kinds.get(mark["kind"], {}).get("distinctive"):
            keys.add(f"mark:{mark['kind']}")
        keys |= {f"motif:{w}" for w in mark["motif"]}
    specs = op.behaviour_specs()
    keys |= {f"beh:{b}" for b in profile["behaviours"] if not specs.get(b.partition(":")[0], ("", 0, True))[2]}
    keys |= {f"word:{w}" for w in profile["rare"]}
    heaviest = sorted((profile.get("terms") or {}).items(), key=lambda kv: (-kv[1], kv[0]))[: int(s["text_keys"])]
    keys |= {f"word:{w}" for w, _ in heaviest}
    keys |= {f"accent:{group}" for group, _ in accents_of(profile) if group != "local"}
    keys |= {f"hair:{w}" for w in _hair_of(profile, s) & set(s["hair_distinctive"])}
    keys |= {f"item:{w}" for w in profile.get("items") or []}
    keys |= {f"veh:{w}" for w in profile.get("vehicle_details") or []}
    # what he is quoted saying: found, not only scored (its rarest pairs, so the keys stay few)
    quoted = sorted(profile.get("quoted") or [], key=lambda q: (min(zipf_frequency(w, "en") for w in q.split()), q))
    keys |= {f"quote:{q}" for q in quoted[: int(s["quote_keys"])]}
    return sorted(PREFIX + k for k in keys)


class SimilarOffenders:
    """Index, candidates and scores over a store (a faust table in the worker, a dict otherwise)."""

    def __init__(self, store: MutableMapping[str, Any]) -> None:
        self.store = store
        self.s = op.settings()

    def observe(self, record_id: str, source: str, seen_at: str, profile: dict[str, Any], exclude: set[str]) -> Found:
        """Score the stored reports sharing a key with this one, join their series; then
        store this one (a replay stores nothing new). `exclude`: records already linked by
        an identifier."""
        keys = keys_of(profile)
        matches = self.matches(record_id, profile, keys, exclude)
        series_id = self._join(record_id, [m.record_id for m in matches])
        mine = {"source": source, "seen_at": seen_at, "profile": profile, "series": series_id}
        self._put(PROFILE + record_id, record_id, mine)
        self._put(SERIES + series_id, record_id, {"seen_at": seen_at}, cap=False)
        for key in keys:
            self._put(key, record_id, {"seen_at": seen_at})  # as small as it can be: rewritten on each add
        members = self.members(series_id)
        direct = {m.record_id for m in matches}
        others = sorted(r for r in members if r != record_id and r not in direct and r not in exclude)
        # a report of the series this one contradicts (another sex, ages far apart) is not listed: a chain through
        # a look-alike is no reason to compare a man of 40 with one of 70 (stop 48, dev_x)
        others = [r for r in others if not self._contradicts(profile, r)]
        return Found(matches, series_id, others)

    def _contradicts(self, profile: dict[str, Any], other_id: str) -> bool:
        entry = (self.store.get(PROFILE + other_id) or {}).get("records", {}).get(other_id)
        if not entry:
            return False
        against: list[Item] = []
        _description(profile, entry["profile"], self.s, [], against)
        return any(item.feature in ("sex", "age") for item in against)

    def load(self, record_id: str, source: str, seen_at: str, profile: dict[str, Any]) -> None:
        """Store a report without looking for its links: a bulk load of history (and the
        benchmark's fill), each report a series of its own."""
        series_id = self._join(record_id, [])
        self._put(PROFILE + record_id, record_id, {"source": source, "seen_at": seen_at, "profile": profile,
                                                   "series": series_id})  # fmt: skip
        self._put(SERIES + series_id, record_id, {"seen_at": seen_at}, cap=False)
        for key in keys_of(profile):
            self._put(key, record_id, {"seen_at": seen_at})

    def _join(self, record_id: str, matched: list[str]) -> str:
        """The series this report joins: its matches' (when they differ, the smaller series
        hang under the biggest: one small write each, however many reports they hold), its
        own if it has one (a replay), or a new one."""
        own = self.store.get(PROFILE + record_id)
        ids = {str(own["records"][record_id].get("series"))} if own and record_id in own["records"] else set()
        for rid in matched:
            entry = (self.store.get(PROFILE + rid) or {}).get("records", {}).get(rid)
            if entry and entry.get("series"):
                ids.add(str(entry["series"]))
        roots = {self._root(sid) for sid in ids if sid != "None"}
        if not roots:
            return "S-" + hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:12]
        cap = int(self.s["series_cap"])
        sizes = {sid: len(self.members(sid, cap + 1)) for sid in roots}
        target = sorted(roots, key=lambda sid: (-sizes[sid], sid))[0]
        # series that would grow past the cap are not merged: a chain of look-alikes that
        # long is more likely many men than one (the direct links still stand)
        others, total = [], sizes[target]
        for sid in sorted(roots - {target}, key=lambda sid: (sizes[sid], sid)):
            if total + sizes[sid] <= cap:
                others.append(sid)
                total += sizes[sid]
        for sid in others:
            entry = self.store.get(SERIES + sid) or {"records": {}}
            self.store[SERIES + sid] = {**entry, "parent": target}
        if others:
            entry = self.store.get(SERIES + target) or {"records": {}}
            self.store[SERIES + target] = {**entry, "children": sorted({*entry.get("children", []), *others})}
        return target

    def _root(self, sid: str) -> str:
        for _ in range(64):  # union by size keeps the trees shallow
            parent = (self.store.get(SERIES + sid) or {}).get("parent")
            if not parent or self.store.get(SERIES + parent) is None:
                return sid  # a root, or its parent erased by retention
            sid = parent
        return sid

    def members(self, root: str, limit: int = 500) -> dict[str, Any]:
        """The reports of a series (its entry and the series hung under it)."""
        out: dict[str, Any] = {}
        todo, seen = [root], set()
        while todo and len(out) < limit:
            sid = todo.pop()
            if sid in seen:
                continue
            seen.add(sid)
            entry = self.store.get(SERIES + sid) or {}
            out.update(entry.get("records", {}))
            todo.extend(entry.get("children", []))
        return out

    def matches(self, record_id: str, profile: dict[str, Any], keys: list[str], exclude: set[str]) -> list[Match]:
        found: list[Match] = []
        for rid in self.candidates(keys, {record_id, *exclude}):
            entry = self.store.get(PROFILE + rid)
            if not entry or rid not in entry["records"]:
                continue
            match = score(profile, entry["records"][rid]["profile"], rid, self.s, early=True)
            if links(match, self.s):
                found.append(match)
        return sorted(found, key=lambda m: (-m.score, m.record_id))

    def candidates(self, keys: list[str], skip: set[str]) -> list[str]:
        """Reports sharing a key, at most `max_candidates`: the ones sharing the rarest keys
        first (a key held by few reports says more than one held by many)."""
        shared: dict[str, float] = {}
        for key in keys:
            records = (self.store.get(key) or {}).get("records", {})
            for rid in records:
                if rid not in skip:
                    shared[rid] = shared.get(rid, 0.0) + 1.0 / len(records)
        ranked = sorted(shared, key=lambda r: (-shared[r], r))
        return ranked[: int(self.s["max_candidates"])]

    def _put(self, key: str, record_id: str, value: dict[str, Any], cap: bool = True) -> None:
        entry = self.store.get(key) or {"records": {}}
        if record_id in entry["records"]:
            return  # a replay: nothing changes
        records = dict(entry["records"])
        records[record_id] = value
        limit = int(self.s["block_cap"])
        if cap and not key.startswith(PROFILE) and len(records) > limit:
            newest = sorted(records, key=lambda r: (records[r]["seen_at"], r))[-limit:]
            records = {r: records[r] for r in newest}
        self.store[key] = {**entry, "records": records}  # reassign: a faust Table changelogs on set


def score(a: dict[str, Any], b: dict[str, Any], other_id: str, s: dict[str, Any], early: bool = False) -> Match:
    """Compare two profiles: every feature that matched or contradicted, with its weight.
    `early`: stop as soon as the distinctive evidence is short (no link can follow)."""
    w = s["weights"]
    ev = Evidence()
    _plates(a, b, w, ev.distinctive)
    _marks(a, b, s, ev)
    _behaviours(a, b, w, ev.distinctive, ev.generic)
    _jobs_differ(a, b, w, ev.against)
    counted = counted_words(a, b, s)
    _rare_words(a, b, s, ev.distinctive, counted)
    _accent(a, b, s, ev.distinctive, ev.generic, ev.against)
    clothing = _clothing_in_common(a, b, s)
    _hair_and_clothing(a, b, s, ev.distinctive, ev.generic, ev.against, clothing)
    _items(a, b, s, ev.distinctive, clothing)
    _quoted(a, b, w, ev.distinctive)
    _named_in_quote(a, b, ev)
    _vehicle_details(a, b, s, ev.distinctive)
    _text(a, b, s, ev.distinctive, counted)
    _one_text(ev.distinctive, float(w["text_together_max"]))
    d = sum(x for _, x, _ in ev.distinctive)
    if early and d < s["min_distinctive"]:
        return Match(other_id, 0.0, round(d, 3), [])
    _description(a, b, s, ev.generic, ev.against)
    _vehicles(a, b, s, ev.specific)
    _weapons(a, b, s, ev.specific)
    _mo_area_time(a, b, s, ev.specific, ev.generic)
    _corroborate_text(ev, s)
    _mark_told_again(ev, s)
    _detail_told_again(a, b, s, ev, counted)
    _name_told_by_accent(a, b, s, ev)
    d = sum(x for _, x, _ in ev.distinctive)
    features = independent(ev, s)
    sp = min(sum(x for _, x, _ in ev.specific), float(s["specific_cap"]))
    g = min(sum(x for _, x, _ in ev.generic), float(s["generic_cap"]))
    # what matched, at most 1, less what contradicts: a contradiction always costs
    total = max(0.0, min(1.0, d + sp + g) + sum(x for _, x, _ in ev.against))
    reasons = [f"{what} (+{x:.2f})" for what, x, _ in sorted(ev.distinctive, key=lambda p: -p[1])]
    reasons += [f"{what} (+{x:.2f})" for what, x, _ in sorted(ev.specific + ev.generic, key=lambda p: -p[1]) if x > 0]
    for tier, kept, cap in (("specific", ev.specific, sp), ("generic", ev.generic, g)):
        if sum(x for _, x, _ in kept) > cap:
            reasons.append(f"{tier} traits capped at +{cap:.2f}")
    reasons += [f"{what} ({x:.2f})" for what, x, _ in ev.against]
    reasons.append(f"independent features: {', '.join(features) or 'none'} (at least {s['min_features']} needed)")
    return Match(other_id, round(total, 3), round(d, 3), reasons, features)


class Item(NamedTuple):
    """One matched (or contradicting) trait: what it is, its weight, and the independent
    feature it belongs to (`text` for the rare words and the text in common, which read the
    same words; `dress` for clothing and items; each behaviour its own; `mo` for the MO tags)."""

    what: str
    weight: float
    feature: str


@dataclass
class Evidence:
    distinctive: list[Item] = field(default_factory=list)
    specific: list[Item] = field(default_factory=list)
    generic: list[Item] = field(default_factory=list)
    against: list[Item] = field(default_factory=list)
    mark_kind: str = ""  # the kind of the mark both share, if any
    second_mark_kind: str = ""  # the kind of a second, distinctive mark both share (`_marks`)


def _mark_told_again(ev: Evidence, s: dict[str, Any]) -> None:
    """A behaviour that tells the shared mark again counts with the mark's feature, not as
    a second (`mark_behaviours`): a hearing aid and "he is deaf, can't hear" are one fact
    (stop 44, dev_t: a deaf timewaster with a hearing aid and a deaf robber with one)."""
    for kind, feature in ((ev.mark_kind, "mark"), (ev.second_mark_kind, SECOND_MARK)):
        told = (s.get("mark_behaviours") or {}).get(kind) if kind else None
        if not told:
            continue
        for items in (ev.distinctive, ev.specific, ev.generic):
            items[:] = [
                Item(what, x, feature) if f == f"behaviour:{told}" else Item(what, x, f) for what, x, f in items
            ]


def _detail_told_again(
    a: dict[str, Any], b: dict[str, Any], s: dict[str, Any], ev: Evidence, counted: frozenset[str]
) -> None:
    """Wording in common that is, but for the words of a vehicle detail both give, too little to be a feature
    (`feature_min`) tells the detail again: it still weighs, with the vehicle's feature, never as a second one (stop
    50, dev_z: beads hanging from the mirror, told in both, linked a man in a Prius to an old man in a Ford Focus).
    Not when the vehicle itself is the same too (a make, a model or a kind and its colour): the detail is then told
    of one car, and its words corroborate it."""
    shared = set(a.get("vehicle_details") or []) & set(b.get("vehicle_details") or [])
    if not shared or not any(f == TEXT for _, _, f in ev.distinctive):
        return
    if any(f == "vehicle" and what.startswith("vehicle: ") for what, _, f in ev.specific):
        return
    words = frozenset().union(*(op.detail_words().get(d, frozenset()) for d in shared))
    if not words - counted:
        return
    beyond: list[Item] = []
    _rare_words(a, b, s, beyond, counted | words)
    _text(a, b, s, beyond, counted | words)
    _one_text(beyond, float(s["weights"]["text_together_max"]))
    if sum(x for _, x, _ in beyond) >= float(s["feature_min"]) - 1e-9:
        return
    ev.distinctive[:] = [Item(what, x, "vehicle") if f == TEXT else Item(what, x, f) for what, x, f in ev.distinctive]


def _name_told_by_accent(a: dict[str, Any], b: dict[str, Any], s: dict[str, Any], ev: Evidence) -> None:
    """A name for her that is his region's everyday word (`accent_names`: "hen" in Scotland, "pet" on Tyneside), when
    both give him that region's accent, says less: it is what many men there call a woman, and counts at
    `accent_name_factor` of its weight (stop 50, dev_z: two Scots who call women "hen", twenty years apart in age)."""
    names = s.get("accent_names") or {}
    both = {g for g, _ in accents_of(a)} & {g for g, _ in accents_of(b)}
    local = {str(n) for g in both for n in names.get(g) or ()}
    shared = {
        beh.partition(":")[2] for beh in set(a["behaviours"]) & set(b["behaviours"]) if beh.startswith("name_for_her:")
    }
    if not local or not shared or not shared <= local:
        return
    factor = float(s.get("accent_name_factor", 1.0))
    for items in (ev.distinctive, ev.specific, ev.generic):
        items[:] = [
            Item(f"{what}, his region's word (x{factor:.2f})", round(x * factor, 3), f)
            if f == "behaviour:name_for_her"
            else Item(what, x, f)
            for what, x, f in items
        ]


def independent(ev: Evidence, s: dict[str, Any]) -> tuple[str, ...]:
    """The independent features of the distinctive and specific evidence worth at least
    `feature_min` each (generic traits and `not_features`, a place, never count; what
    `one_feature` maps counts with the feature it names)."""
    worth: dict[str, float] = {}
    same = s["one_feature"]
    for _, x, feature in ev.distinctive + ev.specific:
        feature = same.get(feature, feature)
        worth[feature] = worth.get(feature, 0.0) + x
    skip = set(s["not_features"])
    floor = float(s["feature_min"]) - 1e-9
    return tuple(sorted(f for f, x in worth.items() if x >= floor and f not in skip))


def _plates(a, b, w, out) -> None:
    best = ("", 0.0)
    for pa in a["plates"]:
        for pb in b["plates"]:
            run, bits = overlap(pa, pb)
            if bits > best[1]:
                best = (run, bits)
    if best[1] > 0:
        weight = min(float(w["plate_max"]), best[1] * float(w["plate_per_char"]))
        out.append(Item(f"plate: both have '{best[0]}'", weight, "plate"))


def _marks(a, b, s, ev: Evidence) -> None:
    """The best matching pair of marks: the same kind (a limp says more than glasses), in
    the same place, showing the same thing. And a second mark of another kind both show, one
    that sets a man apart whatever else he has (a limp, a gold tooth: `distinctive` kinds), as a
    feature of its own (stop 59, dev_zi: a teardrop tattoo under his eye and a limp, in both)."""
    w = s["weights"]
    kinds = s["mark_kinds"]
    best: tuple[str, float, bool, str] = ("", 0.0, False, "")
    by_kind: dict[str, tuple[str, float]] = {}
    for ma in a["marks"]:
        for mb in b["marks"]:
            # (a mole on his cheek, a mole on his chin: two moles, two men as likely as one; stop 46)
            if ma["kind"] != mb["kind"] or ma["kind"] not in kinds or _told_apart(ma, mb, s):
                continue
            spec = kinds[ma["kind"]]
            kind = ma["kind"]
            x, what, distinct = float(spec["weight"]), kind, bool(spec.get("distinctive"))
            places = set(ma["places"]) & set(mb["places"])
            motif = _same_motif(ma["motif"], mb["motif"], s["motif_parents"], s.get("motif_synonyms") or {})
            if ma["motif"] and mb["motif"] and not motif:
                continue  # skulls and roses, koi carp: two tattoos, whatever else they share
            if ma["places"] and mb["places"] and not places:
                motif = set()  # a swallow on the neck, a swallow on the hand: not the same tattoo
            traits = [f"mark:{kind}"]
            if places:
                x += float(w["mark_same_place"])
                what, distinct = f"{what} on the {'/'.join(sorted(places))}", True
                traits = [f"mark:{kind}:{p}" for p in places]
            if motif:
                x += float(w["mark_same_motif"])
                what, distinct = f"{what}, {' '.join(sorted(motif))}", True
                traits = [f"motif:{m}" for m in motif]
            x, what = _rare(x, what, *traits)
            if x > best[1]:
                best = (what, x, distinct, kind)
            if x > by_kind.get(kind, ("", 0.0))[1]:
                by_kind[kind] = (what, x)
    if best[1] > 0:
        (ev.distinctive if best[2] else ev.specific).append(Item(f"mark: {best[0]}", best[1], "mark"))
        ev.mark_kind = best[3]
        _second_mark(by_kind, best[3], kinds, ev)
    _marks_denied(a, b, w, ev)


def _marks_denied(a: dict[str, Any], b: dict[str, Any], w: dict[str, Any], ev: Evidence) -> None:
    """One report says he has no mark of a kind the other gives him ("no tattoos"): a contradiction."""
    for x, y in ((a, b), (b, a)):
        denied = sorted(set(x.get("no_marks") or []) & {m["kind"] for m in y["marks"]})
        if denied:
            what = f"one says no {denied[0]}, the other gives him one"
            ev.against.append(Item(what, float(w["marks_denied"]), "mark"))
            break


def _second_mark(by_kind: dict[str, tuple[str, float]], first: str, kinds: dict[str, Any], ev: Evidence) -> None:
    """The best pair of marks of another kind than the first, of a kind that sets a man apart (`distinctive`)."""
    others = sorted(
        ((x, what, kind) for kind, (what, x) in by_kind.items() if kind != first and kinds[kind].get("distinctive")),
        key=lambda t: (-t[0], t[2]),
    )
    if others:
        x, what, kind = others[0]
        ev.distinctive.append(Item(f"a second mark: {what}", x, SECOND_MARK))
        ev.second_mark_kind = kind


def _told_apart(ma: dict[str, Any], mb: dict[str, Any], s: dict[str, Any]) -> bool:
    """Two marks of a kind a man may have several of, told apart by where they are
    (`marks_told_by_place`), in places both name and none in common."""
    told = ma["kind"] in s.get("marks_told_by_place", ())
    return told and bool(ma["places"]) and bool(mb["places"]) and not set(ma["places"]) & set(mb["places"])


def _same_motif(a: list[str], b: list[str], parents: dict[str, str], synonyms: dict[str, str]) -> set[str]:
    """What both tattoos show: the same words (one word for a thing named several ways), or
    the general word one writer used for the other's kind ("bird" for a swallow); two kinds of
    one thing ("swallow", "eagle") differ."""
    # a plural and its singular are one thing (a profile stored before motifs were made singular; stop 49)
    a, b = [op.singular(w) for w in a], [op.singular(w) for w in b]
    a, b = [synonyms.get(w, w) for w in a], [synonyms.get(w, w) for w in b]
    same = set(a) & set(b)
    if same:
        return same
    return {parents[w] for w in a if parents.get(w) in b} | {parents[w] for w in b if parents.get(w) in a}


def _behaviours(a, b, w, distinctive, generic) -> None:
    specs = op.behaviour_specs()
    total = 0.0
    for beh in sorted(set(a["behaviours"]) & set(b["behaviours"])):
        bid, _, value = beh.partition(":")
        if bid not in specs:
            continue  # a behaviour since taken out of the file
        words, weight, is_generic = specs[bid]
        what = f"behaviour: {words}" + (f" ({value})" if value else "")
        if is_generic:
            generic.append(Item(what, weight, f"behaviour:{bid}"))
            continue
        x, what = _rare(weight, what, f"beh:{beh}")
        x = min(x, float(w["behaviour_max"]) - total)
        if x > 0:
            distinctive.append(Item(what, x, f"behaviour:{bid}"))
            total += x


def _jobs_differ(a, b, w, against) -> None:
    """Each report says what job he claims, and no claim is shared: the man who says he is a
    pilot is not the one who says he is a doctor (however alike they look)."""
    ja = {x.partition(":")[2] for x in a["behaviours"] if x.startswith("claims_job:")}
    jb = {x.partition(":")[2] for x in b["behaviours"] if x.startswith("claims_job:")}
    if ja and jb and not ja & jb:
        against.append(
            Item(
                f"claimed jobs differ: {', '.join(sorted(ja))} / {', '.join(sorted(jb))}",
                float(w["job_differs"]),
                "job",
            )
        )


def _rare(weight: float, what: str, *traits: str) -> tuple[float, str]:
    """A trait's weight by its rarity in the genre (the rarest of `traits`), and its
    description saying so when it counted less."""
    factor = op.rarity(*traits)
    if factor >= 1.0:
        return weight, what
    return round(weight * factor, 3), f"{what} (common in reports: x{factor:.2f})"


def _corroborate_text(ev: Evidence, s: dict[str, Any]) -> None:
    """The wording in common counts at most `text_corroboration` times what the other
    features (not a place, not generic traits) are worth together: it corroborates a link,
    it never carries one. A template, or one writer's habits, gives two reports the same
    words; alone, with a place, they are worth nothing."""
    skip = {TEXT, *s["not_features"]}
    others = sum(x for _, x, f in ev.distinctive + ev.specific if f not in skip)
    cap = float(s["text_corroboration"]) * others
    text = [i for i, item in enumerate(ev.distinctive) if item.feature == TEXT]
    over = sum(ev.distinctive[i].weight for i in text) - cap
    for i in sorted(text, key=lambda j: ev.distinctive[j].weight):  # off the lighter first
        if over <= 1e-9:
            break
        what, x, feature = ev.distinctive[i]
        cut = min(x, over)
        ev.distinctive[i] = Item(f"{what}, capped at {s['text_corroboration']}x the other features", x - cut, feature)
        over -= cut


def _one_text(distinctive: list[Item], cap: float) -> None:
    """Rare words in both and the text in common read the same words ("aftershave" in both
    counts once): together at most `cap`, the rest taken off the lighter one."""
    text = [i for i, item in enumerate(distinctive) if item.feature == TEXT]
    over = sum(distinctive[i].weight for i in text) - cap
    if len(text) < 2 or over <= 0:
        return
    i = min(text, key=lambda j: distinctive[j].weight)
    what, x, feature = distinctive[i]
    distinctive[i] = Item(f"{what}, counted once with the other text evidence", round(max(0.0, x - over), 3), feature)


def counted_words(a: dict[str, Any], b: dict[str, Any], s: dict[str, Any]) -> frozenset[str]:
    """Words another feature reads already, which the wording in common must not count again:
    the marks' vocabulary and what their tattoos show ("swallow", "sleeve", "arm"), the values
    of shared behaviours ("firefighter") as written, hair and accent words, the `words` of an
    item both wear. A job claimed in both is one feature, not three."""
    words = set(_described_words())
    # a kind of mark both have, by its own name, whose patterns may spell it only as a pattern ("braces? on ...
    # teeth"): "braces" in both texts is the mark again, not a rare word in common (stop 54, dev_zd: one lad with
    # braces and another man's mate with braces linked on the mark and the word)
    names = {w for kind in {m["kind"] for m in a["marks"]} & {m["kind"] for m in b["marks"]} for w in kind.split()}
    words |= names | {op.singular(w) for w in names}
    for mark in [*a["marks"], *b["marks"]]:
        words |= set(mark["motif"])
        # what the mark does, told in words of its own ("his hearing aid whistles"): the mark again, not text
        words |= _told_with(s, mark["kind"])
    same = op.all_value_names()
    values = {beh.partition(":")[2] for beh in set(a["behaviours"]) & set(b["behaviours"])} - {""}
    # a job either claims is compared as a claimed job (`_jobs_differ`): "plumber" in the other's text is no rare
    # word in common, a trade many men have (stop 46, dev_v: two white-van plumbers with roof ladders)
    values |= {beh.partition(":")[2] for beh in [*a["behaviours"], *b["behaviours"]] if beh.startswith("claims_job:")}
    for value in values | {k for k, v in same.items() if v in values}:
        words |= set(value.split())
        words |= {w + "s" for w in value.split()}
    # a behaviour both show is one feature: the words that tell it are not text as well
    vocabulary = op.behaviour_vocabulary()
    # ... and the words of a kind of behaviour both show, whatever each says of it (stop 59, dev_zi: "smells" of a man
    # who smells of fish and of one who smells of pipe tobacco is two smells, not a word in common)
    for bid in _behaviour_ids(a) & _behaviour_ids(b):
        words |= vocabulary.get(bid, frozenset())
    for beh in set(a["behaviours"]) & set(b["behaviours"]):
        bid = beh.partition(":")[0]
        # ... and the words each report told it with, listed or not ("girlfriend experience"; stop 49, dev_y)
        for profile in (a, b):
            words |= set((profile.get("behaviour_words") or {}).get(bid) or ())
    # an item worn by both is one feature: the words it is told with are not text as well
    for item in set(a.get("items") or []) & set(b.get("items") or []):
        words |= set(s["items"].get(item, {}).get("words") or ())
    # a vehicle detail both give that writers reach for (its rarity under `detail_text_rarity`: ladders on a
    # tradesman's van) is one feature with the vehicle: its words do not come back as text at full weight, undoing
    # what its rarity took off (stop 46, dev_v: two white-van plumbers with roof ladders)
    floor = float(s.get("detail_text_rarity", 0.0))
    for detail in set(a.get("vehicle_details") or []) & set(b.get("vehicle_details") or []):
        if op.rarity(f"veh:{detail}") < floor:
            words |= op.detail_words().get(detail, frozenset())
    # a quote both give that is a shared behaviour told again (`_quote_feature`): its words too
    shared = sorted(set(a.get("quoted") or []) & set(b.get("quoted") or []))
    if shared and _quote_feature(a, b, shared) != "quoted":
        words |= {w for pair in shared for w in pair.split()}
    return frozenset(words)


@cache
def _described_words() -> frozenset[str]:
    """The vocabulary of marks, hair and accents, compared field by field. (What he wears
    and his vehicle's details are left to the text too: on dev both sets lost pairs without
    them, for no pair of different men kept out.)"""
    s = op.settings()
    mw = op.mark_words()
    words = set(mw.kind_words | mw.body | mw.filler | set(mw.body_same))
    words |= set(s["hair_distinctive"]) | set(s["hair_synonyms"]) | set(s["hair_plain"])
    words |= {w for group in s["accent_groups"].values() for alias in group for w in alias.split()}
    return frozenset(words)


def _rare_words(a, b, s, out, counted: frozenset[str] = frozenset()) -> None:
    # a rare word of a quote both give is the quote again, as in `_text` (stop 56, dev_zf: "chérie" of "ma chérie",
    # a French endearment two men may use, counted as the quote and again as a rare word in both)
    said = _said_in_both(a, b)
    shared = sorted(set(a["rare"]) & set(b["rare"]) - counted - said)
    if not shared:
        return
    x = sum(float(s["rare_word_weight"]) * min(a["rare"][t], b["rare"][t]) * 3 for t in shared)
    out.append(Item(f"rare words in both: {', '.join(shared)}", min(float(s["weights"]["rare_word_max"]), x), TEXT))


@cache
def _groups(name: str) -> dict[str, str]:
    """word -> its group, for `build_groups` / `ethnicity_groups`."""
    return {w: g for g, words in op.settings()[name].items() for w in words}


def _group(value: str | None, name: str) -> str | None:
    return _groups(name).get(value.lower()) if value else None


def _description(a, b, s, generic, against) -> None:
    w = s["weights"]
    if a["sex"] and b["sex"]:
        if a["sex"] != b["sex"]:
            against.append(Item(f"sex differs: {a['sex']} / {b['sex']}", float(w["sex_differs"]), "sex"))
        elif w["sex_same"]:
            generic.append(Item(f"sex: {a['sex']}", float(w["sex_same"]), "sex"))
    if a["age"] and b["age"]:
        gap = max(a["age"][0] - b["age"][1], b["age"][0] - a["age"][1])
        if gap > s["age_slack"]:
            against.append(
                Item(f"ages apart: {a['age'][0]}-{a['age'][1]} / {b['age'][0]}-{b['age'][1]}", w["age_apart"], "age")
            )
        elif gap <= 0:
            overlap = f"{max(a['age'][0], b['age'][0])}-{min(a['age'][1], b['age'][1])}"
            generic.append(Item(f"age: {overlap}", w["age_overlap"], "age"))
    if a["height"] and b["height"]:
        if abs(a["height"] - b["height"]) > s["height_slack"]:
            against.append(Item(f"heights apart: {a['height']} / {b['height']} cm", float(w["height_apart"]), "height"))
        elif abs(a["height"] - b["height"]) <= 5:
            generic.append(Item(f"height about {a['height']} cm", float(w["height_close"]), "height"))
    _description_groups(a, b, w, generic, against)


def _description_groups(a, b, w, generic, against) -> None:
    """The build and the ethnicity as written, compared by their groups."""
    ga, gb = _group(a["build"], "build_groups"), _group(b["build"], "build_groups")
    if ga and gb and ga != gb:
        against.append(Item(f"build: {a['build']} / {b['build']}", float(w["build_opposite"]), "build"))
    elif ga and ga == gb:
        generic.append(Item(f"build: {a['build']} / {b['build']}", float(w["build_same"]), "build"))
    ea, eb = _group(a["ethnicity"], "ethnicity_groups"), _group(b["ethnicity"], "ethnicity_groups")
    if ea and eb and ea != eb:
        against.append(
            Item(
                f"ethnicity as written: {a['ethnicity']} / {b['ethnicity']}", float(w["ethnicity_differs"]), "ethnicity"
            )
        )
    elif ea and ea == eb:
        generic.append(Item(f"ethnicity as written: {a['ethnicity']}", float(w["ethnicity_same"]), "ethnicity"))


def accents_of(profile: dict[str, Any]) -> list[tuple[str, str]]:
    """(group, as written) of each accent the report gives him: the parsed accent, else the
    accents the text names near an accent cue ("Scotland or Ireland": either), else a
    nationality given as the ethnicity. Local accents are one group, `local`."""
    s = op.settings()
    parsed = _accent_groups((profile.get("accent") or "").lower().strip(), s)
    if parsed:
        return parsed
    heard: list[tuple[str, str]] = []
    for written in profile.get("accent_heard") or []:
        heard += [(g, w) for g, w in _accent_groups(written, s) if all(g != h for h, _ in heard)]
    if heard:
        return heard
    ethnicity = (profile.get("ethnicity") or "").lower().strip()
    if ethnicity in s["ethnicity_not_accent"] or ethnicity not in _accent_aliases():
        return []  # "Asian": an ethnic group, not where he is from
    return _accent_groups(ethnicity, s)


def _accent_groups(written: str, s: dict[str, Any]) -> list[tuple[str, str]]:
    """Every accent named in `written` ("scotland or ireland": both), the longest alias first."""
    if not written:
        return []
    if written in s["local_accents"]:
        return [("local", written)]
    aliases = _accent_aliases()
    words = written.split()
    found: list[tuple[str, str]] = []
    taken: set[int] = set()
    for n in (3, 2, 1):  # the longest alias first: "northern irish" before "irish"
        for i in range(len(words) - n + 1):
            span = set(range(i, i + n))
            if " ".join(words[i : i + n]) in aliases and not span & taken:
                group = aliases[" ".join(words[i : i + n])]
                taken |= span
                if all(g != group for g, _ in found):
                    found.append((group, written))
    if not found and any(w in s["local_accents"] for w in words):
        return [("local", written)]
    return found  # [] when not an accent we know ("glass"): no evidence either way


def _accent_region(written: str, s: dict[str, Any]) -> str | None:
    """The region of its accent group a written accent names (`accent_regions_apart`), or None."""
    words = f" {' '.join(re.findall(r'[a-z]+', written.lower()))} "
    for region, aliases in (s.get("accent_regions_apart") or {}).items():
        if any(f" {a} " in words for a in aliases):
            return str(region)
    return None


@cache
def _accent_aliases() -> dict[str, str]:
    return {alias: group for group, aliases in op.settings()["accent_groups"].items() for alias in aliases}


def _accent(a, b, s, distinctive, generic, against) -> None:
    """The same accent group: evidence (weak when local); a nation and the region it is in
    ("Albanian", "eastern European"), or one of several a reporter hesitated between: half;
    none in common (two nations of one region too): a contradiction."""
    w = s["weights"]
    xa, xb = accents_of(a), accents_of(b)
    if not (xa and xb):
        return
    ga, gb = {g for g, _ in xa}, {g for g, _ in xb}
    parents = s["accent_parents"]
    what = f"{xa[0][1]} / {xb[0][1]}"
    if ga & gb == {"local"}:
        generic.append(Item(f"accent: {what}", float(w["accent_local"]), "accent"))
    elif ga & gb and len(ga) == 1 and len(gb) == 1:
        ra, rb = _accent_region(xa[0][1], s), _accent_region(xb[0][1], s)
        if ra and rb and ra != rb:  # a Belfast voice and a Dublin one: one group, two accents (stop 57, dev_zg)
            against.append(Item(f"accents differ: {what}", float(w["accent_differs"]), "accent"))
            return
        distinctive.append(Item(f"accent: {what}", float(w["accent_uncommon"]), "accent"))
    elif ga & gb - {"local"} or any(parents.get(x) == y or parents.get(y) == x for x in ga for y in gb):
        distinctive.append(Item(f"accent, compatible: {what}", float(w["accent_compatible"]), "accent"))
    elif not ga & gb:
        against.append(Item(f"accents differ: {what}", float(w["accent_differs"]), "accent"))


def _text(a, b, s, distinctive, counted: frozenset[str] = frozenset()) -> None:
    ta, tb = a.get("terms") or {}, b.get("terms") or {}
    # the words of a quote both give are the quote again, not text in common (stop 55, dev_ze: two men who both said
    # "everyone's got a price, darling" linked on the quote and on "darling", "everyone's", "price"); all its words,
    # not only its rarer pairs (stop 59, dev_zi: "that's us square" counted again as "that's", "square" beside one
    # word of the telling, "handed")
    said = _said_in_both(a, b)
    shared = {w: ta[w] * tb[w] for w in ta.keys() & tb.keys() - counted - said}
    if len(shared) < 2:
        return  # one word in common is a coincidence, however alike two short texts look
    cosine = sum(shared[w] for w in sorted(shared))  # in one order: the same sum in every process
    # a short text's vector is a few words: its cosine says less until three words are shared
    x = min(
        float(s["text_max"]), (cosine - float(s["text_floor"])) * float(s["text_slope"]) * min(1.0, len(shared) / 3)
    )
    if x > 0:
        # equal weights in word order: a set's order changes with the process's hash seed
        words = ", ".join(sorted(shared, key=lambda t: (-shared[t], t))[:5])
        distinctive.append(Item(f"text in common (similarity {cosine:.2f}): {words}", round(x, 3), TEXT))


def _said_in_both(a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    """The words of a quote both give: its pairs' words, and the words both quote him saying beside them (a profile
    stored before `quote_words` existed: the pairs' only)."""
    shared = set(a.get("quoted") or []) & set(b.get("quoted") or [])
    said = {w for pair in shared for w in pair.split()}
    if shared:
        said |= set(a.get("quote_words") or []) & set(b.get("quote_words") or [])
    return said


def _hair_words(text: str | None, s: dict[str, Any]) -> set[str]:
    same = s["hair_synonyms"]
    return {same.get(w, w) for w in re.findall(r"[a-z]+", (text or "").lower())}


def _hair_of(profile: dict[str, Any], s: dict[str, Any]) -> set[str]:
    """The profile's hair words (a profile stored before `hair_words` existed: its parsed hair)."""
    words = profile.get("hair_words")
    return set(words) if words is not None else _hair_words(profile.get("hair"), s)


def _items(a, b, s, distinctive, clothing: list[str]) -> None:
    """Items both wear or carry, weighed by rarity; not one the clothing both give already
    counted ("flat cap" in both descriptions is the cap once, not twice), nor one a shared
    behaviour tells again (`item_behaviours`)."""
    specs = s["items"]
    said = set(clothing[:1])  # the clothing word `_hair_and_clothing` counted
    # an item a behaviour both show tells again (`item_behaviours`: a tan, the smell of fake tan) is that behaviour
    both = set(a["behaviours"]) & set(b["behaviours"])
    told = {i for i, beh in (s.get("item_behaviours") or {}).items() if beh in both}
    shared = sorted(
        i
        for i in set(a.get("items") or []) & set(b.get("items") or [])
        if not said & set(specs.get(i, {}).get("words") or []) and i not in told
    )
    if not shared:
        return
    total = sum(float(specs[i]["weight"]) * op.rarity(f"item:{i}") for i in shared if i in specs)
    cap = float(s["weights"]["items_max"])
    x = min(cap, total)
    if x > 0:
        distinctive.append(
            Item(f"wears or carries: {', '.join(shared)} (weighed by rarity in reports)", round(x, 3), "dress")
        )
    # three rare things in common (a waxed jacket, a hip flask, a labrador in the car) are more
    # than one: what the cap left over counts as a second feature, capped the same
    if len(shared) >= 3 and (rest := min(cap, total - cap)) > 0:
        distinctive.append(Item("wears or carries, beyond the first (weighed by rarity)", round(rest, 3), "items"))


def _weapons(a, b, s, specific) -> None:
    """The same kind of weapon ("a small kitchen knife", "knife from the kitchen"): specific,
    weighed by rarity in reports (profiles stored before weapons were read have none)."""
    shared = sorted(set(a.get("weapons") or []) & set(b.get("weapons") or []))
    specs = s["weapons"]
    x = sum(float(specs[k]["weight"]) * op.rarity(f"weapon:{k}") for k in shared if k in specs)
    x = min(float(s["weights"]["weapons_max"]), x)
    if x > 0:
        specific.append(Item(f"the same kind of weapon: {', '.join(shared)} (weighed by rarity in reports)",
                             round(x, 3), "weapon"))  # fmt: skip


def _quoted(a, b, w, distinctive) -> None:
    """What both quote him saying. A quote holding the words of a behaviour both show (the
    scripture of two men who quote it: "repent ye sinners") is that behaviour told again: it
    counts with that behaviour's feature, not as one of its own (stop 41, dev_q)."""
    shared = sorted(set(a.get("quoted") or []) & set(b.get("quoted") or []))
    if shared:
        x = min(float(w["quoted_max"]), float(w["quoted_pair"]) * len(shared))
        distinctive.append(Item(f"quoted saying the same: {'; '.join(shared[:4])}", x, _quote_feature(a, b, shared)))


def _named_in_quote(a: dict[str, Any], b: dict[str, Any], ev: Evidence) -> None:
    """A behaviour both show whose value is said inside the quote both give (the name he calls her in "everyone's got
    a price, darling") is that quote told again: it counts with the quote's feature. One catchphrase, which another
    man may say too, is one feature, not two (stop 55, dev_ze)."""
    shared = set(a.get("quoted") or []) & set(b.get("quoted") or [])
    if not shared or not any(item.feature == "quoted" for item in ev.distinctive):
        return
    said = {w for pair in shared for w in pair.split()}
    told = {
        f"behaviour:{bid}"
        for bid, _, value in (beh.partition(":") for beh in set(a["behaviours"]) & set(b["behaviours"]))
        if value and set(value.split()) <= said
    }
    ev.distinctive[:] = [Item(i.what, i.weight, "quoted") if i.feature in told else i for i in ev.distinctive]


def _quote_feature(a: dict[str, Any], b: dict[str, Any], shared: list[str]) -> str:
    """The feature a shared quote counts with: a shared behaviour whose words it holds, an item
    or a kind of mark both show whose words it holds (her words for what he wore, "a tooth, like
    shark", quoted in both: the item told again, not his speech; stop 48, dev_x), or its own."""
    vocabulary = op.behaviour_vocabulary()
    both = _behaviour_ids(a) & _behaviour_ids(b)
    words = {w for pair in shared for w in pair.split()}
    told = sorted(beh for beh in both if words & vocabulary.get(beh, frozenset()))
    # ... or the value of a behaviour both show, in every pair quoted ("that's mine back, hen" of two men who call women
    # "hen"; stop 50): "chop chop sunshine" has words of his own beside the name
    told += sorted(
        beh.partition(":")[0]
        for beh in set(a["behaviours"]) & set(b["behaviours"])
        if beh.partition(":")[2] and all(set(pair.split()) & set(beh.partition(":")[2].split()) for pair in shared)
    )
    if told:
        return f"behaviour:{told[0]}"
    s = op.settings()
    items = set(a.get("items") or []) & set(b.get("items") or [])
    if words & {str(w) for i in items for w in s["items"].get(i, {}).get("words") or ()}:
        return "dress"
    kinds = {m["kind"] for m in a["marks"]} & {m["kind"] for m in b["marks"]}
    named = op.mark_words().kinds
    marked = {w for k in kinds for phrase in named.get(k, ()) for w in phrase.split()}
    marked |= {w for k in kinds for w in _told_with(s, k)}
    return "mark" if words & marked else "quoted"


def _told_with(s: dict[str, Any], kind: str) -> set[str]:
    """The words that tell what a kind of mark does ("whistles" of a hearing aid; `mark_told_with`)."""
    return {str(w) for w in (s.get("mark_told_with") or {}).get(kind) or ()}


def _behaviour_ids(profile: dict[str, Any]) -> set[str]:
    return {b.partition(":")[0] for b in profile.get("behaviours") or []}


def _hair_colours(words: set[str], s: dict[str, Any]) -> set[str]:
    """The hair colour groups (`hair_colour_groups`) of a profile's hair words."""
    return {g for g, members in s["hair_colour_groups"].items() if words & set(members)}


def _hair_and_clothing(a, b, s, distinctive, generic, against, clothing: list[str]) -> None:
    w = s["weights"]
    ha, hb = _hair_of(a, s), _hair_of(b, s)
    special = ha & hb & set(s["hair_distinctive"])
    if special:
        x, what = _rare(
            float(w["hair_distinctive"]), f"hair: {' '.join(sorted(special))}", *(f"hair:{h}" for h in special)
        )
        distinctive.append(Item(what, x, "hair"))
    elif ha & hb:
        generic.append(Item(f"hair: {' '.join(sorted(ha & hb))}", float(w["hair_same"]), "hair"))
    ca, cb = _hair_colours(ha, s), _hair_colours(hb, s)
    if ca and cb and not ca & cb:
        against.append(Item(f"hair colour: {'/'.join(sorted(ca))} / {'/'.join(sorted(cb))}",
                            float(w["hair_colour_differs"]), "hair"))  # fmt: skip
    fa, fb = _hair_words(a["facial_hair"], s), _hair_words(b["facial_hair"], s)
    styled = fa & fb & set(s["facial_hair_distinctive"])
    if styled and fa & fb - styled:
        distinctive.append(
            Item(f"facial hair: {' '.join(sorted(fa & fb))}", float(w["facial_hair_distinctive"]), "facial_hair")
        )
    if clothing:
        distinctive.append(Item(f"clothing: {clothing[0]}", float(w["clothing_same_word"]), "dress"))


def _clothing_in_common(a, b, s) -> list[str]:
    """The distinctive clothing words both descriptions give, in order."""
    ca, cb = (a["clothing"] or "").lower(), (b["clothing"] or "").lower()
    return sorted(c for c in s["clothing_distinctive"] if c in ca and c in cb)


def _vehicles(a, b, s, specific) -> None:
    """The same make and model (a model written "Insignia or Astra" is either), and colour;
    failing a make in common, the same kind of vehicle (a van and a Transit) and colour. An
    uncommon kind (`vehicle_kinds_uncommon`: a camper van) weighs more than a van or an estate."""
    w = s["weights"]
    uncommon = s.get("vehicle_kinds_uncommon") or {}
    best: tuple[str, float] = ("", 0.0)
    for va in a["vehicles"]:
        for vb in b["vehicles"]:
            if not (va["make"] and va["make"] == vb["make"]):
                kind = _kind(va)
                x = float(uncommon.get(kind, w["vehicle_type"])) if kind and kind == _kind(vb) else 0.0
                name = _kind(va) or ""
            else:
                ma, mb = _either(va["model"]), _either(vb["model"])
                if ma and mb and not ma & mb:
                    continue
                x = float(w["vehicle_make_model"]) * (1.0 if ma and mb else 0.5)
                name = " ".join(filter(None, [va["make"], " or ".join(sorted(ma & mb)) or va["model"] or vb["model"]]))
            if x and _colours(va["colour"]) & _colours(vb["colour"]):
                x += float(w["vehicle_colour"])
                name = f"{va['colour']} {name}"
            if x > best[1]:
                best = (name, x)
    if best[1] > 0:
        specific.append(Item(f"vehicle: {best[0]}", best[1], "vehicle"))


def _either(written: str | None) -> set[str]:
    """'insignia or astra' -> {insignia, astra}: what a reporter hesitated between."""
    return {p.strip() for p in re.split(r"\s+or\s+|/", (written or "").lower()) if p.strip()}


def _kind(vehicle: dict[str, Any]) -> str | None:
    """The kind of vehicle its make or model names (`vehicle_types`): a Transit is a van; or
    a body its model is told by (`vehicle_bodies`): "7-seater", "family car with a sliding
    side door" are people carriers."""
    names = {n for n in (vehicle.get("model"), vehicle.get("make")) if n} | _either(vehicle.get("model"))
    kind = next((kind for kind, words in _vehicle_kinds().items() if names & words), None)
    model = str(vehicle.get("model") or "").lower()
    kind = kind or next((kind for kind, rx in op.body_patterns() if rx.search(model)), None)
    # ... or the last word of a model told with its size or use ("small van", "little white works van"; stop 53, dev_zc)
    last = {str(n).split()[-1] for n in names if " " in str(n)}
    return kind or next((kind for kind, words in _vehicle_kinds().items() if last & words), None)


@cache
def _vehicle_kinds() -> dict[str, frozenset[str]]:
    return {k: frozenset(str(w).lower() for w in v) for k, v in op.settings()["vehicle_types"].items()}


def _vehicle_details(a, b, s, distinctive) -> None:
    """What sets the vehicle apart, in both (roof ladders, a child seat): each by its rarity
    in reports; one feature with the vehicle."""
    shared = sorted(set(a.get("vehicle_details") or []) & set(b.get("vehicle_details") or []))
    w = s["weights"]
    x = sum(float(w["vehicle_detail"]) * op.rarity(f"veh:{d}") for d in shared)
    x = min(float(w["vehicle_detail_max"]), x)
    if x > 0:
        distinctive.append(Item(f"vehicle details: {', '.join(shared)} (weighed by rarity in reports)", round(x, 3),
                                "vehicle"))  # fmt: skip


def _colours(colour: str | None) -> set[str]:
    """'maroon' and 'dark red' are red: reporters name a colour differently; "green or black"
    is either."""
    return {c for c in (_colour(p) for p in _either(colour)) if c}


def _colour(colour: str | None) -> str | None:
    if not colour:
        return None
    low = colour.lower()
    groups = _groups("colour_groups")
    return groups.get(low) or groups.get(low.split()[-1]) or low


def _mo_area_time(a, b, s, specific, generic) -> None:
    w = s["weights"]
    rare = set(s["mo_specific"])
    for tag in sorted(set(a["mo"]) & set(b["mo"])):
        if tag in rare:
            specific.append(Item(f"MO: {tag}", float(w["mo_specific"]), "mo"))
        else:
            generic.append(Item(f"MO: {tag}", float(w["mo_generic"]), "mo"))
    fa, fb = set((a["facial_hair"] or "").lower().split()), set((b["facial_hair"] or "").lower().split())
    if fa & fb:
        specific.append(Item(f"facial hair: {' '.join(sorted(fa & fb))}", float(w["facial_hair_same"]), "facial_hair"))
    if a["district"] and a["district"] == b["district"]:
        generic.append(Item(f"district: {a['district']}", float(w["district_same"]), "district"))
    places = sorted(set(a["places"]) & set(b["places"]))
    if places:
        specific.append(Item(f"place: {places[0]}", float(w["place_same"]), "place"))
    if a["hour"] is not None and b["hour"] is not None and _period(a["hour"]) == _period(b["hour"]):
        generic.append(Item(f"time of day: {_period(a['hour'])}", float(w["time_of_day_same"]), "time"))


def _period(hour: int) -> str:
    return "night" if hour >= 21 or hour < 5 else "evening" if hour >= 17 else "day"
