"""Linkage at stop 41 (issue 12, from linkage/dev_q; each phrasing here invented): a page in
the offender's own words (a punter's review or post boasting of what he did) read as a report
of him, in the third person; warnings told as "pls share" or "don't bother"; a refrigerated
lorry; money counted out in coppers; a porter's uniform, a pass on a cord at his neck, a timer
told by its kind; twin brothers; a deaf man who writes his side; a
clergyman however he names himself, verses told by their book; a barcode of stripes, a
tattoo on the throat, a "bike lid"; a stick with a dog on top. A quote of scripture by two
men who both quote scripture is one feature, not two. An identifier chain through a report;
adverts of different women on one contact number, reworded from one template. And what must
not count: a worker's advert or her warning in the first person, a harmless review, a fridge
freezer, her own timer, her twins, a twin room, her notes, a hotel porter, poetry verses, a
page listing many men's numbers, one woman's own adverts on her own number; and the
look-alikes' single traits. Every positive test here fails on the code before stop 41. All
data fictional."""

from __future__ import annotations

from typing import Any

import pytest

from processors import offender_profile as op
from processors.advert_clusters import AdvertClusters
from processors.correlation import Observation, keys_for
from processors.linkage import CHAIN, IDENTIFIER, Linker, Subject
from processors.similar_offenders import score
from redaction.pseudonym import Pseudonymiser
from tests.test_linkage_series_traits import build, pair_links

KEY = Pseudonymiser(b"test-only-key-not-secret-linkage-41")


def page(content: str, mo: list[str] | None = None) -> dict[str, Any]:
    return {"content": content, "mo": mo or [], "entities": [], "location": "Leeds"}


def page_profile(content: str, mo: list[str] | None = None) -> dict[str, Any] | None:
    return op.build("desktop_research", page(content, mo))


def behaviours(text: str) -> list[str]:
    return build(text)["behaviours"]


def bare(text: str) -> set[str]:
    return {b.partition(":")[0] for b in behaviours(text)}


# -- a page in his own words ----------------------------------------------------------------

OWN = [
    "Review by GrinderGaz » 5/5 for me lol. Came straight off shift in me hi-vis with me site pass on a string round "
    "me neck. Told her I'd nip to the cashpoint and just drove off 😂",
    "Posted by [HANDLE_1]: rocked up in me chef whites again, she had no idea the phone was filming in me bag lol",
    "[HANDLE_1]: you know who you are love. Clip goes up Monday unless you sort me out. She should've checked",
    # an offence the behaviours tell: a squeeze of her neck
    "Review posted by [HANDLE_1]: turned up in me fishing waders lol. Had a good squeeze of her neck while we were at "
    "it, she went quiet. 6/10",
    # in the second person, a tip to other men
    "Review by [HANDLE_1] » top tip lads, bring a stopwatch and walk when it beeps, never paid yet 😂 she kicked off",
]


@pytest.mark.parametrize("content", OWN)
def test_a_page_in_his_own_words_is_profiled(content: str) -> None:
    assert page_profile(content) is not None, content


@pytest.mark.parametrize(
    "content",
    [
        # her advert, in her first person
        "Hi gents, I'm Roxy, my own flat near the station, text me on [PHONE_1]. Rates: £90 half hour",
        # a harmless review: no offence told
        "Review by NiceGuyNorm » 9/10. She was lovely, I paid and tipped her, I'll be back next month",
        # a harmless review: paid and tipped, whatever MO was read ("robbed me blind at those prices")
        "Review by KeenKev » 8/10, robbed me blind at those prices lol but worth it. Paid the agreed and left a "
        "tip, she was great",
        # her warning in her first person: of him
        "Posted by [HANDLE_1]: he grabbed me by the arm and wouldn't pay, I got nowt, avoid",
        # no byline: a chat line in the first person
        "I think she got nothing from him that night, lol",
    ],
)
def test_her_pages_and_harmless_reviews_are_not_his_own_account(content: str) -> None:
    assert not op.own_account(page(content, ["robbery"] if "robbed" in content else None)), content


