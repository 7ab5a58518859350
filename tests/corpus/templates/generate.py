"""Deterministic generator of fictional, labelled training records.

python3 tests/corpus/templates/generate.py --n 1800 --seed 7 --out tests/corpus/train/templates.jsonl
Labels come from construction: every identifier inserted through a {key.attr}
placeholder records its exact text, kind and role.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V
import voices_desktop
import voices_nums
import voices_partner

OFFENDER_KEYS = ("o", "o2", "c")
TS = "%Y-%m-%dT%H:%M:00Z"
NOT_TOWNS = ("Kirklees", "Calderdale", "Wirral")
MALE_KEYS = ("o", "o2", "c", "d", "b", "r", "l")
TOK = re.compile(r"\{([a-z0-9]+)\.([A-Za-z0-9_]+)\}|<([^<>]+)>")
ALT = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
TAG = re.compile(r"\s*#(mo|ind|sec)=([a-z_,]+)")
TXT = [
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bbecause\b", "cos"),
    (r"\bwith\b", "wiv"),
    (r"\bdon't\b", "dnt"),
    (r"\band\b", "n"),
    (r"\bare\b", "r"),
    (r"\bfor\b", "4"),
    (r"\bplease\b", "pls"),
    (r"\breally\b", "rly"),
    (r"\bgoing to\b", "gonna"),
    (r"\bI'm\b", "im"),
    (r"\bsaid\b", "sed"),
    (r"\bpeople\b", "ppl"),
    (r"\bwhat\b", "wot"),
    (r"\bjust\b", "jus"),
    (r"\bthe\b", "da"),
    (r"\bmessage\b", "msg"),
    (r"\bthis\b", "dis"),
    (r"\btonight\b", "2nite"),
    (r"\bsomething\b", "summat"),
    (r"\bhave\b", "av"),
]


class Ctx:
    """Per-record state: people, places, spans, must_keep, mo, indicators."""

    def __init__(self, rng, source):
        self.rng, self.source = rng, source
        self.people, self.cache, self.spans, self.conflict = {}, {}, {}, False
        self.keep, self.mo, self.ind, self.digits, self.names = [], [], [], [], []
        self.style, self.meta, self.used = None, {}, []
        self.force = V.pick(rng, list(V.FORCES)) if rng.random() < 0.45 else "West Yorkshire"
        self.district = V.pick(rng, list(V.FORCES[self.force]))
        areas = [a for a in V.FORCES[self.force][self.district] if a != self.district]
        rng.shuffle(areas)
        self.town = self.district
        if self.district in NOT_TOWNS:
            self.town = areas.pop(0)
        self.area, self.homearea = areas[0], areas[1 % len(areas)]
        others = [t for f in V.FORCES.values() for t in f if t not in (self.district, self.town) and t not in NOT_TOWNS]
        self.other_town = V.pick(rng, others)
        self.culture = V.pick(rng, list(V.WORKER_FIRST))

    # -- people ---------------------------------------------------------------
    def _name(self, pool):
        for _ in range(40):
            n = V.pick(self.rng, pool)
            if all(n.lower() not in m.lower() and m.lower() not in n.lower() for m in self.names):
                self.names.append(n)
                return n
        return n

    def _digits(self, kind=None):
        while True:
            d = V.new_phone(self.rng, kind)
            if d not in self.digits:
                self.digits.append(d)
                return d

    def person(self, key):
        if key in self.people:
            return self.people[key]
        rng, p = self.rng, {"key": key}
        if key in MALE_KEYS:
            p["first"], p["last"] = self._name(V.MALE_FIRST), self._name(V.MALE_LAST)
            p["alias"] = self._name(V.ALIASES)
        elif key == "v":
            p["first"] = self._name(V.WORKER_FIRST[self.culture])
            p["last"] = self._name(V.WORKER_LAST[self.culture])
            p["alias"] = self._name(V.WORKING_NAMES)
        elif key == "s":
            p["first"], p["last"] = self._name(V.STAFF_NAMES).split()
            p["alias"] = p["first"]
        else:
            pool = V.FRIEND_FIRST if rng.random() < 0.6 else V.WORKER_FIRST[V.pick(rng, list(V.WORKER_FIRST))]
            p["first"], p["last"] = self._name(pool), self._name(V.WORKER_LAST["english"])
            p["alias"] = self._name(V.WORKING_NAMES)
        p["name"] = p["first"] + " " + p["last"]
        p["digits"] = self._digits()
        p["digitsB"] = self._digits()
        p["email"] = V.new_email(rng, p["first"] if rng.random() < 0.6 else p["alias"], p["last"])
        p["handle"] = V.new_handle(rng, p["alias"].split()[-1] if rng.random() < 0.4 else None)
        p["vehicle"] = V.new_vehicle(rng)
        p["home"] = V.new_address(rng)
        p["url"] = V.new_url(rng, p["alias"])
        self.people[key] = p
        return p

    def role(self, key):
        return "offender" if key in OFFENDER_KEYS else "victim" if key == "v" else "third_party"

    def span(self, text, kind, role):
        old = self.spans.get(text)
        if old and old != (kind, role):
            self.conflict = True
        self.spans[text] = (kind, role)

    def add_keep(self, word):
        if word not in self.keep:
            self.keep.append(word)

    # -- placeholder values -----------------------------------------------------
    def val(self, key, attr):
        ck = key + "." + attr
        if ck in self.cache:
            return self.cache[ck]
        out = self._val(key, attr)
        if attr not in ("colour", "nat", "weapon", "org"):
            self.cache[ck] = out
        return out

    def _val(self, key, attr):
        rng = self.rng
        if key == "p":
            return self._place(attr)
        if key == "x":
            word = V.pick(rng, {"org": V.ORGS, "weapon": V.WEAPONS, "nat": V.NATIONALITY}[attr])
            self.add_keep(
                word.replace("the ", "") if word.startswith("the ") and attr == "org" and word[4].isupper() else word
            )
            return word
        p, role = self.person(key), self.role(key)
        self.used.append(ck := key + "." + attr)
        if attr in ("first", "name", "alias", "mr", "last"):
            t = {"mr": "Mr " + p["last"]}.get(attr) or p[attr]
            self.span(t, "PERSON", role)
            return t
        if attr in ("phone", "phone2", "phone3", "phoneB"):
            d = p["digitsB"] if attr == "phoneB" else p["digits"]
            t = V.fmt_phone(rng, d, self.meta.get("pstyle"))
            if attr in ("phone2", "phone3"):
                for _ in range(8):
                    if t != self.cache.get(key + ".phone"):
                        break
                    t = V.fmt_phone(rng, d)
            self.span(t, "PHONE", role)
            return t
        if attr in ("email", "handle", "at", "u", "url"):
            t = {
                "email": p["email"],
                "handle": p["handle"],
                "at": "@" + p["handle"],
                "u": "u/" + p["handle"],
                "url": p["url"],
            }[attr]
            self.span(t, {"email": "EMAIL", "url": "URL"}.get(attr, "HANDLE"), role)
            return t
        if attr == "reg":
            t = V.fmt_reg(rng, p["vehicle"]["vrm"])
            self.span(t, "VEHICLE_REG", role)
            return t
        if attr in ("car", "make"):
            v = p["vehicle"]
            t = v["make"] + (" " + v["model"] if attr == "car" else "")
            if role == "offender":
                self.add_keep(t)
            return t
        if attr == "colour":
            return p["vehicle"]["colour"]
        if attr == "home":
            self.span(p["home"], "ADDRESS", "home")
            return p["home"]
        raise KeyError(ck)

    def _place(self, attr):
        rng = self.rng
        if attr in ("town", "district", "from", "to", "other", "accent"):
            t = {
                "town": self.town,
                "district": self.area,
                "from": self.town,
                "to": self.other_town,
                "other": self.other_town,
            }.get(attr)
            if attr == "accent":
                t = V.pick(rng, V.DESC_TOWNS)
                if t in ("Bradford", "Barnsley", "Glasgow", "Hull"):
                    self.span(t, "PLACE", "incident_place")
                self.add_keep(t + " accent")
                return t + " accent"
            self.span(t, "PLACE", "incident_place")
            self.add_keep(t)
            return t
        if attr in ("TOWN", "DISTRICT"):
            t = (self.town if attr == "TOWN" else self.area).upper()
            self.span(t, "PLACE", "incident_place")
            self.add_keep(t)
            return t
        if attr == "homearea":
            self.span(self.homearea, "PLACE", "home")
            return self.homearea
        t = {
            "street": lambda: V.pick(rng, V.STREETS),
            "venue": lambda: V.pick(rng, V.VENUES)[4:],
            "addr": lambda: V.new_address(rng),
            "pc": lambda: V.new_postcode(rng),
            "country": lambda: V.pick(rng, V.ORIGIN_COUNTRIES),
            "block": lambda: V.pick(rng, V.BLOCKS),
        }[attr]()
        if attr == "street" and any(t in s for s in self.spans):
            t = V.pick(rng, V.STREETS)
        self.span(t, "ADDRESS" if attr in ("addr", "pc") else "PLACE", "incident_place")
        if attr == "country":
            self.add_keep(t)
        return t

    # -- template filling ---------------------------------------------------------
    def lit(self, s):
        if self.style != "txt" or not s:
            return s
        rng = self.rng
        for pat, rep in TXT:
            if rng.random() < 0.6:
                s = re.sub(pat, rep, s)
        s = re.sub(r"(?<=[a-z])'(?=[a-z])", "", s) if rng.random() < 0.7 else s
        if rng.random() < 0.5:
            s = s.lower()
        if rng.random() < 0.5:
            s = s.replace(".", "").replace(",", "")
        words = s.split(" ")
        for i, w in enumerate(words):
            if len(w) > 5 and w.isalpha() and rng.random() < 0.06:
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        return " ".join(words)

    def fill(self, tpl):
        for kind, tags in TAG.findall(tpl):
            if kind == "sec":
                self.meta["sector"] = tags
                continue
            target = self.mo if kind == "mo" else self.ind
            for t in tags.split(","):
                if t and t not in target:
                    target.append(t)
        tpl = TAG.sub("", tpl)
        while ALT.search(tpl):
            tpl = ALT.sub(lambda m: V.pick(self.rng, m.group(1).split("|")), tpl)
        out, pos = [], 0
        for m in TOK.finditer(tpl):
            out.append(self.lit(tpl[pos : m.start()]))
            if m.group(3):
                out.append(m.group(3))
                self.add_keep(m.group(3))
            else:
                out.append(self.val(m.group(1), m.group(2)))
            pos = m.end()
        out.append(self.lit(tpl[pos:]))
        return "".join(out)

    def one(self, pool):
        return self.fill(V.pick(self.rng, pool))


def bounded(t):
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(t) + r"(?![A-Za-z0-9])", re.I)


def valid(ctx, text):
    if ctx.conflict:
        return False
    low = text.lower()
    keepers = [t for t, (k, r) in ctx.spans.items() if r in ("offender", "incident_place")] + ctx.keep
    for t, (k, r) in ctx.spans.items():
        if t not in text:
            return False
        if r in ("offender", "incident_place"):
            continue
        if len(bounded(t).findall(text)) != low.count(t.lower()):
            return False
        if any(t.lower() in k.lower() or k.lower() in t.lower() for k in keepers):
            return False
    return True


def tidy(text):
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" ([.,!?])", r"\1", text)
    return text.strip()


def _used(ctx, key):
    return [u.split(".")[1] for u in ctx.used if u.startswith(key + ".")]


def reporter(ctx, key="v"):
    rng, p = ctx.rng, ctx.person(key)
    used = _used(ctx, key)
    if not used and rng.random() < 0.3:
        return None
    r = {
        "name": p["name"] if rng.random() < 0.6 else None,
        "working_name": p["alias"] if "alias" in used or rng.random() < 0.4 else None,
        "phone": V.fmt_phone(rng, p["digits"], V.pick(rng, [0, 0, 1, 3])) if rng.random() < 0.8 else None,
        "email": p["email"] if "email" in used or rng.random() < 0.3 else None,
        "address": p["home"] if "home" in used or rng.random() < 0.2 else None,
        "date_of_birth": V.new_dob(rng) if rng.random() < 0.5 else None,
        "online_handles": ["@" + p["handle"]] if {"at", "handle", "u"} & set(used) else [],
    }
    return r


def offender(ctx):
    rng, o = (
        ctx.rng,
        {
            "names": [],
            "phones": [],
            "emails": [],
            "online_handles": [],
            "vehicles": [],
            "description": ctx.meta.get("desc"),
        },
    )
    for key in OFFENDER_KEYS:
        if key not in ctx.people:
            continue
        p, used = ctx.people[key], _used(ctx, key)
        for a in ("name", "first", "alias", "mr"):
            if a in used and rng.random() < 0.85:
                o["names"].append(ctx.cache[key + "." + a])
        if not used:
            continue
        if used and rng.random() < 0.2:
            o["names"].append(p["name"])
        for a, d in (("phone", "digits"), ("phoneB", "digitsB")):
            if (a in used or (a == "phone" and {"phone2", "phone3"} & set(used))) and rng.random() < 0.9:
                o["phones"].append(V.fmt_phone(rng, p[d], V.pick(rng, [0, 0, 1, 3, 5])))
        if "email" in used:
            o["emails"].append(p["email"])
        if {"at", "handle", "u"} & set(used):
            o["online_handles"].append(("u/" if "u" in used else "@") + p["handle"])
        if {"reg", "car", "make"} & set(used):
            v = dict(p["vehicle"])
            v["vrm"] = v["vrm"][:4] + " " + v["vrm"][4:] if "reg" in used else None
            o["vehicles"].append(v)
    o["names"] = list(dict.fromkeys(o["names"]))
    if not any(o[k] for k in o):
        return None
    return o


def routes(ctx, source, rec):
    r = ["force_intel"]
    tags = set(ctx.mo) | set(rec.get("incident_types") or [])
    if source != "desktop_research" and (
        tags - {"timewaster"} or rec.get("consent") in ("share_details", "formal_report")
    ):
        r.append("spoc")
    if set(ctx.ind) - {"fearful_subdued", "limited_english"}:
        r.append("organised_crime")
    return r


SOURCES = [("nums", 45, voices_nums), ("partner", 25, voices_partner), ("desktop_research", 30, voices_desktop)]


def make_one(rng, source, mod, idx):
    for _ in range(80):
        ctx = Ctx(rng, source)
        names, weights = zip(*[(v[0], v[1]) for v in mod.VOICES], strict=True)
        vname = rng.choices(names, weights)[0]
        fn = dict((v[0], v[2]) for v in mod.VOICES)[vname]
        ctx.style = None
        text = tidy(fn(ctx))
        if ctx.meta.get("desc"):
            ctx.meta["desc"] = tidy(ctx.meta["desc"])
        if valid(ctx, text + "\n" + (ctx.meta.get("desc") or "")):
            break
    rec_at = dt.datetime(2026, 1, 1) + dt.timedelta(minutes=15 * rng.randrange(35000))
    inc_at = rec_at - dt.timedelta(minutes=15 * rng.randrange(4, 5000))
    common = {
        "reporter": reporter(ctx),
        "offender": offender(ctx),
        "ts": rec_at.strftime(TS),
        "inc": inc_at.strftime(TS),
        "idx": idx,
    }
    rec = mod.record(ctx, text, common)
    gold = {
        "spans": [{"text": t, "kind": k, "role": r} for t, (k, r) in ctx.spans.items()],
        "must_keep": ctx.keep[:8],
        "mo": sorted(ctx.mo),
        "indicators": sorted(ctx.ind),
        "routes": routes(ctx, source, rec),
    }
    return {"source": source, "record": rec, "gold": gold}, ctx.meta.get("voice") or vname


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1800)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="tests/corpus/train/templates.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    plan = []
    for src, w, mod in SOURCES:
        plan += [(src, mod)] * round(a.n * w / 100)
    plan = (plan + [SOURCES[0][::2]] * a.n)[: a.n]
    rng.shuffle(plan)
    stats, counters = Counter(), Counter()
    with open(a.out, "w", encoding="utf-8") as fh:
        for src, mod in plan:
            counters[src] += 1
            row, vname = make_one(rng, src, mod, counters[src])
            stats[(src, vname)] += 1
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    for (src, vname), c in sorted(stats.items()):
        print(f"{src:18} {vname:22} {c}", file=sys.stderr)
    print("records", sum(stats.values()), dict(counters), file=sys.stderr)
    print("templates", sum(m.template_count() for _, _, m in SOURCES), file=sys.stderr)


if __name__ == "__main__":
    main()
