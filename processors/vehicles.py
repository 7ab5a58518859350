"""VEHICLE mentions: colour, make and model from a gazetteer (patterns/vehicles.yaml).

A spaCy `SpanRuler` (run on the record's one Doc, writing to `doc.spans["vehicle_parts"]`,
never to `doc.ents`, so redaction is untouched) marks makes, models and colours; this
module joins neighbouring parts into one vehicle and normalises it ("a silver merc" ->
"silver mercedes", "white VW Golf" -> "white volkswagen golf").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from common.vehicles import load_vehicles

SPANS_KEY = "vehicle_parts"


@dataclass(frozen=True)
class Vehicle:
    make: str | None  # canonical, lower case ("volkswagen")
    model: str | None  # canonical, lower case ("golf")
    colour: str | None  # as written, lower case ("dark blue")
    start: int  # token span of the mention
    end: int

    @property
    def normalized(self) -> str:
        return " ".join(p for p in (self.colour, self.make, self.model) if p)

    def same_as(self, other: Vehicle) -> bool:
        if self.make and other.make and self.make != other.make:
            return False
        if self.model and other.model and self.model != other.model:
            return False
        return bool((self.make and self.make == other.make) or (self.model and self.model == other.model))


class Gazetteer:
    """The vehicles file, indexed."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.colours = {c.lower() for c in data["colours"]}
        self.modifiers = {c.lower() for c in data["colour_modifiers"]}
        self.vehicle_words = {w.lower() for w in data["vehicle_words"]}
        self.needs_make = {str(m).lower() for m in data.get("needs_make") or []}
        self.make_names: dict[str, str] = {}  # any spelling -> canonical make
        self.ambiguous: set[str] = set()
        self.models: dict[str, dict[str, str]] = {}  # canonical make -> spelling -> canonical model
        self.model_makes: dict[str, set[str]] = {}  # model spelling -> canonical makes
        for make, spec in data["makes"].items():
            canon = str(make).lower()
            spec = spec or {}
            for spelling in [make, *(spec.get("aliases") or [])]:
                self.make_names[str(spelling).lower()] = canon
            if spec.get("ambiguous"):
                self.ambiguous.add(canon)
            self.models[canon] = {}
            for entry in spec.get("models") or []:
                spellings = [s.strip() for s in str(entry).split("|")]
                for spelling in spellings:
                    self.models[canon][spelling.lower()] = spellings[0].lower()
                    self.model_makes.setdefault(spelling.lower(), set()).add(canon)

    def canonical_make(self, text: str | None) -> str | None:
        return self.make_names.get(text.strip().lower()) if text else None

    def canonical_model(self, make: str | None, text: str | None) -> str | None:
        if not text:
            return None
        low = text.strip().lower()
        if make and make in self.models:
            return self.models[make].get(low, low)
        return low


