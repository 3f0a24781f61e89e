"""Moves no printer may be sent, found at submit from the file's analysis.

The agent refuses the same moves at send time (agent/safety.py: numbers that are not
finite or absurd, moves far outside the build volume); refusing them at submit says so
before the job waits in the queue for a printer that will only refuse it.

    problem = absurd_moves(analysis.extents.all_moves)          # None, or why
    problems = far_outside(analysis.extents.all_moves, volume)   # [] when it fits
"""

from __future__ import annotations

import math
from typing import Protocol

from agent.safety import move_range
from coordinator.intake.models import Box

ABSURD_MM = 1e6  # a kilometre: no printer moves there, whatever its size


class HasXYZ(Protocol):
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def z(self) -> float: ...


def _axes(box: Box) -> list[tuple[str, float, float]]:
    return [("X", box.min_x, box.max_x), ("Y", box.min_y, box.max_y), ("Z", box.min_z, box.max_z)]


def absurd_moves(box: Box | None) -> str | None:
    """Why the moves cannot be meant (not finite, or beyond a kilometre), or None."""
    if box is None:
        return None
    for axis, lo, hi in _axes(box):
        if not (math.isfinite(lo) and math.isfinite(hi)) or max(-lo, hi) > ABSURD_MM:
            return (
                f"moves reach {axis} {lo:g}..{hi:g} mm, which no printer can take "
                "(not finite, or beyond a kilometre): check the slicer's output"
            )
    return None


def far_outside(box: Box | None, volume: HasXYZ) -> list[str]:
    """The axes along which the moves (travel included) go far outside `volume`."""
    if box is None:
        return []
    problems = []
    for axis, lo, hi in _axes(box):
        low, high = move_range(float(getattr(volume, axis.lower())))
        if lo < low or hi > high:
            problems.append(f"{axis} {lo:g}..{hi:g} mm beyond {low:g}..{high:g}")
    return problems
