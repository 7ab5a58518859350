"""Issue 8, stop 26: the classes the fresh sets za, zb and zc showed (invented examples).

- a worker's warning names the man: the identifiers right after "avoid", "please BLOCK",
  "calls himself" are his, and the run stops at a word of hers or of another woman, or at a
  new clause about him ("- he robbed Sasha K"); a punter warning of a worker keeps nothing;
- thread layouts: a title's byline over the review ("Review: 'Mia' — posted by X"), an
  account heading its post ("@x • video post"), stars before the colon ("dave.k (1 star):"),
  and a plain lower-case author ("sugarplum:") when the word is no everyday one;
- words a man said of himself in quotes are no name ("said he was 'vice squad'");
- homes: a district the gazetteer lacks after a home cue, a relative's town, a house by its
  number alone; a date is no house number; a continent is a place;
- a car by its colour and make is no person ("Grey Merc"), and "a pure weapon" is a fool.

Every check of what is redacted reads the whole output.
"""

from __future__ import annotations

from evaluation.leaks import flatten, present
from redaction.roles import load_role_rules
from tests.test_redaction import forum, nums, partner, run, text_of
from tests.test_redaction import offender_values as offenders


def leaked(out, value: str) -> bool:
    return present(value, flatten(out))


# -- a worker's warning ------------------------------------------------------------------------
def test_the_man_a_worker_warns_of_is_kept(pipeline):
    out = run(
        pipeline,
        forum(
            "Forum thread 'Rhyl warning'. Posted by u/SeaGlassSW (worker): 'Avoid the guy who texts as "
            '"Dilwyn Prosser" from 07700 900 431, he sent a fake bank screenshot to me and to Ceri. '
            "Text me on 07700 900 432 if he tries you.'"
        ),
    )
    assert {"+447700900431", "dilwyn prosser"} <= offenders(out)
    for hers in ("07700 900 432", "Ceri", "SeaGlassSW"):
        assert not leaked(out, hers)


def test_please_block_keeps_the_number_after_it(pipeline):
    out = run(
        pipeline,
        forum(
            "@ScarlettAbbeyXO: Girls in Harrogate please BLOCK 07700 900 654. Booked as a regular, then did "
            "it without when I'd said covered only. When I said something he just laughed and left."
        ),
    )
    assert "+447700900654" in offenders(out)
    assert not leaked(out, "ScarlettAbbeyXO")


def test_the_run_stops_at_a_new_clause_about_him(pipeline):
    out = run(
        pipeline,
        forum(
            'Posted by safeguard_sal: Girls, avoid "Dazza from Derby" (07700 900 218) - he robbed Sasha K at '
            "her work flat last month and took her cash box. Pass it on."
        ),
    )
    assert "+447700900218" in offenders(out)
    assert not leaked(out, "Sasha K")


def test_a_punter_warning_of_a_worker_keeps_nothing(pipeline):
    out = run(
        pipeline,
        forum(
            "Thread: 'Avoid Candy in Walsall' / Posted by u/WalsallWanderer22: avoid Candy, she charged me "
            "for an hour and kicked me out after 40 min. Stay safe lads."
        ),
    )
    assert not leaked(out, "Candy")
    assert "candy" not in offenders(out)


def test_a_corrected_number_is_no_ones_known_number():
    rules = load_role_rules().desktop
    text = (
        'posted by u/safe_mcr\nWARNING avoid "Danny" 07700-900-813?? no sorry it\'s 07700 900 381. He books outcalls.'
    )
    danny = text.index("Danny")
    wrong, right = text.index("07700-900-813"), text.index("07700 900 381")
    spans = [(danny, danny + 5), (wrong, wrong + 13), (right, right + 13)]
    assert rules.warned_of(text, spans) == [(danny, danny + 5), (right, right + 13)]


