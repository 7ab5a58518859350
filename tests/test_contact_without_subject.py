"""Issue 8/12, stop 30: "rang me off 077009 00804" with no subject written (a street worker's
text): whoever rang her from that number is not her, so it is kept as his and can link; her
own number, said to be hers, stays redacted; the contact an offending review ends with ("Snap:
kingston.kev01") is its author's. Every check reads the whole output. Invented data."""

from __future__ import annotations

from tests.test_redaction import forum, nums, run
from tests.test_redaction import offender_values as offenders
from tests.test_warnings_and_threads import leaked


def test_a_number_he_rang_from_is_kept_when_no_subject_is_written(pipeline):
    out = run(
        pipeline,
        nums(
            "Dave again!! the one wiv the maroon qashqai, 50s fat red face. rang me off 077009 00804 "
            "picked me up by the station n when i wouldnt do it without he slapped me round the head",
            reporter={"working_name": "Shell", "phone": "07700 900611"},
        ),
    )
    assert "+447700900804" in offenders(out)
    assert not leaked(out, "07700 900611")


def test_her_own_number_after_me_stays_redacted(pipeline):
    out = run(
        pipeline,
        nums(
            "Texted me from a withheld number at 2am. my number is 07700 900612 if you need me, "
            "he never paid and shoved me out the car.",
            reporter={"working_name": "Shell", "phone": None},
        ),
    )
    assert not leaked(out, "07700 900612")


def test_the_contact_an_offending_review_ends_with_is_its_authors(pipeline):
    out = run(
        pipeline,
        forum(
            "Review by KingstonKev: Lucy, Kingston upon Thames, outcall.\n"
            "Fit, bit nervous. Told her I was Old Bill and could get her nicked for the advert, she gave me "
            "the hour for free haha. Top tip for the lads. Snap: kingston.kev01"
        ),
    )
    assert "kingston.kev01" in offenders(out)
    assert not leaked(out, "Lucy")
