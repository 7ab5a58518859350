"""Generate tests/corpus/dev.jsonl: the fictional, labelled development corpus.

Run from anywhere: ``python tests/corpus/make_corpus.py``. It writes dev.jsonl next to
this file, checks every line (valid JSON, record contract, fictional number ranges,
gold consistency) and prints counts per source, route and MO tag.

Everything here is made up. Phones come only from Ofcom's drama ranges (07700 900xxx,
0113 496 0xxx, 020 7946 0xxx); emails and URLs only on example.com/.org/.net.

Gold conventions (beyond ../corpus/README.md):
- victim_identifiers: every value of the structured reporter/subject fields (added
  automatically), every advert phone and URL (added automatically for desktop research),
  plus every string in the narrative/content that identifies the reporter, subject,
  advertiser or a third party, exactly as written there. Addresses mentioned in text are
  listed by part (house number + street, postcode) so a half-redaction still counts as a
  leak. Desktop research contact numbers are always victim identifiers (they travel as
  pseudonyms), even where the text suggests a third party runs the advert.
- offender_identifiers: structured offender fields plus any offender identifier that is
  only in the text, one entry per (label, normalized). Partial registrations ("started
  YR15") are not listed.
- incident_locations: spans of the narrative/content naming where the incident happened
  (for adverts: the area the advert names). entities repeats them as LOCATION, plus
  VEHICLE (normalized "colour make model", lower case) and WEAPON (lower-case noun),
  only where the weapon was used, shown or threatened (never under negation).
- description: only the keys the text gives; null where the offender is not described.
  Age words: "about 30" -> 28-32, "in his 40s" -> 40-49, "early 20s" -> 20-23,
  "mid 30s" -> 34-36, "late 50s" -> 57-59. Heights: feet/inches converted to cm.
- mo: incident_types plus what the narrative adds, negation respected.
- routes: computed from the README's baseline rule.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev.jsonl"

MO_TAGS = {
    "violence",
    "sexual_assault",
    "robbery",
    "theft",
    "refused_payment",
    "condom_removal",
    "weapon",
    "impersonating_police",
    "threats",
    "blackmail",
    "harassment_stalking",
    "fraud_scam",
    "drugging",
    "filming",
    "abduction",
    "hate_abuse",
    "timewaster",
}
STRONG = {
    "third_party_control",
    "documents_held",
    "speaks_for_worker",
    "transported_by_other",
    "moved_between_places",
    "living_at_premises",
    "debt_bondage",
    "restricted_movement",
    "threats_to_family",
    "forced_drug_use",
    "advert_control",
    "rotating_workers",
    "shared_advert_contact",
    "protection_money",
    "drugs_supply",
    "money_laundering",
}
WEAK = {"fearful_subdued", "limited_english"}
CONSENT = {
    "anon": "anonymous_intelligence",
    "share": "share_details",
    "formal": "formal_report",
}
LABEL = {
    "P": "PHONE_NUMBER",
    "E": "EMAIL_ADDRESS",
    "H": "ONLINE_HANDLE",
    "R": "VEHICLE_REG",
    "N": "OFFENDER_NAME",
}


# ---------------------------------------------------------------- normalisation
def norm_phone(s: str) -> str:
    d = re.sub(r"\D", "", s.replace("(0)", ""))
    if s.strip().startswith("+"):
        return "+" + d
    if d.startswith("0044"):
        return "+44" + d[4:]
    if d.startswith("44") and len(d) == 12:
        return "+" + d
    if d.startswith("0"):
        return "+44" + d[1:]
    raise ValueError(f"cannot normalise phone {s!r}")


def norm(label: str, s: str) -> str:
    if label == "P":
        return norm_phone(s)
    if label == "R":
        return re.sub(r"[\s-]", "", s).upper()
    if label in ("E", "H"):
        return s.strip().lstrip("@").lower()
    if label == "N":
        return " ".join(s.split()).lower()
    raise ValueError(label)


# ---------------------------------------------------------------- builders
def R(name=None, wn=None, phone=None, email=None, addr=None, dob=None, handles=()):
    """reporter / subject record"""
    return {
        "name": name,
        "working_name": wn,
        "phone": phone,
        "email": email,
        "address": addr,
        "date_of_birth": dob,
        "online_handles": list(handles),
    }


def V(make=None, model=None, colour=None, vrm=None):
    return {"make": make, "model": model, "colour": colour, "vrm": vrm}


def O(names=(), phones=(), emails=(), handles=(), vehicles=(), desc=None):
    """offender record"""
    return {
        "names": list(names),
        "phones": list(phones),
        "emails": list(emails),
        "online_handles": list(handles),
        "vehicles": list(vehicles),
        "description": desc,
    }


def D(**kw):
    return kw


NUMS: list[dict] = []
DRS: list[dict] = []
PSS: list[dict] = []


def num(**k):
    NUMS.append(k)


def dr(**k):
    DRS.append(k)


def ps(**k):
    PSS.append(k)


# =========================================================================== nums
num(
    id=201,
    inc="2026-10-03T22:40:00Z",
    dist="Leeds",
    loc="Kirkstall Road",
    sector="street",
    types=["robbery", "violence"],
    consent="anon",
    rep=R(wn="Paris"),
    off=O(vehicles=[V("Ford", "Focus", "silver", None)]),
    proj="Kirkgate Women's Project",
    text=(
        "The reporter states she was approached on Kirkstall Road at about 11pm by a man driving a "
        "silver Ford Focus. They agreed a price and drove to the car park behind the retail park. "
        "After the service he demanded the money back, grabbed her by the throat and took £80 and "
        "her phone. He had called her earlier that evening from 07700 900481. The reporter noted "
        "the reg as YX17 KFD. She describes him as white, in his 40s, about 5ft 10, stocky with a "
        "shaved head and a Leeds accent."
    ),
    oi=[("P", "07700 900481"), ("R", "YX17 KFD")],
    locs=["Kirkstall Road", "the car park behind the retail park"],
    ents=[("V", "silver Ford Focus")],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=40,
        age_max=49,
        height_cm=178,
        build="stocky",
        hair="shaved head",
        accent="leeds",
    ),
)

num(
    id=202,
    inc="2026-10-04T20:15:00Z",
    dist="Leeds",
    loc=None,
    sector="indoor",
    types=["condom_removal", "refused_payment"],
    consent="share",
    rep=R(name="Chelsea Whitlock", wn="Chelsea", phone="07700 900123"),
    off=O(names=["Ryan"], phones=["07700900502"]),
    proj=None,
    text=(
        "I had a booking at my place last night with a guy who said his name was Ryan. He'd texted "
        "me from 07700 900502 the day before. Halfway through he took the condom off without asking "
        "and when I stopped it he laughed, got dressed and walked out without paying. He's messaged "
        "my work phone (+44 7700-900123) since saying I owe HIM a refund lol. About 30, slim, short "
        "brown hair, Scottish accent, grey Nike trackies. Chelsea"
    ),
    vi=["+44 7700-900123", "Chelsea"],
    oi=[("N", "Ryan"), ("P", "07700 900502")],
    desc=D(
        sex="male",
        age_min=28,
        age_max=32,
        build="slim",
        hair="short brown",
        accent="scottish",
        clothing="grey nike trackies",
    ),
)

num(
    id=203,
    inc="2026-10-05T02:00:00Z",
    dist="Bradford",
    loc="Lumb Lane",
    sector="street",
    types=["robbery", "weapon"],
    consent="anon",
    rep=R(phone="07700 900131"),
    off=O(vehicles=[V("Audi", "A4", "black", None)]),
    proj="Bradford Haven Project",
    text=(
        "guy in a black audi a4 pulled a knife on me on lumb lane bout 2am, said gimme ur money or "
        "ill cut u. gave him 40 quid n ran. reg started YR15 cant remember rest. big lad, asian, "
        "beard, maybe 35. my mate kaylee saw it she was stood by the garage. txt me back on this "
        "number 07700900131 not my other one"
    ),
    vi=["kaylee", "07700900131"],
    locs=["lumb lane"],
    ents=[("V", "black audi a4"), ("W", "knife", "knife")],
    desc=D(
        sex="male",
        ethnicity="asian",
        facial_hair="beard",
        age_min=33,
        age_max=37,
        build="big",
    ),
    mo=["threats"],
)

num(
    id=204,
    inc=None,
    rcv="2026-10-06T09:10:00Z",
    dist="Leeds",
    loc=None,
    sector="online",
    types=["timewaster"],
    consent="anon",
    rep=R(wn="Sky"),
    off=O(phones=["(0113) 496 0573"]),
    proj=None,
    text=(
        "Reporter has had repeated hoax bookings from 0113 496 0573. He gives a hotel name and a "
        "room number then never turns up. Rude on the phone but no threats."
    ),
    oi=[("P", "0113 496 0573")],
)

num(
    id=205,
    inc="2026-10-06T23:30:00Z",
    dist="Wakefield",
    loc="the hotel near junction 41",
    sector="escort",
    types=["sexual_assault", "abduction"],
    consent="formal",
    rep=R(
        name="Florence Agyei",
        wn="Florence",
        phone="07700 900144",
        addr="22 Ashgrove Mount, Leeds LS5 3QT",
    ),
    off=O(names=["Steve"], vehicles=[V("Skoda", "Octavia", "grey", "YD64 HVR")]),
    proj="National Ugly Mugs",
    text=(
        "The reporter, Florence, was booked for an outcall to the hotel near junction 41. The client, "
        "who called himself Steve, met her in the car park and insisted they go to his house "
        "instead. He drove off with her in a grey Skoda Octavia, reg YD64 HVR, and would not stop "
        "when she asked to get out. At his house he raped her and kept her there until the "
        "morning, taking her phone off her. He eventually dropped her near her home on Ashgrove "
        "Mount, LS5 3QT. She wants to make a full report and can be contacted on 07700 900144."
    ),
    vi=["Florence", "Ashgrove Mount", "LS5 3QT"],
    oi=[("N", "Steve")],
    locs=["the hotel near junction 41"],
    ents=[("V", "grey Skoda Octavia")],
)

num(
    id=206,
    inc="2026-10-08T01:20:00Z",
    dist="Leeds",
    loc="Hyde Park",
    sector="escort",
    types=["violence", "hate_abuse"],
    consent="anon",
    rep=R(wn="Rio", handles=["Rio_Lad_Lds"]),
    off=O(handles=["@LeedsBiGuy88"]),
    proj="National Ugly Mugs",
    text=(
        "Male escort reports that a client he met through AdultWork, username @LeedsBiGuy88, invited "
        "him to a flat in Hyde Park. When he arrived the client and another man called him a "
        "'f***ing queer' and punched him several times. He managed to get out. He didn't see any "
        "weapon. Reporter works as Rio, AdultWork profile Rio_Lad_Lds."
    ),
    vi=["Rio", "Rio_Lad_Lds"],
    oi=[("H", "@LeedsBiGuy88")],
    locs=["Hyde Park"],
)

num(
    id=207,
    inc=None,
    rcv="2026-10-09T11:00:00Z",
    dist="Leeds",
    loc=None,
    sector="street",
    types=["harassment_stalking"],
    consent="anon",
    rep=R(wn="Kelsey"),
    off=O(handles=["kev_lds_77"]),
    proj="Kirkgate Women's Project",
    text=(
        "Reporter is a trans woman who works in Holbeck. A man who goes by @kev_lds_77 on Snapchat "
        "has messaged her every day for three weeks, saying he knows she's 'really a bloke' and "
        "that he'll tell everyone. He has turned up twice at the end of her street, Marlowe Grove. "
        "She is scared but does not want police contact."
    ),
    vi=["Marlowe Grove"],
    oi=[("H", "@kev_lds_77")],
    mo=["blackmail", "hate_abuse"],
    ind=["fearful_subdued"],
)

num(
    id=208,
    inc="2026-10-10T21:45:00Z",
    dist="Leeds",
    loc="the flat on Roundhay Road",
    sector="indoor",
    types=["drugging", "theft"],
    consent="share",
    rep=R(wn="Amber", phone="07700 900158"),
    off=O(phones=["07700 900517"]),
    proj="Kirkgate Women's Project",
    text=(
        "My friend Tasha (07700 900812) was with me at the flat on Roundhay Road when the two of "
        "them came. One of them offered us both a drink and after that I don't remember much. When "
        "I woke up the safe had been emptied, about £1,200 gone, and both our phones. Tasha thinks "
        "one of them was called Jay. Booking was made from 07700 900517. You can ring me on "
        "07700 900158."
    ),
    vi=["Tasha", "07700 900812", "07700 900158"],
    oi=[("N", "Jay"), ("P", "07700 900517")],
    locs=["the flat on Roundhay Road"],
)

num(
    id=209,
    inc=None,
    rcv="2026-10-11T10:30:00Z",
    dist="Calderdale",
    loc=None,
    sector="indoor",
    types=["timewaster"],
    consent="share",
    rep=R(name="Lucy Barraclough", phone="07700 900171"),
    off=O(names=["Dean"], phones=["07700 900529"]),
    proj="Calder Outreach",
    text=(
        "Repeated no-show bookings from a man using the name Dean, 07700 900529. Reporter happy to "
        "be contacted about it."
    ),
    oi=[("N", "Dean")],
)

num(
    id=210,
    inc="2026-10-11T18:00:00Z",
    dist="Kirklees",
    loc="Huddersfield",
    sector="indoor",
    types=["impersonating_police", "blackmail"],
    consent="anon",
    rep=R(wn="Brooke"),
    off=O(names=["PC Hargreaves"]),
    proj="National Ugly Mugs",
    text=(
        "Reporter states a man came to her incall in Huddersfield and, after the booking, showed "
        "what looked like a warrant card and said he was from 'vice'. He said he would tell her "
        "landlord and her family what she does unless she paid him £200 every month. She paid him "
        "£200. He gave the name PC Hargreaves. She has since had texts from 07700 900533 asking for "
        "the next payment. Described as white, 50ish, tall, grey hair, moustache, smart navy coat."
    ),
    oi=[("P", "07700 900533")],
    locs=["Huddersfield"],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=48,
        age_max=52,
        hair="grey",
        facial_hair="moustache",
        clothing="smart navy coat",
    ),
)

num(
    id=211,
    inc="2026-10-12T22:10:00Z",
    dist="Bradford",
    loc=None,
    sector="indoor",
    types=["fraud_scam"],
    consent="anon",
    rep=R(wn="Ioana"),
    off=O(),
    proj="Bradford Haven Project",
    text=(
        "Reporter is Romanian and has limited English; the report was taken with an interpreter "
        "at the project. She works independently from her own flat in Bradford and manages her "
        "own bookings and money. A client paid with three £50 notes that turned out to be fake. "
        "He booked from 07700 900541."
    ),
    oi=[("P", "07700 900541")],
    ind=["limited_english"],
)

num(
    id=212,
    inc=None,
    rcv="2026-10-13T14:20:00Z",
    dist="Kirklees",
    loc="a flat in Dewsbury",
    sector="indoor",
    types=[],
    consent="anon",
    rep=R(wn="Gemma"),
    off=O(
        names=["Florin"],
        phones=["07700 900552"],
        vehicles=[V("Land Rover", "Range Rover", "white", None)],
    ),
    proj="Calder Outreach",
    text=(
        "The reporter works at a flat in Dewsbury and is worried about a new girl there called "
        "Mihaela. A man called Florin answers Mihaela's phone and does all her bookings. Mihaela "
        "sleeps at the flat and has not been out in two weeks, and the reporter saw Florin put "
        "Mihaela's passport in his jacket. Mihaela told her she still owes Florin for the flight. "
        "Florin drives a white Range Rover and uses 07700 900552. The reporter herself is fine "
        "and wants this passed on anonymously."
    ),
    vi=["Mihaela"],
    locs=["a flat in Dewsbury"],
    ents=[("V", "white Range Rover")],
    ind=[
        "speaks_for_worker",
        "living_at_premises",
        "restricted_movement",
        "documents_held",
        "debt_bondage",
        "third_party_control",
    ],
)

num(
    id=213,
    inc="2026-10-14T00:30:00Z",
    dist="Wakefield",
    loc="Pontefract",
    sector="escort",
    types=["refused_payment"],
    consent="anon",
    rep=R(wn="Jasmine"),
    off=O(vehicles=[V("Vauxhall", "Corsa", "blue", "YF09 XTU")]),
    proj="Wakefield Lantern Project",
    text=(
        "Outcall to a house in Pontefract. The reporter says the client was polite at first, then "
        "refused to pay at the end, saying it 'wasn't worth it'. He never threatened her and there "
        "was no violence; he didn't have a weapon. He left in a blue Vauxhall Corsa, YF09 XTU. He "
        "had called from 07700-900-563."
    ),
    oi=[("P", "07700-900-563")],
    locs=["a house in Pontefract"],
    ents=[("V", "blue Vauxhall Corsa")],
)

num(
    id=214,
    inc="2026-10-15T19:00:00Z",
    dist="Leeds",
    loc="the hotel in Leeds city centre",
    sector="escort",
    types=["filming", "condom_removal"],
    consent="anon",
    rep=R(wn="Crystal", email="crystal.lds@example.com"),
    off=O(),
    proj=None,
    text=(
        "booked thru telegram by someone called @northern_monkey_x, then he emailed from "
        "dan.r.smith@example.org to confirm. at the hotel in Leeds city centre he filmed me on his "
        "phone without asking and took the condom off. when i said no he said hed post the video "
        "everywhere. name on the booking was Dan. if u need me email crystal.lds@example.com"
    ),
    vi=["crystal.lds@example.com"],
    oi=[("H", "@northern_monkey_x"), ("E", "dan.r.smith@example.org"), ("N", "Dan")],
    locs=["the hotel in Leeds city centre"],
    mo=["blackmail"],
)

num(
    id=215,
    inc="2026-10-16T23:50:00Z",
    dist="Leeds",
    loc="Kirkstall Road",
    sector="street",
    types=["violence", "robbery"],
    consent="anon",
    rep=R(wn="Sky"),
    off=O(phones=["+44 7700 900481"], vehicles=[V("Ford", "Focus", "silver", None)]),
    proj="Kirkgate Women's Project",
    text=(
        "Reporter recognised the silver Ford Focus from an earlier alert. The man picked her up on "
        "Kirkstall Road near the junction with Cardigan Road. After the service he grabbed the £60 "
        "back and slapped her across the face when she tried to stop him. She got out at the "
        "lights. He rang her afterwards from +44 7700 900481 laughing about it."
    ),
    locs=["Kirkstall Road", "Cardigan Road"],
    ents=[("V", "silver Ford Focus")],
)

num(
    id=216,
    inc="2026-10-17T03:15:00Z",
    dist="Bradford",
    loc="Thornton Road",
    sector="street",
    types=["sexual_assault", "violence", "weapon", "threats"],
    consent="formal",
    rep=R(name="Sydney Okafor", wn="Sydney", phone="07700 900166", dob="1996-04-19"),
    off=O(
        names=["Lee"],
        phones=["07700 900574"],
        vehicles=[V("Volkswagen", "Golf", "white", "AB12 CDE")],
        desc="White male, early 30s, 6ft, muscular, tattoo of a spider web on his left elbow",
    ),
    proj="Bradford Haven Project",
    text=(
        "Sydney Okafor (DOB 19/04/1996) reports that she was picked up on Thornton Road by a man in a "
        "white VW Golf, AB12 CDE, who said his name was Lee. He drove to a lay-by off the ring road, "
        "held a screwdriver to her neck and raped her. He said if she told anyone he'd find her "
        "and kill her. His phone number is 07700 900574; he had rung her two days earlier to 'book "
        "in advance'. Sydney wants a full police report and can be reached on 07700 900166 or "
        "through the project. She is staying with her cousin Marcia for now."
    ),
    vi=["Sydney Okafor", "19/04/1996", "Sydney", "Marcia"],
    locs=["Thornton Road", "a lay-by off the ring road"],
    ents=[
        ("V", "white VW Golf", "white volkswagen golf"),
        ("W", "screwdriver", "screwdriver"),
    ],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=30,
        age_max=33,
        height_cm=183,
        build="muscular",
        marks=["tattoo of a spider web on his left elbow"],
    ),
)

num(
    id=217,
    inc="2026-10-18T16:00:00Z",
    dist="Leeds",
    loc=None,
    sector="online",
    types=["fraud_scam"],
    consent="anon",
    rep=R(wn="Amber", handles=["amberlovesleeds"]),
    off=O(emails=["payments.secure@example.net"]),
    proj=None,
    text=(
        "Online scam. A 'client' asked the reporter (Twitter @amberlovesleeds) to pay a £50 "
        "'verification deposit' before he would book, by bank transfer, then sent a fake PayPal "
        "screenshot from payments.secure@example.net showing he had paid her £400. She lost the "
        "£50. He used the Twitter handle @gent_in_leeds."
    ),
    vi=["@amberlovesleeds"],
    oi=[("H", "@gent_in_leeds")],
)

num(
    id=218,
    inc="2026-10-19T22:30:00Z",
    dist="Calderdale",
    loc="Halifax",
    sector="indoor",
    types=["violence"],
    consent="anon",
    rep=R(wn="Jade"),
    off=O(desc="Male, late 50s, heavy, bald, Irish accent"),
    proj="Calder Outreach",
    text=(
        "Client at an incall in Halifax became angry when his time was up and shoved the reporter "
        "into a door, bruising her shoulder. Her maid, Dorota, heard the noise and came in and he "
        "left. He booked from a withheld number. Late 50s, heavy, bald, Irish accent."
    ),
    vi=["Dorota"],
    locs=["Halifax"],
    desc=D(sex="male", age_min=57, age_max=59, build="heavy", hair="bald", accent="irish"),
)

num(
    id=219,
    inc=None,
    rcv="2026-10-20T08:45:00Z",
    dist="Leeds",
    loc=None,
    sector="online",
    types=["timewaster"],
    consent="anon",
    rep=R(wn="Jordan"),
    off=O(phones=["07700 900586"]),
    proj=None,
    text=(
        "Timewaster warning: 07700 900586 books, asks lots of questions about services, then "
        "cancels at the door. Has done it to at least four girls in Leeds this month."
    ),
    oi=[],
)

num(
    id=220,
    inc="2026-10-21T01:00:00Z",
    dist="Kirklees",
    loc="Batley",
    sector="street",
    types=["threats", "weapon"],
    consent="share",
    rep=R(name="Jordan Pike", phone="+447700900184"),
    off=O(vehicles=[V("Ford", "Transit", "white", "YK58 PZE")]),
    proj="Calder Outreach",
    text=(
        "Jordan says a man in a white Ford Transit van kept circling in Batley and eventually "
        "leaned out and pointed what looked like a gun at her, shouting that he'd 'clear the "
        "streets'. She ran into the takeaway. Van reg YK58 PZE, writing on the side painted over. "
        "Jordan can be contacted on 07700 900184 or via Calder Outreach on 0113 496 0850."
    ),
    vi=["Jordan", "07700 900184"],
    locs=["Batley"],
    ents=[("V", "white Ford Transit van", "white ford transit"), ("W", "gun", "gun")],
    mo=["hate_abuse"],
)

num(
    id=221,
    inc="2026-10-22T00:20:00Z",
    dist="Wakefield",
    loc="Westgate",
    sector="street",
    types=["violence"],
    consent="anon",
    rep=R(wn="Brooke"),
    off=O(),
    proj="Wakefield Lantern Project",
    text=(
        "The reporter is a witness, not the victim. She was working on Westgate with two other "
        "women, Leanne and a girl she knows as Bex. A man on foot, white, 20s, in a red Puffa "
        "jacket, started arguing with Bex about a price and then punched her twice in the face and "
        "ran towards the station. Leanne rang 999 and an ambulance came. Bex did not want to "
        "speak to the police on the night. Leanne's number is 07700 900827 if the project needs a "
        "second account. The reporter says the same man has been hanging round Westgate for a few "
        "weeks and goes by Ozzy."
    ),
    vi=["Leanne", "Bex", "07700 900827"],
    oi=[("N", "Ozzy")],
    locs=["Westgate"],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=20,
        age_max=29,
        clothing="red puffa jacket",
    ),
)

num(
    id=222,
    inc="2026-10-23T02:40:00Z",
    dist="Leeds",
    loc="Chapel Allerton",
    sector="escort",
    types=["robbery", "violence", "weapon"],
    consent="share",
    rep=R(
        name="Daniel Mensah",
        wn="Jordan",
        phone="07700 900192",
        email="jordan.escort@example.org",
    ),
    off=O(names=["Dazza"], phones=["0044 7700 900604"]),
    proj="National Ugly Mugs",
    text=(
        "I'm a male escort, I work as Jordan. I went to an outcall at a flat in Chapel Allerton on "
        "Friday night, booked by a man who called himself Darren but when I got there his mate kept "
        "calling him Dazza. There were two of them. After about ten minutes Dazza got a hammer out "
        "of a kitchen drawer and told me to empty my pockets. The other one hit me on the back with "
        "it when I was too slow. They took my phone, my wallet and about £250. I didn't fight back. "
        "The booking came through from 0044 7700 900604. Dazza is white, about 25, skinny, with a "
        "tattoo of a rose on his neck, Leeds accent. The other one was bigger and had a beard. I'm "
        "OK with the police ringing me through NUM, or email me on jordan.escort@example.org."
    ),
    vi=["Jordan", "jordan.escort@example.org"],
    oi=[("N", "Darren"), ("N", "Dazza"), ("P", "0044 7700 900604")],
    locs=["a flat in Chapel Allerton"],
    ents=[("W", "hammer", "hammer")],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=23,
        age_max=27,
        build="skinny",
        accent="leeds",
        marks=["tattoo of a rose on his neck"],
    ),
)

num(
    id=223,
    inc=None,
    rcv="2026-10-24T13:00:00Z",
    dist="Bradford",
    loc=None,
    sector="indoor",
    types=["drugging", "abduction"],
    consent="anon",
    rep=R(wn="Ela"),
    off=O(names=["Arben"], phones=["07700 900611"]),
    proj="Bradford Haven Project",
    text=(
        "Reporter is Albanian and spoke through a friend who interpreted. She says a man called Arben "
        "brought her to the UK and keeps her working in flats, moving her between Leeds and "
        "Bradford every couple of weeks. He drives her to and from the flats and takes all the "
        "money. He makes her take cocaine so she will 'work longer' and locks the door when he "
        "leaves. He has said his cousins know where her little brother lives back home. Arben's "
        "number is 07700 900611. She is frightened and did not want her details shared."
    ),
    locs=[],
    mo=["threats"],
    ind=[
        "moved_between_places",
        "transported_by_other",
        "third_party_control",
        "forced_drug_use",
        "restricted_movement",
        "threats_to_family",
        "fearful_subdued",
    ],
)

num(
    id=224,
    inc="2026-10-25T21:30:00Z",
    dist="Leeds",
    loc=None,
    sector="indoor",
    types=["sexual_assault", "violence"],
    consent="share",
    rep=R(wn="Mali", phone="07700 900197"),
    off=O(
        phones=["07700 900615"],
        desc="Asian male, 40s, glasses, slim, work uniform with a logo",
    ),
    proj="Kirkgate Women's Project",
    text=(
        "Reporter is from Thailand and has limited English; outreach worker helped with the report. "
        "She rents her own room, advertises herself and keeps her own money. A client booked by "
        "phone from 07700 900615, pushed her onto the bed and did things she had said no to, and "
        "held her wrists when she tried to stop him. Asian male, 40s, glasses, slim, wearing a work "
        "uniform with a logo. She is OK to be contacted by the outreach worker on 07700 900197."
    ),
    vi=["07700 900197"],
    desc=D(
        sex="male",
        ethnicity="asian",
        age_min=40,
        age_max=49,
        build="slim",
        clothing="work uniform with a logo",
    ),
    ind=["limited_english"],
)

num(
    id=225,
    inc="2026-10-26T23:10:00Z",
    dist="Leeds",
    loc="Water Lane",
    sector="street",
    types=["refused_payment", "violence"],
    consent="anon",
    rep=None,
    off=O(),
    proj="Kirkgate Women's Project",
    text=(
        "Punter's number 07700 900597. Refused to pay then shoved her out of the car on Water Lane "
        "and she hurt her knee. Dark blue Kia, didn't get the reg."
    ),
    oi=[("P", "07700 900597")],
    locs=["Water Lane"],
    ents=[("V", "Dark blue Kia", "dark blue kia")],
)

num(
    id=226,
    inc=None,
    rcv="2026-10-27T10:20:00Z",
    dist="Kirklees",
    loc=None,
    sector="online",
    types=["harassment_stalking"],
    consent="formal",
    rep=R(
        name="Amber Rothwell",
        wn="Amber",
        email="amber.r.work@example.com",
        addr="7 Harold Street, Huddersfield HD1 4NQ",
        handles=["amber_hudds"],
    ),
    off=O(handles=["@mr_nice_guy_hd"], emails=["niceguy.hd@example.net"]),
    proj="Calder Outreach",
    text=(
        "The reporter states an ex-client has been messaging her Instagram (@amber_hudds) up to 40 "
        "times a day from @mr_nice_guy_hd and emailing her work address amber.r.work@example.com "
        "from niceguy.hd@example.net. Last week he left flowers on her doorstep at 7 Harold Street, "
        "HD1 4NQ, which she never gave him. She wants to make a formal complaint."
    ),
    vi=["@amber_hudds", "amber.r.work@example.com", "7 Harold Street", "HD1 4NQ"],
    oi=[],
)

num(
    id=227,
    inc=None,
    rcv="2026-10-28T15:30:00Z",
    dist="Leeds",
    loc=None,
    sector="indoor",
    types=["threats"],
    consent="anon",
    rep=R(wn="Precious"),
    off=O(names=["Madam Joy"], phones=["020 7946 0638"], desc="Nigerian woman, 50s"),
    proj="National Ugly Mugs",
    text=(
        "Precious is Nigerian. She says a woman called Madam Joy paid for her journey to the UK and "
        "says she owes £30,000 that she must pay back from her work. Madam Joy keeps her passport "
        "and rings her every day from 020 7946 0638 to ask for the money. She has been told that "
        "if she stops paying, something will happen to her mother in Benin City. She lives in the "
        "flat where she works. Madam Joy is in her 50s."
    ),
    vi=["Precious"],
    desc=D(sex="female", ethnicity="nigerian", age_min=50, age_max=59),
    ind=[
        "debt_bondage",
        "documents_held",
        "threats_to_family",
        "living_at_premises",
        "third_party_control",
    ],
)

num(
    id=228,
    inc="2026-10-29T01:45:00Z",
    dist="Calderdale",
    loc="Brighouse",
    sector="street",
    types=["condom_removal"],
    consent="anon",
    rep=R(wn="Kayla"),
    off=O(vehicles=[V("Land Rover", "Defender", "green", "HJK 347N")]),
    proj="Calder Outreach",
    text=(
        "Old green Land Rover Defender, suffix plate HJK 347N. Driver picked her up in Brighouse and "
        "took the condom off when she couldn't see. When she noticed she made him stop and got out. "
        "Older man, 60s, white hair, big white beard, wax jacket."
    ),
    oi=[],
    locs=["Brighouse"],
    ents=[("V", "green Land Rover Defender")],
    desc=D(
        sex="male",
        age_min=60,
        age_max=69,
        hair="white",
        facial_hair="big white beard",
        clothing="wax jacket",
    ),
)

num(
    id=229,
    inc="2026-10-30T20:30:00Z",
    dist="Leeds",
    loc=None,
    sector="indoor",
    types=["robbery", "threats"],
    consent="formal",
    rep=R(
        name="Jade Holloway",
        wn="Jade",
        phone="07700 900203",
        dob="1999-11-02",
        addr="Flat 6, 31 Victoria Road, Leeds LS11 5EJ",
    ),
    off=O(names=["Tom"], phones=["07700 900621"]),
    proj="National Ugly Mugs",
    text=(
        "Reporter Jade Holloway, born 02.11.1999, of Flat 6, 31 Victoria Road, Holbeck LS11 5EJ, "
        "works from home. The client said his name was Tom but the friend who waited outside called "
        "him Tommo. After the booking Tom said he had 'lads outside' and she should hand over "
        "everything or they'd come in. She gave him £350 and her rings. He booked from 07700 900621. "
        "Jade's mobile is 07700900203."
    ),
    vi=[
        "Jade Holloway",
        "02.11.1999",
        "Flat 6, 31 Victoria Road",
        "LS11 5EJ",
        "Jade",
        "07700900203",
    ],
    oi=[("N", "Tommo")],
)

num(
    id=230,
    inc=None,
    rcv="2026-10-31T09:00:00Z",
    dist="Wakefield",
    loc=None,
    sector="online",
    types=["timewaster"],
    consent="share",
    rep=R(name="Keeley Marsh", phone="07700 900209"),
    off=O(phones=["07700 900626"]),
    proj="Wakefield Lantern Project",
    text=(
        "Keeley gets calls most nights from 07700 900626, heavy breathing and sexual talk, never "
        "books. No threats made. She is happy for the project to share her details."
    ),
    vi=["Keeley"],
)

num(
    id=231,
    inc="2026-11-01T22:00:00Z",
    dist="Leeds",
    loc="Holbeck",
    sector="street",
    types=["impersonating_police", "theft"],
    consent="anon",
    rep=None,
    off=O(vehicles=[V("Vauxhall", "Insignia", "dark grey", "P627 HNW")]),
    proj="Kirkgate Women's Project",
    text=(
        "Two men in a dark grey Vauxhall Insignia, reg P627 HNW, stopped by workers in Holbeck saying "
        "they were council enforcement officers and 'confiscating' phones. They took two women's "
        "phones and drove off. No violence was used. Both men white, 30s, wearing hi-vis vests."
    ),
    locs=["Holbeck"],
    ents=[("V", "dark grey Vauxhall Insignia")],
    desc=D(sex="male", ethnicity="white", age_min=30, age_max=39, clothing="hi-vis vests"),
)

num(
    id=232,
    inc=None,
    rcv="2026-11-02T12:00:00Z",
    dist="Bradford",
    loc=None,
    sector="online",
    types=["blackmail"],
    consent="share",
    rep=R(name="Rio Ferreira", wn="Rio", phone="07700 900212", handles=["@rio_bfd"]),
    off=O(handles=["@truthteller_bfd"]),
    proj="Bradford Haven Project",
    text=(
        "Rio (a woman, Portuguese, fluent English) has been contacted on Telegram by "
        "@truthteller_bfd, who has sent her a screenshot of her AdultWork profile alongside a "
        "photo of her children's school, saying he'll send both to the school unless she pays "
        "£1,000 in bitcoin. Rio can be contacted via the project or on 07700 900 212."
    ),
    vi=["Rio", "07700 900 212"],
)

num(
    id=233,
    inc="2026-11-03T21:20:00Z",
    dist="Wakefield",
    loc="Ossett",
    sector="escort",
    types=["theft"],
    consent="anon",
    rep=R(wn="Florence"),
    off=O(vehicles=[V("Skoda", "Octavia", "grey", "YD 64 HVR")]),
    proj="Wakefield Lantern Project",
    text=(
        "Outcall, a bungalow in Ossett. While she was in the bathroom the client took her phone and "
        "£120 from her bag. He was waiting in a grey Skoda on the drive when she left, reg YD64HVR. "
        "He was calm, no threats."
    ),
    locs=["a bungalow in Ossett"],
    ents=[("V", "grey Skoda")],
)

num(
    id=234,
    inc="2026-11-04T23:55:00Z",
    dist="Leeds",
    loc="Morley",
    sector="escort",
    types=["violence", "refused_payment"],
    consent="share",
    rep=R(name="Crystal Adebayo", wn="Crystal", phone="07700 900218"),
    off=O(phones=["07700 900633"]),
    proj="National Ugly Mugs",
    text=(
        "Crystal went to an outcall at a semi in Morley. My driver Kev waited outside like always "
        "(his number is 07700 900823). The client wouldn't pay and when she asked again he pushed "
        "her down the stairs. Kev came to the door and the man slammed it. Client's number "
        "07700 900633. Crystal is on 07700 900218 and OK with the police calling."
    ),
    vi=["Crystal", "Kev", "07700 900823", "07700 900218"],
    locs=["a semi in Morley"],
)

num(
    id=235,
    inc="2026-11-05T19:30:00Z",
    dist="Bradford",
    loc="Manningham",
    sector="indoor",
    types=["robbery", "weapon", "threats"],
    consent="anon",
    rep=R(wn="Sasha"),
    off=O(names=["Kaz"], phones=["07700 900645"]),
    proj="Bradford Haven Project",
    text=(
        "Two men forced their way into the flat in Manningham where the reporter and her flatmate "
        "Ellie work. One had a large kitchen knife. They said they were 'the firm' that runs this "
        "area, took £600 and said the girls now owe them £100 a week for 'protection' or they'll be "
        "back. The one doing the talking was called Kaz by the other. He left his number, "
        "07700 900645, for the 'payments'."
    ),
    vi=["Ellie"],
    oi=[],
    locs=["the flat in Manningham"],
    ents=[("W", "kitchen knife", "knife")],
    ind=["protection_money"],
)

num(
    id=236,
    inc=None,
    rcv="2026-11-06T10:10:00Z",
    dist="Leeds",
    loc=None,
    sector="indoor",
    types=["harassment_stalking", "threats"],
    consent="formal",
    rep=R(
        name="Sky Ackroyd",
        wn="Sky",
        phone="07700 900224",
        addr="14 Elm Terrace, Leeds LS6 2AB",
    ),
    off=O(names=["Graham"], vehicles=[V("Honda", "Civic", "black", "YG66 WRN")]),
    proj="National Ugly Mugs",
    text=(
        "Sky says a former regular, Graham, has found out where she lives. I live at 14 Elm Terrace, "
        "LS6 2AB, and he has sat outside in his black Honda Civic (YG66 WRN) four nights in a row. "
        "He texts saying 'I know you're in'. Yesterday he said he would 'make sure nobody else has "
        "me'. My number is 07700 900224. I want to make a proper report."
    ),
    vi=["Sky", "14 Elm Terrace", "LS6 2AB", "07700 900224"],
    ents=[("V", "black Honda Civic")],
)

num(
    id=237,
    inc="2026-11-07T22:00:00Z",
    dist="Leeds",
    loc="the hotel on Wellington Street",
    sector="escort",
    types=["sexual_assault", "condom_removal"],
    consent="share",
    rep=R(name="Brooke Tennant", wn="Brooke", phone="07700 900228"),
    off=O(
        names=["Alex"],
        phones=["020 7946 0651"],
        desc="White male, 40s, 5ft 8, slim, grey suit, London accent",
    ),
    proj="Kirkgate Women's Project",
    text=(
        "The reporter attended the hotel on Wellington Street for a booking with a man who gave his "
        "name as Alex. He removed the condom and, when she told him to stop, held her down and "
        "carried on. He had booked from 020 7946 0651. He is white, 40s, about 5ft 8, slim, grey "
        "suit, London accent. Brooke has spoken to an ISVA and would like contact through the "
        "project."
    ),
    vi=["Brooke"],
    locs=["the hotel on Wellington Street"],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=40,
        age_max=49,
        height_cm=173,
        build="slim",
        clothing="grey suit",
        accent="london",
    ),
)

num(
    id=238,
    inc="2026-11-08T21:00:00Z",
    dist="Kirklees",
    loc="Dewsbury Road",
    sector="street",
    types=["theft"],
    consent="anon",
    rep=R(wn="Toni"),
    off=O(vehicles=[V("Toyota", "Yaris", "red", "YS13 BNL")]),
    proj="Calder Outreach",
    text=(
        "He didn't hit her and there was no weapon, but when she got out to get something from her "
        "bag on Dewsbury Road he drove off with her phone off the dashboard. Red Toyota Yaris "
        "YS13 BNL."
    ),
    locs=["Dewsbury Road"],
    ents=[("V", "Red Toyota Yaris", "red toyota yaris")],
)

num(
    id=239,
    inc=None,
    rcv="2026-11-09T14:45:00Z",
    dist="Bradford",
    loc="a house on Whetley Lane",
    sector="street",
    types=[],
    consent="anon",
    rep=None,
    off=O(names=["Shaun"], phones=["07700 900652"]),
    proj="Bradford Haven Project",
    text=(
        "Several women on the street say a dealer called Shaun gives them crack on tick and then "
        "sends them to 'work it off' with men he brings to a house on Whetley Lane. He keeps the "
        "money. His phone is 07700 900652. One woman said he took her bank card 'to look after'."
    ),
    locs=["a house on Whetley Lane"],
    ind=["drugs_supply", "debt_bondage", "third_party_control"],
)

num(
    id=240,
    inc="2026-11-10T02:30:00Z",
    dist="Leeds",
    loc=None,
    sector="street",
    types=["refused_payment"],
    consent="anon",
    rep=None,
    off=O(),
    proj="Kirkgate Women's Project",
    text="refused 2 pay, drove off. silver merc. 07700900612",
    oi=[("P", "07700900612")],
    ents=[("V", "silver merc", "silver mercedes")],
)

num(
    id=241,
    inc="2026-11-11T20:00:00Z",
    dist="Leeds",
    loc="Beeston",
    sector="indoor",
    types=["refused_payment", "threats"],
    consent="anon",
    rep=R(name="Florence Kay", wn="Florence"),
    off=O(names=["Marco"], phones=["07700 900658"]),
    proj="National Ugly Mugs",
    text=(
        "Florence says the client, who said he was called Marco and had just flown back from "
        "Florence, refused to pay for her incall in Beeston and said if she 'made a fuss' he would "
        "come back with friends. He had rung from 07700 900658. Florence Kay is her real name but "
        "she only wants anonymous intelligence shared."
    ),
    vi=["Florence", "Florence Kay"],
    locs=["Beeston"],
)

num(
    id=242,
    inc="2026-11-12T01:30:00Z",
    dist="Bradford",
    loc="Albert Road",
    sector="street",
    types=["violence", "sexual_assault"],
    consent="share",
    rep=R(
        name="Chelsea Brammer",
        wn="Chelsea",
        phone="07700 900239",
        addr="3 Wilberforce Close, Bradford BD8 7TW",
    ),
    off=O(
        vehicles=[V("Citroen", "Berlingo", "white", "YE61 LRK")],
        desc="White male, 50s, 5ft 6, overweight, greasy black hair, bad teeth",
    ),
    proj="Bradford Haven Project",
    text=(
        "Chelsea was picked up on Albert Road by a man in a white Citroen Berlingo van, YE61 LRK. He "
        "parked in the yard behind the old mill, hit her in the ribs and forced her to give him "
        "oral sex. Afterwards he threw her out of the van. Chelsea lives on Wilberforce Close "
        "(BD8 7TW) and walked home. She agrees to be contacted through the project."
    ),
    vi=["Chelsea", "Wilberforce Close", "BD8 7TW"],
    locs=["Albert Road", "the yard behind the old mill"],
    ents=[("V", "white Citroen Berlingo van", "white citroen berlingo")],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=50,
        age_max=59,
        height_cm=168,
        build="overweight",
        hair="greasy black",
        marks=["bad teeth"],
    ),
)

num(
    id=243,
    inc="2026-11-13T22:45:00Z",
    dist="Leeds",
    loc="the hotel by Leeds station",
    sector="escort",
    types=["fraud_scam"],
    consent="anon",
    rep=R(wn="Nadia"),
    off=O(emails=["J.Whitaker.Consulting@example.com"]),
    proj=None,
    text=(
        "Client paid £300 cash at the hotel by Leeds station; the notes were counterfeit, the bank "
        "would not take them. He'd booked by email from J.Whitaker.Consulting@example.com and "
        "signed off as James. Polite, no violence."
    ),
    oi=[("N", "James")],
    locs=["the hotel by Leeds station"],
)

num(
    id=244,
    inc=None,
    rcv="2026-11-14T16:00:00Z",
    dist="Leeds",
    loc=None,
    sector="other",
    types=["filming", "blackmail"],
    consent="share",
    rep=R(
        name="Amber Lund",
        wn="AmberCams",
        email="amber.cams@example.org",
        phone="07700 900242",
    ),
    off=O(handles=["@cap_king_uk"]),
    proj="National Ugly Mugs",
    text=(
        "Webcam performer (AmberCams). A viewer using @cap_king_uk recorded her private shows and "
        "has found her Facebook under her real name, Amber Lund. He says he will send the "
        "recordings to her employer and friends unless she does free shows for him. Contact her "
        "at amber.cams@example.org."
    ),
    vi=["AmberCams", "Amber Lund", "amber.cams@example.org"],
)

num(
    id=245,
    inc="2026-11-15T23:00:00Z",
    dist="Kirklees",
    loc="the sauna on Northgate",
    sector="other",
    types=["violence", "sexual_assault", "refused_payment"],
    consent="anon",
    rep=R(wn="Roxy"),
    off=O(names=["Big Col"], desc="White, 60s, very large, walking stick, Geordie accent"),
    proj="Calder Outreach",
    text=(
        "NUM summary. The reporter works at the sauna on Northgate. A regular known to the staff as "
        "Big Col became aggressive in the room, grabbed her by the hair and forced himself on her. "
        "The receptionist, Mandy, heard her shouting and came in with the other worker on shift, "
        "a Polish woman called Kasia, and together they got him out. He didn't pay. Mandy has his "
        "number in the book as 07700 900661 and Kasia says he also goes to a flat in Batley. "
        "Mandy's own mobile (07700 900831) was given in case the police need a statement. Big Col "
        "is white, 60s, very large, uses a walking stick, Geordie accent."
    ),
    vi=["Mandy", "Kasia", "07700 900831"],
    oi=[("P", "07700 900661")],
    locs=["the sauna on Northgate"],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=60,
        age_max=69,
        build="very large",
        accent="geordie",
        marks=["walking stick"],
    ),
)

num(
    id=246,
    inc="2026-11-16T03:00:00Z",
    dist="Wakefield",
    loc="Castleford",
    sector="street",
    types=["threats", "weapon"],
    consent="share",
    rep=R(phone="07700 900236"),
    off=O(),
    proj="Wakefield Lantern Project",
    text=(
        "he said he was called big mick an he had a bat in the boot, showed me it when i wouldnt "
        "get in. this was castleford by the bus station. blue estate car, old. my numbers "
        "07700 900236 if u need me, ok for police to ring"
    ),
    vi=["07700 900236"],
    oi=[("N", "big mick")],
    locs=["castleford by the bus station"],
    ents=[("W", "bat", "bat")],
)

num(
    id=247,
    inc="2026-11-17T21:30:00Z",
    dist="Calderdale",
    loc="Halifax",
    sector="escort",
    types=["violence", "robbery"],
    consent="anon",
    rep=R(wn="Paige"),
    off=O(names=["Jordan"], phones=["07700 900667"]),
    proj="Calder Outreach",
    text=(
        "Client who said his name was Jordan booked a Halifax outcall from 07700 900667. When she "
        "arrived he grabbed her bag, pushed her against the wall and took £200. Jordan is mixed "
        "race, early 20s, tall, slim, with braids."
    ),
    locs=["Halifax"],
    desc=D(
        sex="male",
        ethnicity="mixed race",
        age_min=20,
        age_max=23,
        build="slim",
        hair="braids",
    ),
)

num(
    id=248,
    inc="2026-11-18T04:00:00Z",
    dist="Leeds",
    loc="a house party in Headingley",
    sector="escort",
    types=["drugging", "sexual_assault", "filming"],
    consent="formal",
    rep=R(name="Jasmine Poole", wn="Jasmine", phone="07700 900247"),
    off=O(names=["Olly"], handles=["@olly_ldsuni"], phones=["07700 900672"]),
    proj="National Ugly Mugs",
    text=(
        "Jasmine was booked to a house party in Headingley by a student called Olly "
        "(Instagram @olly_ldsuni, phone 07700 900672). She was given a drink she believes was spiked "
        "with GHB. She remembers several men in the room and one of them filming on his phone. She "
        "woke up alone. Her friend Bethany picked her up in the morning and took her to the SARC. "
        "Jasmine wants a formal report; call her on 07700 900247."
    ),
    vi=["Jasmine", "Bethany"],
    locs=["a house party in Headingley"],
)

num(
    id=249,
    inc="2026-11-19T00:40:00Z",
    dist="Leeds",
    loc="Lower Briggate",
    sector="street",
    types=["hate_abuse", "violence"],
    consent="anon",
    rep=R(wn="Bianca"),
    off=O(),
    proj="Kirkgate Women's Project",
    text=(
        "Bianca is a Brazilian trans woman who works independently. On Lower Briggate a group of "
        "three young men shouted transphobic abuse and one threw a can which hit her head. They "
        "were white, late teens, one in a Leeds United shirt."
    ),
    locs=["Lower Briggate"],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=17,
        age_max=19,
        clothing="leeds united shirt",
    ),
)

num(
    id=250,
    inc="2026-11-20T22:10:00Z",
    dist="Wakefield",
    loc="Normanton",
    sector="indoor",
    types=["robbery", "violence"],
    consent="formal",
    rep=R(
        name="Precious Nwosu",
        wn="Precious",
        phone="07700 900251",
        dob="1991-07-23",
        addr="45 Churchill Avenue, Wakefield WF6 2QB",
    ),
    off=O(vehicles=[V("BMW", "5 Series", "black", "SMK 271R")]),
    proj="Wakefield Lantern Project",
    text=(
        "Report for Precious Nwosu, date of birth 23 July 1991, address 45 Churchill Avenue, "
        "Normanton, WF6 2QB. She works from home. A client forced his way back in after the "
        "booking, pinned her to the floor and took her phone and £500. He drove off in an old black "
        "BMW 5 Series on a private plate, SMK 271R. She wants to make a formal report."
    ),
    vi=["Precious Nwosu", "23 July 1991", "45 Churchill Avenue", "WF6 2QB"],
    ents=[("V", "old black BMW 5 Series", "black bmw 5 series")],
)

num(
    id=251,
    inc="2026-11-21T20:20:00Z",
    dist="Bradford",
    loc=None,
    sector="indoor",
    types=["hate_abuse", "refused_payment"],
    consent="anon",
    rep=R(wn="Ebony"),
    off=O(handles=["@brad_lad_1990"]),
    proj="Bradford Haven Project",
    text=(
        "Client found her through Instagram (@brad_lad_1990 was his account), racially abused her "
        "during the booking, called her a 'dirty immigrant' and walked out without paying. He "
        "didn't touch her."
    ),
)

num(
    id=252,
    inc="2026-11-22T23:30:00Z",
    dist="Leeds",
    loc="Armley",
    sector="street",
    types=["abduction", "threats"],
    consent="share",
    rep=R(name="Sam Nolan", wn="Jade", phone="07700 900254"),
    off=O(vehicles=[V("Mazda", "6", "white", "YN16 HXA")]),
    proj="Kirkgate Women's Project",
    text=(
        "Picked up in Armley, she wanted to stay local but he drove straight onto the motorway and "
        "all the way to Bradford, ignoring her. He said 'you'll go where I take you'. He left her "
        "in a retail park in Bradford at 3am with no money to get home. White Mazda 6, YN16 HXA. "
        "Jade can be called on 07700 900254."
    ),
    vi=["Jade", "07700 900254"],
    locs=["Armley", "a retail park in Bradford"],
    ents=[("V", "White Mazda 6", "white mazda 6")],
)

num(
    id=253,
    inc=None,
    rcv="2026-11-23T09:20:00Z",
    dist="Kirklees",
    loc=None,
    sector="online",
    types=["timewaster"],
    consent="anon",
    rep=R(wn="Honey"),
    off=O(emails=["bookings.tony@example.com"]),
    proj=None,
    text="Fake bookings by email from bookings.tony@example.com, never shows. Nothing else.",
    oi=[("E", "bookings.tony@example.com")],
)

num(
    id=254,
    inc="2026-11-24T21:00:00Z",
    dist="Leeds",
    loc="the Travelodge off the ring road",
    sector="escort",
    types=["sexual_assault"],
    consent="share",
    rep=R(name="Lena Dvorak", wn="Lena", phone="07700 900258"),
    off=O(phones=["07700 900679"]),
    proj="Kirkgate Women's Project",
    text=(
        "A support worker at the project reports on behalf of Lena, who did not want to ring NUM "
        "herself. At the Travelodge off the ring road a client did things she had refused and "
        "would not stop when she said no. He booked from 07700 900679. Lena is happy for the "
        "support worker to be the contact."
    ),
    vi=["Lena"],
    locs=["the Travelodge off the ring road"],
)

num(
    id=255,
    inc=None,
    rcv="2026-11-25T11:40:00Z",
    dist="Calderdale",
    loc=None,
    sector="online",
    types=["harassment_stalking"],
    consent="anon",
    rep=R(wn="Chelsea", handles=["Chelsea_Hfx"]),
    off=O(handles=["Yorkshire_Gent_1"]),
    proj="Calder Outreach",
    text=(
        "AdultWork user Yorkshire_Gent_1 keeps messaging Chelsea_Hfx through the site, has set up "
        "new profiles each time she blocks him and now messages her personal Facebook too. He has "
        "not threatened her."
    ),
    vi=["Chelsea_Hfx"],
)

num(
    id=256,
    inc=None,
    rcv="2026-11-26T15:15:00Z",
    dist="Leeds",
    loc=None,
    sector="escort",
    types=[],
    consent="anon",
    rep=R(wn="Sasha"),
    off=O(
        vehicles=[V("Mercedes", "E-Class", "black", "YT68 OSV")],
        desc="Eastern European male, 30s",
    ),
    proj="National Ugly Mugs",
    text=(
        "Reporter is concerned for another escort she meets at hotels, who goes by Nikki. A man in a "
        "black Mercedes E-Class (YT68 OSV) drops Nikki off at every booking and waits outside, and "
        "when the reporter rang Nikki's number a man answered and did the talking. Nikki said "
        "she 'can't go anywhere without him'."
    ),
    vi=["Nikki"],
    ents=[("V", "black Mercedes E-Class")],
    desc=D(sex="male", ethnicity="eastern european", age_min=30, age_max=39),
    ind=["transported_by_other", "speaks_for_worker", "restricted_movement"],
)

num(
    id=257,
    inc="2026-11-27T02:20:00Z",
    dist="Calderdale",
    loc="Lister Lane",
    sector="street",
    types=["violence", "weapon"],
    consent="anon",
    rep=None,
    off=O(),
    proj="Calder Outreach",
    text=(
        "A man on foot, who had not threatened her before and seemed friendly, suddenly smashed a "
        "bottle over the reporter's head on Lister Lane and ran off. She needed stitches. White, "
        "30s, green parka."
    ),
    locs=["Lister Lane"],
    ents=[("W", "bottle", "bottle")],
    desc=D(sex="male", ethnicity="white", age_min=30, age_max=39, clothing="green parka"),
)

num(
    id=258,
    inc="2026-11-28T20:10:00Z",
    dist="Kirklees",
    loc=None,
    sector="escort",
    types=["filming"],
    consent="anon",
    rep=R(wn="Layla"),
    off=O(emails=["k.brennan@example.org"]),
    proj=None,
    text=(
        "Outcall to the client's house. She spotted a small camera on the bookshelf pointing at the "
        "bed. He denied it. He booked from +44 (0)7700 900664 and emailed from "
        "k.brennan@example.org. He is white, 50s, with a grey goatee."
    ),
    oi=[("P", "+44 (0)7700 900664")],
    desc=D(sex="male", ethnicity="white", age_min=50, age_max=59, facial_hair="grey goatee"),
)

num(
    id=259,
    inc=None,
    rcv="2026-11-29T10:00:00Z",
    dist="Wakefield",
    loc=None,
    sector="indoor",
    types=["blackmail"],
    consent="anon",
    rep=R(wn="Demi"),
    off=O(phones=["07700 900685"]),
    proj="Wakefield Lantern Project",
    text=(
        "Ex-client texting from 07700 900685 saying he'll tell her mum what she does for a living "
        "unless she sees him for free. He hasn't threatened to hurt her or anyone else."
    ),
)

num(
    id=260,
    inc=None,
    rcv="2026-11-30T13:30:00Z",
    dist="Leeds",
    loc=None,
    sector="indoor",
    types=[],
    consent="share",
    rep=R(name="Amy Lister", phone="07700 900262"),
    off=O(names=["Wayne"], phones=["07700 900688"]),
    proj="National Ugly Mugs",
    text=(
        "Reporter's regular client, Wayne (07700 900688), offered to 'help her out' by paying "
        "thousands of pounds into her bank account that she would then withdraw in cash and hand "
        "back to him, keeping £200 each time. She refused. He has asked three other girls the same. "
        "She is happy to talk to the liaison officer."
    ),
    ind=["money_laundering"],
)

num(
    id=261,
    inc="2026-12-01T00:50:00Z",
    dist="Leeds",
    loc="Domestic Street",
    sector="street",
    types=["sexual_assault", "violence"],
    consent="anon",
    rep=None,
    off=O(
        vehicles=[V("Ford", "Transit Custom", "black", None)],
        desc="Two men, both white, 30s",
    ),
    proj="Kirkgate Women's Project",
    text=(
        "Worker taken into a black Ford Transit Custom on Domestic Street by two men. Both sexually "
        "assaulted her and one kicked her when she tried to get out. One of them rang her the next "
        "day from 077009 00691 to ask if she was 'up for round two'. Both white, 30s."
    ),
    oi=[("P", "077009 00691")],
    locs=["Domestic Street"],
    ents=[("V", "black Ford Transit Custom")],
    desc=D(sex="male", ethnicity="white", age_min=30, age_max=39),
)

num(
    id=262,
    inc=None,
    rcv="2026-12-01T19:05:00Z",
    dist="Bradford",
    loc=None,
    sector="online",
    types=["timewaster"],
    consent="anon",
    rep=R(wn="Kiki"),
    off=O(),
    proj=None,
    text="another timewaster 07700900694 asked for pics then blocked me, then did it again from a new acc",
    oi=[("P", "07700900694")],
)

num(
    id=263,
    inc="2026-12-02T22:00:00Z",
    dist="Leeds",
    loc="the apartment block on Whitehall Road",
    sector="escort",
    types=["violence", "refused_payment"],
    consent="anon",
    rep=R(name="Sydney Pratt", wn="Sydney"),
    off=O(names=["Bruce"], phones=["07700 900697"]),
    proj=None,
    text=(
        "Sydney did an outcall to the apartment block on Whitehall Road. The client, Bruce, said he "
        "was from Sydney and over for work. He refused to pay and twisted her arm behind her back "
        "when she picked up her phone. His number was 07700 900697. Australian accent, 40s, "
        "sunburnt, blond."
    ),
    vi=["Sydney"],
    locs=["the apartment block on Whitehall Road"],
    desc=D(
        sex="male",
        age_min=40,
        age_max=49,
        hair="blond",
        accent="australian",
        marks=["sunburnt"],
    ),
)

num(
    id=264,
    inc="2026-12-03T01:10:00Z",
    dist="Wakefield",
    loc="the industrial estate on Calder Vale Road",
    sector="street",
    types=["robbery", "violence", "weapon"],
    consent="share",
    rep=R(name="Toni Reid", phone="07700 900265"),
    off=O(),
    proj="Wakefield Lantern Project",
    text=(
        "Toni was taken to the industrial estate on Calder Vale Road. The man hit her on the arm "
        "with a wrench and took her bag with £90 and her keys. Toni has since changed her locks. "
        "Contact through the Lantern Project on 0113 496 0862, she says it's fine for police to call."
    ),
    vi=["Toni"],
    locs=["the industrial estate on Calder Vale Road"],
    ents=[("W", "wrench", "wrench")],
)

num(
    id=265,
    inc=None,
    rcv="2026-12-03T16:30:00Z",
    dist="Leeds",
    loc=None,
    sector="indoor",
    types=[],
    consent="share",
    rep=R(name="Daria", wn="Dasha", phone="07700 900269"),
    off=O(names=["Boss Ricky"], phones=["07700 900702"]),
    proj="Kirkgate Women's Project",
    text=(
        "Reporter came to Leeds from Sheffield a month ago to work at a flat run by a man they all "
        "call Boss Ricky. He takes half of everything, the girls sleep at the flat, and there are "
        "new girls every week who he brings in from other cities. Ricky does the adverts and "
        "answers the phone, 07700 900702. She wants to leave and is happy for the project to talk "
        "to police for her."
    ),
    vi=[],
    oi=[("N", "Ricky")],
    ind=[
        "third_party_control",
        "living_at_premises",
        "rotating_workers",
        "moved_between_places",
        "advert_control",
        "speaks_for_worker",
    ],
)

num(
    id=266,
    inc="2026-12-04T23:40:00Z",
    dist="Bradford",
    loc="Manningham Lane",
    sector="street",
    types=["robbery", "threats", "weapon"],
    consent="anon",
    rep=R(wn="Lola"),
    off=O(),
    proj="Bradford Haven Project",
    text=(
        "On Manningham Lane a man said he had a gun in his pocket and would use it unless she gave "
        "him her money. She never saw a gun but handed over £60. Asian male, 20s, black North Face "
        "jacket, rang her earlier from 07700 900705."
    ),
    oi=[("P", "07700 900705")],
    locs=["Manningham Lane"],
    ents=[("W", "gun", "gun")],
    desc=D(
        sex="male",
        ethnicity="asian",
        age_min=20,
        age_max=29,
        clothing="black north face jacket",
    ),
)

num(
    id=267,
    inc="2026-12-05T21:00:00Z",
    dist="Calderdale",
    loc=None,
    sector="indoor",
    types=["filming"],
    consent="anon",
    rep=R(wn="Gigi"),
    off=O(phones=["07700 900709"]),
    proj="Calder Outreach",
    text=(
        "He didn't force anything and paid in full; the problem is that she found out he had "
        "filmed the booking on a phone propped in his jacket pocket. No threats since. Number "
        "07700 900709."
    ),
)

num(
    id=268,
    inc=None,
    rcv="2026-12-06T10:30:00Z",
    dist="Kirklees",
    loc=None,
    sector="online",
    types=["timewaster"],
    consent="anon",
    rep=R(wn="Kasia"),
    off=O(phones=["07700 900712"]),
    proj="Calder Outreach",
    text=(
        "Reporter is Polish, works independently and speaks good English. A man from 07700 900712 "
        "books and then cancels at the last minute, five times now. Nothing else."
    ),
)

num(
    id=269,
    inc=None,
    rcv="2026-12-06T15:00:00Z",
    dist="Leeds",
    loc=None,
    sector="escort",
    types=["harassment_stalking", "threats"],
    consent="share",
    rep=R(name="Paris Newton", wn="Paris", email="paris.n.escort@example.net"),
    off=O(emails=["dark.knight.lds@example.com"]),
    proj="National Ugly Mugs",
    text=(
        "Paris has had over 50 emails from dark.knight.lds@example.com to her work email "
        "paris.n.escort@example.net since she declined to see him again. The latest says he knows "
        "what car she drives and she'll 'regret it'. She agrees to police contact by email."
    ),
    vi=["Paris", "paris.n.escort@example.net"],
)

num(
    id=270,
    inc="2026-12-07T22:20:00Z",
    dist="Leeds",
    loc="Meanwood Road",
    sector="street",
    types=["impersonating_police", "fraud_scam"],
    consent="anon",
    rep=None,
    off=O(names=["DS Moore"], vehicles=[V("Skoda", "Superb", "silver", "YA19 GEZ")]),
    proj="Kirkgate Women's Project",
    text=(
        "Man in a silver Skoda Superb (YA19 GEZ) stopped on Meanwood Road, said he was Detective "
        "Sergeant Moore and that she had to pay a £150 'on the spot fine' for soliciting or be "
        "arrested. She paid him. No violence."
    ),
    oi=[("N", "Detective Sergeant Moore")],
    locs=["Meanwood Road"],
    ents=[("V", "silver Skoda Superb")],
)

num(
    id=271,
    inc="2026-12-08T00:30:00Z",
    dist="Calderdale",
    loc="Hebden Bridge",
    sector="escort",
    types=["condom_removal", "violence"],
    consent="anon",
    rep=R(wn="Rosa"),
    off=O(vehicles=[V("Volvo", "XC90", "white", "LRT 582S")]),
    proj="Calder Outreach",
    text=(
        "Outcall near Hebden Bridge. Client took off the condom, and when she objected he slapped "
        "her. She left straight away and went to her sister Maria's at 9 Moorland Rise, HX7 8JD. "
        "He drives a white Volvo XC90 on a cherished plate, LRT 582S."
    ),
    vi=["Maria", "9 Moorland Rise", "HX7 8JD"],
    locs=["Hebden Bridge"],
    ents=[("V", "white Volvo XC90")],
)

num(
    id=272,
    inc="2026-12-08T23:00:00Z",
    dist="Bradford",
    loc="Sunbridge Road",
    sector="street",
    types=["robbery", "violence"],
    consent="share",
    rep=R(name="Jordan Walsh", phone="07700 900271"),
    off=O(),
    proj="Bradford Haven Project",
    text=(
        "Jordan is a young man who works on the street. Two men approached him on Sunbridge Road "
        "asking for 'business', then one punched him and they took his phone and £30. One was "
        "called Reece by the other. He is happy to be contacted by the project."
    ),
    vi=["Jordan"],
    oi=[("N", "Reece")],
    locs=["Sunbridge Road"],
)

num(
    id=273,
    inc="2026-12-09T02:15:00Z",
    dist="Leeds",
    loc="Armley Road",
    sector="street",
    types=["violence", "sexual_assault"],
    consent="formal",
    rep=R(name="Kerry Lightowler", phone="07700 900274"),
    off=O(vehicles=[V("Peugeot", "Partner", "blue", "YP14 DSA")]),
    proj="Kirkgate Women's Project",
    text=(
        "Kerry rang 999 from Armley Road after a man in a blue Peugeot Partner van pulled her in "
        "and assaulted her. The call handler told her to ring 101 the next day with the reg, "
        "YP14 DSA. She has also been to the SARC (0113 496 0871). She wants a formal report."
    ),
    vi=["Kerry"],
    locs=["Armley Road"],
    ents=[("V", "blue Peugeot Partner van", "blue peugeot partner")],
)

num(
    id=274,
    inc="2026-12-10T21:40:00Z",
    dist="Kirklees",
    loc="a house in Mirfield",
    sector="escort",
    types=["violence", "threats"],
    consent="share",
    rep=R(name="Ruby Shaw", wn="Ruby", phone="07700 900276"),
    off=O(phones=["07700 900715"], vehicles=[V("Kia", "Sportage", "grey", "YJ20 FKM")]),
    proj="Calder Outreach",
    text=(
        "Ruby's safety driver Marcus (07700 900835) waited outside a house in Mirfield. The client "
        "grabbed Ruby round the neck and said he'd kill her if she screamed. She got away and Marcus "
        "took the reg of the client's grey Kia Sportage on the drive: YJ20 FKM. The client had "
        "booked from 07700 900715. Ruby's number is 07700 900276."
    ),
    vi=["Ruby", "Marcus", "07700 900835", "07700 900276"],
    locs=["a house in Mirfield"],
    ents=[("V", "grey Kia Sportage")],
)

num(
    id=275,
    inc=None,
    rcv="2026-12-11T12:00:00Z",
    dist="Leeds",
    loc=None,
    sector="online",
    types=["threats", "harassment_stalking"],
    consent="anon",
    rep=R(wn="Jade"),
    off=O(phones=["07700 900701"]),
    proj=None,
    text=(
        "Same man has been texting from 07700 900701 and now from 07700 900703 as well, after she "
        "blocked the first one. Says he'll 'put her in hospital' for blocking him."
    ),
    oi=[("P", "07700 900703")],
)

num(
    id=276,
    inc=None,
    rcv="2026-12-12T09:40:00Z",
    dist="Wakefield",
    loc=None,
    sector="escort",
    types=["harassment_stalking", "threats"],
    consent="anon",
    rep=R(wn="Jordan"),
    off=O(names=["Karen"], handles=["@karen_wfd"], desc="White woman, 40s, blonde bob"),
    proj="Wakefield Lantern Project",
    text=(
        "Male escort (works as Jordan) is being harassed by the wife of a client, who calls herself "
        "Karen on Twitter (@karen_wfd). She has posted his photos, turned up at a hotel booking "
        "and said she'll have him 'done over'. White woman, 40s, blonde bob."
    ),
    vi=["Jordan"],
    desc=D(sex="female", ethnicity="white", age_min=40, age_max=49, hair="blonde bob"),
)

num(
    id=277,
    inc="2026-12-13T22:50:00Z",
    dist="Leeds",
    loc="Harehills",
    sector="indoor",
    types=["condom_removal"],
    consent="anon",
    rep=R(wn="Amber"),
    off=O(names=["Dazza"]),
    proj="Kirkgate Women's Project",
    text=(
        "Regular known as Dazza took the condom off during a booking at her flat in Harehills. Not "
        "violent. He paid. She has stopped seeing him."
    ),
    locs=["Harehills"],
)

num(
    id=278,
    inc=None,
    rcv="2026-12-14T11:10:00Z",
    dist="Kirklees",
    loc=None,
    sector="indoor",
    types=["refused_payment"],
    consent="anon",
    rep=R(wn="Milena"),
    off=O(phones=["07700 900718"]),
    proj="Calder Outreach",
    text=(
        "Reporter moved to Huddersfield from Leeds by herself last month to be nearer her sister, "
        "borrowed money from her sister for the train, and works alone from her own flat. A client "
        "from 07700 900718 refused to pay her. No other concerns."
    ),
)

num(
    id=279,
    inc="2026-12-15T00:10:00Z",
    dist="Bradford",
    loc="Lumb Lane",
    sector="street",
    types=["robbery"],
    consent="share",
    rep=R(name="Kelly Ann Moss", phone="07700 900279"),
    off=O(),
    proj="Bradford Haven Project",
    text=(
        "Punter's number was 07700 900721, mine is 07700 900279. He snatched my bag on Lumb Lane "
        "and pushed me over. Kelly Ann."
    ),
    vi=["07700 900279", "Kelly Ann"],
    oi=[("P", "07700 900721")],
    locs=["Lumb Lane"],
    mo=["violence"],
)

num(
    id=280,
    inc="2026-12-16T01:00:00Z",
    dist="Leeds",
    loc=None,
    sector="indoor",
    types=["sexual_assault", "threats", "filming"],
    consent="share",
    rep=R(
        name="Skye Barker",
        wn="Sky",
        phone="07700 900283",
        addr="2 Nightingale Walk, Leeds LS12 3RP",
    ),
    off=O(
        names=["Nathan"],
        phones=["07700 900724"],
        vehicles=[V("Audi", "Q5", "white", "YM67 TKC")],
    ),
    proj="National Ugly Mugs",
    text=(
        "I've not told anyone this apart from my friend Danielle. He's been a regular for about a "
        "year, calls himself Nathan, rings from 07700 900724. On Saturday he came to mine "
        "(Nightingale Walk) and my son Kai was asleep upstairs so I couldn't shout. He wouldn't "
        "take no and he filmed it. After, he said if I told anyone he'd put the video on my son's "
        "school Facebook page. He drives a white Audi Q5, I saw the reg YM67 TKC. He's about 45, "
        "tall, dark hair going grey, smells of cigarettes. Danielle said to ring you. My number is "
        "07700 900283 but please text first."
    ),
    vi=["Danielle", "Nightingale Walk", "Kai", "07700 900283"],
    ents=[("V", "white Audi Q5")],
    desc=D(sex="male", age_min=43, age_max=47, hair="dark going grey"),
    mo=["blackmail"],
)

# =========================================================================== desktop research
A = "WYP-AUTH-2026-2"  # authority prefix
dr(
    id=101,
    cap="2026-10-02T10:00:00Z",
    ref=A + "01",
    rsr="PC 4471",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/ruby-brand-new-21",
    content=(
        "RUBY ** BRAND NEW ** 21yo, Leeds city centre incall, open 24hrs. New girls every week, "
        "call or WhatsApp 07700 900950. Outcalls available."
    ),
    phones=["07700 900950"],
    loc="Leeds city centre",
    vi=["RUBY"],
    locs=["Leeds city centre"],
    ind=["rotating_workers"],
)

dr(
    id=102,
    cap="2026-10-02T10:20:00Z",
    ref=A + "01",
    rsr="PC 4471",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/scarlett-independent-mature",
    content=(
        "Scarlett, independent mature lady, Roundhay. Verified profile, ten years' experience. I "
        "work alone and by appointment only; text 07700 900951 at least an hour ahead. "
        "scarlett.roundhay@example.com for longer bookings."
    ),
    phones=["07700 900951"],
    loc="Roundhay",
    vi=["Scarlett", "scarlett.roundhay@example.com"],
    locs=["Roundhay"],
)

dr(
    id=103,
    cap="2026-10-03T11:00:00Z",
    ref=A + "01",
    rsr="PC 4471",
    platform="social_media",
    url="https://social.example.org/@luna_lds_x",
    content=(
        "@luna_lds_x: back from holiday!! taking bookings from Monday in LS6, DM me or snap "
        "luna.lds.x. regulars get priority babes x"
    ),
    phones=[],
    loc="LS6",
    vi=["@luna_lds_x", "luna.lds.x"],
    locs=["LS6"],
)

dr(
    id=104,
    cap="2026-10-03T11:30:00Z",
    ref=A + "02",
    rsr="DC 2093",
    platform="classifieds",
    url="https://classifieds.example.net/bradford/massage/22871",
    content=(
        "Thai massage Bradford, relaxing full body, by Mai. Private flat near Forster Square. "
        "Call 0113 496 0910. Genuine massage only."
    ),
    phones=["0113 496 0910"],
    loc="near Forster Square",
    vi=["Mai"],
    locs=["near Forster Square"],
)

dr(
    id=105,
    cap="2026-10-04T09:15:00Z",
    ref=A + "02",
    rsr="DC 2093",
    platform="adult_services_site",
    url="https://adverts.example.com/bradford/lina-new-in-town",
    content=("Lina - new in town, young Romanian, Bradford incall. Text 07700 900952. Only this week!"),
    phones=["07700 900952"],
    loc="Bradford",
    vi=["Lina"],
    locs=["Bradford"],
)

dr(
    id=106,
    cap="2026-10-04T09:40:00Z",
    ref=A + "02",
    rsr="DC 2093",
    platform="adult_services_site",
    url="https://adverts.example.com/wakefield/bella-sexy-22",
    content=("Bella, 22, Wakefield. Sexy, fun, no rush. Incall and outcall. Call 07700900950."),
    phones=["07700900950"],
    loc="Wakefield",
    vi=["Bella"],
    locs=["Wakefield"],
)

dr(
    id=107,
    cap="2026-10-05T14:00:00Z",
    ref=A + "03",
    rsr="PS 1180",
    platform="directory",
    url="https://escortdir.example.net/agency/velvet-angels-leeds",
    content=(
        "Velvet Angels agency, Leeds. Ladies from Romania, Brazil, Hungary and Thailand - "
        "different nationalities every week! All bookings through the agency line "
        "+44 7700 900953. The agency pays for all adverts. Researcher note: the same number "
        "appears on 6 individual profiles on the site."
    ),
    phones=["+44 7700 900953"],
    loc="Leeds",
    locs=["Leeds"],
    ind=[
        "rotating_workers",
        "advert_control",
        "shared_advert_contact",
        "third_party_control",
    ],
)

dr(
    id=108,
    cap="2026-10-05T15:00:00Z",
    ref=A + "03",
    rsr="PS 1180",
    platform="adult_services_site",
    url="https://adverts.example.com/huddersfield/marco-male-escort",
    content=(
        "Marco, male escort for ladies and couples, Huddersfield and Halifax. 07700 900954, "
        "@marco_hd_escort on Twitter."
    ),
    phones=["07700 900954"],
    loc="Huddersfield and Halifax",
    vi=["Marco", "@marco_hd_escort"],
    locs=["Huddersfield and Halifax"],
)

dr(
    id=109,
    cap="2026-10-06T10:00:00Z",
    ref=A + "03",
    rsr="PS 1180",
    platform="lettings",
    url="https://lettings.example.org/listing/88231",
    content=(
        "Furnished flat to let, Bradford BD3, short term, paid weekly cash, no references needed, "
        "'ideal for business use'. Landlord also arranges 'reception staff'. Call Rav on "
        "07700 900955."
    ),
    phones=["07700 900955"],
    loc="Bradford BD3",
    vi=["Rav"],
    locs=["Bradford BD3"],
)

dr(
    id=110,
    cap="2026-10-06T10:30:00Z",
    ref=A + "04",
    rsr="PC 4471",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/sienna-gfe",
    content=(
        "Sienna, 26, GFE, Headingley incall. Independent, my own flat, my own rules. Text "
        "07700 900 956 between 10 and 10."
    ),
    phones=["07700900956"],
    loc="Headingley",
    vi=["Sienna", "07700 900 956"],
    locs=["Headingley"],
)

dr(
    id=111,
    cap="2026-10-07T12:00:00Z",
    ref=A + "04",
    rsr="PC 4471",
    platform="social_media",
    url="https://social.example.org/posts/447120",
    content=(
        "WARNING GIRLS: man calling himself Steve, number 07700 900730, books outcalls in "
        "Dewsbury then robs you at the door. Grey hoodie, big lad. Stay safe x - posted by "
        "@kirklees_angel"
    ),
    phones=[],
    loc="Dewsbury",
    vi=["@kirklees_angel"],
    oi=[("P", "07700 900730"), ("N", "Steve")],
    locs=["Dewsbury"],
    mo=["robbery"],
    desc=D(sex="male", build="big lad", clothing="grey hoodie"),
)

dr(
    id=112,
    cap="2026-10-07T13:20:00Z",
    ref=A + "04",
    rsr="PC 4471",
    platform="adult_services_site",
    url="https://adverts.example.com/calderdale/destiny-halifax",
    content="Destiny, Halifax, curvy and fun. 07700 900957. Incall only.",
    phones=["07700 900957"],
    loc="Halifax",
    vi=["Destiny"],
    locs=["Halifax"],
)

dr(
    id=113,
    cap="2026-10-08T09:00:00Z",
    ref=A + "05",
    rsr="DC 2093",
    platform="newspaper",
    url=None,
    content=(
        "Personal services, Yorkshire Evening Courier classifieds: 'Exotic ladies, "
        "Wakefield, discreet, call 0113 496 0913.'"
    ),
    phones=["0113 496 0913"],
    loc="Wakefield",
    locs=["Wakefield"],
)

dr(
    id=114,
    cap="2026-10-08T09:30:00Z",
    ref=A + "05",
    rsr="DC 2093",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/paris-french-elegance",
    content=(
        "Paris - French elegance in Leeds. 30yo, educated, dinner dates and overnights. Contact "
        "me at paris.elegance@example.net or 07700 900958."
    ),
    phones=["07700 900958"],
    loc="Leeds",
    vi=["Paris", "paris.elegance@example.net"],
    locs=["Leeds"],
)

dr(
    id=115,
    cap="2026-10-09T10:00:00Z",
    ref=A + "05",
    rsr="DC 2093",
    platform="adult_services_site",
    url="https://adverts.example.com/bradford/mia-just-arrived",
    content=("Mia, just arrived, young and sweet, Bradford city. +44 7700 900950. Available now."),
    phones=["+44 7700 900950"],
    loc="Bradford city",
    vi=["Mia"],
    locs=["Bradford city"],
)

dr(
    id=116,
    cap="2026-10-09T11:15:00Z",
    ref=A + "06",
    rsr="PS 1180",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/bella-ts-leeds",
    content=(
        "TS Bella, Brazilian, Leeds LS7, versatile, genuine photos. Text 07700 900959 or find "
        "me on OnlyFans as bellats_leeds."
    ),
    phones=["07700 900959"],
    loc="Leeds LS7",
    vi=["Bella", "bellats_leeds"],
    locs=["Leeds LS7"],
)

dr(
    id=117,
    cap="2026-10-10T13:00:00Z",
    ref=A + "06",
    rsr="PS 1180",
    platform="adult_services_site",
    url="https://adverts.example.com/wakefield/kim-asian-new",
    content=(
        "Kim, new Asian girl, 20, Wakefield. Text only 07700 900960. Researcher note: Kim could "
        "not change her own advert - when contacted by an outreach worker through the site a "
        "man replied that 'the boss writes the ads'."
    ),
    phones=["07700 900960"],
    loc="Wakefield",
    vi=["Kim"],
    locs=["Wakefield"],
    ind=["advert_control", "third_party_control", "speaks_for_worker"],
)

dr(
    id=118,
    cap="2026-10-10T14:00:00Z",
    ref=A + "06",
    rsr="PS 1180",
    platform="social_media",
    url="https://social.example.net/u/cherry_bomb_bfd",
    content=(
        "cherry_bomb_bfd: outcalls only this week, Bradford & Keighley. snap me cherrybomb.bfd or text 07700 900961 xx"
    ),
    phones=["07700 900961"],
    loc="Bradford & Keighley",
    vi=["cherry_bomb_bfd", "cherrybomb.bfd"],
    locs=["Bradford & Keighley"],
)

dr(
    id=119,
    cap="2026-10-11T09:45:00Z",
    ref=A + "07",
    rsr="PC 4471",
    platform="classifieds",
    url="https://classifieds.example.com/jobs/hostess-22093",
    content=(
        "Hostess wanted, Leeds, £1,000+ per week, accommodation provided, travel from abroad "
        "paid and repaid from earnings, no experience needed, must be 18-25. Apply by WhatsApp "
        "07700 900962."
    ),
    phones=["07700 900962"],
    loc="Leeds",
    locs=["Leeds"],
    ind=["debt_bondage"],
)

dr(
    id=120,
    cap="2026-10-11T10:10:00Z",
    ref=A + "07",
    rsr="PC 4471",
    platform="adult_services_site",
    url="https://adverts.example.com/kirklees/summer-batley",
    content="Summer, Batley, 34, mum of two, discreet daytime bookings only. 07700 900963.",
    phones=["07700 900963"],
    loc="Batley",
    vi=["Summer"],
    locs=["Batley"],
)

dr(
    id=121,
    cap="2026-10-12T12:30:00Z",
    ref=A + "07",
    rsr="PC 4471",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/crystal-and-jade-duo",
    content=(
        "Crystal & Jade - best friends duo, Leeds city centre. We work together from our own "
        "apartment. Crystal 07700 900964, Jade 07700 900965."
    ),
    phones=["07700 900964", "07700 900965"],
    loc="Leeds city centre",
    vi=["Crystal", "Jade"],
    locs=["Leeds city centre"],
)

dr(
    id=122,
    cap="2026-10-13T10:00:00Z",
    ref=A + "08",
    rsr="DC 2093",
    platform="directory",
    url="https://escortdir.example.net/listing/halifax-independents",
    content=(
        "Halifax independents list: Roxy (07700 900966), Angel (07700 900967), Chanel "
        "(07700 900968). All independent, verified by the site."
    ),
    phones=["07700 900966", "07700 900967", "07700 900968"],
    loc="Halifax",
    vi=["Roxy", "Angel", "Chanel"],
    locs=["Halifax"],
)

dr(
    id=123,
    cap="2026-10-13T11:00:00Z",
    ref=A + "08",
    rsr="DC 2093",
    platform="adult_services_site",
    url="https://adverts.example.com/bradford/alina-sofia-nikita",
    content=(
        "Alina, Sofia and Nikita - three new girls at one Bradford address this week, next week "
        "different girls. All bookings 07700 900969. Researcher note: the account has posted 11 "
        "adverts with 4 different contact numbers in a month; the same photos appear under "
        "other names in Sheffield."
    ),
    phones=["07700 900969"],
    loc="Bradford",
    vi=["Alina", "Sofia", "Nikita"],
    locs=["Bradford"],
    ind=[
        "rotating_workers",
        "shared_advert_contact",
        "moved_between_places",
        "third_party_control",
    ],
)

dr(
    id=124,
    cap="2026-10-14T09:00:00Z",
    ref=A + "08",
    rsr="DC 2093",
    platform="social_media",
    url="https://social.example.org/@yorkshire_sw_safety",
    content=(
        "@yorkshire_sw_safety: reminder, Kirkgate drop-in is Tuesdays, and if you're hurt ring 999. "
        "Non-emergency 101. NHS 111 for health advice. You can report anonymously to NUM."
    ),
    phones=[],
    loc=None,
    vi=["@yorkshire_sw_safety"],
)

dr(
    id=125,
    cap="2026-10-14T10:00:00Z",
    ref=A + "09",
    rsr="PS 1180",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/leo-gay-masseur",
    content=("Leo, 28, gay masseur, Leeds LS2 incall. leo.massage.lds@example.com, 020 7946 0915."),
    phones=["020 7946 0915"],
    loc="Leeds LS2",
    vi=["Leo", "leo.massage.lds@example.com"],
    locs=["Leeds LS2"],
)

dr(
    id=126,
    cap="2026-10-15T13:00:00Z",
    ref=A + "09",
    rsr="PS 1180",
    platform="adult_services_site",
    url="https://adverts.example.com/wakefield/angel-28",
    content="Angel, 28, slim, Wakefield incall, no texts, calls only 07700 900970.",
    phones=["07700 900970"],
    loc="Wakefield",
    vi=["Angel"],
    locs=["Wakefield"],
)

dr(
    id=127,
    cap="2026-10-15T13:30:00Z",
    ref=A + "09",
    rsr="PS 1180",
    platform="classifieds",
    url="https://classifieds.example.net/massage/leeds/31102",
    content=("Oriental massage, Leeds LS9, friendly staff, open late. Call 077009 00950."),
    phones=["077009 00950"],
    loc="Leeds LS9",
    locs=["Leeds LS9"],
)

dr(
    id=128,
    cap="2026-10-16T10:00:00Z",
    ref=A + "10",
    rsr="DC 2093",
    platform="adult_services_site",
    url="https://adverts.example.com/bradford/yuki-japanese",
    content=("Yuki, Japanese student, Bradford. Limited English, text only 07700 900971. Genuine, independent."),
    phones=["07700 900971"],
    loc="Bradford",
    vi=["Yuki"],
    locs=["Bradford"],
    ind=["limited_english"],
)

dr(
    id=129,
    cap="2026-10-16T11:40:00Z",
    ref=A + "10",
    rsr="DC 2093",
    platform="lettings",
    url="https://lettings.example.com/rooms/20781",
    content=(
        "Room available, Leeds LS11, bills included, £150 per week, professional female "
        "preferred. Contact Gary 0113 496 0916."
    ),
    phones=["0113 496 0916"],
    loc="Leeds LS11",
    vi=["Gary"],
    locs=["Leeds LS11"],
)

dr(
    id=130,
    cap="2026-10-17T09:20:00Z",
    ref=A + "10",
    rsr="DC 2093",
    platform="social_media",
    url="https://social.example.net/posts/882340",
    content=(
        "Beware: punter using Snapchat @daveyboi_wf and number 07700 900736 sending fake bank "
        "screenshots for outcalls in Wakefield. Posted by a worker who asked not to be named."
    ),
    phones=[],
    loc="Wakefield",
    oi=[("H", "@daveyboi_wf"), ("P", "07700 900736")],
    locs=["Wakefield"],
    mo=["fraud_scam"],
)

dr(
    id=131,
    cap="2026-10-18T10:00:00Z",
    ref=A + "11",
    rsr="PC 4471",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/autumn-curvy",
    content="Autumn, curvy blonde, Kirkstall, home incall, parking available. Text 07700 900972.",
    phones=["07700 900972"],
    loc="Kirkstall",
    vi=["Autumn"],
    locs=["Kirkstall"],
)

dr(
    id=132,
    cap="2026-10-18T11:00:00Z",
    ref=A + "11",
    rsr="PC 4471",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/tiffany-party",
    content=(
        "Tiffany, party girl, 24/7, Leeds. Bookings via my manager on 07700 900973; he "
        "drives me to outcalls. Please don't ring after midnight."
    ),
    phones=["07700 900973"],
    loc="Leeds",
    vi=["Tiffany"],
    locs=["Leeds"],
    ind=["speaks_for_worker", "transported_by_other", "third_party_control"],
)

dr(
    id=133,
    cap="2026-10-19T09:00:00Z",
    ref=A + "11",
    rsr="PC 4471",
    platform="other",
    url="https://forum.example.org/threads/leeds-reviews/page-12",
    content=("Review forum post: 'saw Diamond at the Armley flat, she said her phone is 0113 496 0917, lovely girl'."),
    phones=["0113 496 0917"],
    loc="the Armley flat",
    vi=["Diamond"],
    locs=["the Armley flat"],
)

dr(
    id=134,
    cap="2026-10-19T10:00:00Z",
    ref=A + "12",
    rsr="DC 2093",
    platform="adult_services_site",
    url="https://adverts.example.com/calderdale/brooke-sowerby",
    content=(
        "Brooke, 31, Sowerby Bridge. Quiet, discreet, independent. Email brooke.sb@example.com or call (0113) 496 0918."
    ),
    phones=["01134960918"],
    loc="Sowerby Bridge",
    vi=["Brooke", "brooke.sb@example.com", "(0113) 496 0918"],
    locs=["Sowerby Bridge"],
)

dr(
    id=135,
    cap="2026-10-20T14:00:00Z",
    ref=A + "12",
    rsr="DC 2093",
    platform="adult_services_site",
    url="https://adverts.example.com/kirklees/candy-and-friends",
    content=(
        "Candy and friends, Dewsbury. New faces weekly. Flat 2, 18 Wellington Street, Dewsbury - "
        "ring the top bell. 07700 900974. Researcher note: payment for this advert is made from "
        "the same card as 3 others in Leeds."
    ),
    phones=["07700 900974"],
    loc="Dewsbury",
    vi=["Candy", "Flat 2, 18 Wellington Street"],
    locs=["Dewsbury"],
    ind=["rotating_workers", "advert_control", "third_party_control"],
)

dr(
    id=136,
    cap="2026-10-21T09:10:00Z",
    ref=A + "12",
    rsr="DC 2093",
    platform="social_media",
    url="https://social.example.com/@sydney_sweet_lds",
    content=("@sydney_sweet_lds: Sydney here, fully booked tonight, free tomorrow from 2pm in Chapel Allerton x"),
    phones=[],
    loc="Chapel Allerton",
    vi=["@sydney_sweet_lds", "Sydney"],
    locs=["Chapel Allerton"],
)

dr(
    id=137,
    cap="2026-10-22T12:00:00Z",
    ref=A + "13",
    rsr="PS 1180",
    platform="adult_services_site",
    url="https://adverts.example.com/leeds/natasha-new",
    content=(
        "Natasha, new, 19, Leeds. Call 07700-900-975. Researcher note: identical text and "
        "photos, with the same number, are on four other adverts under different names in Leeds "
        "and Wakefield."
    ),
    phones=["07700-900-975"],
    loc="Leeds",
    vi=["Natasha"],
    locs=["Leeds"],
    ind=["shared_advert_contact"],
)

dr(
    id=138,
    cap="2026-10-22T13:00:00Z",
    ref=A + "13",
    rsr="PS 1180",
    platform="adult_services_site",
    url="https://adverts.example.com/bradford/sky-independent",
    content="Sky, independent, Shipley. Genuine pics, no rush. 0044 7700 900976.",
    phones=["0044 7700 900976"],
    loc="Shipley",
    vi=["Sky"],
    locs=["Shipley"],
)

dr(
    id=139,
    cap="2026-10-23T10:00:00Z",
    ref=A + "13",
    rsr="PS 1180",
    platform="directory",
    url="https://escortdir.example.net/listing/wakefield-companions",
    content=(
        "Wakefield Companions directory listing: Chloe, Amber and Zara, each with her own "
        "profile and phone; Chloe 07700 900977, Amber 07700 900978, Zara 07700 900979."
    ),
    phones=["07700 900977", "07700 900978", "07700 900979"],
    loc="Wakefield",
    vi=["Chloe", "Amber", "Zara"],
    locs=["Wakefield"],
)

dr(
    id=140,
    cap="2026-10-24T09:00:00Z",
    ref=A + "14",
    rsr="DC 2093",
    platform="classifieds",
    url="https://classifieds.example.org/personals/7720",
    content=("Open-minded lady, Pudsey, seeks generous gentlemen. Text Jasmine 07700 900980. Own place, no agencies."),
    phones=["07700 900980"],
    loc="Pudsey",
    vi=["Jasmine"],
    locs=["Pudsey"],
)

# =========================================================================== partner
ps(
    id=201,
    at="2026-10-02T16:00:00Z",
    pname="Kirkgate Women's Project",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Kayleigh"),
    off=O(),
    text=(
        "On the outreach van last night Kayleigh told us a man robbed her on Water Lane on Sunday. "
        "She said he had texted her from 07700 900739 to arrange to meet, then grabbed her purse and "
        "pushed her into the railings. She said he was white, about 30, with a neck tattoo of a "
        "star. She doesn't want police contact."
    ),
    vi=["Kayleigh"],
    oi=[("P", "07700 900739")],
    locs=["Water Lane"],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=28,
        age_max=32,
        marks=["neck tattoo of a star"],
    ),
    mo=["robbery", "violence"],
)

ps(
    id=202,
    at="2026-10-03T11:30:00Z",
    pname="Leeds ISVA Service",
    ptype="isva",
    consent="formal",
    subj=R(
        name="Gemma Sutcliffe",
        phone="07700 900301",
        dob="1988-02-14",
        addr="11 Cromwell Mount, Leeds LS9 7PD",
    ),
    off=O(
        names=["Craig Binns"],
        phones=["07700 900742"],
        desc="White male, 45, 6ft 2, heavy build, shaved head, scar through left eyebrow",
    ),
    text=(
        "Referral from the ISVA service. Client Gemma Sutcliffe (DOB 14/02/1988), 11 Cromwell Mount, "
        "LS9 7PD, reports being raped by a regular client, Craig Binns, at his flat in Seacroft on "
        "29 September. Binns has her home address and has texted from 07700 900742 saying 'don't "
        "even think about it'. Gemma wishes to make a formal report and has consented to the ISVA "
        "sharing her details. Best contact: ISVA on 0113 496 0880, or Gemma on 07700 900301 "
        "(text first)."
    ),
    vi=[
        "Gemma Sutcliffe",
        "14/02/1988",
        "11 Cromwell Mount",
        "LS9 7PD",
        "Gemma",
        "07700 900301",
    ],
    oi=[("N", "Binns")],
    locs=["his flat in Seacroft"],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=45,
        age_max=45,
        height_cm=188,
        build="heavy",
        hair="shaved head",
        marks=["scar through left eyebrow"],
    ),
    mo=["sexual_assault", "threats"],
)

ps(
    id=203,
    at="2026-10-04T09:00:00Z",
    pname="West Yorkshire SARC",
    ptype="sarc",
    consent="share",
    subj=R(name="Amber Goodwin", wn="Amber", phone="07700 900304"),
    off=O(
        phones=["07700 900745"],
        vehicles=[V("Vauxhall", "Zafira", "silver", "YR65 UBT")],
    ),
    text=(
        "Amber attended the SARC on 3 October after a sexual assault in a car on Cemetery Road, "
        "Bradford. The man drove a silver Vauxhall Zafira, YR65 UBT, and had called her from "
        "07700 900745. Forensic samples held. Amber has asked that any police contact comes through "
        "the SARC; her number for the SARC is +44 7700 900304."
    ),
    vi=["Amber", "+44 7700 900304"],
    locs=["Cemetery Road"],
    ents=[("V", "silver Vauxhall Zafira")],
    mo=["sexual_assault"],
)

ps(
    id=204,
    at="2026-10-05T14:00:00Z",
    pname="Bradford Recovery Hub",
    ptype="drug_alcohol",
    consent="anon",
    subj=R(name="Stacey"),
    off=O(names=["Liam"]),
    text=(
        "Stacey's key worker is concerned. Stacey says her boyfriend Liam injects her with heroin "
        "when she's 'not in the mood' to work, sends her out on Lumb Lane every night and takes all "
        "her money. He also sells to other women on the lane. Stacey is fearful and would not "
        "consent to more than anonymous intelligence."
    ),
    vi=["Stacey"],
    locs=["Lumb Lane"],
    mo=["drugging"],
    ind=["forced_drug_use", "third_party_control", "drugs_supply", "fearful_subdued"],
)

ps(
    id=205,
    at="2026-10-06T10:45:00Z",
    pname="Calder Housing Support",
    ptype="housing",
    consent="anon",
    subj=R(name="Michelle Hirst", addr="Flat 12, Prince Albert House, Halifax HX1 1TL"),
    off=O(names=["Jonno"], phones=["07700 900748"]),
    text=(
        "Our tenant Michelle Hirst at Prince Albert House says a man called Jonno has taken over her "
        "flat. He deals from it and brings different women there to see men; he keeps the money and "
        "the women sleep on the floor. She is scared to say no. Jonno's phone is 07700 900748."
    ),
    vi=["Michelle Hirst", "Prince Albert House"],
    ind=[
        "drugs_supply",
        "third_party_control",
        "living_at_premises",
        "rotating_workers",
        "fearful_subdued",
    ],
)

ps(
    id=206,
    at="2026-10-07T15:30:00Z",
    pname="Aire Valley Sexual Health",
    ptype="health",
    consent="anon",
    subj=None,
    off=O(desc="Man, 40s, Eastern European accent, gold chain"),
    text=(
        "A young woman attended the clinic with a man who said he was her 'cousin'. He answered "
        "every question, would not leave the room and paid for the appointment. She looked "
        "exhausted and would not make eye contact. He gave her name as Anna and a phone number, "
        "07700 900751, which he said was hers, but his own phone rang when staff called it."
    ),
    vi=["Anna", "07700 900751"],
    desc=D(
        sex="male",
        age_min=40,
        age_max=49,
        accent="eastern european",
        clothing="gold chain",
    ),
    ind=["speaks_for_worker", "fearful_subdued"],
)

ps(
    id=207,
    at="2026-10-08T12:00:00Z",
    pname="Yorkshire Probation",
    ptype="statutory",
    consent="anon",
    subj=None,
    off=O(names=["Kevin Dobson"], vehicles=[V("Ford", "Fiesta", "red", "YF12 MXW")]),
    text=(
        "Information sharing: Kevin Dobson, on licence for offences against sex workers, is believed "
        "to be visiting the Holbeck area again in a red Ford Fiesta, YF12 MXW, in breach of his "
        "licence conditions. Shared so that the liaison officer can warn the project."
    ),
    locs=["the Holbeck area"],
    ents=[("V", "red Ford Fiesta")],
)

ps(
    id=208,
    at="2026-10-09T10:20:00Z",
    pname="Kirklees Outreach",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Bambi"),
    off=O(phones=["07700 900754"]),
    text="Bambi asked us to pass on a timewaster: 07700 900754 books and never turns up. Nothing else.",
    mo=["timewaster"],
)

ps(
    id=209,
    at="2026-10-09T16:40:00Z",
    pname="Wakefield Lantern Project",
    ptype="outreach",
    consent="share",
    subj=R(name="Nicola Firth", phone="07700 900309"),
    off=O(),
    text=(
        "Nicola is getting repeat hoax bookings from 020 7946 0757 and would like to talk to the "
        "liaison officer about it. No threats, no other harm."
    ),
    vi=["Nicola"],
    oi=[("P", "020 7946 0757")],
    mo=["timewaster"],
)

ps(
    id=210,
    at="2026-10-10T13:00:00Z",
    pname="Leeds ISVA Service",
    ptype="isva",
    consent="formal",
    subj=R(name="Jade Farrar", phone="07700 900312"),
    off=O(phones=["07700-900481"], vehicles=[V("Ford", "Focus", "silver", None)]),
    text=(
        "ISVA supporting Jade following a rape in a silver Ford Focus after she was picked up on "
        "Kirkstall Road. The man had booked from 07700-900481. Jade has seen the NUM alert for this "
        "number and wants to make a formal report."
    ),
    vi=["Jade"],
    locs=["Kirkstall Road"],
    ents=[("V", "silver Ford Focus")],
    mo=["sexual_assault"],
)

ps(
    id=211,
    at="2026-10-11T11:00:00Z",
    pname="Leeds Migrant Support",
    ptype="other",
    consent="anon",
    subj=R(name="Thi Lan", wn="Lana"),
    off=None,
    text=(
        "Thi Lan is Vietnamese with limited English. She works independently, rents her own flat and "
        "came to us for help with a housing benefit form. She reported no problems with anyone. "
        "Shared only so the liaison officer knows there is a new independent worker in the area."
    ),
    vi=["Thi Lan"],
    ind=["limited_english"],
)

ps(
    id=212,
    at="2026-10-12T09:30:00Z",
    pname="Calderdale Recovery Service",
    ptype="drug_alcohol",
    consent="share",
    subj=R(name="Leanne Pickles", phone="07700 900315"),
    off=O(names=["Tank"], phones=["07700 900761"]),
    text=(
        "Leanne owes a dealer known as Tank £800 for crack. He has told her she'll work it off by "
        "seeing his mates, and he has said he'll 'do' her kids if she doesn't. Tank rings her from "
        "07700 900761. Leanne agrees to police contact via her key worker."
    ),
    vi=["Leanne"],
    mo=["threats"],
    ind=["debt_bondage", "drugs_supply", "third_party_control", "threats_to_family"],
)

ps(
    id=213,
    at="2026-10-13T14:00:00Z",
    pname="Kirkgate Women's Project",
    ptype="outreach",
    consent="anon",
    subj=None,
    off=O(vehicles=[V("Volkswagen", "Transporter", "white", "YB67 NXL")]),
    text=(
        "Four women on Water Lane told outreach that a white VW Transporter, YB67 NXL, parks up most "
        "nights and the driver films them and the men who stop. He shouts 'smile for Facebook'. "
        "Nobody has been touched."
    ),
    locs=["Water Lane"],
    ents=[("V", "white VW Transporter", "white volkswagen transporter")],
    mo=["filming", "harassment_stalking"],
)

ps(
    id=214,
    at="2026-10-14T12:15:00Z",
    pname="Leeds Housing Options",
    ptype="housing",
    consent="share",
    subj=R(
        name="Chantelle Moore",
        phone="07700 900318",
        addr="Flat 3, 40 Gladstone Road, Leeds LS12 4HN",
    ),
    off=O(names=["Ryan Cole"]),
    text=(
        "Chantelle's ex-partner Ryan Cole, who used to take her earnings, has found her new flat on "
        "Gladstone Road and has been banging on the door at night, saying he'll 'sort her out' if "
        "she doesn't come back to work for him. She wants police contact via Housing Options."
    ),
    vi=["Chantelle", "Gladstone Road"],
    mo=["threats", "harassment_stalking"],
    ind=["third_party_control"],
)

ps(
    id=215,
    at="2026-10-15T10:00:00Z",
    pname="Bradford Haven Project",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Sapphire"),
    off=O(phones=["07700 900763"]),
    text=(
        "Sapphire travels between Leeds and Bradford by herself to work, choosing the best nights, "
        "and manages her own adverts and money. She wanted us to log a client from 07700 900763 who "
        "refused to pay after a Bradford incall."
    ),
    vi=["Sapphire"],
    mo=["refused_payment"],
)

ps(
    id=216,
    at="2026-10-16T15:00:00Z",
    pname="West Yorkshire SARC",
    ptype="sarc",
    consent="formal",
    subj=R(name="Callum Ward", wn="Cal", phone="07700 900321"),
    off=O(names=["Simon"], handles=["@simon_lds_top"]),
    text=(
        "Callum, a male sex worker, attended the SARC after being sexually assaulted by a client, "
        "'Simon', who he met on Grindr (@simon_lds_top) and visited at a flat in Leeds Dock. Callum "
        "wants to report formally."
    ),
    vi=["Callum"],
    locs=["a flat in Leeds Dock"],
    mo=["sexual_assault"],
)

ps(
    id=217,
    at="2026-10-17T11:10:00Z",
    pname="Aire Valley Sexual Health",
    ptype="health",
    consent="share",
    subj=R(name="Jordan Hale", wn="Jojo", phone="07700 900324"),
    off=O(phones=["07700 900766"], desc="Male, 30s, very tall, muscular, shaved head"),
    text=(
        "Jojo (Jordan) is a trans woman. She told the nurse that a client from 07700 900766 "
        "strangled her during a booking in Kirkstall last week 'because she wasn't a real woman'. "
        "Bruising seen. Very tall, muscular, shaved head, 30s. She agrees to the clinic passing her "
        "details to the liaison officer."
    ),
    vi=["Jojo", "Jordan"],
    locs=["Kirkstall"],
    desc=D(sex="male", age_min=30, age_max=39, build="muscular", hair="shaved head"),
    mo=["violence", "hate_abuse"],
)

ps(
    id=218,
    at="2026-10-18T13:45:00Z",
    pname="Kirklees Outreach",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Kasia"),
    off=O(names=["Oleg"]),
    text=(
        "Kasia told outreach that her friend Oksana, who works at a flat in Batley, told her a man "
        "called Oleg keeps Oksana's ID card and that Oksana has to give him her phone at night. "
        "Kasia herself works independently and has no concerns for herself."
    ),
    vi=["Kasia", "Oksana"],
    locs=["a flat in Batley"],
    ind=["documents_held", "restricted_movement", "third_party_control"],
)

ps(
    id=219,
    at="2026-10-19T10:30:00Z",
    pname="Leeds ISVA Service",
    ptype="isva",
    consent="share",
    subj=R(name="Precious Obi", phone="07700 900327"),
    off=O(names=["Stuart"], phones=["07700 900769"]),
    text=(
        "Precious says a regular client, Stuart (07700 900769), took the condom off and refused to "
        "stop when she asked. She is receiving ISVA support and would like the liaison officer to "
        "contact her via the ISVA."
    ),
    vi=["Precious"],
    mo=["condom_removal", "sexual_assault"],
)

ps(
    id=220,
    at="2026-10-20T16:00:00Z",
    pname="Kirkgate Women's Project",
    ptype="outreach",
    consent="anon",
    subj=None,
    off=O(),
    text=(
        "General intelligence from the drop-in: several women say a man offering 'free lifts home' "
        "from Holbeck in a black Seat Leon, YL17 OPC, has driven two of them to Garforth and "
        "refused to let them out until they had sex with him."
    ),
    oi=[("R", "YL17 OPC")],
    locs=["Holbeck", "Garforth"],
    ents=[("V", "black Seat Leon")],
    mo=["abduction", "sexual_assault"],
)

ps(
    id=221,
    at="2026-10-21T10:00:00Z",
    pname="Bradford Haven Project",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Gina"),
    off=O(names=["Mr Patel"], phones=["0113 496 0772"]),
    text=(
        "Gina says the landlord of the flat she works from, who she knows as Mr Patel (0113 496 0772), "
        "has started demanding £200 a week on top of rent 'for security' and says his boys will "
        "smash the place up if she doesn't pay."
    ),
    vi=["Gina"],
    mo=["threats"],
    ind=["protection_money"],
)

ps(
    id=222,
    at="2026-10-22T14:30:00Z",
    pname="Leeds ISVA Service",
    ptype="isva",
    consent="formal",
    subj=R(
        name="Paris Whitaker",
        wn="Paris",
        phone="07700 900330",
        email="p.whitaker@example.com",
    ),
    off=O(
        names=["Greg"],
        phones=["07700 900775"],
        emails=["greg.t.leeds@example.org"],
        vehicles=[V("Tesla", "Model 3", "white", "YE23 KVB")],
    ),
    text=(
        "Paris is being supported after a sexual assault at an outcall in Alwoodley. The client, "
        "Greg, booked by email (greg.t.leeds@example.org) and phone (07700 900775) and drives a "
        "white Tesla Model 3, YE23 KVB. She wants a formal report. She prefers email contact: "
        "p.whitaker@example.com."
    ),
    vi=["Paris", "p.whitaker@example.com"],
    locs=["Alwoodley"],
    ents=[("V", "white Tesla Model 3")],
    mo=["sexual_assault"],
)

ps(
    id=223,
    at="2026-10-23T09:15:00Z",
    pname="Wakefield Lantern Project",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Mimi"),
    off=O(),
    text=(
        "Mimi is Chinese, speaks little English and was very quiet. Through a phone interpreter she "
        "said she works with one other woman, they both chose to come here, they keep their own "
        "money and passports, and she just wanted condoms and a health check. No concerns raised "
        "by her; staff noted she seemed tired."
    ),
    vi=["Mimi"],
    ind=["limited_english"],
)

ps(
    id=224,
    at="2026-10-24T12:00:00Z",
    pname="Calder Outreach",
    ptype="outreach",
    consent="share",
    subj=R(name="Brooke Ashworth", wn="Brooke", phone="07700 900333"),
    off=O(names=["Dazza"], handles=["@dazza_hfx"]),
    text=(
        "Brooke says a man called Dazza (Snapchat @dazza_hfx) spat at her and called her a 'tranny "
        "whore' outside the Halifax Piece Hall last Friday, then messaged her on Snapchat that he'd "
        "be 'waiting next time'. She's happy for the liaison officer to contact her on 07700 900333."
    ),
    vi=["Brooke", "07700 900333"],
    locs=["outside the Halifax Piece Hall"],
    mo=["hate_abuse", "violence", "threats"],
)

ps(
    id=225,
    at="2026-10-25T10:40:00Z",
    pname="Leeds City Council Safeguarding",
    ptype="statutory",
    consent="anon",
    subj=None,
    off=O(names=["Demir"], vehicles=[V("Audi", "A6", "black", "YT70 RRV")]),
    text=(
        "Environmental health visit to a massage parlour on Harehills Lane found five women living "
        "upstairs. Staff said the owner, Demir, keeps their passports 'safe' and drives them in a "
        "black Audi A6 (YT70 RRV) to a second premises in Bradford on weekends. None of the women "
        "gave names."
    ),
    locs=["a massage parlour on Harehills Lane"],
    ents=[("V", "black Audi A6")],
    ind=[
        "living_at_premises",
        "documents_held",
        "transported_by_other",
        "moved_between_places",
        "third_party_control",
    ],
)

ps(
    id=226,
    at="2026-10-26T15:00:00Z",
    pname="Kirkgate Women's Project",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Rio"),
    off=O(phones=["07700 900778"]),
    text=(
        "rio says the guy from 07700 900778 paid with a fake bank transfer again, third time hes "
        "done it to girls at the flat on Tong Road. no violence. she dont want contact"
    ),
    vi=["rio"],
    locs=["the flat on Tong Road"],
    mo=["fraud_scam"],
)

ps(
    id=227,
    at="2026-10-27T11:20:00Z",
    pname="Bradford Recovery Hub",
    ptype="drug_alcohol",
    consent="share",
    subj=R(name="Tracey Lumb", phone="07700 900336"),
    off=O(),
    text=(
        "Tracey wants it known that a punter who calls himself 'the Doc' offered her diazepam before "
        "a booking in his car on Thornton Road and she woke up with her jeans off and her money "
        "gone. His number is 07700 900781 and he drives a green Skoda Fabia. She's happy to talk to "
        "the liaison officer."
    ),
    vi=["Tracey"],
    oi=[("N", "the Doc"), ("P", "07700 900781")],
    locs=["Thornton Road"],
    ents=[("V", "green Skoda Fabia")],
    mo=["drugging", "sexual_assault", "theft"],
)

ps(
    id=228,
    at="2026-10-28T14:00:00Z",
    pname="Calder Housing Support",
    ptype="housing",
    consent="anon",
    subj=R(name="Danielle Crowther", addr="27 Peel Street, Brighouse HD6 1RE"),
    off=O(),
    text=(
        "Danielle, our tenant at 27 Peel Street, says a client she refused to see again has been "
        "posting her address and real name in online reviews. He posts as 'HonestPunter77'."
    ),
    vi=["Danielle", "27 Peel Street"],
    oi=[("H", "HonestPunter77")],
    mo=["harassment_stalking"],
)

ps(
    id=229,
    at="2026-10-29T09:00:00Z",
    pname="Leeds Migrant Support",
    ptype="other",
    consent="share",
    subj=R(name="Ana Popescu", wn="Bianca", phone="07700 900339"),
    off=O(names=["Cristian"], phones=["07700 900784"]),
    text=(
        "Ana says a man called Cristian brought her from Romania, saying she owed him £5,000 for the "
        "flights and the flat. He moved her between flats in Leeds, Bradford and Sheffield, took her "
        "phone at night and said his friends in her village would hurt her mother if she left. He "
        "uses 07700 900784. Ana has left and wants to speak to police through us."
    ),
    vi=["Ana"],
    mo=["threats"],
    ind=[
        "debt_bondage",
        "moved_between_places",
        "restricted_movement",
        "threats_to_family",
        "third_party_control",
    ],
)

ps(
    id=230,
    at="2026-10-30T13:30:00Z",
    pname="Kirklees Outreach",
    ptype="outreach",
    consent="anon",
    subj=None,
    off=O(),
    text=(
        "Timewaster passed on by several workers in Huddersfield: someone keeps booking from "
        "07700 900787 under different names and not turning up."
    ),
    oi=[("P", "07700 900787")],
    mo=["timewaster"],
)

ps(
    id=231,
    at="2026-10-31T10:10:00Z",
    pname="West Yorkshire SARC",
    ptype="sarc",
    consent="share",
    subj=R(name="Sydney Clegg", phone="07700 900342"),
    off=O(desc="White male, early 40s, 5ft 9, beer belly, wedding ring, Yorkshire accent"),
    text=(
        "Sydney attended after a rape at the Crown Point car park. The man had phoned her from "
        "withheld but she saw his reg: YC70 KJU, a blue Hyundai i30. White male, early 40s, about "
        "5ft 9, beer belly, wedding ring, Yorkshire accent. Contact via the SARC."
    ),
    vi=["Sydney"],
    oi=[("R", "YC70 KJU")],
    locs=["the Crown Point car park"],
    ents=[("V", "blue Hyundai i30")],
    desc=D(
        sex="male",
        ethnicity="white",
        age_min=40,
        age_max=43,
        height_cm=175,
        build="beer belly",
        accent="yorkshire",
        marks=["wedding ring"],
    ),
    mo=["sexual_assault"],
)

ps(
    id=232,
    at="2026-11-01T16:20:00Z",
    pname="Bradford Haven Project",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Tia"),
    off=O(),
    text=(
        "Tia said the man who attacked her last week was not armed - 'no knife, nothing, just his "
        "fists'. He punched her on Lumb Lane when she refused to get in his car. He rang her "
        "afterwards from 07700 900790 to apologise."
    ),
    vi=["Tia"],
    oi=[("P", "07700 900790")],
    locs=["Lumb Lane"],
    mo=["violence"],
)

ps(
    id=233,
    at="2026-11-02T11:00:00Z",
    pname="Aire Valley Sexual Health",
    ptype="health",
    consent="anon",
    subj=None,
    off=O(),
    text=(
        "Three women registered at the clinic this month all gave the same mobile number, "
        "07700 900793, and the same address in Bradford. A man waited in the car each time, "
        "collected them and asked staff what they had said."
    ),
    vi=["07700 900793"],
    ind=["speaks_for_worker", "transported_by_other", "living_at_premises"],
)

ps(
    id=234,
    at="2026-11-03T15:40:00Z",
    pname="Wakefield Lantern Project",
    ptype="outreach",
    consent="formal",
    subj=R(name="Chelsea Pearson", phone="07700 900345", dob="1993-08-30"),
    off=O(names=["Big Mick"], vehicles=[V("Vauxhall", "Vivaro", "white", "YS15 VDN")]),
    text=(
        "Chelsea Pearson (30/08/1993) wants to make a formal report. A man who calls himself Big "
        "Mick threatened her with a Stanley knife in his white Vauxhall Vivaro van, YS15 VDN, on "
        "Kirkgate in Wakefield and made her hand over £120."
    ),
    vi=["Chelsea Pearson", "30/08/1993"],
    locs=["Kirkgate in Wakefield"],
    ents=[
        ("V", "white Vauxhall Vivaro van", "white vauxhall vivaro"),
        ("W", "Stanley knife", "knife"),
    ],
    mo=["robbery", "weapon", "threats"],
)

ps(
    id=235,
    at="2026-11-04T10:30:00Z",
    pname="Kirkgate Women's Project",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Jade"),
    off=O(),
    text=(
        "Jade says a man on Water Lane has been asking the women for 'rent' of £20 a night to stand "
        "there, saying he and his brother 'run the lane'. Nobody has paid yet. No violence so far."
    ),
    vi=["Jade"],
    locs=["Water Lane"],
    mo=["threats"],
    ind=["protection_money"],
)

ps(
    id=236,
    at="2026-11-05T14:10:00Z",
    pname="Leeds Housing Options",
    ptype="housing",
    consent="anon",
    subj=R(name="Olena"),
    off=O(),
    text=(
        "Olena, Ukrainian, presented as homeless. She had been living at the flat in Beeston where "
        "she works but the other women moved on and she can't afford it alone. She works for "
        "herself and no-one else takes her money. Referred to the women's hostel."
    ),
    vi=["Olena"],
    ind=[],
)

ps(
    id=237,
    at="2026-11-06T09:50:00Z",
    pname="Calder Outreach",
    ptype="outreach",
    consent="anon",
    subj=R(wn="Honey"),
    off=O(handles=["@alpha_male_hx"]),
    text=(
        "Honey asked us to log a client who goes by @alpha_male_hx on X/Twitter. He booked, then "
        "sent abusive messages when she said no to bareback, calling her a slag. No further "
        "contact."
    ),
    vi=["Honey"],
    mo=["hate_abuse"],
)

ps(
    id=238,
    at="2026-11-07T12:30:00Z",
    pname="West Yorkshire SARC",
    ptype="sarc",
    consent="anon",
    subj=None,
    off=O(),
    text=(
        "Anonymous third-party information: a sex worker attending the SARC (no details shared) "
        "disclosed that the man who raped her at a flat in Hunslet was known as 'Spider' and had a "
        "web tattoo on his face. She would not give more."
    ),
    oi=[("N", "Spider")],
    locs=["a flat in Hunslet"],
    desc=D(sex="male", marks=["web tattoo on his face"]),
    mo=["sexual_assault"],
)

ps(
    id=239,
    at="2026-11-08T16:00:00Z",
    pname="Kirklees Outreach",
    ptype="outreach",
    consent="share",
    subj=R(name="Jodie Haigh", wn="Crystal", phone="07700 900348"),
    off=O(phones=["07700 900796"]),
    text=(
        "Crystal (real name Jodie) says the client from 07700 900796 took her phone and cash when "
        "she was in the shower at the hotel near Huddersfield station. He was gone when she came "
        "out. She'd like to talk to the liaison officer on 07700 900348."
    ),
    vi=["Crystal", "Jodie", "07700 900348"],
    locs=["the hotel near Huddersfield station"],
    mo=["theft"],
)

ps(
    id=240,
    at="2026-11-09T11:45:00Z",
    pname="Bradford Recovery Hub",
    ptype="drug_alcohol",
    consent="anon",
    subj=None,
    off=O(names=["Shaz"]),
    text=(
        "Service users say a woman called Shaz moves girls between houses in Keighley and Bradford, "
        "gives them spice and takes their benefits cards. She drives them to punters in a white "
        "Fiat 500."
    ),
    locs=[],
    ents=[("V", "white Fiat 500")],
    desc=D(sex="female"),
    ind=[
        "moved_between_places",
        "drugs_supply",
        "third_party_control",
        "transported_by_other",
    ],
)


# =========================================================================== build
FORCE = "West Yorkshire"
PERSON_KEYS = ("name", "working_name", "phone", "email", "address", "date_of_birth")
DESC_KEYS = {
    "sex",
    "age_min",
    "age_max",
    "height_cm",
    "build",
    "hair",
    "facial_hair",
    "ethnicity",
    "accent",
    "clothing",
    "marks",
}
# support projects' and services' own numbers used in the text: never offender identifiers
SERVICE_NUMBERS = {"+441134960850", "+441134960862", "+441134960871", "+441134960880"}


def _plus_hours(ts: str, hours: int) -> str:
    from datetime import UTC, datetime, timedelta

    t = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return (t + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def _person_values(p):
    if not p:
        return []
    vals = [p[k] for k in PERSON_KEYS if p.get(k)]
    return vals + list(p.get("online_handles") or [])


def _offender_ids(off, extra):
    ids = []
    if off:
        ids += [("N", n) for n in off["names"]] + [("P", x) for x in off["phones"]]
        ids += [("E", x) for x in off["emails"]] + [("H", x) for x in off["online_handles"]]
        ids += [("R", v["vrm"]) for v in off["vehicles"] if v.get("vrm")]
    ids += list(extra)
    out = _dedupe((lab, norm(lab, s)) for lab, s in ids)
    return [{"label": LABEL[lab], "normalized": n} for lab, n in out]


def _entities(locs, ents):
    out = [{"label": "LOCATION", "text": l, "normalized": l.lower()} for l in locs]
    for e in ents:
        kind, text = e[0], e[1]
        normalized = e[2] if len(e) > 2 else text.lower()
        out.append(
            {
                "label": {"V": "VEHICLE", "W": "WEAPON"}[kind],
                "text": text,
                "normalized": normalized,
            }
        )
    return out


def _routes(source, mo, ind, consent):
    routes = ["force_intel"]
    if source in ("nums", "partner") and (
        any(t != "timewaster" for t in mo) or consent in ("share_details", "formal_report")
    ):
        routes.append("spoc")
    if any(i in STRONG for i in ind):
        routes.append("organised_crime")
    return routes


def _gold(source, record, person, k, consent):
    mo = set(k.get("types", [])) | set(k.get("mo", []))
    mo_sorted = [t for t in sorted(MO_TAGS) if t in mo]
    vi = _person_values(person)
    if source == "desktop_research":
        vi += list(record["phones"]) + ([record["url"]] if record.get("url") else [])
    vi += list(k.get("vi", []))
    return {
        "victim_identifiers": _dedupe(vi),
        "offender_identifiers": _offender_ids(record.get("offender"), k.get("oi", [])),
        "incident_locations": list(k.get("locs", [])),
        "entities": _entities(k.get("locs", []), k.get("ents", [])),
        "description": k.get("desc"),
        "mo": mo_sorted,
        "indicators": list(k.get("ind", [])),
        "routes": _routes(source, mo_sorted, k.get("ind", []), consent),
    }


def build_nums(k):
    inc = k.get("inc")
    rec = {
        "report_id": f"NUM-2026-{k['id']:05d}",
        "received_at": k.get("rcv") or _plus_hours(inc, 11),
        "incident_at": inc,
        "force_area": FORCE,
        "district": k.get("dist"),
        "location": k.get("loc"),
        "sector": k["sector"],
        "incident_types": list(k["types"]),
        "consent": CONSENT[k["consent"]],
        "reporter": k.get("rep"),
        "offender": k.get("off"),
        "narrative": k["text"],
        "reporting_project": k.get("proj"),
    }
    return {
        "source": "nums",
        "record": rec,
        "gold": _gold("nums", rec, rec["reporter"], k, rec["consent"]),
    }


def build_dr(k):
    rec = {
        "research_id": f"DR-2026-{k['id']:04d}",
        "captured_at": k["cap"],
        "authority_ref": k["ref"],
        "researcher": k["rsr"],
        "force_area": FORCE,
        "platform": k["platform"],
        "url": k.get("url"),
        "content": k["content"],
        "phones": list(k["phones"]),
        "location": k.get("loc"),
    }
    return {
        "source": "desktop_research",
        "record": rec,
        "gold": _gold("desktop_research", rec, None, k, None),
    }


def build_ps(k):
    rec = {
        "submission_id": f"PS-2026-{k['id']:04d}",
        "submitted_at": k["at"],
        "force_area": FORCE,
        "partner": {"name": k["pname"], "type": k["ptype"]},
        "consent": CONSENT[k["consent"]],
        "subject": k.get("subj"),
        "offender": k.get("off"),
        "narrative": k["text"],
    }
    return {
        "source": "partner",
        "record": rec,
        "gold": _gold("partner", rec, rec["subject"], k, rec["consent"]),
    }


# ---------------------------------------------------------------- checks
PHONE_RE = re.compile(r"(?<![\w/.])(?:\+44\s?(?:\(0\))?|0044\s?|\(?0)[\d\s()-]{8,14}\d(?!\d)")
REG_RE = re.compile(r"\b(?:[A-Z]{2}\s?\d{2}\s?[A-Z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}[A-Z])\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
HANDLE_RE = re.compile(r"(?<![\w.])@(\w+)")
URL_RE = re.compile(r"https?://([^/\s]+)")
FICTIONAL = [
    (447700900000, 447700900999),
    (441134960000, 441134960999),
    (442079460000, 442079460999),
]


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def _fictional_phone(n: str) -> bool:
    try:
        v = int(n.lstrip("+"))
    except ValueError:
        return False
    return any(lo <= v <= hi for lo, hi in FICTIONAL)


def _check(item, errors, phone_roles):
    rec, g = item["record"], item["gold"]
    rid = rec.get("report_id") or rec.get("research_id") or rec.get("submission_id")

    def err(m):
        errors.append(f"{rid}: {m}")

    text = rec.get("narrative") or rec.get("content") or ""
    blob = "\n".join(_strings(rec))
    for s in g["victim_identifiers"]:
        if s not in blob:
            err(f"victim identifier not in record: {s!r}")
    for l in g["incident_locations"]:
        if l not in text:
            err(f"location not in text: {l!r}")
    for e in g["entities"]:
        if e["text"] not in text:
            err(f"entity text not in text: {e['text']!r}")
        if e["label"] == "WEAPON" and " " in e["normalized"]:
            err(f"weapon not a noun: {e['normalized']!r}")
    if g["description"] is not None:
        bad = set(g["description"]) - DESC_KEYS
        if bad:
            err(f"description keys {bad}")
    for t in g["mo"]:
        if t not in MO_TAGS:
            err(f"mo tag {t}")
    for i in g["indicators"]:
        if i not in STRONG | WEAK:
            err(f"indicator {i}")
    # every phone anywhere must be fictional, and every phone in the text must have a role
    vnorm = set()
    for s in g["victim_identifiers"]:
        for m in PHONE_RE.finditer(s):
            vnorm.add(norm_phone(m.group()))
    onorm = {o["normalized"] for o in g["offender_identifiers"] if o["label"] == "PHONE_NUMBER"}
    for s in _strings(rec):
        for m in PHONE_RE.finditer(s):
            n = norm_phone(m.group())
            if not _fictional_phone(n):
                err(f"non-fictional phone {m.group()!r}")
    for m in PHONE_RE.finditer(text):
        n = norm_phone(m.group())
        roles = (n in vnorm) + (n in onorm) + (n in SERVICE_NUMBERS)
        if roles != 1:
            err(f"phone {m.group()!r} has {roles} roles")
    for o in g["offender_identifiers"]:
        if o["label"] == "PHONE_NUMBER" and not _fictional_phone(o["normalized"]):
            err(f"offender phone {o['normalized']} not fictional")
    for n in vnorm:
        phone_roles.setdefault(n, set()).add("victim")
    for n in onorm:
        phone_roles.setdefault(n, set()).add("offender")
    rnorm = {o["normalized"] for o in g["offender_identifiers"] if o["label"] == "VEHICLE_REG"}
    for m in REG_RE.finditer(text):
        r = re.sub(r"\s", "", m.group())
        if r not in rnorm and not any(m.group() in v for v in g["victim_identifiers"]):
            err(f"registration-like {m.group()!r} unlabelled")
    lower_vi = {v.lower().lstrip("@") for v in g["victim_identifiers"]}
    oall = {o["normalized"] for o in g["offender_identifiers"]}
    for s in _strings(rec):
        for m in EMAIL_RE.finditer(s):
            dom = m.group().rsplit("@", 1)[1].lower()
            if dom not in ("example.com", "example.org", "example.net"):
                err(f"non-example email {m.group()}")
        for m in URL_RE.finditer(s):
            host = m.group(1).lower()
            if not re.search(r"(^|\.)example\.(com|org|net)$", host):
                err(f"non-example url {m.group()}")
    for m in EMAIL_RE.finditer(text):
        e = m.group().lower()
        if e not in lower_vi and e not in oall:
            err(f"email {e} unlabelled")
    for m in HANDLE_RE.finditer(text):
        h = m.group(1).lower()
        if h not in lower_vi and h not in oall and not any(h in v for v in lower_vi):
            err(f"handle @{h} unlabelled")


def _validate(src, r):
    """The record contract (records.md), enough to prove each line is accepted."""
    ts = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
    e = []
    req = {
        "nums": ("report_id", "received_at", "force_area", "consent", "narrative"),
        "desktop_research": (
            "research_id",
            "captured_at",
            "authority_ref",
            "researcher",
            "force_area",
            "content",
        ),
        "partner": (
            "submission_id",
            "submitted_at",
            "force_area",
            "consent",
            "narrative",
        ),
    }[src]
    for f in req:
        if not isinstance(r.get(f), str) or not r[f]:
            e.append(f"required {f}")
    for f in ("received_at", "incident_at", "captured_at", "submitted_at"):
        if r.get(f) is not None and not ts.match(r[f]):
            e.append(f"timestamp {f}")
    if src == "nums":
        if r["sector"] not in ("street", "indoor", "escort", "online", "other"):
            e.append("sector")
        if not isinstance(r["incident_types"], list) or set(r["incident_types"]) - MO_TAGS:
            e.append("incident_types")
    if src == "desktop_research":
        if r["platform"] not in (
            "adult_services_site",
            "social_media",
            "classifieds",
            "lettings",
            "newspaper",
            "directory",
            "other",
        ):
            e.append("platform")
        if not all(isinstance(p, str) for p in r["phones"]):
            e.append("phones")
    if src == "partner" and r["partner"]["type"] not in (
        "outreach",
        "isva",
        "sarc",
        "drug_alcohol",
        "health",
        "housing",
        "statutory",
        "other",
    ):
        e.append("partner.type")
    if src != "desktop_research" and r["consent"] not in CONSENT.values():
        e.append("consent")
    return e


def main() -> int:
    items = [build_nums(k) for k in NUMS] + [build_dr(k) for k in DRS] + [build_ps(k) for k in PSS]
    errors: list[str] = []
    ids = Counter(
        (i["record"].get("report_id") or i["record"].get("research_id") or i["record"].get("submission_id"))
        for i in items
    )
    errors += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    phone_roles: dict[str, set] = {}
    for it in items:
        errors += [f"contract: {x}" for x in _validate(it["source"], it["record"])]
        _check(it, errors, phone_roles)
    errors += [
        f"phone {n} is a victim identifier in one record and an offender's in another"
        for n, roles in phone_roles.items()
        if len(roles) > 1
    ]
    with OUT.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    # re-read: every line must be valid JSON
    lines = OUT.read_text(encoding="utf-8").splitlines()
    parsed = [json.loads(l) for l in lines]
    print(f"wrote {len(parsed)} records to {OUT}")
    print("per source:", dict(Counter(p["source"] for p in parsed)))
    print("per route:", dict(Counter(r for p in parsed for r in p["gold"]["routes"])))
    print("route sets:", dict(Counter("+".join(p["gold"]["routes"]) for p in parsed)))
    print("per consent:", dict(Counter(p["record"].get("consent", "-") for p in parsed)))
    print(
        "per MO tag:",
        dict(sorted(Counter(t for p in parsed for t in p["gold"]["mo"]).items())),
    )
    print(
        "per indicator:",
        dict(sorted(Counter(t for p in parsed for t in p["gold"]["indicators"]).items())),
    )
    print("records with no MO tag:", sum(1 for p in parsed if not p["gold"]["mo"]))
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
