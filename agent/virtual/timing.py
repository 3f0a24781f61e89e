"""Waiting for file descriptors until a deadline that is met to the microsecond.

The emulated wire needs its deadlines kept: a reply written 100 us late costs a host
2-5 % of its round-trip bound at 115200 baud, and written early it would cheat the
model. A timed select() overshoots by the kernel's timer slack (50 us by default) plus
the wake-up, so the loop sleeps until a little before the deadline (a margin learned
from the overshoots it sees, at most 150 us) and polls the rest of the way. The poll
is short, and only ever happens while something is due within the margin.
"""

from __future__ import annotations

import ctypes
import selectors
import sys
import time

_PR_SET_TIMERSLACK = 29
_MIN_MARGIN_S = 10e-6
# Polling costs CPU that a host on the same machine may need: never more than this.
_MAX_MARGIN_S = 150e-6
# The margin tracks the 75th percentile of the overshoots (up 3 steps when one is
# larger, down 1 when smaller); a preempted sleep moves it by one step only.
_STEP_UP_S = 3e-6
_STEP_DOWN_S = 1e-6


def tighten_timer_slack() -> bool:
    """Ask Linux for 1 ns timer slack on this thread (default 50 us); False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(_PR_SET_TIMERSLACK, 1, 0, 0, 0)) == 0


Ready = list[tuple[selectors.SelectorKey, int]]


class DeadlineSelector:
    """`select(deadline)` on a selector: returns early on events, else at the deadline."""

    def __init__(self, selector: selectors.BaseSelector) -> None:
        self.selector = selector
        self.margin_s = 60e-6  # a first guess; adapts within a few hundred sleeps

    def select(self, deadline: float | None, precise: bool = True) -> Ready:
        """Events ready now, or by `deadline` (a time.monotonic() value; None: forever).
        `precise=False`: a plain timed select, for deadlines that may be a little late."""
        if deadline is None:
            return self.selector.select(None)
        now = time.monotonic()
        if not precise:
            return self.selector.select(max(0.0, deadline - now))
        sleep = deadline - now - self.margin_s
        if sleep > 0:
            ready = self.selector.select(sleep)
            if ready:
                return ready
            woke = time.monotonic()
            if woke - (now + sleep) > self.margin_s:
                self.margin_s = min(_MAX_MARGIN_S, self.margin_s + _STEP_UP_S)
            else:
                self.margin_s = max(_MIN_MARGIN_S, self.margin_s - _STEP_DOWN_S)
            now = woke
        # The last stretch: poll, so that fd events still end the wait at once.
        while now < deadline:
            ready = self.selector.select(0)
            if ready:
                return ready
            now = time.monotonic()
        return []
