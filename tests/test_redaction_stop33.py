"""Issue 8, stop 33: what the rules got wrong on helper_zn and the linkage set's second-language
reports (each example invented, after the classes seen): a description opening a sentence
("Specs with thick lenses.", "Trouser is checked") is nobody's name; an everyday word after
"my friend" in text-speak is no name ("my friend help write this"); "He say name X" names
him; a home's street or town after the home ("stopping at the hostel on X", "at hers in
X"), a relative's town ("my dad in X"; not one abroad, which names no one's home); an outing
post's author ("Post on X by @x ... tag her employer, RT so everyone knows"), with its
comments told apart ("Comments (3) include:"), a workers' own safety account no
offender ("(worker-run safety account)"), a listing's contact run ending at its sentence
("call Dee on ... . Current ladies: X, Y"), a first name opening a rota line ("Ines back in
Bradford from Tues"). All data fictional."""

from __future__ import annotations

from tests.test_redaction import forum, nums, offender_values, run, text_of
from tests.test_warnings_and_threads import leaked


def test_a_description_opening_a_sentence_is_no_name(pipeline):
    out = run(
        pipeline, nums("He had a bad stammer. Specs with very thick round lenses. Trouser is checked like a chef.")
    )
    assert "Specs with" in text_of(out) and "Trouser is" in text_of(out)


def test_an_everyday_word_after_my_friend_is_no_name(pipeline):
    out = run(pipeline, nums("He not pay me. My English not good, my friend help write this."))
    assert "help write" in text_of(out)
    out = run(pipeline, nums("he grabbed me, my mate shaz seen it all"))
    assert not leaked(out, "shaz")


def test_he_say_name_names_him(pipeline):
    out = run(pipeline, nums("He say name Tomek, he is cook in restaurant. He not pay and push me."))
    assert "tomek" in offender_values(out)


def test_the_street_and_town_of_a_home_said_in_passing(pipeline):
    out = run(
        pipeline, nums("he robbed me in the car park off Deansgate. im stopping at the hostel on Mossbank St for now")
    )
    assert not leaked(out, "Mossbank St") and "Deansgate" in text_of(out)
    out = run(pipeline, nums("he took my phone in Leigh. my sister took me in after, im stayin at hers in Tyldesley."))
    assert not leaked(out, "Tyldesley") and "Leigh" in text_of(out)


def test_a_relatives_town_is_their_home_but_not_abroad(pipeline):
    out = run(pipeline, nums("He said he would send the photos to my dad in Tyldesley. He hit me in Salford."))
    assert not leaked(out, "Tyldesley") and "Salford" in text_of(out)
    # a country names no one's home, a relative's neither; a relative's city abroad is (stop 42:
    # over the training and trafficking dev sets the writers labelled 55 such cities homes, kept 5)
    out = run(pipeline, nums("He said he would send the photos to my father in Ghana. He hit me in Salford."))
    assert "Ghana" in text_of(out)
    out = run(pipeline, nums("He said he would send the photos to my father in Kumasi. He hit me in Salford."))
    assert not leaked(out, "Kumasi")


def test_an_outing_posts_author_is_an_offender(pipeline):
    page = forum(
        "Post on X by @WiganTruthNow (980 followers), 3 Nov: 'This so called escort on the sites is a mum from "
        "Pemberton, her number 07700 900 456. Tag her employer. RT so everyone knows.'\n"
        "Comments (2) include:\n- 'Delete this, you're putting her in danger' (@kind_lass_7)"
    )
    out = run(pipeline, page)
    assert "wigantruthnow" in offender_values(out)
    assert not leaked(out, "07700 900 456") and not leaked(out, "kind_lass_7")


def test_a_listings_contact_run_ends_at_the_sentence(pipeline):
    page = forum(
        "Rosebud Companions, Leeds – now welcoming new ladies. We take 20% of bookings and nothing else. "
        "Apply to rosebud.jobs@example.com or call Dee on 0113 496 0177. Current ladies: Saffron, Marnie, Tilly."
    )
    out = run(pipeline, page)
    for name in ("Saffron", "Marnie", "Tilly"):
        assert not leaked(out, name), name


def test_a_workers_own_safety_account_warns_and_is_no_offender(pipeline):
    page = forum(
        'Post by @safe_sw_calder (worker-run safety account): \'SCAM ALERT: someone calling himself "Rob" on '
        "07700 900 477 is sending fake bank-transfer screenshots to escorts in Halifax, then leaving without paying.'"
    )
    out = run(pipeline, page)
    assert not leaked(out, "safe_sw_calder") and "SCAM ALERT" in text_of(out)
    assert "+447700900477" in offender_values(out)


def test_a_first_name_opening_a_rota_line_is_a_name(pipeline):
    page = forum("Pinned: Mon-Wed Nikki at the city flat. Ines back in Bradford from Tues.")
    out = run(pipeline, page)
    assert not leaked(out, "Ines") and "Bradford" in text_of(out)
