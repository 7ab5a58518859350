"""What a NUM or partner report says about the offender, as a comparable profile.

Built from the sanitised output only (the redacted narrative, the structured description,
the kept entities): nothing the redaction removed reaches the store. The profile is plain
JSON, kept in the linkage store so later reports can be compared with it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from wordfreq import zipf_frequency

from common.regex_screen import may_match
from common.sources import REPORT_SOURCES
from common.vehicles import load_vehicles
from processors.matchers import PATTERN_DIR, load_file
from processors.plates import plates_of
from processors.vehicles import Gazetteer
from redaction.desktop_roles import plain_words
from redaction.lexicon import load_lexicon

_PLACEHOLDER = re.compile(r"\[[A-Z_]+_\d+\]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_GAP = re.compile(r"[ \t]{2,}")
# Words common in this genre of writing (built from the training corpora).
COMMON_FILE = PATTERN_DIR / "linkage_common.txt"
# How many records of the training corpora hold each word: the IDF of the text similarity.
DF_FILE = PATTERN_DIR / "linkage_df.txt"
# How many reports of the training corpora show each distinctive trait: its rarity.
FEATURES_FILE = PATTERN_DIR / "linkage_features.txt"
_TERM = re.compile(r"[a-z][a-z'-]{2,}")


@cache
def settings() -> dict[str, Any]:
    return load_file("linkage.yaml")["similar_offender"]


@dataclass(frozen=True)
class MarkWords:
    """The words of marks (`linkage.yaml`): kinds in the order they are tried, body parts."""

    kinds: dict[str, tuple[str, ...]]
    body: frozenset[str]
    body_same: dict[str, str]
    filler: frozenset[str]

    @property
    def kind_words(self) -> frozenset[str]:
        return frozenset(w for ws in self.kinds.values() for phrase in ws for w in phrase.split())


@cache
def mark_words() -> MarkWords:
    s = settings()
    return MarkWords(
        kinds={k: tuple(str(w).lower() for w in v["words"]) for k, v in s["mark_kinds"].items()},
        body=frozenset(str(w).lower() for w in s["body_parts"]),
        body_same={str(k): str(v) for k, v in s["body_same"].items()},
        filler=frozenset(str(w).lower() for w in s["mark_filler"]),
    )


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer(load_vehicles())


@cache
def _behaviours() -> list[tuple[str, list[re.Pattern[str]], float | None]]:
    """(id, patterns, the Zipf frequency an open value must be under, or None)."""
    out = []
    for b in settings()["behaviours"]:
        zipf = float(b["open_value_zipf"]) if b.get("open_value") else None
        out.append((b["id"], [re.compile(p) for p in b["patterns"]], zipf))
    return out


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@cache
def _behaviour_screens() -> dict[str, re.Pattern[str] | None]:
    """id -> one regular expression that matches a text wherever any of the behaviour's patterns
    does (its patterns as one alternation, their named groups made plain), or None when they
    cannot be joined (a back-reference, an inline flag): a text the screen does not match holds
    none of its patterns, which `_behaviour_hits` then does not run one by one (each behaviour's
    patterns scanned every report's whole text, stop 52). What is read is the same."""
    out: dict[str, re.Pattern[str] | None] = {}
    for b in settings()["behaviours"]:
        joined = "|".join(f"(?:{_NAMED_GROUP.sub('(?:', str(p))})" for p in b["patterns"])
        screen = None
        if "(?P=" not in joined and not re.search(r"\\[1-9]", joined):
            try:
                screen = re.compile(joined)
            except re.error:
                screen = None
        out[str(b["id"])] = screen
    return out


@cache
def _value_synonyms() -> dict[str, dict[str, str]]:
    """id -> its values' one names: `value_synonyms`, and over them a behaviour's own
    `values` (a team's "captain" is his name, not an airline's pilot as in a claimed job)."""
    common = {str(k): str(v) for k, v in settings()["value_synonyms"].items()}
    return {
        b["id"]: {**common, **{str(k): str(v) for k, v in (b.get("values") or {}).items()}}
        for b in settings()["behaviours"]
    }


@cache
def all_value_names() -> dict[str, Any]:
    """Every value's one name, whatever behaviour tells it: `value_synonyms` with every
    behaviour's own `values` over them (what a shared behaviour's wording is, for
    `similar_offenders.counted_words`)."""
    s = settings()
    own = {k: v for b in s["behaviours"] for k, v in (b.get("values") or {}).items()}
    return {**s["value_synonyms"], **own}


@cache
def behaviour_vocabulary() -> dict[str, frozenset[str]]:
    """id -> the words that tell the behaviour (`vocabulary`), which the wording in common
    must not count again when both reports show it."""
    return {b["id"]: frozenset(str(w).lower() for w in b.get("vocabulary") or ()) for b in settings()["behaviours"]}


@cache
def behaviour_specs() -> dict[str, tuple[str, float, bool]]:
    """id -> (plain words, weight, generic)."""
    return {b["id"]: (b["words"], float(b["weight"]), bool(b.get("generic"))) for b in settings()["behaviours"]}


@cache
def _not_rare() -> frozenset[str]:
    """Words that are never evidence of one man: the genre's words, places, vehicle names,
    the description vocabulary (compared field by field instead)."""
    s = settings()
    gaz = _gazetteer()
    words = {w.lower() for w in s["common_words"]}
    words |= {w for name in gaz.make_names for w in name.split()}
    words |= {w for models in gaz.models.values() for name in models for w in name.split()}
    words |= set(gaz.colours) | set(gaz.vehicle_words)
    words |= {w for item in _leaves(load_file("description.yaml")) for w in item.lower().split()}
    if COMMON_FILE.exists():
        lines = COMMON_FILE.read_text(encoding="utf-8").splitlines()
        words |= {w.strip() for w in lines if w.strip() and not w.startswith("#")}
    return frozenset(words)


def _leaves(data: Any) -> list[str]:
    """Every word list and key of a pattern file, flattened."""
    if isinstance(data, dict):
        return [str(k) for k in data] + [w for v in data.values() for w in _leaves(v)]
    if isinstance(data, list):
        return [w for v in data for w in _leaves(v)]
    return [str(data)]


def text_of(record: dict[str, Any]) -> str:
    """The redacted narrative (a page's content) and description, placeholders out, and
    clauses setting another man aside ("not the one with ladders") out too."""
    offender = record.get("offender") or {}
    text = " ".join(filter(None, [record.get("narrative") or record.get("content"), offender.get("description")]))
    # a placeholder out leaves one space, not three: "his own [LOCATION_2] towels" reads "his own towels"
    return _other_man().sub(" ", _GAP.sub(" ", _PLACEHOLDER.sub(" ", text)))


@cache
def _other_man() -> re.Pattern[str]:
    return re.compile(settings()["other_man"], re.IGNORECASE)


@cache
def _warning_words() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """The warning and advert patterns, and the words of him and of her (linkage.yaml)."""
    s = settings()
    return (
        re.compile(s["warning_page"], re.IGNORECASE),
        re.compile(s["warning_not"], re.IGNORECASE),
        frozenset(s["male_words"]),
        frozenset(s["female_words"]),
    )


def warns_of_a_man(record: dict[str, Any]) -> bool:
    """Desktop research that warns others of a man (a worker's forum post): a warning, told
    of him more than of her or of him once and of her never (not a hostile neighbour's
    "WARNING this is the brass ... her number"), and no advert."""
    warning, advert, his, hers = _warning_words()
    content = str(record.get("content") or "")
    address = _worker_address().search(content)  # "Fleetwood girls - bloke off the trawlers"
    addressed = address is not None
    if not (warning.search(content) or addressed) or advert.search(content):
        return False
    words = plain_words(content)  # "the 'flower man'" speaks of a man
    # ... and "two brothers doing the rounds" of men (`warning_male_words`; stop 49, dev_y)
    men = his | frozenset(settings().get("warning_male_words") or ())
    male, female = sum(w in men for w in words), sum(w in hers for w in words)
    if address is not None and address.group(0)[-1] not in _ADDRESS_MARKS and male == 0 and not warning.search(content):
        # an address closed by a warning sign alone ("Corby ladies ⚠️ walrus-tache Jock ..."; stop 54, dev_zd) warns of a
        # man only where a word tells him: "Leeds girls 🚨 Polish and Latina" heads an advert
        return False
    worker = addressed or _worker_warning().search(content) is not None
    if worker and (male >= 2 or male >= female):
        # workers warning workers: "her" is the one he hurt; a post addressed to them names him once or never
        # ("bloke off the trawlers ... strangled my pal, she's ok"; "do NOT get in": stop 46, dev_v)
        return True
    if male >= 1 and _couple_warning().search(content):
        return True  # a warning of a couple who book together: of him, and of the woman with him
    if worker and male == 0 and warns_of_a_woman(record):
        return True
    # a short warning may name him once ("ring on a chain round his neck") and her never
    return (male >= 2 and male >= female) or (male == 1 and female == 0)


_ADDRESS_MARKS = frozenset(" :-\u2013\u2014")  # the ends of an address told by a dash or a colon


@cache
def _worker_address() -> re.Pattern[str]:
    return re.compile(settings()["worker_address"], re.IGNORECASE)


@cache
def _worker_warning() -> re.Pattern[str]:
    return re.compile(settings()["worker_warning"], re.IGNORECASE)


def news_of_a_man(record: dict[str, Any]) -> bool:
    """A news item of a man charged, arrested or convicted (stop 53, dev_zc: "A 54-year-old man has been charged
    ... following reports from women in Shrewsbury and Telford"): of him, read as a report is; never an advert."""
    content = str(record.get("content") or "")
    _, advert, _, _ = _warning_words()
    return not advert.search(content) and _news_of_a_man().search(content) is not None


@cache
def _news_of_a_man() -> re.Pattern[str]:
    return re.compile(settings().get("news_of_a_man") or r"(?!)", re.IGNORECASE)


def warns_of_a_woman(record: dict[str, Any]) -> bool:
    """A worker's warning of a woman who goes round ("watch out for a woman going round flats saying she's
    someone's missus"; stop 53, dev_zc), told of no man: her profile is a woman's, so she is compared with women
    only (`sex_differs`)."""
    content = str(record.get("content") or "")
    _, advert, his, _ = _warning_words()
    if advert.search(content) or _woman_warning().search(content) is None:
        return False
    men = his | frozenset(settings().get("warning_male_words") or ())
    worker = _worker_address().search(content) is not None or _worker_warning().search(content) is not None
    return worker and not any(w in men for w in plain_words(content))


@cache
def _woman_warning() -> re.Pattern[str]:
    return re.compile(settings().get("woman_warning") or r"(?!)", re.IGNORECASE)


@cache
def _couple_warning() -> re.Pattern[str]:
    return re.compile(settings()["couple_warning"], re.IGNORECASE)


def own_account(record: dict[str, Any]) -> bool:
    """Desktop research in the offender's own words (stop 41): a punter's review or post,
    under its byline, boasting of what he did to her ("Review by ...: still in me hi-vis lol,
    told her I'd nip to the cashpoint and drove off"; "[HANDLE_1]: vid goes up Friday unless
    you sort me out"). Told of her or to her, never of another man (an officer's note on his
    profile picture aside), no warning and no advert in her words, and of an offence: an MO
    the pipeline read, or what he got away with (`own_account_offence`)."""
    byline, offence, note, advert, hers = _own_account_words()
    warning, _, his, _ = _warning_words()
    content = str(record.get("content") or "")
    if not byline.search(content) or advert.search(content) or warning.search(content):
        return False
    # "You cannot hide from Him": a capitalised pronoun mid-sentence is his God, no other man (stop 44, dev_t)
    # a handle is a name, not a man: "posted by smoggy_lad_02" speaks of no other man (stop 48, dev_x)
    words = plain_words(_HANDLE.sub(" ", _DIVINE.sub(" ", note.sub(" ", _own_self().sub(" ", content)))))
    male, female = sum(w in his for w in words), sum(w in hers for w in words)
    if female < 1 or male:
        return False
    done = {b.partition(":")[0] for b in behaviours_of(in_third_person(content).lower())}
    if offence.search(content) or done & set(settings()["own_account_offences"]):
        return True
    return bool(record.get("mo")) and not _paid_in_full().search(content)


# a handle, its words joined by underscores or after an @ ("smoggy_lad_02", "@big_lad"): a name, no words of a man
_HANDLE = re.compile(r"[@\w.-]*_[\w.-]*|@[\w.-]+")
# He, Him, His capitalised after a word in lower case: the deity a preacher names, not a man
_DIVINE = re.compile(r"(?<=[a-z,;:] )(?:He|Him|His|Himself)\b")


@cache
def _own_self() -> re.Pattern[str]:
    """A man's word the author of an own account uses of himself ("a big lad like me"; `own_account_self`)."""
    return re.compile(settings().get("own_account_self") or r"(?!)", re.IGNORECASE)


@cache
def _paid_in_full() -> re.Pattern[str]:
    return re.compile(settings()["own_account_paid"], re.IGNORECASE)


@cache
def _own_account_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    s = settings()
    return (
        re.compile(s["own_account_byline"], re.IGNORECASE | re.MULTILINE),
        re.compile(s["own_account_offence"], re.IGNORECASE),
        re.compile(s["officer_note"], re.IGNORECASE),
        re.compile(s["own_account_not"], re.IGNORECASE),
        frozenset(str(w) for w in s["own_account_her"]),
    )


def in_third_person(text: str) -> str:
    """His own account told of him, so the traits read as in a report: "me pass on a cord
    round me neck" -> "his pass on a cord round his neck", "I set it" -> "he set it" (a
    "me" before a word that is not a small word is his: "me neck", not "chase me down")."""
    table = {str(k): str(v) for k, v in settings()["third_person"].items()}
    small = frozenset(str(w) for w in settings()["third_person_me_before"])

    def swap(m: re.Match[str]) -> str:
        word = m.group(1).lower().replace("\u2019", "'")
        after = m.group(2) or ""
        if word == "me" and after and after.lower() not in small:
            return "his"
        return table.get(word, m.group(1))

    return _FIRST_PERSON.sub(swap, text)


_FIRST_PERSON = re.compile(
    r"\b(i'm|i\u2019m|i'd|i've|i'll|im|myself|mine|my|me|i)\b(?=(?:\s+([A-Za-z]+))?)", re.IGNORECASE
)


def build(source: str, record: dict[str, Any]) -> dict[str, Any] | None:
    """The comparable profile of a sanitised NUM or partner record, of a page warning of a
    man (`warns_of_a_man`), or of one in his own words (`own_account`, read in the third
    person); None for adverts and other pages."""
    page = source == "desktop_research"
    own = page and own_account(record)  # never a warning page too (`own_account`)
    if source not in REPORT_SOURCES and not own and not (page and (warns_of_a_man(record) or news_of_a_man(record))):
        return None
    desc = record.get("description_structured") or {}
    raw = in_third_person(text_of(record)) if own else text_of(record)
    text = raw.lower()
    written = str((record.get("offender") or {}).get("description") or "").lower()
    seen, no_marks = marks_in_text(text), denied_marks(text)
    hits = _behaviour_hits(text)
    # a mark the parser kept from "no tattoos" is denied unless the text shows one too
    shown = {m["kind"] for m in seen}
    parsed = [in_context(m, text) for m in desc.get("marks") or [] if not denied(m)]
    marks = [m for m in parsed if m["kind"] not in no_marks - shown] + seen
    age = [desc["age_min"], desc["age_max"]] if desc.get("age_min") is not None else None
    built = desc.get("build") or build_in(written)
    if page and not own and age is None and built is None:
        age, built = page_age_and_build(text)  # a page has no parsed description (stop 54, dev_zd)
    profile: dict[str, Any] = {
        "sex": "female" if page and not own and warns_of_a_woman(record) else sex_of(desc.get("sex"), text),
        "age": age,
        "height": desc.get("height_cm"),
        "build": built,
        "hair": desc.get("hair"),
        "hair_words": hair_words(desc.get("hair"), text),
        "items": items_of(text),
        "weapons": weapons_of(text),
        "facial_hair": facial_hair_of(desc.get("facial_hair"), text),
        "ethnicity": desc.get("ethnicity"),
        "accent": desc.get("accent"),
        "accent_heard": accents_in(text),
        "clothing": desc.get("clothing"),
        "marks": marks,
        "no_marks": sorted(no_marks - {m["kind"] for m in marks}),
        "vehicles": vehicles_of(record, desc, text),
        "vehicle_details": details_of(text),
        "plates": plates_of(record, raw),
        "mo": list(record.get("mo") or []),
        "behaviours": behaviours_of(text, hits),
        "behaviour_words": behaviour_words(text, hits),
        "quoted": quoted_pairs(raw),
        "quote_words": quoted_words(raw),
        "rare": rare_words(raw),
        "terms": terms(text, _place_words(record)),
        "district": (record.get("district") or "").lower() or None,
        "places": sorted(
            {e["normalized"] for e in record.get("entities") or [] if e.get("label") == "LOCATION"}
            | ({str(record["location"]).lower()} if record.get("location") else set())
        ),
        "hour": _hour(record.get("incident_at")),
    }
    return profile


# A page's own description of the man (a police appeal, a news item, a worker's warning): "He is described as white,
# aged 18 to 23, very slim", "a 54-year-old man", "in his 40s". Pages have no parsed description (the extraction reads
# none from desktop research), so a news appeal's young slim robber and a heavy man in his 40s linked on a moped and a
# food box (stop 54, dev_zd). Only what the page says of his age and, in its "described as" clause, his build.
_PAGE_AGE = re.compile(
    r"\baged (?:about |around |approximately |approx\.? |between )?(?P<a>[1-9]\d)"
    r"(?:\s*(?:to|-|\u2013|and)\s*(?P<b>[1-9]\d))?\b"
    r"|\b(?P<n>[1-9]\d)[- ]year[- ]old (?:\w+ )?(?:man|male|lad|bloke)\b"
    r"|\b(?:he is|he's|hes|he was|man|male|bloke|guy|lad) (?:\w+ ){0,2}?in his (?P<d>[2-8]0)'?s\b"
    # ... or a decade listed among his traits ("Farmer type, 60s, white hair", "Audi A4 estate. 40s, Belfast accent";
    # stop 57, dev_zg): between commas or opening a sentence, a comma after it
    r"|(?:^|[.,;:(]\s*)(?P<e>[2-7]0)'?s(?=\s*,)"
)
_HER_BEFORE = re.compile(
    r"\b(?:she|she's|shes|her|girl|girls|woman|women|lady|ladies|daughter|victim|worker)\b[^.;!?\n]*$"
)
_DESCRIBED = re.compile(r"\b(?:he is|he's|he was|is|was) described as\b([^.;!?\n]{0,160})")


def page_age_and_build(text: str) -> tuple[list[int] | None, str | None]:
    """The age range and the build a page tells of the man (`_PAGE_AGE`, its `described as` clause)."""
    age: list[int] | None = None
    # not her age ("she is aged 19", "a woman aged 30 was robbed"): no word of a woman just before it in its sentence
    m = next(
        (m for m in _PAGE_AGE.finditer(text) if not _HER_BEFORE.search(text[max(0, m.start() - 30) : m.start()])), None
    )
    if m is not None:
        if m.group("a"):
            lo = int(m.group("a"))
            hi = int(m.group("b")) if m.group("b") else lo
            age = [min(lo, hi), max(lo, hi)] if not m.group("b") or abs(hi - lo) <= 15 else None
        elif m.group("n"):
            age = [int(m.group("n"))] * 2
        else:
            decade = int(m.group("d") or m.group("e"))
            age = [decade, decade + 9]
    clause = _DESCRIBED.search(text)
    return age, build_in(clause.group(1)) if clause else None


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z]+", (text or "").lower())


