"""Issue 8, stop 38: what the rules got wrong on helper_zt and trafficking/dev_s (each example
invented, after the classes seen): a van log's volunteer written by initials ("Vol: RT") is a
person; an advert's working name in capitals beside her flag ("Latvian Beauty VIKI 🇱🇻") and
an alias opening a sugar-dating profile before her age ("meadowsweet 🌼 | 23 |") are hers; an
officer a court report quotes ("Detective Constable Amy Fields") is a person, not a place
("Fields"); her rented flat told with two words between ("her own rented flat in Y") and a
friend named in brackets ("a close friend (Dorota) in Z") give homes; a worker telling in a
thread how she tours ("before a tour I ...") is no offender, whatever the thread says of
robbed hotel rooms; a blackmailer's other handle after "contact me on snap" is his; a threat to
burn her car "with her in it" is a threat that makes the poster an offender; a fake twenty is a
fraud (a guard: the MO model found it before the pattern did). All data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, forum, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_a_volunteers_initials_in_a_van_log_go(pipeline):
    out = run(
        pipeline,
        partner(
            "Van log Thu 09/10. Staff: PH, LW. Vol: RT. 22:10 parked on Canal Road. A woman reports a man in a "
            "grey Astra who threatened her with a bottle."
        ),
    )
    assert not leaked(out, "RT")
    assert "Canal Road" in text_of(out)


def test_a_working_name_in_capitals_beside_her_flag_goes(pipeline):
    out = run(
        pipeline,
        advert(
            "Latvian Beauty VIKI 🇱🇻 new in Dewsbury. I am 21, I am sweet. My manager answer the phone.",
            location="Dewsbury",
        ),
    )
    assert not leaked(out, "VIKI")
    assert "Dewsbury" in text_of(out)


def test_an_alias_opening_a_profile_before_her_age_goes(pipeline):
    out = run(
        pipeline,
        advert(
            "meadowsweet 🌼 | 23 | Harrogate | art student 🎨 Looking for one kind gentleman for regular dinners.",
            location="Harrogate",
        ),
    )
    assert not leaked(out, "meadowsweet")
    assert "Harrogate" in text_of(out)


def test_an_officer_a_court_report_quotes_is_a_person_not_a_place(pipeline):
    out = run(
        pipeline,
        forum(
            "Halifax man jailed. Carl Renshaw, 51, of Halifax, was jailed for four years for controlling a woman "
            "for gain. Detective Constable Amy Fields said the woman had been very brave."
        ),
    )
    assert not leaked(out, "Amy Fields")
    assert "carl renshaw" in offender_values(out)


def test_her_rented_flat_and_a_friends_district_are_homes(pipeline):
    out = run(
        pipeline,
        partner(
            "Client (Mei, 34) works alone from her own rented flat in Meanwood, Leeds. She keeps her passport "
            "with a close friend (Dorota) in Armley so it is safe while she tours; she asked her to."
        ),
    )
    for value in ("Meanwood", "Armley", "Dorota"):
        assert not leaked(out, value), value


def test_a_worker_telling_how_she_tours_is_no_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Touring tips thread. Post by @dales_daisy: before a tour I give my spare key to my sister, and I "
            "never leave cash in the room because hotel rooms get robbed. Reply by @wold_wren: same here."
        ),
    )
    assert not leaked(out, "dales_daisy")
    assert "dales_daisy" not in offender_values(out)


def test_a_blackmailers_other_handle_after_contact_me_on_snap_is_his(pipeline):
    out = run(
        pipeline,
        forum(
            "Post by @wakey_watcher: the one advertising as ROSE is really Jo Hart, a nurse at the hospital. Jo, "
            "£300 to my PayPal by Monday or the next post goes to your boss. Contact me on snap wakey.w4tcher."
        ),
    )
    assert "wakey.w4tcher" in offender_values(out)


def test_a_threat_to_burn_her_car_with_her_in_it_makes_the_poster_an_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "@brad_lad_77: that escort on Manningham Lane, I know which car she drives and where it's parked. "
            "next time I see it it's getting torched with her in it. RT"
        ),
    )
    assert "threats" in out["record"]["mo"]
    assert "brad_lad_77" in offender_values(out)


def test_a_fake_twenty_is_a_fraud(pipeline):
    out = run(
        pipeline,
        forum(
            "Thread: Bradford prices?\nGateLad_Pete: picked one up on Lumb Lane, gave her a tenner and a fake "
            "twenty my mate printed and drove off laughing."
        ),
    )
    assert "fraud_scam" in out["record"]["mo"]
    assert "gatelad_pete" in offender_values(out)
