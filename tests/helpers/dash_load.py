"""Measuring the fleet page in the browser: time to its first full screen, and how it
keeps up with a stream of printer updates (frame times from requestAnimationFrame).

The updates go through the page's own receive path (`window.__dash.receive`, what its
EventSource calls with each message), built from the printers it already shows, so the
browser does all the work of a live feed but the rate is exactly the one asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page

FIRST_SCREEN_JS = """(n) => window.__dash && window.__dash.shown.some(([count]) => count >= n)"""
SHOWN_JS = """(n) => { const [, at, fromScript] = window.__dash.shown.find(([count]) => count >= n);
  return { from_navigation_ms: at, from_script_ms: fromScript }; }"""

FEED_JS = (Path(__file__).parent / "dash_feed.js").read_text()


def first_screen(page: Page, url: str, printers: int, timeout_s: float = 60) -> dict[str, float]:
    """Open the fleet page (signed in) and wait for every card: milliseconds from the
    navigation's start, and from the page's script start, to the frame that shows them."""
    page.goto(url + "/")
    page.wait_for_function(FIRST_SCREEN_JS, arg=printers, timeout=timeout_s * 1000)
    figures: dict[str, float] = page.evaluate(SHOWN_JS, printers)
    return figures


def feed_updates(page: Page, rate: float, seconds: float) -> dict[str, Any]:
    """Push `rate` printer updates per second for `seconds`; what the page did with them."""
    figures: dict[str, Any] = page.evaluate(FEED_JS, [rate, seconds])
    return figures
