"""Issue 8, stop 31: third parties named or numbered where the rules read an offender or
no one (each example invented, after the classes seen in the training sets):

- a calendar word that is a first name too, written as a name ("receptionist Jan (50s)"),
  while a date keeps it ("5 Jan", "Jan 12");
- someone the workers pay ("pay a security guy, Tony, £40 a night");
- the friend minding her booking ("my friend was doing my safe call on 07700 ...");
- a worker's advice post (its author no offender), and a worker answering a warning
  ("Reply, Dolly_D: number 1 got me too ... took my phone" / "thanks Dolly").
"""

from __future__ import annotations

from tests.test_redaction import forum, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_a_calendar_word_written_as_a_name_is_hers_and_a_date_stays(pipeline):
    out = run(pipeline, partner("Visit to flat. 3 independents share; receptionist Jan (50s) answers the landline."))
    assert not leaked(out, "Jan")
    out = run(pipeline, nums("Seen on 5 Jan at the flat. He came back Jan 12 and punched her."))
    assert "5 Jan" in text_of(out) and "Jan 12" in text_of(out)


def test_someone_the_workers_pay_is_no_offender(pipeline):
    out = run(pipeline, partner("Three women rent the flat and pay a security guy, Tony, £40 a night to sit in."))
    assert not leaked(out, "Tony")
    assert "tony" not in offender_values(out)


def test_the_friend_on_her_safe_call_is_hers(pipeline):
    out = run(
        pipeline,
        nums("My friend Tamsin was doing my safe call on 07700 900 806. He booked off 07700 900 111 and robbed me."),
    )
    assert not leaked(out, "07700 900 806") and not leaked(out, "Tamsin")
    assert "+447700900111" in offender_values(out)


def test_a_workers_advice_post_has_no_offending_author(pipeline):
    out = run(
        pipeline,
        forum(
            "Posted by @rosie_indie_tour: 'Touring tip thread. I've toured Leeds, York and Newcastle solo for 3 years "
            "- own car, own bookings, own money. Book apartments under your real name with a mate as emergency "
            'contact, share your location with a buddy, and NEVER let anyone "manage" your phone for you. If '
            "someone offers to organise your tour for a cut, run. DM me if you're new and want advice x'"
        ),
    )
    assert not leaked(out, "@rosie_indie_tour") and not leaked(out, "rosie_indie_tour")
    assert "Leeds" in text_of(out)


def test_a_worker_answering_a_warning_is_no_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Warning thread. Timewaster.\nReply, Dolly_D: number 1 got me too in Grangetown, took my phone.\n"
            "Reply, Sal_x: thanks Dolly, added"
        ),
    )
    assert not leaked(out, "Dolly_D") and not leaked(out, "Dolly")
    assert not offender_values(out) & {"dolly", "dolly_d"}


def test_a_thread_ending_in_an_empty_reply_is_routed(pipeline):
    """spaCy's bag-of-words layer failed on a batch mixing an empty post body with others:
    the whole record was lost to an exception."""
    out = run(pipeline, forum("Warning thread.\nReply, Kay_x: he hit me too, took my phone.\nReply, Sal_x:"))
    assert out["status"] == "routed"


def test_mo_model_reads_a_blank_text_in_a_batch_as_alone():
    from processors.mo_model import load_mo_model

    model = load_mo_model()
    if model is None:
        return
    texts = ["he hit me and took my phone", "", "he robbed me at knifepoint"]
    together = model.predict(texts)
    alone = [model.predict([t])[0] for t in texts]
    assert [sorted(d) for d in together] == [sorted(d) for d in alone]
    assert all(abs(together[i][k] - alone[i][k]) < 1e-5 for i in range(3) for k in alone[i])


def test_initials_that_spell_an_acronym_before_what_she_does_are_hers(pipeline):
    out = run(
        pipeline,
        partner("Key worker note. DM attended script collection late. DM does not consent to police contact yet."),
    )
    assert not leaked(out, "DM")
    out = run(pipeline, partner("She got a DM from him at 2am. PC attended with us and took a report."))
    assert "a DM from him" in text_of(out) and "PC attended" in text_of(out)


def test_a_hyphenated_first_name_is_a_name(pipeline):
    out = run(pipeline, nums("He threatened me. My driver, Lee-Anne, who I pay per job, turned us round."))
    assert not leaked(out, "Lee-Anne")


def test_a_name_beside_a_redacted_one_and_a_name_before_a_post_town(pipeline):
    out = run(pipeline, forum("NEW IN COVENTRY. Text: 07700 900866. Same manager also for ALINA and VIKA."))
    assert not leaked(out, "VIKA") and not leaked(out, "ALINA")
    out = run(
        pipeline, forum("Independent collective, we each book direct. Meet us: Juno, Marnie, Kat & Pearl Leeds LS5.")
    )
    assert not leaked(out, "Pearl")
    assert "Leeds LS5" in text_of(out)
    out = run(pipeline, forum("Flat in Chapel Allerton LS7, both of us, text first."))
    assert "Chapel Allerton" in text_of(out)


def test_an_outing_posts_author_with_his_other_name_in_brackets_is_the_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Post in 'Llanfair Community Noticeboard' by account Gareth Prysor (Gaz Prysor): 'PSA there's a girl "
            "running a BROTHEL out of the flats on Station Road. Calls herself Lexi on them sites, "
            "number 07700 900134. Everyone go and knock and tell her what we think of her.'"
        ),
    )
    assert {"gareth prysor", "gaz prysor"} <= offender_values(out)
    assert not leaked(out, "Lexi") and not leaked(out, "07700 900134")


def test_setting_others_on_her_and_a_story_by_an_account(pipeline):
    out = run(
        pipeline,
        forum(
            "Facebook group 'Teesside Lads', post by Wayne Pickerill: 'New lass on Waterloo Rd, calls herself Kenzie. "
            "Her number's 07700 900622 if anyone wants a laugh, ring her all night lads'. Comment by Jay Elwes: 'ha'"
        ),
    )
    assert "wayne pickerill" in offender_values(out)
    assert not leaked(out, "Kenzie") and not leaked(out, "07700 900622")
    out = run(
        pipeline,
        forum(
            "Instagram story by @ipswich.exposed (screenshot): 'Say hi to the favourite escort, works as Scarlett, "
            "lives at 52 Hanover Close. Her kids go to the school round the corner lol.'"
        ),
    )
    assert "ipswich.exposed" in offender_values(out)
    assert not leaked(out, "Scarlett") and not leaked(out, "52 Hanover Close")
