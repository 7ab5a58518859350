"""Issue 8, stop 32: homes the rules left in clear (each example invented, after the classes
seen in helper_zm): the town of a home address already redacted ("my home address (12
Saffrons Mews, Eastbourne ...)"), student halls ("outside my halls on Woodland Road", "in
halls in Selly Oak"); the place of the incident stays."""

from __future__ import annotations

from tests.test_redaction import nums, run, text_of
from tests.test_warnings_and_threads import leaked


def test_the_town_of_a_home_address_is_redacted_with_it(pipeline):
    reporter = {"name": None, "working_name": "Honey", "phone": None, "address": "7 Marlow Mews, Hastings TN34 1XY"}
    out = run(
        pipeline,
        nums("He posts cards to 7 Marlow Mews, Hastings TN34 1XY. He slapped me in Bexhill.", reporter=reporter),
    )
    assert not leaked(out, "Hastings") and "Bexhill" in text_of(out)
    out = run(
        pipeline,
        nums("He sends letters to my home address (12 Saffrons Mews, Eastbourne BN21 4XY). He punched me in Hove."),
    )
    assert not leaked(out, "Eastbourne") and "Hove" in text_of(out)


def test_student_halls_are_her_home(pipeline):
    out = run(
        pipeline, nums("He's turned up twice outside my halls on Woodland Road. He hit me in the car on Park Row.")
    )
    assert not leaked(out, "Woodland Road") and "Park Row" in text_of(out)
    out = run(pipeline, nums("im in halls in Selly Oak. he keeps messaging me from new accounts, he hit me in Digbeth"))
    assert not leaked(out, "Selly Oak") and "Digbeth" in text_of(out)
