"""The record context: a record's victim values, offender values and places, in the form the
redactor reads (built per source by `redaction.context.build_context`; the pipeline adds the
offending post authors of an advert)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RecordContext:
    """What the structured fields of a record tell the redactor."""

    victim_values: dict[str, list[str]]
    offender_phones: set[str]
    offender_emails: set[str]
    offender_handles: set[str]
    offender_vrms: set[str]
    offender_names: set[str]
    incident_places: list[str]
    advert: bool = False  # desktop research: every identifier is the advertiser's unless shown otherwise
    offender_name_values: list[str] = field(default_factory=list)  # as written, for the allow-list
    place_values: list[str] = field(default_factory=list)  # location / district as written
    source: str = "nums"  # read by the role model
    platform: str | None = None  # desktop research: where the page was captured
    # desktop research: (start, end, rule) of post authors whose own words describe an
    # offence (found by the pipeline: redaction/desktop_roles.py, processors/post_authors.py)
    offender_authors: list[tuple[int, int, str]] = field(default_factory=list)
