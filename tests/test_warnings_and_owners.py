"""Who a warning post names, and whose car a registration is (issue 8, stop 23).

- A post warning others ("avoid 'Gaz from Goole' (07700 ...) – he robbed ...", "pass it
  on") is written by someone on the worker's side: its author is no offender, and the man it
  warns of is, with the number written beside his quoted name.
- A registration after "<her friend>'s car" is the friend's, however the sentence goes on.
- A route's evidence never reads "mo=", which a search for a reporter called Mo would hit.

Every check of what is redacted reads the whole output, not one field.
"""

from __future__ import annotations

from evaluation.leaks import flatten, present
from tests.test_redaction import advert, forum, nums, offender_values, run, text_of


def test_a_warning_posts_author_is_no_offender_and_the_man_it_warns_of_is(pipeline):
    out = run(
        pipeline,
        forum(
            'Posted by careful_carla: Ladies, avoid "Gaz from Goole" (07700 900806) – he robbed Tina R at '
            "her flat in Selby last week and pulled her hair. Drives a red Berlingo. Pass it on."
        ),
    )
    flat = flatten(out)
    assert not present("careful_carla", flat)
    assert not present("Tina R", flat)
    assert "+447700900806" in offender_values(out)
    assert "Gaz from Goole" in text_of(out)


def test_a_boast_in_a_forum_still_makes_its_author_an_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Posted by hull_hammer77: took the johnny off halfway and she never noticed lol, paid her in fake twenties"
        ),
    )
    assert "hull_hammer77" in offender_values(out)


def test_a_registration_after_her_friends_car_is_the_friends(pipeline):
    out = run(
        pipeline,
        nums(
            "My mate Kez waited outside in her car. The punter called himself Lee, 07700 900807. Kez's car is the blue "
            "Yaris, KX19 PLM, so if you see that on camera it's us not him.",
            reporter={"name": "Danni Shawcross"},
        ),
    )
    flat = flatten(out)
    assert not present("KX19 PLM", flat)
    assert not present("Kez", flat)
    assert "+447700900807" in offender_values(out)


def test_route_evidence_does_not_read_as_a_name(pipeline):
    # her friend is in no structured field, so the leak guard cannot catch a stray "Mo"
    out = run(pipeline, nums("He hit me and took my money back. My mate Mo saw it.", reporter={"name": "Dee Fairley"}))
    assert not present("Mo", flatten(out))


def test_a_lettings_headline_is_no_name(pipeline):
    out = run(
        pipeline,
        advert(
            "ROOMS TO LET – short stays, bills included. Enquiries to the office, 0113 496 0801.", platform="lettings"
        ),
    )
    assert "ROOMS TO LET" in text_of(out)
    assert "Enquiries" in text_of(out)


def test_a_numbered_posts_author_and_a_captions_author_are_read(pipeline):
    out = run(
        pipeline,
        forum(
            "Thread: Armley — any decent lasses?\n[Post 1] Lad_from_Pudsey: took the johnny off halfway n she "
            "never noticed lol\n[Post 2] Concerned_Kev: that's assault mate, reported"
        ),
    )
    assert "lad_from_pudsey" in offender_values(out)
    assert not present("Concerned_Kev", flatten(out))
    out = run(
        pipeline,
        forum(
            "@armley_watch (video caption): Another one on Tong Road tonight 😂 we know where she lives, tag her family"
        ),
    )
    assert "armley_watch" in offender_values(out)


def test_a_comment_asking_for_photos_to_come_down_is_no_offence(pipeline):
    out = run(
        pipeline,
        forum(
            "Post by @NoPunters_Harehills: PHOTOS from tonight outside the knocking shop on Sholebroke Avenue, "
            "faces visible. We know where you go after.\n\nComment by Asha K: please take the faces down, "
            "some of these are just neighbours"
        ),
    )
    assert not present("Asha K", flatten(out))
    assert "nopunters_harehills" in offender_values(out)


def test_a_calendar_word_between_a_contact_word_and_a_number_is_her_name(pipeline):
    out = run(
        pipeline, advert("HALIFAX. Mature lady, relaxing massage. Ring Jan 07700 900810. Closed Sun, open Mon 10-6")
    )
    flat = flatten(out)
    assert not present("Jan", flat)
    assert "Closed Sun, open Mon" in text_of(out)
