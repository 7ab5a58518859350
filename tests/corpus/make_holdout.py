"""A small held-out corpus written independently of the rules (the lead's check of generalisation)."""

import json
from pathlib import Path


def person(name=None, working_name=None, phone=None, email=None, address=None, dob=None, handles=None):
    return {
        "name": name,
        "working_name": working_name,
        "phone": phone,
        "email": email,
        "address": address,
        "date_of_birth": dob,
        "online_handles": handles or [],
    }


def off(names=(), phones=(), emails=(), handles=(), vehicles=(), description=None):
    return {
        "names": list(names),
        "phones": list(phones),
        "emails": list(emails),
        "online_handles": list(handles),
        "vehicles": list(vehicles),
        "description": description,
    }


def nums(
    i,
    narrative,
    reporter,
    offender,
    consent="anonymous_intelligence",
    types=(),
    location=None,
    district="Bradford",
    sector="indoor",
):
    return {
        "report_id": f"NUM-HO-{i:03d}",
        "received_at": "2026-11-20T10:00:00Z",
        "incident_at": None,
        "force_area": "West Yorkshire",
        "district": district,
        "location": location,
        "sector": sector,
        "incident_types": list(types),
        "consent": consent,
        "reporter": reporter,
        "offender": offender,
        "narrative": narrative,
        "reporting_project": "Holdout Project (fictional)",
    }


def partner(i, narrative, subject, offender, consent="anonymous_intelligence", ptype="outreach"):
    return {
        "submission_id": f"PS-HO-{i:03d}",
        "submitted_at": "2026-11-20T10:00:00Z",
        "force_area": "West Yorkshire",
        "partner": {"name": "Fictional Service", "type": ptype},
        "consent": consent,
        "subject": subject,
        "offender": offender,
        "narrative": narrative,
    }


def desk(i, content, phones, url, location):
    return {
        "research_id": f"DR-HO-{i:03d}",
        "captured_at": "2026-11-20T10:00:00Z",
        "authority_ref": "AUTH-HO-1",
        "researcher": "DC 5150",
        "force_area": "West Yorkshire",
        "platform": "adult_services_site",
        "url": url,
        "content": content,
        "phones": phones,
        "location": location,
    }


def g(victims, offenders, locations, mo, indicators, routes):
    return {
        "victim_identifiers": victims,
        "offender_identifiers": [{"label": l, "normalized": n} for l, n in offenders],
        "incident_locations": locations,
        "entities": [],
        "description": None,
        "mo": mo,
        "indicators": indicators,
        "routes": routes,
    }


