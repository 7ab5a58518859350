"""Similar-offender reading at stop 35 (issue 12, from linkage/dev_j; each phrasing here
invented): traits one man carries, told in other words each time: a motorbike helmet he
keeps on, green work trousers, a walking stick with a dog's-head handle, a school minibus
with its name taped over, a bandaged hand, a waxed country jacket, a hip flask, a camera
worn on a strap, a labrador in the back of his car; three rare items in common count as two
features; braces on his teeth and a lip piercing told by what they are; a spider's web
tattoo told as a cobweb; and a worker's warning to others is about the man even where it
tells more of the woman he hurt. All data fictional."""

from __future__ import annotations

from processors import offender_profile as op
from tests.test_linkage_series_traits import build


def test_items_told_other_ways():
    told = {
        "motorbike helmet": ["kept his crash helmet on the whole time", "helmet of moto on his head"],
        "green work trousers": ["khaki-green combat trousers", "trousers green colour like for work"],
        "dog-head stick": ["a cane with a brass dog's head handle", "a stick with a silver knob shaped like a horse"],
        "taped minibus": ["a white minibus", "tape over the writing on the side"],
        "bandaged hand": ["his hand wrapped in a dressing", "a grubby bandage on his right hand"],
        "waxed jacket": ["a Barbour-style coat", "wax jacket, smelled like candles"],
        "hip flask": ["offered me a swig", "whisky from a hip flask"],
        "body camera": ["a GoPro on his chest", "an action cam on a head strap"],
        "dog in car": ["a yellow lab in the boot", "in the back seat a big labrador"],
    }
    for item, texts in told.items():
        for t in texts:
            assert item in build(t)["items"], t


def test_marks_told_by_what_they_are():
    assert any(m["kind"] == "piercing" for m in build("silver stud under his bottom lip")["marks"])
    assert any(m["kind"] == "piercing" for m in build("little metal ball in lip down")["marks"])
    assert any(m["kind"] == "hearing aid" for m in build("a plastic thing in his ear for hearing")["marks"])
    for braces in ("train-track braces", "wires on his teeth like a schoolboy", "metal braces on his upper teeth"):
        assert any(m["kind"] == "braces" for m in build(braces)["marks"]), braces


def test_a_cobweb_is_a_web():
    a = build("tattoo of a spider's web on his elbow")["marks"]
    b = build("cobweb tattoo on the point of his elbow")["marks"]
    assert a and b
    assert op.settings()["motif_parents"]["cobweb"] == "web"


def test_a_workers_warning_is_about_the_man():
    record = {
        "content": "BRADFORD GIRLS BE CAREFUL: bloke in a white van picked my mate up, drove her out, "
        "wouldn't let her out, slapped her when she tried the handle. He is bald, 50ish.",
        "entities": [],
    }
    assert op.warns_of_a_man(record)
    steer = "Ladies round Otley: steer clear of the Land Rover man. He shows a fake bank screen, his dog in the back."
    assert op.warns_of_a_man({"content": steer})
    # a neighbour's post about her is not
    neighbour = "WARNING this woman sells herself, her number is on her advert, she lives here."
    assert not op.warns_of_a_man({"content": neighbour})


def test_three_rare_items_in_common_are_two_features():
    from processors.similar_offenders import score

    a = build("old green Land Rover, a yellow labrador in the back, waxed jacket, gave me whisky from a hip flask")
    b = build("drives a Defender with a yellow lab in the boot, Barbour-type waxed coat, offered a swig from a flask")
    features = score(a, b, "B", op.settings()).features
    assert "dress" in features and "items" in features, features
