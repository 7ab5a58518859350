"""Word lists read from their files, once: the vehicle makes (the gazetteer's, for the
redaction too), the months, the pronouns of the actors, the handle recognizer's cues, the
street types and their abbreviations, the platforms a post signs off with, and the one test
of a place's position. No spaCy model needed."""

from __future__ import annotations

import pytest
import spacy
import yaml

from common.vehicles import VEHICLES_FILE, load_vehicles, make_words
from processors.actors import Actors
from processors.description import DescriptionParser
from processors.matchers import load_file
from redaction.candidates import place_cue
from redaction.deny_list import dob_patterns
from redaction.lexicon import LEXICON_FILE, load_lexicon, load_platforms
from redaction.recognizers.advert_names import AdvertNameRecognizer
from redaction.recognizers.social_handle import SocialHandleRecognizer
from redaction.roles import load_role_rules


def test_the_redactions_makes_are_the_gazetteers():
    words = make_words()
    assert load_lexicon().vehicle_makes == words
    assert words <= load_lexicon().not_names
    # first words of multi-word makes and aliases; makes without models; van words
    assert {"land", "range", "rolls", "aston", "alfa", "mercedes", "benz", "ford"} <= words
    assert {"ferrari", "scania", "transit", "luton"} <= words
    # never read so: a surname ("Smart"), slang, other spellings, the second word of a make
    assert not words & {"smart", "beamer", "roller", "škoda", "martin", "royce"}
    makes = {str(m).lower() for m in load_vehicles()["makes"]}
    assert "smart" in makes and "vauxhall" in makes  # the extraction still finds them


def test_a_make_added_to_the_gazetteer_is_a_make_for_the_redaction_too(tmp_path, monkeypatch):
    data = yaml.safe_load(VEHICLES_FILE.read_text(encoding="utf-8"))
    data["makes"]["Zastava"] = {"aliases": ["Yugo Koral"], "models": ["Florida"]}
    changed = tmp_path / "vehicles.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr("common.vehicles.VEHICLES_FILE", changed)
    load_vehicles.cache_clear()
    make_words.cache_clear()
    try:
        assert {"zastava", "yugo"} <= make_words() and "koral" not in make_words()
    finally:
        load_vehicles.cache_clear()
        make_words.cache_clear()


def test_months_once_in_order_and_may_stays_a_name(tmp_path):
    lex = load_lexicon()
    assert lex.months[0] == "january" and lex.months[4] == "may" and len(lex.months) == 12
    assert "march" in lex.not_names and "may" not in lex.not_names
    assert any("mar[a-z]*" in p for p in dob_patterns("1999-03-03"))  # "3rd March 1999"
    data = yaml.safe_load(LEXICON_FILE.read_text())
    data["months"] = data["months"][:11]
    short = tmp_path / "lexicon.yaml"
    short.write_text(yaml.safe_dump(data))
    with pytest.raises(ValueError, match="twelve months"):
        load_lexicon.__wrapped__(short)


def test_the_actors_pronouns_come_from_the_files():
    actors = Actors(load_file("indicators.yaml")["actors"])
    assert actors.words.she == {"she", "her", "herself"}
    assert "i'm" in actors.words.first_person and "his" in actors.words.he
    assert actors.words.relative == load_role_rules().relative == {"who", "that", "which", "whom"}
    assert {"called", "known", "goes"} <= load_role_rules().name_cue_verbs


def test_handle_cues_come_from_the_platforms_file(tmp_path):
    plat = load_platforms()
    assert plat.cues["account_cues"][:2] == ("username", r"user\s?name")
    assert "on" in plat.cues["handle_links"] and "wrote" in plat.cues["author_after"]
    recognizer = SocialHandleRecognizer(plat)
    found = recognizer.analyze("she goes on insta as bella_x, and HonestPunter77 wrote: avoid", ["ONLINE_HANDLE"])
    spans = {"she goes on insta as bella_x, and HonestPunter77 wrote: avoid"[r.start : r.end] for r in found}
    assert {"bella_x", "HonestPunter77"} <= spans
    bad = tmp_path / "platforms.yaml"
    bad.write_text("platforms:\n  snapchat: {uses: [handle_cue]}\nhandle_links: [me, on]\n")
    with pytest.raises(ValueError, match="quote it"):  # a bare `on` is YAML's true
        load_platforms.__wrapped__(bad)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("she lives in Chester now", "Chester", True),
        ("lives in Chester's old house", "Chester", False),  # a possessive: someone's
        ("I met Chester at the station", "Chester", None),
    ],
)
def test_one_place_cue_for_the_candidates_and_the_redactor(text, word, expected):
    start = text.index(word)
    assert place_cue(load_role_rules(), text, start, start + len(word), window=30) is expected


def test_advert_contact_and_journey_cues_from_the_lexicon():
    recognizer = AdvertNameRecognizer()
    assert recognizer._journey_cues == {"by", "with", "from", "see"}
    assert recognizer._contact.pattern.startswith(r"\b(text|txt|call|ring|contact|ask\s+for|whatsapp|email|by|")


def test_height_number_words_from_the_description_file():
    parser = DescriptionParser(spacy.blank("en"))
    assert parser.number_words["eleven"] == 11
    m = parser.height_ft.search("about six foot two, skinny")
    assert m is not None and (parser._number(m.group("ft")), parser._number(m.group("in"))) == (6, 2)
    assert parser.may_hold_numbers.search("in his forties") and not parser.may_hold_numbers.search("tall and thin")


def test_street_types_and_their_abbreviations_once(tmp_path):
    lex = load_lexicon()
    # each type, then its abbreviations: the order the address pattern tries them
    assert lex.street_types[:4] == ("road", "rd", "street", "st")
    assert lex.street_abbreviations["rd"] == "road" and lex.street_abbreviations["gdns"] == "gardens"
    assert "passage" in lex.street_types and "passage" not in lex.street_abbreviations
    assert "street_types" not in load_file("places.yaml")  # the venue reader reads the lexicon's
    bad = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    bad["street_types"] = ["road", "rd"]
    changed = tmp_path / "lexicon.yaml"
    changed.write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(ValueError, match="street_types: a mapping"):
        load_lexicon.__wrapped__(changed)


def test_an_offending_posts_sign_off_reads_the_platforms_file():
    desktop = load_role_rules().desktop
    assert desktop.sign_off is not None
    for word in load_platforms().using("sign_off"):
        text = f"he took the money back off me. {word.capitalize()}: kev.k01"
        m = desktop.sign_off.search(text)
        assert m is not None and m.group(1) == "kev.k01", word
    assert desktop.sign_off.search("he took the money back off me. Facebook: kev.k01") is None
    assert desktop.sign_off.search("Contact: kev@example.com\nmore words after it") is None  # not the last line
