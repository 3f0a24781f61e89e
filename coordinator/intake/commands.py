"""Every command but the plain moves: modes, offsets, limits, temperatures, arcs, tools.

`apply_command` changes the interpreter state and returns the seconds of motion that
became final on the way (a dwell or a synchronising command flushes the planner).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Protocol

from agent.motion import MotionLimits
from coordinator.intake.models import MAX_TOOL

MM_PER_ARC_SEGMENT = 1.0  # Marlin's default arc resolution
MAX_ARC_SEGMENTS = 10_000

# Commands that show which firmware a file was written for.
_FLAVOR_HINTS: dict[str, tuple[str, str]] = {
    "M73": ("marlin", "M73 progress (Prusa/Marlin 2)"),
    "M862.1": ("prusa", "M862 printer checks (Prusa firmware)"),
    "M862.3": ("prusa", "M862 printer checks (Prusa firmware)"),
    "M862.5": ("prusa", "M862 printer checks (Prusa firmware)"),
    "M555": ("reprapfirmware", "M555 (RepRapFirmware)"),
    "M566": ("reprapfirmware", "M566 jerk in mm/min (RepRapFirmware)"),
    "M572": ("reprapfirmware", "M572 pressure advance (RepRapFirmware)"),
    "M900": ("marlin", "M900 linear advance (Marlin/Prusa)"),
    "M593": ("marlin", "M593 input shaping (Marlin 2)"),
}


class LimitsError(Exception):
    """A machine limit no printer can move with (a zero acceleration or feedrate).

    Not a ValueError: the scanner takes those for malformed lines and goes on, and
    this one must end the analysis (the time would be infinite)."""


def zero_limits(limits: MotionLimits) -> list[str]:
    """The per-axis accelerations and feedrates of `limits` that are zero."""
    return [
        f"{name} {axis.upper()}"
        for name, values in (("acceleration", limits.max_accel), ("feedrate", limits.max_velocity))
        for axis, value in zip("xyze", values.as_tuple(), strict=True)
        if value <= 0
    ]


class Planner(Protocol):
    """`agent.motion.MotionPlanner` or the estimator's `BatchPlanner`."""

    @property
    def limits(self) -> MotionLimits: ...

    def add_move(
        self, dx: float, dy: float, dz: float, de: float, feedrate: float
    ) -> list[float]: ...

    def flush(self) -> list[float]: ...

    def set_limits(self, limits: MotionLimits) -> None: ...


class ScanSink(Protocol):
    """What commands report back to the scanner (extents of arcs, layers)."""

    def add_extents(self, points: list[tuple[float, float, float]], extruding: bool) -> None: ...

    def count_layer(self, z: float) -> None: ...


Handler = Callable[["CommandState", dict[str, float], ScanSink], float]


@dataclass
class CommandState:
    planner: Planner
    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    e_pos: float = 0.0  # logical E (what G92 E and absolute E refer to)
    off_x: float = 0.0  # machine = logical + offset (G92 X/Y/Z)
    off_y: float = 0.0
    off_z: float = 0.0
    absolute: bool = True
    e_absolute: bool = True
    unit: float = 1.0  # 25.4 after G20
    feed: float = 25.0  # mm/s
    feed_factor: float = 1.0  # M220
    layer_z: float = -math.inf
    tool: str = "T0"
    filament: dict[str, float] = field(default_factory=lambda: {"T0": 0.0})
    retracted: float = 0.0  # retraction not yet primed back
    hotend_c: float | None = None
    bed_c: float | None = None
    chamber_c: float | None = None
    flavor_votes: dict[str, int] = field(default_factory=dict)
    hints: dict[str, None] = field(default_factory=dict)  # ordered set
    legacy_m204: bool = False  # Marlin 1 / Prusa: M204 T is the retract acceleration
    m73_first_r: float | None = None  # minutes: the file's first M73 R (remaining) hint

    @property
    def feed_scale(self) -> float:
        """F words are per minute, in the current unit, times the M220 factor."""
        return self.unit / 60.0 * self.feed_factor

    def extrude(self, de: float) -> None:
        """Fed ``de`` mm: what refills a retraction is not new filament."""
        primed = min(de, self.retracted)
        self.retracted -= primed
        self.filament[self.tool] = self.filament.get(self.tool, 0.0) + de - primed

    def retract(self, de: float) -> None:
        self.retracted += de

    def hint(self, flavor: str, why: str) -> None:
        self.flavor_votes[flavor] = self.flavor_votes.get(flavor, 0) + 1
        self.hints.setdefault(why, None)


def apply_command(state: CommandState, cmd: str, params: dict[str, float], sink: ScanSink) -> float:
    """Apply one parsed command; returns seconds of motion/dwell that became final."""
    if cmd in _FLAVOR_HINTS:
        state.hint(*_FLAVOR_HINTS[cmd])
    handler = _HANDLERS.get(cmd)
    if handler is not None:
        return handler(state, params, sink)
    if cmd[0] == "T" and cmd[1:].isdigit() and int(cmd[1:]) < MAX_TOOL:  # not T1000
        state.tool = cmd
        state.filament.setdefault(cmd, 0.0)
    elif cmd in _TEMPERATURES:
        _max_temp(state, _TEMPERATURES[cmd], params.get("S", params.get("R")))
    else:
        _mode(state, cmd, params)
    return 0.0


