#!/usr/bin/env python3
"""Checks a labelled corpus file against WRITERS_BRIEF.md (given to the corpus writers with
records.md and voices.md, nothing else). Prints errors; exit 1 if any."""

import json
import re
import sys

SOURCES = {"nums", "desktop_research", "partner"}
MO = set(
    [
        "violence",
        "sexual_assault",
        "robbery",
        "theft",
        "refused_payment",
        "condom_removal",
        "weapon",
        "impersonating_police",
        "threats",
        "blackmail",
        "harassment_stalking",
        "fraud_scam",
        "drugging",
        "filming",
        "abduction",
        "hate_abuse",
        "timewaster",
    ]
)
IND = set(
    [
        "third_party_control",
        "documents_held",
        "speaks_for_worker",
        "transported_by_other",
        "moved_between_places",
        "living_at_premises",
        "debt_bondage",
        "restricted_movement",
        "threats_to_family",
        "forced_drug_use",
        "advert_control",
        "rotating_workers",
        "shared_advert_contact",
        "protection_money",
        "drugs_supply",
        "money_laundering",
        "fearful_subdued",
        "limited_english",
    ]
)
KINDS = {"PERSON", "PHONE", "EMAIL", "HANDLE", "URL", "VEHICLE_REG", "ADDRESS", "PLACE"}
ROLES = {"offender", "victim", "third_party", "incident_place", "home"}
ROUTES = {"force_intel", "spoc", "organised_crime"}
CONSENT = {"anonymous_intelligence", "share_details", "formal_report"}
SECTOR = {"street", "indoor", "escort", "online", "other"}
PLATFORM = {"adult_services_site", "social_media", "classifieds", "lettings", "newspaper", "directory", "other"}
PTYPE = {"outreach", "isva", "sarc", "drug_alcohol", "health", "housing", "statutory", "other"}
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
REQ = {
    "nums": ["report_id", "received_at", "force_area", "sector", "incident_types", "consent", "narrative"],
    "desktop_research": [
        "research_id",
        "captured_at",
        "authority_ref",
        "researcher",
        "force_area",
        "platform",
        "content",
        "phones",
    ],
    "partner": ["submission_id", "submitted_at", "force_area", "partner", "consent", "narrative"],
}


def phone_ok(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
    if d.startswith("00"):
        d = d[1:]
    d = re.sub(r"^0(0)?", "0", d)
    if d.startswith("0440"):
        d = d[3:]
    return bool(re.fullmatch(r"07700900\d{3}|01134960\d{3}|02079460\d{3}", d)) or bool(
        re.fullmatch(r"440?7700900\d{3}", d)
    )


def check(path):
    errs = []
    ids = set()
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            ex = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: not JSON: {e}")
            continue
        src = ex.get("source")
        rec = ex.get("record") or {}
        gold = ex.get("gold") or {}
        if src not in SOURCES:
            errs.append(f"line {n}: bad source")
            continue
        for f in REQ[src]:
            if rec.get(f) in (None, "") and f != "phones":
                errs.append(f"line {n}: missing {f}")
        rid = rec.get({"nums": "report_id", "desktop_research": "research_id", "partner": "submission_id"}[src])
        if rid in ids:
            errs.append(f"line {n}: duplicate id {rid}")
        ids.add(rid)
        for f in ("received_at", "incident_at", "captured_at", "submitted_at"):
            if rec.get(f) is not None and not TS.match(str(rec[f])):
                errs.append(f"line {n}: {f} not ISO-8601 Z")
        if "consent" in rec and rec["consent"] not in CONSENT:
            errs.append(f"line {n}: bad consent")
        if src == "nums":
            if rec.get("sector") not in SECTOR:
                errs.append(f"line {n}: bad sector")
            for t in rec.get("incident_types") or []:
                if t not in MO:
                    errs.append(f"line {n}: bad incident type {t}")
        if src == "desktop_research" and rec.get("platform") not in PLATFORM:
            errs.append(f"line {n}: bad platform")
        if src == "partner" and (rec.get("partner") or {}).get("type") not in PTYPE:
            errs.append(f"line {n}: bad partner.type")
        text = rec.get("narrative") or rec.get("content") or ""
        desc = ((rec.get("offender") or {}).get("description")) or ""
        full = text + "\n" + desc
        for s in gold.get("spans", []):
            if s.get("kind") not in KINDS:
                errs.append(f"line {n}: bad kind {s.get('kind')}")
            if s.get("role") not in ROLES:
                errs.append(f"line {n}: bad role {s.get('role')}")
            if s.get("text", "") not in full:
                errs.append(f"line {n}: span text not found verbatim: {s.get('text')!r}")
            if s.get("kind") == "PHONE" and not phone_ok(s.get("text", "")):
                errs.append(f"line {n}: phone not in drama range: {s.get('text')!r}")
            if s.get("kind") == "EMAIL" and not re.search(r"@example\.(com|org|net)$", s.get("text", ""), re.I):
                errs.append(f"line {n}: email not example.*: {s.get('text')!r}")
        for w in gold.get("must_keep", []):
            if w not in full:
                errs.append(f"line {n}: must_keep not found verbatim: {w!r}")
        for t in gold.get("mo", []):
            if t not in MO:
                errs.append(f"line {n}: bad mo {t}")
        for t in gold.get("indicators", []):
            if t not in IND:
                errs.append(f"line {n}: bad indicator {t}")
        r = gold.get("routes", [])
        if not r or "force_intel" not in r or not set(r) <= ROUTES:
            errs.append(f"line {n}: routes must include force_intel and only known routes")
        for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", json.dumps(rec)):
            if not re.search(r"@example\.(com|org|net)$", m.group(), re.I):
                errs.append(f"line {n}: email not at example.*: {m.group()}")
    for e in errs:
        print(e)
    print(f"{path}: {len(ids)} records, {len(errs)} errors")
    return not errs


if __name__ == "__main__":
    sys.exit(0 if all([check(p) for p in sys.argv[1:]]) else 1)
