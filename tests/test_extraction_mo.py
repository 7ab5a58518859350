"""MO tags from the narrative, negation handled, evidence kept (fictional sentences)."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import extract, partner_record


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("He slapped her across the face when she asked for the money.", "violence"),
        ("The client headbutted him and then kicked him in the ribs.", "violence"),
        ("Two lads threw eggs at her from a passing car.", "violence"),
        ("He forced her to have sex in the back of the van.", "sexual_assault"),
        ("She said no but he would not stop when she told him to stop.", "sexual_assault"),
        ("He grabbed the £90 back and ran off.", "robbery"),
        ("He made her hand over her purse.", "robbery"),
        ("While she was in the bathroom he went through her bag and stole £40.", "theft"),
        ("He left without paying.", "refused_payment"),
        ("He refused to pay at the end of the hour.", "refused_payment"),
        ("He pulled the condom off without telling her.", "condom_removal"),
        ("He said he was a police officer and showed a warrant card.", "impersonating_police"),
        ("He told her he knows where she lives.", "threats"),
        ("He said he would smash her windows if she blocked him.", "threats"),
        ("He said he would send the photos to her family unless she met him again.", "blackmail"),
        ("He keeps messaging her from new accounts every time she blocks him.", "harassment_stalking"),
        ("He paid with a fake bank transfer screenshot.", "fraud_scam"),
        ("She believes he put something in her drink.", "drugging"),
        ("He secretly recorded the booking on a phone hidden in his bag.", "filming"),
        ("He locked the door and would not let her leave.", "abduction"),
        ("He shouted that she was a dirty slag.", "hate_abuse"),
        ("Another hoax booking from the same number, never showed.", "timewaster"),
        ("He pulled a knife and told her to empty her pockets.", "weapon"),
    ],
)
def test_mo_tag_from_text(pipeline, text, tag):
    result = extract(pipeline, text)
    assert tag in result.mo, (text, result.mo)
    assert result.mo_evidence[tag] != "incident_types"


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("He didn't have a weapon.", "weapon"),
        ("There was no knife, nothing, just his hands.", "weapon"),
        ("No violence was used.", "violence"),
        ("He never hit her.", "violence"),
        ("He has not threatened her.", "threats"),
        ("No threats were made and nobody was hurt.", "threats"),
        ("She never saw a gun.", "weapon"),
        ("He didn't take anything from the room.", "theft"),
        ("He didn't film anything.", "filming"),
        ("He did not try to hit her.", "violence"),
    ],
)
def test_negated_mentions_do_not_count(pipeline, text, tag):
    assert tag not in extract(pipeline, text).mo


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("punter wudnt pay after n pushed me out the car", {"refused_payment", "violence"}, set()),
        ("he didnt hit me but he took my phone", {"theft"}, {"violence"}),
        ("He punched the wall next to her head and told her she'd be next.", {"threats"}, {"violence"}),
        ("He asked to film and she said no. He did not film.", set(), {"filming"}),
        ("She did not want to be filmed, but he hid a camera in the bathroom.", {"filming"}, set()),
        ("She woke up with no memory of the night after he bought her a drink.", {"drugging"}, set()),
        ("He said he knows where her kids go to school.", {"threats"}, set()),
        ("He said he would have her deported unless she saw him for free.", {"blackmail"}, set()),
        ("Booked for two hours, stayed four, then left without giving her anything.", {"refused_payment"}, set()),
        ("He said he was CID and told her she'd be nicked unless she gave him a freebie.", {"blackmail"}, set()),
        (
            "He filmed her without asking and later posted the clip on a porn site.",
            {"filming", "harassment_stalking"},
            set(),
        ),
        ("Her drink tasted odd and the next thing she knew it was morning.", {"drugging"}, set()),
        ("He paid by bank transfer but the money was reversed the next day.", {"fraud_scam"}, set()),
        # a weapon shown is `weapon` (records.md §4: "used, shown or threatened"), not a threat
        # told; the fresh sets' writers gave it threats 10 times in 28 (stop 26)
        ("He waved a screwdriver at her and demanded her phone.", {"weapon", "robbery"}, set()),
        ("A man known as the Landlord takes their money every night.", set(), {"theft", "robbery"}),
        ("He pinned her arms and forced her to carry on after she said stop.", {"sexual_assault", "violence"}, set()),
        ("While she was in the toilet he cleared out her purse and went.", {"theft"}, set()),
        ("He wore a stab vest and told her he was plain-clothes police.", {"impersonating_police"}, {"weapon"}),
        ("He messaged that he would come to her flat and smash her face in.", {"threats"}, {"violence"}),
        ("He says he'll email the pictures to her husband if she doesn't pay £500.", {"blackmail"}, set()),
        ("He has created five fake accounts to contact her after being blocked.", {"harassment_stalking"}, set()),
        ("He sent a screenshot showing a payment that never went through.", {"fraud_scam"}, set()),
        ("She found a recording device under the bed.", {"filming"}, set()),
        ("He drove her to a field miles away and kept her in the car overnight.", {"abduction"}, set()),
        ("He shouted homophobic slurs at the escort and spat in his face.", {"hate_abuse", "violence"}, set()),
        ("He pulled out what she thinks was a flick knife.", {"weapon"}, set()),
    ],
)
def test_harder_phrasings(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)


def test_negation_stops_at_a_new_clause(pipeline):
    # "did not pay" is negated payment (refused_payment); "hit her" after "and" is not negated.
    result = extract(pipeline, "He did not pay and hit her when she complained.")
    assert {"refused_payment", "violence"} <= set(result.mo)


def test_threatened_violence_is_a_threat_not_violence(pipeline):
    result = extract(pipeline, "He said he would hit her if she told anyone.")
    assert "threats" in result.mo
    assert "violence" not in result.mo


def test_sexual_assault_is_not_also_violence(pipeline):
    result = extract(pipeline, "She was sexually assaulted in his car.")
    assert "sexual_assault" in result.mo
    assert "violence" not in result.mo


def test_taking_with_force_is_robbery_not_theft(pipeline):
    result = extract(pipeline, "He punched her and took her phone.")
    assert "robbery" in result.mo
    assert "theft" not in result.mo


def test_victim_refusing_to_pay_is_not_refused_payment(pipeline):
    assert "refused_payment" not in extract(pipeline, "She refused to pay the deposit he asked for.").mo


def test_incident_types_count_and_text_adds_more(pipeline):
    record = partner_record("He threatened to burn her car.")
    record["incident_types"] = ["robbery"]
    result = extract(pipeline, record["narrative"], record=record)
    assert result.mo_evidence["robbery"] == "incident_types"
    assert "threats" in result.mo
    assert result.mo == [t for t in ("robbery", "threats") if t in result.mo]  # contract order


def test_evidence_names_the_rule_and_sentence_never_the_text(pipeline):
    text = "Keisha Marlow-Dunne met him at the station. He punched her twice."
    result = extract(pipeline, text)
    ev = result.mo_evidence["violence"]
    assert "sentence 2" in ev and ev.startswith("violence:")
    assert "Keisha" not in ev and "Marlow" not in ev
    for item in result.mo_evidence_list():
        assert set(item) == {"tag", "evidence"}


def test_outing_is_harassment_and_a_reporters_own_name_is_not(pipeline):
    from tests.test_redaction import advert, nums, run

    out = run(pipeline, advert("EXPOSING this one, her real name's Chloe Haigh, her kids go to the school on Hill Rd."))
    assert "harassment_stalking" in out["record"]["mo"]
    out = run(pipeline, nums("he knows my real name but he paid and left, no problems"))
    # no outing pattern reads the reporter's own name (the model's guess aside)
    evidence = next((e["evidence"] for e in out["record"]["mo_evidence"] if e["tag"] == "harassment_stalking"), "")
    assert not evidence.startswith("harassment_stalking:"), evidence


# Issue 8, item 7: the classes behind the MO misses and false tags on writing the patterns
# were not built from (idioms, denied claims, theft vs robbery, payment fraud, stealthing,
# repeated contact). Each case is an invented variant of the class, not a corpus sentence.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # idioms: a phrasal verb is not the act, an object makes a no-show another act
        ("She told him she would kick off if he did not pay.", set(), {"violence"}),
        ("The maid kicked him out at the end of the hour.", set(), {"violence"}),
        ("He never showed a weapon and paid in full.", set(), {"timewaster", "weapon"}),
        ("He booked twice and never showed up.", {"timewaster"}, set()),
        ("After one glass of wine she felt dizzy.", set(), {"weapon"}),
        ("It was daylight robbery, the rent he charges her.", set(), {"robbery"}),
        ("He signed his texts Rob M and paid in full.", set(), {"robbery"}),
        ("Told him that's fraud you mug.", set(), {"robbery"}),
        ("He robbed her at the bus stop.", {"robbery"}, set()),
        ("She was mugged on the way home.", {"robbery"}, set()),
        # a denied claim negates the clause it governs
        ("There is no evidence he spiked her drink.", set(), {"drugging"}),
        ("Staff saw no sign that he hit her.", set(), {"violence"}),
        # marks seen count as violence unless the text denies it
        ("She has bruising to her face and ribs after the booking.", {"violence"}, set()),
        ("Bruising to both wrists. She says it was agreed and there was no assault.", set(), {"violence"}),
        # theft (she was away, asleep, not looking) vs robbery (force or threat near the taking)
        ("While she was in the shower he took the £150 back out of her bag.", {"theft"}, {"robbery"}),
        (
            "He slapped her at midnight. She fell asleep and when she woke her purse was gone.",
            {"violence", "theft"},
            {"robbery"},
        ),
        ("He punched her and took his money back.", {"robbery", "violence"}, {"theft"}),
        ("He held a screwdriver to her ribs and took her phone.", {"robbery"}, {"theft"}),
        ("One lad held her down while the other took her cash from the drawer.", {"robbery"}, {"theft"}),
        ("He choked her till she passed out and took her purse.", {"robbery", "violence"}, {"theft"}),
        ("He drove me back home and took us back to the station.", set(), {"theft", "robbery"}),
        ("PayPal took the money back after his chargeback.", {"fraud_scam"}, {"theft", "robbery"}),
        # stealthing told every way
        ("He slid the johnny off halfway through.", {"condom_removal"}, set()),
        ("Said he'd wear a rubber, then slipped it off when she turned over.", {"condom_removal"}, set()),
        ("Just didn't put a johnny on and she only noticed after.", {"condom_removal"}, set()),
        ("She left because he would not put a condom on.", set(), {"condom_removal"}),
        ("He filmed her without consent.", {"filming"}, {"sexual_assault"}),
        # paid less, or not at all
        ("He only handed her 40 and left.", {"refused_payment"}, set()),
        ("Paid her £50 instead of the £120 agreed.", {"refused_payment"}, set()),
        ("He left her £30 short.", {"refused_payment"}, set()),
        ("She never got a penny from him.", {"refused_payment"}, set()),
        ("Did a chargeback the next morning, free session.", {"refused_payment", "fraud_scam"}, set()),
        ("Got a freebie off her by saying he was CID.", {"refused_payment", "impersonating_police"}, set()),
        # payment fraud
        ("The screenshot of the transfer looked genuine but nothing arrived.", {"fraud_scam"}, set()),
        ("Showed her the 'pending' screen on his banking app and walked out.", {"fraud_scam"}, set()),
        ("He paid in funny money.", {"fraud_scam"}, set()),
        # extortion is blackmail; a threat to expose is blackmail, not a threat of harm
        ("He kept her phone and would not give it back until she paid him £40.", {"blackmail"}, set()),
        ("She has to pay him £30 a night or he will call immigration on her.", {"blackmail"}, set()),
        ("He threatened to post her photos to her family.", {"blackmail"}, {"threats"}),
        ("£300 or it all goes to her gran.", {"blackmail"}, set()),
        # held, driven off, photographed, impersonation
        ("He blocked the doorway so she could not get out.", {"abduction"}, set()),
        ("He drove onto the motorway and refused to stop.", {"abduction"}, set()),
        ("He was photographing her through the window.", {"filming"}, set()),
        ("He posed as a detective sergeant from vice.", {"impersonating_police"}, set()),
        # repeated contact, and a number that is no count of messages
        ("Two men came in, one called himself Tony.", set(), {"harassment_stalking"}),
        ("He has texted her 30 times since Friday.", {"harassment_stalking"}, set()),
        ("Hoax booking, never turned up, then rang 20 times just breathing.", {"timewaster"}, {"harassment_stalking"}),
        ("He messaged from a new account after she blocked him.", {"harassment_stalking"}, set()),
        ("Here is her number, ring it and tell her what you think.", {"harassment_stalking"}, set()),
        ("Bricks next if she doesn't move on.", {"threats"}, set()),
        ("Here's her address. Go give her a knock tonight lads.", {"threats"}, set()),
        ("Everyone go round and tell her she is not wanted here.", {"threats"}, set()),
        ("Hand it over or you will be going home in pieces.", {"threats"}, set()),
        (
            "Harriet Vale is her real name but she only wants anonymous intelligence shared.",
            set(),
            {"harassment_stalking"},
        ),
    ],
)
def test_mo_classes_from_new_voices(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)


# Issue 8, stop 21: more classes from new voices (invented variants): harm promised on a
# condition or as a dare, outing posts that send others to her, text-speak "il", idioms of
# "find out" / "cut off", a fake officer's "arrested unless" (no blackmail), a bag snatched
# from her (robbery), photographs of papers or injuries (no filming), cigarettes ("fags").
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He took my purse n said pay up every week or you get a battering.", {"threats", "robbery"}, {"theft"}),
        ("Next time she's getting a slap and her car's getting keyed.", {"threats"}, {"violence"}),
        ("Somebody report her to the council. Or give her a slap.", {"threats"}, {"violence"}),
        ("He gave her a slap when she asked for the money.", {"violence"}, {"threats"}),
        ("told me il cut her if she goes to the cops", {"threats"}, set()),
        ("Then his mate rang and said tell Jodie she's dead.", {"threats"}, set()),
        ("He said he would open her up if she screamed.", {"threats"}, set()),
        ("The man says her brother back home will suffer if she leaves.", {"threats"}, set()),
        (
            "Her number is on the poster, ring her and tell her what you think.",
            {"threats", "harassment_stalking"},
            set(),
        ),
        ("This is the flat, go knock and tell them they're not welcome.", {"threats"}, set()),
        ("She fears he'll find out where she works now.", set(), {"threats"}),
        ("She's worried her dealer will cut her off.", set(), {"threats"}),
        ("He showed a lanyard and said she'd be arrested unless she paid him.", set(), {"blackmail"}),
        ("He says he will report her to her landlord unless she pays £200.", {"blackmail"}, set()),
        ("He snatched her handbag and took out £60.", {"robbery"}, {"theft"}),
        ("He photographed her passport and her bank card.", set(), {"filming"}),
        ("Bruising to her arm, photographed with her consent.", set(), {"filming"}),
        ("The neighbour has been photographing men who visit her flat.", {"filming"}, set()),
        ("Smelt of fags and beer.", set(), {"hate_abuse"}),
        ("She blocked him after the booking.", set(), {"harassment_stalking"}),
        ("She says his real name is Darren, not Dan.", set(), {"harassment_stalking"}),
        ("Her real name's Mandy Cole and she lives by the park.", {"harassment_stalking"}, set()),
        # sex taken as payment under pressure; a request to stop that he ignored
        ("She has paid the landlord her rent in sex since she lost her job.", {"sexual_assault"}, set()),
        ("He told her that girls like her pay in kind.", {"sexual_assault"}, set()),
        ("It got rough and she asked him to stop, he did not.", {"sexual_assault"}, set()),
        ("She asked him to stop texting her, he did not.", set(), {"sexual_assault"}),
        ("The agent demanded rent in kind and she moved out.", set(), {"sexual_assault"}),
    ],
)
def test_mo_classes_from_new_voices_stop_21(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)


@pytest.mark.parametrize(
    "text",
    [
        "Saw her Tuesday, walked out without paying the extra, what's she gonna do lol",
        "i seen her on sunday n walked oot wioot payin lol",
        "Didn't bother paying the extra I said I would, what can she do.",
    ],
)
def test_a_punters_own_boast_is_refused_payment_in_desktop_research(pipeline, text):
    # the writer of a review is the offender: his "I" does not make the act the victim's
    assert "refused_payment" in extract(pipeline, text, source="desktop_research").mo


def test_a_reporters_own_first_person_stays_hers_outside_desktop_research(pipeline):
    text = "I refused to pay the deposit he asked for, so I walked out without paying."
    assert "refused_payment" not in extract(pipeline, text, source="nums").mo


def test_failing_to_pay_in_a_court_report(pipeline):
    text = "He was fined for failing to pay a sex worker after a booking."
    assert "refused_payment" in extract(pipeline, text, source="desktop_research").mo


def test_a_taking_while_she_was_away_denies_robbery_to_the_model(pipeline):
    result = extract(pipeline, "When she went to get a towel he went through her purse and took £220.")
    assert "theft" in result.mo and "robbery" not in result.mo
    assert "robbery" in result.denied_mo  # the trained model may not add it back


# Issue 8, MO recall on new writers (invented variants of each class, with one that must not
# fire): the charge or wound named; a blade or a thing used on her; her own cut; a promise to
# pay later broken; a condition ("if they didn't pay") is no refusal; the covert recording
# named; a picture of papers is no filming; contact over and over; exposure promised on a
# condition; vigilante dares; a fake officer's "arrested unless" for money; harm promised by
# an oath; a drink and then a blank; taken out of her bag; torn from her shoulder; slurs in
# quotes; "made her do sex work" is control; sex under his threat; a deposit in gift cards.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Her ex is on remand, charged with GBH over the attack at her door.", {"violence"}, set()),
        ("She came in with a deep stab wound to her side.", {"violence"}, set()),
        ("She was knifed in the arm outside the pub.", {"violence"}, set()),
        ("He slashed her cheek with a razor blade.", {"violence"}, set()),
        ("He thrashed her with a leather belt until she screamed.", {"violence", "weapon"}, set()),
        ("He pinned her down by the neck on the bed.", {"violence"}, set()),
        ("She cut her finger on a glass while cleaning up.", set(), {"violence"}),
        ("He never thrashed her with anything.", set(), {"violence"}),
        ("He said he'd pay her after, then scarpered.", {"refused_payment"}, set()),
        ("He walked off owing her £70.", {"refused_payment"}, set()),
        ("He paid her in photocopied fifties, she never noticed.", {"refused_payment"}, set()),
        ("He never sent a penny of it and blocked her.", {"refused_payment"}, set()),
        ("The punter go no pay, just run.", {"refused_payment"}, set()),
        ("He told them they would be locked up if they did not pay him.", set(), {"refused_payment"}),
        ("If not pay by Friday, he says, they come for the flat.", set(), {"refused_payment"}),
        ("He paid £80 and after he left she found one note was torn.", set(), {"refused_payment"}),
        ("Turns out he had a hidden video running the whole time.", {"filming"}, set()),
        ("His laptop on the desk was filming the bed.", {"filming"}, set()),
        ("He set the camera up behind the plant pot.", {"filming"}, set()),
        ("A picture taken of her in the shower went round the group.", {"filming"}, set()),
        ("He kept the footage of her asleep on his phone.", {"filming"}, set()),
        ("He took a photo of her driving licence at the door.", set(), {"filming"}),
        ("He has messaged her constantly since March.", {"harassment_stalking"}, set()),
        ("He was phoning her nightly for weeks on end.", {"harassment_stalking"}, set()),
        ("He keeps turning up at her street after dark.", {"harassment_stalking"}, set()),
        ("The same man waited for her outside the chemist twice.", {"harassment_stalking"}, set()),
        ("She phones her sister daily.", set(), {"harassment_stalking"}),
        ("Unless she meets him again he's sending the clips to her boss, he says.", {"blackmail"}, set()),
        ("Be a pity if your mum found out what you do, he wrote.", {"blackmail"}, set()),
        ("He'll let her landlord know what goes on there, he said.", {"blackmail"}, set()),
        ("If she reports him these photos go to her husband.", {"blackmail"}, set()),
        ("More names and faces online Sunday unless they clear off.", {"blackmail"}, set()),
        ("He warned that if she told the police he'd post her pictures online.", {"blackmail"}, {"threats"}),
        ("Her new photos go up on the agency site tomorrow.", set(), {"blackmail"}),
        ("If the cops won't shift them, we will.", {"threats"}, set()),
        ("Go round there tonight and let them know they're not wanted.", {"threats"}, set()),
        ("We know where you go on a Friday, girls.", {"threats"}, set()),
        ("That one needs chasing out of the estate.", {"threats"}, set()),
        ("He said come and take it and see what happens.", {"threats"}, set()),
        ("He told her she would be nicked unless she handed over the cash.", {"threats"}, set()),
        ("She fears she would be deported if she went to the police.", set(), {"threats"}),
        ("Your sisters back home will feel it, the madam warned.", {"threats"}, set()),
        ("She said her legs would feel it after the gym.", set(), {"threats"}),
        ("He says he'll sort her cousin out if she talks.", {"threats"}, set()),
        ("He texted that she'd end up in a wheelchair.", {"threats"}, set()),
        ("He bought her a gin and she remembers nothing after that.", {"drugging"}, set()),
        ("After one glass of champagne she had only patchy memory of the evening.", {"drugging"}, set()),
        ("She drank the can he handed her and felt drowsy within minutes.", {"drugging"}, set()),
        ("He bragged he put a little something in the wine.", {"drugging"}, set()),
        ("She drank too much at her birthday and remembers little.", set(), {"drugging"}),
        ("He took her keys and cash out of her coat while she was in the shower.", {"theft"}, {"robbery"}),
        ("He grabbed the tips jar and walked off down the road with it.", {"theft"}, set()),
        ("He ripped her purse off her arm and legged it.", {"robbery"}, {"theft"}),
        ("The lads called her a 'skank' from the bus stop.", {"hate_abuse"}, set()),
        ("They yelled abuse about her being Romanian.", {"hate_abuse"}, set()),
        ("He makes her do sex work at the flat and keeps her earnings.", set(), {"sexual_assault"}),
        ("The landlord said she could stay unless she refused to sleep with him.", {"sexual_assault"}, set()),
        ("She had sex with him because he threatened to tell her husband.", {"sexual_assault"}, set()),
        ("She has sex with clients because the rent is due.", set(), {"sexual_assault"}),
        ("The advert asked for a £30 trust deposit before the date.", {"fraud_scam"}, set()),
        ("He wanted the deposit sent as Steam gift cards.", {"fraud_scam"}, set()),
        ("He told her he was from the border agency and had to check her papers.", {"impersonating_police"}, set()),
        ("He says he works for the council in Leeds.", set(), {"impersonating_police"}),
        ("He said he was from the council and had to see the bedroom.", {"impersonating_police"}, set()),
        ("She works for the council in the day.", set(), {"impersonating_police"}),
    ],
)
def test_mo_classes_from_new_writers(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)


def test_a_conditional_is_no_deed_only_where_the_label_says_so(pipeline):
    # refused_payment says not_conditional; violence does not (a threatened blow is a threat)
    assert "refused_payment" in extract(pipeline, "He refused to pay and left.").mo
    assert "refused_payment" not in extract(pipeline, "She'll call the police if he refuses to pay.").mo


@pytest.mark.parametrize(
    "text",
    [
        "Told her I'd pay after, dropped her home and legged it.",
        "Walked out owing her £150 lol.",
        "Paid her in Monopoly money, she didn't even look.",
        "Never sent a penny, she's still texting me.",
        "Got a free ride off that one.",
    ],
)
def test_a_punters_broken_promise_to_pay_is_refused_payment_in_desktop_research(pipeline, text):
    assert "refused_payment" in extract(pipeline, text, source="desktop_research").mo


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a fake officer's seizure is a robbery (his false power is the threat)
        ("Two men posing as detectives raided the flat, seizing her cash as evidence.", {"robbery"}, {"theft"}),
        ("He showed a fake badge and confiscated her phone 'as evidence'.", {"robbery"}, set()),
        ("Police have kept her phone as evidence since the rape.", set(), {"robbery"}),
        # taken with one word between, or taken from a place
        ("He has taken her work phone and won't give it back.", {"theft"}, set()),
        ("The dealer took her bank card 'to look after' and keeps her money.", set(), {"theft"}),
        ("He pushed into the flat, grabbed the tips jar and punched her.", {"robbery"}, {"theft"}),
        ("While she was in the shower he nicked the spare keys.", {"theft"}, {"robbery"}),
        ("She said she took money from the cash machine on the way.", set(), {"theft", "robbery"}),
        # payment taken back in dialect, with a threat beside it: robbery
        ("got me money back off her n told her il stab her if she grasses", {"robbery", "threats"}, set()),
    ],
)
def test_theft_and_robbery_classes_from_new_writers(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The channel sells spy cam clips of local escorts.", {"filming"}, set()),
        ("Got the whole session on my button cam, she had no idea.", {"filming"}, set()),
        ("She got the whole day off work on Friday.", set(), {"filming"}),
        ("He warned that if she told anyone he would be round.", {"threats"}, set()),
        ("He said he'll be back next Tuesday for another booking.", set(), {"threats"}),
        ("I know her street. Might pay a visit.", {"threats"}, set()),
        ("He held her up against the wall while his mate took the cash.", {"violence"}, set()),
        ("She said no sex without a condom and he forced her.", {"condom_removal"}, set()),
        ("She said no bareback and he would not take no for an answer.", {"condom_removal"}, set()),
        ("He wanted it without a condom, so she showed him the door.", set(), {"condom_removal"}),
    ],
)
def test_filming_threats_condom_classes_from_new_writers(pipeline, text, present, absent):
    mo = set(extract(pipeline, text).mo)
    assert present <= mo, (text, mo)
    assert not (absent & mo), (text, mo)


# stop 36 (helper_zq): threats to expose told other ways; payment dodged told other ways
@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Said 'if you go to the police I'll put your face on every page in Scarborough'.", "blackmail"),
        ("He told her if she leaves, her family back home will be told she is a prostitute.", "blackmail"),
        ("Delete this now or I'll make sure everyone at your kids' school knows what you do.", "blackmail"),
        ("Told her the £120 was in the car and just drove off.", "refused_payment"),
        ("She asked for the money upfront and he slapped her. She left without being paid.", "refused_payment"),
    ],
)
def test_mo_told_other_ways_stop36(pipeline, text, tag):
    assert tag in extract(pipeline, text).mo, text


@pytest.mark.parametrize(
    "text",
    ["Her family will be told by the hospital.", "He dropped her in the car park and drove off to work."],
)
def test_not_blackmail_or_refused_payment_stop36(pipeline, text):
    mo = extract(pipeline, text).mo
    assert "blackmail" not in mo and "refused_payment" not in mo, (text, mo)
