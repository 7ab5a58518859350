"""Stop 42 (issue 15, trafficking dev_w, helper_zx): third-party control told in other words, and the
ordinary arrangements that use the same words. Every sentence is invented for this file (none is copied
from a corpus): the kind of control is what the patterns read, not dev_w's wording. A false
organised_crime route is worse than a missed one: the negatives come first."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement in the same words; no indicator
ORDINARY = [
    # a fair agency's terms in the sentence after its commission
    (
        "Join us: we take 20% of every booking we send your way. You set your own hours, no exclusivity, and "
        "you are welcome to work elsewhere.",
        ADVERT,
        "third_party_control",
    ),
    # the worker by her working name keeps her own takings
    (
        "Ruby (working name Ruby Lane) works alone from a flat she rents. Ruby keeps all the money.",
        "partner",
        "third_party_control",
    ),
    # a debt a former client claims, denied in the next sentence
    (
        "He keeps ringing her at night saying she owes him. She doesn't owe him a thing, he was a client once.",
        "partner",
        "debt_bondage",
    ),
    # a troll who finds her name and her mother's business: outing, an MO tag
    (
        "A troll replied under her post: 'found your real name, found your mum's salon in Batley'.",
        ADVERT,
        "threats_to_family",
    ),
    # a set-up robbery: the robbers share out the money
    (
        "When we got to the house a man grabbed her bag and told her to get out. Shaz just laughed and kept "
        "half the money.",
        "partner",
        "third_party_control",
    ),
    # a booking's length; a note that finds no debt
    ("A man pulled up and said he wanted half an hour, we agreed £80.", "partner", "third_party_control"),
    ("No money owed to anyone for the flat or travel; she rents it herself.", "partner", "debt_bondage"),
    # her own payouts; a landlord's rent
    ("My payouts go into my own account every Monday.", "partner", "third_party_control"),
    ("The rent goes into his account on the first of the month.", "partner", "third_party_control"),
    # a client's directions; a friend who says where she is going, for safety
    ("The client told me where to go when I got to his street.", "partner", "third_party_control"),
    ("My mate Jo tells me where she goes every night, for safety.", "partner", "third_party_control"),
    # a driver she pays who takes money for petrol
    ("My driver Sami take the money for the petrol, I pay him every trip.", "partner", "third_party_control"),
    # her dog, not a man; her own phone near the hit
    ("I have never once seen her go out without her dog.", "partner", "restricted_movement"),
    (
        "She has never once been left on her own phone-less, she has her own phone and her own key.",
        "partner",
        "restricted_movement",
    ),
    # the last bus, not a house rule; the women's own phones in a box at a group they go to
    ("The girls can't leave until 6 because the first bus is at six.", "partner", "restricted_movement"),
    ("At the start of the support group we put our phones in a box.", "partner", "restricted_movement"),
    ("The client took my phone for the night and I got it back at reception.", "partner", "restricted_movement"),
    # a refuge's bed; her sister's sofa while her flat is repaired
    (
        "The refuge gives her food and a bed in the annex until her housing comes through.",
        "partner",
        "living_at_premises",
    ),
    ("She sleeps on the sofa at her sister's while her flat is repaired.", "partner", "living_at_premises"),
    # her brother who waits outside for her safety
    (
        "My brother drove me and he stood outside the door the whole time for my safety.",
        "partner",
        "restricted_movement",
    ),
    # her friend talks for her; her own advert with no English
    (
        "Her friend Ana came along and she did all the talking because her English is poor.",
        "partner",
        "speaks_for_worker",
    ),
    ("Polish girl, I don't speak English, talk to me in Polish or Russian.", ADVERT, "speaks_for_worker"),
    # a salon's room fee; a court's fine
    (
        "You pay the room fee of £30 or you don't work the shift, that's the salon's rule.",
        "partner",
        "protection_money",
    ),
    # her own adverts under her own email and number
    ("The same email is on both of my profiles, I made them.", ADVERT, "shared_advert_contact"),
    ("[Researcher note: the number is on 3 adverts, all my own as she says.]", ADVERT, "shared_advert_contact"),
    # advice to newcomers, not a rota
    ("Tip for new girls coming from abroad: keep your passport in your own safe.", ADVERT, "rotating_workers"),
    # a rota of volunteers, not women brought in
    ("Each week a different group of women volunteers runs the drop-in café.", "partner", "rotating_workers"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 42
CONTROL = [
    # her pay or the site's payouts paid into his account
    (
        "Her subscription payouts go straight into his account and she has never had the login.",
        "partner",
        "third_party_control",
        "strong",
    ),
    ("Her card tips go straight to him at the end of the night.", "partner", "third_party_control", "strong"),
    # he says where she works and whom she sees
    ("Florin tells her where she works each night.", "partner", "third_party_control", "strong"),
    ("Every evening he tells me where I go and who I see.", "partner", "third_party_control", "strong"),
    # second-language English with his reason for taking it
    (
        "Every night he take the money for 'rent and food' and I get nothing.",
        "partner",
        "third_party_control",
        "strong",
    ),
    # a 'friend' in quotes before his name: the writer's doubt
    (
        'My "friend" Adrian Popa made the profile. He keeps all the money and books the men.',
        "partner",
        "third_party_control",
        "strong",
    ),
    # never seen out on her own; not seen to leave except with him
    ("In two months I have never once seen her go out on her own.", "partner", "restricted_movement", "strong"),
    (
        "Cleaners have not seen the two women leave the flat except with him.",
        "partner",
        "restricted_movement",
        "strong",
    ),
    # the women of a place cannot leave until an hour of its night
    (
        "The owner bolts the front door and the girls cannot leave until 3am.",
        "partner",
        "restricted_movement",
        "strong",
    ),
    # phones collected for the shift or the night
    (
        "At the beginning of each shift the manager collects all the girls' phones.",
        "partner",
        "restricted_movement",
        "strong",
    ),
    ("Dorin takes her mobile for the shift and hands it back at six.", "partner", "restricted_movement", "strong"),
    ("The madam puts their phones in a basket behind the till.", "partner", "restricted_movement", "strong"),
    # a man outside her door the whole time (a client's review)
    (
        "Review by Tyke99: a big lad let me in, then he stood outside the bedroom door the whole time. 4/10",
        ADVERT,
        "restricted_movement",
        "weak",
    ),
    # he does all the talking; he accepts her bookings; "they don't speak English, talk to me"
    ("When the doorbell goes he does all the talking and she keeps quiet.", "partner", "speaks_for_worker", "weak"),
    ("She gets no say: he accepts the bookings and texts her the address.", "partner", "speaks_for_worker", "weak"),
    (
        "A man came to the door and said 'they don't speak English, talk to me'.",
        "partner",
        "speaks_for_worker",
        "weak",
    ),
    # pay or you can't stand here, with a quote and a pronoun between
    (
        "The lads say every girl on the strip pays them £50 a week or 'you dont stand here'.",
        "partner",
        "protection_money",
        "strong",
    ),
    # one email behind every profile; a number on N adverts of a kind
    (
        "[Researcher note: the same email address is on every one of the nine profiles.]",
        ADVERT,
        "shared_advert_contact",
        "weak",
    ),
    ("[Note: this number is also on 5 massage adverts in Hull.]", ADVERT, "shared_advert_contact", "weak"),
    # sleeping on the massage tables after closing; women housed over the shops; food and a bed for her work
    ("After closing the boss lets them sleep on the massage tables.", "partner", "living_at_premises", "weak"),
    ("The couple housed the women above the salons they worked in.", "partner", "living_at_premises", "weak"),
    ("She gets no pay, only food and the bed upstairs.", "partner", "living_at_premises", "weak"),
    # a different set of women each stay; new girls arriving
    (
        "Every stay a different set of young women checks in with him.",
        "partner",
        "rotating_workers",
        "weak",
    ),
    ("New girls arriving Monday from Leeds, book early.", ADVERT, "rotating_workers", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_in_other_words(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
