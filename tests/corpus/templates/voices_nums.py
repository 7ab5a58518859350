"""Sentence templates for National Ugly Mugs reports, per voice.

{k.attr} inserts a labelled identifier (k: o/o2/c offender, v victim, f/w/m/d/b/n/s
third parties, p places, x organisations/weapons); <Word> is an ordinary word that
must survive; [a|b] picks one; #mo= / #ind= / #sec= tag what the sentence tells.
"""

import values as V

TXT = {
    "open": [
        "was out on {p.street} in {p.district} last nite bout 11 and this guy pulls up #sec=street",
        "had a booking at the {p.venue} in {p.town} [tonight|earlier], [total nightmare|proper scary] #sec=escort",
        "punter came to the work flat at {p.addr} [earlier|this aft|about 2am] #sec=indoor",
        "he picked me up near the {p.venue} in {p.district} #sec=street",
        "i do outcalls n went to his house off {p.street} in {p.district} #sec=escort",
        "guy off the site wanted cam first then wanted to meet up in {p.town} #sec=online",
        "workin from {p.block} in {p.town} dis week n this one was a nightmare #sec=indoor",
        "<Mate> just warnin every1, had a bad one in {p.district} [last night|sat night|2day]",
        "<Warning> girls!! dodgy punter about in {p.town}",
        "on the beat round {p.district} same as always, he come round twice before stoppin #sec=street",
    ],
    "ophone": [
        "he rang from {o.phone}",
        "dis number keeps ringin me {o.phone}",
        "he booked off {o.phone} [on whatsapp|by text]",
        "his number is {o.phone} DONT answer it",
        "now hes textin me from {o.phone} sayin he knows where i work #mo=harassment_stalking",
        "{o.phone} <-- dont see him",
        "got his num b4 he went {o.phone}",
        "messaged me on whatsapp from {o.phone}",
        "same guy as last month {o.phone} diff name tho",
        "his landline come up as {o.phone} can u believe it",
        "he had 2 phones, {o.phone} n {o.phoneB}",
        "rang off {o.phone} then <Withheld number> after",
        "wants me to ring him back on {o.phone} like im stupid",
    ],
    "ohandle": [
        "he added me on snap {o.handle}",
        "found me on twitter hes {o.at}",
        "emailed me off {o.email} 1st",
        "his snap is {o.handle} block him",
        "telegram {o.at} thats him",
        "he messages from {o.at} on insta n a new one when i block",
    ],
    "oname": [
        "he sed his name was {o.first}",
        "calls himself {o.alias}",
        "booked under the name '{o.alias}'",
        "his mate he called {o2.first} was in the car as well",
        "the girls call him {o.alias}",
        "2 of them, one is called {o.first} the other {o2.first}",
        "{o.first} he sed, prob fake",
        "saved him as {o.alias} in my phone",
    ],
    "mo": [
        "he grabbed me by the neck n pushed me on the bed #mo=violence",
        "took it off halfway thru, i told him no #mo=condom_removal",
        "did it without even tho we agreed #mo=condom_removal",
        "didnt pay what we agreed, chucked £20 at me n left #mo=refused_payment",
        "snatched the money back off me n shoved me out the car #mo=robbery,violence",
        "pulled a {x.weapon} out the glovebox n sed give it back #mo=weapon,robbery,threats",
        "sed he was police n flashed a badge, wanted it 4 free #mo=impersonating_police,refused_payment",
        "he was filmin on his phone the whole time i only noticed after #mo=filming",
        "sed hed tell my family what i do if i didnt do it for free #mo=blackmail",
        "locked the doors n wouldnt let me out, drove off wiv me #mo=abduction",
        "think he put summat in my drink cant remember nothing after #mo=drugging",
        "called me a dirty [slag|foreign whore|tranny] n spat at me #mo=hate_abuse",
        "keeps turnin up outside n messaging all hours #mo=harassment_stalking",
        "paid wiv fake notes, all the twenties dodgy #mo=fraud_scam",
        "sent a fake bank screenshot n never paid #mo=fraud_scam,refused_payment",
        "he wouldnt stop when i sed stop #mo=sexual_assault",
        "nicked my phone n purse off the side while i was in the bathroom #mo=theft",
        "sed he'll come back n stab me #mo=threats",
        "rinsed me, took the lot out my bag n legged it #mo=robbery",
        "booked 3 times n never turned up jus wasting my time #mo=timewaster",
    ],
    "neg": [
        "he didnt have a knife this time",
        "if i kick off hell [batter me|smash my car]",
        "he never hit me to be fair",
        "thought he was gonna take the money back but he didnt",
        "the traffic was murder gettin there lol",
        "he paid in the end but",
        "[im|i am] not sayin he filmed it i dont know",
    ],
    "rep": [
        "my work phone is {v.phone}",
        "text me on {v.phone} if u need me",
        "im {v.alias} on the sites",
        "i live at {v.home} so hes not been there thank god",
        "my email {v.email}",
        "{v.first} btw",
        "my personal is {v.phoneB} not the work one",
        "my snap is {v.handle}",
        "he got my number {v.phone} off the site",
        "i gave him {v.phone} n he rang from {o.phone}",
        "he rang {o.phone} to my work fone {v.phone} at 4am",
        "im on {v.phone}, his was {o.phone}",
    ],
    "third": [
        "my mate {f.first} was in the next room",
        "{f.first}'s number is {f.phone} she seen him too",
        "my maid {m.first} let him in",
        "my driver {d.first} who i pay was waitin outside, his number {d.phone}",
        "my boyfriend {b.first} came n got me after",
        "another girl {w.alias} had him last week",
        "my support worker {s.first} helped me write this",
        "my mate {f.first}'s number {f.phone} if u need a witness",
        "the neighbour {n.first} heard it all",
    ],
}

