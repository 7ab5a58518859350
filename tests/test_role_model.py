"""The role model's step: hard constraints hold whatever the model says; one decision per
value; unsure means redacted; the committed model loads offline."""

from __future__ import annotations

import json

import pytest

from redaction.role_model import (
    KEEP,
    LABELS,
    MODEL_DIR,
    OFFENDER,
    THIRD_PARTY,
    VICTIM,
    Candidate,
    RoleModel,
    Thresholds,
    load_role_model,
    window,
)
from tests.fixtures import CANARY, nums


class _Fixed(RoleModel):
    """A model that gives every candidate the same probabilities: tests the decision step."""

    def __init__(self, probs: dict[str, float]) -> None:
        super().__init__(nlp=None, thresholds=Thresholds(0.8, 0.8))  # type: ignore[arg-type]
        self.probs = probs

    def predict(self, windows):
        return [dict(self.probs) for _ in windows]


def _probs(**kw: float) -> dict[str, float]:
    p = {label: 0.0 for label in LABELS}
    p.update(kw)
    return p


def _run(pipeline, record, model: RoleModel):
    saved = pipeline.redactor.role_model
    pipeline.redactor.role_model = model
    try:
        return pipeline.process("nums", record).output
    finally:
        pipeline.redactor.role_model = saved


def _flat(output) -> str:
    return json.dumps(output, ensure_ascii=False)


def test_victim_values_are_redacted_even_when_the_model_says_offender(pipeline):
    out = _run(pipeline, nums("RM-1"), _Fixed(_probs(offender=1.0)))
    flat = _flat(out)
    for value in ("Quillon", "Velvetine", "900811", "quillon.bex@example.org", "Marrowby"):
        assert value not in flat


def test_structured_offender_values_are_kept_even_when_the_model_says_victim(pipeline):
    out = _run(pipeline, nums("RM-2"), _Fixed(_probs(victim=1.0)))
    phones = {e["normalized"] for e in out["record"]["entities"] if e["label"] == "PHONE_NUMBER"}
    assert "+447700900456" in phones
    assert "07700 900456" in out["record"]["narrative"]


def test_unsure_means_redacted(pipeline):
    # no cue the rules know: the model alone decides, and below its threshold it redacts (it
    # may add an offender's identifier only where he is spoken of, here the sentence before)
    text = "He was rude. The notes list 07700 900123 without saying whose it is."
    record = nums("RM-3", offender=None, narrative=text)
    out = _run(pipeline, record, _Fixed(_probs(offender=0.6, keep=0.4)))
    assert "900123" not in _flat(out)
    out = _run(pipeline, record, _Fixed(_probs(offender=0.95, keep=0.05)))
    assert "07700 900123" in out["record"]["narrative"]
    assert any(e["normalized"] == "+447700900123" and e["role"] == "offender" for e in out["record"]["entities"])
    # with no one on his side in sight, even a sure model may not add it
    alone = nums("RM-3a", offender=None, narrative="Her pics look young. Number 07700 900127.")
    out = _run(pipeline, alone, _Fixed(_probs(offender=0.99, keep=0.01)))
    assert "900127" not in _flat(out)


def test_the_model_can_overrule_a_rule_that_kept_a_third_party(pipeline):
    record = nums("RM-3b", offender=None, narrative="He texted from 07700 900126 before the booking.")
    kept = _run(pipeline, record, _Fixed(_probs(offender=0.5, keep=0.5)))  # the rules' keep stands
    assert "07700 900126" in kept["record"]["narrative"]
    out = _run(pipeline, record, _Fixed(_probs(offender=0.1, third_party=0.9)))
    assert "900126" not in _flat(out)


def test_victim_side_veto_redacts_every_mention_of_the_value(pipeline):
    text = "He rang from 07700 900124. Later the same number, +447700900124, was her friend's."
    record = nums("RM-4", offender=None, narrative=text)
    # leaning victim-side on the mentions: the value goes in every format
    out = _run(pipeline, record, _Fixed(_probs(offender=0.85, third_party=0.6)))
    assert "900124" not in _flat(out) and "900 124" not in _flat(out)


