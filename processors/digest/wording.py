"""Plain words for the pipeline's codes, as a liaison officer (or, in a warning, a sex
worker) reads them. The codes themselves are records.md §4-§6 and processors/vocabulary.py."""

from __future__ import annotations

# MO tags as an officer reads them in a digest.
MO: dict[str, str] = {
    "violence": "violence",
    "sexual_assault": "sexual assault or rape",
    "robbery": "robbery (including taking payment back)",
    "theft": "theft",
    "refused_payment": "refused to pay",
    "condom_removal": "condom removed or refused against agreement",
    "weapon": "weapon used, shown or threatened",
    "impersonating_police": "claimed to be police or an official",
    "threats": "threats of violence or harm",
    "blackmail": "blackmail or threats to 'out'",
    "harassment_stalking": "harassment or stalking",
    "fraud_scam": "fraud or scam",
    "drugging": "spiking or forced drugs",
    "filming": "filmed or photographed without consent",
    "abduction": "held, driven off or not let go",
    "hate_abuse": "hate abuse",
    "timewaster": "timewaster",
}

# MO tags as a warning to sex workers says them ("He has ...").
MO_WARNING: dict[str, str] = {
    "violence": "been violent",
    "sexual_assault": "sexually assaulted or raped a worker",
    "robbery": "robbed workers, including taking the payment back by force or threat",
    "theft": "stolen from workers",
    "refused_payment": "refused to pay",
    "condom_removal": "removed or refused a condom against agreement",
    "weapon": "used, shown or threatened a weapon",
    "impersonating_police": "claimed to be police or an official",
    "threats": "made threats of violence",
    "blackmail": "threatened to 'out' workers or demanded money",
    "harassment_stalking": "harassed or followed workers",
    "fraud_scam": "used fake payments or scams",
    "drugging": "spiked drinks or forced drugs on a worker",
    "filming": "filmed or photographed workers without consent",
    "abduction": "held a worker against their will or driven off with them",
    "hate_abuse": "been abusive about sex work, gender, sexuality, race or migrant status",
    "timewaster": "made hoax bookings",
}

INDICATORS: dict[str, str] = {
    "third_party_control": "someone else controls the work or takes the earnings",
    "documents_held": "passport or ID held by someone else",
    "speaks_for_worker": "someone else answers the phone or speaks for the worker",
    "transported_by_other": "picked up and dropped off by another person",
    "moved_between_places": "moved between flats, towns or cities",
    "living_at_premises": "living or sleeping where they work",
    "debt_bondage": "owes a debt for travel, accommodation or adverts",
    "restricted_movement": "locked in, guarded or not allowed out",
    "threats_to_family": "threats to family",
    "forced_drug_use": "drugs forced on them as control",
    "advert_control": "someone else pays for or writes the adverts",
    "rotating_workers": "'new girls' rotating through",
    "shared_advert_contact": "one contact number behind many adverts",
    "protection_money": "protection money",
    "drugs_supply": "links to drug supply",
    "money_laundering": "links to money laundering",
    "fearful_subdued": "fearful or subdued (weak on its own)",
    "limited_english": "little English (weak on its own)",
}

ROUTES: dict[str, str] = {
    "force_intel": "force intelligence",
    "spoc": "sex work liaison (SPOC)",
    "organised_crime": "organised crime / modern slavery",
}

SOURCES: dict[str, str] = {
    "nums": "NUM report",
    "partner": "partner submission",
    "desktop_research": "desktop research",
}

SECTORS: dict[str, str] = {
    "street": "street",
    "indoor": "indoor",
    "escort": "escort",
    "online": "online",
    "other": "other",
}

LINK_KINDS: dict[str, str] = {
    "PHONE_NUMBER": "phone",
    "VEHICLE_REG": "registration",
    "EMAIL_ADDRESS": "email",
    "ONLINE_HANDLE": "handle",
    "ADVERT_CONTACT": "advert contact number",
}

# Said once at the top of every digest (the force policy and the contract).
NOTES: tuple[str, ...] = (
    "For the sex work liaison officer and the intelligence units only: never for the media or the public.",
    "Nothing here is for enforcement against sex workers.",
    "Crimes against sex workers are recorded as hate crimes (the force policy).",
    "Consent decides contact: follow each item's contact statement; anonymous intelligence means no contact.",
    "Trafficking and exploitation signals are a reason to look, not proof.",
    "Gradings are proposals: an officer confirms them.",
)


def mo_label(tag: str) -> str:
    return MO.get(tag, tag.replace("_", " "))


def mo_short(tag: str) -> str:
    """A chart's bar label: the tag in words ("condom removal")."""
    return tag.replace("_", " ")


def indicator_label(indicator: str) -> str:
    return INDICATORS.get(indicator, indicator.replace("_", " "))
