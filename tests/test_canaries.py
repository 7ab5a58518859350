"""Property-based canary tests: plant a made-up reporter / subject / advertiser identity in
random positions and formats of all three sources, and assert that none of it appears in
any output field, any log line or any error message.

All data is fictional: made-up names, Ofcom drama-range numbers (07700 900xxx,
0113 496 0xxx, 020 7946 0xxx), example.* emails. Under CI the examples are derandomised so
a run is reproducible; locally each run explores new ones.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluation.leaks import flatten, present
from pipeline.batch import parse_line
from redaction.lexicon import load_lexicon

SETTINGS = settings(
    max_examples=int(os.environ.get("CANARY_EXAMPLES", "60")),
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# -- made-up identities -------------------------------------------------------------------------
_ONSETS = [
    "Qu",
    "Zor",
    "Vel",
    "Kyr",
    "Bre",
    "Mal",
    "Thes",
    "Dar",
    "Wyn",
    "Fen",
    "Ors",
    "Tal",
    "Ysa",
    "Hal",
    "Cor",
    "Brin",
    "Sar",
    "Nev",
    "Jor",
    "Pell",
    "Łu",
    "Żo",
    "Șer",
    "Öz",
    "Ján",
]
_MIDDLES = ["a", "e", "i", "o", "ae", "y", "ia", "eo"]
_ENDS = ["ndra", "vine", "lith", "xa", "rnet", "sset", "quin", "ntho", "lora", "rix", "wenna", "mira", "dric"]
_STREET_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Grove", "Terrace", "Mount", "Walk"]
_AREAS = ["LS", "BD", "WF", "HX", "HD"]
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _made_up(draw_word: st.SearchStrategy) -> st.SearchStrategy[str]:
    lex = load_lexicon()
    return draw_word.filter(lambda w: len(w) >= 5 and not lex.is_not_name(w))


word = _made_up(
    st.builds(lambda a, b, c: a + b + c, st.sampled_from(_ONSETS), st.sampled_from(_MIDDLES), st.sampled_from(_ENDS))
)


@st.composite
def phone(draw) -> tuple[str, str]:
    """(structured value, as written in the text): the same number in two formats."""
    kind = draw(st.sampled_from(["mobile", "leeds", "london"]))
    n = draw(st.integers(0, 998))  # ...0999 are the warn-listed project lines (warnlist.yaml)
    if kind == "mobile":
        a, b = "7700", f"900{n:03d}"
        forms = [
            f"0{a} {b}",
            f"0{a}{b}",
            f"+44 {a} {b}",
            f"+44{a}{b}",
            f"+44 (0){a} {b}",
            f"0044 {a} {b}",
            f"0{a}{b[0]} {b[1:]}",
            f"0{a}-{b[:3]}-{b[3:]}",
            f"0{a} {b[:3]} {b[3:]}",
            f"0{a}.{b[:3]}.{b[3:]}",
        ]
    else:
        area, mid = ("113", "496") if kind == "leeds" else ("20", "7946")
        last = f"0{n:03d}"
        forms = [
            f"0{area} {mid} {last}",
            f"(0{area}) {mid} {last}",
            f"0{area}-{mid}-{last}",
            f"0{area}{mid}{last}",
            f"+44 {area} {mid} {last}",
        ]
    return draw(st.sampled_from(forms)), draw(st.sampled_from(forms))


@st.composite
def identity(draw) -> dict[str, str]:
    first, last, working, street = draw(word), draw(word), draw(word), draw(word)
    field_phone, text_phone = draw(phone())
    born = draw(st.dates(date(1960, 1, 1), date(2005, 12, 31)))
    suffix = draw(st.sampled_from(["", "st", "nd", "rd", "th"]))
    dob_text = draw(
        st.sampled_from(
            [
                born.strftime("%d/%m/%Y"),
                f"{born.day}/{born.month}/{born.year % 100:02d}",
                born.strftime("%d.%m.%Y"),
                f"{born.day}{suffix} {born.strftime('%B')} {born.year}",
                born.isoformat(),
            ]
        )
    )
    area = draw(st.sampled_from(_AREAS)) + str(draw(st.integers(1, 29)))
    inward = str(draw(st.integers(1, 9))) + "".join(draw(st.sampled_from(_INWARD_LETTERS)) for _ in range(2))
    house = str(draw(st.integers(1, 199)))
    street_name = f"{street} {draw(st.sampled_from(_STREET_TYPES))}"
    tld = draw(st.sampled_from(["com", "org", "net"]))
    handle = f"{working.lower()}_{draw(st.sampled_from(['x', 'xo', 'lds', 'wf', '99']))}"
    return {
        "first": first,
        "last": last,
        "working": working,
        "phone": field_phone,
        "phone_text": text_phone,
        "email": f"{first.lower()}.{last.lower()}@example.{tld}",
        "handle": handle,
        "street": street_name,
        "house": f"{house} {street_name}",
        "postcode": f"{area} {inward}",
        "address": f"{house} {street_name}, Wraybury {area} {inward}",
        "dob": born.isoformat(),
        "dob_text": dob_text,
    }


def canary_values(c: dict[str, str]) -> list[str]:
    return [
        c["first"],
        c["last"],
        c["working"],
        c["phone"],
        c["phone_text"],
        c["email"],
        c["handle"],
        c["street"],
        c["postcode"],
        c["dob_text"],
        c["dob"],
    ]


# Sentences that plant the identity. Several put it in an OFFENDER context on purpose: a
# structured victim value must be redacted whatever the words around it say.
PLANTS = [
    "My number is {phone_text} if you need me.",
    "{first} can be contacted on {phone_text} or by email at {email}.",
    "He rang {first} from {phone_text} at 2am.",
    "The punter's number was {phone_text} according to {working}.",
    "A man who calls himself {working} booked her.",
    "{first} {last} lives at {house}, {postcode}, with her kids.",
    "He turned up at {house} and banged on the door.",
    "Her snapchat is {handle} and he found her there.",
    "He posts as @{handle} now.",
    "Reporter {first} (DOB {dob_text}) wants a formal report.",
    "{working}'s email is {email_upper} and her mobile {phone_text}.",
    "Text me on {phone_text}, {working} x",
    "He emailed from {email} to confirm the booking.",
    "She is staying on {street} for now.",
    "ring {first_lower} on {phone_text} she knows everything",
]
OFFENDER_FILLER = [
    "He rang her from 07700 900456 and said he was outside.",
    "He drove a silver Vauxhall Astra, reg YX62 ABC.",
    "The client said his name was Gorran and paid with fake notes.",
    "It happened on Tannery Road at about midnight.",
    "He was white, about 40, stocky, with a Leeds accent.",
]


def narrative(draw, c: dict[str, str]) -> str:
    fields = c | {"email_upper": c["email"].upper(), "first_lower": c["first"].lower()}
    plants = draw(st.lists(st.sampled_from(PLANTS), min_size=2, max_size=5, unique=True))
    filler = draw(st.lists(st.sampled_from(OFFENDER_FILLER), min_size=0, max_size=3, unique=True))
    sentences = draw(st.permutations([p.format(**fields) for p in plants] + filler))
    text = " ".join(sentences)
    return text.lower() if draw(st.booleans()) and draw(st.booleans()) else text  # text-speak, sometimes


def person_field(c: dict[str, str]) -> dict[str, object]:
    return {
        "name": f"{c['first']} {c['last']}",
        "working_name": c["working"],
        "phone": c["phone"],
        "email": c["email"],
        "address": c["address"],
        "date_of_birth": c["dob"],
        "online_handles": [c["handle"]],
    }


OFFENDER = {
    "names": ["Gorran"],
    "phones": ["07700 900456"],
    "emails": [],
    "online_handles": [],
    "vehicles": [{"make": "Vauxhall", "model": "Astra", "colour": "silver", "vrm": "YX62 ABC"}],
    "description": "white male, about 40, stocky",
}


@st.composite
def planted_record(draw) -> tuple[str, dict, dict[str, str]]:
    c = draw(identity())
    source = draw(st.sampled_from(["nums", "partner", "desktop_research"]))
    if source == "desktop_research":
        head = draw(
            st.sampled_from(
                ["{working}, 23, Leeds LS2.", "{working} & friends - Bradford.", "I'm {working}, new in town."]
            )
        )
        contact = draw(
            st.sampled_from(
                [
                    "Call {working} on {phone_text}.",
                    "Text {phone_text}.",
                    "{working} {phone_text}",
                    "Email {email} or snap {handle}.",
                ]
            )
        )
        body = " ".join([head.format(**c), "Genuine pics, no rush.", contact.format(**c)])
        record = {
            "research_id": "DR-CANARY-1",
            "captured_at": "2026-11-03T12:00:00Z",
            "authority_ref": "AUTH-CANARY",
            "researcher": "PC 0000",
            "force_area": "West Yorkshire",
            "platform": "adult_services_site",
            "url": f"https://adverts.example.com/@{c['handle']}",
            "content": body,
            "phones": [c["phone"]],
            "location": "Leeds LS2",
        }
        checked = [c["working"], c["phone"], c["phone_text"], c["handle"], c["email"]]
        return source, record, {"values": checked}
    common = {
        "force_area": "West Yorkshire",
        "consent": draw(st.sampled_from(["anonymous_intelligence", "share_details", "formal_report"])),
        "offender": OFFENDER,
        "narrative": narrative(draw, c),
    }
    if source == "nums":
        record = {
            "report_id": "NUM-CANARY-1",
            "received_at": "2026-11-03T12:00:00Z",
            "district": "Leeds",
            "location": "Tannery Road",
            "sector": "street",
            "incident_types": ["robbery"],
            "reporter": person_field(c),
        } | common
    else:
        record = {
            "submission_id": "PS-CANARY-1",
            "submitted_at": "2026-11-03T12:00:00Z",
            "partner": {"name": "Fictional Outreach", "type": "outreach"},
            "subject": person_field(c),
        } | common
    return source, record, {"values": canary_values(c)}


def _leaks(values: list[str], text: str) -> list[str]:
    return [v for v in values if present(v, text)]


@SETTINGS
@given(planted_record())
def test_no_canary_in_any_output_field_or_log_line(pipeline, caplog, item):
    source, record, canaries = item
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        result = pipeline.process(source, parse_line(source, json.dumps(record)))
    output = result.output
    assert not _leaks(canaries["values"], flatten(output)), (record.get("narrative") or record["content"], output)
    assert not _leaks(canaries["values"], caplog.text)
    # the redaction itself caught them: the last-resort guard had nothing to do
    assert result.leak_guard_hits == 0


@st.composite
def third_party(draw) -> tuple[str, list[str]]:
    name, other = draw(word), draw(word)
    number, _ = draw(phone())
    template = draw(
        st.sampled_from(
            [
                "My friend {name} ({number}) was with me when he came.",
                "Her flatmate {name} saw the man. {name}'s number is {number}.",
                "The receptionist, {name}, came running when she screamed; her number is {number}.",
                "There is a young girl working there called {name} and a man always answers {name}'s phone.",
                "my mate {lower} seen it all from the bus stop",
                "Two other women, {name} and a girl she knows as {other}, were working too.",
                "He kept texting my sister {name} on {number}.",
                "Her safety driver {name} waited outside; his number is {number}.",
            ]
        )
    )
    text = template.format(name=name, other=other, number=number, lower=name.lower())
    return text, [v for v in (name, other, number) if v.lower() in text.lower() or v in text]


@SETTINGS
@given(third_party(), st.sampled_from(["nums", "partner"]))
def test_third_parties_introduced_by_a_cue_are_redacted(pipeline, planted, source):
    text, values = planted
    record = {
        "force_area": "West Yorkshire",
        "consent": "anonymous_intelligence",
        "offender": None,
        "narrative": "He grabbed her bag and ran. " + text,
    } | (
        {"report_id": "NUM-TP-1", "received_at": "2026-11-03T12:00:00Z", "sector": "street", "reporter": None}
        if source == "nums"
        else {
            "submission_id": "PS-TP-1",
            "submitted_at": "2026-11-03T12:00:00Z",
            "subject": None,
            "partner": {"name": "Fictional Outreach", "type": "outreach"},
        }
    )
    output = pipeline.process(source, parse_line(source, json.dumps(record))).output
    assert not _leaks(values, flatten(output)), (text, output["record"]["narrative"])


@SETTINGS
@given(planted_record(), st.sampled_from(["sector", "consent", "missing", "not_json", "authority"]))
def test_rejections_never_echo_a_canary(pipeline, caplog, item, breakage):
    from pipeline.batch import run_batch

    source, record, canaries = item
    record = json.loads(json.dumps(record))
    name = canaries["values"][0]
    if breakage == "sector":
        record["sector"] = name  # an unknown enum symbol that IS a canary
    elif breakage == "consent":
        record["consent"] = name
    elif breakage == "missing":
        record.pop("narrative", None) or record.pop("content", None)
    elif breakage == "authority":
        record["authority_ref"] = ""
    line = json.dumps(record)
    if breakage == "not_json":
        line = line[:-1] + f" {name}"
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        outputs = list(run_batch(pipeline, source, [line]))
    assert len(outputs) == 1
    assert not _leaks(canaries["values"], json.dumps(outputs[0]))
    assert not _leaks(canaries["values"], caplog.text)


@SETTINGS
@given(planted_record())
def test_no_canary_in_a_digest_or_a_draft_warning(pipeline, item):
    """The liaison officer's digest (HTML, text, JSON) and every draft NUM warning made
    from a planted record: no reporter, subject, advertiser or third-party identifier."""
    from processors.digest import (
        build_digest,
        digest_item,
        draft_warning,
        group_offenders,
        render_html,
        render_json,
        render_text,
        render_warning_html,
        render_warning_text,
    )
    from processors.digest.periods import PERIODS, parse_time, window_of

    source, record, canaries = item
    output = pipeline.process(source, parse_line(source, json.dumps(record))).output
    # Into the digest whatever its routes (an advert may go to force intelligence only).
    output = dict(output, routes=sorted({*output["routes"], "spoc"}))
    entry = digest_item(output)
    window = window_of(parse_time("2026-11-03T12:00:00Z"), PERIODS["weekly"])
    digest = build_digest([entry], entry["district"], "weekly", window, parse_time("2026-11-05T12:00:00Z"))
    texts = [render_html(digest), render_text(digest), render_json(digest)]
    for group in group_offenders([entry]):  # a draft for every offender, eligible or not
        draft = draft_warning(group)
        texts += [render_warning_html(draft), render_warning_text(draft), render_json(draft)]
    for text in texts:
        assert not _leaks(canaries["values"], text), (record.get("narrative") or record["content"], text[:2000])
