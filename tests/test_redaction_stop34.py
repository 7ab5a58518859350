"""Issue 8, stop 34: what the rules got wrong on helper_zo, a West Yorkshire month (each
example invented, after the classes seen): staff signing a note ("PO: K. Brannigan",
"Pharmacist: MS", "interpreter initials H.R.") are people; a chat's date and time is no
phone number; in a chat copied with its times a worker who says what he did to her is no
offender in her other messages, and the man she names there ("it's that Red again, says
he's off 07700 ...") is kept; a court report's defendant keeps the surname his brother
shares, a co-accused the court cleared and a witness are no offenders, a relation who
"moved the women" is; a forum's "#3 handle:" post, a chat boast of drugging drinks, a
neighbour's outing post ("is a working girl ... printed her adverts") make their authors
offenders, and where such a post places her is her home; "I'm Darren X" in a harasser's
own message is his name; "my bf Callum ..., his number" is the boyfriend's; homes said in
passing ("my family from X", "we share flat in X", "me mams in X", "my friend Ola in X");
languages are no names. All data fictional."""

from __future__ import annotations

from tests.test_redaction import forum, news, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_staff_signing_a_note_are_redacted(pipeline):
    out = run(pipeline, partner("She agreed we share this anonymously. PO: R. Fennimore."))
    assert not leaked(out, "Fennimore")
    out = run(pipeline, partner("She wants contact by email only. Adviser: T. Walsden."))
    assert not leaked(out, "Walsden")
    # "MS" after a staff label is her initials, not the title "Ms"
    out = run(pipeline, partner("She declined police. Pharmacist: MS; outreach worker: Bev K."))
    assert not leaked(out, "MS") and not leaked(out, "Bev")
    # a role's capitals before a name, the name glued to the note's last full stop
    out = run(pipeline, partner("She declined police but agreed anonymous sharing. Staff: SN Jowett, HCA Mo."))
    assert not leaked(out, "Mo")
    out = run(pipeline, nums("Telephone interpreter, interpreter initials P.Q. Caller says a man hit her in Leeds."))
    assert not leaked(out, "P.Q.")


def test_a_chats_date_and_time_is_no_phone_number(pipeline):
    out = run(pipeline, forum("[14.02.2027 02:31] Bradford_Lad_77: open the door or I tell your landlord what u do"))
    assert "14.02.2027 02:31" in text_of(out)


def test_a_worker_in_a_chat_is_no_offender_and_the_man_she_names_is_kept(pipeline):
    page = forum(
        "[WhatsApp chat exported by one participant]\n"
        "[03/02/2027 21:10] Tammy: it's that Sparrow again, says he's off 07700 900481 now\n"
        "[03/02/2027 21:11] Tammy: last time he got nasty and wouldn't stop when I said, left me with a bruise\n"
        "[03/02/2027 21:12] Nic: dont go babe"
    )
    out = run(pipeline, page)
    assert not leaked(out, "Tammy") and not leaked(out, "Nic")
    assert "+447700900481" in offender_values(out)


def test_a_defendant_keeps_the_surname_his_brother_shares(pipeline):
    out = run(
        pipeline,
        news(
            "'Driver guilty of attacking escort' A man has been found guilty of assault at Leeds Crown Court. "
            "Gareth Pownall, 41, known to friends as 'Powny', attacked the woman in his car. His brother Liam "
            "Pownall told the jury Gareth had been at home. Pownall was remanded in custody."
        ),
    )
    assert "gareth pownall" in offender_values(out) and "powny" in offender_values(out)
    assert not leaked(out, "Liam")


def test_a_cleared_co_accused_and_a_witness_are_no_offenders(pipeline):
    out = run(
        pipeline,
        news(
            "Two men who controlled women in flats in Halifax were jailed at Bradford Crown Court. Petru Bogdan, "
            "44, and his cousin Ionel Bogdan, 29, moved the women between flats every week. A co-accused, Dean "
            "Ashworth, 31, was cleared of handling stolen goods. The court heard evidence from a landlord, Keith "
            "Bramall, who said he had no idea what the flats were used for."
        ),
    )
    assert "ionel bogdan" in offender_values(out)
    assert not leaked(out, "Ashworth") and not leaked(out, "Bramall")


def test_a_numbered_forum_post_boasting_makes_its_author_an_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Forum > Yorkshire > 'Anyone seen Dolly?'\n#1 Calder_Carl: Anyone seen Dolly lately?\n"
            "#2 Rusty_Nail_72: Saw her Friday. Told her the cash was in the car and drove off. "
            "Free is the best price lads.\n"
            "#3 Hebden_H: you're a knob, reported."
        ),
    )
    assert "rusty_nail_72" in offender_values(out)


def test_a_boast_of_drugging_drinks_makes_its_author_an_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "Telegram group 'Lads Nights Out' (captured)\n[02/02/2027 22:01] Deano_99: anyone been to the new girl?\n"
            "[02/02/2027 22:04] wakey_wide_boy: crush a couple of my dad's sleeping tablets in their drink lads, "
            "she never knew"
        ),
    )
    assert "wakey_wide_boy" in offender_values(out)


def test_a_neighbours_outing_post_and_where_it_places_her(pipeline):
    out = run(
        pipeline,
        forum(
            "Hunslet Residents (Facebook group)\nPost by Maureen Tattersall: 'Warning to all parents. The woman at "
            "the end of Gledhow Crescent is a working girl, I've printed her adverts for the lamp posts.'\n"
            "Comment, Priya Shah: take this down, you're putting her at risk."
        ),
    )
    assert "maureen tattersall" in offender_values(out)
    assert not leaked(out, "Gledhow Crescent") and not leaked(out, "Priya")


def test_a_harasser_naming_himself_in_his_own_message(pipeline):
    out = run(
        pipeline,
        forum(
            "[Telegram DM export]\n[01.02.2027 01:10] Bull_Leeds_9: 5 mins or I tell your landlord what u do\n"
            "[01.02.2027 01:12] Bull_Leeds_9: ring whoever, I'm Craig Farnley, everyone knows me"
        ),
    )
    assert "craig farnley" in offender_values(out)


def test_his_number_beside_her_boyfriend_is_the_boyfriends(pipeline):
    out = run(
        pipeline,
        nums(
            "lad in a white van pulled a knife on Water Lane and took my bag. my bf Jordan came got me, "
            "his number 07700 900377 cos mine got nicked."
        ),
    )
    assert not leaked(out, "07700 900377") and not leaked(out, "Jordan")


def test_homes_said_in_passing(pipeline):
    cases = [
        ("He said he knew my family from Lidget Lane and would send the video unless I paid.", "Lidget Lane"),
        ("Me and two other girls share flat in Burmantofts. A man robbed us in Leeds.", "Burmantofts"),
        ("im back at me mams in Rothwell now. he hit me in Leeds.", "Rothwell"),
        ("I sleep now on sofa of my friend Ola in Outwood. The man hit me in Wakefield.", "Outwood"),
    ]
    for text, home in cases:
        assert not leaked(run(pipeline, nums(text)), home), text


def test_languages_are_no_names(pipeline):
    out = run(pipeline, nums("He is about 35, speaks Mirpuri and English. Interpreter (Kurdish Sorani) present."))
    assert "Mirpuri" in text_of(out) and "Sorani" in text_of(out)
