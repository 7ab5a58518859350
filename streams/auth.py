"""Bearer tokens for the worker's lookup and erasure routes (`/check/`, `/purge/`).

Each officer or service has its own token. The worker never holds a plain token: the
mounted secret file (`BULLETINS_API_TOKENS_FILE`) has one line per caller,

    identity:sha256-hex-of-token[:scope,scope]

with scopes `check` (lookups, the default when none is given) and `purge` (retention
erasure). Blank lines and `#` comments are ignored. A caller presents
`Authorization: Bearer <token>`; the token's SHA-256 is compared with every entry in
constant time, and the identity of the matching line goes into the audit event.

Tokens must be long random strings (`python -m streams.auth IDENTITY` makes one): an
unsalted hash is safe only because the token has far more entropy than a password.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import logging
import re
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

SCOPES = frozenset({"check", "purge"})
# Identities go into audit events and log lines: a collar number or a service name, no more.
_IDENTITY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._@/-]{0,99}$")
_DIGEST = re.compile(r"^[0-9a-f]{64}$")


class TokenFileError(ValueError):
    """The tokens file is missing or malformed; the message names the line, never its content."""


@dataclass(frozen=True)
class Caller:
    identity: str
    scopes: frozenset[str]


@dataclass(frozen=True)
class _Entry:
    digest: bytes
    caller: Caller


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def parse_tokens(text: str) -> list[_Entry]:
    entries: list[_Entry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) not in (2, 3):
            raise TokenFileError(f"line {number}: expected identity:sha256[:scopes]")
        identity, hexdigest = parts[0].strip(), parts[1].strip().lower()
        if not _IDENTITY.match(identity):
            raise TokenFileError(f"line {number}: identity must be 1-100 letters, digits, spaces or ._@/-")
        if not _DIGEST.match(hexdigest):
            raise TokenFileError(f"line {number}: the token must be given as 64 hex digits of its SHA-256")
        scopes = frozenset(s.strip() for s in parts[2].split(",") if s.strip()) if len(parts) == 3 else {"check"}
        if not scopes or not scopes <= SCOPES:
            raise TokenFileError(f"line {number}: scopes must be among {', '.join(sorted(SCOPES))}")
        entries.append(_Entry(bytes.fromhex(hexdigest), Caller(identity, frozenset(scopes))))
    return entries


class TokenStore:
    """The callers from the tokens file, re-read when the file changes (a rotated secret)."""

    def __init__(self, path: str | None, quiet: bool = False) -> None:
        """`quiet`: no warning without a file (an app built for its tables only, never serving)."""
        self.path = Path(path) if path else None
        self._entries: list[_Entry] = []
        self._stamp: tuple[int, int] | None = None
        if self.path is None:
            if not quiet:
                log.warning("BULLETINS_API_TOKENS_FILE is not set: /check/ and /purge/ refuse every caller")
            return
        self._load(strict=True)

    def _load(self, strict: bool) -> None:
        assert self.path is not None
        try:
            stat = self.path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
            if stamp == self._stamp:
                return
            entries = parse_tokens(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, TokenFileError) as exc:
            reason = exc if isinstance(exc, TokenFileError) else type(exc).__name__
            if strict:
                raise TokenFileError(f"BULLETINS_API_TOKENS_FILE: {reason}") from None
            # Fail closed: a broken rotation refuses everyone rather than keeping stale tokens.
            if self._entries or self._stamp is not None:
                log.warning("BULLETINS_API_TOKENS_FILE unreadable (%s): refusing every caller", reason)
            self._entries, self._stamp = [], None
            return
        self._entries, self._stamp = entries, stamp

    def authenticate(self, authorization: str | None) -> Caller | None:
        """The caller whose token is in this `Authorization` header, or None."""
        if self.path is not None:
            self._load(strict=False)
        scheme, _, token = (authorization or "").strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return None
        presented = hashlib.sha256(token.encode("utf-8")).digest()
        found: Caller | None = None
        for entry in self._entries:  # no early exit: the time taken does not say which line matched
            if hmac.compare_digest(presented, entry.digest) and found is None:
                found = entry.caller
        return found


def main(argv: list[str] | None = None) -> int:
    """Make a new token: the token goes to the caller, the line to the tokens file."""
    parser = argparse.ArgumentParser(prog="python -m streams.auth", description=main.__doc__)
    parser.add_argument("identity", help="collar number or service name, as it should appear in the audit")
    parser.add_argument("--scopes", default="check", help="comma-separated: check, purge (default: check)")
    args = parser.parse_args(argv)
    token = secrets.token_urlsafe(32)
    line = f"{args.identity}:{digest(token)}:{args.scopes}"
    try:
        parse_tokens(line)
    except TokenFileError as exc:
        print(f"streams.auth: {exc}", file=sys.stderr)
        return 2
    print(f"token (give to the caller, store nowhere else): {token}")
    print(f"line for BULLETINS_API_TOKENS_FILE: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