def test_his_own_account_is_read_in_the_third_person() -> None:
    text = op.in_third_person(
        "still in me work boots with me pass round me neck. I set it, she chased me down the road"
    )
    assert text == "still in his work boots with his pass round his neck. he set it, she chased him down the road"
    assert op.in_third_person("I'm off, my round") == "he's off, his round"
    profile = page_profile(OWN[0])
    assert profile is not None
    assert "lanyard" in profile["items"] and "hi-vis" in profile["items"]


def test_his_own_account_links_to_a_report_of_the_same_traits_a_generic_one_does_not() -> None:
    own = page_profile(
        "Review by [HANDLE_1] » 5/5 for me. Rocked up in me hospital porter uniform, trusty pinger timer out, "
        "set it for 20 and when it rang she got nowt lol"
    )
    assert own is not None
    report = build("he was dressed as a hospital porter, set a little plastic timer on the side and didnt pay")
    assert pair_links(own, report)
    generic = build("tall bald man, white van, Yorkshire accent, didnt pay")
    assert not pair_links(own, generic)


# -- warnings told otherwise ------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Bradford ladies pls share 🙏 bloke in a green estate, he goes nasty if you say no to him",
        "THE SHED MAN is back round Armley. He pays in buttons and then he argues. Don't bother.",
    ],
)
def test_a_warning_told_as_pls_share_or_dont_bother(content: str) -> None:
    assert op.warns_of_a_man(page(content)), content


def test_a_share_of_her_advert_is_no_warning() -> None:
    assert not op.warns_of_a_man(page("pls share, she's lovely and she's new in town, text her"))


# -- traits told otherwise --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("he drives a refrigerated wagon for a frozen food firm", "refrigerated"),
        ("big white chiller lorry, the fridge unit humming", "refrigerated"),
        ("a lorry with a freezer box on the back", "refrigerated"),
        ("pulled up in a cold-store van", "refrigerated"),
    ],
)
def test_a_refrigerated_lorry_however_told(text: str, detail: str) -> None:
    assert detail in build(text)["vehicle_details"], text


@pytest.mark.parametrize(
    "text",
    ["he said he'd just delivered a fridge freezer", "his van was freezing cold inside", "a lorry on the ring road"],
)
def test_a_fridge_he_delivers_or_the_cold_is_no_refrigerated_lorry(text: str) -> None:
    assert "refrigerated" not in build(text)["vehicle_details"], text


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("counts out your money in coppers and silver, always short", "pays_coins"),
        ("handed over the cash in shrapnel", "pays_coins"),
        ("turned up in his hospital porter's uniform", "claims_job"),
        ("navy porter trousers and polo, like from the hospital", "claims_job"),
        ("introduced himself as 'the Reverend'", "claims_job"),
        ("said he's a man of the cloth", "claims_job"),
        ("he had a little pinger timer going the whole time", "times_her"),
        ("he set a wind-up timer on the dresser", "times_her"),
        ("out came a timer shaped like a strawberry", "times_her"),
        ("they were twins, same face, one with a beard", "twins"),
        ("two men, identical twin brothers", "twins"),
        ("think he was deaf, wrote everything on a pad", "deaf_writes"),
        ("communicated only by handwritten notes", "deaf_writes"),
        ("recited verses from Leviticus at her", "religious_talk"),
        ("said the collection plate was empty and walked out", "religious_talk"),
        ("we got beat 2-1 so he was in a foul mood after", "team_lost"),
        ("had a good squeeze of her neck", "choking"),
    ],
)
def test_what_he_does_told_otherwise(text: str, behaviour: str) -> None:
    assert behaviour in bare(text), (text, behaviours(text))


