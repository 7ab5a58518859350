"""Offender entities, description, MO tags and exploitation indicators from the one parse.

Everything here reads the Doc the pipeline parsed once for redaction (`artifacts.tokens`)
with spaCy's rule machinery around the statistical NER: a `SpanRuler` for the vehicle
gazetteer, `PhraseMatcher`s and `Matcher`s compiled from the pattern files in
`processors/patterns/` (readable and extendable by a domain expert). Nothing is parsed
again, and nothing is added to the shared pipeline (`doc.ents` stays as redaction saw it).

Entities, each with its role (`offender`, or `incident` for places) and its evidence:
- every structured offender value (names, phones, emails, handles, vehicles) and the
  incident `location` field: evidence is the field;
- every identifier the redaction kept in clear because a role rule attributed it to the
  offender, or a place it kept as the incident place: evidence is the redaction's rule and
  the sentence number;
- rules of this package: vehicles (make / model / colour gazetteer), weapons, offender
  names from cue patterns, venue phrases ("a flat in Dewsbury"): evidence is the rule id
  and the sentence number.
Evidence never copies text of the record: a sentence can hold a victim's name. And no
free-text entity is emitted unless its text survives, as written, in the redacted text:
what redaction removed never comes back through extraction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from common import normalise
from common.docs import doc_text
from common.sources import is_advert
from common.spans import KeptSpan
from processors.description import DescriptionParser
from processors.indicators import IndicatorFinder
from processors.matchers import PatternTagger, SentenceIndex, doc_words, evidence, negated
from processors.names import NameCues
from processors.places import PlaceFinder
from processors.vehicles import Vehicle, VehicleFinder
from processors.vocabulary import MO_TAGS
from processors.weapons import WeaponFinder
from redaction.lexicon import load_lexicon, load_platforms

# Presidio entity -> contract label (records.md §7).
LABELS = {
    "PERSON": "OFFENDER_NAME",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "ONLINE_HANDLE": "ONLINE_HANDLE",
    "UK_VEHICLE_REG": "VEHICLE_REG",
    "LOCATION": "LOCATION",
    "STREET_ADDRESS": "LOCATION",
    "UK_POSTCODE": "LOCATION",
}
# Indicators that imply an MO tag: a threat to someone's family is a threat; demanding
# protection money is extortion under threat.
# Tags whose hit near a taking makes it a robbery.
FORCE_TAGS = frozenset({"violence", "threats", "weapon", "robbery"})
IMPLIED_MO = {"threats_to_family": "threats", "protection_money": "threats", "forced_drug_use": "drugging"}


@dataclass
class Extraction:
    entities: list[dict[str, Any]] = field(default_factory=list)
    mo: list[str] = field(default_factory=list)
    mo_evidence: dict[str, str] = field(default_factory=dict)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    weak_signals: int = 0  # independent weak exploitation signals (processors/indicators.py)
    denied_mo: set[str] = field(default_factory=set)  # tags the text negates ("nothing was put in her drink")
    description: dict[str, Any] | None = None
    # the exploitation model's score (processors/exploitation_model.py), only where an
    # indicator was found: the model weighs the patterns' signals, it never finds one alone
    control_model: float | None = None

    def mo_evidence_list(self) -> list[dict[str, str]]:
        return [{"tag": tag, "evidence": self.mo_evidence[tag]} for tag in self.mo]


def normalise_value(label: str, text: str) -> str:
    if label == "PHONE_NUMBER":
        return normalise.phone(text) or normalise.digits(text)
    if label == "VEHICLE_REG":
        return normalise.vrm(text)
    if label == "EMAIL_ADDRESS":
        return normalise.email(text)
    if label == "ONLINE_HANDLE":
        return normalise.handle(text)
    name = normalise.name(text).strip("'\"‘’“” ")
    for suffix in ("'s", "’s"):
        name = name.removesuffix(suffix)
    if label == "OFFENDER_NAME":
        # "the Butcher" and "Butcher" are one nickname: the article is no part of it
        return name.removeprefix("the ") or name
    return name


class Extractor:
    def __init__(self, nlp: Language) -> None:
        self.mo = PatternTagger(nlp, "mo.yaml", set(MO_TAGS))
        self.mo_context = PatternTagger(nlp, "mo_context.yaml", {"absent", "force"})
        self.indicators = IndicatorFinder(nlp)
        self.vehicles = VehicleFinder(nlp)
        self.weapons = WeaponFinder(nlp)
        self.names = NameCues(nlp)
        self.places = PlaceFinder(nlp)
        self.platforms = load_platforms().names  # redaction/platforms.yaml: one list of platform words
        self.describer = DescriptionParser(nlp)

    def extract(
        self,
        record: dict[str, Any],
        doc: Doc,
        kept: list[KeptSpan],
        text_end: int,
        source: str = "nums",
        redacted: str | None = None,
    ) -> Extraction:
        """`doc`: the record's one parse (narrative, then the offender description field);
        `text_end`: where the narrative ends in it; `kept`: what redaction left in clear;
        `redacted`: the redacted text (free-text entities must survive in it as written)."""
        out = Extraction()
        sents = SentenceIndex(doc)
        words = doc_words(doc, sents)
        clear = redacted if redacted is not None else doc_text(doc)
        seen: set[tuple[str, str]] = set()
        field_start = text_end if len(doc_text(doc)) > text_end else None

        def add(label: str, text: str, role: str, ev: str, normalized: str | None = None, platform=None) -> None:
            norm = normalized if normalized is not None else normalise_value(label, text)
            if not norm or (label, norm) in seen:
                return
            if label == "OFFENDER_NAME" and _full_name(untitled := load_lexicon().without_honorific(norm)):
                # "Mr Chen Bo" and "Chen Bo" are one name: the form first given (the field's) stands;
                # not "Mr D. Lennox" or "Mr Haile", which the title names as he is named (stop 54)
                if ("UNTITLED", untitled) in seen:
                    return
                seen.add(("UNTITLED", untitled))
            seen.add((label, norm))
            out.entities.append(
                {"label": label, "text": text, "normalized": norm, "role": role, "evidence": ev, "platform": platform}
            )

        offender = record.get("offender") or {}
        if not is_advert(source):
            self._structured(offender, add)

        kept_places = _add_kept(kept, doc, text_end, sents, source, add)

        # Offender names from cue patterns ("said his name was", "calls himself", ...).
        for hit in self.names.find(doc, text_end, sents):
            if hit.text in clear:
                add("OFFENDER_NAME", hit.text, "offender", evidence(hit.rule, hit.sentence))

        mentions = self._vehicles(offender, doc, text_end, sents, source, clear, add)

        # Weapons, and the incident places.
        weapons = self.weapons.find(doc, text_end, sents)
        for w in weapons:
            written = doc[w.start : w.end].text
            text = written if written in clear else w.kind  # "a Stanley knife" where "Stanley" was redacted
            add("WEAPON", text, "offender", evidence(w.rule, w.sentence), normalized=w.kind)
        # a plate read out in words ("Hotel Tango Mike") holds no place
        plates = [(k.start, k.end) for k in kept if k.entity == "UK_VEHICLE_REG"]
        self._places(record, doc, text_end, sents, source, kept_places, mentions, clear, add, plates)
        self._platforms(out.entities, doc, text_end)
        control_sentences = self._indicators(out, doc, text_end, source, sents, words)
        self._mo(out, record, doc, text_end, sents, weapons, control_sentences, words, is_advert(source))
        out.mo = [tag for tag in MO_TAGS if tag in out.mo_evidence]
        names = {e["normalized"] for e in out.entities if e["label"] == "OFFENDER_NAME"}
        names |= {w for n in names for w in n.split() if len(w) > 2}
        desc = None  # adverts describe the advertiser: never read as an offender description
        if not is_advert(source):
            desc = self.describer.parse(doc, text_end, field_start, sents, source, names, clear)
        if desc is not None:
            vehicle = next((e["normalized"] for e in out.entities if e["label"] == "VEHICLE"), None)
            desc.values.setdefault("vehicle", vehicle)
            out.description = desc.as_record()
        return out

    # -- parts ----------------------------------------------------------------------------
    def _vehicles(
        self,
        offender: dict[str, Any],
        doc: Doc,
        text_end: int,
        sents: SentenceIndex,
        source: str,
        clear: str,
        add: Callable[..., None],
    ) -> list[Vehicle]:
        """Vehicles: a mention in the text is the entity; a structured vehicle the text does
        not mention is added from the field. Returns the mentions."""
        mentions = [v for v in self.vehicles.find(doc, text_end) if doc[v.start : v.end].text in clear]
        for v in mentions:
            add("VEHICLE", doc[v.start : v.end].text, "offender", evidence("vehicle:gazetteer", sents.of(v.start)),
                normalized=v.normalized)  # fmt: skip
        if not is_advert(source):
            for raw in offender.get("vehicles") or []:
                fv = self.vehicles.from_field(raw)
                if fv is not None and not any(fv.same_as(m) for m in mentions):
                    add("VEHICLE", " ".join(p for p in (raw.get("colour"), raw.get("make"), raw.get("model")) if p),
                        "offender", "offender.vehicles", normalized=fv.normalized)  # fmt: skip
        return mentions

    @staticmethod
    def _structured(offender: dict[str, Any], add) -> None:
        for name in offender.get("names") or []:
            if name and name.strip():
                add("OFFENDER_NAME", name, "offender", "offender.names")
        for phone in offender.get("phones") or []:
            add("PHONE_NUMBER", phone, "offender", "offender.phones")
        for email in offender.get("emails") or []:
            add("EMAIL_ADDRESS", email, "offender", "offender.emails")
        for handle in offender.get("online_handles") or []:
            add("ONLINE_HANDLE", handle, "offender", "offender.online_handles")
        for vehicle in offender.get("vehicles") or []:
            if vehicle.get("vrm"):
                add("VEHICLE_REG", vehicle["vrm"], "offender", "offender.vehicles")

    def _places(
        self,
        record,
        doc: Doc,
        text_end: int,
        sents,
        source: str,
        kept_places,
        vehicles,
        clear,
        add,
        plates: Sequence[tuple[int, int]] = (),
    ) -> None:
        """LOCATION: venue phrases, the `location` field, and the places the redaction kept (none
        inside a kept plate: `plates`)."""
        field_place = (record.get("location") or "").strip()
        if is_advert(source):  # the advert's area is the field; the text is the advertiser's
            if field_place:
                add("LOCATION", field_place, "incident", "location")
            return
        venues = self.places.venue_phrases(doc, text_end, sents)
        phrases = [p for p in venues.phrases if p.text in clear and not _overlaps_any(p.start_char, p.end_char, plates)]
        taken: list[tuple[int, int]] = []
        for p in phrases:
            add("LOCATION", p.text, "incident", evidence(p.rule, p.sentence))
            taken.append((p.start_char, p.end_char))
        low_field = field_place.lower()
        found: list[tuple[str, str]] = []  # (text, evidence), emitted after the field decision
        vehicle_chars = [(doc[v.start].idx, doc[v.end - 1].idx + len(doc[v.end - 1])) for v in vehicles]
        for kept in kept_places:
            span = doc.char_span(kept.start, kept.end, alignment_mode="expand")
            if span is None or _overlaps_any(kept.start, kept.end, [*vehicle_chars, *taken]):
                continue
            ev = f"redaction:{kept.evidence} @ sentence {sents.of(span.start) + 1}"
            joined = self.places.joined(doc, span, venues)
            if joined is not None and joined.text in clear:
                found.append((joined.text, f"place:joined; {ev}"))
                taken.append((joined.start_char, joined.end_char))
                continue
            if low_field and kept.text.lower() in low_field:
                continue  # the same place as the location field
            if self.places.separate_place(doc, span, venues, taken):
                found.append((kept.text, ev))
                taken.append((kept.start, kept.end))
        longer = [p.text.lower() for p in phrases] + [t.lower() for t, _ in found]
        if field_place and not any(low_field in t for t in longer):
            add("LOCATION", field_place, "incident", "location")
        for text, ev in found:
            add("LOCATION", text, "incident", ev)

    def _platforms(self, entities: list[dict[str, Any]], doc: Doc, text_end: int) -> None:
        """The platform of a handle where the text states it ("@x on Snapchat", "Instagram @x")."""
        low = doc_text(doc).lower()
        for e in entities:
            if e["label"] != "ONLINE_HANDLE" or e["platform"]:
                continue
            pos = low.find(e["normalized"])
            if pos < 0:
                continue
            span = doc.char_span(pos, pos + len(e["normalized"]), alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent
            window = [t for t in doc[max(sent.start, span.start - 6) : min(sent.end, span.end + 4)]]
            best = None
            for t in window:
                name = self.platforms.get(t.lower_)
                if name:
                    dist = abs(t.i - span.start)
                    if best is None or dist < best[0]:
                        best = (dist, name)
            if best:
                e["platform"] = best[1]

    def _mo(
        self, out: Extraction, record, doc: Doc, text_end: int, sents, weapons, control_sentences, words, desk: bool
    ) -> None:
        # in desktop research the writer ("I walked out without paying") may be the offender
        hits = self.mo.hits(doc, 0, text_end, sents, words, denied=out.denied_mo, first_person_offender=desk)
        # Robbery is property taken with force or threat: near the taking (its sentence or the
        # next one to it), and not while she was out of the room, asleep or not looking.
        context = self.mo_context.hits(doc, 0, text_end, sents, words)
        force = {h.sentence for h in hits if h.label in FORCE_TAGS} | {w.sentence for w in weapons}
        force |= {h.sentence for h in context if h.label == "force"}
        absent = {h.sentence for h in context if h.label == "absent"}
        for hit in hits:
            label = hit.label
            if label == "theft" and hit.sentence in control_sentences:
                continue  # "he takes their money every night": control, counted as an indicator
            near = {hit.sentence - 1, hit.sentence, hit.sentence + 1}
            if label == "theft" and hit.sentence in absent:
                out.denied_mo.add("robbery")  # taken while she was away: the model adds no robbery
            elif label == "theft" and force & near:
                label = "robbery"
            if label not in out.mo_evidence or out.mo_evidence[label].startswith("indicator:"):
                out.mo_evidence[label] = hit.evidence  # the text's own words before an implied tag
        for w in weapons:
            out.mo_evidence.setdefault("weapon", evidence(w.rule, w.sentence))
        for tag in record.get("incident_types") or []:
            out.mo_evidence[tag] = "incident_types"

    def _indicators(
        self, out: Extraction, doc: Doc, text_end: int, source: str, sents: SentenceIndex, words
    ) -> set[int]:
        """The indicators (who controls whom); returns the sentences where someone else takes
        her money, papers or phone (there, a "took her money" is control, not a theft)."""
        signals = self.indicators.find(doc, text_end, source, sents, words)
        assessment = self.indicators.assess(signals, doc, text_end)
        out.indicators = assessment.indicators
        out.weak_signals = assessment.weak_signals
        for item in out.indicators:
            if item["id"] in IMPLIED_MO:
                out.mo_evidence.setdefault(IMPLIED_MO[item["id"]], f"indicator:{item['id']}")
        return assessment.control_sentences


def _overlaps_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Does [start, end) overlap any of `spans`?"""
    return any(a < end and start < b for a, b in spans)


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