def apply_extended(state: CommandState, line: str) -> bool:
    """Klipper's extended commands that change motion (``SET_VELOCITY_LIMIT ACCEL=…``);
    False when ``line`` is none of them."""
    name, _, rest = line.strip().partition(" ")
    if name.upper() != "SET_VELOCITY_LIMIT":
        return False
    params: dict[str, float] = {}
    for word in rest.split():
        key, sep, value = word.partition("=")
        if not sep:
            raise ValueError(f"SET_VELOCITY_LIMIT takes KEY=value, not {word!r}")
        params[key.upper()] = float(value)
    state.hint("klipper", "SET_VELOCITY_LIMIT (Klipper)")
    state.planner.set_limits(state.planner.limits.with_velocity_limit(params))
    return True


_TEMPERATURES = {
    "M104": "hotend_c", "M109": "hotend_c",
    "M140": "bed_c", "M190": "bed_c",
    "M141": "chamber_c", "M191": "chamber_c",
}  # fmt: skip


def _mode(state: CommandState, cmd: str, params: dict[str, float]) -> None:
    """Commands that change how later lines read (units, absolute/relative, feed factor)."""
    if cmd == "G10" and "S" in params:  # RepRapFirmware tool temperatures
        state.hint("reprapfirmware", "G10 with temperatures (RepRapFirmware)")
        _max_temp(state, "hotend_c", params["S"])
    elif cmd in ("G90", "G91"):
        state.absolute = state.e_absolute = cmd == "G90"
    elif cmd in ("M82", "M83"):
        state.e_absolute = cmd == "M82"
    elif cmd in ("G20", "G21"):
        state.unit = 25.4 if cmd == "G20" else 1.0
    elif cmd == "M220" and params.get("S", 0) > 0:
        state.feed_factor = params["S"] / 100.0


def _max_temp(state: CommandState, name: str, value: float | None) -> None:
    if value is None or value <= 0:
        return
    current = getattr(state, name)
    setattr(state, name, value if current is None else max(current, value))


def _g92(state: CommandState, params: dict[str, float], sink: ScanSink) -> float:
    if not params:  # G92 alone: every axis is zero here
        params = {"X": 0.0, "Y": 0.0, "Z": 0.0, "E": 0.0}
    u = state.unit
    if "X" in params:
        state.off_x = state.x - params["X"] * u
    if "Y" in params:
        state.off_y = state.y - params["Y"] * u
    if "Z" in params:
        state.off_z = state.z - params["Z"] * u
    if "E" in params:
        state.e_pos = params["E"] * u
    return 0.0


def _g28(state: CommandState, params: dict[str, float], sink: ScanSink) -> float:
    seconds = _sync(state, params, sink)
    axes = [a for a in "XYZ" if a in params] or ["X", "Y", "Z"]
    for axis in axes:  # homing resets offsets too; the position becomes 0
        setattr(state, axis.lower(), 0.0)
        setattr(state, f"off_{axis.lower()}", 0.0)
    return seconds


def _sync(state: CommandState, params: dict[str, float], sink: ScanSink) -> float:
    """G4, M400, G28 …: the planner drains; the next move starts from rest."""
    return sum(state.planner.flush())


def _g4(state: CommandState, params: dict[str, float], sink: ScanSink) -> float:
    """G4 S<s> P<ms> (and M400, which Bambu firmware lets dwell the same way)."""
    dwell = params.get("S", 0.0) + params.get("P", 0.0) / 1000.0
    return _sync(state, params, sink) + max(dwell, 0.0)


def _m73(state: CommandState, params: dict[str, float], sink: ScanSink) -> float:
    """M73 P<percent> R<minutes left>: the slicer's own progress hints; the first R
    is the slicer's whole estimate, reported beside ours."""
    if state.m73_first_r is None and "R" in params:
        state.m73_first_r = params["R"]
    return 0.0


def _limits(cmd: str) -> Handler:
    def handler(state: CommandState, params: dict[str, float], sink: ScanSink) -> float:
        limits = state.planner.limits
        if cmd == "M201":
            limits = limits.with_m201(params)
        elif cmd == "M203":
            reprap = state.flavor_votes.get("reprapfirmware", 0) > 0
            limits = limits.with_m203(params, per_minute=reprap)
        elif cmd == "M204":
            if state.legacy_m204 and "T" in params:
                params = {**params, "R": params["T"]}
                del params["T"]
            limits = limits.with_m204(params)
        elif cmd == "M205":
            limits = limits.with_m205(params)
        elif cmd == "M566":
            limits = limits.with_m566(params)
        zero = zero_limits(limits)
        if zero:
            raise LimitsError(f"{cmd} sets {', '.join(zero)} to 0: no printer moves so")
        state.planner.set_limits(limits)
        return 0.0

    return handler


