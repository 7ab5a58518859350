"""Sentence templates for partner agency submissions (clipped case-note style)."""

import values as V

OPEN = {
    "isva": [
        "ISVA note. SU {v.first} self-referred following sexual assault by a client in {p.district}. #mo=sexual_assault",
        "ISVA contact [14/11|03/02|22/07]: SU discussed incident at {p.venue}, {p.town}, with ISVA.",
        "Referral to ISVA from {x.org}; SU reports assault at {p.addr}.",
    ],
    "sarc": [
        "SARC attendance. Pt attended following alleged rape at the {p.venue}, {p.town}. FME completed. #mo=sexual_assault",
        "Pt seen at SARC, self-referral, incident in {p.district} approx 48 hrs prior.",
        "Forensic exam offered and declined. Pt describes client booking in {p.town}.",
    ],
    "drug_alcohol": [
        "D&A key worker note: SU disclosed at script review that she was hurt by a punter in {p.district}.",
        "Drug and alcohol service: SU (on methadone script) reports incident on {p.street}, {p.district}.",
        "Needle exchange contact. SU mentioned a bad date near the {p.venue}.",
    ],
    "housing": [
        "Housing officer note: tenant reports incident linked to her work at {p.addr}.",
        "Housing: SU in temp accom in {p.town}; disclosed incident with a client.",
        "Tenancy sustainment visit. SU disclosed that she works from a flat in {p.district}.",
    ],
    "health": [
        "Health outreach (GUM) - SU disclosed at clinic an incident in {p.town}.",
        "Practice nurse note: SU attended with injuries, states a client in {p.district} caused them.",
        "Sexual health outreach session, {p.district}. SU reported a dodgy punter.",
    ],
    "outreach": [
        "Outreach van {p.district}, [23:40|01:15|22:05]. SU {v.alias} reported a bad punter.",
        "Outreach drop-in, {p.town}: SU came in upset after a booking.",
        "Street outreach round {p.street}. Two women reported the same man.",
    ],
    "statutory": [
        "Probation officer note: SU on licence, disclosed incident while working in {p.town}.",
        "College DSL note: adult learner (20) disclosed she sells sex and was assaulted in {p.district}.",
        "ASC social worker note: SU (care leaver, 19) disclosed incident in {p.town}.",
    ],
}
SUBJ = [
    "Contact: {v.phone} (safe to text).",
    "SU contact no. {v.phone}, alt {v.phoneB}.",
    "Working name {v.alias}.",
    "SU email {v.email}.",
    "SU lives at {v.home}.",
    "Subject: {v.name}, aka {v.alias}.",
    "Safe contact via email only: {v.email}.",
    "SU is {v.first}, lives in {p.homearea} with her kids.",
    "Contact: SU mob {v.phone}, perp mob {o.phone}.",
]
OFF = [
    "AP gave name {o.first}; tel {o.phone}.",
    "Alleged perp (AP) known as {o.alias}, mob {o.phone}.",
    "AP veh {o.colour} {o.car} VRM {o.reg}.",
    "Perp details: {o.name}, {o.phone}, {o.email}.",
    "AP contacted SU via Snapchat ({o.handle}).",
    "AP uses Telegram {o.at}.",
    "Two males: {o.first} and one called {o2.alias}.",
    "Perp booked using {o.email} and phone {o.phone}.",
    "AP's number (from SU's call log): {o.phone}.",
    "AP drove SU from {p.from} to {p.to} in a {o.colour} {o.car}.",
    "AP described as {x.nat}, 40s, {p.accent}.",
    "Offender's Insta: {o.at}.",
]
MO = [
    "AP removed condom w/o consent. #mo=condom_removal",
    "SU punched and kicked by AP. #mo=violence",
    "AP took back payment by force. #mo=robbery,violence",
    "AP refused to pay. #mo=refused_payment",
    "SU believes drink spiked; memory loss. #mo=drugging",
    "AP threatened SU with a {x.weapon}. #mo=weapon,threats",
    "AP filmed SU w/o consent. #mo=filming",
    "AP threatening to 'out' SU to family. #mo=blackmail",
    "AP posing as <Police> demanded free sex. #mo=impersonating_police,sexual_assault",
    "Ongoing unwanted contact from AP, turning up at address. #mo=harassment_stalking",
    "SU held in AP's flat overnight, door locked. #mo=abduction",
    "SU raped by AP. #mo=sexual_assault",
    "AP used fake transfer screenshot. #mo=fraud_scam",
    "Racist and transphobic abuse from AP. #mo=hate_abuse",
    "AP took SU's phone from bedside. #mo=theft",
    "Repeated hoax bookings only, no other harm. #mo=timewaster",
]
NEG = [
    "No weapon seen.",
    "SU denies any physical injury.",
    "No evidence of filming.",
    "SU worried AP 'might kick off' if she reports, no threats made so far.",
    "Condom stayed on per SU.",
]
THIRD = [
    "Referred by {s.name} (support worker).",
    "SU's partner {b.first} present, supportive.",
    "Friend {f.first} ({f.phone}) accompanied SU.",
    "Sister {f.first} is emergency contact, tel {f.phone}.",
    "Maid at the flat ({m.first}) witnessed AP leaving.",
    "SU's mum lives at {n.home}; SU staying there.",
    "Another worker, {w.alias}, reports same AP.",
    "Driver {d.first} (paid by SU per job) took her to A&E.",
]
EXPLOIT = [
    "Concerns re 3rd party control: SU accompanied by male ({c.first}) who answered all qs. #ind=speaks_for_worker,third_party_control",
    "Passport held by 'uncle' {c.alias}. #ind=documents_held,third_party_control",
    "SU moved between addresses in {p.other} and {p.town} wkly. #ind=moved_between_places",
    "SU owes [£4k|£6k|£10k] to {c.first} for travel/accom. #ind=debt_bondage",
    "Interpreter used. #ind=limited_english",
    "SU fearful, looked to male before answering. #ind=fearful_subdued,speaks_for_worker",
    "SU lives at the flat she works from and is not allowed out alone. #ind=living_at_premises,restricted_movement",
    "{c.first} controls SU's adverts and phone ({c.phone}). #ind=advert_control,third_party_control",
    "SU says {c.alias} gives her crack 'to keep her working'. #ind=forced_drug_use #mo=drugging",
    "Flat reportedly used for storing drugs; SU made to hold cash. #ind=drugs_supply,money_laundering",
]
ORDINARY = [
    "No concerns re exploitation; SU works independently.",
    "SU shares flat with a friend, splits rent; no control indicators.",
    "Driver {d.first} is paid by SU per job; SU chose him.",
    "SU from {p.country}, settled status, works for herself.",
]
CLOSE = {
    "anonymous_intelligence": [
        "Consent: anon intel only.",
        "SU does not want police contact.",
        "Share as anonymous intelligence, no contact.",
    ],
    "share_details": ["Consent to share w/ police via project: Y.", "SU happy for <SPOC> to contact via ISVA."],
    "formal_report": ["SU wishes to make formal report.", "Formal report: SU to give ABE interview."],
}
PLAN = [
    "Plan: safety plan, <MARAC> referral considered.",
    "Actions: <NRM> discussed, SU declined.",
    "Plan: repeat STI screen, follow up with {x.org}.",
    "<DASH> completed - medium risk.",
    "Will update {x.org} and NUM.",
    "",
]
TOPUP = [
    "Liaised with {x.org}.",
    "<MARAC> date TBC.",
    "<SPOC> informed.",
    "<Police> not yet aware.",
    "Referred on to {x.org} for support.",
    "Seen with <IDVA> colleague.",
    "AP has a {p.accent}.",
    "Incident in {p.town} centre.",
]
PARTNERS = {
    "isva": ["Calder ISVA Service", "Pennine ISVA"],
    "sarc": ["Northgate SARC", "Riverside SARC"],
    "drug_alcohol": ["Forward Steps Recovery", "Aire Recovery Service"],
    "housing": ["Westgate Housing", "the council housing team"],
    "health": ["Sexual Health Outreach Team", "Millbrook Practice"],
    "outreach": ["Aire Street Project", "Safe Haven Outreach"],
    "statutory": ["National Probation Service", "Adult Social Care"],
}


