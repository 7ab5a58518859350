"""Reports that clear a man instead of warning of him (records.md §2: the offender is the one who
harmed, threatened, defrauded or exploited her).

"It was a misunderstanding ... please don't put him out as dodgy", "Not an incident, just
checking he's not on your list", a shelter's note that the man in the car is its own volunteer
driver: the man named is no offender, and his name, number and plate are a third party's. The
words that clear are the redactor's (`cleared_report` in redaction/roles.yaml); what an offence is,
is the MO extraction's. A report is read as clearing only when both agree and its fields do not
say otherwise: no offender given in them, no incident type ticked, no MO in its words.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from processors.matchers import PatternTagger
from redaction.roles import RoleRules

_OFFENDER_FIELDS = ("names", "phones", "emails", "online_handles", "vehicles", "description")


def clears_everyone(source: str, record: dict[str, Any], narrative: str, doc: Doc, roles: RoleRules,
                    mo: PatternTagger) -> bool:  # fmt: skip
    """Does this report (not desktop research) clear the man it names of any offence?"""
    if source == "desktop_research" or record.get("incident_types"):
        return False
    offender = record.get("offender") or {}
    if any(offender.get(k) for k in _OFFENDER_FIELDS):
        return False
    if not roles.cleared_report.search(narrative):
        return False
    # an act the same sentence clears ("the man I put in as following me - it was a
    # misunderstanding") is no offence
    sentences = list(doc.sents)
    return not any(not roles.cleared_report.search(sentences[h.sentence].text) for h in mo.hits(doc, 0, len(narrative)))
