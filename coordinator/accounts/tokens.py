"""API tokens: `pf_<id>_<secret>`. The id is public (it names the token in lists and the
audit trail); the secret is 256 random bits, kept only as its SHA-256 (a slow hash buys
nothing for a secret that cannot be guessed, and every request checks one)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

_FORMAT = re.compile(r"^pf_(?P<id>[0-9a-f]{16})_(?P<secret>[A-Za-z0-9_-]{43})$")


@dataclass(frozen=True, slots=True)
class TokenParts:
    id: str
    secret: str

    @property
    def text(self) -> str:
        return f"pf_{self.id}_{self.secret}"


def new_token() -> TokenParts:
    return TokenParts(id=secrets.token_hex(8), secret=secrets.token_urlsafe(32))


def parse_token(text: str) -> TokenParts | None:
    match = _FORMAT.match(text.strip())
    return TokenParts(match["id"], match["secret"]) if match else None


def secret_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def secret_matches(secret: str, digest: str) -> bool:
    return hmac.compare_digest(secret_digest(secret), digest)
