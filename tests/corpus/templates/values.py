"""Fictional value pools and formatters for the template corpus generator.

Everything here is invented.  Phones come only from the Ofcom drama ranges
07700 900000-900999, 0113 496 0000-0999 and 020 7946 0000-0999; e-mails and
URLs only at example.com / .org / .net.
"""

# --- people -----------------------------------------------------------------
# worker first names by culture (victims, other workers, friends)
WORKER_FIRST = {
    "english": [
        "Jade",
        "Chloe",
        "Stacey",
        "Kayleigh",
        "Gemma",
        "Leanne",
        "Shannon",
        "Tasha",
        "Demi",
        "Courtney",
        "Jodie",
        "Nicola",
        "Kerry",
        "Becca",
    ],
    "polish": ["Agnieszka", "Kasia", "Magdalena", "Zofia", "Ewelina", "Dorota", "Paulina"],
    "romanian": ["Ioana", "Andreea", "Roxana", "Bianca", "Florentina", "Mihaela", "Larisa"],
    "portuguese": ["Fernanda", "Juliana", "Larissa", "Thaiane", "Graziela", "Raquel"],
    "thai": ["Siriporn", "Malee", "Wanida", "Kanya", "Ratana", "Pranee"],
    "chinese": ["Xiaoling", "Meihua", "Jingyi", "Yanling", "Xiuying", "Lihua"],
    "nigerian": ["Chioma", "Ngozi", "Blessing", "Funmilayo", "Adaeze", "Oluwaseun"],
    "other": ["Aaliyah", "Precious", "Danuta", "Katarzyna", "Samira", "Tereza"],
}
WORKER_LAST = {
    "english": [
        "Hargreaves",
        "Whitworth",
        "Ackroyd",
        "Booth",
        "Sutcliffe",
        "Pickles",
        "Brearley",
        "Lumb",
        "Marsden",
        "Hepworth",
    ],
    "polish": ["Kowalczyk", "Wisniewska", "Zielinska", "Nowakowska", "Kaczmarek"],
    "romanian": ["Popescu", "Dumitrescu", "Stanciu", "Ionescu", "Marinescu"],
    "portuguese": ["Carvalho", "Figueiredo", "Rocha", "Azevedo", "Moreira"],
    "thai": ["Srisuk", "Chaiyaporn", "Thongdee", "Boonmee", "Sukprasert"],
    "chinese": ["Zhang", "Huang", "Liang", "Zhou", "Xu"],
    "nigerian": ["Okonkwo", "Adeyemi", "Eze", "Okafor", "Balogun"],
    "other": ["Mensah", "Novotna", "Haddad", "Kovacs", "Petrova"],
}
WORKING_NAMES = [
    "Amber",
    "Roxy",
    "Destiny",
    "Scarlett",
    "Bella Rose",
    "Sapphire",
    "Lola",
    "Mya",
    "Jasmine",
    "Tiffany",
    "Chanel",
    "Kitty",
    "Paris",
    "Crystal",
    "Sasha",
    "Lexi",
    "Angel",
    "Mistress Vex",
    "Coco",
    "Ruby Lou",
    "Naomi Belle",
    "Trixie",
    "Saffron",
    "Mimi",
    "Jewel",
    "Scarlett Rae",
]
MALE_FIRST = [
    "Darren",
    "Wayne",
    "Craig",
    "Kai",
    "Tariq",
    "Imran",
    "Marek",
    "Florin",
    "Jamal",
    "Connor",
    "Gary",
    "Steve",
    "Nathan",
    "Ricky",
    "Dariusz",
    "Bogdan",
    "Arben",
    "Kwame",
    "Femi",
    "Hamza",
    "Liam",
    "Shane",
    "Tomasz",
    "Adrian",
    "Jermaine",
    "Callum",
    "Vasile",
    "Ionut",
    "Zoran",
    "Wei",
    "Duc",
    "Stuart",
    "Neil",
    "Dean",
    "Brendan",
    "Rashid",
    "Kieran",
    "Mehmet",
    "Alfie",
    "Reece",
]
MALE_LAST = [
    "Whiteley",
    "Firth",
    "Crowther",
    "Haigh",
    "Dobson",
    "Mahmood",
    "Hussain",
    "Lewandowski",
    "Radu",
    "Hoxha",
    "Mensah",
    "Okoro",
    "Gallagher",
    "Murphy",
    "Bairstow",
    "Illingworth",
    "Sykes",
    "Nowak",
    "Ciobanu",
    "Kelmendi",
    "Asante",
    "Yilmaz",
    "Nguyen",
    "Chen",
    "Rowbotham",
    "Tindall",
    "Ogden",
]
ALIASES = [
    "Mr Grey",
    "Big Dave",
    "Daddy J",
    "Smithy",
    "Kaz",
    "Johnny Cash",
    "the Prof",
    "Mr Smith",
    "Dazza",
    "Tommo",
    "Bossman",
    "Uncle Rob",
    "Sonny",
    "Mr T",
    "Little Mo",
    "Ginger Pete",
    "Mr Brown",
    "Slim",
    "Lucky",
    "Madam Lin",
    "Auntie Rose",
    "Mama Joy",
    "Mr Nice",
    "Captain",
]
FRIEND_FIRST = [
    "Jade",
    "Kirsty",
    "Mel",
    "Dani",
    "Shaz",
    "Lou",
    "Bex",
    "Tia",
    "Lisa",
    "Monika",
    "Elena",
    "Ama",
    "Joy",
    "Mai",
    "Niamh",
    "Chantelle",
    "Kelsey",
]
STAFF_NAMES = [
    "Helen Stockdale",
    "Priya Chauhan",
    "Rachel Oduya",
    "Sam Greaves",
    "Fiona McAteer",
    "Joanne Pickard",
    "Anita Bhatt",
    "Ruth Ellery",
    "Claire Naylor",
    "Beth Womersley",
    "Marcia Fenwick",
    "Lucy Tranmer",
]

