"""The planner queue and stepper of the virtual printer, on the simulated clock.

Moves enter `agent.motion.MotionPlanner` (lookahead); once their duration is final they
wait in `ready` and the "stepper" plays them back to back. A slot is taken from the
moment a move is planned until its playback ends, as in Marlin's block buffer.
"""

from __future__ import annotations

import copy
from collections import deque

from agent.motion import MotionLimits, MotionPlanner

# Marlin waits this long (BLOCK_DELAY_FOR_1ST_MOVE) before it starts an idle stepper
# on a lone block, hoping for a successor to plan the junction with.
FIRST_MOVE_DELAY_S = 0.05


class MotionQueue:
    def __init__(
        self, planner_size: int, instant: bool, limits: MotionLimits | None = None
    ) -> None:
        # Marlin's block ring buffer keeps one slot empty: BLOCK_BUFFER_SIZE - 1 usable.
        self.capacity = max(1, planner_size - 1)
        self.instant = instant
        self._planner = MotionPlanner(limits or MotionLimits(), lookahead=max(1, self.capacity - 2))
        self._ready: deque[float] = deque()
        self._running_until: float | None = None
        self._last_add = 0.0
        self.motion_s = 0.0  # durations of every move planned so far (agent.motion model)
        self._last_end = 0.0  # when the last move played back ended (or ends)

    def set_limits(self, limits: MotionLimits) -> None:
        self._planner.set_limits(limits)

    @property
    def limits(self) -> MotionLimits:
        return self._planner.limits

    def occupied(self, now: float) -> int:
        self.advance(now)
        return self._planner.buffered + len(self._ready) + (self._running_until is not None)

    def free(self, now: float) -> int:
        return self.capacity - self.occupied(now)

    def add(self, now: float, move: tuple[float, float, float, float, float]) -> None:
        """Plan a move (dx, dy, dz, de, feedrate); the caller has checked for a free slot."""
        if self.instant:
            return
        self.advance(now)
        self._take(self._planner.add_move(*move))
        self._last_add = now
        self.advance(now)

    def flush(self, now: float) -> None:
        """Plan everything to a stop (M400, G4, G28 ... wait for it afterwards)."""
        self.advance(now)
        self._take(self._planner.flush())
        self.advance(now)

    def _take(self, durations: list[float]) -> None:
        self._ready.extend(durations)
        self.motion_s += sum(durations)

    def advance(self, now: float) -> None:
        """Play back moves whose time has come. The schedule does not depend on when
        this is called: an idle stepper picks a lone block up at its own time."""
        end = self._running_until
        while True:
            if end is not None and end > now:
                break
            start = now if end is None else end
            if not self._ready and self._planner.buffered:
                pickup = self._last_add + FIRST_MOVE_DELAY_S
                if pickup > now:
                    end = None
                    break
                start = pickup if end is None else max(end, pickup)
                self._take(self._planner.flush())
            if not self._ready:
                end = None
                break
            end = start + self._ready.popleft()
            self._last_end = end
        self._running_until = end

    def projected_end(self) -> float:
        """When everything planned so far will have played, if no more moves come
        (the current state is not changed: the planner is flushed on a copy)."""
        end = self._running_until if self._running_until is not None else self._last_end
        end += sum(self._ready)
        if self._planner.buffered:
            end = max(end, self._last_add + FIRST_MOVE_DELAY_S) + self.pending_s()
        return end

    def pending_s(self) -> float:
        """Durations of the moves still in the lookahead buffer, were it flushed now."""
        return sum(copy.deepcopy(self._planner).flush()) if self._planner.buffered else 0.0

    def next_event(self, now: float) -> float | None:
        """Sim time of the next slot release (or of an idle stepper picking a block up)."""
        self.advance(now)
        if self._running_until is not None:
            return self._running_until
        if self._planner.buffered:
            return self._last_add + FIRST_MOVE_DELAY_S
        return None

    def clear(self) -> None:
        """Quick stop / reset: forget everything planned."""
        self._planner.flush()
        self._ready.clear()
        self._running_until = None