def sex_of(parsed: str | None, text: str) -> str | None:
    """The parsed sex, when the text bears it out: a sex that differs vetoes a link, so a
    "female" read from "two women reported ..." or "you pretty girl" while the text speaks of
    him ("he", "his") is no evidence either way."""
    if parsed == "female" and set(_words(text)) & set(settings()["male_words"]):
        return None
    return parsed


def accents_in(text: str) -> list[str]:
    """Accents the text names near an accent cue ("he speak strange English, I think Scotland
    or Ireland", "voice notes: proper London"): the description parser keeps one phrase, or
    none. Every known accent alias within `accent_window` words of a cue, as written."""
    s = settings()
    aliases = {str(a) for group in s["accent_groups"].values() for a in group}
    words = _words(text)
    reach = int(s["accent_window"])
    found: list[str] = []

    def add(near: list[str]) -> None:
        for n in (3, 2, 1):
            for j in range(len(near) - n + 1):
                phrase = " ".join(near[j : j + n])
                if phrase in aliases and not any(phrase in f for f in found):
                    found.append(phrase)

    nouns, not_after = set(s["accent_nouns"]), set(s["accent_nouns_not_after"])
    low = text.lower()
    for m in re.finditer(r"[a-z]+", low):
        if m.group() not in nouns:
            continue
        # "same scouser grey hair": the man named by where he is from; not "I'm a Geordie" nor "my mate, a geordie",
        # but an aside in brackets before it is no one's ("(no car that i saw), scouser"; stop 52, dev_zb)
        before = re.split(r"[()]", low[max(0, m.start() - 40) : m.start()])[-1]
        if not set(_words(before)[-3:]) & not_after:
            add([m.group()])
    for i, w in enumerate(words):
        if w not in s["accent_cues"] and not (w in s["accent_cues_after_he"] and "he" in words[max(0, i - 2) : i]):
            continue
        add(words[max(0, i - reach) : i + reach + 1])
    for rx in _accent_origin():
        for m in rx.finditer(low):
            add(_words(m.group(1)))  # "he is from Lithuania maybe"
    return found


