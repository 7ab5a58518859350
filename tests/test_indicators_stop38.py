"""Stop 38 (issue 15, trafficking dev_s): third-party control told in other words, and the ordinary
arrangements that use the same words. Every sentence is invented for this file (none is copied from a
corpus): the kind of control is what the patterns read, not dev_s's wording."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract, partner_record


def _found(pipeline, text: str, source: str = "partner") -> dict[str, str]:
    record = partner_record(text) if source == "partner" else {"content": text}
    result = extract(pipeline, text, record=record, source=source)
    return {i["id"]: i["strength"] for i in result.indicators}


ADVERT = "desktop_research"

# (text, source, indicator, strength): each fails on the code before stop 38
CONTROL = [
    # someone keeps the women's bank cards, their wages paid into an account he opened
    (
        "The site boss keeps the bank cards of all four women and gives them £20 each on a Monday.",
        "partner",
        "third_party_control",
        "strong",
    ),
    (
        "Their wages from the bulb fields go into an account Petru opened, and he keeps the cards.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # a porter or "manager" who takes the men up and a cut of every booking
    (
        "The lift man on the fourth floor keeps a slice of every booking.",
        "partner",
        "third_party_control",
        "strong",
    ),
    ("The bar manager gets £20 off every client for each woman upstairs.", "partner", "third_party_control", "strong"),
    ("He texts the drivers and tells the women which truck to go to.", "partner", "third_party_control", "strong"),
    # she cannot leave the farm unless he drives; a padlock or bolt outside her door
    (
        "The workers sleep in a static on the farm and cannot leave it unless Gheorghe drives them.",
        "partner",
        "restricted_movement",
        "strong",
    ),
    ("Firefighters found a bolt on the OUTSIDE of the room she slept in.", "partner", "restricted_movement", "strong"),
    (
        "Her door was padlocked from the outside when the men were not there.",
        "partner",
        "restricted_movement",
        "strong",
    ),
    # a threat to put her younger sister to work too
    (
        "Her uncle says that if she stops he will fetch her younger sister over to work in her place.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    (
        "He keeps writing that her little sister will come over to help you pay.",
        "partner",
        "threats_to_family",
        "strong",
    ),
    # "DMs answered by my management team", "booked via management only"
    ("Tia 22, Hull. Bookings via my management only.", ADVERT, "speaks_for_worker", "weak"),
    ("Tia 22, Hull. Messages answered by my management, 24/7.", ADVERT, "advert_control", "weak"),
    # "we keep your visa paperwork safe"
    (
        "STUDY IN YORK. We cover your fees and rooms, we sort your visa papers and keep them safe.",
        ADVERT,
        "documents_held",
        "strong",
    ),
    ("NEW students EVERY month, sweet girls, book now.", ADVERT, "rotating_workers", "weak"),
    # money sent each week to someone, most of what she earns sent to him: weak on its own
    ("She must send £200 to him every Friday.", "partner", "third_party_control", "weak"),
]

# (text, source, indicator): the ordinary arrangement in the same words; no indicator
ORDINARY = [
    ("My sister keeps my bank card while I am on holiday, I asked her to.", "partner", "third_party_control"),
    ("The maid I pay takes a cut of every booking, we agreed it.", "partner", "third_party_control"),
    ("I pay my driver by the night and he takes the clients up for me.", "partner", "third_party_control"),
    ("The lorry driver rang and told me which cab he was in.", "partner", "third_party_control"),
    ("I send my mum and my kids most of what I earn.", "partner", "third_party_control"),
    ("I cannot get to the hotels unless my driver takes me, I pay him per job.", "partner", "restricted_movement"),
    (
        "A client locked the door of his room during the booking and I made him open it.",
        "partner",
        "restricted_movement",
    ),
    ("My cousin will bring my sister over in June to work at the restaurant.", "partner", "threats_to_family"),
    ("Jess 28, independent. I answer my own DMs and do my own bookings, no management.", ADVERT, "advert_control"),
    ("Jess 28, independent. I answer my own DMs and do my own bookings, no management.", ADVERT, "speaks_for_worker"),
    ("My best friend keeps my passport in her safe, my idea, I can get it whenever.", "partner", "documents_held"),
]

# someone else has no say: not her lack of say (the parse lost the subject of the conjoined verb)
NO_SAY = [
    "He has no key, never sleeps over, does not know her regulars and has no say in what she does.",
    "Explained the website charges everyone the same fee and has no say over her work.",
]


@pytest.mark.parametrize(
    ("text", "source", "label", "strength"), CONTROL, ids=[f"{c[2]}-{i}" for i, c in enumerate(CONTROL)]
)
def test_control_told_in_other_words(pipeline, text, source, label, strength):
    assert _found(pipeline, text, source).get(label) == strength, text


@pytest.mark.parametrize(("text", "source", "label"), ORDINARY, ids=[f"{o[2]}-{i}" for i, o in enumerate(ORDINARY)])
def test_ordinary_arrangement_in_the_same_words(pipeline, text, source, label):
    assert label not in _found(pipeline, text, source), text


@pytest.mark.parametrize("text", NO_SAY)
def test_someone_elses_lack_of_say_is_no_control(pipeline, text):
    assert "third_party_control" not in _found(pipeline, text), text


def test_her_own_lack_of_say_still_counts(pipeline):
    assert (
        _found(pipeline, "She works long hours, is tired and has no say in who she sees.").get("third_party_control")
        == "strong"
    )


def test_a_relatives_threat_to_her_sister_counts_beside_the_money_she_sends(pipeline):
    """The threat of a man the text names by no role counts only beside another indicator: the
    money she must send him each week (weak) makes it a route."""
    alone = _found(pipeline, "Nelu told her he knows which bus her little sister takes.")
    assert "threats_to_family" not in alone
    both = _found(
        pipeline,
        "Nelu told her he knows which bus her little sister takes, and she must send £300 to him every week.",
    )
    assert both.get("threats_to_family") == "strong"
    assert both.get("third_party_control") == "weak"
