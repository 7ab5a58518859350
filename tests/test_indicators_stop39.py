"""Stop 39 (issue 15, trafficking dev_t, train helper_zu): third-party control told in other words, and
the ordinary arrangements that use the same words. Every sentence is invented for this file (none is
copied from a corpus): the kind of control is what the patterns read, not dev_t's wording."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator, strength): each fails on the code before stop 39
CONTROL = [
    # a system of fines: a penalty for refusing, turning down or losing a client; fined a sum; "or you're fined"
    (
        "The owner fines the women for everything: if a girl refuses a punter she pays £80 to him.",
        "partner",
        "third_party_control",
        "strong",
    ),
    ("HOUSE RULES. Late back = £30. Turn down a client = £150. No visitors.", ADVERT, "third_party_control", "strong"),
    (
        "She told us she gets fined £100 whenever a customer complains about her.",
        "partner",
        "third_party_control",
        "strong",
    ),
    (
        "When she said she was sick he texted back 'keep going or you're fined'.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # her benefits paid into someone else's account
    (
        "Since May he has had her ESA paid into his bank account.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # the cash passed to him between clients, or through the window of the car the men wait in
    ("She passes him the money between clients.", "partner", "third_party_control", "strong"),
    (
        "All night she passes the takings through the car window to the two men parked outside.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # someone else sends the callers up
    ("The man on the door sends the callers up one at a time.", "partner", "third_party_control", "strong"),
    # walked to her errands and back; never seen to leave (weak)
    (
        "Two older men walk her to the shop and back and bring her cigarettes.",
        "partner",
        "restricted_movement",
        "strong",
    ),
    (
        "A cleaner said the young woman in room 9 was never seen to leave.",
        "partner",
        "restricted_movement",
        "weak",
    ),
    # the controller named between his word and his answering
    ("Manager Dmitri answers 24/7, new girls, call now.", ADVERT, "speaks_for_worker", "weak"),
    # a recruiter who looks after "your" papers with your rent and food
    (
        "Room free for girls who do parties with my mates. I look after your rent, food and your passport.",
        ADVERT,
        "documents_held",
        "strong",
    ),
    # the women changed over, different women dropped off
    ("A neighbour says a man in a van swaps the women over every Sunday night.", "partner", "rotating_workers", "weak"),
    ("Every Friday a man drops off three different girls at the house.", "partner", "rotating_workers", "weak"),
    # the parse: a helper's word read as a name is no "he" ("Outreach found ...; he ...")
    (
        "Outreach found an advert with his number on it; he answers her messages and collects her benefits.",
        "partner",
        "third_party_control",
        "strong",
    ),
]

# (text, source, indicator): the ordinary arrangement in the same words; no indicator
ORDINARY = [
    ("I got fined £100 at the magistrates for soliciting last year.", "partner", "third_party_control"),
    ("The PCSO told us to move on or we'd be fined.", "partner", "third_party_control"),
    (
        "A man came saying he was from the council and said I must pay a £300 fine or he would report me.",
        "partner",
        "third_party_control",
    ),
    ("Please be on time. Late arrival = £30 charge. No refunds.", ADVERT, "third_party_control"),
    ("I turned down a client who offered me £200 for no condom.", "partner", "third_party_control"),
    ("My PIP goes into my own account and I pay my rent from it.", "partner", "third_party_control"),
    ("The client paid me through the car window and drove off.", "partner", "third_party_control"),
    ("Since the attack my friend walks me to the shop and back, I asked her to.", "partner", "restricted_movement"),
    ("My sister answers my phone sometimes when I'm busy.", "partner", "speaks_for_worker"),
    ("The cleaner changes the sheets over every morning.", "partner", "rotating_workers"),
    ("She says her brother, who lives in Porto, keeps his own passport at home.", "partner", "documents_held"),
    (
        "A man who carried out a string of robberies of women working from flats in Armley has been jailed.",
        ADVERT,
        "rotating_workers",
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "label", "strength"), CONTROL, ids=[f"{c[2]}-{i}" for i, c in enumerate(CONTROL)]
)
def test_control_told_in_other_words(pipeline, text, source, label, strength):
    assert _found(pipeline, text, source).get(label) == strength, text


@pytest.mark.parametrize(("text", "source", "label"), ORDINARY, ids=[f"{o[2]}-{i}" for i, o in enumerate(ORDINARY)])
def test_ordinary_arrangement_in_the_same_words(pipeline, text, source, label):
    assert label not in _found(pipeline, text, source), text


def test_a_helper_read_as_a_name_is_no_he(pipeline):
    """A "he" after "Staff found ..." (the parse reads "Staff" as a name) is the man the text is about,
    not the staff (a helper, whose act would not count): his act counts."""
    found = _found(
        pipeline,
        "Staff found an advert on a website with his number on it; he writes her messages and collects her benefits.",
    )
    assert found.get("third_party_control") == "strong"


def test_a_conjunct_given_to_the_verb_of_saying_is_the_nearer_subjects_act():
    """The parse hangs "keeps" on "says" and gives "says" two subjects ("She says Ana, who she calls her
    husband, keeps her passport"): "keeps" is Ana's act, not the worker's. A parse built by hand, so the
    test does not depend on the model's mood."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from processors.actors import agent_of

    words = ["She", "says", "Ana", ",", "who", "she", "calls", "her", "husband", ",", "keeps", "her", "passport", "."]
    heads = [1, 1, 1, 1, 6, 6, 2, 8, 6, 1, 1, 12, 10, 1]
    deps = ["nsubj", "ROOT", "nsubj", "punct", "dobj", "nsubj", "relcl", "poss", "oprd", "punct", "conj", "poss",
            "dobj", "punct"]  # fmt: skip
    pos = ["PRON", "VERB", "PROPN", "PUNCT", "PRON", "PRON", "VERB", "PRON", "NOUN", "PUNCT", "VERB", "PRON", "NOUN",
           "PUNCT"]  # fmt: skip
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    agent = agent_of(doc[10:13])
    assert agent is not None and agent.text == "Ana"
    # one subject: the verb of saying's own, as before ("She says ..., and keeps her passport")
    one = Doc(Vocab(), words=["She", "says", "it", "and", "keeps", "her", "passport"], heads=[1, 1, 1, 1, 1, 6, 4],
              deps=["nsubj", "ROOT", "dobj", "cc", "conj", "poss", "dobj"],
              pos=["PRON", "VERB", "PRON", "CCONJ", "VERB", "PRON", "NOUN"])  # fmt: skip
    agent = agent_of(one[4:7])
    assert agent is not None and agent.text == "She"