@cache
def _accent_origin() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in settings()["accent_origin"]]


def _denied_at(text: str, start: int) -> bool:
    """A trait the words just before it deny, in its clause ("no stutter", "without ladders")."""
    return _negated(text[max(0, start - 40) : start])


def _negated(before: str) -> bool:
    """Whether the words just before a mark, in its clause, deny it ("no tattoos", "not a
    tattoo on him"; not "no scars, a tattoo")."""
    clause = re.split(r"[,;.!?()]", before)[-1]
    if _NEVER_SEEN_LIKE.search(clause):
        return False  # "staring at my hands like she'd never seen vitiligo before": his, she stares (stop 43)
    if _NEVER_WITHOUT.search(clause):
        return False  # "never without his brolly": two denials say he has it (stop 51)
    return bool(set(clause.split()[-3:]) & set(settings()["mark_negations"]))


_NEVER_WITHOUT = re.compile(r"\b(?:never|not|rarely|seldom) (?:\w+ )?without\b")

# the idiom of her staring at a trait, which denies nothing of him
_NEVER_SEEN_LIKE = re.compile(r"\blike (?:she|i|you|they|we)(?:'d|'ve| had| has| have)? never (?:seen|noticed)\b")


def denied(mark: str) -> bool:
    """A mark the description parser kept that denies it ("no tattoos")."""
    low = mark.lower()
    m = _mark_in_text().search(low)
    return m is not None and _negated(low[: m.start()])


