"""The digest lists what issue 12 adds: the duty-to-notify prompt, advert clusters, and
reports to compare as a possible same offender; identifier links in the new form still
make a repeat offender. Pure: no broker; fictional data."""

from __future__ import annotations

from processors.digest import build_digest, digest_item, render_html, render_text, wanted, window_of
from processors.digest.periods import PERIODS, parse_time
from tests.digest_fixtures import routed_advert, routed_nums, routed_partner

NOW = parse_time("2026-11-17T12:00:00Z")
WEEK = window_of(parse_time("2026-11-16T09:00:00Z"), PERIODS["weekly"])
DUTY = {
    "prompt": "Consider a National Referral Mechanism (NRM) referral ... (Modern Slavery Act 2015 s52).",
    "decides": "the officer reviewing this item in the organised crime and modern slavery unit",
    "due": "2026-11-17T11:00:00Z",
    "indicators": ["documents_held"],
}


def _digest(outputs, district):
    items = [digest_item(o) for o in outputs if wanted(o)]
    return build_digest(items, district, "weekly", WEEK, NOW)


def test_the_duty_to_notify_prompt_is_listed_with_who_decides_and_when():
    partner = routed_partner("PS-DN-1")
    partner["duty_to_notify"] = DUTY
    d = _digest([partner], "Bradford")
    [signal] = d["signals"]
    assert signal["duty"]["decides"].startswith("the officer reviewing")
    html, text = render_html(d), render_text(d)
    assert "Duty to notify" in html and "National Referral Mechanism" in html and "Decides:" in html
    assert "DUTY TO NOTIFY" in text and "s52" in text


def test_an_advert_cluster_is_listed_with_its_size():
    link = {"kind": "advert_cluster", "attribute": "", "value": "C-0123456789ab", "records": ["DR-T-2", "DR-T-3"],
            "sources": ["desktop_research"], "reports": 0, "adverts": 3, "first_seen": "2026-11-14T10:00:00Z",
            "last_seen": "2026-11-16T12:00:00Z", "score": 0.71,
            "reasons": ["cluster of 3 adverts from one template"]}  # fmt: skip
    d = _digest([routed_advert("DR-T-1", links=[link])], "Leeds")
    [signal] = d["signals"]
    assert signal["cluster_size"] == 3 and signal["cluster_with"] == ["DR-T-2", "DR-T-3"]
    assert "one advert template behind 3 adverts" in render_html(d)
    assert "one advert template behind 3 adverts" in render_text(d)


def test_identifier_links_in_the_new_form_make_a_repeat_offender_and_similar_ones_are_listed():
    identifier = {"kind": "identifier", "attribute": "PHONE_NUMBER", "value": "+447700900456",
                  "records": ["NUM-OLD-1"], "sources": ["nums"], "reports": 2, "adverts": 0,
                  "first_seen": "2026-10-01T10:00:00Z", "last_seen": "2026-11-16T09:00:00Z", "score": 1.0,
                  "reasons": ["same offender phone number as 1 other record"]}  # fmt: skip
    similar = {"kind": "similar_offender", "attribute": "", "value": "", "records": ["NUM-OLD-2"],
               "sources": ["nums"], "reports": 1, "adverts": 0, "first_seen": "2026-09-01T10:00:00Z",
               "last_seen": "2026-09-01T10:00:00Z", "score": 0.74,
               "reasons": ["mark: tattoo on the neck, scorpion (+0.55)"]}  # fmt: skip
    out = routed_nums("NUM-DN-1")
    out["links"] = [identifier, similar]
    d = _digest([out], "Leeds")
    [offender] = d["offenders"]
    assert offender["repeat"] and "+447700900456" in offender["phones"]
    assert offender["similar"] == [{"id": "NUM-OLD-2", "score": 0.74}]
    assert "Compare with" in render_html(d) and "NUM-OLD-2" in render_text(d)