@pytest.mark.parametrize(
    ("text", "not_behaviour"),
    [
        ("the hotel porter let him in", "claims_job"),
        ("my phone timer went off so I told him time was up", "times_her"),
        ("I set a small timer on my phone for the hour", "times_her"),
        ("my twins were asleep upstairs", "twins"),
        ("he booked a twin room at the hotel", "twins"),
        ("she wrote down his number in her notes", "deaf_writes"),
        ("I couldn't hear the door over the music", "deaf_writes"),
        ("he recited verse after verse of some poet", "religious_talk"),
        ("recited verses from Leviticus at her", "recites_poetry"),
        ("quoting bible verses the whole time", "recites_poetry"),
        ("they got beaten up outside the pub", "team_lost"),
        ("he gave her neck a kiss", "choking"),
    ],
)
def test_what_looks_alike_is_not_the_behaviour(text: str, not_behaviour: str) -> None:
    assert not_behaviour not in bare(text), (text, behaviours(text))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("his works pass on a ribbon round his neck", "lanyard"),
        ("security pass on a cord round his neck", "lanyard"),
        ("kept his bike lid on all the time", "motorbike helmet"),
        ("walking stick with a brass lion on top", "dog-head stick"),
        ("the collar white at his neck like a vicar", "clerical collar"),
        ("a white clerical band at the neck of his shirt", "clerical collar"),
        ("still in the shirt and scarf from the match", "football shirt"),
    ],
)
def test_what_he_wears_or_carries_told_otherwise(text: str, item: str) -> None:
    assert item in build(text)["items"], (text, build(text)["items"])


def test_a_barcode_of_stripes_on_the_throat_is_the_barcode_on_the_neck() -> None:
    marks = build("tattoo on his throat of thick vertical stripes with numbers under them")["marks"]
    assert any(m["kind"] == "tattoo" and "neck" in m["places"] and "barcode" in m["motif"] for m in marks), marks


def test_a_ponytail_told_as_a_horse_tail_or_tied_back() -> None:
    assert "ponytail" in build("his hair long, tie back like horse tail")["hair_words"]


def test_clergymen_however_named_are_one_job() -> None:
    a = build("he is padre, the collar white like priest, always talking bible")
    b = build("said he was a vicar, dog collar, quoted scripture")
    reasons = " ".join(score(a, b, "B", op.settings()).reasons)
    assert "says what he does for a living (vicar)" in reasons and "claimed jobs differ" not in reasons


# -- links -----------------------------------------------------------------------------------


def test_twins_with_a_ponytail_link_a_ponytail_alone_does_not() -> None:
    a = build("booked as one, two of them came, twins, one had his hair in a ponytail")
    b = build("identical twin brothers turned up, one had his hair tied back in a ponytail")
    assert pair_links(a, b)
    assert not pair_links(a, build("a man with his hair in a ponytail, paid fine"))


def test_a_deaf_man_who_writes_in_a_flat_cap_links_a_flat_cap_alone_does_not() -> None:
    a = build("he was deaf and wrote everything on a notepad, flat cap and a waxed jacket")
    b = build("client communicated by handwritten notes, deaf voice, tweed flat cap, olive waxed jacket")
    assert pair_links(a, b)
    assert not pair_links(a, build("old man in a flat cap and a waxed jacket"))


def test_coins_and_a_refrigerated_lorry_link_a_lorry_and_one_coincidence_do_not() -> None:
    a = build("drives a fridge lorry, paid me in a bag of coins, short")
    b = build("counts out your money in coppers and silver, drives one of them refrigerated wagons")
    assert pair_links(a, b)
    assert not pair_links(a, build("lorry driver, paid cash, tall bald Yorkshire accent"))
    assert not pair_links(a, build("paid in pound coins, white van, bald"))


def test_a_scripture_quote_with_scripture_talk_is_one_feature() -> None:
    a = build("he preaches at the girls on the corner, bible stuff, shouting 'repent ye sinners for the end is nigh'")
    b = build("a client kept talking about god and said 'repent ye sinners for the end is nigh' after")
    assert not pair_links(a, b)  # the quote is his religious talk told again
    m = score(a, b, "B", op.settings())
    assert "quoted" not in m.features and "behaviour:religious_talk" in m.features


def test_a_quote_of_his_own_still_counts_beside_a_behaviour() -> None:
    a = build("talked about god the whole time, kept saying 'chop chop sunshine'")
    b = build("prayed before, then said 'chop chop sunshine' when he wanted me to hurry")
    assert "quoted" in score(a, b, "B", op.settings()).features


