"""Role-aware redaction: victims and third parties out, offender identifiers in.

Default deny. Presidio finds the candidates (spaCy NER, the UK recognizers, the name-cue,
proper-noun and place recognizers, and per-record ad-hoc recognizers: the victim deny list,
the offender allow-list, the incident places, advert working names). Then, per record:

1. overlaps are settled (a victim value always wins; an email beats the URL inside it; a
   street beats the NER calling it a person; a cue-found name beats the NER calling it a
   place);
2. names are decided first: victim (deny list, third-party and self cues), offender
   (structured names, alias cues), or unknown; one decision per name across the record,
   victim first; every other mention of a redacted name is redacted too;
3. identifiers are decided left to right: a structured offender value or a warn-listed
   service number stays; one right after a decided name or identifier takes its side
   ("Wayne (07700 900688)"); otherwise the context rules of `roles.yaml` decide;
4. places: the incident place and areas stay; house numbers, postcodes and a street in a
   home context go.

Everything not kept is replaced by a typed, numbered placeholder (`[PERSON_1]`,
`[PHONE_2]`) through Presidio's anonymizer; the same value gets the same number.

The decisions are one module each, layered (`run_state.py` < `decide_desktop.py` <
`decide_places.py` < `decide_names.py` < `decide_ids.py`); this module runs them.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from common.context import RecordContext
from redaction.candidates import CandidateReader
from redaction.decide_ids import IdDecisions
from redaction.deny_list import VICTIM_ENTITIES, deny_list_recognizers
from redaction.kinds import ADDRESS_KINDS, ENTITIES, ID_KINDS, PLACE_KINDS
from redaction.lexicon import LABEL_MARK, Lexicon, load_lexicon
from redaction.placeholders import anonymizer, replace
from redaction.recognizers.advert_names import AdvertNameRecognizer
from redaction.recognizers.post_authors import ChatSpeakerRecognizer, PostAuthorRecognizer
from redaction.recognizers.value_list import incident_place_recognizer, offender_name_recognizer
from redaction.role_model import RoleModel, load_role_model
from redaction.roles import RoleRules, load_role_rules
from redaction.roles_decide import ModelItem, decide_with_model, model_items
from redaction.spans import KeptSpan, RedactionResult, join_names, merge

_MIN_SCORE = 0.3


class Redactor:
    def __init__(
        self,
        analyzer: AnalyzerEngine,
        roles: RoleRules | None = None,
        role_model: RoleModel | bool | None = True,
        lexicon: Lexicon | None = None,
    ) -> None:
        """`role_model`: True loads the committed model (none trained: rules alone);
        False or None: the rules alone; or a RoleModel. `roles` and `lexicon` default to
        the committed files; give the analyzer the same ones (`engine.build_analyzer`)."""
        self.analyzer = analyzer
        self.anonymizer = anonymizer()
        self.roles = roles or load_role_rules()
        self.lexicon = lexicon or load_lexicon()
        self.advert_names = AdvertNameRecognizer(self.lexicon)
        self.post_authors = PostAuthorRecognizer(self.roles.desktop, self.lexicon)
        self.chat_speakers = ChatSpeakerRecognizer(self.roles.desktop, self.lexicon)
        self.role_model: RoleModel | None = load_role_model() if role_model is True else (role_model or None)
        # "Woman A", "Victim 2": a report's stand-in for someone it will not name
        # A title's initial is a stand-in only when no surname follows it: "Ms A said", but
        # "Mr D. Lennox", "Mr W.J. Evans" are a name (the offender's, often).
        titled = {w for w in self.lexicon.anonymised_labels if w in self.lexicon.titles}
        labels = "|".join(sorted(w.capitalize() for w in self.lexicon.anonymised_labels - titled))
        titles = "|".join(sorted(w.capitalize() for w in titled))
        after = r"(?![\w'\u2019])"
        no_surname = r"(?!\.?[ \t]*(?:[A-Z]\.[ \t]*)*[A-Z][a-z])"
        self.labels = PatternRecognizer(
            supported_entity="PERSON",
            name="AnonymisedLabelRecognizer",
            patterns=[
                Pattern("label", rf"\b(?:{labels})\s+{LABEL_MARK}\b{after}", 0.9),
                Pattern("title", rf"\b(?:{titles})\s+{LABEL_MARK}\b{after}{no_surname}", 0.9),
            ],
        )

    def analyze(self, text: str, artifacts: NlpArtifacts, ctx: RecordContext) -> list[RecognizerResult]:
        ad_hoc = list(deny_list_recognizers(ctx.victim_values, text))
        entities = ENTITIES + VICTIM_ENTITIES if ad_hoc else ENTITIES
        names = offender_name_recognizer(ctx.offender_name_values or sorted(ctx.offender_names))
        places = incident_place_recognizer(ctx.place_values or ctx.incident_places)
        ad_hoc += [r for r in (names, places) if r is not None] + [self.labels]
        if ctx.advert:
            ad_hoc.append(self.post_authors)
            if not self.roles.desktop.court.search(text):
                # a court report's "Mirela Stanciu, 35," is no advert's "Summer, Batley, 34"
                ad_hoc.append(self.advert_names)
        else:
            ad_hoc.append(self.chat_speakers)
        return self.analyzer.analyze(
            text=text,
            language="en",
            entities=entities,
            nlp_artifacts=artifacts,
            ad_hoc_recognizers=ad_hoc,
            score_threshold=_MIN_SCORE,
        )

    def redact(
        self, text: str, artifacts: NlpArtifacts, ctx: RecordContext, collect: list[ModelItem] | None = None
    ) -> RedactionResult:
        """`collect`: where given, the role model's inputs are appended to it (training)."""
        results = self.analyze(text, artifacts, ctx)
        return _Run(self, text, artifacts.tokens, ctx).run(results, collect)


