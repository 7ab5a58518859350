"""Templates for desktop research captures: adverts, reviews, posts, news, lettings."""

import values as V

AD_HEAD = [
    "💋 {v.alias} 💋 NEW IN {p.TOWN} 💋",
    "*** {v.alias} *** [22|24|26|29] YO [BRAZILIAN|POLISH|ENGLISH ROSE|THAI] BEAUTY",
    "🔥🔥 {v.alias} - BACK IN {p.TOWN} FOR ONE WEEK ONLY 🔥🔥",
    "NEW!!! {v.alias} ❤️ {p.DISTRICT} ❤️ INCALLS",
    "{v.alias} | Independent | {p.town}",
    "😍 SEXY {v.alias} 😍 VISITING {p.TOWN} 😍",
]
AD_BODY = [
    "30 MINS £[80|100|120] / 1 HR £[150|180|200] / OVERNIGHT POA",
    "OUTCALLS ONLY 🚗 hotels in {p.town} and {p.other}",
    "INCALLS {p.district} 🏠 discreet parking",
    "GFE, massage, [dinner dates|overnights|duo with friend], NO RUSHING",
    "NO <Withheld number>, NO TIMEWASTERS ❌",
    "Genuine pics 📸 what you see is what you get",
    "Clean private apartment near {p.street}",
    "<Available> 10am till late 💦",
    "<Mature> gentlemen preferred 🍷",
]
AD_CONTACT = [
    "📞 {v.phone} 📞",
    "CALL OR TEXT {v.phone} (NO WITHHELD)",
    "WhatsApp: {v.phone}",
    "✉️ {v.email}",
    "Twitter {v.at} for updates",
    "More pics: {v.url}",
    "Text {v.phone} or email {v.email}",
    "Bookings: {v.phone} / {v.phoneB}",
    "Snap: {v.handle}",
    "Call {v.phone2} 😘",
]
AD_EXPLOIT = [
    "NEW GIRLS EVERY WEEK 🌸 ask reception for today's ladies #ind=rotating_workers,advert_control",
    "3 NEW LADIES THIS WEEK, ALL BOOKINGS ON ONE NUMBER #ind=rotating_workers,shared_advert_contact",
    "[Officer note: same contact number seen on 6 other adverts with different women] #ind=shared_advert_contact",
    "Girls don't answer phone, receptionist speaks English for them #ind=speaks_for_worker,advert_control,limited_english",
    "[Officer note: advert text identical to adverts in {p.other} last month, different name] #ind=moved_between_places,advert_control",
]
REV_HEAD = [
    "Review by {o.at} | {v.alias}, {p.town} | Rating: [3|4|8]/10",
    "Posted by {o.u} in {p.TOWN} FIELD REPORTS",
    "{o.at} wrote:",
    "Field report - {v.alias} ({p.district}) - by {o.handle}",
    "Thread: {v.alias} {p.town}, anyone seen her? Reply from {o.u}:",
]
REV_OFF = [
    "Booked {v.alias} at her place in {p.district}. Slipped the johnny off halfway, she never noticed lol #mo=condom_removal",
    "Told her I'd pay after, walked out without paying 😂 #mo=refused_payment",
    "Got it all on my phone, link in DMs if you want it #mo=filming",
    "Took my money back out her bag when she went to the loo #mo=theft",
    "Sent her a fake screenshot for the deposit, worked a treat #mo=fraud_scam",
    "Said I was old bill and she gave me a freebie #mo=impersonating_police,refused_payment",
    "She kicked off so I gave her a slap, shut her up #mo=violence",
    "She said no bareback but I did it anyway, what's she gonna do #mo=condom_removal,sexual_assault",
    "Kept her in the car an extra hour, doors locked, she was crying lol #mo=abduction",
    "Paid in dodgy twenties, she'll find out tomorrow #mo=fraud_scam",
]
REV_INTRO = [
    "Booked {v.alias} for an hour at the {p.venue}, {p.town}.",
    "Saw {v.alias} ({v.phone}) last Tuesday in {p.district}.",
    "Went to see {v.alias} off her ad {v.url}.",
    "Met this one in {p.district}, calls herself {v.alias}.",
    "Picked {v.alias} up on {p.street}, usual spot.",
]
REV_OK = [
    "Visited {v.alias} in {p.district}, lovely lady, clean flat, would repeat.",
    "Punctual, friendly, exactly as pictured.",
    "Parking a bit tricky near {p.street} but worth it.",
    "Booked an hour, paid the agreed rate, no complaints.",
    "<Mate> if you're in {p.town} she's the one.",
]
REV_EXTRA = [
    "Her number {v.phone} if anyone wants it",
    "She advertises on {v.url}",
    "Contact me on {o.email} for her address",
    "Reply from {r.at}: [Not cool mate, reported|You're a disgrace|Mods delete this]",
    "Reply from {r.u}: she's a regular of mine, leave her alone",
    "DM me {o.phone} for the vid",
]
HARASS = [
    "EXPOSED 🚨 {v.name} is a prozzie working out of {v.home}, ring her on {v.phone} and tell her what u think #mo=blackmail,harassment_stalking",
    "Everyone on {p.street} should know what goes on at that flat, {v.first} isn't who she says she is #mo=blackmail",
    "I know where you live {v.alias}, see you soon 🔪 #mo=threats,harassment_stalking",
    "Posting her pics every day till she pays up #mo=blackmail",
    "Dirty [foreign|trans|smackhead] [slag|whore] selling herself in {p.district} #mo=hate_abuse",
    "Sent this to her kids' school, let's see how she likes it #mo=blackmail,harassment_stalking",
    "{v.alias} real name {v.name}, number {v.phone}, share share share #mo=blackmail",
]
HARASS_HEAD = [
    "{o.at} posted:",
    "Post by {o.handle} ([4|12|37] shares):",
    "Tweet from {o.at}",
    "Comment by {o.name} ({o.at}) on a local group:",
    "Anonymous page run by {o.at}, post:",
]
HARASS_EXTRA = [
    "Reply {r.at}: this is vile, reported",
    "Contact the poster: {o.email}",
    "Poster also messaged from {o.phone}",
    "<Admin> removed 2 comments",
    "Reply {r.at}: delete this [mate|bro]",
]
NEWS_HEAD = [
    "A [34|41|52]-year-old {p.town} man who attacked a sex worker has been jailed. #mo=violence",
    "A {p.town} man who robbed a woman working as an escort has been jailed. #mo=robbery",
    "A man who raped a sex worker in {p.town} has been jailed. #mo=sexual_assault",
    "A {p.town} man who stalked and threatened women selling sex has been sentenced. #mo=harassment_stalking,threats",
]
NEWS = [
    "",
    "{o.name}, of {p.district}, was sentenced at {p.town} <Crown Court> to [four years|30 months|six years].",
    "He admitted robbery and possession of a {x.weapon}. #mo=robbery,weapon",
    "The court heard he posed as a police officer to gain entry to the woman's flat. #mo=impersonating_police",
    "Prosecuting, {j.name} said the woman was left with a broken nose. #mo=violence",
    "He was also convicted of rape and of filming the victim without consent. #mo=sexual_assault,filming",
    "Jurors heard {o.first} had removed a condom without consent. #mo=condom_removal",
    "Co-defendant {o2.name}, [27|33], of {p.other}, admitted controlling prostitution for gain and was jailed for three years. #ind=third_party_control",
    "The court heard women were moved between flats in {p.town} and {p.other}. #ind=moved_between_places",
    "Detective Constable {s.name} of <West Yorkshire Police> said the victim had shown great courage.",
    "Sentencing, Judge {j.last} described {o.mr} as 'a predator'.",
    "The victim cannot be named for legal reasons.",
    "{o.first} also sent threatening messages from {o.phone} after his arrest. #mo=threats",
]
COLUMN = [
    "PERSONAL SERVICES: {v.alias}, mature, discreet, {p.district}. {v.phone}",
    "New in {p.town}. {v.alias}, massage and more. Call {v.phone}",
    "Relax with {v.alias}, {p.district}, 10-8 daily. {v.phone}",
]
LET = [
    "2 bed flat, {p.street}, {p.district}. Short lets, cash weekly, no questions asked.",
    "Studio in {p.block}, {p.town}, available by the week, discreet entrance.",
    "Room to let in {p.district}, suit professional lady, own entrance.",
]
LET_CONTACT = ["Contact {l.first} on {l.phone}.", "Call {l.name} {l.phone} or email {l.email}."]
LET_EXPLOIT = [
    "Rooms by the night, girls rotate weekly, rent taken daily from earnings. Ask for {c.alias} on {c.phone}. #ind=rotating_workers,living_at_premises,third_party_control",
    "Girls live in, all bookings and money handled by {c.first} ({c.phone}). #ind=living_at_premises,advert_control,third_party_control",
]


