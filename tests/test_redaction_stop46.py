"""Issue 8, stop 46: what the rules got wrong on helper_zzb and trafficking/dev_za (each example
invented, after the classes seen): a man she clears in her own words ("Florin done nothing wrong",
"has nothing to do with it", "he's sound") is no offender, even named by "called" or beside the
word "regular"; a relative's city after "your", "has a", "home to", or second in a list is a home;
what the narrative hides as her home the location field hides too; where the offender lives ("He lives in a
hostel on X", "Ryan lives in X") stays his; and in a sex worker's own report "Client Andy" opening a
sentence names the client. All data fictional."""

from __future__ import annotations

from tests.test_redaction import news, nums, offender_values, partner, run, text_of
from tests.test_warnings_and_threads import leaked


def test_a_man_she_clears_in_her_own_words_is_no_offender(pipeline):
    out = run(
        pipeline,
        nums(
            "A white van pulled up and a lad hit her. The driver she'd been with earlier, a Romanian man called "
            "Florin, walked her home. Florin done nothing wrong, he is a sound fella and paid fair."
        ),
    )
    assert not leaked(out, "Florin")
    out = run(pipeline, nums("07700 900139 books and never shows. My Latvian regular, Andris, the van driver, is "
                             "lovely and has nothing to do with it."))  # fmt: skip
    assert not leaked(out, "Andris") and "+447700900139" in offender_values(out)
    out = run(pipeline, partner("Her regular, a Polish driver called Marek, drove her back to Leeds; he has done "
                                "nothing wrong. The man who hit her called himself Stu."))  # fmt: skip
    assert not leaked(out, "Marek") and "stu" in offender_values(out)
    out = run(pipeline, nums("A man called Ricky punched me in the face. The trucker parked there, Polish lad called "
                             "Tomasz, he's sound, came over and Ricky drove off."))  # fmt: skip
    assert not leaked(out, "Tomasz") and "ricky" in offender_values(out)
    # a landlord who shares the offender's surname, cleared in the same sentence
    out = run(
        pipeline,
        nums(
            "A client called Dean Fenwick slapped her and left without paying. Her landlord is also called "
            "Mr Fenwick (Carl Fenwick, no relation) and the landlord has nothing to do with this.",
            offender={"names": ["Dean Fenwick"], "phones": [], "emails": [], "online_handles": [], "vehicles": []},
        ),
    )
    assert not leaked(out, "Carl Fenwick") and "dean fenwick" in offender_values(out)


def test_what_clears_no_one(pipeline):
    # his own claim, her innocence, a man sound only at first: the offender stays his
    out = run(pipeline, nums("A man called Dwayne hit her twice. He said he did nothing wrong."))
    assert "dwayne" in offender_values(out)
    out = run(pipeline, nums("A client called Dean hit her although she did nothing wrong."))
    assert "dean" in offender_values(out)
    out = run(pipeline, nums("A man called Marek, he's lovely until he drinks, then he punched her."))
    assert "marek" in offender_values(out)
    out = run(pipeline, nums("A man called Dave is a nice guy but he hit me last night."))
    assert "dave" in offender_values(out)


def test_a_relatives_city_abroad_is_a_home(pipeline):
    out = run(pipeline, nums("A client called Phil hit her. She sends money home to Kumasi for her mother."))
    assert not leaked(out, "Kumasi")
    out = run(pipeline, nums('He said: "I know your cousin in Shiraz. I send your pictures to your family in '
                             'Mashhad and Tabriz." He calls himself Reza.'))  # fmt: skip
    assert not any(leaked(out, town) for town in ("Shiraz", "Mashhad", "Tabriz"))
    out = run(pipeline, nums("A man called Phil hit her. She has a daughter in Accra and a sister, Ama, in "
                             "Cleethorpes who is supporting her."))  # fmt: skip
    assert not any(leaked(out, w) for w in ("Accra", "Cleethorpes", "Ama"))
    # where he comes from, and a country, stay
    out = run(pipeline, nums("A man called Phil from Lagos hit her. Her family in Ghana know nothing."))
    assert "Lagos" in text_of(out) and "Ghana" in text_of(out)


