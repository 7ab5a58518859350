"""The one processing function: the worker, the batch command and the tests all call it.

validate (done by the caller, see `schemas.validate_input`) -> parse once -> redact ->
extract (`analyse_batch`: the heavy part, run in an executor by the worker) -> correlate
-> route, grade -> leak guard (`finish`: cheap, run where the correlation store lives).
`process_batch` does both with the pipeline's own correlator (a dict for the batch
command; the worker passes its faust table instead).
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from common import normalise
from common.context import RecordContext
from common.sources import SOURCES, TEXT_FIELD, TIME_FIELD, is_advert
from processors import duty
from processors.cleared import clears_everyone
from processors.controller_listings import controller_entries
from processors.correlation import Correlator, Observation, keys_for
from processors.exploitation_model import MIN_WORDS as EXPLOITATION_MIN_WORDS
from processors.exploitation_model import load_exploitation_model
from processors.extraction import Extraction, Extractor
from processors.linkage import CLUSTER as CLUSTER_LINK
from processors.linkage import Linker, Subject, cluster_link, counts
from processors.linkage import facts as link_facts
from processors.mo_model import combine as combine_mo
from processors.mo_model import load_mo_model
from processors.nlp import load_nlp, model_name
from processors.post_authors import offending_authors
from processors.rules import RuleSet, facts_for, load_rules
from processors.vocabulary import MO_TAGS, ROUTES
from redaction.context import build_context
from redaction.deny_list import advert_values
from redaction.engine import build_analyzer, build_nlp_engine
from redaction.kinds import canonical
from redaction.leak_guard import compile_guard, scrub
from redaction.location_field import redact_location
from redaction.pseudonym import Pseudonymiser, advert_refs, load_key
from redaction.redactor import RedactionResult, Redactor
from redaction.roles import load_role_rules

log = logging.getLogger(__name__)

RECORDING_WINDOW = timedelta(hours=24)  # Home Office counting rules: decide within 24 hours
# Between the narrative and the offender description in the single parsed text: no
# recognizer spans it (no letters or digits), so the redacted text splits back cleanly.
_JOIN = "\n\n-----\n\n"


@dataclass
class Analysed:
    """A record after the NLP stages, before correlation and routing."""

    source: str
    record: dict[str, Any]
    sanitised: dict[str, Any]
    extraction: Extraction
    redactions: dict[str, int]
    guard_values: dict[str, list[str]]

    @property
    def record_id(self) -> str:
        return record_id(self.source, self.record)

    def observation(self) -> Observation:
        seen_at = str(self.record[TIME_FIELD[self.source]])
        return Observation(self.record_id, self.source, seen_at, keys_for(self.source, self.sanitised))

    def subject(self) -> Subject:
        """What the linker reads: the observation and the sanitised record (issue 12)."""
        return Subject(self.observation(), self.sanitised)


@dataclass
class Processed:
    """One record's result plus what the caller may count or audit (never identifying)."""

    output: dict[str, Any]
    redactions: dict[str, int]
    leak_guard_hits: int
    rule_ids: list[str] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # what the rules read (nothing identifying)
    # Earlier adverts of this advert's cluster routed again now the cluster reached its
    # size (`Pipeline.reroute`): routed items of other record ids, each with its `update`.
    updates: list[dict[str, Any]] = field(default_factory=list)


def record_id(source: str, record: dict[str, Any]) -> str:
    return SOURCES[source].record_id(record)


