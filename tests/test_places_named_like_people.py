"""Issue 8, stop 30 (training sets j-zk): places a name tagger reads as people.

- a town that is also a first name ("Carlisle", "Chester") where only a place fits: where she
  moves or tours, where a man is from; still a person after "a message to";
- a city abroad whose one word is a name ("São Paulo": Paulo) or that is a name
  ("Constanța") where someone is from;
- an advert's list of British towns ("Whitstable & Herne Bay"), not working names, while
  "Call Ash 07700 ..." stays a man's name;
- a station by its line ("Woolwich Arsenal DLR"), a county on a football shirt, a greeting.

Every check of what is redacted reads the whole output. Invented data.
"""

from __future__ import annotations

from tests.test_redaction import forum, nums, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_a_town_that_is_a_first_name_is_kept_where_only_a_place_fits(pipeline):
    out = run(pipeline, nums("I work in flat, Newcastle now, before Middlesbrough, before Carlisle, every week move."))
    assert "Carlisle" in text_of(out)
    out = run(pipeline, nums("He paid but I want people to know. Man from Chester he said, 30s, posh."))
    assert "Chester" in text_of(out)
    out = run(pipeline, nums("I sent a message to Chester and then Chester rang me back, he is my driver."))
    assert not leaked(out, "Chester")


def test_a_city_abroad_that_reads_as_a_name_is_kept_where_someone_is_from(pipeline):
    out = run(pipeline, partner("She says the man who brought her from Constanța keeps her passport."))
    assert "Constanța" in text_of(out)
    out = run(pipeline, nums("Client said he was Brazilian too, an escort from São Paulo told me to trust him."))
    assert "São Paulo" in text_of(out)


def test_an_adverts_british_towns_are_places_and_a_contact_stays_a_name(pipeline):
    out = run(pipeline, forum("Lily, 21. Outcalls across Canterbury, Whitstable & Herne Bay. Call Ash 07700 900341."))
    text = text_of(out)
    assert "Whitstable" in text and "Herne Bay" in text
    assert not leaked(out, "Lily")


def test_a_station_by_its_line_a_shirt_and_a_greeting_are_no_names(pipeline):
    out = run(pipeline, nums("Flat 2 mins from Woolwich Arsenal DLR. Big red face, Kent football shirt, he robbed me."))
    text = text_of(out)
    assert "Woolwich Arsenal DLR" in text and "Kent football shirt" in text
    out = run(pipeline, forum("Oi, I am Camila, escort, I live in London four years, I do all myself."))
    assert text_of(out).startswith("Oi,") and not leaked(out, "Camila")
    # a greeting that is a name too ("Ola", Aleksandra for short) is hers, not a greeting
    out = run(pipeline, nums("Ola said the man hit her and took the money back off her."))
    assert not leaked(out, "Ola")


def test_a_place_the_tagger_cut_in_two_and_a_saying_with_a_name(pipeline):
    out = run(
        pipeline,
        forum(
            "Review by KingstonKev: Lucy, Kingston upon Thames, outcall.\n"
            "Fit, bit nervous. Told her I was Old Bill and could get her nicked for the advert, free hour haha."
        ),
    )
    text = text_of(out)
    assert "Kingston upon Thames" in text and "Old Bill" in text
    assert not leaked(out, "Lucy")