def denied_marks(text: str) -> set[str]:
    """Kinds of mark the text says he does not have ("not a tattoo on him", "no scars")."""
    out: set[str] = set()
    for m in _mark_in_text().finditer(text):
        if _negated(text[max(0, m.start() - 30) : m.start()]):
            if _mark_covered().match(text, m.end()):
                continue  # unseen, not absent: "did not see any tattoo as he kept his hoodie on" (stop 50, dev_z)
            kind = mark_of(m.group(0))["kind"]
            if kind != "other":
                out.add(kind)
    return out


@cache
def _mark_covered() -> re.Pattern[str]:
    return re.compile(settings()["mark_covered"])


@cache
def _details() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile("|".join(f"(?:{p})" for p in ps))) for name, ps in settings()["vehicle_details"].items()]


# a pattern's escapes ("\\b", "\\s"): no words of the detail
_ESCAPE = re.compile(r"\\[a-zA-Z]")


@cache
def detail_words() -> dict[str, frozenset[str]]:
    """name -> the words a vehicle detail is told with (its name's and its patterns' plain words, an
    escape such as `\\b` left out): what the wording in common must not count again when both
    reports give the detail (stop 46)."""
    out: dict[str, frozenset[str]] = {}
    for name, patterns in settings()["vehicle_details"].items():
        plain = " ".join(_ESCAPE.sub(" ", str(p)) for p in [name, *patterns])
        out[name] = frozenset(re.findall(r"[a-z]{3,}", plain.lower()))
    return out


def details_of(text: str) -> list[str]:
    """What sets his vehicle apart (`vehicle_details` in linkage.yaml): ladders on the roof, a
    child seat, beads on the mirror, tinted windows; one name each, however written."""
    return sorted(
        name
        for name, rx in _details()
        if may_match(rx, text) and any(not _denied_at(text, m.start()) for m in rx.finditer(text))
    )


def hair_words(hair: str | None, text: str) -> list[str]:
    """The hair as comparable words, synonyms made one ("bleached" = "dyed", "gelled" =
    "slicked"): the parsed hair, and hair words near a hair word in the text (the parser
    keeps one phrase; "hair with gel go back", "blond (dyed)" are only in the text)."""
    s = settings()
    same = s["hair_synonyms"]
    vocabulary, colours = _hair_vocabulary()
    # a phrase ("shaved sides", "head shaved") says it is hair: read wherever it is
    found = {
        word
        for rx, word in _hair_phrase_patterns()
        if rx.search(hair or "") or (may_match(rx, text) and rx.search(text))
    }
    hair, text = _hair_phrases(hair or ""), _hair_phrases(text)
    found |= {same.get(w, w) for w in _words(hair)}
    reach = int(s["hair_window"])
    for clause in re.split(r"[,;.!?()]", text):  # "white hair, long grey coat": not long hair
        words = _words(clause)
        for i, w in enumerate(words):
            if w in s["hair_anchors"]:
                lo = max(0, i - reach)
                near = words[lo : i + reach + 1]
                # a length or style of his beard is no hair word ("black long beard and hair tied up"; stop 54,
                # dev_zd); its colour still is (a ginger beard counts with ginger hair)
                beard = {
                    j
                    for j, x in enumerate(near, start=lo)
                    if j + 1 < len(words) and words[j + 1] in _BEARD and x not in colours
                }
                found |= {same.get(x, x) for j, x in enumerate(near, start=lo) if x in vocabulary and j not in beard}
    return sorted(found)


@cache
def _hair_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """The hair words of `linkage.yaml`, and its hair colours: read once, not for every profile."""
    s = settings()
    same = s["hair_synonyms"]
    vocabulary = frozenset({*s["hair_distinctive"], *s["hair_plain"], *same, *same.values()})
    return vocabulary, frozenset(c for group in s["hair_colour_groups"].values() for c in group)


_BEARD = frozenset({"beard", "beards", "moustache", "mustache", "tache", "tash", "goatee", "stubble", "sideburns"})


def _hair_phrases(text: str) -> str:
    """Hair written as a phrase, as its one word (`hair_phrases`): "shaved sides" = "undercut"."""
    for rx, word in _hair_phrase_patterns():
        if may_match(rx, text):  # a pattern that cannot match leaves the text as it is
            text = rx.sub(f" {word} ", text)
    return text


@cache
def _hair_phrase_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p, re.IGNORECASE), str(w)) for p, w in settings()["hair_phrases"].items()]


@cache
def _named(section: str) -> list[tuple[str, re.Pattern[str]]]:
    items = settings()[section].items()
    return [(name, re.compile("|".join(f"(?:{p})" for p in spec["patterns"]))) for name, spec in items]


def items_of(text: str) -> list[str]:
    """What he wears or carries that stands out (`items` in linkage.yaml), by its one name; not one
    the words before it deny ("no umbrella, no phone out", "no poncho just a tracksuit": a look-alike
    told apart; stop 51, dev_za)."""
    return sorted(
        name
        for name, rx in _named("items")
        if may_match(rx, text) and any(not _denied_at(text, m.start()) for m in rx.finditer(text))
    )


