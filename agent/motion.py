"""Motion-time model of a RepRap firmware planner, shared by the virtual printer and
the print-time estimator.

It follows the shape of Marlin's planner (and of PrusaSlicer's time estimator, which
models it): each move becomes a block with a nominal speed capped by per-axis feedrate
limits, an acceleration capped by per-axis acceleration limits, and a maximum entry
speed from the junction with the previous block (classic per-axis jerk, or Marlin 2's
junction deviation). A bounded lookahead buffer is re-planned with a reverse pass
(every block can still decelerate to what follows) and a forward pass (every block can
accelerate to what it enters with); a block's duration becomes final once it leaves
the buffer, then it is a trapezoid: accelerate, cruise, decelerate.

Unlike Marlin, the passes do not skip "nominal length" blocks: every block is held to
what it can reach (Marlin's shortcut is an optimisation for a microcontroller), which
lets the estimator evaluate the same passes as array scans (coordinator/intake).

The hot path (``add_move``) runs once per G-code move, so blocks are slotted plain
objects and limits are copied into locals; pydantic is used only for ``MotionLimits``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Self

from pydantic import BaseModel, ConfigDict, Field

# Marlin's MINIMUM_PLANNER_SPEED (mm/s): the slowest a junction is planned at.
MINIMUM_PLANNER_SPEED = 0.05
_AXES = ("x", "y", "z", "e")
_EPS = 1e-9


class AxisValues(BaseModel):
    """One value per axis (X, Y, Z and the extruder E)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    x: float = Field(ge=0)
    y: float = Field(ge=0)
    z: float = Field(ge=0)
    e: float = Field(ge=0)

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.z, self.e)

    def updated(self, params: Mapping[str, float], scale: float = 1.0) -> AxisValues:
        """A copy with the axes named in ``params`` (keys X/Y/Z/E, any case) replaced."""
        changes = {
            axis: float(params[key]) * scale
            for axis in _AXES
            for key in (axis, axis.upper())
            if key in params
        }
        return self.model_copy(update=changes) if changes else self


