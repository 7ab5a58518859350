"""The `phones` field of desktop research holds every "contact number seen on the page"
(records.md §2). On a forum, news or lettings page one may be an offender's: kept when a
post or court-report rule, or a firm rule of its sentence, gives it to him; every other
page number stays the advertiser's, redacted and guarded. Every check reads the whole
output, not one field.
"""

from __future__ import annotations

from evaluation.leaks import flatten, present
from redaction.context import build_context
from tests.test_desktop_offenders import entities, forum, news
from tests.test_redaction import advert, run

BOASTER = "07700 900612"
WORKER = "07700 900613"


def test_only_numbers_the_text_shows_are_left_to_the_text():
    source, record = advert(f"Jade, new in Leeds. Call {WORKER}.", phones=[WORKER, "07700 900614"])
    ctx = build_context(source, record)
    assert ctx.page_phones == [WORKER]
    assert ctx.victim_values["phone"] == ["07700 900614"]


def test_an_offending_author_s_own_number_on_the_page_is_kept(pipeline):
    source, record = forum(
        "Re: Halifax punting. Post by Siddal_Stu: had that Coco from the site, slipped the johnny off "
        f"halfway and she never noticed lol. Text me from {BOASTER} if you want her details. "
        f"Reply by Coco_x: this is me, he is lying, my work line is {WORKER}."
    )
    record["phones"] = [BOASTER, WORKER]
    out = run(pipeline, (source, record))
    assert ("PHONE_NUMBER", "+447700900612") in entities(out)
    flat = flatten(out)
    assert not present(WORKER, flat)
    assert not present("Coco_x", flat)


def test_a_defendant_s_number_in_a_court_report_is_kept(pipeline):
    source, record = news(
        "Gary Holroyd, 41, of no fixed address, was jailed at Leeds Crown Court for threatening a sex worker. "
        f"The court heard he sent the messages from {BOASTER} over three weeks."
    )
    record["phones"] = [BOASTER]
    out = run(pipeline, (source, record))
    assert ("PHONE_NUMBER", "+447700900612") in entities(out)


def test_an_advert_s_own_number_stays_redacted_even_beside_a_name(pipeline):
    out = run(pipeline, advert(f"Hi I'm Roxy, call me on {WORKER} or text, Bradford incalls.", phones=[WORKER]))
    assert not present(WORKER, flatten(out))
    assert not entities(out)


def test_an_ordinary_letting_agent_s_number_is_not_an_offender_s(pipeline):
    source, record = advert(
        f"2-bed flat to let, Headingley. £900 pcm. Contact Kirkgate Lettings on {WORKER} or lettings@example.org.",
        phones=[WORKER],
    )
    record["platform"] = "lettings"
    out = run(pipeline, (source, record))
    flat = flatten(out)
    assert not present(WORKER, flat)
    assert not present("lettings@example.org", flat)
    assert not entities(out)


def test_the_guard_takes_back_every_page_number_not_kept_as_an_offender_s():
    source, record = advert(f"Post by Siddal_Stu: text me from {BOASTER}. Coco: {WORKER}.", phones=[BOASTER, WORKER])
    ctx = build_context(source, record)
    assert "phone" not in ctx.victim_values  # both left to the text
    guarded = ctx.guard_values({"+447700900612"})
    assert guarded["phone"] == [WORKER]
    assert sorted(ctx.guard_values(set())["phone"]) == [BOASTER, WORKER]
