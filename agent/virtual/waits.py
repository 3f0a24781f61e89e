"""What a command that cannot finish at once is waiting for (sim time throughout).

The firmware keeps the current command at the head of its queue, and asks the wait
whether it is `done(now)` whenever the loop runs; `next_check(now)` tells the loop when
to run next. While a command waits, Marlin sends `busy:` keepalives and reads nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from agent.virtual.motion_queue import MotionQueue
from agent.virtual.thermal import Heater

Move = tuple[float, float, float, float, float]  # dx, dy, dz, de, feedrate mm/s


class Wait:
    heating = False  # True: the firmware prints temperature reports every second

    def done(self, now: float) -> bool:
        raise NotImplementedError

    def next_check(self, now: float) -> float | None:
        raise NotImplementedError


class PlanMoves(Wait):
    """G0-G3: plan segments as planner slots free up (the ok waits for the last one)."""

    def __init__(self, motion: MotionQueue, moves: deque[Move]) -> None:
        self._motion = motion
        self._moves = moves

    def done(self, now: float) -> bool:
        motion, moves = self._motion, self._moves
        while moves and motion.free(now) > 0:
            motion.add(now, moves.popleft())
        return not moves

    def next_check(self, now: float) -> float | None:
        return self._motion.next_event(now)


class Synchronize(Wait):
    """M400, G4, G28: wait for the planner to empty, then dwell, then act."""

    def __init__(
        self,
        motion: MotionQueue,
        dwell_s: float = 0.0,
        then: Callable[[], None] | None = None,
    ) -> None:
        self._motion = motion
        self._dwell_s = dwell_s
        self._then = then
        self._dwell_until: float | None = None
        self._flushed = False

    def done(self, now: float) -> bool:
        if self._dwell_until is None:
            if not self._flushed:
                self._motion.flush(now)
                self._flushed = True
            if self._motion.occupied(now):
                return False
            self._dwell_until = now + self._dwell_s
        if now < self._dwell_until:
            return False
        if self._then is not None:
            self._then()
        return True

    def next_check(self, now: float) -> float | None:
        if self._dwell_until is None:
            return self._motion.next_event(now)
        return self._dwell_until


class HeatUp(Wait):
    """M109/M190: wait until the heater stays within `window` for `residency_s`."""

    heating = True

    def __init__(
        self, heater: Heater, window: float, residency_s: float, heating_only: bool
    ) -> None:
        self.heater = heater
        self._window = window
        self._residency_s = residency_s
        self._heating_only = heating_only
        self.resident_since: float | None = None
        self.cancelled = False

    def seconds_left(self, now: float) -> float | None:
        """The `W:` countdown; None (`W:?`) until the window is reached."""
        if self.resident_since is None:
            return None
        return max(0.0, self._residency_s - (now - self.resident_since))

    def done(self, now: float) -> bool:
        if self.cancelled or self.heater.target <= 0:
            return True
        if not self.heater.reached(now, self._window, self._heating_only):
            self.resident_since = None
            return False
        if self.resident_since is None:
            self.resident_since = now
        return self.heater.instant or now - self.resident_since >= self._residency_s

    def next_check(self, now: float) -> float | None:
        if self.resident_since is not None:
            return self.resident_since + self._residency_s
        # A hair past the crossing, so that floating point lands inside the window.
        return now + self.heater.time_until_within(now, self._window * 0.999) + 1e-6
