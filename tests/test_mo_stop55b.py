"""Issue 8, stop 55b: a mark the text explains away or leaves unexplained is no violence told ("bruise on her wrist,
said she fell", "had a black eye, would not say how", "says she walked into a door", "injuries she says were from a
fall"): `explained_away` cues in mo.yaml take a weak phrase (or the explainable "black eye") of their sentence or the
sentence before away. Guarded: the blow told beside the mark, a mark with whoever gave it, an explanation the text
doubts ("said she fell but staff believe ...", "he did it"). Each sentence invented (fictional names)."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import check_mo


@pytest.mark.parametrize(
    "text",
    [
        "Drop-in note. Marisol had a bruise on her wrist, said she fell.",
        "Saw Tindra at the van, she had a black eye, would not say how.",
        "Bryony says she walked into a door, bruise on her left cheek.",
        "Ottilie had bruising to her upper arm, injuries she says were from a fall.",
        "Keyworker note. Fresh bruising to both forearms which Senna would not explain.",
        "Bruising to her upper arms seen - Pt says she fell.",
        "Hollis runs her phone and keeps her cash. Bruise on her cheek, declined to say how.",
        "Yesterday Perpetua had a black eye and said she 'fell'. He took her takings in the car park.",
        "She had bruising on her neck. She told staff she tripped on the stairs.",
        "Bruise to her wrist, explained as 'my fault'.",
    ],
)
def test_a_mark_explained_away_is_no_violence(pipeline, text):
    check_mo(pipeline, text, set(), {"violence"})


@pytest.mark.parametrize(
    "text",
    [
        # the blow told beside the mark
        "Ransome punched her twice, she has a black eye.",
        "She said she fell but outreach believe the client hit her.",
        "Corvin shoved her into the door frame and she has a black eye.",
        # the mark with whoever gave it, or no explanation at all
        "She has a black eye from the punter who booked her on Friday.",
        "Esme turned up with a black eye and bruising to her neck.",
        # an explanation the text doubts
        "Fenella had a black eye, said she fell, then later said he did it.",
        "Bruising to her ribs; her partner said she fell down the stairs. When he went out she said 'he did it'.",
        "She had bruising to her forearm and said she fell, but staff believe it was Dazza.",
        "Facial bruising, states she fell, which the nurse thought inconsistent.",
        "Bruise on her cheek, she says she fell; the nurse notes it is not from a fall.",
        # ... and one the text belies: he beats her (stop 55, after the sweep: a gold tags such a note violence)
        "Lorcan takes all her money and she has to earn £150 or he gives her a hiding. Black eye she said "
        "was from walking into a door.",
        "Pt says her partner batters her when she's short. Today a black eye she says was a fall.",
    ],
)
def test_a_mark_told_with_the_blow_or_doubted_is_violence(pipeline, text):
    check_mo(pipeline, text, {"violence"}, set())


def test_a_denial_elsewhere_does_not_take_a_black_eye_away(pipeline):
    # the parser reads "didn't" onto "punched" (a punter she didn't know): the black eye named still counts
    check_mo(
        pipeline, "She came in with a black eye. A punter she didn't know punched her in his car.", {"violence"}, set()
    )
