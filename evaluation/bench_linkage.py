"""`bulletins bench-linkage`: what linking costs per record as the store grows.

Fills a store (a dict, as the worker's in-memory faust table) with synthetic fictional
records, NUM reports and adverts, to each size asked for, then times the linker on new
records at that size: milliseconds per record, candidates scored per report, and the bytes
of state written per record (what the worker's changelog carries). Blocking keeps the
candidates, and so the time, flat as the store grows. Printed, never asserted.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import MutableMapping
from typing import Any

from processors.correlation import Observation
from processors.linkage import Linker, Subject

_WORDS: dict[str, Any] = {
    "build": ["slim", "stocky", "heavy set", "medium", "athletic", "skinny", "big"],
    "ethnicity": ["white", "asian", "black", "eastern european", "mixed race", "middle eastern"],
    "accent": ["local", "yorkshire", "geordie", "scouse", "irish", "scottish", "welsh", "polish", "brummie", ""],
    "hair": ["short brown", "bald", "ginger", "grey", "dark", "shaved", "blond", "ponytail", ""],
    "mark_kind": ["tattoo", "scar", "birthmark", "gold tooth"],
    "mark_place": ["neck", "hand", "arm", "face", "eyebrow", "knuckles", "chest", "cheek"],
    "motif": ["rose", "spider", "scorpion", "dragon", "anchor", "skull", "star", "snake", "cross", "eagle", "heart"],
    "vehicle": [("ford", "focus"), ("vauxhall", "astra"), ("volkswagen", "golf"), ("bmw", "3 series"),
                ("toyota", "prius"), ("ford", "transit"), ("audi", "a4"), ("nissan", "qashqai"), ("kia", "sportage")],
    "colour": ["silver", "black", "white", "grey", "blue", "red"],
    "mo": ["robbery", "violence", "refused_payment", "weapon", "threats", "condom_removal", "filming", "timewaster"],
    "claim": ["taxi driver", "builder", "electrician", "soldier", "plumber", "doctor", "footballer", "landlord"],
    "smell": ["aftershave", "garlic", "petrol", "weed", "fags", "curry"],
    "advert": ["new in town", "sexy and discreet", "incall only", "outcall available", "real pics", "no rush",
               "text first", "no withheld numbers", "curvy blonde", "petite brunette", "mature lady", "party girl",
               "open minded", "genuine photos", "hotel visits", "gfe", "massage", "available late", "students",
               "couples welcome", "weekends only", "parking nearby", "clean and friendly", "call me"],
}  # fmt: skip


def _rare_vocabulary() -> list[str]:
    """Uncommon English words (wordfreq), as the odd details of real reports are."""
    from wordfreq import top_n_list, zipf_frequency

    words = [w for w in top_n_list("en", 60_000) if w.isalpha() and len(w) > 4]
    return [w for w in words if 2.0 <= zipf_frequency(w, "en") < 3.3][:3000]


def _nums_profile(record: dict[str, Any]) -> dict[str, Any]:
    from processors import offender_profile

    profile = offender_profile.build("nums", record)
    if profile is None:  # a NUM report always has one
        raise ValueError("nums: no offender profile")
    return profile


def report(rng: random.Random, i: int) -> tuple[Observation, dict[str, Any]]:
    w = _WORDS
    if "rare_big" not in w:
        w["rare_big"] = _rare_vocabulary()
    kind, place = rng.choice(w["mark_kind"]), rng.choice(w["mark_place"])
    make, model = rng.choice(w["vehicle"])
    plate = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))
    lo = rng.choice([20, 30, 40, 50, 60])
    # most reports have details of their own; some a common claim and smell (a look-alike)
    common = f"He said he was a {rng.choice(w['claim'])} and smelled of {rng.choice(w['smell'])}. "
    narrative = (
        (common if rng.random() < 0.3 else "")
        + f"He had a {rng.choice(w['rare_big'])} and talked about his {rng.choice(w['rare_big'])}. "
        + f"Drove a {rng.choice(w['colour'])} {make} {model}, plate ending {plate}."
    )
    record: dict[str, Any] = {
        "report_id": f"NUM-B-{i}",
        "narrative": narrative,
        "offender": {"vehicles": [{"make": make, "model": model, "colour": rng.choice(w["colour"])}]},
        "description_structured": {
            "sex": "male", "age_min": lo, "age_max": lo + 9, "build": rng.choice(w["build"]),
            "ethnicity": rng.choice(w["ethnicity"]), "accent": rng.choice(w["accent"]) or None,
            "hair": rng.choice(w["hair"]) or None, "marks": [f"{kind} of a {rng.choice(w['motif'])} on his {place}"],
        },
        "mo": sorted(set(rng.sample(w["mo"], 2))),
        "entities": [],
        "district": rng.choice(["Leeds", "Bradford", "Kirklees", "Calderdale", "Wakefield"]),
        "incident_at": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
    }  # fmt: skip
    return Observation(record["report_id"], "nums", record["incident_at"], ()), record


def advert(rng: random.Random, i: int) -> tuple[Observation, dict[str, Any]]:
    """The genre's phrases and some words of its own; half the adverts from a template."""
    if "rare_big" not in _WORDS:
        _WORDS["rare_big"] = _rare_vocabulary()
    template = rng.randrange(max(1, i // 20))  # some templates reused: clusters form
    own = rng if rng.random() < 0.5 else random.Random(template)  # an independent advert, or a template's
    words = own.sample(_WORDS["advert"], 6) + own.sample(_WORDS["rare_big"], 8)
    own.shuffle(words)
    content = f"[PERSON_1] {rng.randint(19, 35)}yo. " + ", ".join(words) + ". [PHONE_1]"
    seen = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00Z"
    return Observation(f"DR-B-{i}", "desktop_research", seen, ()), {"content": content}


class _Metered(dict):
    """A dict that counts the JSON bytes written to it (what a faust changelog would carry)."""

    written = 0

    def __setitem__(self, key: str, value: Any) -> None:
        self.written += len(key) + len(json.dumps(value))
        super().__setitem__(key, value)


def _fill(linker: Linker, rng: random.Random, start: int, stop: int) -> None:
    """Reports are loaded without scoring (SimilarOffenders.load: the same entries, each its
    own series), adverts observed: filling 100,000 the full way would take hours here."""
    for i in range(start, stop):
        if i % 5 == 0:
            obs, record = advert(rng, i)
            linker.observe(Subject(obs, record))
        else:
            obs, record = report(rng, i)
            linker.similar.load(obs.record_id, obs.source, obs.seen_at, _nums_profile(record))


def _measure(linker: Linker, store: MutableMapping[str, Any], rng: random.Random, start: int, n: int) -> dict:
    out: dict[str, Any] = {}
    for name, make in (("report", report), ("advert", advert)):
        subjects = [make(rng, start + i) for i in range(n)]
        before = store.written  # type: ignore[attr-defined]
        scored = 0
        began = time.perf_counter()
        for obs, record in subjects:
            if name == "report":
                from processors.similar_offenders import keys_of

                keys = keys_of(_nums_profile(record))
                scored += len(linker.similar.candidates(keys, {obs.record_id}))
            linker.observe(Subject(obs, record))
        elapsed = time.perf_counter() - began
        out[name] = {
            "ms": 1000 * elapsed / n,
            "bytes": (store.written - before) / n,  # type: ignore[attr-defined]
            "candidates": scored / n if name == "report" else None,
        }
    return out


def main(sizes: list[int] | None = None, probe: int = 300, seed: int = 12) -> None:
    sizes = sorted(sizes or [10_000, 100_000])
    rng = random.Random(seed)
    store = _Metered()
    linker = Linker(store)
    filled = 0
    print("linkage cost per record (synthetic fictional records: 4 reports to 1 advert)")
    print(f"{'stored records':>15} {'report ms':>10} {'candidates':>11} {'bytes':>8} {'advert ms':>10} {'bytes':>8}")
    for size in sizes:
        started = time.perf_counter()
        _fill(linker, rng, filled, size)
        filled = size
        fill_s = time.perf_counter() - started
        m = _measure(linker, store, rng, 10_000_000 + size, probe)
        r, a = m["report"], m["advert"]
        print(
            f"{size:>15,} {r['ms']:>10.2f} {r['candidates']:>11.1f} {r['bytes']:>8.0f} {a['ms']:>10.2f} "
            f"{a['bytes']:>8.0f}   (filled in {fill_s:.0f} s; {len(store):,} store entries)"
        )
