"""Audit events for `bulletins.audit` (DPA 2018 Part 3, s62): collection, alteration,
disclosure, combination, consultation and erasure, with who, why and when.

Events carry record ids, rule ids, routes, counts and keyed pseudonyms: never a name, a
number or any text from a record. Even an offender's number is personal data, so a
correlated attribute or a looked-up identifier appears only as its pseudonym.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from schemas import from_json, load_schema
from schemas.codec import encode_converted

WORKER = "bulletins-worker"


def event(
    kind: str,
    justification: str,
    actor: str = WORKER,
    record_ids: list[str] | None = None,
    recipients: list[str] | None = None,
    rule_ids: list[str] | None = None,
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "event_id": str(uuid.uuid4()),
        "kind": kind,
        "at": datetime.now(UTC),
        "actor": actor,
        "justification": justification,
        "record_ids": list(record_ids or []),
        "recipients": list(recipients or []),
        "rule_ids": list(rule_ids or []),
        "details": {k: str(v) for k, v in (details or {}).items()},
    }


def encode_event(ev: dict[str, Any]) -> bytes:
    return encode_converted("audit", from_json(load_schema("audit"), ev))


def collection(record_id: str | None, source: str, topic: str, partition: int, offset: int) -> dict[str, Any]:
    return event(
        "collection",
        "record received for triage",
        record_ids=[record_id] if record_id else [],
        details={"source": source, "topic": topic, "partition": partition, "offset": offset},
    )


def rejected(source: str, topic: str, partition: int, offset: int, field: str) -> dict[str, Any]:
    return event(
        "collection",
        "message could not be accepted; kept on the restricted dead-letter topic",
        details={"source": source, "topic": topic, "partition": partition, "offset": offset, "field": field},
    )


def alteration(record_id: str, redactions: dict[str, int]) -> dict[str, Any]:
    return event(
        "alteration",
        "identifiers of the reporter, subject, advertiser and third parties removed before disclosure",
        record_ids=[record_id],
        details={f"redacted.{k}": v for k, v in sorted(redactions.items())},
    )


def disclosure(record_id: str, routes: list[str], rule_ids: list[str]) -> dict[str, Any]:
    return event(
        "disclosure",
        "sanitised item routed for people to act on (triage, not a decision)",
        record_ids=[record_id],
        recipients=routes,
        rule_ids=rule_ids,
    )


def combination(record_id: str, linked: list[str], kind: str, attribute_ref: str) -> dict[str, Any]:
    return event(
        "combination",
        "records linked by a shared offender identifier or advert contact",
        record_ids=[record_id, *linked],
        details={"attribute_kind": kind, "attribute_ref": attribute_ref},
    )


# Issue 12: why each kind of link combines records (the audit's justification).
LINK_WHY = {
    "identifier": "records linked by a shared offender identifier or advert contact",
    "similar_offender": "reports linked as a possible same offender (description, vehicle, MO; no shared identifier)",
    "advert_cluster": "adverts linked as near-duplicates written from one template",
}


def link_combination(record_id: str, link: dict[str, Any], attribute_ref: str) -> dict[str, Any]:
    """A link of any kind: the kind, the identifier's kind (for identifiers), a keyed
    reference and the score; never a value."""
    kind = str(link["kind"])
    details = {
        "link_kind": kind,
        "attribute_kind": str(link.get("attribute") or kind),
        "attribute_ref": attribute_ref,
        "score": f"{float(link.get('score', 1.0)):.3f}",
    }
    return event("combination", LINK_WHY.get(kind, LINK_WHY["identifier"]), record_ids=[record_id, *link["records"]],
                  details=details)  # fmt: skip


def _stated(stated_who: str | None) -> dict[str, str]:
    # The authenticated identity is the actor; a service acting for an officer may also
    # state whom it acts for, kept beside it and never in its place.
    return {"stated_who": stated_who} if stated_who else {}


def consultation(
    who: str, why: str, identifier_ref: str, record_ids: list[str], stated_who: str | None = None
) -> dict[str, Any]:
    return event(
        "consultation",
        why,
        actor=who,
        record_ids=record_ids,
        details={"identifier_ref": identifier_ref, "found": len(record_ids), **_stated(stated_who)},
    )


def erasure(
    who: str, why: str, before: str, attributes: int, record_ids: list[str], stated_who: str | None = None
) -> dict[str, Any]:
    return event(
        "erasure",
        why,
        actor=who,
        record_ids=record_ids,
        details={
            "before": before,
            "attributes_removed": attributes,
            "records_removed": len(record_ids),
            **_stated(stated_who),
        },
    )
