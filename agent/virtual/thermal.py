"""First-order heater model on the simulated clock.

A heater approaches its target (or the ambient temperature when off) exponentially with
time constant `tau_s`; its temperature is computed in closed form, so nothing ticks.
"""

from __future__ import annotations

import math

AMBIENT_C = 20.0


class Heater:
    def __init__(self, name: str, tau_s: float, max_power: int = 127) -> None:
        self.name = name
        self.tau_s = tau_s
        self.max_power = max_power
        self.target = 0.0
        self.instant = False
        self._base_temp = AMBIENT_C
        self._base_time = 0.0

    def _goal(self) -> float:
        return self.target if self.target > 0 else AMBIENT_C

    def temperature(self, now: float) -> float:
        if self.instant:
            return self._goal()
        dt = max(0.0, now - self._base_time)
        goal = self._goal()
        return goal + (self._base_temp - goal) * math.exp(-dt / self.tau_s)

    def set_target(self, target: float, now: float) -> None:
        self._base_temp = self.temperature(now)
        self._base_time = now
        self.target = max(0.0, target)

    def power(self, now: float) -> int:
        """PWM duty as Marlin reports it after `@:` (0..127)."""
        if self.target <= 0:
            return 0
        error = self.target - self.temperature(now)
        if error <= 0:
            return self.max_power // 4  # holding
        return min(self.max_power, self.max_power // 4 + int(error * self.max_power / 10))

    def time_until_within(self, now: float, window: float) -> float:
        """Sim seconds until |temperature - target| <= window (0 if already)."""
        gap = abs(self.temperature(now) - self._goal())
        if self.instant or gap <= window:
            return 0.0
        return self.tau_s * math.log(gap / window)

    def reached(self, now: float, window: float, heating_only: bool) -> bool:
        temp = self.temperature(now)
        if heating_only and temp >= self.target - window:
            return True
        return abs(temp - self.target) <= window