def weapons_of(text: str) -> list[str]:
    """The kinds of weapon he used or showed (`weapons` in linkage.yaml), by their one name."""
    return sorted(name for name, rx in _named("weapons") if may_match(rx, text) and rx.search(text))


def facial_hair_of(parsed: str | None, text: str) -> str | None:
    """The facial hair the parser kept, with a style the (lower-case) text tells of it that the parser
    drops (`facial_hair_styles`): "ginger beard done in 2 plaits" is a braided ginger beard (stop 50, dev_z)."""
    out = parsed
    for rx, word in _facial_hair_styles():
        if rx.search(text) and word not in (out or "").lower().split():
            out = f"{out} {word}" if out else f"{word} beard"
    return out


@cache
def _facial_hair_styles() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rx), str(word)) for rx, word in (settings().get("facial_hair_styles") or {}).items()]


def build_in(description: str) -> str | None:
    """A build word of the offender's description field when the parser found none
    ("young skinny blond lad"): only the field, never the narrative ("a big knife")."""
    words = " ".join(_words(description))
    for group in settings()["build_groups"].values():
        for word in sorted(group, key=len, reverse=True):
            if any(not _of_a_vehicle(words[m.end() :]) for m in re.finditer(rf"\b{re.escape(word)}\b", words)):
                return str(word)
    return None


def _of_a_vehicle(after: str) -> bool:
    """A build word that sizes his car, not him ("small red Mini", "big white van"): a vehicle
    word or a make within the two words after it, a colour between (stop 40)."""
    gaz = _gazetteer()
    names = set(gaz.vehicle_words) | set(gaz.make_names)
    for word in after.split()[:2]:
        if word in names:
            return True
        if word not in gaz.colours and word not in _vehicle_colours():
            return False
    return False


def mark_of(text: str) -> dict[str, Any]:
    """'tattoo of a scorpion on his neck' -> kind tattoo, place neck, motif [scorpion]
    (what a tattoo shows: the words after "of a" or "saying", or just before the mark)."""
    low = text.lower()
    mw = mark_words()
    kind = next((k for k, words in mw.kinds.items() if any(_whole_word(w).search(low) for w in words)), "other")
    words = re.findall(r"[a-z]+", low)
    places = sorted({mw.body_same.get(w, w) for w in words if w in mw.body})
    # a place told by a phrase (`place_phrases`): "under his eye" is his cheek, his face (stop 50, dev_z)
    for rx, (was, place) in _place_phrases():
        if was in places and rx.search(low):
            places = sorted(set(places) - {was} | {place})
    motif: set[str] = set()
    if kind == "tattoo":
        plain = mw.filler | mw.body | mw.kind_words
        # its plain words only: a pattern's pieces ("of" in "(?:writing|words) ... on ... back of") are no tattoo word
        own = {w for phrase in mw.kinds["tattoo"] if _PLAIN_PHRASE.match(phrase) for w in phrase.split()}
        at = next((i for i, w in enumerate(words) if w in own), 0)
        near = words[max(0, at - 2) : at]
        for i, w in enumerate(words[at:], start=at):
            # ... or likened to it right after the word ("small tattoo like a tear"; stop 57, dev_zg)
            likened = w == "like" and i > 0 and words[i - 1] in own and words[i + 1 : i + 2] in (["a"], ["an"])
            if likened or w in ("of", "saying", "says", "reads", "reading", "spelling", "word"):  # "the word ENGLAND"
                near += [x for x in words[i + 1 : i + 4] if x not in ("a", "an", "the", "some")][:2]
        motif = {singular(w) for w in near if w not in plain and len(w) > 2 and zipf_frequency(w, "en") < 5.2}
        # what it shows told as a description ("black lines and numbers, like on a product"): its one word
        motif |= {word for rx, word in _motif_phrases() if rx.search(" ".join(words))}
        # what it shows, told on his skin without the word ("the little swallow on his neck"; stop 52)
        if not any(w in own for w in words):
            shown = _motif_on_skin().search(low)
            if shown:
                motif.add(singular(shown.group(1)))
    return {"kind": kind, "places": places, "motif": sorted(motif)}


_PLAIN_PHRASE = re.compile(r"^[a-z' ]+$")


@cache
def _whole_word(word: str) -> re.Pattern[str]:
    """A mark word (or pattern) as a whole word, compiled once: `re`'s own cache of 512
    patterns is worn through by the project's many, and each miss compiles again."""
    return re.compile(rf"\b{word}\b")


@cache
def _place_phrases() -> list[tuple[re.Pattern[str], tuple[str, str]]]:
    """(pattern, (the place its words name, the place it is)) of `place_phrases` in linkage.yaml."""
    out = []
    for rx, spec in (settings().get("place_phrases") or {}).items():
        was, _, place = str(spec).partition("->")
        out.append((re.compile(rx), (was.strip(), place.strip())))
    return out


def _window(text: str, start: int, end: int, clause: bool = False) -> str:
    """A mark's words with the words around it in its own sentence: three before in its own clause
    ("shaved head, teardrop tat": not a tattoo on his head; stop 46), eleven after (`clause`: in its clause)."""
    before = re.split(r"[.;!?,]", text[max(0, start - 40) : start])[-1].split()[-3:]
    stops = r"[.;!?,(]" if clause else r"[.;!?]"
    after = re.split(stops, text[end : end + 70])[0].split()[:11]  # "... on the back of his left hand"
    return " ".join([*before, text[start:end], *after])


def in_context(phrase: str, text: str) -> dict[str, Any]:
    """A mark the description parser kept, read as the text tells it where its word names no
    part of the body (`marks_read_in_context`) and the phrase is bare (no place, nothing
    shown): "'dead eye' (prosthetic, R)" is an eye, not a false limb (stop 39). The text's
    reading wins only when it names another kind of mark."""
    mark = mark_of(phrase)
    bare = not (mark["places"] or mark["motif"]) and mark["kind"] in settings().get("marks_read_in_context", ())
    at = text.find(phrase.lower()) if bare else -1
    if at < 0:
        return mark
    read = mark_of(_window(text, at, at + len(phrase)))
    return read if read["kind"] not in ("other", mark["kind"]) else mark


