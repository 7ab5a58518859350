"""Stop 57 (issue 15, trafficking dev_zl, train helper_zzm): the man on the phone, the man in the car outside, the flat
where she also sleeps, told in case notes, adverts, forum posts and reviews; and the notes whose words were read as
control when they say the opposite. A page that sends every booking to one man ("All bookings with Sandu", "ask for
Rico, not the lady", "(no call to girls)", "do not message the girls"), clients who ring his phone, calls that "go to" a
number "which is" his, women who never touch a phone, a man who messages the clients "as her", the bloke who answers and
"tells you" the address, "he's the one who texts you back"; a man sat outside "the whole time", waiting "in the car all
day" or sleeping in it, the driver "who brought them", a man who collects her from the flats; towns by turns ("York or
Hull every two weeks"), where they go "next", an agency's tour ("Girls in Hull till Thursday, then York") and its women
who "rotate to our ... houses"; the room "where she also sleeps", the flat where she stays "where she also works",
sleeping in the Airbnb "and work there", "living and seeing men there", staff who "stay on site", ladies who "live on
the boat"; a madam who "takes all payments", the money looked "efter" (Scots), money "fur 'protection'"; a page that
arranges "your advertising" and takes "your bookings". Every sentence is invented for this file (none is copied from a
corpus): the kind of control is what the patterns read, not dev_zl's wording. A false organised_crime route is worse
than a missed one: the ordinary arrangements in the same words come first.

What the stop teaches:

- a note's list of what she runs herself ("own flat, advertises herself, ..., keeps passport"): the passport is hers;
- papers "with them" in a note, without a verb, are the women's own ("Papers with them, no debt");
- a man who says he is police and takes her money is a robber (impersonating_police), not a controller;
- robbers who take the women's money "and both phones" take a haul, not her earnings;
- a question whether he is a pimp ("police asked her if he was a pimp") says no one is (her own denial, "he's not a
  pimp, he just keeps the money", does not take away what he does);
- her passport kept "for protection" is documents_held, not protection money;
- a man who has her phone to answer it for her speaks for her (speaks_for_worker): no hold on her movement;
- her own clients ringing her own phone, one client's phone, her own habit with the phone, her own advert's "all
  bookings with me" are no one speaking for her;
- a client waiting in his car before his booking, the man who brought her to the country, are no transport;
- her mum's flat, where she also sleeps, is her family's home; living in a town and working there is no premises;
- her own tour ("I move to Leeds or York every 2 weeks for my tour", "In Leeds till Thursday, then York. Call me")
  is hers;
- her own card payments, a client's payment taken back at knifepoint, her mum who looks after her money at her
  request are no one's control;
- her own advertising arranged by herself is no advert control."""

from __future__ import annotations

import pytest

from tests.test_indicators_stop38 import ADVERT, _found

# (text, source, indicator): the ordinary arrangement or a look-alike; no indicator after stop 57
ORDINARY = [
    # her own papers
    (
        "Seen with a Tagalog interpreter: own flat, advertises herself, sends money home by choice, keeps passport.",
        "partner",
        "documents_held",
    ),
    ("Papers with them, no debt, no third party.", "partner", "documents_held"),
    # a robber posing as police, robbers' haul, a question put
    (
        "This man came to the flat, he say he is police from Dover, show me a card, he take my money, £300.",
        "nums",
        "third_party_control",
    ),
    (
        "One held Mira on the bed and the other took our money from the tin, and both phones.",
        "nums",
        "third_party_control",
    ),
    ("Police once asked her if he was a pimp.", "nums", "third_party_control"),
    # the man who brought her to the country: one journey, no transport
    ("The man who brought her to the UK arranged a job in a cafe.", "partner", "transported_by_other"),
    # her passport kept "for protection"
    ("He keeps my passport in his safe 'for protection'.", "nums", "protection_money"),
    # a man who holds her phone to answer for her
    ("A man came in with her, answered for her and held her phone.", "partner", "restricted_movement"),
    # her own phone, one client's phone, her own habit, her own advert
    ("My clients ring my phone and I answer.", "nums", "speaks_for_worker"),
    ("The client rang his phone to check the time.", "nums", "speaks_for_worker"),
    ("I never hold the phone when I'm with a client.", "nums", "speaks_for_worker"),
    ("Kira, independent. All bookings with me directly, text 07700 900123.", ADVERT, "speaks_for_worker"),
    # a client in his car before his booking
    ("The punter waited outside in his car all day before he booked.", "nums", "transported_by_other"),
    # her family's home, her town
    ("I stay at my mum's flat where I also sleep.", "nums", "living_at_premises"),
    ("She lives in Hull and works there.", "partner", "living_at_premises"),
    ("She goes to college in Hull, where she also lives.", "partner", "living_at_premises"),
    # her own tour
    ("I move to Leeds or York every 2 weeks for my tour.", "nums", "moved_between_places"),
    ("Kira here! In Leeds till Thursday, then York. Call me.", ADVERT, "moved_between_places"),
    # her own payments, a client's robbery, her mum at her request
    ("I take all payments by card myself.", "nums", "third_party_control"),
    ("The client took all the payments back off me at knifepoint.", "nums", "third_party_control"),
    ("My mum looks efter the money for me since I asked her.", "nums", "third_party_control"),
    # her own advertising
    ("Kira, independent. I take all bookings myself, I arrange my own advertising.", ADVERT, "advert_control"),
]