# -- thread layouts ----------------------------------------------------------------------------
def test_a_title_byline_heads_the_review_below_it(pipeline):
    out = run(
        pipeline,
        forum(
            "Review: 'Mia' @ Radford incall — posted by BigRonNG7\n\nWent back for seconds with Mia after "
            "last month. She said strictly covered but I slipped the johnny off halfway and she never "
            "clocked till the end haha. Would repeat. 7/10\n\nReply from Sheff_lad_1: mate that's not on"
        ),
    )
    assert "bigronng7" in offenders(out)
    assert not leaked(out, "Mia") and not leaked(out, "Sheff_lad_1")


def test_an_account_heading_its_post_is_its_author(pipeline):
    out = run(
        pipeline,
        forum(
            "@kerbwatch_ips • video post\n\"Another night exposing these tarts, that's Becky in the pink coat. "
            'Lives in the flats on Norwich Road, go knock"\nComments:\n@ipsmum_3: leave these women alone, reported'
        ),
    )
    assert "kerbwatch_ips" in offenders(out)
    assert not leaked(out, "Becky") and not leaked(out, "ipsmum_3")


def test_stars_before_the_colon_and_plain_lower_case_authors(pipeline):
    text = (
        "REVIEWS: Mia Lux (W2)\n\nTommo_UK (4 stars): Lovely girl, clean flat, would repeat.\n\n"
        "grinder_sw1 (5 stars): Said cover all the way but I slipped it off halfway through and she never "
        "clocked lol.\n\nwharfrat: Nice enough but she was late. Paid in full."
    )
    posts = load_role_rules().desktop.posts(text)
    assert [text[p.author[0] : p.author[1]] for p in posts] == ["Tommo_UK", "grinder_sw1", "wharfrat"]
    out = run(pipeline, forum(text))
    assert "grinder_sw1" in offenders(out)
    for harmless in ("Tommo_UK", "wharfrat", "Mia Lux"):
        assert not leaked(out, harmless)


def test_an_everyday_word_opening_a_line_is_no_author():
    text = "NEW IN TOWN Jade\nincall: city centre\nrates: 30min 80\nservices: massage"
    assert load_role_rules().desktop.posts(text) == []


def test_a_worker_answering_a_warning_is_no_offender(pipeline):
    out = run(
        pipeline,
        forum(
            "velvet_e2: Ladies PLEASE read. Man calls himself Mr Grey, flashes a warrant card, says he's vice. "
            "Took £300 off me Sunday.\n\nsugarplum: Same!! Told me he'd have me deported if I didn't pay. "
            "Gave him £150. Grey Merc.\n\nbex_ldn: stay safe girls x"
        ),
    )
    assert "mr grey" in offenders(out)
    for hers in ("sugarplum", "velvet_e2", "bex_ldn"):
        assert not leaked(out, hers)
    assert "Grey Merc" in text_of(out)


# -- names that are none -----------------------------------------------------------------------
def test_words_he_said_of_himself_in_quotes_are_no_name(pipeline):
    out = run(
        pipeline,
        nums(
            "He said he was 'vice squad' and she'd be arrested unless she got in the car. Another time he "
            "said he was 'down for the races'. White, 40s."
        ),
    )
    assert not {"vice squad", "down for the races"} & offenders(out)
    assert "'vice squad'" in text_of(out)


# -- homes and places --------------------------------------------------------------------------
def test_homes_after_a_cue_are_redacted_and_places_kept(pipeline):
    out = run(
        pipeline,
        partner(
            "Outreach shift 23/03, Romford Road. Client raped at a house on Canal Road. She is staying with "
            "her sister in Eccleshill and says he threatened to send videos to her parents in Stonehaven. "
            "He parked outside number 62 every night. She is from Africa originally."
        ),
    )
    text = text_of(out)
    assert "Romford Road" in text and "Canal Road" in text and "Africa" in text
    for home in ("Eccleshill", "Stonehaven", "number 62"):
        assert not leaked(out, home)


def test_a_pure_weapon_is_a_fool(pipeline):
    out = run(
        pipeline,
        forum(
            "bonniebelle: That regular I had Tuesday was a pure weapon, talked my ear off about his bins for "
            "an hour. Paid bang on though.\n\nmissy_mac: haha"
        ),
    )
    assert "weapon" not in out["record"]["mo"]


