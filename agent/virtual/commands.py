"""G-code handlers of the virtual printer: one method per command, Marlin semantics.

A handler returns None when the command is complete, or a `Wait` that the firmware
polls until it is (see waits.py). Replies go out through `firmware.emit`.
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from pydantic import ValidationError

from agent.profiles import Dialect
from agent.virtual.dialect_commands import KlipperHeaters, RepRapTool
from agent.virtual.faults import command_word
from agent.virtual.stats import m31_duration
from agent.virtual.waits import HeatUp, Move, PlanMoves, Synchronize, Wait

if TYPE_CHECKING:
    from agent.virtual.firmware import Firmware

_PARAM_RE = re.compile(r"([A-Za-z])\s*([-+]?(?:\d+\.?\d*|\.\d+))?")
_AXES = ("X", "Y", "Z", "E")
DEFAULT_FEED_MM_S = 25.0  # Marlin's power-on feedrate (1500 mm/min)
HOMING_MM_S = {"X": 50.0, "Y": 50.0, "Z": 4.0}
HOMING_BUMP_S = 0.5  # back off and re-approach each endstop slowly
MM_PER_ARC_SEGMENT = 1.0
TEMP_WINDOW = 1.0  # Marlin TEMP_WINDOW / TEMP_BED_WINDOW (°C)
RESIDENCY_S = 10.0  # Marlin TEMP_RESIDENCY_TIME / TEMP_BED_RESIDENCY_TIME

Handler = Callable[[str, float], "Wait | None"]


def parse_params(command: str) -> dict[str, float]:
    """`"G1 X10 Y-2.5 F1800"` -> {"X": 10.0, "Y": -2.5, "F": 1800.0} (flags get 0)."""
    word_end = 1
    while word_end < len(command) and (command[word_end].isdigit() or command[word_end] == "."):
        word_end += 1
    return {
        letter.upper(): float(value) if value else 0.0
        for letter, value in _PARAM_RE.findall(command, word_end)
    }


class CommandSet:
    params = staticmethod(parse_params)

    def __init__(self, firmware: Firmware) -> None:
        self.fw = firmware
        self.rrf_tool: RepRapTool | None = None
        self.reset()
        self._handlers: dict[str, Handler] = {
            "G0": self.move, "G1": self.move, "G2": self.arc, "G3": self.arc,
            "G4": self.dwell, "G28": self.home, "G90": self.absolute_mode,
            "G91": self.relative_mode, "G92": self.set_position, "G20": self.nothing,
            "G21": self.nothing, "M82": self.absolute_e_mode, "M83": self.relative_e_mode,
            "M400": self.synchronize, "M104": self.set_hotend, "M109": self.wait_hotend,
            "M140": self.set_bed, "M190": self.wait_bed, "M105": self.report_temperatures,
            "M155": self.autoreport, "M113": self.host_keepalive, "M114": self.report_position,
            "M115": self.firmware_info, "M110": self.nothing, "M112": self.emergency_stop,
            "M106": self.fan_on, "M107": self.fan_off, "M84": self.nothing, "M18": self.nothing,
            "M17": self.nothing, "M117": self.nothing, "M73": self.nothing, "M300": self.nothing,
            "M220": self.feedrate_percent, "M221": self.nothing, "M201": self.limits,
            "M203": self.limits, "M204": self.limits, "M205": self.limits, "M92": self.nothing,
            "M500": self.nothing, "M501": self.nothing, "M502": self.nothing,
            "M503": self.nothing, "M108": self.nothing, "M876": self.nothing,
            "M118": self.echo, "M75": self.start_job, "M76": self.nothing, "M77": self.end_job,
            "M31": self.print_time,
            "M302": self.nothing, "M80": self.nothing, "M81": self.nothing,
            "M999": self.nothing, "T0": self.nothing,
        }  # fmt: skip
        # Klipper's extended commands (`NAME KEY=VALUE`), by their whole first word.
        self._extended: dict[str, Handler] = {}
        dialect = firmware.config.dialect
        if dialect is Dialect.REPRAPFIRMWARE:
            self.rrf_tool = RepRapTool(self)
            self._handlers.update(self.rrf_tool.handlers())
        elif dialect is Dialect.KLIPPER:
            self._extended = KlipperHeaters(self).handlers()

    def reset(self) -> None:
        self.pos = dict.fromkeys(_AXES, 0.0)
        self.relative = False
        self.relative_e = False
        self.feed_mm_s = DEFAULT_FEED_MM_S
        self.feed_scale = 1.0
        self.fan = 0
        if self.rrf_tool is not None:
            self.rrf_tool.reset()

    def execute(self, command: str, now: float) -> Wait | None:
        handler = self._handlers.get(command_word(command))
        if handler is None and self._extended:
            handler = self._extended.get(command.split(maxsplit=1)[0].upper())
        if handler is None:
            for line in self.fw.dialect.unknown(command):
                self.fw.emit(line)
            return None
        return handler(command, now)

    def _reply(self, lines: list[str]) -> None:
        for line in lines:
            self.fw.emit(line)
            if line.startswith("ok"):
                self.fw.ok_sent = True

    # -- motion --------------------------------------------------------------------
    def _target(self, params: dict[str, float]) -> dict[str, float]:
        target = dict(self.pos)
        for axis in _AXES:
            if axis in params:
                relative = self.relative_e if axis == "E" else self.relative
                target[axis] = target[axis] + params[axis] if relative else params[axis]
        if "F" in params and params["F"] > 0:
            self.feed_mm_s = params["F"] / 60.0
        return target

    def _plan(self, moves: deque[Move], now: float) -> Wait | None:
        if self.fw.instant or not moves:
            return None
        wait = PlanMoves(self.fw.motion, moves)
        return None if wait.done(now) else wait

    def move(self, command: str, now: float) -> Wait | None:
        target = self._target(parse_params(command))
        pos = self.pos
        self.pos = target
        if self.fw.instant:
            return None  # the hot path of throughput benchmarks: nothing to time
        move: Move = (
            target["X"] - pos["X"],
            target["Y"] - pos["Y"],
            target["Z"] - pos["Z"],
            target["E"] - pos["E"],
            self.feed_mm_s * self.feed_scale,
        )
        return self._plan(deque([move]), now)

    def arc(self, command: str, now: float) -> Wait | None:
        params = parse_params(command)
        start = dict(self.pos)
        target = self._target(params)
        self.pos = target
        points = arc_points(
            (start["X"], start["Y"]),
            (target["X"], target["Y"]),
            params,
            clockwise=command_word(command) == "G2",
        )
        if points is None:
            self.fw.emit("echo:Arc radius error")
            return None
        n = len(points)
        dz, de = (target["Z"] - start["Z"]) / n, (target["E"] - start["E"]) / n
        feed = self.feed_mm_s * self.feed_scale
        moves: deque[Move] = deque()
        prev = (start["X"], start["Y"])
        for x, y in points:
            moves.append((x - prev[0], y - prev[1], dz, de, feed))
            prev = (x, y)
        return self._plan(moves, now)

    def dwell(self, command: str, now: float) -> Wait | None:
        params = parse_params(command)
        seconds = params.get("S", params.get("P", 0.0) / 1000.0)
        return Synchronize(self.fw.motion, 0.0 if self.fw.instant else seconds)

    def home(self, command: str, now: float) -> Wait | None:
        params = parse_params(command)
        axes = [a for a in ("X", "Y", "Z") if a in params] or ["X", "Y", "Z"]
        seconds = sum(abs(self.pos[a]) / HOMING_MM_S[a] + HOMING_BUMP_S for a in axes)

        def at_home() -> None:
            for axis in axes:
                self.pos[axis] = 0.0

        return Synchronize(self.fw.motion, 0.0 if self.fw.instant else seconds, at_home)

    def synchronize(self, command: str, now: float) -> Wait | None:
        return Synchronize(self.fw.motion)

    def absolute_mode(self, command: str, now: float) -> None:
        self.relative = self.relative_e = False

    def relative_mode(self, command: str, now: float) -> None:
        self.relative = self.relative_e = True

    def absolute_e_mode(self, command: str, now: float) -> None:
        self.relative_e = False

    def relative_e_mode(self, command: str, now: float) -> None:
        self.relative_e = True

    def set_position(self, command: str, now: float) -> None:
        params = parse_params(command)
        for axis in _AXES:
            if axis in params:
                self.pos[axis] = params[axis]
        if not any(a in params for a in _AXES):
            self.pos = dict.fromkeys(_AXES, 0.0)

    def feedrate_percent(self, command: str, now: float) -> None:
        percent = parse_params(command).get("S")
        if percent is not None and percent > 0:
            self.feed_scale = percent / 100.0

    def limits(self, command: str, now: float) -> None:
        params = parse_params(command)
        motion = self.fw.motion
        setter = {
            "M201": motion.limits.with_m201, "M203": motion.limits.with_m203,
            "M204": motion.limits.with_m204, "M205": motion.limits.with_m205,
        }[command_word(command)]  # fmt: skip
        try:
            motion.set_limits(setter(params))
        except ValidationError as e:
            self.fw.emit(f"echo:{command_word(command)} ignored: {e.errors()[0]['msg']}")

    # -- temperature -----------------------------------------------------------------
    def set_hotend(self, command: str, now: float) -> None:
        target = parse_params(command).get("S")
        if target is not None:
            self.fw.hotend.set_target(target, now)
            if self.rrf_tool is not None:
                self.rrf_tool.hotend_set(target)

    def set_bed(self, command: str, now: float) -> None:
        target = parse_params(command).get("S")
        if target is not None:
            self.fw.bed.set_target(target, now)

    def _wait_heater(self, command: str, now: float, bed: bool) -> Wait | None:
        params = parse_params(command)
        heater = self.fw.bed if bed else self.fw.hotend
        target = params.get("S", params.get("R"))
        if target is None:
            return None
        heater.set_target(target, now)
        if not bed and self.rrf_tool is not None:
            self.rrf_tool.hotend_set(target)
        if target <= 0:
            return None
        # S waits only while heating; R waits for cooling too.
        return HeatUp(heater, TEMP_WINDOW, RESIDENCY_S, heating_only="R" not in params)

    def wait_hotend(self, command: str, now: float) -> Wait | None:
        return self._wait_heater(command, now, bed=False)

    def wait_bed(self, command: str, now: float) -> Wait | None:
        return self._wait_heater(command, now, bed=True)

    def report_temperatures(self, command: str, now: float) -> None:
        self._reply(self.fw.dialect.m105(self.fw.hotend, self.fw.bed, now))

    def autoreport(self, command: str, now: float) -> None:
        if not self.fw.dialect.has_autoreport:
            self._reply(self.fw.dialect.unknown(command))
            return
        seconds = parse_params(command).get("S", 0.0)
        self.fw.autoreport_s = max(0.0, seconds)
        self.fw.schedule_autoreport(now)

    def host_keepalive(self, command: str, now: float) -> None:
        params = parse_params(command)
        if "S" in params:
            self.fw.busy_interval_s = max(0.0, min(60.0, params["S"]))
        else:
            self.fw.emit(f"echo:M113 S{int(self.fw.busy_interval_s)}")

    # -- reports and the rest ------------------------------------------------------
    def report_position(self, command: str, now: float) -> None:
        self._reply(self.fw.dialect.position(self.pos))

    def firmware_info(self, command: str, now: float) -> None:
        dialect = self.fw.dialect
        self._reply(dialect.m115(autoreport=dialect.has_autoreport, emergency_parser=True))

    def emergency_stop(self, command: str, now: float) -> None:
        self.fw.kill(self.fw.dialect.killed(), now)

    def fan_on(self, command: str, now: float) -> None:
        self.fan = int(parse_params(command).get("S", 255))

    def fan_off(self, command: str, now: float) -> None:
        self.fan = 0

    def echo(self, command: str, now: float) -> None:
        self.fw.emit(command[4:].strip())

    def start_job(self, command: str, now: float) -> None:
        self.fw.jobs.start(now)

    def end_job(self, command: str, now: float) -> None:
        self.fw.end_job = True  # closed after M77 itself counts (firmware._finish)

    def print_time(self, command: str, now: float) -> None:
        self.fw.emit(f"echo:Print time: {m31_duration(self.fw.jobs.elapsed(now))}")

    def nothing(self, command: str, now: float) -> None:
        return None


def arc_points(
    start: tuple[float, float],
    end: tuple[float, float],
    params: dict[str, float],
    clockwise: bool,
) -> list[tuple[float, float]] | None:
    """Points along a G2/G3 arc, about MM_PER_ARC_SEGMENT apart, ending at `end`."""
    (x0, y0), (x1, y1) = start, end
    if "R" in params:
        radius = params["R"]
        dx, dy = x1 - x0, y1 - y0
        chord = math.hypot(dx, dy)
        if chord == 0 or abs(radius) < chord / 2:
            return None
        h = math.sqrt(radius * radius - chord * chord / 4) * (
            1 if clockwise == (radius < 0) else -1
        )
        cx, cy = x0 + dx / 2 - h * dy / chord, y0 + dy / 2 + h * dx / chord
    else:
        cx, cy = x0 + params.get("I", 0.0), y0 + params.get("J", 0.0)
    radius = math.hypot(x0 - cx, y0 - cy)
    if radius == 0:
        return None
    a0 = math.atan2(y0 - cy, x0 - cx)
    a1 = math.atan2(y1 - cy, x1 - cx)
    sweep = a1 - a0
    if clockwise and sweep >= 0:
        sweep -= 2 * math.pi
    elif not clockwise and sweep <= 0:
        sweep += 2 * math.pi
    segments = max(1, int(abs(sweep) * radius / MM_PER_ARC_SEGMENT))
    points = [
        (cx + radius * math.cos(a0 + sweep * i / segments),
         cy + radius * math.sin(a0 + sweep * i / segments))
        for i in range(1, segments)
    ]  # fmt: skip
    points.append((x1, y1))
    return points
