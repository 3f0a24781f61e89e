"""Pauses between reconnect attempts: exponential, capped, jittered, reset on success.

    backoff = Backoff()            # 0.5 s, 1, 2, 4, 8, 10, 10 … each less up to 25 %
    delay = backoff.next_delay()   # after a failed attempt
    backoff.reset()                # after a good connection

The jitter keeps agents that lost the same thing (a broker, a hub's power) from
retrying in step.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    first_s: float = 0.5
    cap_s: float = 10.0
    jitter: float = 0.25  # a delay is drawn from [nominal * (1 - jitter), nominal]
    rng: random.Random = field(default_factory=random.Random)
    _nominal: float = field(init=False)

    def __post_init__(self) -> None:
        self._nominal = self.first_s

    def next_delay(self) -> float:
        delay = self._nominal * (1.0 - self.jitter * self.rng.random())
        self._nominal = min(self._nominal * 2.0, self.cap_s)
        return delay

    def reset(self) -> None:
        self._nominal = self.first_s