def test_one_value_one_fate(pipeline):
    text = "He rang from 07700 900125 and texted again from +447700900125 the next day."
    out = _run(pipeline, nums("RM-5", offender=None, narrative=text), _Fixed(_probs(offender=0.9)))
    narrative = out["record"]["narrative"]
    assert "07700 900125" in narrative and "+447700900125" in narrative


def test_the_model_never_keeps_an_address_or_a_postcode(pipeline):
    text = "It happened at Flat 2, 18 Quenby Street, LS27 9ZX, where she works. Then he went to Ossett."
    record = nums("RM-5b", offender=None, narrative=text)
    out = _run(pipeline, record, _Fixed(_probs(keep=1.0)))
    flat = _flat(out)
    assert "18 Quenby Street" not in flat and "LS27 9ZX" not in flat
    assert "Ossett" in out["record"]["narrative"]  # a place it may keep


def test_warnlisted_service_numbers_stay(pipeline):
    record = nums("RM-6", offender=None, narrative="She rang 101 and then 999 after he left.")
    out = _run(pipeline, record, _Fixed(_probs(victim=1.0)))
    assert "101" in out["record"]["narrative"] and "999" in out["record"]["narrative"]


def test_the_window_masks_every_identifier_value():
    text = "My number is 07700 900811 but he rang from 07700 900456 last night."
    me = Candidate(13, 25, "PHONE_NUMBER", "UkPhoneRecognizer", "deny")
    him = Candidate(43, 55, "PHONE_NUMBER", "UkPhoneRecognizer", "redact")
    w = window(text, him, [me, him], "nums", None)
    assert "900811" not in w and "900456" not in w
    assert "targetxphone" in w and "xphone" in w and "rang from" in w


def test_the_committed_model_loads_offline_with_its_thresholds():
    model = load_role_model()
    if model is None:
        pytest.skip("no role model trained in this checkout")
    assert set(model.nlp.get_pipe("textcat").labels) == {OFFENDER, VICTIM, THIRD_PARTY, KEEP}
    data = json.loads((MODEL_DIR / "thresholds.json").read_text())
    assert 0.5 <= data["thresholds"]["offender"] <= 1.0 and 0.5 <= data["thresholds"]["keep"] <= 1.0
    probs = model.predict(["srcnums | he rang from targetxphone last night"])[0]
    assert abs(sum(probs.values()) - 1.0) < 1e-3


def test_canary_record_with_the_real_model_leaks_nothing(pipeline):
    out = pipeline.process("nums", nums("RM-7")).output
    flat = _flat(out)
    for key in ("name", "working_name", "email"):
        assert CANARY[key] not in flat
    assert "900811" not in flat and "Marrowby" not in flat


def test_a_sure_model_leaves_a_plain_word_in_clear_but_never_a_name_initials_or_a_titled_surname(pipeline):
    # words the rules gave to nobody's side: an everyday word the tagger read as a name is the
    # model's to keep when it is sure; a first name, a name no list has, initials or a titled
    # surname never are
    text = (
        "Homelessness Applicant seen at the van. Marvetta told Quennell about it. Mrs Okafor next door "
        "saw. SH was there. Kerry too."
    )
    record = nums("RM-9", offender=None, narrative=text)
    unsure = _run(pipeline, record, _Fixed(_probs(keep=0.5, third_party=0.5)))["record"]["narrative"]
    assert "Homelessness Applicant" not in unsure
    sure = _run(pipeline, record, _Fixed(_probs(keep=1.0)))
    assert "Homelessness Applicant" in sure["record"]["narrative"]
    flat = _flat(sure)
    for name in ("Marvetta", "Quennell", "Okafor", "SH was", "Kerry"):
        assert name not in flat