@pytest.mark.parametrize(("text", "source", "indicator"), ORDINARY)
def test_ordinary_arrangement_is_no_indicator(pipeline, text, source, indicator):
    assert indicator not in _found(pipeline, text, source)


# (text, source, indicator, strength): each fails on the code before stop 57
CONTROL = [
    # the man on the phone
    ("CALL THE DESK 0113 496 0211 (no call to girls). Massage in back room.", ADVERT, "speaks_for_worker", "strong"),
    (
        "NEW Polish girls in Rye: Ola, Kasia. All bookings with Dorin, text 07700 900231.",
        ADVERT,
        "speaks_for_worker",
        "weak",
    ),
    ("Bookings to me only, do not message the girls, they will not answer.", ADVERT, "speaks_for_worker", "weak"),
    ("Barber's back room. Book at the chair, ask for Rico, not the lady.", ADVERT, "speaks_for_worker", "weak"),
    ("Punters ring his phone and he texts her the room.", "nums", "speaks_for_worker", "weak"),
    ("Bookings come via Sandu's phone.", "partner", "speaks_for_worker", "weak"),
    ("All calls go to 07700 900444 which is Sandu.", "partner", "speaks_for_worker", "weak"),
    ("The girls never touch a phone.", "partner", "speaks_for_worker", "weak"),
    ("He messages the clients on WhatsApp as her.", "partner", "speaks_for_worker", "weak"),
    ("Review: bloke called Sandu answers, tells you the address.", "partner", "speaks_for_worker", "weak"),
    ("Forum: the driver parks up, he's the one who texts you back.", "partner", "speaks_for_worker", "weak"),
    ("ROOMS FOR GIRLS. We take your bookings so you don't have to speak English.", ADVERT, "speaks_for_worker", "weak"),
    # the man in the car
    ("Sandu was sat in a grey Octavia outside the whole time.", "partner", "transported_by_other", "weak"),
    ("The man waits outside in the car all day.", "nums", "transported_by_other", "weak"),
    ("The driver who brought them from Hull sleeps in the car outside.", "partner", "transported_by_other", "weak"),
    ("A man collects her from the Leeds and York flats.", "partner", "transported_by_other", "weak"),
    # towns by turns, where next, an agency's tour
    ("She says they move to York or Hull every two weeks.", "partner", "moved_between_places", "weak"),
    ("Sandu tells them where they go next.", "partner", "moved_between_places", "weak"),
    ("Girls in Hull till Thursday, then York. Text only.", ADVERT, "moved_between_places", "weak"),
    ("Girls rotate to our Hull and York houses.", ADVERT, "moved_between_places", "weak"),
    # where she also sleeps
    (
        "She is kept in the flat above the agency office, where she also sleeps.",
        "partner",
        "living_at_premises",
        "weak",
    ),
    ("She stays in the flat in Rye where she also works.", "partner", "living_at_premises", "weak"),
    ("I sleep in the Airbnb in Rye and work there.", "nums", "living_at_premises", "weak"),
    ("Two women in a caravan, living and seeing men there.", "partner", "living_at_premises", "weak"),
    ("Nails and massage by young Asian ladies. Staff stay on site. Cash only.", ADVERT, "living_at_premises", "weak"),
    ("Massage on board. Young ladies live on the boat, open late.", ADVERT, "living_at_premises", "weak"),
    # her money
    ("Mama Efe takes all payments on her phone.", "partner", "third_party_control", "strong"),
    ("'he's my boyfriend, he's fine, he looks efter the money'", "nums", "third_party_control", "strong"),
    ("Big Rab says it is twenty quid a nicht. Says it is fur 'protection'.", "nums", "protection_money", "strong"),
    # the page that writes her adverts
    ("ROOMS FOR GIRLS, weekly. We arrange your advertising on the top sites.", ADVERT, "advert_control", "weak"),
]


@pytest.mark.parametrize(("text", "source", "indicator", "strength"), CONTROL)
def test_control_is_found(pipeline, text, source, indicator, strength):
    assert _found(pipeline, text, source).get(indicator) == strength
