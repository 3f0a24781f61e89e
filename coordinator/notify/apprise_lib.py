"""Apprise, loaded once with its plugins (some of which import modules Python deprecates:
their warnings are Apprise's to fix, not ours to fail on), and what we ask of it."""

from __future__ import annotations

import threading
import warnings
from functools import cache
from types import ModuleType

_lock = threading.Lock()
_WEBHOOKS = frozenset({"json", "jsons", "form", "forms", "xml", "xmls"})


@cache
def apprise() -> ModuleType:
    with _lock, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import apprise as lib

        lib.Apprise.instantiate("json://localhost/")  # loads every plugin now
    return lib


def check_url(url: str) -> str | None:
    """Why Apprise cannot use `url` (None: it can). Never repeats the URL (a secret)."""
    if len(url) > 2048:
        return "a notification URL is over 2048 characters"
    if apprise().Apprise.instantiate(url) is None:
        scheme = url.partition("://")[0][:20] if "://" in url else ""
        return f"not a notification URL Apprise knows (scheme {scheme!r})"
    return None


def redacted(url: str) -> str:
    """The URL with its secrets hidden (Apprise's privacy form), for API answers."""
    plugin = apprise().Apprise.instantiate(url)
    if plugin is None:
        return url.partition("://")[0][:20] + "://…"
    text: str = plugin.url(privacy=True)
    text = text.partition("?")[0]  # options are no one's business (and may hold headers)
    scheme, _, rest = text.partition("://")
    if scheme in _WEBHOOKS:  # their path is often the secret itself
        host, slash, path = rest.partition("/")
        text = f"{scheme}://{host}{slash}{'…' if path else ''}"
    return text


def send(url: str, title: str, body: str) -> bool:
    """One message to one URL; True once the service accepted it."""
    app = apprise().Apprise()
    if not app.add(url):
        return False
    return bool(app.notify(title=title, body=body))