def test_a_town_ending_in_an_organisation_word_is_a_town_and_a_home_after_a_cue(pipeline):
    out = run(
        pipeline,
        partner(
            "GP note. Adult (44, lives w/ her husband in Leamington Spa) works from a room in Bedworth. A client "
            "called Darren, 07700 900 157, pushed her against the door frame."
        ),
    )
    assert not leaked(out, "Leamington Spa")
    assert "Bedworth" in text_of(out)


def test_his_home_is_the_incident_place_and_nr_is_near(pipeline):
    out = run(
        pipeline,
        partner(
            "A client using the name Stuart (07700 900 936) strangled her at his home near Worcester. She also "
            "reports a punter nr Cheapside who paid in snide notes."
        ),
    )
    text = text_of(out)
    assert "Worcester" in text and "Cheapside" in text


def test_a_page_admin_and_those_joining_in_are_offenders(pipeline):
    out = run(
        pipeline,
        forum(
            "Tayside Uncovered (admin: Wullie Fyfe)\nWe've got a list of every hoor in the flats. Unless yous "
            "want yer names on here, £50 each by Friday.\n\nComments:\nSteph Lowe: this is blackmail, reported\n"
            "BigTam_88: count me in, ah'll bring the motor"
        ),
    )
    assert {"wullie fyfe", "bigtam_88"} <= offenders(out)
    assert not leaked(out, "Steph Lowe")


def test_a_home_named_after_the_place_or_as_a_district(pipeline):
    out = run(
        pipeline,
        nums(
            "He says he will send the video to people in Woking where I live. This man come my place for "
            "Thornton Heath, him say him be police. The hotel was on Guildford High Street."
        ),
    )
    for home in ("Woking", "Thornton Heath"):
        assert not leaked(out, home)
    assert "Guildford High Street" in text_of(out)


def test_a_numbered_directory_entry_opens_with_a_working_name(pipeline):
    from tests.test_redaction import advert

    out = run(
        pipeline,
        advert(
            "Search results: Coventry (3)\n1) LANA - NEW Romanian 21 - 07700 900 444\n2) VIKI - sexy Hungarian "
            "girl, first time in Coventry!! 07700900444\n3) ROXY - Latvian 20, text only 07700 900 444"
        ),
    )
    for name in ("LANA", "VIKI", "ROXY"):
        assert not leaked(out, name)


def test_a_harm_she_fears_is_no_threat_told(pipeline):
    feared = run(
        pipeline,
        nums(
            "She says: \"I didn't argue with him cos if I kick off he'll batter me, I know his type\". He never "
            "raised his voice and paid in full, white, 50s, beard, booked from 07700 900 611."
        ),
    )
    assert "threats" not in feared["record"]["mo"]
    told = run(
        pipeline,
        nums(
            "He told her that if she went to the police he would burn her flat down. White, 50s, beard, booked "
            "from 07700 900 611."
        ),
    )
    assert "threats" in told["record"]["mo"]


def test_bylines_name_a_harmless_reviewer_who_is_redacted(pipeline):
    for content in (
        "Review: Sophie, Leicester (LE2)\nBy: GentlemanJim72\nLovely genuine lady, clean flat, as pictured. 10/10",
        "Review of Megan, Bridgend, by ValleyBoy74. Paid what we agreed and she threw in an extra 10 mins.",
    ):
        out = run(pipeline, forum(content))
        assert not leaked(out, "GentlemanJim72") and not leaked(out, "ValleyBoy74")
        assert not offenders(out)


def test_his_flat_and_a_lift_home_from_a_place_keep_the_place(pipeline):
    out = run(
        pipeline,
        partner(
            "Client raped by a regular client, Craig Binns, at his flat in Seacroft. Several women say a man "
            "offering 'free lifts home' from Holbeck in a black Seat Leon drove two of them to Garforth."
        ),
    )
    text = text_of(out)
    assert "Seacroft" in text and "Holbeck" in text