def test_what_the_narrative_hides_the_location_field_hides(pipeline):
    out = run(
        pipeline,
        nums("I live in Hyde Park and a man called Tom came to my flat and recorded us.",
             location="flat, Hyde Park, Leeds", district="Leeds"),
    )  # fmt: skip
    assert not leaked(out, "Hyde Park") and out["record"]["location"] == "flat, [LOCATION], Leeds"
    # the district stays as the record gives it (a council area the force needs)
    out = run(pipeline, nums("I live in Carlisle and a man called Tom hit me.", location="Carlisle",
                             district="Carlisle"))  # fmt: skip
    assert "Carlisle" not in text_of(out) and out["record"]["location"] == "Carlisle"
    # the street of her flat where it happened, with no word that she lives there: the incident's,
    # as the record's field says (records.md: "where the incident happened (intelligence: keep it)")
    out = run(pipeline, nums("A man called Craig hit me at my flat on Villette Road.", location="flat, Villette Road",
                             district="Sunderland"))  # fmt: skip
    assert "Villette Road" in text_of(out) and out["record"]["location"] == "flat, Villette Road"


def test_where_it_happened_stays(pipeline):
    # a town of her flat, a hotel, the field's place with no word of her home: the incident's
    out = run(pipeline, nums("A man called Rory hit me at my flat in Halifax.", location="flat, Halifax",
                             district="Calderdale"))  # fmt: skip
    assert "Halifax" in text_of(out) and out["record"]["location"] == "flat, Halifax"
    out = run(pipeline, nums("A man called Rory hit me in the car park on Kirkgate.", location="Kirkgate, Wakefield",
                             district="Wakefield"))  # fmt: skip
    assert "Kirkgate" in text_of(out) and out["record"]["location"] == "Kirkgate, Wakefield"
    out = run(pipeline, nums("A man called Rory hit me. He lives in a flat on Kirkgate and took me there.",
                             location="Kirkgate, Wakefield", district="Wakefield"))  # fmt: skip
    assert "Kirkgate" in text_of(out) and out["record"]["location"] == "Kirkgate, Wakefield"


def test_client_opening_a_sentence_of_her_report(pipeline):
    out = run(pipeline, nums("Client Andy while I am in bathroom take £400 from my handbag and go."))
    assert "andy" in offender_values(out)
    out = run(pipeline, nums("Lovely night until 2am. Punter Gaz grabbed my arm and would not pay."))
    assert "gaz" in offender_values(out)
    # ... unless she clears him ("na good man")
    out = run(pipeline, nums("Madam collect all the money. Client Kofi na good man, he no do anything, he give me "
                             "this number for help."))  # fmt: skip
    assert not leaked(out, "Kofi")
    # a partner's note: "Client Jo" is the service's own client, her
    out = run(pipeline, partner("Client Jo reports a man hit her on Oak Road."))
    assert not leaked(out, "Jo")


def test_where_he_lives_stays_his(pipeline):
    off = {"names": ["Wayne Pickering"], "phones": [], "emails": [], "online_handles": [], "vehicles": []}
    out = run(pipeline, partner("Outreach says Wayne Pickering hit a woman on Hessle Road. He lives in a hostel on "
                                "Anlaby Road.", offender=off))  # fmt: skip
    assert "Anlaby Road" in text_of(out)
    out = run(pipeline, partner("Wayne Pickering has been sending her threats. Wayne lives in Goole. Her friend Jo "
                                "lives in Selby.", offender=off))  # fmt: skip
    assert "Goole" in text_of(out) and not leaked(out, "Selby")
    # hers, in the same words
    out = run(pipeline, partner("A man called Dale hit her. She lives in a hostel on Anlaby Road."))
    assert not leaked(out, "Anlaby Road")


def test_a_surname_the_tagger_read_as_a_people(pipeline):
    # "Mindaugas Petrauskas, 46," tagged a nationality: the first name and the surname are one name
    out = run(pipeline, news("A van driver who raped a woman at a lay-by near the Port of Tilbury has been jailed "
                             "for eight years. Mindaugas Petrauskas, 41, of Kaunas, Lithuania, was found guilty at "
                             "Basildon Crown Court."))  # fmt: skip
    assert "mindaugas petrauskas" in offender_values(out)
    # a people's two words stay words
    out = run(pipeline, nums("A Kurdish Iraqi man called Dara hit her."))
    assert "Kurdish Iraqi" in text_of(out)


def test_deaf_and_sign_language_are_no_names(pipeline):
    out = run(pipeline, nums("Report taken with a BSL interpreter she chose. She is Deaf and works from her flat. "
                             "Client 'Neil' filmed her without asking."))  # fmt: skip
    text = text_of(out)
    assert "BSL interpreter" in text and "is Deaf" in text and "neil" in offender_values(out)
    # a Vietnamese first name that is no acronym stays a name
    out = run(pipeline, partner("Her friend Dat drove her to the clinic. A man called Hung hit her."))
    assert not leaked(out, "Dat")
