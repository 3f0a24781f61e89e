"""Refuse G-code lines that break a firmware profile's safety limits, before they are sent.

    refusal = check_line("M104 S320", profile)
    str(refusal)  # "M104 S320 refused: hotend maximum for profile marlin2 is 275 °C"

Checked: hotend temperatures (M104/M109 S/R/B, M568 S/R, RepRapFirmware's G10 P.. S.. R..,
Klipper's SET_HEATER_TEMPERATURE), bed (M140/M190), chamber (M141/M191), autotune
targets (M303), negative temperatures, and lines whose framed form (`N.. line*cs`) would
be longer than the firmware accepts.

This runs on every streamed line, so the common case (a move) leaves after a length test
and a look at the first character; only M/G10/SET_HEATER lines are parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from agent.profiles import Dialect, FirmwareProfile

# A line number this long is assumed when the caller does not say which number the line
# will get (a 9,999,999-line file); the check is then a little conservative.
DEFAULT_NUMBER_DIGITS = 7
RRF_HEATER_OFF = -273.0  # RepRapFirmware turns a heater off with S-273.15


class Heater(StrEnum):
    HOTEND = "hotend"
    BED = "bed"
    CHAMBER = "chamber"


class RefusalKind(StrEnum):
    TOO_HOT = "too_hot"
    NEGATIVE = "negative_temperature"
    TOO_LONG = "line_too_long"


@dataclass(frozen=True, slots=True)
class Refusal:
    line: str
    kind: RefusalKind
    message: str  # full sentence naming the line and the limit
    limit: float | None = None
    value: float | None = None

    def __str__(self) -> str:
        return self.message


class LineRefused(Exception):
    """Raised by `ensure_allowed`; carries the `Refusal`."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


_WORD = re.compile(r"([A-Za-z])\s*([-+]?[0-9.:+-]*)")
_KLIPPER_ARG = re.compile(r"(\w+)\s*=\s*(\S*)")
_M_CODE = re.compile(r"[Mm](\d+)")

# M-code -> (heater, parameter letters holding temperatures)
_M_TEMPERATURES: dict[int, tuple[Heater, str]] = {
    104: (Heater.HOTEND, "SRB"),  # B: Marlin AUTOTEMP maximum
    109: (Heater.HOTEND, "SRB"),
    568: (Heater.HOTEND, "SR"),  # RepRapFirmware tool temperatures
    140: (Heater.BED, "SR"),
    190: (Heater.BED, "SR"),
    141: (Heater.CHAMBER, "SR"),
    191: (Heater.CHAMBER, "SR"),
    303: (Heater.HOTEND, "S"),  # PID autotune target; E-1 bed, E-2 chamber (below)
}
_M_PREFIXES = frozenset(str(code) for code in _M_TEMPERATURES)


def _fmt(value: float) -> str:
    return f"{value:g}"