class MotionLimits(BaseModel):
    """The machine limits the planner obeys (defaults: Marlin 2's Configuration.h).

    ``junction_deviation`` (mm) selects Marlin 2's junction-deviation cornering; when
    it is None the classic per-axis ``jerk`` (mm/s) is used, as Marlin 1, Prusa
    firmware, RepRapFirmware (M566) and PrusaSlicer's estimator do.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_velocity: AxisValues = AxisValues(x=300, y=300, z=5, e=25)  # mm/s
    max_accel: AxisValues = AxisValues(x=3000, y=3000, z=100, e=10000)  # mm/s²
    print_accel: float = Field(default=3000, gt=0)  # mm/s², M204 P (or S)
    travel_accel: float = Field(default=3000, gt=0)  # mm/s², M204 T (or S)
    retract_accel: float = Field(default=3000, gt=0)  # mm/s², M204 R
    junction_deviation: float | None = Field(default=0.013, gt=0)
    jerk: AxisValues = AxisValues(x=10, y=10, z=0.3, e=5)  # mm/s
    min_feedrate: float = Field(default=0.0, ge=0)  # mm/s, M205 S (printing moves)
    min_travel_feedrate: float = Field(default=0.0, ge=0)  # mm/s, M205 T

    @classmethod
    def from_prusaslicer_config(cls, config: Mapping[str, str]) -> Self:
        """Limits from PrusaSlicer-style ``machine_*`` keys (the config block a
        PrusaSlicer/SuperSlicer G-code file ends with, or a printer preset).

        Comma-separated values hold one per mode (normal, stealth); the first is used.
        Missing keys keep Marlin 2's defaults. Jerk is classic: PrusaSlicer models it so.
        """

        def first(key: str) -> float | None:
            raw = config.get(key)
            if raw is None or not raw.strip():
                return None
            try:
                return float(raw.split(",")[0])
            except ValueError as e:
                raise ValueError(f"slicer setting {key} = {raw!r} is not a number") from e

        def axes(prefix: str, base: AxisValues) -> AxisValues:
            found = {a: v for a in _AXES if (v := first(f"{prefix}_{a}")) is not None}
            return base.updated(found)

        default = cls()
        # OrcaSlicer and Bambu Studio name the feedrates machine_max_speed_*.
        speeds = axes("machine_max_speed", default.max_velocity)
        changes: dict[str, object] = {
            "max_velocity": axes("machine_max_feedrate", speeds),
            "max_accel": axes("machine_max_acceleration", default.max_accel),
            "jerk": axes("machine_max_jerk", default.jerk),
            "junction_deviation": None,
        }
        for key, field in (
            ("machine_max_acceleration_extruding", "print_accel"),
            ("machine_max_acceleration_travel", "travel_accel"),
            ("machine_max_acceleration_retracting", "retract_accel"),
            ("machine_min_extruding_rate", "min_feedrate"),
            ("machine_min_travel_rate", "min_travel_feedrate"),
        ):
            value = first(key)
            if value is not None and (value > 0 or field.startswith("min_")):
                changes[field] = value
        # Old presets have no travel acceleration: Marlin 1 uses M204 S for both.
        if first("machine_max_acceleration_travel") in (None, 0.0):
            changes["travel_accel"] = changes.get("print_accel", default.travel_accel)
        return cls.model_validate({**default.model_dump(), **changes})

    # --- setters for the G-code commands that change limits mid-file -------------

    def with_m201(self, params: Mapping[str, float]) -> MotionLimits:
        """M201 X Y Z E: per-axis maximum acceleration (mm/s²)."""
        return self.model_copy(update={"max_accel": self.max_accel.updated(params)})

    def with_m203(self, params: Mapping[str, float], per_minute: bool = False) -> MotionLimits:
        """M203 X Y Z E: per-axis maximum feedrate, mm/s (Marlin, Prusa) or mm/min
        (RepRapFirmware: pass ``per_minute=True``)."""
        scale = 1 / 60 if per_minute else 1.0
        return self.model_copy(update={"max_velocity": self.max_velocity.updated(params, scale)})

    def with_m204(self, params: Mapping[str, float]) -> MotionLimits:
        """M204 S (print and travel, Marlin 1 / Klipper), P print, R retract, T travel.

        Marlin 1 / Prusa firmware read T as the retract acceleration; pass such files'
        T as R before calling if the dialect says so.
        """
        changes: dict[str, float] = {}
        if "S" in params:
            changes["print_accel"] = changes["travel_accel"] = params["S"]
        for key, field in (("P", "print_accel"), ("R", "retract_accel"), ("T", "travel_accel")):
            if key in params:
                changes[field] = params[key]
        return self._validated(changes)

    def with_m205(self, params: Mapping[str, float]) -> MotionLimits:
        """M205 X Y Z E jerk (mm/s), J junction deviation (mm), S/T minimum feedrates.

        J selects junction deviation. X or Y without J selects classic jerk: a file
        that sets XY jerk was written for a firmware (or estimator) that uses it.
        """
        changes: dict[str, object] = {"jerk": self.jerk.updated(params)}
        if "J" in params:
            changes["junction_deviation"] = params["J"] if params["J"] > 0 else None
        elif "X" in params or "Y" in params:
            changes["junction_deviation"] = None
        if "S" in params:
            changes["min_feedrate"] = params["S"]
        if "T" in params:
            changes["min_travel_feedrate"] = params["T"]
        return self._validated(changes)

    def with_velocity_limit(self, params: Mapping[str, float]) -> MotionLimits:
        """Klipper's SET_VELOCITY_LIMIT: ACCEL (print and travel), VELOCITY (the
        toolhead's top speed, taken as the X and Y feedrate limits) and
        SQUARE_CORNER_VELOCITY. ACCEL_TO_DECEL / MINIMUM_CRUISE_RATIO are not modelled.

        With classic jerk (limits from an OrcaSlicer/Bambu Studio envelope, whose
        estimator reads the command so) the square corner velocity is the X/Y jerk;
        with junction deviation it becomes Klipper's own junction deviation,
        scv² (√2 - 1) / accel, so a 90° corner is taken at the square corner velocity.
        """
        changes: dict[str, object] = {}
        accel = params.get("ACCEL", self.print_accel)
        if "ACCEL" in params:
            changes["print_accel"] = changes["travel_accel"] = accel
        if "VELOCITY" in params:
            v = params["VELOCITY"]
            changes["max_velocity"] = self.max_velocity.updated({"X": v, "Y": v})
        scv = params.get("SQUARE_CORNER_VELOCITY")
        if scv is not None and self.junction_deviation is None:
            changes["jerk"] = self.jerk.updated({"X": scv, "Y": scv})
        elif scv is not None and scv > 0 and accel > 0:
            changes["junction_deviation"] = scv * scv * (math.sqrt(2.0) - 1.0) / accel
        return self._validated(changes)

    def with_m566(self, params: Mapping[str, float]) -> MotionLimits:
        """RepRapFirmware M566 X Y Z E: allowed instantaneous speed change, mm/min."""
        return self._validated(
            {"jerk": self.jerk.updated(params, 1 / 60), "junction_deviation": None}
        )

    def _validated(self, changes: Mapping[str, object]) -> MotionLimits:
        # model_copy does not validate; a G-code file must not smuggle in e.g. S-1.
        return type(self).model_validate({**self.model_dump(), **changes})


class _Block:
    """One planned move. Speeds in mm/s, distance in mm, acceleration in mm/s²."""

    __slots__ = ("accel", "distance", "entry", "max_entry", "nominal", "safe")

    def __init__(
        self, distance: float, accel: float, nominal: float, max_entry: float, safe: float
    ) -> None:
        self.distance = distance
        self.accel = accel
        self.nominal = nominal
        self.max_entry = max_entry
        self.safe = safe  # the speed it may stop at when nothing follows
        self.entry = min(max_entry, math.sqrt(safe * safe + 2.0 * accel * distance))


def trapezoid_time(
    distance: float, accel: float, entry: float, cruise: float, exit_: float
) -> float:
    """Seconds to cover ``distance`` starting at ``entry``, cruising at most at
    ``cruise`` and ending at ``exit_``, accelerating and braking at ``accel``."""
    if accel <= 0:
        return distance / cruise
    two_a = 2.0 * accel
    entry2, exit2, cruise2 = entry * entry, exit_ * exit_, cruise * cruise
    accel_dist = (cruise2 - entry2) / two_a
    decel_dist = (cruise2 - exit2) / two_a
    if accel_dist + decel_dist <= distance:
        return (
            (cruise - entry) / accel
            + (cruise - exit_) / accel
            + (distance - accel_dist - decel_dist) / cruise
        )
    # No cruise: accelerate to the peak where the two ramps meet, then brake.
    accel_dist = min(max((two_a * distance - entry2 + exit2) / (2.0 * two_a), 0.0), distance)
    peak = math.sqrt(entry2 + two_a * accel_dist)
    return (peak - entry) / accel + max(peak - exit_, 0.0) / accel


class MotionPlanner:
    """Plans moves through a bounded lookahead buffer and reports their durations.

    ``lookahead`` blocks always stay buffered behind the newest move (Marlin's
    BLOCK_BUFFER_SIZE is 16; PrusaSlicer's estimator keeps 64). ``batch`` blocks are
    finalised together once the buffer holds ``lookahead + batch``: 1 behaves like the
    firmware, a larger batch is faster for estimation with the same result shape.
    """

    def __init__(self, limits: MotionLimits, lookahead: int = 16, batch: int = 1) -> None:
        if lookahead < 1 or batch < 1:
            raise ValueError("lookahead and batch must be at least 1")
        self._lookahead = lookahead
        self._threshold = lookahead + batch
        self._blocks: list[_Block] = []
        self._pinned = False  # True: blocks[0]'s entry is fixed (its predecessor is final)
        # Previous block (for the junction): nominal speed, unit vector, axis speeds.
        self._prev_nominal = 0.0
        self._prev_safe = 0.0
        self._prev_unit = (0.0, 0.0, 0.0, 0.0)
        self._prev_speeds = (0.0, 0.0, 0.0, 0.0)
        self.set_limits(limits)

    @property
    def limits(self) -> MotionLimits:
        return self._limits

    def set_limits(self, limits: MotionLimits) -> None:
        """Use new limits for the moves added from now on (buffered ones keep theirs)."""
        self._limits = limits
        self._vmax = limits.max_velocity.as_tuple()
        self._amax = limits.max_accel.as_tuple()
        self._jerk = limits.jerk.as_tuple()
        self._jd = limits.junction_deviation

    def add_move(  # noqa: C901 — the hot path (once per move, see above): kept inline
        self, dx: float, dy: float, dz: float, de: float, feedrate: float
    ) -> list[float]:
        """Queue a move (mm, relative; feedrate in mm/s). Returns the durations (s) of
        the moves that became final, oldest first. Zero-length moves are dropped."""
        xyz2 = dx * dx + dy * dy + dz * dz
        if xyz2 > _EPS * _EPS:
            distance = math.sqrt(xyz2)
        else:
            distance = abs(de)
            if distance <= _EPS:
                return []
        lim = self._limits
        if de == 0.0:
            feedrate = max(feedrate, lim.min_travel_feedrate)
        else:
            feedrate = max(feedrate, lim.min_feedrate)
        inv = 1.0 / distance
        ux, uy, uz, ue = dx * inv, dy * inv, dz * inv, de * inv
        vmax = self._vmax
        nominal = feedrate
        # Cap the speed so that no axis exceeds its maximum feedrate.
        for u, v in zip((ux, uy, uz, ue), vmax, strict=True):
            au = abs(u)
            if au * nominal > v:
                nominal = v / au
        if nominal <= 0.0:
            raise ValueError(f"move of {distance:.3f} mm at feedrate {feedrate} mm/s never ends")
        # Which acceleration applies: E-only moves retract/prime, moves without
        # extrusion (or wiping while retracting) travel, the rest print.
        if xyz2 <= _EPS * _EPS:
            accel = lim.retract_accel
        elif de <= 0.0:
            accel = lim.travel_accel
        else:
            accel = lim.print_accel
        for u, a in zip((ux, uy, uz, ue), self._amax, strict=True):
            au = abs(u)
            if accel * au > a:
                accel = a / au
        speeds = (ux * nominal, uy * nominal, uz * nominal, ue * nominal)
        unit = (ux, uy, uz, ue)
        if self._jd is None:
            safe, max_entry = self._classic_junction(speeds, nominal)
        else:
            safe, max_entry = self._deviation_junction(unit, nominal, accel, distance, xyz2)
        self._blocks.append(_Block(distance, accel, nominal, max_entry, safe))
        self._prev_nominal = nominal
        self._prev_safe = safe
        self._prev_unit = unit
        self._prev_speeds = speeds
        if len(self._blocks) >= self._threshold:
            return self._finalise(len(self._blocks) - self._lookahead)
        return []

    def flush(self) -> list[float]:
        """Plan the buffered moves to a stop; return their durations. The next move
        starts from rest (as after G4/M400)."""
        durations = self._finalise(len(self._blocks))
        self._prev_nominal = 0.0
        self._prev_safe = 0.0
        return durations

    @property
    def buffered(self) -> int:
        """How many moves wait in the lookahead buffer."""
        return len(self._blocks)

    # --- junctions ---------------------------------------------------------------

    def _classic_junction(
        self, speeds: tuple[float, float, float, float], nominal: float
    ) -> tuple[float, float]:
        """Marlin 1.1 classic jerk: (safe start/stop speed, maximum entry speed)."""
        jerk = self._jerk
        safe = nominal
        for v, j in zip(speeds, jerk, strict=True):
            if abs(v) > j:
                safe = min(safe, j)
        prev_nominal = self._prev_nominal
        if prev_nominal <= _EPS:
            return safe, safe
        prev_larger = prev_nominal > nominal
        vmax = nominal if prev_larger else prev_nominal
        shrink = nominal / prev_nominal if prev_larger else 1.0
        factor = 1.0
        for prev_v, cur_v, j in zip(self._prev_speeds, speeds, jerk, strict=True):
            v_exit = prev_v * shrink * factor
            v_entry = cur_v * factor
            # Coasting in one direction costs the difference; a reversal the larger side.
            if v_exit > v_entry:
                dv = v_exit - v_entry if v_entry > 0.0 or v_exit < 0.0 else max(v_exit, -v_entry)
            else:
                dv = v_entry - v_exit if v_entry < 0.0 or v_exit > 0.0 else max(-v_exit, v_entry)
            if dv > j:
                factor *= j / dv
        vmax *= factor
        # Not coasting: starting the block from its safe speed is no slower.
        threshold = vmax * 0.99
        if self._prev_safe > threshold and safe > threshold:
            vmax = safe
        return safe, vmax

    def _deviation_junction(
        self,
        unit: tuple[float, float, float, float],
        nominal: float,
        accel: float,
        distance: float,
        xyz2: float,
    ) -> tuple[float, float]:
        """Marlin 2 junction deviation: (safe start/stop speed, maximum entry speed)."""
        safe = MINIMUM_PLANNER_SPEED
        prev_nominal = self._prev_nominal
        if prev_nominal <= _EPS:
            return safe, safe
        pu = self._prev_unit
        if xyz2 <= _EPS * _EPS or pu[0] == pu[1] == pu[2] == 0.0:
            # Extruder-only on either side: only the E jerk bounds the speed change.
            vmax = min(nominal, prev_nominal, max(self._jerk[3], safe))
            return safe, vmax
        # Angle between the XYZ directions (E excluded, as on a Cartesian Marlin).
        cos_theta = -(pu[0] * unit[0] + pu[1] * unit[1] + pu[2] * unit[2])
        norm_prev = math.sqrt(pu[0] ** 2 + pu[1] ** 2 + pu[2] ** 2)
        norm_cur = math.sqrt(unit[0] ** 2 + unit[1] ** 2 + unit[2] ** 2)
        cos_theta /= norm_prev * norm_cur
        if cos_theta > 0.999999:
            return safe, safe  # a full reversal: stop
        if cos_theta < -0.999999:
            return safe, min(nominal, prev_nominal)  # straight on
        sin_half = math.sqrt(0.5 * (1.0 - cos_theta))
        jd = self._jd if self._jd is not None else 0.0
        vmax2 = accel * jd * sin_half / (1.0 - sin_half)
        vmax = min(math.sqrt(vmax2), nominal, prev_nominal)
        return safe, max(vmax, safe)

    # --- planning ----------------------------------------------------------------

    def _finalise(self, count: int) -> list[float]:
        """Re-plan the whole buffer, then pop and time its first ``count`` blocks."""
        blocks = self._blocks
        if not blocks:
            return []
        self._reverse_pass()
        self._forward_pass()
        durations: list[float] = []
        append = durations.append
        n = len(blocks)
        for i in range(count):
            b = blocks[i]
            exit_ = blocks[i + 1].entry if i + 1 < n else min(b.safe, b.nominal)
            append(trapezoid_time(b.distance, b.accel, b.entry, b.nominal, exit_))
        del blocks[:count]
        self._pinned = bool(blocks)
        return durations

    def _reverse_pass(self) -> None:
        """From the newest block back: each may enter only as fast as it can still
        slow down to the next one's entry (the newest to its safe stop speed)."""
        blocks = self._blocks
        next_entry = blocks[-1].safe
        start = 1 if self._pinned else 0
        for i in range(len(blocks) - 1, start - 1, -1):
            b = blocks[i]
            reach = math.sqrt(next_entry * next_entry + 2.0 * b.accel * b.distance)
            b.entry = min(reach, b.max_entry)
            next_entry = b.entry

    def _forward_pass(self) -> None:
        """From the oldest block on: each may enter only as fast as the previous one
        can accelerate to."""
        blocks = self._blocks
        prev = blocks[0]
        for b in blocks[1:]:
            if prev.entry < b.entry:
                reach = math.sqrt(prev.entry * prev.entry + 2.0 * prev.accel * prev.distance)
                b.entry = min(b.entry, reach)
            prev = b
