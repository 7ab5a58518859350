"""The digest's content model: one district, one period, in the order an officer works.

1. waiting for contact through NUM or a project: the consent statement and the 24-hour
   crime-recording deadline, overdue first;
2. new incidents: date, area, MO, hate-crime flag;
3. offenders to look out for: repeat offenders with their links first;
4. trafficking and exploitation signals: a reason to look, not proof;
5. counts by MO (this district) and by district (the force, same period);
6. draft warnings for NUM (nothing is sent).

Every item keeps its routing reasons and grading proposal. The document is plain JSON
(the `bulletins digest` JSON file, and the worker's message on `bulletins.digest`); the
HTML and plain-text renderings are made from it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from common.sources import REPORT_SOURCES
from processors.digest.districts import Districts, load_districts
from processors.digest.items import DigestItem
from processors.digest.offenders import OffenderGroup, group_offenders
from processors.digest.periods import Window, iso
from processors.digest.warning import drafts
from processors.digest.wording import NOTES
from processors.vocabulary import MO_TAGS

KIND = "bulletins.digest"
VERSION = 1
CONTACT_CONSENT = ("share_details", "formal_report")


def build_digest(
    items: Iterable[DigestItem],
    district: str,
    period: str,
    window: Window,
    generated_at: float,
    districts: Districts | None = None,
) -> dict[str, Any]:
    """The digest of `district` for `window`. `items` are every digest item of the window,
    all districts (the counts by district need them)."""
    districts = districts or load_districts()
    every = list(items)
    mine = sorted((i for i in every if i["district"] == district), key=lambda i: i["at"])
    groups = group_offenders(mine)
    warnings = drafts(groups, districts)
    waiting = _waiting(mine, generated_at)
    signals = _signals(mine)
    incidents = _incidents(mine)
    # An item in several sections carries its reasons and grading in the first only; the
    # later ones point back to it (`details_above`).
    shown: set[str] = set()
    for entry in [*waiting, *incidents, *signals]:
        entry["details_above"] = entry["id"] in shown
        shown.add(entry["id"])
    return {
        "kind": KIND,
        "version": VERSION,
        "district": districts.label(district),
        "district_key": district,
        "period": period,
        "from": window.start_iso,
        "until": window.end_iso,
        "generated_at": iso(generated_at),
        "notes": list(NOTES),
        "summary": {
            "items": len(mine),
            "waiting_for_contact": len(waiting),
            "overdue": sum(1 for w in waiting if w["overdue"]),
            "new_incidents": len(incidents),
            "hate_crimes": sum(1 for i in incidents if i["hate_crime"]),
            "offenders": len(groups),
            "repeat_offenders": sum(1 for g in groups if g.repeat),
            "signals": len(signals),
            "draft_warnings": len(warnings),
        },
        "waiting_for_contact": waiting,
        "new_incidents": incidents,
        "offenders": [_offender(g) for g in groups],
        "signals": signals,
        "counts": {
            "by_mo": _by_mo(mine),
            "by_district": _by_district(every, districts),
        },
        "draft_warnings": warnings,
    }


def _waiting(items: list[DigestItem], now: float) -> list[dict[str, Any]]:
    """Items whose reporter agreed to contact (through the project or NUM) or wants a formal
    report: overdue first, then by deadline, then the longest waiting."""
    out: list[dict[str, Any]] = []
    for item in items:
        if item["source"] not in REPORT_SOURCES or item["consent"] not in CONTACT_CONSENT:
            continue
        due = item["crime_recording_due"]
        hours_over = (now - _seconds(due)) / 3600 if due else None
        out.append(
            {
                **item,
                "overdue": hours_over is not None and hours_over > 0,
                "overdue_hours": round(hours_over, 1) if hours_over and hours_over > 0 else None,
            }
        )
    out.sort(key=lambda w: w["at"])
    out.sort(key=lambda w: w["crime_recording_due"] or "~")  # items without a deadline last
    out.sort(key=lambda w: not w["overdue"])
    return out


def _incidents(items: list[DigestItem]) -> list[dict[str, Any]]:
    """Every NUM report and partner submission: high priority first, then the newest."""
    out: list[dict[str, Any]] = [dict(i) for i in items if i["source"] in REPORT_SOURCES]
    out.sort(key=lambda i: i["incident_at"] or i["at"], reverse=True)
    out.sort(key=lambda i: i["priority"] != "high")
    return out


def _signals(items: list[DigestItem]) -> list[dict[str, Any]]:
    """Items with a strong exploitation signal or sent to the organised crime units. Weak
    signals (fear, little English) are shown only beside a strong one: on their own they
    say nothing (under 10% of migrant sex workers are trafficked: the force policy)."""
    out = []
    for item in items:
        strong = [i["id"] for i in item["indicators"] if i["strength"] == "strong"]
        if not strong and "organised_crime" not in item["routes"]:
            continue
        weak = [i["id"] for i in item["indicators"] if i["strength"] != "strong"]
        adverts = max((lk["adverts"] for lk in item["links"] if lk["kind"] == "ADVERT_CONTACT"), default=0)
        shared = sorted({r for lk in item["links"] if lk["kind"] == "ADVERT_CONTACT" for r in lk["records"]})
        # issue 12: near-duplicate adverts from one template, and the duty-to-notify prompt
        cluster = max((lk["adverts"] for lk in item["links"] if lk["kind"] == "advert_cluster"), default=0)
        template = sorted({r for lk in item["links"] if lk["kind"] == "advert_cluster" for r in lk["records"]})
        extra = {"cluster_size": cluster, "cluster_with": template, "duty": item.get("duty_to_notify")}
        out.append({**item, "strong": strong, "weak": weak, "advert_count": adverts, "shared_with": shared, **extra})
    return out


def _similar(group: OffenderGroup) -> list[dict[str, Any]]:
    """Issue 12: earlier reports that may be the same man (no shared identifier), best first."""
    own = {i["id"] for i in group.items}
    best: dict[str, float] = {}
    for item in group.items:
        for lk in item["links"]:
            if lk["kind"] == "similar_offender":
                for rid in lk["records"]:
                    if rid not in own:
                        best[rid] = max(best.get(rid, 0.0), lk.get("score", 0.0))
    return [{"id": r, "score": s} for r, s in sorted(best.items(), key=lambda rs: (-rs[1], rs[0]))]


def _offender(group: OffenderGroup) -> dict[str, Any]:
    return {
        "similar": _similar(group),
        "draft_id": group.draft_id,
        "repeat": group.repeat,
        "reports": group.reports,
        "reports_here": group.reports_here,
        "phones": group.values("phone"),
        "registrations": group.values("registration"),
        "emails": group.values("email"),
        "handles": group.values("handle"),
        "names": group.names,
        "vehicles": group.vehicles,
        "descriptions": group.descriptions,
        "mo": group.mo,
        "districts": group.districts,
        "first_seen": group.first_seen,
        "last_seen": group.last_seen,
        "items": [
            {k: i[k] for k in ("id", "source", "at", "incident_at", "area", "mo", "reasons", "grading", "priority")}
            for i in group.items
        ],
        "links": group.links,
    }


def _by_mo(items: list[DigestItem]) -> dict[str, int]:
    counts = Counter(t for i in items for t in i["mo"])
    return {t: counts[t] for t in MO_TAGS if counts[t]}


def _by_district(items: list[DigestItem], districts: Districts) -> dict[str, int]:
    counts = Counter(i["district"] for i in items)
    keys = [*districts.names, *(k for k in counts if k not in districts.names)]
    return {districts.label(k): counts[k] for k in keys if counts[k] or k in districts.names}


def _seconds(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
