"""Login attempts, limited per client address and per username (in this process)."""

from __future__ import annotations

import threading
import time
from collections import deque

MAX_FAILURES = 10  # within WINDOW_S, per address and per username
WINDOW_S = 300.0


class LoginLimiter:
    def __init__(self, max_failures: int = MAX_FAILURES, window_s: float = WINDOW_S) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, *keys: str, now: float | None = None) -> float:
        """Seconds until another attempt is allowed for every key (0: allowed now)."""
        now = time.monotonic() if now is None else now
        wait = 0.0
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                if len(times) >= self.max_failures:
                    wait = max(wait, times[0] + self.window_s - now)
        return wait

    def failed(self, *keys: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and times[0] <= now - self.window_s:
            times.popleft()
        if len(self._failures) > 10_000:  # a flood of names: forget the idle ones
            for idle in [k for k, v in self._failures.items() if not v and k != key]:
                del self._failures[idle]
        return times