FORMAL = {
    "open": [
        "On the night in question I had arranged an outcall to the {p.venue} in {p.town}. #sec=escort",
        "I work from a flat at {p.addr} in {p.district}, and the man attended by appointment. #sec=indoor",
        "I was working on {p.street} in {p.district} when a car stopped beside me. #sec=street",
        "I would like to report an incident that took place in {p.town} [three weeks|a month|ten days] ago.",
        "I have waited before writing this because I wanted to set it down carefully.",
        "The client contacted me through my advert and asked to meet in {p.district}. #sec=online",
        "I was collected near the {p.venue} and driven from {p.from} to {p.to}. #sec=escort",
    ],
    "ophone": [
        "He contacted me from {o.phone} to arrange the booking.",
        "The number he used was {o.phone}.",
        "He messaged me on WhatsApp from {o.phone} and asked for an hour.",
        "He called from a landline, {o.phone}, which I later found out was a business.",
        "He booked under the name '{o.alias}' and phone {o.phone}.",
        "I have since received several calls from {o.phone}, the last at 3am. #mo=harassment_stalking",
        "He first texted from {o.phone} and later from a second number, {o.phoneB}.",
        "His number is saved in my phone as '{o.alias}': {o.phone}.",
        "Calls showing as <Withheld number> followed, then one from {o.phone}.",
        "I gave him my work number, {v.phone}, and he rang back from {o.phone}.",
    ],
    "ohandle": [
        "He contacted me through the site using the username {o.handle}.",
        "His email address is {o.email}.",
        "He sent messages from the Telegram account {o.at}.",
        "He first approached me on Twitter as {o.at}.",
    ],
    "oname": [
        "He gave his name as {o.name}.",
        "He introduced himself as {o.first}, though I doubt it is his real name.",
        "There were two men; one is called {o.first} and the other was referred to as {o2.alias}.",
        "He is known locally as {o.alias}.",
        "He said he was '{o.mr}' and a regular at the flat.",
        "He was with a friend he called {o2.first}.",
    ],
    "mo": [
        "He struck me across the face [twice|several times] and held me down. #mo=violence",
        "He removed the condom without my knowledge, contrary to what we had agreed. #mo=condom_removal",
        "He refused to pay the agreed fee and left. #mo=refused_payment",
        "He took back the money he had paid, and more from my purse, threatening me with a {x.weapon}. #mo=robbery,weapon,threats",
        "He claimed to be a police officer and demanded the service for free. #mo=impersonating_police,refused_payment",
        "I later discovered he had recorded the booking on his phone. #mo=filming",
        "He threatened to send the recording to my family unless I paid him. #mo=blackmail,filming",
        "He would not let me leave the car and drove me out of town. #mo=abduction",
        "He forced himself on me after I told him to stop. #mo=sexual_assault",
        "He paid with counterfeit notes which I only noticed later. #mo=fraud_scam",
        "He has since followed me home and waited outside on two occasions. #mo=harassment_stalking",
        "He made abusive comments about my nationality and my work. #mo=hate_abuse",
        "I believe my drink was spiked, as I lost several hours. #mo=drugging",
        "He told me that if I reported him he would find me and hurt me. #mo=threats",
        "My handbag and phone were missing after he left. #mo=theft",
        "He made four bookings and did not attend any of them. #mo=timewaster",
    ],
    "neg": [
        "He did not use a weapon on this occasion.",
        "He did not strike me, although he was aggressive.",
        "I do not know whether he filmed anything.",
        "Had I refused, I think he would have become violent.",
        "I was worried he would ask for the money back, but he did not.",
    ],
    "rep": [
        "I can be contacted on {v.phone}.",
        "My name is {v.name} and I work as {v.alias}.",
        "Please use my email, {v.email}, rather than phone.",
        "I live at {v.home}, which is not where I work.",
        "My work number is {v.phone}; my personal number is {v.phoneB}.",
        "I advertise as {v.alias} at {v.url}.",
        "He called {v.phone}, my work phone, from {o.phone}.",
        "Text me on {v.phone} if further details are needed.",
    ],
    "third": [
        "My friend {f.name} was with me and can confirm this; her number is {f.phone}.",
        "The receptionist, {m.first}, saw him leave.",
        "My partner, {b.name}, drove me to hospital.",
        "{w.alias}, who works from the same flat, has seen the same man.",
        "My driver, {d.first}, whom I pay per booking, waited outside and saw the car.",
        "A neighbour at {n.home} called an ambulance.",
    ],
}