class VehicleFinder:
    def __init__(self, nlp: Language, data: dict[str, Any] | None = None) -> None:
        """`data`: the gazetteer, the vehicles file's unless given."""
        data = load_vehicles() if data is None else data
        self.gaz = Gazetteer(data)
        self.determiners = frozenset(str(w).lower() for w in data["determiners"])
        self.victim_possessives = frozenset(str(w).lower() for w in data["victim_possessives"])
        self.clothing_after = frozenset(str(w).lower() for w in data["clothing_after"])
        self.ruler = SpanRuler(nlp, name="bulletins_vehicles", spans_key=SPANS_KEY, phrase_matcher_attr="LOWER")
        patterns: list[dict[str, Any]] = []
        for spelling, canon in self.gaz.make_names.items():
            patterns.append({"label": "MAKE", "pattern": spelling, "id": canon})
        for spelling, makes in self.gaz.model_makes.items():
            patterns.append({"label": "MODEL", "pattern": spelling, "id": "|".join(sorted(makes))})
        for colour in self.gaz.colours:
            patterns.append({"label": "COLOUR", "pattern": colour})
        with nlp.select_pipes(disable=nlp.pipe_names):  # phrase patterns need only the tokenizer
            self.ruler.add_patterns(patterns)

    # -- structured fields --------------------------------------------------------------
    def from_field(self, vehicle: dict[str, Any]) -> Vehicle | None:
        """A structured offender vehicle in the same normal form ("Land Rover" "Range Rover"
        is the Range Rover brand's car)."""
        make = self.gaz.canonical_make(vehicle.get("make")) or (
            vehicle["make"].strip().lower() if vehicle.get("make") else None
        )
        model_text = vehicle.get("model")
        if model_text and self.gaz.canonical_make(model_text):  # the model is itself a brand
            make, model_text = self.gaz.canonical_make(model_text), None
        model = self.gaz.canonical_model(make, model_text)
        colour = vehicle["colour"].strip().lower() if vehicle.get("colour") else None
        if not (make or model):
            return None
        return Vehicle(make, model, colour, -1, -1)

    # -- free text ----------------------------------------------------------------------
    def find(self, doc: Doc, end_char: int | None = None) -> list[Vehicle]:
        self.ruler(doc)
        parts = sorted(
            (s for s in doc.spans[SPANS_KEY] if end_char is None or s.end_char <= end_char),
            key=lambda s: (s.start, -(s.end - s.start)),
        )
        by_start: dict[int, list[Span]] = {}
        for span in parts:
            by_start.setdefault(span.start, []).append(span)
        found: list[Vehicle] = []
        used_until = -1
        for span in parts:
            if span.start < used_until or span.label_ == "COLOUR":
                continue
            vehicle = self._assemble(doc, span, by_start)
            if vehicle is not None:
                found.append(vehicle)
                used_until = vehicle.end
        return found

    def _assemble(self, doc: Doc, head: Span, by_start: dict[int, list[Span]]) -> Vehicle | None:
        gaz = self.gaz
        start, end = head.start, head.end
        make: str | None = None
        model: str | None = None
        if head.label_ == "MAKE":
            make = head.id_
            nxt = [s for s in by_start.get(end, []) if s.label_ == "MODEL" and make in s.id_.split("|")]
            if nxt:
                model = gaz.canonical_model(make, nxt[0].text)
                end = nxt[0].end
        else:  # a model alone must name its make on its own
            makes = head.id_.split("|")
            if len(makes) != 1 or head.text.lower() in gaz.needs_make:
                return None
            make, model = makes[0], gaz.canonical_model(makes[0], head.text)
        colour, cstart = self._colour_before(doc, start)
        after = doc[end].lower_ if end < len(doc) else ""
        before = doc[start - 1].lower_ if start > 0 else ""
        if after in self.clothing_after:
            return None
        vehicle_word_after = after in gaz.vehicle_words
        if head.label_ == "MODEL" and not (colour or vehicle_word_after):
            return None
        if head.label_ == "MAKE" and model is None:
            context = bool(colour or vehicle_word_after or before in self.determiners)
            if make in gaz.ambiguous and not (head.text[:1].isupper() and (colour or vehicle_word_after)):
                return None
            if not context:
                return None
        if make in gaz.ambiguous and model is None and not head.text[:1].isupper():
            return None
        first = cstart if colour else start
        if first > 0 and doc[first - 1].lower_ in self.victim_possessives:
            return None
        if colour is None:
            colour = self._colour_after(doc, end)
        return Vehicle(make, model, colour, first, end)

    def _colour_before(self, doc: Doc, start: int) -> tuple[str | None, int]:
        """'dark blue', 'silver', 'metallic grey' right before the make or model."""
        i = start - 1
        if i < 0 or doc[i].lower_ not in self.gaz.colours:
            return None, start
        words = [doc[i].lower_]
        j = i - 1
        while j >= 0 and doc[j].lower_ in self.gaz.modifiers and len(words) < 3:
            words.insert(0, doc[j].lower_)
            j -= 1
        return " ".join(words), j + 1

    def _colour_after(self, doc: Doc, end: int) -> str | None:
        """'a Ford Focus (silver)' / 'Kia Sportage, grey,'."""
        if end + 1 < len(doc) and doc[end].text in ("(", ",") and doc[end + 1].lower_ in self.gaz.colours:
            following = doc[end + 2].text if end + 2 < len(doc) else "."
            if following in (")", ",", ".", ";") or following == "":
                return doc[end + 1].lower_
        return None