class _Run(IdDecisions):
    """One record's redaction decisions, in order."""

    def run(self, results: list[RecognizerResult], collect: list[ModelItem] | None = None) -> RedactionResult:
        cands = CandidateReader(self.text, self.doc, self.lex, self.rules, self.ctx.advert, self._news).read(results)
        names = [c for c in cands if c.entity == "PERSON" and c.tier > 0]
        ids = [c for c in cands if c.entity in ID_KINDS and c.tier > 0]
        places = [c for c in cands if (c.entity in PLACE_KINDS or c.entity in ADDRESS_KINDS) and c.tier > 0]
        self.place_cands = places
        self.name_cands = names
        for c in cands:
            if c.tier == 0:
                self.redact.append(c)
        if self.ctx.advert:
            spans = [(c.start, c.end) for c in names]
            idspans = [(c.start, c.end) for c in ids]
            self.posts = self.rules.desktop.posts(self.text)
            warned = self.rules.desktop.warned_of(self.text, spans + idspans, self.posts)
            self.desktop_offenders = [
                *self.ctx.offender_authors,
                *self.rules.desktop.defendants(self.text, spans, self.doc),
                *((s, e, "desktop.blacklist") for s, e in self.rules.desktop.blacklist_items(self.text)),
                *((s, e, "desktop.warned_of") for s, e in warned),
                *self._controllers(spans, idspans),
            ]
            self.post_authors = [p.author for p in self.posts]
            self.author_names = self._offender_author_names()
        tails = self._place_tails(names, places)
        names = [c for c in names if c not in tails]
        cands = [c for c in cands if c not in tails]
        if self._news:
            surnames = self._defendant_surnames(names, places)
            places = [c for c in places if c not in surnames]
            cands = [c for c in cands if c not in surnames]
            names, places = self._defendant_homes(names, places)
        mentions = self._decide_names(names, places)
        known = mentions + self._other_mentions(mentions)  # "Clivedon's car" after "his mate Clivedon"
        self.known = known
        for c in sorted(ids, key=lambda c: c.start):
            self._decide_id(c, known)
        for c in sorted(places, key=lambda c: c.start):  # in text order: a district reads the address before it
            self._decide_place(c)
        self._propagate(mentions)
        model = self.r.role_model
        if model is not None or collect is not None:
            items = model_items(self, cands, mentions)
            if collect is not None:
                collect.extend(items)
            if model is not None:
                decide_with_model(self, model, items)
        self._keep_offender_alternatives()
        if self.ctx.advert:
            self._redact_author_handle_names()
            self._redact_uncontrolled_listing_contacts()
        self._redact_listed_names()
        self._redact_cleared_men()
        self._redact_ids_of_redacted_owners()
        self._leave_unowned_partial_plates()
        self._redact_streets_of_redacted_houses()
        self._redact_foreign_homes_everywhere()
        # anything kept that overlaps something redacted goes: when unsure, redact
        kept = [k for c, k in self.kept if not any(r.start < c.end and c.start < r.end for r in self.redact)]
        return self._anonymize(join_names(self._with_name_titles(kept), self.text))

    def _controllers(self, names: list[tuple[int, int]], ids: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """A listing's controller contacts and the man an advert says runs her bookings; none
        in a court report (a landlord who gave evidence is no listing's contact)."""
        if self._news:
            return []
        desktop = self.rules.desktop
        return [
            *(
                (s, e, "desktop.controller_contact")
                for s, e in desktop.controller_contacts(self.text, names + ids, self.ctx.controller_entries)
            ),
            *((s, e, "desktop.controller_named") for s, e in desktop.named_controllers(self.text, names, ids)),
        ]

    # -- replacement ----------------------------------------------------------------------------
    def _anonymize(self, kept: list[KeptSpan]) -> RedactionResult:
        out = replace(self.r.anonymizer, self.text, merge(self.redact))
        return RedactionResult(
            text=out.text, kept=sorted(kept, key=lambda k: k.start), counts=out.counts, removed=out.removed
        )
