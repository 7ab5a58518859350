"""Issue 8, stop 48: what the rules got wrong on helper_zzd and trafficking dev_zc (each example
invented, after the classes seen): a forum post headed by its author's rank line ("X · Member")
is that author's, a breadcrumb's sections are no one's names, a regular she vouches for beside
the offender is no offender, a young children's school is always redacted, a note's subjectless
"Lives in X" and "originally from X" are homes, an advert's name in brackets after her working
name is hers, a punter's opening verb, a note's subject label, thanks in her own language, a
police log's ethnicity code and a dropped g are no names, and a venue after "out of the" is a
place. Every check reads all outputs (`leaked`). All data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, forum, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked

_THREAD = (
    "Punter Chat › Reviews › Lancashire\n\n"
    "Thread: Skye – Preston – review\n\n"
    "RedRoseRider77 · Senior Member · 842 posts\n"
    "Saw Skye (07700 900512) last Friday. Tidy flat. Took the rubber off when she turned over and she "
    "never knew haha. Top session.\n\n"
    "  Millhand88 · Member\n"
    "  Nice one, adding her\n\n"
    "  QuietOwl · VIP Member\n"
    "  Not on mate, report that.\n"
)


def test_a_post_under_its_authors_rank_line_is_his(pipeline):
    out = run(pipeline, forum(_THREAD))
    # the author who boasts of removing the condom is the offender; the men replying are no one's concern
    assert "redroserider77" in {v.lower() for v in offender_values(out)}
    assert not leaked(out, "Millhand88") and not leaked(out, "QuietOwl")
    assert not leaked(out, "Skye") and not leaked(out, "07700 900512")


def test_a_breadcrumbs_sections_are_no_names(pipeline):
    out = run(
        pipeline,
        forum(
            "Punter Chat › Field Reports › Devon & Cornwall\n\n"
            "MoorBoy_12 · Member\nSaw Kayleigh Tuesday, all fine, lovely girl."
        ),
    )
    text = text_of(out)
    assert "Field Reports › Devon & Cornwall" in text
    assert text.count("Saw ") == 1 and not leaked(out, "Kayleigh")


def test_a_regular_she_vouches_for_beside_the_offender_is_no_offender(pipeline):
    out = run(
        pipeline,
        nums(
            "A man choked her in a lay-by off Mill Road and drove off without a word. She wanted us to note "
            'that her regular, who she calls Uncle Rob, drives a similar car and is "a proper gentleman, '
            "wouldn't hurt a fly\" - it is not him."
        ),
    )
    assert "uncle rob" not in offender_values(out) and not leaked(out, "Uncle Rob")
    out = run(
        pipeline,
        partner(
            "Key-work review. Safety: carries an alarm. No incidents since last review. One regular, "
            '"Dennis" (60s), who she describes as "a gent, drives me home after, never any bother" - not a '
            "concern."
        ),
    )
    assert "dennis" not in offender_values(out) and not leaked(out, "Dennis")


def test_a_man_who_was_a_gent_only_at_first_stays_the_offender(pipeline):
    out = run(
        pipeline,
        nums("The client, Barry Noakes, was a proper gent at first, then he grabbed my throat and took the £80."),
    )
    assert "barry noakes" in offender_values(out)


def test_a_young_childrens_school_is_redacted_whatever_the_sentence(pipeline):
    out = run(
        pipeline,
        nums('He messaged "nice kids. Oakfield Road Primary is a lovely school isnt it". He hit me last month.'),
    )
    assert not leaked(out, "Oakfield Road Primary") and "Oakfield Road" not in text_of(out)
    out = run(pipeline, nums("He followed me down Oakfield Road and hit me outside the chippy."))
    assert "Oakfield Road" in text_of(out)
    # a club's name on his shirt is no school
    out = run(pipeline, nums("He had long hair and a shirt of Boca Juniors, and he hit me in the car."))
    assert "Boca Juniors" in text_of(out)


def test_a_notes_subjectless_home_is_redacted(pipeline):
    out = run(
        pipeline,
        nums(
            "Clinic note. Works as an escort some weekends, no incidents. Lives in Skelmorlie with her "
            "teenage daughter, who does not know.",
            district="Skelmorlie",
        ),
    )
    assert "Lives in Skelmorlie" not in text_of(out)
    out = run(pipeline, partner("Key worker note, Plymouth. SU, 30, Cornish, originally from Bodmin, on a script."))
    assert not leaked(out, "Bodmin")
    # the service user's label is no one's initials; someone's initials introduced with an age are
    assert "SU, 30, Cornish" in text_of(out)
    out = run(pipeline, partner("Key worker note. KB, 30, sells sex from her flat. KB consents to sharing."))
    assert not leaked(out, "KB")


def test_a_friends_home_said_without_a_possessive_is_redacted(pipeline):
    out = run(pipeline, nums("Back in summer he give us a lift to me mates in Grangetown an went on about prison."))
    assert not leaked(out, "Grangetown")
    # where men she was sent to meet their friends is where it happened
    out = run(pipeline, partner("He sent her to them and their friends at a flat above a takeaway on Kirkgate."))
    assert "Kirkgate" in text_of(out)


def test_her_other_name_in_brackets_and_in_a_quoted_advert_is_hers(pipeline):
    out = run(pipeline, advert("Jasmine (Jazz) 💜 curvy Leeds girl, incall near Headingley. Text 07700 900346."))
    assert not leaked(out, "Jazz") and not leaked(out, "Jasmine")
    out = run(pipeline, advert("Candy (Leeds) 💋 busty lady, incall. Text 07700 900347."))
    assert "(Leeds)" in text_of(out)
    # a town beside her town is a place, but a name a comma sets before her town is hers
    out = run(pipeline, advert("Relax with Paris, Ossett, 10-8 daily. 0113 496 0022"))
    assert not leaked(out, "Paris")
    out = run(
        pipeline,
        forum(
            "Researcher note: advert on adult directory, Hull. Text: 'Chloe 23 😊 Hull. Genuine girl. "
            "Call 07700 900688.'"
        ),
    )
    assert not leaked(out, "Chloe")


def test_words_that_are_no_names(pipeline):
    out = run(pipeline, nums("He did not pay, nothing bad only the money. I want other girls know him. Obrigada"))
    assert text_of(out).endswith("Obrigada")
    out = run(pipeline, nums("He just go without paying. Grabe, so rude. Maybe 50s, fisherman jumper."))
    assert "Grabe, so rude" in text_of(out)
    out = run(pipeline, partner("22:07 Female IC1, 50s, short grey hair, approaches three women and shouts abuse."))
    assert "Female IC1" in text_of(out)
    out = run(pipeline, nums("Writin this proper cos I want it on record. A man called Kevin hit me. Martin saw."))
    assert text_of(out).startswith("Writin this") and not leaked(out, "Martin")


def test_a_venue_after_out_of_the_is_a_place(pipeline):
    out = run(
        pipeline,
        nums("On Wed about 11pm a woman came out of the Anchor Tap and started screaming dirty slags at us."),
    )
    assert "Anchor Tap" in text_of(out)


def test_an_outing_posts_author_and_his_handle_in_brackets_are_his_and_a_defender_is_no_one(pipeline):
    out = run(
        pipeline,
        forum(
            "Hull West Community Watch (public group, 14.2k members)\n\n"
            'Post by "Gary Tonks" (profile handle gary.tonks.hu9):\n'
            "WARNING TO ALL PARENTS this is the dirty slag who brings punters back to the flat above the "
            'bookies, she is on them escort sites as "Ruby Rae" with her number 07700 900664 if anyone wants '
            "to ring and tell her what they think. Share share share!!!!\n\n"
            'Comments (213). Top comment from "Debs Nolan": "I know her mam, leave the kid out of it Gary"'
        ),
    )
    offenders = offender_values(out)
    assert "gary tonks" in offenders and "gary.tonks.hu9" in offenders
    assert "debs nolan" not in offenders and not leaked(out, "Debs Nolan")
    assert not leaked(out, "Ruby Rae") and not leaked(out, "07700 900664")
    assert "I know her mam" in text_of(out)


def test_a_header_lines_byline_after_a_dash_is_its_author(pipeline):
    out = run(pipeline, forum("Field report - Tamsin (Eccleshill) - by hillwalker1984\n\nPunctual, friendly, lovely."))
    assert not leaked(out, "hillwalker1984") and not leaked(out, "Tamsin")
    out = run(pipeline, forum("Field report - Tamsin (Eccleshill) - by quietpunterxx Flat was clean, would repeat."))
    assert not leaked(out, "quietpunterxx")
    out = run(pipeline, forum("Field report - Tamsin - flat is handy - by the station, clean, would repeat."))
    assert "by the station" in text_of(out)
