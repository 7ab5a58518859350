"""Issue 8, stop 30: a name in brackets after a relation ("her partner (Ash)") is that person's,
redacted even when it is an everyday word too; the reporter's own act ("I nearly choked when I
saw the price", "I slapped him back") is no violence against her, while his still is and a
punter's boast in the first person still counts. Every redaction check reads the whole output.
Invented data."""

from __future__ import annotations

from tests.test_redaction import forum, nums, run
from tests.test_warnings_and_threads import leaked


def test_a_bracketed_name_after_a_relation_is_redacted(pipeline):
    out = run(pipeline, nums("Client was fine at first. Her partner (Ash) came to pick her up and saw him drive off."))
    assert not leaked(out, "Ash")
    out = run(pipeline, nums("The punter (Gaz) took the money back off me and drove off in a red Fiesta."))
    assert "Gaz" in out["record"]["narrative"]


def test_her_own_act_is_no_violence_against_her(pipeline):
    assert "violence" not in run(pipeline, nums("I nearly choked when I saw what he offered, he left."))["record"]["mo"]
    assert "violence" in run(pipeline, nums("He choked me until I nearly passed out."))["record"]["mo"]
    assert "violence" in run(pipeline, nums("I slapped him and he punched me in the face."))["record"]["mo"]
    boast = run(pipeline, forum("Review: Leeds. She was mouthy so I slapped her and carried on. 2/10"))
    assert "violence" in boast["record"]["mo"]