R = []
R.append(
    (
        "nums",
        nums(
            1,
            "Marisol was booked for an outcall to a flat on Thornton Road. The client, who said to call him Gaz, "
            "got aggressive when she asked for the money first and slapped her twice. He'd messaged from 07700 900612. "
            "Marisol's own phone is 07700 900613.",
            person(name="Marisol Quenby", phone="07700 900613"),
            off(phones=["07700 900612"]),
            location="Thornton Road",
            types=["violence"],
        ),
        g(
            ["Marisol", "07700 900613"],
            [("PHONE_NUMBER", "+447700900612"), ("OFFENDER_NAME", "gaz")],
            ["Thornton Road"],
            ["violence"],
            [],
            ["force_intel", "spoc"],
        ),
    )
)
R.append(
    (
        "nums",
        nums(
            2,
            "i was working on lumb lane when a bloke in a black transit van BD19 XKQ pulled over. he grabbed my arm and tried to "
            "drag me in, my mate tasha screamed and he drove off. my number 07700900614 if police need it thru the project",
            person(working_name="Kiki", phone="07700 900614"),
            off(),
            consent="share_details",
            sector="street",
            location="Lumb Lane",
        ),
        g(
            ["07700900614", "tasha", "Kiki"],
            [("VEHICLE_REG", "BD19XKQ")],
            ["lumb lane"],
            ["abduction", "violence"],
            [],
            ["force_intel", "spoc"],
        ),
    )
)
R.append(
    (
        "nums",
        nums(
            3,
            "The reporter, a male escort, says a client calling himself Rupert paid with a bank transfer screenshot that "
            "turned out to be fake. Rupert used the email rupert.h77@example.net and the handle @rupe_h77 on Twitter.",
            person(name="Dominic Ashgrove", email="dom.ash@example.org"),
            off(emails=["rupert.h77@example.net"]),
            sector="escort",
            types=["fraud_scam"],
        ),
        g(
            ["Dominic Ashgrove", "dom.ash@example.org"],
            [("OFFENDER_NAME", "rupert"), ("EMAIL_ADDRESS", "rupert.h77@example.net"), ("ONLINE_HANDLE", "rupe_h77")],
            [],
            ["fraud_scam"],
            [],
            ["force_intel", "spoc"],
        ),
    )
)
R.append(
    (
        "nums",
        nums(
            4,
            "Timewaster. Booked three times from 0113 496 0712 and never arrived. No other issues.",
            person(working_name="Saffron"),
            off(phones=["0113 496 0712"]),
            types=["timewaster"],
        ),
        g(["Saffron"], [("PHONE_NUMBER", "+441134960712")], [], ["timewaster"], [], ["force_intel"]),
    )
)
R.append(
    (
        "nums",
        nums(
            5,
            "Reporter states the man removed the condom without her agreement and then threatened to post photos of her "
            "online unless she gave him £200. He drives a red Kia Sportage, reg YG70 TRB. She lives at 41 Quarry Bank, Shipley BD18 4JN.",
            person(name="Ophelia Stannard", address="41 Quarry Bank, Shipley BD18 4JN"),
            off(vehicles=[{"make": "Kia", "model": "Sportage", "colour": "red", "vrm": None}]),
            consent="formal_report",
            types=["condom_removal", "blackmail"],
        ),
        g(
            ["41 Quarry Bank", "BD18 4JN", "Ophelia"],
            [("VEHICLE_REG", "YG70TRB")],
            [],
            ["condom_removal", "blackmail", "threats"],
            [],
            ["force_intel", "spoc"],
        ),
    )
)
R.append(
    (
        "nums",
        nums(
            6,
            "A trans worker was verbally abused at the flat on Manningham Lane: the man called her a freak and said people "
            "like her should be burned. He left without paying. He gave his number as 07700-900-615.",
            person(working_name="Roxanne", phone="07700 900616"),
            off(),
            location="Manningham Lane",
            types=["hate_abuse"],
        ),
        g(
            ["Roxanne", "07700 900616"],
            [("PHONE_NUMBER", "+447700900615")],
            ["Manningham Lane"],
            ["hate_abuse", "threats", "refused_payment"],
            [],
            ["force_intel", "spoc"],
        ),
    )
)
R.append(
    (
        "nums",
        nums(
            7,
            "Ying works from a flat in Keighley. A man she knows as Stevo turns up every night, bangs on the door and "
            "sends dozens of texts from +44 7700 900617. She is scared to go out. She has limited English; her friend Mei translated.",
            person(name="Ying Zhao", phone="07700 900618"),
            off(names=["Stevo"], phones=["07700 900617"]),
            types=["harassment_stalking"],
            district="Bradford",
        ),
        g(
            ["Ying", "Mei", "07700 900618"],
            [("OFFENDER_NAME", "stevo"), ("PHONE_NUMBER", "+447700900617")],
            [],
            ["harassment_stalking"],
            ["limited_english", "fearful_subdued"],
            ["force_intel", "spoc"],
        ),
    )
)
R.append(
    (
        "nums",
        nums(
            8,
            "He didn't hurt me and there was no weapon. He just refused to pay and laughed. Number he used 07700 900619.",
            person(working_name="Bliss"),
            off(phones=["07700 900619"]),
            types=["refused_payment"],
        ),
        g(["Bliss"], [("PHONE_NUMBER", "+447700900619")], [], ["refused_payment"], [], ["force_intel", "spoc"]),
    )
)
R.append(
    (
        "nums",
        nums(
            9,
            "Worker reports a client pretended to be an undercover police officer, flashed a badge and demanded a free "
            "service or he would arrest her. He was driving a grey Skoda Octavia. Incident happened near Bradford Interchange.",
            person(name="Petra Oakes"),
            off(vehicles=[{"make": "Skoda", "model": "Octavia", "colour": "grey", "vrm": None}]),
            location="Bradford Interchange",
        ),
        g(
            ["Petra Oakes"],
            [],
            ["Bradford Interchange"],
            ["impersonating_police", "threats"],
            [],
            ["force_intel", "spoc"],
        ),
    )
)
R.append(
    (
        "nums",
        nums(
            10,
            "Client spiked her drink at the hotel on Sunbridge Road; she woke up with her phone and cash gone. Her sister Leanne "
            "collected her. Leanne's number is 07700 900620.",
            person(name="Carys Webb"),
            off(),
            location="Sunbridge Road",
            types=["drugging"],
        ),
        g(
            ["Carys", "Leanne", "07700 900620"],
            [],
            ["Sunbridge Road"],
            ["drugging", "theft"],
            [],
            ["force_intel", "spoc"],
        ),
    )
)
R.append(
    (
        "partner",
        partner(
            11,
            "Outreach saw a young woman on Lumb Lane who said a man called Arben keeps her passport and drives her "
            "to every job. She owes him for the flight. Arben's number is 07700 900621. She asked us not to use her name.",
            None,
            off(names=["Arben"], phones=["07700 900621"]),
        ),
        g(
            [],
            [("OFFENDER_NAME", "arben"), ("PHONE_NUMBER", "+447700900621")],
            ["Lumb Lane"],
            [],
            ["documents_held", "transported_by_other", "debt_bondage"],
            ["force_intel", "organised_crime"],
        ),
    )
)
R.append(
    (
        "partner",
        partner(
            12,
            "ISVA supporting Gemma Rourke after a rape by a punter who booked through the site as 'Carl'. "
            "He rang her from 07700 900622. Gemma can be contacted via the ISVA on 0113 496 0623.",
            person(name="Gemma Rourke", phone="07700 900624"),
            off(names=["Carl"], phones=["07700 900622"]),
            consent="formal_report",
            ptype="isva",
        ),
        g(
            ["Gemma Rourke", "Gemma", "07700 900624"],
            [("OFFENDER_NAME", "carl"), ("PHONE_NUMBER", "+447700900622")],
            [],
            ["sexual_assault"],
            [],
            ["force_intel", "spoc"],
        ),
    )
)
R.append(
    (
        "partner",
        partner(
            13,
            "Drug service note: client says she is fine, no concerns about anyone else, she just wanted a needle exchange.",
            person(name="Kerry Bolt"),
            None,
            ptype="drug_alcohol",
        ),
        g(["Kerry Bolt"], [], [], [], [], ["force_intel"]),
    )
)
R.append(
    (
        "partner",
        partner(
            14,
            "Housing officer visited a flat on Legrams Lane: four women living and working there, one man answered the "
            "door and did all the talking for them. They looked frightened. The landlord is known as Mr K.",
            None,
            None,
            ptype="housing",
        ),
        g(
            [],
            [],
            ["Legrams Lane"],
            [],
            ["living_at_premises", "speaks_for_worker", "fearful_subdued"],
            ["force_intel", "organised_crime"],
        ),
    )
)
R.append(
    (
        "partner",
        partner(
            15,
            "Health clinic: Aisha disclosed her ex-partner hit her last week when she refused to hand over her earnings. "
            "His name is Jason Pryce, mobile 07700 900625. Aisha's number is 07700 900626.",
            person(name="Aisha Rahman", phone="07700 900626"),
            off(names=["Jason Pryce"], phones=["07700 900625"]),
            consent="share_details",
            ptype="health",
        ),
        g(
            ["Aisha", "07700 900626"],
            [("OFFENDER_NAME", "jason pryce"), ("PHONE_NUMBER", "+447700900625")],
            [],
            ["violence"],
            ["third_party_control"],
            ["force_intel", "spoc", "organised_crime"],
        ),
    )
)
R.append(
    (
        "desktop_research",
        desk(
            16,
            "Jasmine, 23, new to Halifax, sweet and discreet. Text 07700 900627. Snap: jazzy_hfx",
            ["07700 900627"],
            "https://listings.example.com/jasmine-halifax",
            "Halifax",
        ),
        g(
            ["Jasmine", "07700 900627", "jazzy_hfx", "https://listings.example.com/jasmine-halifax"],
            [],
            ["Halifax"],
            [],
            [],
            ["force_intel"],
        ),
    )
)
R.append(
    (
        "desktop_research",
        desk(
            17,
            "Agency advert: new girls every week from Romania and Bulgaria. All bookings through the manager on 07700 900628. "
            "Girls available 24/7, we collect deposits.",
            ["07700 900628"],
            "https://agency.example.net/leeds",
            "Leeds",
        ),
        g(
            ["07700 900628", "https://agency.example.net/leeds"],
            [],
            ["Leeds"],
            [],
            ["rotating_workers", "speaks_for_worker"],
            ["force_intel", "organised_crime"],
        ),
    )
)
R.append(
    (
        "desktop_research",
        desk(
            18,
            "Room to let above shop on Westgate, suitable for 'working girls', cash only, ask for Dev 07700 900629.",
            ["07700 900629"],
            None,
            "Wakefield",
        ),
        g(["07700 900629", "Dev"], [], ["Westgate"], [], [], ["force_intel"]),
    )
)
R.append(
    (
        "desktop_research",
        desk(
            19,
            "Independent mature lady, Ossett, incalls only, email velvet.rose@example.com or call 020 7946 0630.",
            ["020 7946 0630"],
            "https://ads.example.org/velvet-rose",
            "Ossett",
        ),
        g(
            ["velvet.rose@example.com", "020 7946 0630", "https://ads.example.org/velvet-rose"],
            [],
            ["Ossett"],
            [],
            [],
            ["force_intel"],
        ),
    )
)
R.append(
    (
        "nums",
        nums(
            20,
            "me n my friend chantelle was at the car park off wakefield rd when a lad pulled a knife n took r bags. "
            "he had a tattoo on his neck n was in a white audi a3. chantelle's number 07700 900631",
            person(working_name="Destiny"),
            off(),
            sector="street",
            location="car park off Wakefield Road",
            types=["robbery", "weapon"],
        ),
        g(
            ["chantelle", "07700 900631", "Destiny"],
            [],
            ["car park off wakefield rd"],
            ["robbery", "weapon"],
            [],
            ["force_intel", "spoc"],
        ),
    )
)

with open(Path(__file__).with_name("holdout.jsonl"), "w") as fh:
    for source, record, gold in R:
        fh.write(json.dumps({"source": source, "record": record, "gold": gold}) + "\n")
print(len(R))
