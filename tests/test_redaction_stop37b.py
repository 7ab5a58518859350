"""Issue 8, stop 37's second round: what the rules got wrong on helper_zs (Wales and the South
West; each example invented, after the classes seen): a forwarded email chain's staff addresses
("From: Name <address>", "To: Team <address>") go, its "FW:" and Welsh words stay, the man's
number stays; her children's school and where she works by day go as her home does, his office
and a school where it happened stay (guards); a scanned note's "Je1ena" is a name; an officer
written "PC 517 Bell" is a person however ordinary the word; someone who rang 999 after the role
word that usually names the man ("the owner, Bryn, rang 999") is a third party, while "the
owner, Demir, hit her" stays his (a guard); a friend named after her town ("a friend in
Paignton, Lee,", a town too) is a third party; a reviewer who tells no offence ("Review of X by Y") is
redacted; an address in angle brackets after his name ("From: Dean <...>") is his; a street's
"St" before a name ("Union St Jess") is no saint's; the name a fake officer claims
("saying he's 'Inspector Rowlands'") is his. All data fictional."""

from __future__ import annotations

from tests.test_redaction import advert, forum, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_a_forwarded_chains_staff_addresses_go(pipeline):
    out = run(
        pipeline,
        partner(
            "-----Original Message-----\nFrom: Gwenllian Price <g.price@example.org>\nSent: 04 May 2026 10:12\n"
            "To: Harbour Outreach Team <team@example.net>\nSubject: FW: visit note\n\nSee below, she agreed to "
            "the referral. Diolch.\n\n-----Original Message-----\nFrom: Dafydd Rowe <d.rowe@example.org>\n"
            "To: Gwenllian Price\nSubject: visit note\n\nTenant says a man called Spike takes her money and "
            "slapped her. Spike's number 07700 900 641.\nDafydd"
        ),
    )
    for value in ("g.price@example.org", "team@example.net", "d.rowe@example.org", "Gwenllian", "Dafydd"):
        assert not leaked(out, value), value
    text = text_of(out)
    assert "FW: visit note" in text
    assert "Diolch" in text
    assert "+447700900641" in offender_values(out)


def test_her_childrens_school_and_her_day_job_go(pipeline):
    out = run(
        pipeline,
        nums(
            "He said he knows my kids go to Ysgol Glan Morfa and he'll wait at the gate. He posted that I work at a "
            "bakery on Castle Street by day. He said he works at an office in Queen Square."
        ),
    )
    for value in ("Glan Morfa", "Castle Street"):
        assert not leaked(out, value), value
    assert "Queen Square" in text_of(out)


def test_a_school_where_it_happened_stays(pipeline):
    out = run(pipeline, nums("He grabbed me in the car park behind St Bede's School on Oak Lane and took my bag."))
    assert "Oak Lane" in text_of(out)


def test_a_scanned_notes_name_and_an_officers_surname_go(pipeline):
    out = run(
        pipeline,
        partner(
            "Scanned log. Spoke to Je1ena approx 22.4O, a man in a b1ue Astra hit her. PC 517 Bell and "
            "DS 2210 Fairweather attended."
        ),
    )
    for value in ("Je1ena", "Bell", "Fairweather"):
        assert not leaked(out, value), value
    assert "b1ue Astra" in text_of(out)


def test_the_one_who_rang_999_is_a_third_party_the_one_who_hit_her_is_not(pipeline):
    out = run(pipeline, nums("Two lads kicked the door in shouting abuse until the owner, Bryn, rang 999."))
    assert not leaked(out, "Bryn")
    assert "bryn" not in offender_values(out)
    out = run(pipeline, nums("The owner, Demir, hit her when she asked for her wages."))
    assert "demir" in offender_values(out)


def test_a_friend_named_after_her_town_is_a_third_party(pipeline):
    out = run(pipeline, nums("I heard from a friend in Paignton, Lee, that the same man robbed him in May."))
    assert not leaked(out, "Lee")


def test_a_reviewer_who_tells_no_offence_is_redacted(pipeline):
    out = run(
        pipeline,
        advert(
            "Review of Sapphire (Jericho, Oxford) by QuietGent71\nBooked by text, lovely chat, paid in full. "
            "Would recommend.",
            phones=("07700 900 642",),
        ),
    )
    assert not leaked(out, "QuietGent71")


def test_his_own_email_pasted_keeps_its_sender(pipeline):
    # the address in angle brackets after the name his report gives him is his
    offender = {
        "names": ["Dean"],
        "phones": [],
        "emails": [],
        "online_handles": [],
        "vehicles": [],
        "description": None,
    }
    out = run(
        pipeline,
        nums(
            "He emailed me again last night:\nFrom: Dean <dean.holt77@example.com>\nSubject: you owe me\n"
            "Pay up or everyone sees the pics.",
            offender=offender,
        ),
    )
    assert "dean.holt77@example.com" in offender_values(out)


def test_a_streets_st_before_a_name_is_no_saints(pipeline):
    out = run(pipeline, nums("He came back the next night. On Union St Jess saw him get out of the car."))
    assert not leaked(out, "Jess")


def test_the_name_he_claims_and_the_names_he_used(pipeline):
    out = run(
        pipeline,
        forum(
            'Post by Valleys_Val: Bloke going round the parlours flashing a card saying he\'s "Inspector Rowlands" '
            "from vice, demanding freebies. Proper nasty."
        ),
    )
    assert "inspector rowlands" in offender_values(out)
