"""The few G-code lines the suite sends, in each dialect's form.

The no-op is `G4 P0`, a dwell of zero: it moves nothing, heats nothing, changes no mode,
and every dialect answers it with a bare `ok` (M105 would load the reply link with a
temperature payload and is special-cased by some emergency parsers; M114 and M400 wait for
the planner). A longer dwell is the harmless way to keep the firmware's queue head busy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.profiles import Dialect, FirmwareProfile

NOOP = "G4 P0"
HEATER_WORDS = frozenset({"M104", "M140", "M141", "M568", "TURN_OFF_HEATERS"})
FALLBACK_HEATERS_OFF = ("M104 S0", "M140 S0")


def dwell(profile: FirmwareProfile, ms: int) -> str:
    """A dwell of `ms` milliseconds in the profile's dialect."""
    # Smoothieware reads P as seconds in grbl mode; S (seconds) means the same everywhere
    # it is accepted. Klipper knows P (milliseconds) only.
    if profile.dialect is Dialect.SMOOTHIEWARE:
        return f"G4 S{ms / 1000:g}"
    return f"G4 P{ms}"


def heaters_off(profile: FirmwareProfile) -> list[str]:
    """The heater-off lines of the profile's cancel script (its dialect's own form)."""
    lines = [line for line in profile.render("cancel") if _first_word(line) in HEATER_WORDS]
    # Every supported dialect also takes M104 S0 / M140 S0; sending them after the dialect's
    # own form costs nothing and covers a firmware that lacks the macro (a Klipper config
    # without TURN_OFF_HEATERS, an RRF build without M568 tools).
    words = {_first_word(line) for line in lines}
    return [*lines, *(line for line in FALLBACK_HEATERS_OFF if _first_word(line) not in words)]


def _first_word(line: str) -> str:
    words = line.split(maxsplit=1)
    return words[0].upper() if words else ""


def set_temperature(profile: FirmwareProfile, heater: str, celsius: float) -> str:
    """`M104 S60` / `M140 S40`: set a target without waiting (every dialect takes these)."""
    word = {"hotend": "M104", "bed": "M140"}[heater]
    del profile  # same spelling in every supported dialect
    return f"{word} S{celsius:g}"


@dataclass(frozen=True, slots=True)
class ResendStyle:
    """How a firmware asks for a corrupted line again."""

    pattern: re.Pattern[str] | None  # a received line that is the resend request
    spelling: str  # for the report
    silent_drop: bool = False  # drops the bad line without a word; the host must time out
    ignores_checksums: bool = False  # a bad checksum is not even noticed


RESEND_STYLES: dict[Dialect, ResendStyle] = {
    Dialect.MARLIN: ResendStyle(re.compile(r"^Resend:\s*\d+"), "Resend: N"),
    Dialect.PRUSA: ResendStyle(re.compile(r"^Resend:\s*\d+"), "Resend: N"),
    Dialect.REPETIER: ResendStyle(re.compile(r"^(Resend:\s*|rs\s+N?)\d+"), "Resend:/rs N"),
    Dialect.SMOOTHIEWARE: ResendStyle(re.compile(r"^rs\s+N?\d+"), "rs N"),
    Dialect.REPRAPFIRMWARE: ResendStyle(None, "silent drop, host times out", silent_drop=True),
    Dialect.KLIPPER: ResendStyle(None, "checksums ignored", ignores_checksums=True),
}