__all__ = ["LABELS", "Extraction", "Extractor", "Vehicle", "negated", "normalise_value"]


def _full_name(name: str) -> bool:
    """Two words or more, none an initial: "chen bo", not "d. lennox" or "haile"."""
    words = name.split()
    return len(words) >= 2 and all(len(w.rstrip(".")) > 1 for w in words)


_INNER_NICKNAME = re.compile(
    r"(?P<first>[^'\"\u2018\u201c]+?)\s+['\"\u2018\u201c](?P<nick>[^'\"\u2019\u201d]{1,20})['\"\u2019\u201d]\s+(?P<last>\S.*)"
)


def _add_kept(
    kept: list[KeptSpan], doc: Doc, text_end: int, sents: SentenceIndex, source: str, add: Callable[..., None]
) -> list[KeptSpan]:
    """What the redaction kept in clear, with its reason; returns the kept incident places of
    a report's narrative (read with the other places)."""
    kept_places = []
    for span in sorted(kept, key=lambda k: k.start):
        label = LABELS.get(span.entity)
        if label is None or span.role not in ("offender", "incident"):
            continue
        if label == "LOCATION":
            if not is_advert(source) and span.start < text_end:
                kept_places.append(span)
            continue
        why = f"redaction:{span.evidence} @ sentence {sents.of(_token_at(doc, span.start)) + 1}"
        inner = _INNER_NICKNAME.fullmatch(span.text) if label == "OFFENDER_NAME" else None
        if inner:
            # "Lee 'Taff' Bowen": the name "Lee Bowen", the nickname "Taff", as the offender fields
            # write them, and "Lee" and "Bowen", as the NER read them before the whole was one (stop 54)
            add(label, f"{inner['first']} {inner['last']}", span.role, why)
            add(label, inner["nick"], span.role, why)
            add(label, inner["first"], span.role, why)  # and each part as a report may name him again
            add(label, inner["last"], span.role, why)
            continue
        add(label, span.text, span.role, why)
    return kept_places
