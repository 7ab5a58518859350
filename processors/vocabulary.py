"""The contract's fixed vocabularies (records.md §4-§6) and the indicator list (design notes).

One place, so validation, extraction, routing and the evaluation all agree.
"""

from __future__ import annotations

from common.sources import NAMES

SOURCES: tuple[str, ...] = NAMES  # the input sources (common/sources.py describes each)

ROUTES: tuple[str, ...] = ("force_intel", "spoc", "organised_crime")

CONSENT: tuple[str, ...] = ("anonymous_intelligence", "share_details", "formal_report")

# records.md §4: incident_types (nums) and mo tags (every output) share one list.
MO_TAGS: tuple[str, ...] = (
    "violence",
    "sexual_assault",
    "robbery",
    "theft",
    "refused_payment",
    "condom_removal",
    "weapon",
    "impersonating_police",
    "threats",
    "blackmail",
    "harassment_stalking",
    "fraud_scam",
    "drugging",
    "filming",
    "abduction",
    "hate_abuse",
    "timewaster",
)

# Trafficking / exploitation / organised-crime signals (design notes), each with the strength
# it has when a pattern does not say (`patterns/indicators.yaml` gives most patterns their
# own). An indicator is about a third party controlling the worker. A "strong" signal is
# decisive: a reason on its own for the organised crime / modern slavery units to look; a
# "weak" one is a reason to look only beside another, independent weak signal (alone it is
# a note for the liaison officer); a "context" one (fear, little English) is recorded beside
# a control signal and never counted: under 10% of migrant sex workers are trafficked, and
# assuming otherwise harms engagement (the policy). None of them is proof.
STRENGTHS: tuple[str, ...] = ("strong", "weak", "context")
INDICATORS: dict[str, str] = {
    "third_party_control": "strong",  # someone else takes her earnings, makes her work, decides her clients
    "documents_held": "strong",  # passport / ID held by someone else
    "speaks_for_worker": "weak",  # someone else answers her phone or speaks for her
    "transported_by_other": "weak",  # dropped off and collected by someone else
    "moved_between_places": "weak",  # moved between flats, towns or cities by someone else
    "living_at_premises": "weak",  # sleeping or living where she works
    "debt_bondage": "strong",  # owes a third party for travel, accommodation, drugs; repaid from her work
    "restricted_movement": "strong",  # locked in, guarded, not allowed out, phone taken
    "threats_to_family": "strong",  # a controller threatens her family
    "forced_drug_use": "strong",  # drugs forced on her, or given to keep her working
    "advert_control": "weak",  # someone else writes / pays for her adverts; she cannot change them
    "rotating_workers": "weak",  # "new girls" every week
    "shared_advert_contact": "weak",  # one number behind many adverts
    "protection_money": "strong",  # someone demands money for her to work
    "drugs_supply": "weak",  # links to drug supply
    "money_laundering": "weak",
    "fearful_subdued": "context",
    "limited_english": "context",
}