CLOSE = {
    "anonymous_intelligence": [
        "i dont want police contacting me jus warn the other girls",
        "Please share this as anonymous intelligence only.",
        "No police contact please.",
    ],
    "share_details": [
        "police can contact me thru the project",
        "I am happy for police to contact me through NUM.",
        "ok for police to ring me via {x.org} worker",
    ],
    "formal_report": [
        "I want to make a formal statement.",
        "I wish to make a formal report and give evidence.",
        "want to report it proper this time",
    ],
}
VEH = [
    "{o.colour} {o.car} with a dent in the back, {o.reg}",
    "He picked me up in a {o.colour} {o.car} and drove from {p.from} to {p.to}.",
    "Registration {o.reg}, I think a {o.make}.",
    "Taxi style {o.car}, reg {o.reg}, but not a real taxi",
    "he was in a {o.colour} {o.car} reg {o.reg}",
    "{o.colour} {o.make}, plate {o.reg}",
    "The vehicle was a {o.colour} {o.car}, registration {o.reg}.",
    "He drove a {o.colour} {o.car}; I only got half the plate.",
    "He was driving a {o.colour} {o.car} ({o.reg}).",
    "car was {o.car} {o.colour} number plate {o.reg}",
    "His mate had a {o2.car}, reg {o2.reg}.",
    "{o.reg} - {o.colour} {o.car}, private plate i think",
]
DESC = [
    "white male, about [30|40|50], [stocky|skinny|tall], [shaved head|ginger hair|grey beard], a {p.accent}",
    "{x.nat} man, [mid 20s|late 30s|about 45], tattoo on his neck, [smelt of weed|very polite at first]",
    "[Short|Tall], [heavy build|slim build], [glasses|no glasses], spoke with a {p.accent}, paid in [cash|fivers]",
    "[Young|Older] lad, [tracksuit|work clothes|suit], scar on [left hand|chin], {x.nat}",
]
EXPLOIT = [
    "{c.first} keeps my passport [safe|for me] he says #ind=documents_held,third_party_control",
    "i still owe {c.alias} for the flights, he says [£3000|£4500|£8000] #ind=debt_bondage,third_party_control",
    "they move us every week, last week {p.other} now {p.town} #ind=moved_between_places,third_party_control",
    "{c.first} answers my phone and does the bookings #ind=speaks_for_worker,advert_control,third_party_control",
    "i cant go out on my own, {c.first} has the keys #ind=restricted_movement,third_party_control #mo=abduction",
    "my boyfriend {c.first} looks after all the money, i dont see none of it #ind=third_party_control",
    "{c.alias} drives me to every job and waits outside #ind=transported_by_other,third_party_control",
    "they said my family back home would get hurt #ind=threats_to_family #mo=threats",
    "{c.first} gives me the white stuff so i keep working #ind=forced_drug_use #mo=drugging",
    "{c.alias} takes [£50|£100] a night off us for protection #ind=protection_money",
]
EXTRA = [
    "I have told {x.org} as well.",
    "<Mate> of mine said to report it.",
    "<Police> were not called on the night.",
    "reported it to {x.org} too",
    "<Basis Yorkshire> helped me fill this in.",
    "<Punter> list updated.",
    "He said he worked for {x.org}.",
]
ORDINARY = [
    "i share the flat wiv 2 other girls, we split the rent",
    "I pay my driver {d.first} [£20|£30] a job, he's sound.",
    "came over from {p.country} [3|5|8] years ago, work for myself",
    "I chose this work and nobody takes my money.",
    "Our maid {m.first} works the door; we pay her a day rate.",
    "<Flights> were paid by me, I owe nobody.",
]


