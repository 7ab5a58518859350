"""Exact identifier links (issue 12): what links, what must never link."""

from __future__ import annotations

from processors import correlation
from processors.correlation import IDENTIFIER_REF, Observation, keys_for, linkable
from processors.linkage import Linker, Subject
from redaction.pseudonym import Pseudonymiser

KEY = Pseudonymiser(b"test-only-key-not-secret-linkage-ids")


def _entity(label: str, normalized: str, text: str, evidence: str = "redaction:model:1.00 @ sentence 1") -> dict:
    return {"label": label, "normalized": normalized, "text": text, "role": "offender", "evidence": evidence}


def _report(rid: str, narrative: str, *entities: dict, **fields) -> tuple[Subject, dict]:
    record = {"report_id": rid, "narrative": narrative, "entities": list(entities), **fields}
    obs = Observation(rid, "nums", f"2026-05-{len(rid):02d}T10:00:00Z", keys_for("nums", record))
    return Subject(obs, record), record


def _research(rid: str, content: str, **refs) -> Subject:
    record = {"research_id": rid, "content": content, "entities": [], **refs}
    return Subject(
        Observation(rid, "desktop_research", "2026-06-01T10:00:00Z", keys_for("desktop_research", record)), record
    )


def test_a_plate_fragment_read_from_the_text_never_links_exactly():
    text = "plate had 55 in it, possibly fn55 something. his other car was YX62 KDL"
    fragment = _entity("VEHICLE_REG", "HAD55", "had 55")
    full = _entity("VEHICLE_REG", "YX62KDL", "YX62 KDL")
    given = _entity("VEHICLE_REG", "FN55", "FN55", evidence="offender.vehicles")
    assert not linkable(fragment, text)
    assert linkable(full, text)
    assert linkable(given, text)  # the form's own registration field: as given
    record = {"narrative": text, "entities": [fragment, full]}
    assert keys_for("nums", record) == ("VEHICLE_REG:YX62KDL",)


def test_a_shared_line_never_links_but_his_own_number_does():
    text = "he said to ring the taxi firm on 0113 496 0123 to book. later he rang me from 07700 900123"
    firm = _entity("PHONE_NUMBER", "+441134960123", "0113 496 0123")
    his = _entity("PHONE_NUMBER", "+447700900123", "07700 900123")
    assert not linkable(firm, text)
    assert linkable(his, text)
    assert linkable(
        _entity("PHONE_NUMBER", "+447700900124", "07700 900124"), "said he was police n rang from 07700 900124"
    )
    assert not linkable(_entity("PHONE_NUMBER", "+441134960999", "0113 496 0999"), "call the helpline on 0113 496 0999")


def test_a_number_on_the_never_link_list_links_nothing(monkeypatch):
    guards = correlation._Guards(correlation._guards().shared_line, frozenset({"+442079460111"}))
    monkeypatch.setattr(correlation, "_guards", lambda: guards)
    assert not linkable(_entity("PHONE_NUMBER", "+442079460111", "020 7946 0111"), "")
    assert linkable(_entity("PHONE_NUMBER", "+442079460112", "020 7946 0112"), "")


def test_the_reporters_own_number_given_as_the_offenders_links_nothing():
    linker = Linker({}, KEY)
    own = KEY.token("person", "+447700900555")
    phone = _entity("PHONE_NUMBER", "+447700900555", "07700 900555", evidence="offender.phones")
    first, _ = _report("N1", "he rang", phone, reporter_ref=own)
    second, _ = _report("N22", "he rang", phone, reporter_ref=own)
    linker.observe(first)
    assert linker.identifier_keys(second.observation, second.sanitised).keys == ()
    assert [lk for lk in linker.observe(second) if lk["records"]] == []
    # another reporter giving the same number as the offender's links as ever
    third, _ = _report("N333", "he rang", phone, reporter_ref=KEY.token("person", "+447700900556"))
    linker.observe(third)
    fourth, _ = _report("N4444", "he rang", phone)
    [link] = [lk for lk in linker.observe(fourth) if lk["records"] and lk["attribute"] == "PHONE_NUMBER"]
    assert link["records"] == ["N333"]


def test_a_report_and_desktop_research_meet_through_keyed_pseudonyms_both_ways():
    linker = Linker({}, KEY)
    phone = _entity("PHONE_NUMBER", "+447700900231", "07700 900231", evidence="offender.phones")
    handle = _entity("ONLINE_HANDLE", "propertyguy_lds", "PropertyGuy_LDS", evidence="offender.online_handles")
    warning = _research("DR1", "AVOID [PHONE_1]. rings 50 times", phone_refs=[KEY.token("phone", "+447700900231")])
    review = _research("DR2", "Review by [HANDLE_1]", handle_refs=[KEY.token("handle", "propertyguy_lds")])
    assert [lk for lk in linker.observe(warning) if lk["records"]] == []
    report, _ = _report("N1", "07700 900231 rang. his name on the site is propertyguy_lds", phone, handle)
    links = [lk for lk in linker.observe(report) if lk["records"]]
    assert [(lk["attribute"], lk["records"]) for lk in links] == [(IDENTIFIER_REF, ["DR1"])]
    assert "keyed pseudonym" in links[0]["reasons"][0] and "+44" not in links[0]["value"]
    later = [lk for lk in linker.observe(review) if lk["records"]]
    assert [(lk["attribute"], lk["records"]) for lk in later] == [(IDENTIFIER_REF, ["N1"])]
    assert "online handle" in later[0]["reasons"][0]


def test_two_adverts_with_one_number_link_as_advert_contacts_not_as_offender_identifiers():
    linker = Linker({}, KEY)
    token = KEY.token("phone", "+447700900901")
    linker.observe(_research("DR1", "new girls every week", phone_refs=[token]))
    links = [lk for lk in linker.observe(_research("DR2", "new girls every week", phone_refs=[token])) if lk["records"]]
    assert [lk["attribute"] for lk in links] == ["ADVERT_CONTACT"]


def test_a_handle_in_a_workers_warning_or_a_sites_placeholder_links_nothing():
    author = _entity("ONLINE_HANDLE", "lacey_indy", "Lacey_Indy")
    warning = {"content": "Posted by Lacey_Indy: AVOID [PHONE_1]. rings 50 times. Block on sight girls x"}
    boast = {"content": "Review by Lacey_Indy | slipped it off halfway, she never clocked it"}
    assert keys_for("desktop_research", {**warning, "entities": [author]}) == ()
    assert keys_for("desktop_research", {**boast, "entities": [author]}) == ("ONLINE_HANDLE:lacey_indy",)
    guest = _entity("ONLINE_HANDLE", "guest", "Guest")
    assert keys_for("desktop_research", {**boast, "entities": [guest]}) == ()