# --- places -----------------------------------------------------------------
FORCES = {
    "West Yorkshire": {
        "Leeds": ["Holbeck", "Harehills", "Chapeltown", "Beeston", "Armley", "Kirkstall"],
        "Bradford": ["Manningham", "Little Horton", "Bowling", "Girlington", "Thornbury"],
        "Kirklees": ["Huddersfield", "Dewsbury", "Batley", "Lockwood"],
        "Calderdale": ["Halifax", "Brighouse", "Sowerby Bridge"],
        "Wakefield": ["Wakefield", "Castleford", "Pontefract", "Ossett"],
    },
    "South Yorkshire": {
        "Sheffield": ["Attercliffe", "Darnall", "Sharrow"],
        "Doncaster": ["Hyde Park", "Balby", "Bentley"],
        "Rotherham": ["Eastwood", "Masbrough"],
    },
    "Greater Manchester": {
        "Manchester": ["Cheetham Hill", "Ancoats", "Longsight"],
        "Salford": ["Pendleton", "Eccles"],
        "Oldham": ["Werneth", "Glodwick"],
    },
    "Merseyside": {"Liverpool": ["Kensington", "Anfield", "Toxteth"], "Wirral": ["Birkenhead", "Wallasey"]},
    "West Midlands": {
        "Birmingham": ["Balsall Heath", "Digbeth", "Handsworth"],
        "Coventry": ["Hillfields", "Foleshill"],
    },
    "Northumbria": {"Newcastle": ["Elswick", "Byker", "Shieldfield"], "Sunderland": ["Hendon", "Millfield"]},
}
DESC_TOWNS = [
    "Bradford",
    "Scouse",
    "Geordie",
    "Brummie",
    "Mancunian",
    "Glasgow",
    "Barnsley",
    "Cockney",
    "Irish",
    "Welsh",
    "Hull",
]
ORIGIN_COUNTRIES = [
    "Romania",
    "Poland",
    "Brazil",
    "Thailand",
    "China",
    "Nigeria",
    "Albania",
    "Vietnam",
    "Hungary",
    "Portugal",
]
NATIONALITY = [
    "Albanian",
    "Kurdish",
    "Romanian",
    "Polish",
    "Eastern European",
    "Asian",
    "Irish",
    "Scottish",
    "Lithuanian",
    "Turkish",
    "Nigerian",
]
STREETS = [
    "Mafeking Terrace",
    "Lindley Street",
    "Carlton Grove",
    "Ashby Street",
    "Tennyson Place",
    "Harlow Road",
    "Marlborough Grove",
    "Gledhow Mount",
    "Cobden Street",
    "Bramley Rise",
    "Sunny Bank Road",
    "Garnet Grove",
    "Pilot Street",
    "Wharf Approach",
    "Canal Walk",
    "Springfield Mount",
    "Ivy Crescent",
    "Beacon Row",
    "Thornton Lane",
    "Quarry Hill Way",
    "Aldred Street",
    "Whinmoor Avenue",
    "Peel Square",
    "Cavendish Walk",
]
BLOCKS = [
    "Kestrel House",
    "Mercury Court",
    "Lumiere Apartments",
    "Skyline Plaza",
    "Granary Wharf Lofts",
    "Victoria Mill",
    "Brunel Court",
    "Nettleton House",
]
VENUES = [
    "the Premier Inn",
    "the Travelodge",
    "the Ibis",
    "the Regent Lodge Hotel",
    "the Northgate Motel",
    "the Aldi car park",
    "the Asda car park",
    "the Crown pub",
    "the retail park",
    "the industrial estate",
    "the Royal Oak",
    "the Station Hotel",
    "the Co-op car park",
    "the Lidl car park",
    "the Holiday Inn Express",
    "the bus station",
]
POSTCODE_AREAS = ["LS", "BD", "HD", "HX", "WF", "S", "M", "L", "B", "NE"]