TOPUP = {
    "ad": [
        "<Cash> only 💷",
        "<Outcalls> to {p.town} and {p.other}",
        "<Genuine> independent, no agency",
        "<Discreet> parking nearby",
        "<Verified> photos ✅",
        "<Couples> welcome",
    ],
    "rev": [
        "<Location>: {p.district}",
        "<Punters> beware",
        "<Mate>, {p.town} has gone downhill",
        "<Rating>: [6|7|9]/10",
        "<Flat> was near the {p.venue}",
    ],
    "harass": [
        "<Share> this everywhere",
        "<Police> won't do nothing so we will",
        "<Council> should shut that flat down",
        "<Landlord> needs to know",
        "<Neighbours> on {p.street} have had enough",
    ],
    "news": [
        "Anyone with information should contact {x.org}.",
        "<Police> have urged other women to come forward.",
        "<Support> is available through {x.org}.",
    ],
    "let": [
        "<Bills> included.",
        "<Deposit> negotiable for the right tenant.",
        "<Furnished>, close to {p.town} centre.",
        "<Cash> rent preferred.",
    ],
}


def _top(ctx, parts, key):
    for t in ctx.rng.sample(TOPUP[key], 3):
        if len(ctx.keep) >= 3:
            break
        parts.insert(ctx.rng.randrange(1, len(parts) + 1), ctx.fill(t))
    return parts


