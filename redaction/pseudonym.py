"""Keyed pseudonyms: HMAC-SHA256 over the normalised value with a key held outside the code.

The same advert number always gives the same token (linkability); nobody can reverse it
without the key and the raw store. Presidio's `hash` operator salts randomly per call
since 2.2.361, so it cannot serve here.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path
from typing import Any

from common import normalise

KEY_FILE_ENV = "BULLETINS_PSEUDONYM_KEY_FILE"
KEY_ENV = "BULLETINS_PSEUDONYM_KEY"


class PseudonymKeyError(RuntimeError):
    """No usable key: the pipeline must not start without one."""


def load_key() -> bytes:
    path = os.environ.get(KEY_FILE_ENV)
    if path:
        try:
            key = Path(path).read_bytes().strip()
        except OSError as exc:
            raise PseudonymKeyError(f"{KEY_FILE_ENV}: cannot read the key file ({exc.strerror})") from None
        source = KEY_FILE_ENV
    else:
        # Used as given (a changed key would change every pseudonym); checked stripped.
        key, source = os.environ.get(KEY_ENV, "").encode(), KEY_ENV
        if not key:
            raise PseudonymKeyError(
                f"no pseudonym key: set {KEY_FILE_ENV} to a file holding at least {MIN_KEY_BYTES} bytes of "
                f"secret, or {KEY_ENV}; the key must never live in the code or the repository"
            )
    problem = key_weakness(key.strip())
    if problem:
        raise PseudonymKeyError(f"{source}: pseudonym key refused: {problem}; make one with: {KEY_HINT}")
    return key


MIN_KEY_BYTES = 16
# Below this many distinct byte values a key is a pattern, not a secret; hex keys of 32+
# characters have 13-16 and base64 ones about 30, so honest random keys pass.
MIN_DISTINCT_BYTES = 8
KEY_HINT = "head -c 32 /dev/urandom | base64"


def key_weakness(key: bytes) -> str | None:
    """Why this (stripped) key is too weak to keep pseudonyms unguessable, or None.

    Refuses what is plainly not a secret: nothing or only whitespace, fewer than 16 bytes, a
    unit shorter than 16 bytes repeated ("0000...", "abcabc..."), or fewer than 8 distinct
    byte values. Never echoes the key. It cannot prove a key random: that is the operator's job."""
    if not key.strip():
        return "it is empty or only whitespace"
    if len(key) < MIN_KEY_BYTES:
        return f"it is {len(key)} bytes long; at least {MIN_KEY_BYTES} are needed"
    # The shortest p with key[i] == key[i - p] throughout: how much comes before it repeats.
    period = next(p for p in range(1, len(key) + 1) if key[p:] == key[:-p])
    if period < MIN_KEY_BYTES and 2 * period <= len(key):
        unit = "one byte" if period == 1 else f"a {period}-byte unit"
        return f"it is {unit} repeated, fewer than {MIN_KEY_BYTES} bytes of distinct material"
    distinct = len(set(key))
    if distinct < MIN_DISTINCT_BYTES:
        return f"it has only {distinct} distinct byte values; at least {MIN_DISTINCT_BYTES} are needed"
    return None


class Pseudonymiser:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def token(self, kind: str, normalised: str) -> str:
        digest = hmac.new(self._key, f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()
        return f"{kind}:{digest[:24]}"


def advert_refs(
    pseudonymiser: Pseudonymiser,
    record: dict[str, Any],
    removed: list[tuple[str, str]],
    values: dict[str, list[str]] | None = None,
) -> dict[str, list[str]]:
    """Keyed pseudonyms of what identifies an advertiser: the contact numbers (the record's
    and any in the text), and the emails, handles and working names the redaction took out
    of the advert. The same value always gives the same token, so adverts link by them
    (one number behind many adverts) without the value ever leaving."""
    phones = {normalise.phone(p) or normalise.digits(p) for p in record.get("phones") or [] if p}
    phones |= {v for e, v in removed if e == "PHONE_NUMBER"}
    emails = {v for e, v in removed if e == "EMAIL_ADDRESS"}
    handles = {v for e, v in removed if e == "ONLINE_HANDLE"}
    handles |= {normalise.handle(h) for h in (values or {}).get("handle", [])}
    names = {v for e, v in removed if e == "PERSON"}

    def refs(kind: str, items: set[str]) -> list[str]:
        return sorted({pseudonymiser.token(kind, i) for i in items if i})

    return {
        "phone_refs": refs("phone", phones),
        "email_refs": refs("email", emails),
        "handle_refs": refs("handle", handles),
        "name_refs": refs("name", names),
    }