class Pipeline:
    def __init__(
        self,
        pseudonymiser: Pseudonymiser | None = None,
        spacy_model: str | None = None,
        rules: RuleSet | None = None,
        correlation_store: MutableMapping[str, Any] | None = None,
        role_model: bool = True,
        mo_model: bool = True,
        exploitation_model: bool = True,
    ) -> None:
        """`role_model` / `mo_model` / `exploitation_model`: False runs the rules alone
        (training data, comparisons)."""
        self.pseudonymiser = pseudonymiser or Pseudonymiser(load_key())
        self.rules = rules or load_rules()
        self.correlator = Linker(correlation_store if correlation_store is not None else {})
        name = spacy_model or model_name()
        self.nlp = load_nlp(name)
        self.nlp_engine = build_nlp_engine(self.nlp, name)
        roles = load_role_rules()  # one set of role rules for the recognizers and the decisions
        self.redactor = Redactor(build_analyzer(self.nlp_engine, roles=roles), roles=roles, role_model=role_model)
        self.extractor = Extractor(self.nlp)
        self.mo_model = load_mo_model() if mo_model else None
        self.exploitation_model = load_exploitation_model() if exploitation_model else None

    @property
    def correlator(self) -> Linker:
        return self._linker

    @correlator.setter
    def correlator(self, value: Linker | Correlator) -> None:
        """A plain Correlator given (an older caller) links through its store all the same."""
        self._linker = value if isinstance(value, Linker) else Linker(value.store)
        self._linker.keyed_with(self.pseudonymiser)  # the adverts' keys: a report's number meets theirs

    # -- public API ------------------------------------------------------------------
    def process_batch(self, items: Sequence[tuple[str, dict[str, Any]]], batch_size: int = 32) -> list[Processed]:
        """Process validated records (JSON form) given as (source, record) pairs, in order."""
        results = []
        for a in self.analyse_batch(items, batch_size):
            result = self.finish(a, self.correlator.observe(a.subject()))
            result.updates = self.reroute(self.correlator, a, result)
            results.append(result)
        return results

    def analyse_batch(self, items: Sequence[tuple[str, dict[str, Any]]], batch_size: int = 32) -> list[Analysed]:
        """Parse once, redact, extract: the CPU-bound part."""
        texts = [self._text(source, record) for source, record in items]
        # (text, artifacts) pairs: the engine adds a third item only with as_tuples
        artifacts = [out[1] for out in self.nlp_engine.process_batch(texts, "en", batch_size=batch_size)]
        mo_probs: list[dict[str, float] | None] = [None] * len(items)
        if self.mo_model is not None:
            mo_probs = list(self.mo_model.predict([r[TEXT_FIELD[s]] for s, r in items]))
        analysed = [
            self._analyse(s, r, t, a, p) for (s, r), t, a, p in zip(items, texts, artifacts, mo_probs, strict=True)
        ]
        self._weigh_control(analysed)
        return analysed

    def _weigh_control(self, analysed: list[Analysed]) -> None:
        """The exploitation model's score, for the records where the patterns found a signal
        of control (an indicator): the rules weigh it (`control_model` in rules.yaml). A
        record with no indicator gets no score, so the model can never route it alone."""
        if self.exploitation_model is None:
            return
        texts = [(a, a.record[TEXT_FIELD[a.source]]) for a in analysed if a.extraction.indicators]
        todo = [(a, t) for a, t in texts if len(t.split()) >= EXPLOITATION_MIN_WORDS]
        if not todo:
            return
        scores = self.exploitation_model.predict([t for _, t in todo])
        for (a, _), score in zip(todo, scores, strict=True):
            a.extraction.control_model = score

    def finish(self, analysed: Analysed, links: list[dict[str, Any]]) -> Processed:
        """Route and grade with the correlation links; the final leak guard."""
        a = analysed
        repeat_reports, advert_links = counts(links)
        ext = a.extraction
        labels = [e["label"] for e in ext.entities]
        facts = facts_for(
            a.source,
            a.record,
            ext.mo,
            ext.indicators,
            labels,
            repeat_reports,
            advert_links,
            ext.weak_signals,
            ext.control_model,
        )
        facts.update(link_facts(links))  # advert_cluster, similar_reports (issue 12)
        decision = self.rules.route(facts)
        output = {
            "id": a.record_id,
            "source": a.source,
            "status": "routed",
            "routes": decision.routes,
            "reasons": decision.reasons,
            "priority": decision.priority,
            "rule_ids": decision.rule_ids,
            "grading": self.rules.grade(facts) or None,
            "links": [lk for lk in links if lk["records"]],
            "duty_to_notify": duty.prompt(decision.routes, facts["strong_indicators"], a.record[TIME_FIELD[a.source]]),
            "record": a.sanitised,
        }
        output, hits = scrub(output, compile_guard(a.guard_values, output))
        if hits:
            log.warning("leak guard replaced %d victim value(s) in record %s", hits, output["id"])
        return Processed(output, a.redactions, hits, decision.rule_ids, output["links"], facts)

    # -- advert clusters: the members routed before the cluster reached its size (issue 12) --
    def cluster_rules(self) -> frozenset[str]:
        """The routing rules that read the size of an advert's cluster."""
        return frozenset(r.id for r in self.rules.routing if any(c.fact == "advert_cluster" for c in r.conditions))

    def reroute(
        self, linker: Linker, analysed: Analysed, result: Processed, delivery: str | None = None
    ) -> list[dict[str, Any]]:
        """After an advert is routed: keep its item in the linkage store until its cluster
        reaches the size a cluster rule routes; when this advert's cluster does, the routed
        items of the members that were routed before (each once: marked in the store) updated
        with the cluster's link and a reason, for the routes the cluster rules add.
        `delivery`: where this record was read (the stream's analysed-topic position), so a
        retry of the same delivery sends the same updates again, and nothing else does."""
        if not is_advert(analysed.source):
            return []
        rules = self.cluster_rules()
        fired = bool(rules & set(result.rule_ids))
        rid = result.output["id"]
        seen_at = str(analysed.record[TIME_FIELD[analysed.source]])
        linker.adverts.remember(rid, seen_at, result.facts, result.output, clustered=fired)
        link = next((lk for lk in result.links if lk["kind"] == CLUSTER_LINK), None)
        if not fired or link is None:
            return []
        updates = []
        for member, stored in linker.adverts.due(str(link["value"]), rid, delivery):
            cluster = linker.adverts.cluster_for(member, str(link["value"]))
            if cluster is None:
                continue
            update = self._update(stored, cluster, rid, rules, linker.adverts.lay.max_cluster)
            if update is not None:
                linker.adverts.mark_rerouted(member, rid, delivery)
                updates.append(update)
        return updates

    def _update(
        self, stored: dict[str, Any], cluster: Any, trigger: str, rules: frozenset[str], max_listed: int
    ) -> dict[str, Any] | None:
        """A waiting member's routed item, routed again with its cluster's size."""
        old = stored["output"]
        facts = {**stored["facts"], "advert_cluster": cluster.size}
        decision = self.rules.route(facts)
        fired = [r for r in self.rules.routing if r.id in rules and r.id in decision.rule_ids]
        send = [r for r in ROUTES if any(r in rule.route for rule in fired)]
        if not send:
            return None
        routes = [r for r in ROUTES if r in set(decision.routes) | set(old["routes"])]
        reason = (
            f"re-routed to {', '.join(send)} now: advert {trigger} brought the cluster of near-duplicate adverts "
            f"this advert belongs to ({cluster.cluster_id}) to {cluster.size} adverts, the size that signals "
            "organised activity; this advert was routed before the cluster existed. A reason to look, not proof"
        )
        record = old["record"]
        return {
            **old,
            "routes": routes,
            "reasons": [reason, *decision.reasons],
            "priority": decision.priority,
            "rule_ids": decision.rule_ids,
            "grading": self.rules.grade(facts) or None,
            "links": [*(lk for lk in old["links"] if lk["kind"] != CLUSTER_LINK), cluster_link(cluster, max_listed)],
            "duty_to_notify": duty.prompt(routes, facts["strong_indicators"], record[TIME_FIELD[old["source"]]]),
            "update": {"routes": send, "trigger": trigger, "reason": reason},
        }

    def process(self, source: str, record: dict[str, Any]) -> Processed:
        return self.process_batch([(source, record)])[0]

    # -- steps -----------------------------------------------------------------------
    @staticmethod
    def _text(source: str, record: dict[str, Any]) -> str:
        text = record[TEXT_FIELD[source]]
        description = (record.get("offender") or {}).get("description")
        return f"{text}{_JOIN}{description}" if description else text

    def _context(self, source: str, record: dict[str, Any]) -> RecordContext:
        return build_context(source, record)

    def _analyse(
        self, source: str, record: dict[str, Any], text: str, artifacts, mo_probs: dict[str, float] | None = None
    ) -> Analysed:
        ctx = self._context(source, record)
        narrative = record[TEXT_FIELD[source]]
        if ctx.advert:
            ctx.offender_authors = offending_authors(
                text,
                artifacts.tokens,
                self.redactor.roles.desktop,
                self.extractor.mo,
                self.mo_model,
                self.extractor.indicators,
            )
            ctx.controller_entries = controller_entries(
                text, artifacts.tokens, self.redactor.roles.desktop, self.extractor.indicators
            )
        else:
            ctx.no_offender = clears_everyone(
                source, record, narrative, artifacts.tokens, self.redactor.roles, self.extractor.mo
            )
        redaction = self.redactor.redact(text, artifacts, ctx)
        # the location field hides what the narrative hid as a home, in every output
        shown = record | {
            "location": redact_location(record.get("location"), redaction.removed, record.get("district"))
        }
        extraction = self.extractor.extract(
            shown, artifacts.tokens, redaction.kept, len(narrative), source=source, redacted=redaction.text
        )
        if mo_probs is not None and self.mo_model is not None:
            evidence = combine_mo(
                extraction.mo_evidence,
                mo_probs,
                self.mo_model.thresholds,
                record.get("incident_types") or [],
                denied=extraction.denied_mo,
            )
            extraction.mo_evidence = evidence
            extraction.mo = [tag for tag in MO_TAGS if tag in evidence]
        if ctx.no_offender:  # a report that clears the man: no offender's car, no offence
            extraction.entities = [e for e in extraction.entities if e["role"] != "offender"]
            extraction.mo, extraction.mo_evidence = [], {}
        sanitised = self._sanitise(source, shown, redaction, extraction)
        # the leak guard reuses the deny list's compiled patterns (adverts: numbers, URL, handle),
        # and takes back every page number the redaction did not keep as an offender's
        kept = {
            normalise.phone(k.text) or normalise.digits(k.text) for k in redaction.kept if k.entity == "PHONE_NUMBER"
        }
        return Analysed(source, record, sanitised, extraction, redaction.counts, ctx.guard_values(kept))

    def _sanitise(
        self, source: str, record: dict[str, Any], redaction: RedactionResult, extraction: Extraction
    ) -> dict[str, Any]:
        text, _, description = redaction.text.partition(_JOIN)
        analysis = {
            "entities": extraction.entities,
            "mo": extraction.mo,
            "mo_evidence": extraction.mo_evidence_list(),
            "indicators": extraction.indicators,
            "redactions": redaction.counts,
        }
        if is_advert(source):
            return self._sanitise_advert(record, text, redaction) | analysis
        analysis["description_structured"] = extraction.description
        offender = _sanitise_offender(record.get("offender"), description or None)
        crime = any(t != "timewaster" for t in extraction.mo)
        common = {
            "force_area": record["force_area"],
            "consent": record["consent"],
            "offender": offender,
            "narrative": text,
            "hate_crime": crime,
            "contact": contact_statement(record["consent"], record.get("reporting_project") or _partner_name(record)),
            "crime_recording_due": _recording_due(record, TIME_FIELD[source]),
        }
        if source == "nums":
            return (
                {
                    "report_id": record["report_id"],
                    "received_at": record["received_at"],
                    "incident_at": record.get("incident_at"),
                    "district": record.get("district"),
                    "location": record.get("location"),
                    "sector": record["sector"],
                    "incident_types": list(record.get("incident_types") or []),
                    "reporter_ref": self._person_ref(record.get("reporter")),
                    "reporting_project": record.get("reporting_project"),
                }
                | common
                | analysis
            )
        return (
            {
                "submission_id": record["submission_id"],
                "submitted_at": record["submitted_at"],
                "partner": {"name": record["partner"]["name"], "type": record["partner"]["type"]},
                "subject_ref": self._person_ref(record.get("subject")),
            }
            | common
            | analysis
        )

    def _sanitise_advert(self, record: dict[str, Any], text: str, redaction: RedactionResult) -> dict[str, Any]:
        refs = advert_refs(self.pseudonymiser, record, redaction.removed, advert_values(record))
        url = record.get("url")
        return {
            "research_id": record["research_id"],
            "captured_at": record["captured_at"],
            "authority_ref": record["authority_ref"],
            "researcher": record["researcher"],
            "force_area": record["force_area"],
            "platform": record["platform"],
            "url_ref": self.pseudonymiser.token("url", url.strip().lower()) if url else None,
            "content": text,
            "phone_refs": refs["phone_refs"],
            "email_refs": refs["email_refs"],
            "handle_refs": refs["handle_refs"],
            "name_refs": refs["name_refs"],
            "location": record.get("location"),
        }

    def _person_ref(self, person: dict[str, Any] | None) -> str | None:
        """A stable pseudonym for the reporter/subject: links their reports, reveals nothing."""
        if not person:
            return None
        if person.get("phone") and (e164 := normalise.phone(person["phone"])):
            return self.pseudonymiser.token("person", e164)
        for key in ("email", "name", "working_name"):
            if person.get(key):
                return self.pseudonymiser.token("person", canonical("PERSON", person[key]))
        return None