def build(ctx):
    rng = ctx.rng
    ptype = ctx.meta["ptype"] = V.pick(rng, list(OPEN))
    ctx.meta["voice"] = "partner_" + ptype
    parts = [ctx.one(OPEN[ptype])]
    body = [ctx.one(SUBJ)] if rng.random() < 0.8 else []
    for t in rng.sample(OFF, rng.choice([1, 1, 2, 3])):
        body.append(ctx.fill(t))
    body += [ctx.fill(t) for t in rng.sample(MO, rng.choice([0, 1, 1, 2, 3]))]
    if rng.random() < 0.3:
        body.append(ctx.one(NEG))
    body += [ctx.fill(t) for t in rng.sample(THIRD, rng.choice([0, 1, 1, 2]))]
    rng.shuffle(body)
    r = rng.random()
    if r < 0.3:
        body += [ctx.fill(t) for t in rng.sample(EXPLOIT, rng.choice([1, 2, 3]))]
    elif r < 0.55:
        body.append(ctx.one(ORDINARY))
    consent = ctx.meta["consent"] = rng.choices(list(CLOSE), [4, 4, 2])[0]
    body.append(ctx.one(CLOSE[consent]))
    body.append(ctx.one(PLAN))
    for t in rng.sample(TOPUP, 3):
        if len(ctx.keep) >= 3:
            break
        body.insert(rng.randrange(len(body) + 1), ctx.fill(t))
    if rng.random() < 0.3:
        ctx.meta["desc"] = ctx.fill(
            "[White|Asian|Black|Mixed race] male, [20s|30s|40s], [{x.nat}|{p.accent}], [tattoos|beard|glasses]"
        )
    return V.pick(rng, [" ", "\n", " // "]).join(parts + body)


VOICES = [("partner_casenote", 100, build)]


def record(ctx, text, c):
    rng = ctx.rng
    pt = ctx.meta["ptype"]
    return {
        "submission_id": "PS-2026-%05d" % c["idx"],
        "submitted_at": c["ts"],
        "force_area": ctx.force,
        "partner": {"name": V.pick(rng, PARTNERS[pt]), "type": pt},
        "consent": ctx.meta["consent"],
        "subject": c["reporter"],
        "offender": c["offender"],
        "narrative": text,
    }


def template_count():
    n = sum(len(v) for v in OPEN.values()) + sum(len(v) for v in CLOSE.values())
    return (
        n
        + len(SUBJ)
        + len(OFF)
        + len(MO)
        + len(NEG)
        + len(THIRD)
        + len(EXPLOIT)
        + len(ORDINARY)
        + len(PLAN)
        + len(TOPUP)
    )
