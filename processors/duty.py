"""The duty-to-notify prompt (Modern Slavery Act 2015 s52) on organised-crime items.

Only a prompt for a person to consider, with who decides and by when
(`patterns/duty_to_notify.yaml`): never a referral, and never on weak signs alone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import Any

from processors.matchers import load_file


@cache
def _spec() -> dict[str, Any]:
    spec = load_file("duty_to_notify.yaml")
    return {"hours": float(spec["within_hours"]), "decides": " ".join(spec["decides"].split()),
            "prompt": " ".join(spec["prompt"].split())}  # fmt: skip


def prompt(routes: list[str], strong_indicators: list[str], at: str | None) -> dict[str, Any] | None:
    """The prompt for an organised_crime item with a strong indicator, else None."""
    if "organised_crime" not in routes or not strong_indicators:
        return None
    spec = _spec()
    due = None
    if at:
        moment = datetime.fromisoformat(str(at).replace("Z", "+00:00")) + timedelta(hours=spec["hours"])
        due = moment.isoformat().replace("+00:00", "Z")
    return {
        "prompt": spec["prompt"],
        "decides": spec["decides"],
        "due": due,
        "indicators": sorted(set(strong_indicators)),
    }
