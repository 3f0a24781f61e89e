"""Heater commands only some firmware families have (Marlin's are in commands.py).

RepRapFirmware sets a tool's temperatures with `M568 P<tool> S<active> R<standby>
A<state>` (or the older `G10 P.. S.. R..`), where A0 is off, A1 standby and A2 active,
and waits for every heater with `M116`. Klipper takes `SET_HEATER_TEMPERATURE
HEATER=<name> TARGET=<c>` and `TURN_OFF_HEATERS`, KEY=VALUE parameters in any case.
The simulated machines have one tool (T0, heater `extruder`) and a bed (`heater_bed`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

from agent.virtual.thermal import Heater
from agent.virtual.waits import Wait

if TYPE_CHECKING:
    from agent.virtual.commands import CommandSet

Handler = Callable[[str, float], "Wait | None"]
_KLIPPER_ARG = re.compile(r"(\w+)=(\S*)")
TEMP_WINDOW = 1.0  # °C, as M109/M190


class ToolState(IntEnum):
    """RepRapFirmware's M568 A parameter."""

    OFF = 0
    STANDBY = 1
    ACTIVE = 2


class AllHeaters(Wait):
    """RepRapFirmware's M116: until every heater with a target is within the window."""

    heating = True

    def __init__(self, heaters: list[Heater], window: float = TEMP_WINDOW) -> None:
        self._heaters = [h for h in heaters if h.target > 0]
        self._window = window

    def done(self, now: float) -> bool:
        return all(h.time_until_within(now, self._window) == 0 for h in self._heaters)

    def next_check(self, now: float) -> float | None:
        # Each heater approaches its target monotonically: the last one to get there.
        # A hair inside the window, so that floating point lands in it.
        lag = max(h.time_until_within(now, self._window * 0.999) for h in self._heaters)
        return now + lag + 1e-6


class RepRapTool:
    """Tool 0's active and standby temperatures and its state, driving the hotend."""

    def __init__(self, commands: CommandSet) -> None:
        self.cs = commands
        self.reset()

    def reset(self) -> None:
        self.active_c = 0.0
        self.standby_c = 0.0
        self.state = ToolState.ACTIVE  # config.g usually ends by selecting T0

    def handlers(self) -> dict[str, Handler]:
        return {
            "M568": self.tool_settings,
            "G10": self.g10,
            "M116": self.wait_all,
            "T0": self.select,
        }

    def _apply(self, now: float) -> None:
        target = {ToolState.OFF: 0.0, ToolState.STANDBY: self.standby_c}.get(
            self.state, self.active_c
        )
        self.cs.fw.hotend.set_target(target, now)

    def tool_settings(self, command: str, now: float) -> None:
        params = self.cs.params(command)
        if int(params.get("P", 0)) != 0:
            return  # a single-tool machine: other tools do not exist here
        self.active_c = params.get("S", self.active_c)
        self.standby_c = params.get("R", self.standby_c)
        if "A" in params:
            self.state = ToolState(min(2, max(0, int(params["A"]))))
        self._apply(now)

    def g10(self, command: str, now: float) -> None:
        params = self.cs.params(command)
        if "P" in params and "L" not in params:  # G10 L2/L20 set offsets; no P: retract
            self.tool_settings(command, now)

    def wait_all(self, command: str, now: float) -> Wait | None:
        wait = AllHeaters([self.cs.fw.hotend, self.cs.fw.bed])
        return None if wait.done(now) else wait

    def select(self, command: str, now: float) -> None:
        self.state = ToolState.ACTIVE
        self._apply(now)

    def hotend_set(self, target: float) -> None:
        """M104/M109 set the current tool's active temperature."""
        self.active_c = target


class KlipperHeaters:
    """Klipper's extended heater commands."""

    HEATERS = ("extruder", "heater_bed")

    def __init__(self, commands: CommandSet) -> None:
        self.cs = commands

    def handlers(self) -> dict[str, Handler]:
        return {
            "SET_HEATER_TEMPERATURE": self.set_heater_temperature,
            "TURN_OFF_HEATERS": self.turn_off_heaters,
        }

    def set_heater_temperature(self, command: str, now: float) -> None:
        args = {k.upper(): v for k, v in _KLIPPER_ARG.findall(command)}
        if "HEATER" not in args:
            self.cs.fw.emit(f"!! Error on '{command}': missing HEATER")
            return
        name = args["HEATER"]
        if name not in self.HEATERS:  # Klipper's mux commands are case-sensitive
            self.cs.fw.emit(f"!! The value '{name}' is not valid for HEATER")
            return
        try:
            target = float(args.get("TARGET", "0"))
        except ValueError:
            self.cs.fw.emit(f"!! Error on '{command}': unable to parse {args['TARGET']}")
            return
        heater = self.cs.fw.hotend if name == "extruder" else self.cs.fw.bed
        heater.set_target(target, now)

    def turn_off_heaters(self, command: str, now: float) -> None:
        self.cs.fw.hotend.set_target(0, now)
        self.cs.fw.bed.set_target(0, now)
