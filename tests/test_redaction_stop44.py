"""Issue 8, stop 44: what the rules got wrong on helper_zz and trafficking/dev_y (each example
invented, after the classes seen): "I live in X" is hers even where the record's district is X; a
relative after "your" or "ur" ("tell your mum in X"; not "his", his detail), someone's house ("her sponsor's house
in X"), "the hostel on X", sofa-surfing, "from a Traveller family in X" and emergency
accommodation "arranged in X" are homes; a client named beside the offender whom "she has no
complaint about" is cleared, his first name with him; whose relative a man claimed to be
("Dennis's nephew") is no name of his, and a victim-side man's first name alone is that man's;
a forum reply's quoted line is the quoted author's act, not the replier's, and a thread headed
"Bad date" is workers warning each other; an advert for several women whose line is a reception's
or a manager's ("girls don't speak English, call reception") gives his number, not theirs (the
women listed after it, "Today: Kim, Vivi", stay theirs), and so does a room "in a shared house"
with work that pays him. All data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, forum, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def _entities(out) -> set[str]:
    return {e["text"] for e in out["record"]["entities"]}


def test_she_lives_in_the_town_the_record_names(pipeline):
    out = run(pipeline, nums("He left me at the services. I live in Kendal so I got a bus back.", district="Kendal"))
    assert "Kendal" not in text_of(out) and "Kendal" not in _entities(out)
    # where she works there, not where she lives: the field's town stays
    out = run(pipeline, nums("My working flat is in Kendal, not where I live. A punter called Vic hit me.",
                             district="Kendal"))  # fmt: skip
    assert "Kendal" in text_of(out)


def test_a_relative_after_your_or_ur_is_a_home(pipeline):
    out = run(pipeline, nums("He texted that he'd show the video to your mum in Harrogate unless I paid."))
    assert not leaked(out, "Harrogate")
    out = run(pipeline, nums("Gav: ur sister in Morley still works at the bakery yeh. Then he blocked me."))
    assert not leaked(out, "Morley")
    # his relatives' town is his detail: kept
    out = run(pipeline, nums("Client called Rhys said his family are in Barnsley and he goes back most weekends."))
    assert "Barnsley" in text_of(out)
    # a country stays: it names no one's home
    out = run(pipeline, nums("He said he'd send the video to your family in Romania. He called himself Ady."))
    assert "Romania" in text_of(out)


def test_someones_house_the_hostel_and_emergency_housing_are_homes(pipeline):
    out = run(pipeline, partner("She lives in her sponsor's house in Ripon with her son. A client called Ned hit her."))
    assert not leaked(out, "Ripon")
    out = run(pipeline, nums("He said he'd get me thrown out of the hostel on Garnet Road if I told."))
    assert not leaked(out, "Garnet Road")
    out = run(pipeline, partner("Emergency accommodation arranged in Batley. The client, who calls himself Lee, "
                                "assaulted her in Dewsbury."))  # fmt: skip
    assert not leaked(out, "Batley")
    assert "Dewsbury" in text_of(out)
    # outside the hostel is where he waits: kept
    out = run(pipeline, nums("A man called Lee waits outside the hostel on Garnet Road most nights and shouts."))
    assert "Garnet Road" in text_of(out)
    # his brother's flat is his side: kept
    out = run(pipeline, nums("He took me to his brother's flat in Ossett and hit me there."))
    assert "Ossett" in text_of(out)


def test_sofa_surfing_and_a_family_she_comes_from(pipeline):
    out = run(pipeline, partner("SU (31, sofa-surfing in Eccleshill) was picked up in Bradford by a man called Jez."))
    assert not leaked(out, "Eccleshill")
    assert "Bradford" in text_of(out)
    out = run(pipeline, nums("I'm from a Traveller family in Sherburn, they'd disown me. A man called Pat filmed me."))
    assert not leaked(out, "Sherburn")


def test_a_client_she_has_no_complaint_about_is_cleared(pipeline):
    out = run(
        pipeline,
        partner(
            "A client's wife, who gave her name as Tracey Venn, has rung SU twenty times. The client, Howard Venn, "
            "has not been in touch since and SU has no complaint about him. SU asks that no one contacts "
            "Howard's family.",
            offender={
                "names": ["Tracey Venn"],
                "phones": [],
                "emails": [],
                "online_handles": [],
                "vehicles": [],
                "description": None,
            },
        ),
    )
    assert not leaked(out, "Howard")
    assert "tracey venn" in offender_values(out)


def test_whose_relative_he_claimed_to_be_is_not_his_name(pipeline):
    out = run(
        pipeline,
        nums(
            "My neighbour, Mr Clive Ashdown, knows nothing about my work. The man got in downstairs by saying he "
            'was "Clive\'s grandson". He called himself Ricky and he took my purse.'
        ),
    )
    assert not leaked(out, "Clive")
    assert "ricky" in offender_values(out)


def test_a_quoted_line_is_the_quoted_authors_act(pipeline):
    out = run(
        pipeline,
        forum(
            "Thread: 'Tanya @ Headingley?'\nPost #1 by DalesRambler: Anyone been to see Tanya lately?\n"
            "Post #2 by KnotHead77: > Anyone been to see Tanya lately?\nYes. She said no filming but I recorded "
            "her anyway on my phone lol, she never saw.\nPost #3 by DalesRambler: > I recorded her anyway\n"
            "which night was that? she never said"
        ),
    )
    assert not leaked(out, "DalesRambler")
    assert "knothead77" in offender_values(out)


def test_a_bad_date_thread_is_workers_warning_each_other(pipeline):
    out = run(
        pipeline,
        forum(
            "WorkerNet North — thread 'Bad date: 07700 900 812 aka \"Gaz\"'\nRubyRose: he wouldn't pay and "
            "kept ringing after I blocked him.\nAmberSky: same number last month, he called himself Gary then. "
            "He tried to take it off and I stopped him.\nRubyRose: ugh, stay safe x"
        ),
    )
    assert not leaked(out, "AmberSky")
    assert "+447700900812" in offender_values(out)


def test_a_reception_line_for_several_women_is_the_controllers(pipeline):
    out = run(
        pipeline,
        advert(
            "NEW GIRLS EVERY WEEK ❤ BRADFORD ❤ Girls live on site 24/7. Girls don't speak English, call "
            "reception to book any girl 07700 900 884, reception will reply 📱 Today: Julia, Mayra, Oana.",
            phones=["07700 900 884"],
        ),
    )
    assert "+447700900884" in offender_values(out)
    # the women listed after the line are theirs, never his
    assert not any(leaked(out, name) for name in ("Julia", "Mayra", "Oana"))
    # two friends who answer their own phone: theirs, redacted
    out = run(
        pipeline,
        advert(
            "Two friends in Leeds, Romanian and Polish, 25 and 27. We work together, book us both. Call me on "
            "07700 900 885, I answer for both of us.",
            phones=["07700 900 885"],
        ),
    )
    assert not leaked(out, "07700 900 885")
    assert "+447700900885" not in offender_values(out)


def test_a_fake_officers_name_in_a_longer_quote_or_after_say_his_name(pipeline):
    out = run(pipeline, nums("He flashed a card and said he was 'DS Carl Brindle from Elland Road station' and I'd "
                             "be nicked unless I paid."))  # fmt: skip
    assert "ds carl brindle" in offender_values(out) or "carl brindle" in offender_values(out)
    out = run(pipeline, nums("He Glaswegian, 40s, grey coat, say his name DC Menzies. My friend see him also."))
    assert any("menzies" in v for v in offender_values(out))
    # a quote that is no name: what he said he was, redacted or kept as words, never an offender's name
    out = run(pipeline, nums("He said he was 'here from the council about the bins' and pushed in. Called himself Al."))
    assert offender_values(out) <= {"al"}


def test_a_channels_name_is_no_controllers_contact(pipeline):
    out = run(
        pipeline,
        advert(
            "Telegram channel 'Pennine VIP Girls', post by admin: new girls every week, girls don't have phones "
            "so all bookings through the admin. Today: Rosa, Ilinca.",
            platform="social_media",
        ),
    )
    assert "pennine" not in " ".join(offender_values(out))
    assert not any(leaked(out, name) for name in ("Rosa", "Ilinca"))
