"""Issue 8, stop 59: MO read from writing the rules were not built from (helper_zzo, dev_zn). Misses read by kind:
contact that goes on ("still messaging from his Snapchat", "from a fourth number", driving past her family's home
again, waiting on her corner most mornings, letters through her door (not a note or a card), a photo of her door
posted), her name, address or a video offered to readers, her people's knowing hinted ("bet her mum would love to
know"), an act set off by her being trans, a deadname used on her (not staff misgendering her), a lesson promised to
a group of women, her children to be taken if she stops, a minder "so nobody leaves", a recording of his threatened,
"punched the door and her", held by the arm while it was taken, "woke up bruised". False tags removed: finding where
she lives promised is a threat, not blackmail; a fear told with an adjective ("I'm worried he'll ...") is no threat.
Each sentence invented (fictional names); the near misses beside them must not tag."""

from __future__ import annotations

import pytest

from tests.test_extraction_support import check_mo


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Still messaging from baz_77 on Snapchat every night.", {"harassment_stalking"}, set()),
        ("She is still calling her mum from the hostel.", set(), {"harassment_stalking"}),
        ("He texted her again from a fourth number last night.", {"harassment_stalking"}, set()),
        ("He rang from another number to book for Friday.", set(), {"harassment_stalking"}),
        ("He has driven past her sister's house in Ely three times this week.", {"harassment_stalking"}, set()),
        ("We drove past the flat twice looking for it.", set(), {"harassment_stalking"}),
        ("She drove past her mum's twice on the way.", set(), {"harassment_stalking"}),
        ("A man she once saw waits on the corner most evenings now.", {"harassment_stalking"}, set()),
        ("Her driver waits outside every night.", set(), {"harassment_stalking"}),
        ("He has put four letters through her door since Monday.", {"harassment_stalking"}, set()),
        ("One girl pushed a note under my door that said help me.", set(), {"harassment_stalking"}),
        ("His page posted a picture of her front door with the street name.", {"harassment_stalking"}, set()),
        # a finding done is stalking; one promised is a threat, not blackmail
        ("Gazza has found out where she lives and waits there.", {"harassment_stalking"}, set()),
        ("Gazza said he'd find out where I live and torch the place.", {"threats"}, {"blackmail"}),
        ("I'm worried he'll find out where I live.", set(), {"threats", "blackmail"}),
        ("She is scared he will hurt her.", set(), {"threats"}),
    ],
)
def test_harassment_and_threats(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Anyone in Hull wants her real address, inbox me.", {"blackmail"}, set()),
        ("Anyone wants her number it's on the site.", set(), {"blackmail"}),
        ("Bet her boss would love to know lol.", {"blackmail"}, set()),
        ("He threatened to share the video with her college unless she paid.", {"blackmail", "filming"}, set()),
        ("He threatened to send videos of her to her dad.", {"blackmail"}, {"filming"}),
        ("He boasted that he teaches the street girls a lesson round here.", {"threats"}, set()),
        ("She teaches a lesson at the college on Fridays.", set(), {"threats"}),
        ("He told her his brothers will take the kids if she stops.", {"threats"}, set()),
        ("He'll take her home if she wants.", set(), {"threats"}),
    ],
)
def test_exposure_and_threats(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("He hit her once he realised she was trans and left without paying.", {"hate_abuse"}, set()),
        ("Client misgendered by staff at the front counter, complaint logged.", set(), {"hate_abuse"}),
        ("The controller sleeps by the front door so nobody leaves.", {"abduction"}, set()),
        ("Security man stays so nobody leaves without paying.", set(), {"abduction"}),
        ("He turned up drunk, punched the door and her, then left.", {"violence"}, set()),
        ("He punched the wall and walked out.", set(), {"violence"}),
        ("One held her arm while the other took £200 from the drawer.", {"robbery"}, set()),
        ("Woke up bruised and sore, no idea what happened.", {"violence"}, set()),
    ],
)
def test_hate_abduction_violence(pipeline, text, present, absent):
    check_mo(pipeline, text, present, absent)
