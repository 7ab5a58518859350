"""Similar-offender traits read at stop 32 (issue 12, from linkage/dev_g's missed series, each
phrasing invented): jobs claimed other ways (a driving instructor, ambulance crew, the
forces, an airline's captain, a job as his nickname; not the council's licensing, which
many men claim), a learner's dual controls, a roof box, an odd-coloured panel, a part tied
on, a ring on a chain or a little finger, beads on his wrist, a dog in his car, counting
the money aloud, making her wash with his own soap, his own drink, paying in coins or
Scottish notes, a salute, wet hair, smells of mint, aniseed or chlorine, a phone in the
tissue box; a gold tooth and a missing one are different marks; a short warning that names
him once has a profile; an item both wear counts once, not again as shared words. All data
fictional."""

from __future__ import annotations

from typing import Any

from processors import offender_profile as op
from processors.similar_offenders import score
from tests.test_linkage_series_traits import build


def jobs(profile: dict[str, Any]) -> set[str]:
    return {b.partition(":")[2] for b in profile["behaviours"] if b.startswith("claims_job:")}


def test_more_jobs_however_told():
    cases = {
        "driving instructor": ["says he teaches driving", "he told me he was an instructor", "a driving-school car"],
        "paramedic": ["says he's 'ambulance crew'", "He tell me he work on ambulance"],
        "soldier": ["stated he was 'ex-forces'", "told her he was ex army"],
        "pilot": ["claims 'airline captain'", "a guy who says he flies for an airline"],
    }
    for job, texts in cases.items():
        for t in texts:
            assert job in jobs(build(t)), t
    assert "paramedic" in jobs(build("avoid the 'paramedic', sunday hotel bookings"))
    assert not jobs(build("my friend works on the council's housing team"))
    # the council's officers: a claim many men make (the training sets' different men), no one man's
    assert not jobs(build("says hes from the council licensing and checks the flats"))


def test_vehicle_details_told_other_ways():
    details = {
        "dual controls": ["passenger side has its own brake pedal", "a second set of pedals in the footwell"],
        "roof box": ["green estate with a roof box on top", "luggage pod fixed to roof", "box on roof for luggage"],
        "odd panel": ["one of the back doors is grey like undercoat", "nearside rear door unpainted (grey primer)"],
        "tied on": ["back bumper held on wiv cable ties", "rear bumper secured with zip ties"],
    }
    for name, texts in details.items():
        for t in texts:
            assert name in build(t)["vehicle_details"], t


def test_what_he_wears_and_carries():
    items = {
        "ring on chain": [
            "Ring on a chain round his neck",
            "Wedding band worn on neck chain",
            "gold ring threaded on a necklace",
        ],
        "little finger ring": ["Signet ring with a blue stone on his pinky", "massive blue ring on his little finger"],
        "beads": ["wooden beads round his wrist", "Turquoise bead bracelet", "Worry beads on wrist"],
        "dog in car": ["a jack russell in the car", "made her hold the dog", "small terrier in the back of his van"],
    }
    for name, texts in items.items():
        for t in texts:
            assert name in build(t)["items"], t


def test_behaviours_told_other_ways():
    behaviours = {
        "counts_aloud": ["counts my money out loud TWICE", "He count money two times with loud voice"],
        "makes_her_wash": [
            "brought his own bar of soap",
            "Made her scrub hands w/ his own soap",
            "I must wash hands in front of him",
        ],
        "own_drink": ["brought his own orange pop in a sports bottle"],
        "pays_coins": [
            "paid in pound coins in a sandwich bag",
            "Payment in £1 coins",
            "He pay with many coin one pound",
        ],
        "pays_scottish": ["paid in scottish notes", "Payment in Clydesdale Bank notes", "the notes from Scotland"],
        "salutes": ["salutes at the door like hes army", "At door he do hand to head like soldier"],
        "wet_hair": ["his hair was wet", "Damp hair, chlorine smell", "like he just come from swimming"],
        "covert_filming": [
            "there was a phone inside the tissue box, recording",
            "CHECK THE TISSUE BOX - he hides his phone in it",
        ],
        "choking": ["then goes for your throat", "he gripped my neck with both hands"],
        "religious_talk": ["He hummed 'Abide With Me' the whole time"],
    }
    for name, texts in behaviours.items():
        for t in texts:
            assert name in build(t)["behaviours"], t


def test_smells_by_one_name():
    smells = {
        "mints": ["stank of mint", "Strong smell of peppermints", "His breath like mint sweets"],
        "aniseed": ["Smelt of liquorice", "Reeks of aniseed / black jacks", "He smell like this sweets, anyż"],
        "chlorine": ["smelt strongly of swimming-pool chlorine", "Damp hair, chlorine smell"],
    }
    for value, texts in smells.items():
        for t in texts:
            assert f"smell:{value}" in build(t)["behaviours"], t


def test_a_gold_tooth_and_a_missing_one_are_different_marks():
    gold = [
        build(t)["marks"] for t in ("one of his top front teeth was gold", "His tooth in front, top, is gold colour")
    ]
    assert all(any(m["kind"] == "teeth" for m in ms) for ms in gold), gold
    gone = [build(t)["marks"] for t in ("missing front tooth, blue Fiesta", "teeth missin at the front")]
    assert all(any(m["kind"] == "missing tooth" for m in ms) for ms in gone), gone


def test_a_short_warning_naming_him_once_has_a_profile():
    page = {
        "content": "HALIFAX GIRLS the so-called driving instructor is back. Dawn pick-ups. Ring on a chain round his "
        "neck, hums church songs. Tell everyone.",
        "mo": [],
        "entities": [],
        "location": None,
    }
    assert op.build("desktop_research", page) is not None


def test_an_item_both_wear_counts_once():
    a = build("He has a turquoise bead bracelet and glasses.")
    b = build("bracelet of wooden beads, black beanie")
    m = score(a, b, "B", op.settings())
    assert not any(r.startswith("rare words in both") for r in m.reasons), m.reasons
