"""Links to job files for one agent: `/files/<sha256>?agent=A&expires=T&sig=S`.

The signature (HMAC-SHA256 with the farm's key) binds the file, the agent and the
expiry; the link travels only on that agent's command topic, which the broker's ACL lets
no other agent read. It is a capability for one file for an hour, not a credential:
nothing else can be done with it, and it is worthless once expired.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import urlencode

LINK_TTL_S = 3600.0
FILE_LINK_KEY = "file_link_key"  # its name among the farm's settings


class FileLinks:
    def __init__(self, key: str, ttl_s: float = LINK_TTL_S) -> None:
        self._key = key.encode()
        self.ttl_s = ttl_s

    def _sign(self, sha256: str, agent: str, expires: int) -> str:
        message = f"{sha256}|{agent}|{expires}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def query(self, sha256: str, agent: str, now: float | None = None) -> str:
        expires = int((time.time() if now is None else now) + self.ttl_s)
        sig = self._sign(sha256, agent, expires)
        return urlencode({"agent": agent, "expires": expires, "sig": sig})

    def check(self, sha256: str, agent: str, expires: str, sig: str) -> str | None:
        """None when the link is good, else why not."""
        try:
            when = int(expires)
        except ValueError:
            return "the link's expiry is not a number"
        if when < time.time():
            return "the link has expired (the coordinator sends a new one with the next start)"
        if not hmac.compare_digest(self._sign(sha256, agent, when), sig):
            return "the link's signature does not match (not a link the coordinator made)"
        return None