# --- organisations and ordinary words that must survive ---------------------
ORGS = [
    "Home Office",
    "the council",
    "Basis Yorkshire",
    "National Ugly Mugs",
    "the Job Centre",
    "Citizens Advice",
    "the Salvation Army",
    "Victim Support",
    "the Border Force",
    "Social Services",
    "the DWP",
    "Crimestoppers",
]
WEAPONS = [
    "Stanley knife",
    "kitchen knife",
    "baseball bat",
    "hammer",
    "screwdriver",
    "machete",
    "taser",
    "metal bar",
    "broken bottle",
]
VEHICLES = [
    ("Vauxhall", "Corsa"),
    ("Ford", "Focus"),
    ("BMW", "3 Series"),
    ("Audi", "A3"),
    ("Volkswagen", "Golf"),
    ("Toyota", "Prius"),
    ("Mercedes", "Sprinter"),
    ("Skoda", "Octavia"),
    ("Nissan", "Qashqai"),
    ("Range Rover", "Evoque"),
    ("Ford", "Transit"),
    ("Kia", "Sportage"),
    ("Seat", "Leon"),
    ("Peugeot", "208"),
    ("Honda", "Civic"),
    ("Mercedes", "C Class"),
    ("Vauxhall", "Astra"),
    ("Ford", "Fiesta"),
]
COLOURS = ["black", "silver", "white", "grey", "dark blue", "red", "gold", "green"]
REG_AREAS = ["YX", "YK", "YS", "YG", "MA", "MF", "LV", "BN", "NK", "FD", "WR", "DK", "YJ", "YP", "MK", "LD", "SD", "KP"]
REG_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
EMAIL_DOMAINS = ["example.com", "example.org", "example.net"]
HANDLE_WORDS = [
    "dazzler",
    "yorkie",
    "bigman",
    "punter",
    "knight",
    "wolf",
    "lad",
    "geezer",
    "king",
    "rider",
    "hunter",
    "gent",
    "romeo",
    "tiger",
    "nightowl",
    "lonely",
    "funtime",
    "discreet",
    "boss",
    "jay",
]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# --- phones -----------------------------------------------------------------
def new_phone(rng, kind=None):
    """Return the national digit string of a fictional number."""
    kind = kind or rng.choices(["mob", "leeds", "london"], [8, 2, 1])[0]
    n = rng.randrange(1000)
    if kind == "mob":
        return "07700900%03d" % n
    if kind == "leeds":
        return "01134960%03d" % n
    return "02079460%03d" % n


def e164(digits):
    return "+44" + digits[1:]