def _j(ctx, parts):
    return V.pick(ctx.rng, ["\n", " ", " | ", "\n\n"]).join(p for p in parts if p)


def advert(ctx):
    rng = ctx.rng
    ctx.meta["platform"] = V.pick(rng, ["adult_services_site", "adult_services_site", "classifieds"])
    parts = [ctx.one(AD_HEAD)] + [ctx.fill(t) for t in rng.sample(AD_BODY, rng.choice([1, 2, 3]))]
    parts += [ctx.fill(t) for t in rng.sample(AD_CONTACT, rng.choice([1, 2, 2, 3]))]
    if rng.random() < 0.22:
        parts += [ctx.fill(t) for t in rng.sample(AD_EXPLOIT, rng.choice([1, 2]))]
    return _j(ctx, _top(ctx, parts, "ad"))


def review_offence(ctx):
    rng = ctx.rng
    ctx.meta["platform"] = V.pick(rng, ["adult_services_site", "social_media", "other"])
    parts = [ctx.one(REV_HEAD)] + [ctx.fill(t) for t in rng.sample(REV_OFF, rng.choice([1, 1, 2]))]
    if rng.random() < 0.75:
        parts.insert(1, ctx.one(REV_INTRO))
    parts += [ctx.fill(t) for t in rng.sample(REV_EXTRA, rng.choice([0, 1, 2]))]
    return _j(ctx, _top(ctx, parts, "rev"))


def review_ordinary(ctx):
    rng = ctx.rng
    ctx.meta["platform"] = "adult_services_site"
    head = V.pick(rng, REV_HEAD).replace("{o.", "{r.")
    parts = [ctx.fill(head)] + [ctx.fill(t) for t in rng.sample(REV_OK, rng.choice([1, 2, 3]))]
    if rng.random() < 0.5:
        parts.append(ctx.one(REV_EXTRA[:2]))
    return _j(ctx, _top(ctx, parts, "rev"))


def harassment(ctx):
    rng = ctx.rng
    ctx.meta["platform"] = "social_media"
    parts = [ctx.one(HARASS_HEAD)] + [ctx.fill(t) for t in rng.sample(HARASS, rng.choice([1, 2]))]
    parts += [ctx.fill(t) for t in rng.sample(HARASS_EXTRA, rng.choice([0, 1, 2]))]
    return _j(ctx, _top(ctx, parts, "harass"))


def news(ctx):
    rng = ctx.rng
    ctx.meta["platform"] = "newspaper"
    if rng.random() < 0.25:
        return _j(ctx, [ctx.fill(t) for t in rng.sample(COLUMN, rng.choice([1, 2]))])
    parts = [ctx.one(NEWS_HEAD), ctx.fill(NEWS[1])] + [ctx.fill(t) for t in rng.sample(NEWS[2:], rng.choice([1, 2, 3]))]
    return " ".join(_top(ctx, parts, "news"))


def lettings(ctx):
    rng = ctx.rng
    ctx.meta["platform"] = "lettings"
    parts = [ctx.one(LET)]
    parts.append(ctx.one(LET_EXPLOIT) if rng.random() < 0.35 else ctx.one(LET_CONTACT))
    return _j(ctx, _top(ctx, parts, "let"))


VOICES = [
    ("advert", 35, advert),
    ("review_offence", 18, review_offence),
    ("review_ordinary", 12, review_ordinary),
    ("harassment_post", 13, harassment),
    ("newspaper", 14, news),
    ("lettings", 8, lettings),
]


def record(ctx, text, c):
    rng = ctx.rng
    phones = []
    for key in ("v", "c", "l", "o"):
        p = ctx.people.get(key)
        if p and any(u.startswith(key + ".phone") for u in ctx.used):
            phones.append(V.fmt_phone(rng, p["digits"], 0))
    url = ctx.people["v"]["url"] if "v" in ctx.people and rng.random() < 0.6 else None
    return {
        "research_id": "DR-2026-%05d" % c["idx"],
        "captured_at": c["ts"],
        "authority_ref": "DSA/%s/2026/%04d" % (ctx.force[:2].upper(), rng.randrange(1, 9999)),
        "researcher": V.pick(rng, ["PC %04d" % rng.randrange(1000, 9999), "Staff %05d" % rng.randrange(10000, 99999)]),
        "force_area": ctx.force,
        "platform": ctx.meta.get("platform", "other"),
        "url": url or "https://www.example.org/page/%d" % rng.randrange(100000, 999999),
        "content": text,
        "phones": phones,
        "location": ctx.area if rng.random() < 0.7 else None,
    }


def template_count():
    lists = [
        AD_HEAD,
        AD_BODY,
        AD_CONTACT,
        AD_EXPLOIT,
        REV_HEAD,
        REV_OFF,
        REV_OK,
        REV_EXTRA,
        HARASS,
        HARASS_HEAD,
        HARASS_EXTRA,
        NEWS[1:],
        NEWS_HEAD,
        COLUMN,
        LET,
        LET_CONTACT,
        LET_EXPLOIT,
        REV_INTRO,
    ] + list(TOPUP.values())
    return sum(len(x) for x in lists)
