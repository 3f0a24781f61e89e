"""Which site brokers' bridges are connected, from their retained notifications.

A site broker's bridge (`printfarm site broker-config`, broker_config/bridge.py) leaves
`1` on `printfarm/sites/<site>/bridge` when it connects to the central broker and `0`
(its last will there) when the link is lost. While a site is unreachable its printers
keep their last state and their agents' `online` status (they are alive, only cut
off): the coordinator says "site X unreachable since T" instead, in `/health`.
"""

from __future__ import annotations

import time

from broker_config.bridge import SITES_TOPIC_ROOT
from coordinator.views import SiteLinkOut

_PREFIX = f"{SITES_TOPIC_ROOT}/"
_SUFFIX = "/bridge"


class SiteLinks:
    """Written by the worker thread, read by the API's: each change replaces the dict."""

    def __init__(self) -> None:
        self._links: dict[str, SiteLinkOut] = {}

    def apply(self, topic: str, payload: bytes) -> bool:
        """Take a bridge notification; False for any other topic."""
        if not (topic.startswith(_PREFIX) and topic.endswith(_SUFFIX)):
            return False
        site = topic[len(_PREFIX) : -len(_SUFFIX)]
        if not site or "/" in site:
            return False
        links = dict(self._links)
        if payload in (b"0", b"1"):
            connected = payload == b"1"
            earlier = links.get(site)
            if earlier is None or earlier.connected != connected:
                links[site] = SiteLinkOut(connected=connected, since=time.time())
        else:  # empty: the retained notification was cleared (the site is gone)
            links.pop(site, None)
        self._links = links
        return True

    def snapshot(self) -> dict[str, SiteLinkOut]:
        return self._links