def _recording_due(record: dict[str, Any], time_field: str) -> str | None:
    if record.get("consent") != "formal_report":
        return None
    received = datetime.fromisoformat(str(record[time_field]).replace("Z", "+00:00"))
    return (received + RECORDING_WINDOW).isoformat().replace("+00:00", "Z")


def _partner_name(record: dict[str, Any]) -> str | None:
    return (record.get("partner") or {}).get("name")


def _sanitise_offender(offender: dict[str, Any] | None, description: str | None) -> dict[str, Any] | None:
    if not offender:
        return None
    return {
        "names": [normalise.name(n) for n in offender.get("names") or [] if n.strip()],
        "phones": [normalise.phone(p) or normalise.digits(p) for p in offender.get("phones") or []],
        "emails": [normalise.email(e) for e in offender.get("emails") or []],
        "online_handles": [normalise.handle(h) for h in offender.get("online_handles") or []],
        "vehicles": [
            {
                "make": v.get("make"),
                "model": v.get("model"),
                "colour": v.get("colour"),
                "vrm": normalise.vrm(v["vrm"]) if v.get("vrm") else None,
            }
            for v in offender.get("vehicles") or []
        ],
        "description": description,
    }


def contact_statement(consent: str, via: str | None) -> str:
    """What police may do about contact, in plain words (NUM's consent ladder)."""
    through = f"{via} or National Ugly Mugs" if via else "National Ugly Mugs"
    if consent == "anonymous_intelligence":
        return "NO CONTACT: anonymous intelligence only; police must not seek contact with the reporter."
    if consent == "share_details":
        return f"Contact only through {through}; never directly."
    return f"Formal report requested: a crime-recording decision is due within 24 hours; contact through {through}."
