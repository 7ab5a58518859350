"""The contract's fixed vocabularies (records.md §4-§6) and the indicator list (design notes).

One place, so validation, extraction, routing and the evaluation all agree.
"""

from __future__ import annotations

SOURCES: tuple[str, ...] = ("nums", "desktop_research", "partner")

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

# Trafficking / exploitation / organised-crime signals (design notes). "strong" signals are
# each a reason to send the item to the organised crime / modern slavery units; "weak" ones
# (fear, little English) are recorded but never route on their own: under 10% of migrant
# sex workers are trafficked, and assuming otherwise harms engagement (the policy).
INDICATORS: dict[str, str] = {
    "third_party_control": "strong",  # someone else controls the work or takes the earnings
    "documents_held": "strong",  # passport / ID held by someone else
    "speaks_for_worker": "strong",  # someone else answers the phone or speaks for them
    "transported_by_other": "strong",  # picked up and dropped off by another person
    "moved_between_places": "strong",  # moved between flats, towns or cities
    "living_at_premises": "strong",  # sleeping or living where they work
    "debt_bondage": "strong",  # owes a debt for travel, accommodation, adverts
    "restricted_movement": "strong",  # locked in, guarded, not allowed out
    "threats_to_family": "strong",
    "forced_drug_use": "strong",  # drugs forced on them as control
    "advert_control": "strong",  # third party pays for / writes adverts; worker cannot change it
    "rotating_workers": "strong",  # "new girls" every week
    "shared_advert_contact": "strong",  # one number behind many adverts / many numbers one account
    "protection_money": "strong",
    "drugs_supply": "strong",  # links to drug supply
    "money_laundering": "strong",
    "fearful_subdued": "weak",
    "limited_english": "weak",
}