def fmt_phone(rng, digits, style=None):
    """Format a national digit string in one of many written styles."""
    if digits.startswith("07"):
        a, b = digits[:5], digits[5:]
        styles = [
            f"{a} {b}",
            digits,
            f"{a}-{b[:3]}-{b[3:]}",
            f"+44 {a[1:]} {b}",
            f"+44 (0){a[1:]} {b}",
            "+44" + digits[1:],
            f"{a} {b[:3]} {b[3:]}",
            f"{a[:4]} {a[4]}{b[:2]} {b[2:]}",
            f"({a}) {b}",
            f"{a}-{b}",
            f"{a}.{b}",
            f"+44-{a[1:]}-{b}",
        ]
    elif digits.startswith("0113"):
        a, b, c = digits[:4], digits[4:7], digits[7:]
        styles = [
            f"{a} {b} {c}",
            f"({a}) {b} {c}",
            f"{a}-{b}-{c}",
            digits,
            f"+44 {a[1:]} {b} {c}",
            f"+44 (0){a[1:]} {b} {c}",
            f"{a} {b}{c}",
            f"({a}) {b}{c}",
            f"+44{digits[1:]}",
            f"{a}-{b}{c}",
        ]
    else:
        a, b, c = digits[:3], digits[3:7], digits[7:]
        styles = [
            f"{a} {b} {c}",
            f"({a}) {b} {c}",
            digits,
            f"+44 {a[1:]} {b} {c}",
            f"+44 (0){a[1:]} {b} {c}",
            f"{a}-{b}-{c}",
            f"{a} {b}{c}",
            f"+44{digits[1:]}",
            f"({a}) {b}-{c}",
        ]
    if style is None:
        return pick(rng, styles)
    return styles[style % len(styles)]


# --- registrations, vehicles, e-mails, handles, addresses -------------------
def new_reg(rng):
    age = pick(
        rng,
        [
            "62",
            "63",
            "13",
            "14",
            "64",
            "15",
            "65",
            "16",
            "66",
            "17",
            "67",
            "18",
            "68",
            "19",
            "69",
            "70",
            "21",
            "71",
            "22",
            "72",
        ],
    )
    tail = "".join(pick(rng, REG_LETTERS) for _ in range(3))
    return pick(rng, REG_AREAS) + age + tail


def fmt_reg(rng, reg):
    return pick(rng, [reg[:4] + " " + reg[4:], reg, reg[:4] + " " + reg[4:], (reg[:4] + " " + reg[4:]).lower()])


def new_vehicle(rng):
    make, model = pick(rng, VEHICLES)
    return {"make": make, "model": model, "colour": pick(rng, COLOURS), "vrm": new_reg(rng)}


def new_email(rng, first, last=None):
    base = pick(
        rng,
        [
            first.lower(),
            (first + (last or "")).lower(),
            first.lower() + "." + (last or "x").lower(),
            first.lower() + str(rng.randrange(10, 99)),
            first[0].lower() + (last or first).lower(),
        ],
    )
    base = base.replace(" ", "").replace("'", "")
    return base + "@" + pick(rng, EMAIL_DOMAINS)


def new_handle(rng, seed_word=None):
    w = (seed_word or pick(rng, HANDLE_WORDS)).lower().replace(" ", "")
    return pick(
        rng,
        [
            w + "_" + str(rng.randrange(10, 99)),
            w + pick(rng, HANDLE_WORDS),
            pick(rng, HANDLE_WORDS) + "_" + w,
            w + str(rng.randrange(1970, 2005)),
            "the_real_" + w,
            w + "xx",
        ],
    )


def new_url(rng, slug):
    slug = slug.lower().replace(" ", "-")
    return pick(
        rng,
        [
            f"https://www.example.com/escorts/{slug}",
            f"www.example.net/profile/{slug}-{rng.randrange(100, 999)}",
            f"https://example.org/ads/{rng.randrange(10000, 99999)}",
            f"example.com/{slug}",
        ],
    )


def new_postcode(rng, area=None):
    area = area or pick(rng, POSTCODE_AREAS)
    return "%s%d %d%s%s" % (
        area,
        rng.randrange(1, 29),
        rng.randrange(1, 9),
        pick(rng, REG_LETTERS),
        pick(rng, REG_LETTERS),
    )


def new_address(rng, street=None):
    street = street or pick(rng, STREETS)
    n = rng.randrange(1, 140)
    return pick(
        rng,
        [
            f"{n} {street}",
            f"flat {rng.randrange(1, 40)}, {pick(rng, BLOCKS)}",
            f"{n} {street}",
            f"{n}a {street}",
            f"{n} {street}, {new_postcode(rng)}",
        ],
    )


def new_dob(rng):
    return "%d-%02d-%02d" % (rng.randrange(1975, 2004), rng.randrange(1, 13), rng.randrange(1, 29))


def new_ts(rng, year=2026):
    return "%d-%02d-%02dT%02d:%02d:00Z" % (
        year,
        rng.randrange(1, 13),
        rng.randrange(1, 29),
        rng.randrange(0, 24),
        rng.choice([0, 15, 30, 45]),
    )
