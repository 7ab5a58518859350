"""records.md: every value of the reporter's or subject's is never in clear. An address that
is a district and its town ("Fratton, Portsmouth") is where she lives: the value as written
and the district are redacted wherever they appear; the town alone stays (it is usually the
incident's place too). A bare town as the whole address is hers all the same: redacted
wherever the record names it.
Every check reads the whole output."""

from __future__ import annotations

from evaluation.leaks import flatten, present
from redaction.deny_list import address_patterns
from tests.test_redaction import nums, run, text_of

REPORTER = {"name": None, "working_name": None, "phone": None, "email": None, "date_of_birth": None,
            "online_handles": []}  # fmt: skip


def test_a_district_and_town_address_gives_the_value_and_the_district():
    patterns = address_patterns("Fratton, Portsmouth")
    assert len(patterns) == 2
    assert len(address_patterns("Portsmouth")) == 1


def test_a_bare_town_as_her_address_is_redacted_everywhere(pipeline):
    out = run(
        pipeline,
        nums(
            "I was collected from my home in Swadlincote by a client for an outcall. He drove me towards "
            "Burton and would not let me out.",
            reporter={**REPORTER, "address": "Swadlincote"},
            location="A444 between Swadlincote and Burton",
        ),
    )
    assert not present("Swadlincote", flatten(out))
    assert "Burton" in text_of(out)


def test_her_home_district_never_leaves_the_town_does(pipeline):
    out = run(
        pipeline,
        nums(
            "Reporter (independent, works from home in Fratton, Portsmouth) got messages from a man claiming "
            "to be police. He later came to Fratton and waited outside. "
            "He said he drives a taxi around Portsmouth city centre.",
            reporter={**REPORTER, "address": "Fratton, Portsmouth"},
        ),
    )
    flat = flatten(out)
    assert not present("Fratton", flat)
    assert "Portsmouth" in text_of(out)
