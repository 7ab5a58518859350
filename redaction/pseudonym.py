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
    else:
        key = os.environ.get(KEY_ENV, "").encode()
    if len(key) < 16:
        raise PseudonymKeyError(
            f"no pseudonym key: set {KEY_FILE_ENV} to a file holding at least 16 bytes of secret, "
            f"or {KEY_ENV}; the key must never live in the code or the repository"
        )
    return key


class Pseudonymiser:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def token(self, kind: str, normalised: str) -> str:
        digest = hmac.new(self._key, f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()
        return f"{kind}:{digest[:24]}"