def assemble(ctx, P, sep=" ", close_p=0.9):
    rng = ctx.rng
    g = lambda k: P.get(k) or TXT[k]
    first = [ctx.one(g("open"))]
    body = []
    if rng.random() < 0.85:
        body.append(ctx.one(g("ophone")))
    if rng.random() < 0.6:
        body.append(ctx.one(g("oname")))
    if rng.random() < 0.3:
        body.append(ctx.one(g("ohandle")))
    rng.shuffle(body)
    mos = rng.sample(g("mo"), rng.choice([1, 1, 2, 2, 3]))
    body += [ctx.fill(m) for m in mos]
    if rng.random() < 0.35:
        body.append(ctx.one(g("neg")))
    if rng.random() < 0.4:
        body.append(ctx.one(P.get("veh") or VEH))
    if rng.random() < 0.35:
        body.append(ctx.one(P.get("desc") or DESC))
    elif rng.random() < 0.5:
        ctx.meta["desc"] = ctx.one(DESC)
    if rng.random() < 0.7:
        body.insert(rng.randrange(len(body) + 1), ctx.one(g("rep")))
    for t in rng.sample(g("third"), rng.choice([0, 1, 1, 2])):
        body.append(ctx.fill(t))
    r = rng.random()
    if r < 0.18:
        body += [ctx.fill(t) for t in rng.sample(P.get("exploit") or EXPLOIT, rng.choice([1, 2, 3]))]
    elif r < 0.45:
        body.append(ctx.one(P.get("ordinary") or ORDINARY))
    consent = rng.choices(list(CLOSE), P.get("cw", [5, 3, 2]))[0]
    ctx.meta["consent"] = consent
    if rng.random() < close_p:
        body.append(ctx.one(P.get("close", {}).get(consent) or CLOSE[consent]))
    if rng.random() < 0.15 and "o.phone" in ctx.cache:
        body.append("Number: " + ctx.val("o", "phone2"))
    if len(ctx.keep) < 3:
        body.insert(rng.randrange(len(body) + 1), ctx.one(EXTRA))
    return sep.join(first + body)


def textspeak(ctx):
    ctx.style = "txt"
    return assemble(ctx, TXT, sep=V.pick(ctx.rng, [" ", "\n", ". ", " .. "]))


def formal(ctx):
    return assemble(ctx, dict(FORMAL, cw=[2, 3, 5]))