class SafetyChecker:
    """The limits of one profile, prepared for checking many lines."""

    def __init__(self, profile: FirmwareProfile) -> None:
        self.profile = profile
        caps = profile.capabilities
        limits = profile.limits
        self._max_len = caps.max_line_length
        # framing: "N<digits> " before and "*<checksum up to 3 digits>" after
        self._checksums = caps.checksums
        self._overhead = (1 + DEFAULT_NUMBER_DIGITS + 1 + 1 + 3) if caps.checksums else 0
        self._fast_len = self._max_len - self._overhead
        self._limits = {
            Heater.HOTEND: limits.max_hotend_c,
            Heater.BED: limits.max_bed_c,
            Heater.CHAMBER: limits.max_chamber_c,
        }
        self._rrf = profile.dialect is Dialect.REPRAPFIRMWARE

    def check(self, line: str, line_number: int | None = None) -> Refusal | None:
        """A Refusal when `line` must not be sent, else None (comments already stripped)."""
        if len(line) > self._fast_len and self._too_long(line, line_number):
            return self._refuse_length(line, line_number)
        first = line[:1]
        if first in "Mm":
            # a cheap prefix test; the slow path re-parses the code properly (M1040 != M104)
            return self._check_m(line) if line[1:4] in _M_PREFIXES else None
        if first in "Gg":
            if self._rrf and line[1:3] == "10" and line[3:4] in (" ", ""):
                return self._check_rrf_g10(line)
            return None
        if first in "Ss" and line[:22].upper() == "SET_HEATER_TEMPERATURE":
            return self._check_klipper(line)
        return None

    # -- slow paths --------------------------------------------------------------
    def _framed_length(self, line: str, line_number: int | None) -> int:
        if not self._checksums:
            return len(line)
        digits = DEFAULT_NUMBER_DIGITS if line_number is None else len(str(line_number))
        return len(line) + 1 + digits + 1 + 1 + 3

    def _too_long(self, line: str, line_number: int | None) -> bool:
        return self._framed_length(line, line_number) > self._max_len

    def _refuse_length(self, line: str, line_number: int | None) -> Refusal:
        framed = self._framed_length(line, line_number)
        shown = line if len(line) <= 40 else line[:37] + "..."
        message = (
            f"{shown} refused: the framed line is {framed} characters and firmware profile "
            f"{self.profile.name} accepts at most {self._max_len}; shorten or split the command"
        )
        return Refusal(line, RefusalKind.TOO_LONG, message, self._max_len, framed)

    def _check_m(self, line: str) -> Refusal | None:
        match = _M_CODE.match(line)
        if match is None:
            return None
        entry = _M_TEMPERATURES.get(int(match.group(1)))
        if entry is None:
            return None
        heater, letters = entry
        words = _words(line[match.end() :])
        if match.group(1) == "303":
            heater = {"-1": Heater.BED, "-2": Heater.CHAMBER}.get(words.get("E", ""), heater)
        for letter in letters:
            refusal = self._check_values(line, heater, words.get(letter))
            if refusal is not None:
                return refusal
        return None

    def _check_rrf_g10(self, line: str) -> Refusal | None:
        words = _words(line[3:])
        if "P" not in words or "L" in words:  # G10 L2/L20 set offsets, not temperatures
            return None
        for letter in "SR":
            refusal = self._check_values(line, Heater.HOTEND, words.get(letter))
            if refusal is not None:
                return refusal
        return None

    def _check_klipper(self, line: str) -> Refusal | None:
        args = {k.upper(): v for k, v in _KLIPPER_ARG.findall(line[22:])}
        name = args.get("HEATER", "").lower()
        if name.startswith("extruder"):
            heater = Heater.HOTEND
        elif name == "heater_bed":
            heater = Heater.BED
        elif "chamber" in name:
            heater = Heater.CHAMBER
        else:
            heater = Heater.HOTEND  # unknown generic heater: the highest limit applies
        return self._check_values(line, heater, args.get("TARGET"))

    def _check_values(self, line: str, heater: Heater, raw: str | None) -> Refusal | None:
        if not raw:
            return None
        for part in raw.split(":"):  # RRF lists one value per tool: S200:210
            try:
                value = float(part)
            except ValueError:
                continue  # not a number; the firmware will reject it itself
            refusal = self._check_value(line, heater, value)
            if refusal is not None:
                return refusal
        return None

    def _check_value(self, line: str, heater: Heater, value: float) -> Refusal | None:
        limit = self._limits[heater]
        name = self.profile.name
        if value < 0:
            if self._rrf and value <= RRF_HEATER_OFF:
                return None  # RepRapFirmware's "heater off"
            message = (
                f"{line} refused: negative {heater} temperature {_fmt(value)} °C "
                f"(use S0 to turn a heater off)"
            )
            return Refusal(line, RefusalKind.NEGATIVE, message, 0.0, value)
        if value > limit:
            if limit == 0:
                message = (
                    f"{line} refused: profile {name} has no {heater} heater "
                    f"(its {heater} maximum is 0 °C)"
                )
            else:
                message = f"{line} refused: {heater} maximum for profile {name} is {_fmt(limit)} °C"
            return Refusal(line, RefusalKind.TOO_HOT, message, limit, value)
        return None


def _words(text: str) -> dict[str, str]:
    """`S200 R180 T1` -> {"S": "200", "R": "180", "T": "1"} (first occurrence wins)."""
    words: dict[str, str] = {}
    for letter, value in _WORD.findall(text):
        words.setdefault(letter.upper(), value)
    return words


_checkers: dict[int, SafetyChecker] = {}


def checker_for(profile: FirmwareProfile) -> SafetyChecker:
    """A cached checker per profile object (profiles are frozen)."""
    found = _checkers.get(id(profile))
    if found is None or found.profile is not profile:
        found = SafetyChecker(profile)
        if len(_checkers) > 64:  # profiles come and go with overrides; keep it bounded
            _checkers.clear()
        _checkers[id(profile)] = found
    return found


def check_line(
    line: str, profile: FirmwareProfile, line_number: int | None = None
) -> Refusal | None:
    """A Refusal when `line` breaks `profile`'s limits, else None."""
    return checker_for(profile).check(line, line_number)


def ensure_allowed(line: str, profile: FirmwareProfile, line_number: int | None = None) -> None:
    """Raise LineRefused when `line` breaks `profile`'s limits."""
    refusal = checker_for(profile).check(line, line_number)
    if refusal is not None:
        raise LineRefused(refusal)