# -- an identifier chain through a report --------------------------------------------------------


def _entity(label: str, normalized: str, text: str) -> dict:
    return {"label": label, "normalized": normalized, "text": text, "role": "offender", "evidence": "offender.form"}


def _subject(rid: str, source: str, day: int, text: str, *entities: dict) -> Subject:
    field = "narrative" if source == "nums" else "content"
    record = {field: text, "entities": list(entities)}
    return Subject(Observation(rid, source, f"2026-05-{day:02d}T10:00:00Z", keys_for(source, record)), record)


def _chained(found: list[dict]) -> set[str]:
    return {r for lk in found if lk["kind"] == IDENTIFIER and lk["attribute"] == CHAIN for r in lk["records"]}


def test_a_chain_of_identifiers_through_a_report_links() -> None:
    linker = Linker({}, KEY)
    phone = _entity("PHONE_NUMBER", "+441134960552", "0113 496 0552")
    plate = _entity("VEHICLE_REG", "YE16WPN", "YE16 WPN")
    linker.observe(_subject("A", "nums", 1, "he rang off 0113 496 0552", phone))
    linker.observe(_subject("B", "nums", 2, "rings from 0113 496 0552, grey car YE16 WPN", phone, plate))
    found = linker.observe(_subject("C", "nums", 3, "got in a grey car ye16wpn", plate))
    assert _chained(found) == {"A"}
    direct = {r for lk in found if lk["attribute"] == "VEHICLE_REG" for r in lk["records"]}
    assert direct == {"B"}


def test_no_chain_through_a_page_listing_many_mens_numbers() -> None:
    linker = Linker({}, KEY)
    one = _entity("PHONE_NUMBER", "+447700900611", "07700 900611")
    two = _entity("PHONE_NUMBER", "+447700900622", "07700 900622")
    linker.observe(_subject("A", "nums", 1, "he rang off 07700 900611", one))
    linker.observe(_subject("P", "desktop_research", 2, "BLACKLIST: 07700 900611, 07700 900622", one, two))
    found = linker.observe(_subject("C", "nums", 3, "rang from 07700 900622", two))
    assert _chained(found) == set()


# -- adverts of different women on one number --------------------------------------------------

ONE_LINE = [
    "NEW IN TOWN [PERSON_1] 21, here in Leeds for one week only! Sweet and open minded. Incall near the park. Call our "
    "reception on [PHONE_1], the receptionist answers, she does not take calls. New girls every week, ask about our "
    "other ladies.",
    "NEW IN TOWN [PERSON_1] 23 - arrived in Bradford today, this week only! Petite, sweet, open minded. Incall city "
    "centre. Reception on [PHONE_1], our receptionist takes every booking, she speaks little English. New girls every "
    "week, ask about our other ladies.",
    "NEW GIRL [PERSON_1] 20 just landed in Halifax, ONE WEEK ONLY then she moves on! Slim, sweet, open minded. Incall "
    "by the station. Manager answers [PHONE_1], she has no English. New girls every week, same number for all our "
    "ladies.",
]


def _observe(clusters: AdvertClusters, texts: list[str], contacts: list[list[str]], names: list[list[str]]) -> list:
    return [
        clusters.observe(f"A{i}", f"2026-11-0{i + 1}T10:00:00Z", t, contacts[i], names[i]) for i, t in enumerate(texts)
    ]


def test_adverts_of_different_women_on_one_number_reworded_cluster() -> None:
    found = _observe(AdvertClusters({}), ONE_LINE, [["phone:a"]] * 3, [["name:1"], ["name:2"], ["name:3"]])
    assert found[-1] is not None and found[-1].size == 3


def test_one_womans_own_adverts_or_other_numbers_do_not_cluster_so() -> None:
    own = _observe(AdvertClusters({}), ONE_LINE, [["phone:a"]] * 3, [["name:1"]] * 3)
    assert all(c is None for c in own)
    others = _observe(AdvertClusters({}), ONE_LINE, [["phone:a"], ["phone:b"], ["phone:c"]], [["n1"], ["n2"], ["n3"]])
    assert all(c is None for c in others)