NATIVE = {
    "open": [
        "I am working in flat in {p.district}, man is coming for booking one hour. #sec=indoor",
        "Yesterday I go to hotel {p.venue} in {p.town} for the client. #sec=escort",
        "I am from {p.country}, I work in {p.town} since [two|three] month.",
        "Client is write me on the website and we meet near {p.street}. #sec=online",
        "Is happen last Friday in {p.town}, I am very scared still.",
    ],
    "ophone": [
        "He call me from {o.phone} many times.",
        "This man he is texting from number {o.phone} always in night.",
        "He make booking by Whatsapp, number {o.phone}.",
        "Number he use: {o.phone}",
        "He is having two phone, {o.phone} and {o.phoneB}.",
        "After he is calling from {o.phone} and say bad things. #mo=harassment_stalking",
    ],
    "ohandle": ["He write me from email {o.email}.", "On Snapchat he is {o.handle}."],
    "oname": [
        "He say his name {o.first}.",
        "Name he tell me is {o.alias}.",
        "His friend call him {o.first}.",
        "On the phone he say he is '{o.alias}'.",
    ],
    "mo": [
        "He not pay, he say money is in car and he go. #mo=refused_payment",
        "He hit me in face and take back the money. #mo=violence,robbery",
        "He take off condom, I say no, he not listen. #mo=condom_removal",
        "He show me knife, {x.weapon}, and say give everything. #mo=weapon,robbery,threats",
        "He say he is police, show card, I am afraid of deport. #mo=impersonating_police",
        "He make video with phone, I not agree. #mo=filming",
        "He say he will tell {x.org} about me if I not give money. #mo=blackmail",
        "He was force me, I say stop many times. #mo=sexual_assault",
        "He is waiting outside my flat every day now. #mo=harassment_stalking",
        "He send picture of transfer but money never come. #mo=fraud_scam",
        "He say bad things about my country and call me dirty. #mo=hate_abuse",
        "He is lock door and I cannot go out for two hour. #mo=abduction",
    ],
    "neg": [
        "He not have knife this time.",
        "If I say no, maybe he will hit me, I don't know.",
        "He did not hit, only shouting.",
    ],
    "rep": [
        "My number {v.phone}, you can write me.",
        "I am {v.first}, I live in {p.homearea} with my sister.",
        "My work name is {v.alias}.",
        "Email for me: {v.email}",
    ],
    "third": [
        "My friend {f.first} she see him also, her number {f.phone}.",
        "The other girl {w.alias} is also have problem with him.",
        "My boyfriend {b.first} is not know about this.",
    ],
    "exploit": [
        "{c.first} is keep my passport, he say for safe. #ind=documents_held,third_party_control",
        "I must pay back [£5000|£9000] for travel to {c.alias}. #ind=debt_bondage,third_party_control",
        "Every week they move me, {p.other}, {p.town}, I don't know where next. #ind=moved_between_places",
        "Before I come I do the oath at shrine, I cannot break. #ind=debt_bondage,fearful_subdued",
        "{c.first} is answer my phone, I only do what he say. #ind=speaks_for_worker,third_party_control",
        "I am sleep in the flat where I work, I cannot go out alone. #ind=living_at_premises,restricted_movement",
    ],
    "ordinary": [
        "I work for myself, I share house with friends from {p.country}.",
        "Nobody take my money, I send to my family myself.",
    ],
    "close": {
        "anonymous_intelligence": [
            "Please no police come to me, only warn other girls.",
            "I not want police contact me.",
        ],
        "share_details": ["Police can call me through the project, is ok.", "You can give my details to police, ok."],
        "formal_report": ["I want make official report to police.", "I want to go to police with this."],
    },
    "cw": [6, 3, 1],
}

