"""What kind of identifier did a liaison officer type? Candidate correlation keys for a
check lookup, in normal form."""

from __future__ import annotations

import re

from common import normalise
from processors.correlation import attribute_key

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
# Current, prefix, suffix and dateless registration formats (normalised: no spaces).
_VRM = re.compile(
    r"^(?:[A-Z]{2}\d{2}[A-Z]{3}|[A-Z]\d{1,3}[A-Z]{3}|[A-Z]{3}\d{1,3}[A-Z]|\d{1,4}[A-Z]{1,3}|[A-Z]{1,3}\d{1,4})$"
)


def candidate_keys(text: str) -> list[str]:
    value = text.strip()
    if not value:
        return []
    if _EMAIL.match(value):
        return [attribute_key("EMAIL_ADDRESS", normalise.email(value))]
    keys = []
    if value.startswith("@"):
        return [attribute_key("ONLINE_HANDLE", normalise.handle(value))]
    if sum(c.isdigit() for c in value) >= 9 and (e164 := normalise.phone(value)):
        keys.append(attribute_key("PHONE_NUMBER", e164))
    if _VRM.match(normalise.vrm(value)):
        keys.append(attribute_key("VEHICLE_REG", normalise.vrm(value)))
    if re.fullmatch(r"[A-Za-z0-9_.]{2,30}", value):
        keys.append(attribute_key("ONLINE_HANDLE", normalise.handle(value)))
    return keys