def singular(word: str) -> str:
    """What a tattoo shows, one word for one thing and many ("anchors" on both wrists, an
    "anchor" on each: stop 49, dev_y): a plural whose singular is a common word, as the
    singular ("lotus", "jesus", "cross" stay as written)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        one = word[:-2] if word.endswith(("ches", "shes", "xes")) else word[:-1]
        if zipf_frequency(one, "en") >= 3.0:
            return one
    return word


@cache
def _motif_on_skin() -> re.Pattern[str]:
    return re.compile(str(settings()["tattoo_motif_on_skin"]))


@cache
def _motif_phrases() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p), str(w)) for p, w in (settings().get("motif_phrases") or {}).items()]


@cache
def _mark_in_text() -> re.Pattern[str]:
    """The words that name a mark in running text (`mark_text` in linkage.yaml)."""
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in settings()["mark_text"]) + r")\b")


def marks_in_text(text: str) -> list[dict[str, Any]]:
    """Marks the description parser did not attribute: each mark word with the words around
    it ("a scar through his left eyebrow", "neck tattoo of a swallow", "walks with a limp");
    not a mark the text denies ("not a tattoo on him")."""
    out: list[dict[str, Any]] = []
    for m in _mark_in_text().finditer(text):
        if _negated(text[max(0, m.start() - 30) : m.start()]):
            continue
        # the words before it in its own sentence ("Head no hair, he shave all. On back of the leg ...
        # tattoo": not "all" as what it shows)
        mark = mark_of(_window(text, m.start(), m.end()))
        own = mark_of(m.group(0))["kind"]
        if own not in ("other", mark["kind"]):
            # a mark of another kind told after a comma is that one's ("a big fella who limps, bird tattoo on his
            # neck": a limp, and a tattoo on his neck; stop 58, dev_zh): this mark read in its own clause, if that
            # tells its kind
            clause = mark_of(_window(text, m.start(), m.end(), clause=True))
            mark = clause if clause["kind"] == own else mark
        if not mark["places"]:
            # the place told first, the mark a few words on ("Under his right eye he have small tattoo", "On his
            # neck there is a tattoo"; stop 57, dev_zg): the place the sentence opens with is the mark's
            fronted = _fronted_place(text, m.start())
            if fronted:
                mark = mark_of(f"{fronted} {_window(text, m.start(), m.end())}")
        if mark["kind"] == "tattoo":
            mark["motif"] = sorted(set(mark["motif"]) | languages_of(text, m.start(), m.end()))
        if mark["kind"] != "other" and mark not in out:
            out.append(mark)
    return out


def _fronted_place(text: str, start: int) -> str | None:
    """The place a sentence opens with when its mark follows within a few words, in one clause
    (`mark_place_fronted`): "under his right eye" of "Under his right eye he have small tattoo"."""
    sentence = re.split(r"[.;!?\n]", text[max(0, start - 90) : start])[-1]
    m = _fronted_rx().match(sentence)
    return m.group("place") if m else None


@cache
def _fronted_rx() -> re.Pattern[str]:
    return re.compile(str(settings().get("mark_place_fronted") or r"(?!)"))


def languages_of(text: str, start: int, end: int) -> set[str]:
    """The language a tattoo is written in, told in its sentence (`tattoo_language_after`: after
    the mark; `tattoo_language_script`: anywhere beside script words): "tattoo with words in
    Welsh language", "Welsh words tattooed on his arm" (stop 44)."""
    after_rx, script_rx = _language_patterns()
    before = re.split(r"[.;!?]", text[max(0, start - 60) : start])[-1]
    after = re.split(r"[.;!?]", text[end : end + 120])[0]
    found = {m.group("lang") for m in after_rx.finditer(after)}
    found |= {m.group("lang") for m in script_rx.finditer(f"{before}{text[start:end]}{after}")}
    return found


@cache
def _language_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    s = settings()
    names = "|".join(sorted((re.escape(str(w)) for w in s["tattoo_languages"]), key=len, reverse=True))
    return (
        re.compile(str(s["tattoo_language_after"]).replace("{lang}", names)),
        re.compile(str(s["tattoo_language_script"]).replace("{lang}", names)),
    )


def vehicles_of(record: dict[str, Any], desc: dict[str, Any], text: str = "") -> list[dict[str, str | None]]:
    gaz = _gazetteer()
    out: list[dict[str, str | None]] = []
    for kind, colour in _bodies(text):
        _add_vehicle(out, None, kind, colour)
    for v in (record.get("offender") or {}).get("vehicles") or []:
        make = gaz.canonical_make(v.get("make")) or (str(v["make"]).lower() if v.get("make") else None)
        make = make or _make_of_model(v.get("model"))
        model = gaz.canonical_model(make, v.get("model"))
        _add_vehicle(out, make, model, (v.get("colour") or "").lower() or None)
    written = [e["normalized"] for e in record.get("entities") or [] if e.get("label") == "VEHICLE"]
    for text in [*written, desc.get("vehicle") or ""]:
        if text:
            _add_vehicle(out, *_split_vehicle(text))
    return out


def _bodies(text: str) -> list[tuple[str, str | None]]:
    """(kind, colour) of each car the (lower-case) text names by its body, not its make
    (`vehicle_bodies`): "old green estate car" -> (estate, green); "the merc estate" -> (estate, None)."""
    out: list[tuple[str, str | None]] = []
    for kind, rx in body_patterns():
        for m in rx.finditer(text):
            if _denied_at(text, m.start()):
                continue
            before = re.findall(r"[\w-]+", text[max(0, m.start() - 40) : m.start()])[-3:]
            colours = [c for c in map(_colour_word, before) if c]
            # ... or a make just before it ("pulled up in the Merc estate"; stop 58, dev_zh): not a housing estate
            # named so ("lives on the Ford estate")
            made = bool(before) and _gazetteer().canonical_make(before[-1]) is not None
            made = made and not any(w in _ESTATE_PLACE for w in before[-3:-1])
            if colours or made or m.group(0) not in settings()["vehicle_bodies_with_colour"]:
                out.append((kind, colours[-1] if colours else None))
    return out


_ESTATE_PLACE = frozenset({"on", "off", "from", "round", "around", "near", "across", "onto", "at", "by"})