STAFF = {
    "open": [
        "Service user reports an incident at the {p.venue}, {p.town}. #sec=escort",
        "SW reports that she was working on {p.street} in {p.district} when approached. #sec=street",
        "Caller works indoors at {p.addr}, {p.district}. #sec=indoor",
        "Reported via outreach van in {p.district}. #sec=street",
        "She says the man booked her online for an outcall in {p.town}. #sec=online",
    ],
    "ophone": [
        "He contacted her from {o.phone}.",
        "SU states the booking was made by text from {o.phone}.",
        "The caller used {o.phone} and withheld his number on later calls.",
        "She has had repeated calls from {o.phone} since. #mo=harassment_stalking",
        "She believes he also uses {o.phoneB}.",
        "Offender's number given as {o.phone} (WhatsApp).",
        "He booked using the name {o.first} and phone {o.phone}.",
    ],
    "ohandle": [
        "He uses the Snapchat name {o.handle}.",
        "Offender email: {o.email}.",
        "He messaged her on Instagram as {o.at}.",
    ],
    "oname": [
        "He gave the name {o.first}.",
        "He is known to other workers as {o.alias}.",
        "She says he called his friend {o2.first}.",
        "Her driver, {o.first}, took her earnings off her after the last job and threatened her. #mo=robbery,threats",
        "She says: 'He told me his name was {o.alias}, like a joke.'",
    ],
    "mo": [
        "She says he assaulted her, punching her [repeatedly|in the stomach]. #mo=violence",
        "He removed the condom during sex without her consent. #mo=condom_removal",
        "He left without paying. #mo=refused_payment",
        "He took the money back by force. #mo=robbery,violence",
        "He held a {x.weapon} to her [throat|side] and took her phone and cash. #mo=weapon,robbery",
        "He claimed to be from the <Home Office> and demanded to see her papers. #mo=impersonating_police",
        "She says 'I told him no and he carried on'. #mo=sexual_assault",
        "He filmed her without consent and has threatened to post the video. #mo=filming,blackmail",
        "He has been turning up at her place of work. #mo=harassment_stalking",
        "He paid with a fake bank transfer. #mo=fraud_scam",
        "He kept her in the car and would not let her out. #mo=abduction",
        "She reports a series of hoax bookings from the same number. #mo=timewaster",
    ],
    "neg": ["No weapon was seen.", "She does not think he filmed her.", "He did not hurt her physically."],
    "rep": [
        "Reporter's contact: {v.phone}.",
        "She works as {v.alias}.",
        "SU ({v.first}) can be contacted on {v.phone}.",
        "She lives at {v.home} and is worried he knows this.",
    ],
    "third": [
        "Her friend {f.first} (tel {f.phone}) was there and saw him.",
        "Another worker, {w.alias}, says he has done the same to her.",
        "Her support worker is {s.name}.",
        "A neighbour at {n.home} called police.",
        "Her maid, {m.first}, saw the man arrive.",
    ],
    "exploit": [
        "She says {c.first} holds her passport 'for safety'. #ind=documents_held,third_party_control",
        "A man, {c.alias}, answered her phone when staff called back. #ind=speaks_for_worker,third_party_control",
        "She says she owes {c.first} [£2000|£6000] for travel and rent and cannot stop working until it is paid. #ind=debt_bondage",
        "She has been moved between flats in {p.other} and {p.town} [every week|every fortnight]. #ind=moved_between_places",
        "She appeared frightened and would not say who drives her. #ind=fearful_subdued",
    ],
    "ordinary": [
        "She works independently and manages her own bookings.",
        "She shares a flat with another worker; they split costs.",
        "She pays a driver, {d.first}, per job and is happy with the arrangement.",
    ],
    "close": {
        "anonymous_intelligence": ["She does not want police contact."],
        "share_details": ["She is happy for police to contact her via the project."],
        "formal_report": ["She wishes to report formally."],
    },
    "cw": [4, 4, 2],
}


def non_native(ctx):
    return assemble(ctx, NATIVE)


def staff(ctx):
    return assemble(ctx, STAFF)


VOICES = [
    ("worker_textspeak", 35, textspeak),
    ("worker_formal", 20, formal),
    ("non_native", 20, non_native),
    ("num_staff", 25, staff),
]
PROJECTS = ["Aire Street Project", "Calder Outreach", "Northern Lights Project", "Safe Haven Outreach", None]


def record(ctx, text, c):
    rng = ctx.rng
    inc = sorted(ctx.mo)
    if len(inc) > 1 and rng.random() < 0.15:
        inc.pop(rng.randrange(len(inc)))
    street = ctx.cache.get("p.street")
    loc = rng.choice([f"{street}, {ctx.area}" if street else ctx.area, ctx.area + ", " + ctx.town, None])
    return {
        "report_id": "NUM-2026-%05d" % c["idx"],
        "received_at": c["ts"],
        "incident_at": c["inc"] if rng.random() < 0.8 else None,
        "force_area": ctx.force,
        "district": ctx.district if rng.random() < 0.8 else None,
        "location": loc,
        "sector": ctx.meta.get("sector") or V.pick(rng, ["street", "indoor", "escort", "other"]),
        "incident_types": inc,
        "consent": ctx.meta.get("consent", "anonymous_intelligence"),
        "reporter": c["reporter"],
        "offender": c["offender"],
        "narrative": text,
        "reporting_project": V.pick(rng, PROJECTS),
    }


def template_count():
    n = 0
    for d in (TXT, FORMAL, NATIVE, STAFF, CLOSE):
        for v in d.values():
            n += (
                len(v)
                if isinstance(v, list) and isinstance(v[0], str)
                else sum(len(x) for x in v.values())
                if isinstance(v, dict)
                else 0
            )
    return n + len(VEH) + len(DESC) + len(EXPLOIT) + len(ORDINARY) + len(EXTRA)
