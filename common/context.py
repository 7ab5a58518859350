"""The record context: a record's victim values, offender values and places, in the form the
redactor reads (built per source by `redaction.context.build_context`; the pipeline adds the
offending post authors of an advert)."""

from __future__ import annotations

from dataclasses import dataclass, field

from common import normalise


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
    # desktop research: (start, end) of the entries of a job, room or recruitment listing that
    # show a controller (processors/controller_listings.py): the contact they give is his
    controller_entries: list[tuple[int, int]] = field(default_factory=list)
    # desktop research: numbers of the `phones` field that the page's text also shows. The
    # field is "contact numbers seen on the page" (records.md §2), so one may be an offending
    # author's or a defendant's; the text decides each, and one not kept as the offender's is
    # redacted and guarded like the others (`guard_values`)
    page_phones: list[str] = field(default_factory=list)
    # a report that clears the man it names ("it was a misunderstanding, don't put him out as
    # dodgy"; processors/cleared.py): no one in it is kept as an offender
    no_offender: bool = False

    def guard_values(self, kept_phones: set[str]) -> dict[str, list[str]]:
        """The victim values the leak guard scrubs: the deny list's, and every page number
        the redaction did not keep as an offender's (`kept_phones`: normalised)."""
        out = {k: list(v) for k, v in self.victim_values.items()}
        back = [p for p in self.page_phones if (normalise.phone(p) or normalise.digits(p)) not in kept_phones]
        if back:
            out["phone"] = [*out.get("phone", []), *back]
        return out