def _arc(clockwise: bool) -> Handler:
    def handler(state: CommandState, params: dict[str, float], sink: ScanSink) -> float:
        return _plan_arc(state, params, sink, clockwise)

    return handler


def _plan_arc(state: CommandState, p: dict[str, float], sink: ScanSink, clockwise: bool) -> float:
    """G2/G3 in the XY plane (I/J centre offsets or R radius), cut in ~1 mm segments."""
    u = state.unit
    if "F" in p and p["F"] > 0:
        state.feed = p["F"] * state.feed_scale
    x0, y0, z0 = state.x, state.y, state.z
    x1, y1, z1 = _arc_end(state, p)
    cx, cy = _arc_centre((x0, y0), (x1, y1), p, u, clockwise)
    r = math.hypot(x0 - cx, y0 - cy)
    a0 = math.atan2(y0 - cy, x0 - cx)
    sweep = math.atan2(y1 - cy, x1 - cx) - a0
    if clockwise and sweep >= 0:
        sweep -= 2 * math.pi
    elif not clockwise and sweep <= 0:
        sweep += 2 * math.pi
    de = _arc_extrusion(state, p)
    length = abs(sweep) * r
    steps = max(1, min(MAX_ARC_SEGMENTS, math.ceil(length / MM_PER_ARC_SEGMENT)))
    points = [(x0, y0, z0)]
    for i in range(1, steps + 1):
        t = i / steps
        a = a0 + sweep * t
        points.append((cx + r * math.cos(a), cy + r * math.sin(a), z0 + (z1 - z0) * t))
    points[-1] = (x1, y1, z1)
    extruding = de > 0
    if extruding:
        state.extrude(de)
        sink.count_layer(z1)
    elif de < 0:
        state.retract(-de)
    # The arc's outermost points (where it crosses an axis) lie between segment ends.
    quarter = math.pi / 2
    k0, k1 = sorted((a0, a0 + sweep))
    crossings = [k * quarter for k in range(math.ceil(k0 / quarter), math.floor(k1 / quarter) + 1)]
    outer = [(cx + r * math.cos(a), cy + r * math.sin(a), z0) for a in crossings]
    sink.add_extents(points + outer, extruding)
    seconds = 0.0
    for (ax, ay, az), (bx, by, bz) in pairwise(points):
        seconds += sum(state.planner.add_move(bx - ax, by - ay, bz - az, de / steps, state.feed))
    state.x, state.y, state.z = x1, y1, z1
    return seconds


def _arc_end(state: CommandState, p: dict[str, float]) -> tuple[float, float, float]:
    u = state.unit
    x0, y0, z0 = state.x, state.y, state.z
    if state.absolute:
        x1 = p["X"] * u + state.off_x if "X" in p else x0
        y1 = p["Y"] * u + state.off_y if "Y" in p else y0
        z1 = p["Z"] * u + state.off_z if "Z" in p else z0
        return x1, y1, z1
    return x0 + p.get("X", 0.0) * u, y0 + p.get("Y", 0.0) * u, z0 + p.get("Z", 0.0) * u


def _arc_extrusion(state: CommandState, p: dict[str, float]) -> float:
    """The arc's E distance (mm); an absolute E also moves the tracked position."""
    if "E" not in p:
        return 0.0
    e = p["E"] * state.unit
    if not state.e_absolute:
        return e
    de = e - state.e_pos
    state.e_pos = e
    return de


def _arc_centre(
    start: tuple[float, float], end: tuple[float, float], p: dict[str, float], u: float, cw: bool
) -> tuple[float, float]:
    (x0, y0), (x1, y1) = start, end
    if "R" not in p:
        return x0 + p.get("I", 0.0) * u, y0 + p.get("J", 0.0) * u
    r = p["R"] * u
    dx, dy = x1 - x0, y1 - y0
    chord = math.hypot(dx, dy)
    if chord == 0 or abs(r) < chord / 2:
        raise ValueError(f"arc radius {r} mm cannot join points {chord:.3f} mm apart")
    h = math.sqrt(r * r - chord * chord / 4)
    # Negative R (or the direction) picks the centre on the other side of the chord.
    sign = (1 if cw else -1) * (1 if r > 0 else -1)
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    return mx + sign * h * dy / chord, my - sign * h * dx / chord


_HANDLERS: dict[str, Handler] = {
    "G2": _arc(True),
    "G3": _arc(False),
    "G4": _g4,
    "G28": _g28,
    "G92": _g92,
    "M400": _g4,  # Bambu firmware: M400 S<s> / P<ms> also dwells
    "M73": _m73,
    "M201": _limits("M201"),
    "M203": _limits("M203"),
    "M204": _limits("M204"),
    "M205": _limits("M205"),
    "M566": _limits("M566"),
}
