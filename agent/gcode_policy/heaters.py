"""Which parameters of a parsed command are heater temperatures, and of which heater.

    for target in temperature_targets(command, Dialect.MARLIN):
        target.heater, target.letter, target.value

Covered: M104/M109 S/R/B (B: Marlin's AUTOTEMP maximum), M140/M190, M141/M191, M145
material presets (H hotend, B bed: `M104 I0` heats to them), M568 and RepRapFirmware's
G10 P.. S.. R.. tool temperatures, M303 autotune targets, and Klipper's
SET_HEATER_TEMPERATURE and PID_CALIBRATE (HEATER=, TARGET=).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from agent.gcode_policy.parse import Command
from agent.profiles import Dialect


class Heater(StrEnum):
    HOTEND = "hotend"
    BED = "bed"
    CHAMBER = "chamber"


@dataclass(frozen=True, slots=True)
class Target:
    heater: Heater
    letter: str
    value: float


# command -> (heater, parameter letters holding its temperatures)
_M_TEMPERATURES: dict[str, tuple[Heater, str]] = {
    "M104": (Heater.HOTEND, "SRB"),
    "M109": (Heater.HOTEND, "SRB"),
    "M568": (Heater.HOTEND, "SR"),
    "M140": (Heater.BED, "SR"),
    "M190": (Heater.BED, "SR"),
    "M141": (Heater.CHAMBER, "SR"),
    "M191": (Heater.CHAMBER, "SR"),
}
_KLIPPER_TARGETS = frozenset({"SET_HEATER_TEMPERATURE", "PID_CALIBRATE"})


def _targets(command: Command, heater: Heater, letters: str) -> list[Target]:
    return [Target(heater, p.letter, v) for p in command.params if p.letter in letters
            for v in p.values]  # fmt: skip


def _autotune_heater(command: Command, dialect: Dialect) -> Heater:
    """M303's heater: Marlin/Smoothie E (-1 bed, -2 chamber), RRF H (H0 is the bed)."""
    indexes = command.numbers("E") + command.numbers("P") + command.numbers("H")
    if dialect is Dialect.REPRAPFIRMWARE and 0 in command.numbers("H"):
        return Heater.BED
    if -2 in indexes:
        return Heater.CHAMBER
    if -1 in indexes:
        return Heater.BED
    if dialect is Dialect.SMOOTHIEWARE and any(i >= 1 for i in command.numbers("E")):
        return Heater.BED  # Smoothie's stock config: E0 hotend, E1 bed
    return Heater.HOTEND


def _klipper_heater(command: Command) -> Heater:
    names = [p.raw.lower() for p in command.params if p.letter == "HEATER"]
    if any(name == "heater_bed" for name in names):
        return Heater.BED
    if any("chamber" in name for name in names):
        return Heater.CHAMBER
    return Heater.HOTEND  # extruder, or a generic heater: the highest limit applies


def temperature_targets(command: Command, dialect: Dialect) -> list[Target]:
    """Every temperature the command sets (or tunes to), with its heater."""
    name = command.name
    entry = _M_TEMPERATURES.get(name)
    if entry is not None:
        return _targets(command, *entry)
    if name == "M145":
        return _targets(command, Heater.HOTEND, "H") + _targets(command, Heater.BED, "B")
    if name == "M303":
        return _targets(command, _autotune_heater(command, dialect), "S")
    if name == "G10" and dialect is Dialect.REPRAPFIRMWARE:
        # RRF: G10 P<tool> S<active> R<standby>; G10 L2/L20 set offsets instead.
        if command.has("P") and not command.has("L"):
            return _targets(command, Heater.HOTEND, "SR")
        return []
    if name in _KLIPPER_TARGETS:
        return _targets(command, _klipper_heater(command), "TARGET")
    return []
