"""The one description of each input source (records.md): its fields and whom it protects.

Every stage that decides by source reads this table, never a source's name or a field name
of its own: the schemas (ids and text that must not be blank), the redaction (whose values
are the victim's), the extraction and correlation (an advert or a report), the pipeline
(the id, time and text of a record), the digests and the streams.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Source:
    name: str
    id_field: str
    time_field: str  # the record's event time (ISO-8601): when it was received, captured or submitted
    text_field: str  # the free text given to the NLP (the offender description is parsed with it)
    # The structured person the record protects: the reporter (NUM) or the subject (partner).
    # None for an advert: there the advertiser is the victim, and their values are the
    # record's own contact fields (`phones`, the page `url`: redaction.deny_list.advert_values).
    victim_field: str | None
    advert: bool  # desktop research: the text is the advertiser's, every identifier theirs unless shown otherwise
    # Non-blank beyond what the Avro types can say, after the id (records.md: desktop research
    # without an authority is rejected).
    required: tuple[str, ...] = ("force_area",)

    def record_id(self, record: dict[str, Any]) -> str:
        return str(record[self.id_field])


NUMS = Source("nums", "report_id", "received_at", "narrative", victim_field="reporter", advert=False)
DESKTOP_RESEARCH = Source(
    "desktop_research",
    "research_id",
    "captured_at",
    "content",
    victim_field=None,
    advert=True,
    required=("authority_ref", "researcher", "force_area"),
)
PARTNER = Source("partner", "submission_id", "submitted_at", "narrative", victim_field="subject", advert=False)

SOURCES: dict[str, Source] = {s.name: s for s in (NUMS, DESKTOP_RESEARCH, PARTNER)}
NAMES: tuple[str, ...] = tuple(SOURCES)
# Reports of an incident (NUM, partner) as against adverts (desktop research).
REPORT_SOURCES: tuple[str, ...] = tuple(n for n, s in SOURCES.items() if not s.advert)
ADVERT_SOURCES: frozenset[str] = frozenset(n for n, s in SOURCES.items() if s.advert)

# Field name by source, for the callers that index by source name.
ID_FIELD: dict[str, str] = {n: s.id_field for n, s in SOURCES.items()}
TIME_FIELD: dict[str, str] = {n: s.time_field for n, s in SOURCES.items()}
TEXT_FIELD: dict[str, str] = {n: s.text_field for n, s in SOURCES.items()}


def is_advert(source: str) -> bool:
    """An unknown name is not an advert (as the stages have always read it)."""
    return source in ADVERT_SOURCES
