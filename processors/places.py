"""Incident places (LOCATION): venue phrases and the places the redaction kept in clear.

"a flat in Dewsbury", "the car park behind the retail park", "the Crown Point car park":
a venue word (patterns/places.yaml) with a place after it or a name before it. Streets and
towns the redaction kept as incident places are added too, unless they are part of a
longer place already found, qualify a place just named ("Cemetery Road, Bradford"), lie
in the victim's home ("her own flat in Bradford") or in a plural venue ("flats in Leeds
and Bradford": where someone was moved, not one incident place), follow "from" /
"between", or name something else ("a Leeds accent", "a Leeds United shirt").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from processors.matchers import SentenceIndex, lemma_docs, load_file
from redaction.lexicon import Lexicon, load_lexicon

_LEFT_POS = frozenset({"ADJ", "PROPN", "NOUN", "NUM"})


@dataclass(frozen=True)
class PlaceHit:
    text: str
    start_char: int
    end_char: int
    sentence: int
    rule: str


@dataclass
class Venues:
    phrases: list[PlaceHit]  # incident venue phrases
    excluded: list[tuple[int, int]]  # char ranges that are not incident places (homes, plural venues)
    placey: dict[int, int]  # token start -> end of every venue word and place head ("road", "station")
    venue_words: dict[int, int]  # token start -> end of every venue word

    def is_placey(self, i: int) -> bool:
        return any(a <= i < b for a, b in self.placey.items())


class PlaceFinder:
    def __init__(self, nlp: Language, name: str = "places.yaml", lexicon: Lexicon | None = None) -> None:
        """`lexicon`: its street types end a venue word's street (default: redaction/lexicon.yaml)."""
        data = load_file(name)
        self.venues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.venue_lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")  # plurals: "flats in Leeds and Bradford"
        self.heads = PhraseMatcher(nlp.vocab, attr="LOWER")
        venues = [str(v) for v in data["venues"]] + [str(v) for v in data["home_venues"]]
        self.venue_lemmas.add("VENUE", lemma_docs(nlp, venues))
        with nlp.select_pipes(disable=nlp.pipe_names):
            self.venues.add("VENUE", list(nlp.pipe(venues)))
            self.heads.add("HEAD", list(nlp.pipe([str(v) for v in data["place_heads"]])))
        self.home_venues = {str(v).lower() for v in data["home_venues"]}
        self.preps = {str(p).lower() for p in data["place_prepositions"]}
        self.home_words = {str(w).lower() for w in data["home_words"]}
        self.home_lemmas = frozenset(str(w).lower() for w in data["home_lemmas"])
        self.joining_preps = frozenset(str(w).lower() for w in data["joining_prepositions"])
        self.not_incident_before = {str(w).lower() for w in data["not_incident_before"]}
        # "Cemetery Road" is a street: the lexicon's street types, written out
        lex = lexicon or load_lexicon()
        self.street_types = {w for w in lex.street_types if w not in lex.street_abbreviations}

    def venue_phrases(self, doc: Doc, end_char: int, sents: SentenceIndex) -> Venues:
        plurals = [m for m in self.venue_lemmas(doc) if doc[m[2] - 1].tag_ in ("NNS", "NNPS")]
        venue_matches = sorted(
            {m for m in [*self.venues(doc), *plurals] if doc[m[2] - 1].pos_ not in ("VERB", "AUX")},
            key=lambda m: (m[1], -(m[2] - m[1])),
        )
        placey: dict[int, int] = {}
        for _, start, end in [*self.heads(doc), *venue_matches]:
            placey[start] = max(end, placey.get(start, end))
        out = Venues([], [], placey, {start: end for _, start, end in venue_matches})
        covered_until = -1
        for _, start, end in venue_matches:
            if start < covered_until or doc[start].idx >= end_char:
                continue
            if end < len(doc) and (doc[end].lower_ in self.street_types or doc[end].lower_ in ("s", "'s")):
                continue  # "Cemetery Road" is a street; "the hotel's" is not the place
            sent = doc[start].sent
            left = start
            while left - 1 >= sent.start and doc[left - 1].pos_ in _LEFT_POS and doc[left - 1].lower_ not in self.preps:
                left -= 1
            if left - 1 >= sent.start and (doc[left - 1].pos_ in ("DET", "PRON") or doc[left - 1].dep_ == "poss"):
                left -= 1
            phrase_end = self.place_after(doc, end, sent.end, placey)
            named = any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in doc[left:start] if t.i > sent.start)
            named = named or (doc[start].text[:1].isupper() and start > sent.start)
            span = doc[left : phrase_end or end]
            covered_until = span.end
            if span.end_char > end_char:
                continue
            plural = doc[end - 1].tag_ in ("NNS", "NNPS")
            home = any(t.lower_ in self.home_words for t in doc[left:start]) or self._home_context(doc, left)
            home = home or doc[start:end].lemma_.lower() in self.home_venues
            if plural or home:
                out.excluded.append((span.start_char, span.end_char))
                continue
            if phrase_end is None and not named:
                continue
            out.phrases.append(PlaceHit(span.text, span.start_char, span.end_char, sents.of(span.start), "place:venue"))
        return out

    def place_after(self, doc: Doc, i: int, limit: int, placey: dict[int, int]) -> int | None:
        """End of 'in Dewsbury' / 'behind the retail park' / 'near junction 41' after a place."""
        if i >= limit or doc[i].lower_ not in self.preps:
            return None
        j = i + 1
        if doc[i].lower_ == "next" and j < limit and doc[j].lower_ == "to":
            j += 1
        if j < limit and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        last_ok: int | None = None
        k = j
        while k < limit and k - j < 5 and (doc[k].pos_ in _LEFT_POS or doc[k].text[:1].isupper()):
            if doc[k].pos_ in ("PROPN", "NUM") or doc[k].text[:1].isupper():
                last_ok = k + 1
            if k in placey:
                end = placey[k]
                last_ok = max(last_ok or 0, end)
                k = end
                continue
            k += 1
        if last_ok is None or last_ok <= j:
            return None
        return last_ok

    def _home_context(self, doc: Doc, start: int) -> bool:
        sent_start = doc[start].sent.start
        return any(t.lemma_.lower() in self.home_lemmas for t in doc[max(sent_start, start - 4) : start])

    def joined(self, doc: Doc, span: Span, venues: Venues) -> Span | None:
        """'Kirkgate in Wakefield', 'castleford by the bus station': a kept place with the place
        after it, as one place."""
        if span.end < len(doc) and doc[span.end].lower_ in self.joining_preps:
            end = self.place_after(doc, span.end, span.sent.end, venues.placey)
            if end is not None:
                after = doc[span.end + 1 : end]
                if any(t.i in venues.venue_words for t in after) or all(
                    t.pos_ == "PROPN" or t.lower_ in ("the", "a", "an") for t in after
                ):
                    return doc[span.start : end]
        return None

    def separate_place(self, doc: Doc, span: Span, venues: Venues, taken: list[tuple[int, int]]) -> bool:
        """Is a place the redaction kept an incident place of its own?"""
        s, e = span.start_char, span.end_char
        if any(a <= s and e <= b for a, b in [*taken, *venues.excluded]):
            return False
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in self.not_incident_before:
            return False
        if before is not None and before.text == "," and span.start >= 2:
            prev = doc[span.start - 2]
            if prev.pos_ in ("PROPN", "NUM") or prev.text[:1].isupper():
                return False  # "Cemetery Road, Bradford": the town qualifies the street
        if before is not None and before.lower_ in ("and", ",", "or"):
            window = [t.lower_ for t in doc[max(span.sent.start, span.start - 6) : span.start]]
            if any(w in self.not_incident_before for w in window):
                return False  # "between Leeds and Bradford"
        root = span.root
        # Not "a Leeds accent", "a Leeds United shirt", "the Lantern Project": a place name
        # modifying something that is not a place.
        modifies = root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end
        return not (modifies and not venues.is_placey(root.head.i))