@cache
def body_patterns() -> list[tuple[str, re.Pattern[str]]]:
    bodies = settings().get("vehicle_bodies") or {}
    return [
        (kind, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")) for kind, words in bodies.items()
    ]


def _colour_word(word: str) -> str | None:
    """A colour of the vehicle gazetteer or of `colour_groups`, hyphened modifiers too
    ("bottle-green" -> green), and a colour "-coloured" ("wine-coloured" -> wine)."""
    last = _COLOURED.sub("", word).split("-")[-1]
    return last if last in _vehicle_colours() else None


_COLOURED = re.compile(r"-colou?red$")


@cache
def _vehicle_colours() -> frozenset[str]:
    grouped = {str(c) for group in settings()["colour_groups"].values() for c in group if " " not in str(c)}
    return frozenset(_gazetteer().colours) | grouped


def _add_vehicle(out: list[dict[str, str | None]], make: str | None, model: str | None, colour: str | None) -> None:
    if not (make or model):
        return
    for v in out:
        if v["make"] == make and (v["model"] == model or not model or not v["model"]):
            v["model"] = v["model"] or model
            v["colour"] = v["colour"] or colour
            return
    out.append({"make": make, "model": model, "colour": colour})


def _split_vehicle(text: str) -> tuple[str | None, str | None, str | None]:
    """'silver ford focus' -> (ford, focus, silver), with the gazetteer's names."""
    gaz = _gazetteer()
    words = text.lower().split()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            make = gaz.make_names.get(" ".join(words[i : i + n]))
            if make:
                colour = " ".join(words[:i]) or None
                model = gaz.canonical_model(make, " ".join(words[i + n :])) if words[i + n :] else None
                return make, model, colour
    for n in (2, 1):  # a model alone ("silver focus") names its make when only one make has it
        for i in range(len(words) - n + 1):
            make = _make_of_model(" ".join(words[i : i + n]))
            if make:
                return make, gaz.canonical_model(make, " ".join(words[i : i + n])), " ".join(words[:i]) or None
    return None, None, None


def _make_of_model(model: str | None) -> str | None:
    """The make of a model name only one make has ("Octavia": Skoda); None when several do
    or the gazetteer says the model needs its make ("Golf")."""
    gaz = _gazetteer()
    low = (model or "").strip().lower()
    makes = gaz.model_makes.get(low, set())
    return next(iter(makes)) if len(makes) == 1 and low not in gaz.needs_make else None


def behaviours_of(text: str, hits: list[tuple[str, list[str]]] | None = None) -> list[str]:
    """Distinctive behaviours as `id` or `id:value` (patterns in linkage.yaml); `hits`: the
    text's `_behaviour_hits`, when read already."""
    found = {beh for beh, _ in (_behaviour_hits(text) if hits is None else hits)}
    # an open value another behaviour read already ("calls me treacle") is that one, once
    closed = {b.partition(":")[2] for b in found if b.partition(":")[0] not in _open_ids()}
    return sorted(b for b in found if b.partition(":")[0] not in _open_ids() or b.partition(":")[2] not in closed)


def behaviour_words(text: str, hits: list[tuple[str, list[str]]] | None = None) -> dict[str, list[str]]:
    """id -> the words of the text each behaviour was read from ("asks for the girlfriend
    experience": girlfriend, experience). Shown in both reports, the behaviour is one feature:
    the words that told it are not wording in common as well, whether or not its `vocabulary`
    lists them (stop 49, dev_y: "girlfriend" and "experience" counted again as text made a man
    in a suit one of a tattooed deckhand's series)."""
    out: dict[str, set[str]] = {}
    for beh, words in _behaviour_hits(text) if hits is None else hits:
        out.setdefault(beh.partition(":")[0], set()).update(words)
    return {bid: sorted(words) for bid, words in sorted(out.items())}


def _behaviour_hits(text: str) -> list[tuple[str, list[str]]]:
    """Each behaviour read (`id` or `id:value`) with the words of the match it was read from."""
    hits: list[tuple[str, list[str]]] = []
    screens = _behaviour_screens()
    for bid, patterns, zipf in _behaviours():
        screen = screens.get(bid)
        if screen is not None and (not may_match(screen, text) or screen.search(text) is None):
            continue  # none of its patterns matches anywhere: the same as running each, once instead of many times
        synonyms = _value_synonyms()[bid]
        for rx in patterns:
            for m in rx.finditer(text):
                if _denied_at(text, m.start()):
                    continue  # "no stutter", "not the one with ladders": told to tell him apart
                if _value_denied(text, m):
                    continue  # "smelt of Lynx not fish": the value another man's, set against his own (stop 59)
                value = " ".join((m.groupdict().get("v") or "").split())
                if zipf is not None and not _open_value(value, zipf):
                    continue
                value = synonyms.get(value, value)
                hits.append((f"{bid}:{value}" if value else bid, _TERM.findall(m.group(0))))
    return hits


_VALUE_DENIED = re.compile(r"\b(?:not|no|never|nae|rather than|instead of)\W*$")


def _value_denied(text: str, m: re.Match[str]) -> bool:
    """A behaviour's value the words just before it, inside its match, deny: "smelt of Lynx not fish", "smells of
    beer, no smoke" (what he did not smell of, told to set him apart from another report's man)."""
    if "v" not in m.re.groupindex or m.start("v") < 0:
        return False
    return _VALUE_DENIED.search(text, m.start(), m.start("v")) is not None


@cache
def _open_ids() -> frozenset[str]:
    return frozenset(bid for bid, _, zipf in _behaviours() if zipf is not None)


def _open_value(word: str, zipf: float) -> bool:
    """An open value ("calls her X") counts when X is a word English rarely uses, not the
    genre's common words nor a place: "jezebel", "treacle"; not "names", "back", "slag"."""
    if not word or word in _not_rare() or word in load_lexicon().places:
        return False
    return 0 < zipf_frequency(word, "en") < zipf


# a quote in single or double marks; an apostrophe between letters is a word's ("we're"); one that starts a
# dropped-letter word ("up 'em", "'cos", "'til") opens no quote: "mud all up 'em ... 'Rules is rules' he says" quotes
# him once (stop 54, dev_zd)
_QUOTE = re.compile(
    r"(?:^|[\s(\[])(?:['‘](?!(?:em|im|er|ave|ad|cos|coz|cause|til|bout|alf|appen|owt|nowt|ome)\b)|[\"“])"
    r"((?:[^'’\"”\n]|(?<=[A-Za-z])['’](?=[a-z])){3,120})['’\"”]"
)


# What he says over and over, told without quote marks (stop 53, dev_zc): "kept sayin no stress babe no stress",
# "he says no stress, no stress": up to the end of the clause
_SAID_AGAIN = re.compile(
    r"\b(?:kept|keeps|keep|always) (?:on )?(?:saying|sayin|sayin'|say)\s+([a-z' ]{3,40}?)(?=\s*(?:[.,;:!?\n]|$))"
    r"|\b(?:he|he's|hes|he is|he was|he kept|he keeps) (?:says?|said|saying|sayin)"
    r"\s+((?:[a-z']+ ){1,3}?[a-z']+),? (?:[a-z']+ ){0,1}?\2\b"
    # ... or told as said many times, in a second language's word order ("he say many time good girl"; stop 55, dev_ze)
    r"|\b(?:he|he's|hes|he is|he was) (?:says?|said|saying|sayin|tell|tells|told|call|calls|called) (?:me |her )?"
    r"(?:many|lot of|lots of|so many|much|a lot of|plenty) times?\s+([a-z' ]{3,40}?)(?=\s*(?:[.,;:!?\n]|$))",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)
def _said_phrases(text: str) -> tuple[str, ...]:
    """What he is quoted saying, in quote marks or told as said over and over (`_SAID_AGAIN`), letters in one
    spelling: read once per text for `quoted_pairs` and `quoted_words`."""
    text = fold(text)
    said = [m.group(1) for m in _QUOTE.finditer(text)]
    said += [m.group(1) or m.group(2) or m.group(3) for m in _SAID_AGAIN.finditer(text)]
    return tuple(said)


def quoted_pairs(text: str) -> list[str]:
    """Pairs of words in a row from what he is quoted saying: an odd phrase of his, told by
    two reporters in their own words around it, is written the same ("my dear"); and what he
    says over and over without quote marks (`_SAID_AGAIN`). Letters in one spelling: "ma chérie"
    and "ma cherie" are one pair, not "ma ch" and "ch rie" (stop 56, dev_zf)."""
    pairs: set[str] = set()
    for phrase in _said_phrases(text):
        words = [_said_word(w) for w in re.findall(r"[a-z']+", phrase.lower())]
        for a, b in pairwise(words):
            if min(zipf_frequency(a, "en"), zipf_frequency(b, "en")) < 5.6:  # not "to you", "next time"
                pairs.add(f"{a} {b}")
    return sorted(pairs)


def quoted_words(text: str) -> list[str]:
    """Every word of what he is quoted saying, as written and in one spelling ("that's us square": that's, us,
    square): a quote both give is the quote, and its words, common ones too, are not wording in common as well
    (stop 59, dev_zi: "that's us square" in two reports linked a wee skinny man to a broad one on the quote and on
    "that's", "square" again as text)."""
    words = {w for phrase in _said_phrases(text) for w in re.findall(r"[a-z']+", phrase.lower())}
    return sorted({w.strip("'") for w in words} | {_said_word(w.strip("'")) for w in words} - {""})


@cache
def _said_word(word: str) -> str:
    """A word he is quoted saying, in one spelling: a dropped g given back ("darlin" -> "darling"), a
    dropped apostrophe put back ("everyones" -> "everyone's", "dont" -> "don't"), where the full spelling
    is the commoner word; the same words told by two reporters compare as one (stop 55, dev_ze). A short
    spelling of "your" or "you're" is that word (`quote_spellings`: "ur", "yer", "ye're")."""
    # "you're" however spelt ("ur grand", "ye're grand", "yer grand", "youre grand"): one word (stop 58, dev_zh)
    spelt = (settings().get("quote_spellings") or {}).get(word)
    if spelt:
        return str(spelt)
    if "'" in word:
        return word
    here = zipf_frequency(word, "en")
    for full in (
        word + "g" if word.endswith("in") and (len(word) > 4 or word in ("goin", "doin")) else "",  # not "thin", "kin"
        word[:-1] + "'s" if word.endswith("s") and len(word) > 3 else "",
        word[:-1] + "'t" if word.endswith("nt") else "",
    ):
        if full and zipf_frequency(full, "en") > here + 0.5:
            return full
    return word


def read_counts(path: Path, total_key: str) -> tuple[dict[str, int], int]:
    """A counts file (`evaluation/linkage_words.py`, `linkage_features.py`): `key<TAB>count`
    lines, the number of records counted under `total_key`, `#` comments."""
    if not path.exists():
        return {}, 1
    counts: dict[str, int] = {}
    n = 1
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        key, count = line.rsplit("\t", 1)
        if key == total_key:
            n = int(count)
        else:
            counts[key] = int(count)
    return counts, n


@cache
def _document_frequencies() -> tuple[dict[str, int], int]:
    return read_counts(DF_FILE, "records")


def terms(text: str, places: frozenset[str] = frozenset()) -> dict[str, float]:
    """The report's words weighted by TF-IDF against the genre (the training corpora), the
    heaviest `terms_per_report`, as a unit vector: what this report says that others don't.
    Only words the genre rarely uses (`text_min_idf`): a text of everyday words, however
    alike, says nothing about who wrote about whom. Letters in one spelling ("chérie" is
    "cherie", not "ch" and "rie"); `places`: the words of the record's own town, compared as
    a place (never a feature), not as wording in common (stop 56, dev_zf: "helier" of St
    Helier made a young no-show one of an old man's series beside the French endearment)."""
    df, n = _document_frequencies()
    skip = _not_rare() | places
    text = fold(text)
    floor = float(settings()["text_min_idf"])
    everyday = float(settings()["text_max_zipf"])
    counts: dict[str, int] = {}
    for m in _TERM.finditer(text):
        if _denied_at(text, m.start()):
            continue  # "no ladders or anything on it": not his (stop 46)
        word = m.group(0).strip("'-")
        # the description's words are compared field by field instead; a function word is no evidence
        if word not in skip and zipf_frequency(word, "en") < everyday:
            counts[word] = counts.get(word, 0) + 1
    idf = {w: math.log((n + 1) / (df.get(w, 0) + 1)) for w in counts}
    weights = {w: (1 + math.log(c)) * idf[w] for w, c in counts.items() if idf[w] >= floor}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[: int(settings()["terms_per_report"])]
    norm = math.sqrt(sum(x * x for _, x in top)) or 1.0
    return {w: round(x / norm, 4) for w, x in top if x > 0}


@cache
def _trait_counts() -> tuple[dict[str, int], int]:
    return read_counts(FEATURES_FILE, "reports")


def rarity(*keys: str) -> float:
    """What sharing a trait is worth, 0..1, by how few reports of the genre show it (the
    rarest of `keys`): 1 up to `trait_full_reports` of them, then falling as an IDF does,
    never below `trait_floor`. A swallow tattoo on the neck, aftershave or a suit, which
    writers reach for, count less than a trait few reports have."""
    counts, n = _trait_counts()
    s = settings()
    full = int(s["trait_full_reports"])
    df = min((counts.get(k, 0) for k in keys), default=0)
    if df <= full:
        return 1.0
    return max(float(s["trait_floor"]), math.log((n + 1) / (df + 1)) / math.log((n + 1) / (full + 1)))


def rare_words(text: str) -> dict[str, float]:
    """The report's rarest words with their rarity (0..1): shared, they point to one man.
    Only words written in lower case somewhere (a capitalised-only word is a name or a
    place) and known to wordfreq (an unknown one is a misspelling or text-speak)."""
    s = settings()
    lex = load_lexicon()
    limit = float(s["rare_zipf"])
    skip = _not_rare()
    found: dict[str, float] = {}
    # a word the words just before it deny is not his ("no ladders or anything on it", "without a beard"; stop 46)
    text = fold(text)
    low = text.lower()
    said = {m.group(0) for m in _WORD.finditer(text) if not _denied_at(low, m.start())}
    for raw in said:
        word = raw.strip("'-")
        if word != word.lower() or len(word) < 4 or word in skip or word in lex.places or word in found:
            continue
        if word.endswith("in") and zipf_frequency(word + "g", "en") >= limit:
            continue  # "askin", "touchin": an everyday word with its g dropped
        zipf = zipf_frequency(word, "en")
        if 0 < zipf < limit:
            found[word] = round(min(1.0, (limit - zipf) / 2 + 0.3), 3)
    rarest = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[: int(s["rare_words_per_report"])]
    return dict(rarest)


def fold(text: str) -> str:
    """The text with each accented letter as its plain letter, one character for one ("chérie" ->
    "cherie"): the words compare whether or not a writer typed the accent, and positions hold."""
    if text.isascii():
        return text
    return "".join(_plain_letter(c) for c in text)


@cache
def _plain_letter(c: str) -> str:
    if c.isascii() or not c.isalpha():
        return c
    base = unicodedata.normalize("NFKD", c)[0]
    return base if base.isascii() and base.isalpha() else c


def _place_words(record: dict[str, Any]) -> frozenset[str]:
    """The names in the record's own location and district ("St Helier": "helier"): a place, not wording. Only the
    words written with a capital: "units off Gelderd Road" names a place, "units" is what is there."""
    names = (record.get("location"), record.get("district"))
    return frozenset(w.lower() for n in names if n for w in re.findall(r"\b[A-Z][A-Za-z'-]{2,}", str(n)))


def _hour(when: Any) -> int | None:
    if not when:
        return None
    try:
        return datetime.fromisoformat(str(when).replace("Z", "+00:00")).hour
    except ValueError:
        return None
