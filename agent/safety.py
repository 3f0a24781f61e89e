"""Refuse G-code lines that break a firmware profile's safety limits, before they are sent.

    refusal = check_line("M104 S320", profile)          # a line from the network
    str(refusal)  # "M104 S320 refused: hotend maximum for profile marlin2 is 275 °C; ..."
    line = checker.admit_job_line("G1 X10 F99999")      # a job line: F clamped, or LineRefused

Every line is parsed once into the canonical form its firmware family reads
(agent/gcode_policy/parse.py), and only that form is checked, so no spelling gets past:
heater temperatures (every occurrence of every temperature parameter, see
gcode_policy/heaters.py), numbers no firmware can take (inf, nan, 1e308), moves far
outside the build volume, feed rates above the profile's maximum (refused from the
network, clamped in job files), the profile's command policy ([policy.rules]: remote lines,
and job lines where a rule says `jobs = true`), and lines longer than the firmware accepts.

Job files vs remote lines: heater limits, numbers and the build volume apply to both; a
feed rate above the maximum is refused from the network and clamped in a job (slicers
write travel speeds for faster machines, and the firmware clamps to its own maximum
anyway); the policy's rules say which commands are refused where (see the comment over
[policy] in firmware_profiles/marlin2.toml).

This runs on every streamed line. A plain `G0`/`G1` move in the one spelling slicers write
takes a fast path (see `_fast_move`), which decides only when the full check would
decide the same; lines like `G92 E0` skip the general reading (parse._plain_command);
anything else takes the full parse. benchmarks/safety.py measures the cost.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from agent.gcode_file import read_commands
from agent.gcode_policy.heaters import Heater, temperature_targets
from agent.gcode_policy.parse import Command, is_absurd, parse_line
from agent.gcode_policy.rules import CommandRule, check_command_names
from agent.profiles import BuildVolume, Dialect, FirmwareProfile

log = logging.getLogger(__name__)

# A line number this long is assumed when the caller does not say which number the line
# will get (a 9,999,999-line file); the check is then a little conservative.
DEFAULT_NUMBER_DIGITS = 7
RRF_HEATER_OFF = -273.0  # RepRapFirmware turns a heater off with S-273.15
ABSURD = 1e9  # no parameter of any G-code a printer takes is this large
MOVES = frozenset({"G0", "G1", "G2", "G3"})
ARCS = frozenset({"G2", "G3"})
AXES = "XYZ"

__all__ = [
    "Heater",
    "LineRefused",
    "LocalSafety",
    "Origin",
    "Refusal",
    "RefusalKind",
    "SafetyChecker",
    "check_job_file",
    "check_line",
    "checker_for",
    "ensure_allowed",
    "move_range",
]


class Origin(StrEnum):
    JOB = "job"  # a line of a job file being printed
    REMOTE = "remote"  # a line that came over the network (send_gcode, set_temperature)


class RefusalKind(StrEnum):
    TOO_HOT = "too_hot"
    NEGATIVE = "negative_temperature"
    TOO_LONG = "line_too_long"
    BLOCKED = "blocked_command"
    NOT_A_NUMBER = "not_a_number"
    OUT_OF_VOLUME = "out_of_volume"
    TOO_FAST = "too_fast"
    UNCHECKABLE = "uncheckable"


@dataclass(frozen=True, slots=True)
class Refusal:
    line: str
    kind: RefusalKind
    message: str  # full sentence naming the line, the rule and the fix
    limit: float | None = None
    value: float | None = None

    def __str__(self) -> str:
        return self.message


class LineRefused(Exception):
    """Raised by `ensure_allowed` and `admit_job_line`; carries the `Refusal`."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


class LocalSafety(BaseModel):
    """What the agent's own config (agent.toml, never the network) adds for one printer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    printer_id: str = ""
    allow_gcode: tuple[str, ...] = ()  # blocked commands the operator allows
    build_volume: BuildVolume | None = None  # None: the profile's

    @field_validator("allow_gcode")
    @classmethod
    def _names(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(check_command_names(list(names)))


def move_range(size: float) -> tuple[float, float]:
    """Where a move along an axis of `size` mm may go: "far outside" is more than half
    the axis (plus 20 mm) beyond either end, which leaves room for purge lines at Y-3,
    parking beyond the bed and beds whose origin is their centre."""
    return -(size / 2 + 20), size * 1.5 + 20


def _fmt(value: float) -> str:
    return f"{value:g}"


_MOVE_HEADS = ("G1 ", "G0 ")
_PLAIN_CHARS = frozenset("G01 XYZEF23456789.-")
_F_WORD = re.compile(r"([Ff])([ \t]*)([-+]?[0-9.]+)")


class SafetyChecker:
    """The limits and policy of one profile (and one printer's local config), prepared
    for checking many lines."""

    def __init__(self, profile: FirmwareProfile, local: LocalSafety | None = None) -> None:
        local = local or LocalSafety()
        self.profile = profile
        self.local = local
        caps, limits = profile.capabilities, profile.limits
        self._dialect = profile.dialect
        self._max_len = caps.max_line_length
        self._checksums = caps.checksums
        # framing: "N<digits> " before and "*<checksum up to 3 digits>" after
        overhead = (1 + DEFAULT_NUMBER_DIGITS + 1 + 1 + 3) if caps.checksums else 0
        self._fast_len = self._max_len - overhead
        self._limits = {
            Heater.HOTEND: limits.max_hotend_c,
            Heater.BED: limits.max_bed_c,
            Heater.CHAMBER: limits.max_chamber_c,
        }
        self._rrf = profile.dialect is Dialect.REPRAPFIRMWARE
        self.max_feedrate = profile.policy.max_feedrate_mm_min
        volume = local.build_volume or profile.build_volume
        self._volume = volume
        self._ranges = {
            axis: move_range(size)
            for axis, size in zip(AXES, (volume.x, volume.y, volume.z), strict=True)
        }
        allowed = set(local.allow_gcode)
        self._remote_rules: dict[str, tuple[str, CommandRule]] = {}
        self._job_rules: dict[str, tuple[str, CommandRule]] = {}
        for rule_name, rule in profile.policy.rules.items():
            for name in rule.commands:
                if name in allowed:
                    continue
                self._remote_rules.setdefault(name, (rule_name, rule))
                if rule.jobs:
                    self._job_rules.setdefault(name, (rule_name, rule))

    # -- entry points ------------------------------------------------------------------
    def check(
        self, line: str, line_number: int | None = None, origin: Origin = Origin.REMOTE
    ) -> Refusal | None:
        """A Refusal when `line` must not be sent, else None (comments already stripped).

        A job line whose only fault is its feed rate is not refused: `admit_job_line`
        clamps it."""
        if len(line) > self._fast_len and self._too_long(line, line_number):
            return self._refuse_length(line, line_number)
        if self._fast_move(line):
            return None
        refusal, _ = self._examine(line, origin)
        return refusal

    def admit_job_line(self, line: str, line_number: int | None = None) -> str:
        """The job line to send (feed rates above the maximum clamped); LineRefused if it
        must not be sent at all."""
        if len(line) > self._fast_len and self._too_long(line, line_number):
            raise LineRefused(self._refuse_length(line, line_number))
        if self._fast_move(line):
            return line
        refusal, too_fast = self._examine(line, Origin.JOB)
        if refusal is not None:
            raise LineRefused(refusal)
        if not too_fast:
            return line
        clamped = _F_WORD.sub(self._clamp_word, line)
        refusal, still_fast = self._examine(clamped, Origin.JOB)
        if refusal is not None or still_fast:  # an F the rewrite could not reach
            raise LineRefused(refusal or self._refuse_feed(line, self.max_feedrate * 2))
        return clamped

    # -- the fast path -----------------------------------------------------------------
    def _fast_move(self, line: str) -> bool:
        """True when `line` is a plain move that the full check passes.

        Why it cannot miss: it answers True only for `G0 `/`G1 ` followed by words made
        of the characters `XYZEF0123456789.-` and single spaces, where every `E` starts a
        word and every value is one that Python's float() reads whole. In that language
        each family's parser reads exactly one G0/G1 with exactly those words and values
        (no exponent, hex, inf, colon list, comment, second command or hidden letter), so
        the same comparisons as the full check (`_check_move`, `_check_numbers`) give the
        same answer; any doubt returns False and the full check decides.
        tests/test_safety.py checks that both paths agree, line by line."""
        if (
            line[:3] not in _MOVE_HEADS
            or not _PLAIN_CHARS.issuperset(line)
            or line.count("E") != line.count(" E")
        ):
            return False
        ranges, max_f = self._ranges, self.max_feedrate
        try:
            for word in line[3:].split(" "):
                letter, value = word[0], float(word[1:])
                if letter == "F":
                    if value > max_f or value < -ABSURD:
                        return False
                elif letter == "E":
                    if not -ABSURD <= value <= ABSURD:
                        return False
                else:
                    lo, hi = ranges[letter]
                    if not lo <= value <= hi:
                        return False
        except (IndexError, ValueError, KeyError):  # not a plain word: the full check decides
            return False
        return True

    # -- the full check ----------------------------------------------------------------
    def _examine(self, line: str, origin: Origin) -> tuple[Refusal | None, bool]:
        """(the refusal, or None; whether a move's feed rate is above the maximum)."""
        too_fast = False
        for command in parse_line(line, self._dialect):
            refusal = (
                self._check_temperatures(line, command)
                or self._check_numbers(line, command)
                or self._check_policy(line, command, origin)
            )
            if refusal is not None:
                return refusal, too_fast
            if command.name in MOVES:
                refusal, fast = self._check_move(line, command, origin)
                if refusal is not None:
                    return refusal, too_fast
                too_fast = too_fast or fast
        return None, too_fast

    def _check_policy(self, line: str, command: Command, origin: Origin) -> Refusal | None:
        if command.malformed:
            message = (
                f"{line} refused: its arguments cannot be split as Klipper splits them "
                "(write KEY=VALUE pairs, quotes balanced)"
            )
            return Refusal(line, RefusalKind.UNCHECKABLE, message)
        rules = self._remote_rules if origin is Origin.REMOTE else self._job_rules
        found = rules.get(command.name)
        if found is None:
            return None
        rule_name, rule = found
        scope = "job files and remote commands" if rule.jobs else "remote commands"
        name = command.name
        if self.local.printer_id:
            where = f'in [[printers]] entry with id = "{self.local.printer_id}"'
            fix = f'in agent.toml, {where}: allow_gcode = ["{name}"]'
        else:
            fix = (
                f'in agent.toml (allow_gcode = ["{name}"] in the printer\'s [[printers]] '
                f"entry), or for one print: printfarm-agent print --allow-gcode {name}"
            )
        message = (
            f"{line} refused: {rule.what} are blocked for {scope} by profile "
            f"{self.profile.name} (rule {rule_name}); an operator can allow {name} {fix}"
        )
        return Refusal(line, RefusalKind.BLOCKED, message)

    def _check_temperatures(self, line: str, command: Command) -> Refusal | None:
        for target in temperature_targets(command, self._dialect):
            refusal = self._check_value(line, target.heater, target.value)
            if refusal is not None:
                return refusal
        return None

    def _check_numbers(self, line: str, command: Command) -> Refusal | None:
        for param in command.params:
            if self._rrf and param.expression:  # RepRapFirmware's {...}: known once it runs
                message = (
                    f"{line} refused: {param.letter}{param.raw} is an expression the firmware "
                    "evaluates, which cannot be checked against the limits; send a plain number"
                )
                return Refusal(line, RefusalKind.UNCHECKABLE, message)
            for value in param.values:
                if is_absurd(value, ABSURD):
                    message = (
                        f"{line} refused: {param.letter}{param.raw} is not a number a "
                        f"printer can take (not finite, or beyond ±{ABSURD:g}); "
                        "check the file or the command"
                    )
                    return Refusal(line, RefusalKind.NOT_A_NUMBER, message, ABSURD, value)
        return None

    def _check_move(
        self, line: str, command: Command, origin: Origin
    ) -> tuple[Refusal | None, bool]:
        for axis in AXES:
            lo, hi = self._ranges[axis]
            for value in command.numbers(axis):
                if not lo <= value <= hi:
                    return self._refuse_volume(line, axis, value), False
        if command.name in ARCS:
            refusal = self._check_arc(line, command)
            if refusal is not None:
                return refusal, False
        fastest = max(command.numbers("F"), default=0.0)
        if fastest <= self.max_feedrate:
            return None, False
        if origin is Origin.REMOTE:
            return self._refuse_feed(line, fastest), False
        return None, True

    def _check_arc(self, line: str, command: Command) -> Refusal | None:
        """An arc's centre offset (I/J) or radius (R) no larger than the bed's own span:
        a bigger one swings the head far outside even between two points inside."""
        span = max(self._volume.x, self._volume.y)
        for letter in "IJR":
            for value in command.numbers(letter):
                if abs(value) > span:
                    message = (
                        f"{line} refused: arc {letter}{_fmt(value)} is larger than the bed "
                        f"({_fmt(span)} mm): the arc would swing far outside the build volume"
                    )
                    return Refusal(line, RefusalKind.OUT_OF_VOLUME, message, span, value)
        return None

    # -- messages ----------------------------------------------------------------------
    def _refuse_volume(self, line: str, axis: str, value: float) -> Refusal:
        size = getattr(self._volume, axis.lower())
        lo, hi = self._ranges[axis]
        message = (
            f"{line} refused: {axis}{_fmt(value)} is far outside the build volume "
            f"({_fmt(size)} mm along {axis}; moves must stay within {_fmt(lo)}..{_fmt(hi)})"
        )
        return Refusal(line, RefusalKind.OUT_OF_VOLUME, message, hi, value)

    def _refuse_feed(self, line: str, value: float) -> Refusal:
        top = _fmt(self.max_feedrate)
        message = (
            f"{line} refused: feed rate F{_fmt(value)} is above the maximum of profile "
            f"{self.profile.name} ({top} mm/min); send F{top} or less"
        )
        return Refusal(line, RefusalKind.TOO_FAST, message, self.max_feedrate, value)

    def _clamp_word(self, match: re.Match[str]) -> str:
        try:
            value = float(match.group(3))
        except ValueError:
            return match.group(0)
        if value <= self.max_feedrate:
            return match.group(0)
        return f"{match.group(1)}{match.group(2)}{_fmt(self.max_feedrate)}"

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
                message = (
                    f"{line} refused: {heater} maximum for profile {name} is {_fmt(limit)} °C; "
                    f"ask for {_fmt(limit)} °C or less"
                )
            return Refusal(line, RefusalKind.TOO_HOT, message, limit, value)
        return None


_checkers: dict[tuple[int, LocalSafety | None], SafetyChecker] = {}


def checker_for(profile: FirmwareProfile, local: LocalSafety | None = None) -> SafetyChecker:
    """A cached checker per profile object (profiles are frozen) and local config."""
    key = (id(profile), local)
    found = _checkers.get(key)
    if found is None or found.profile is not profile:
        found = SafetyChecker(profile, local)
        if len(_checkers) > 64:  # profiles come and go with overrides; keep it bounded
            _checkers.clear()
        _checkers[key] = found
    return found


def check_line(
    line: str,
    profile: FirmwareProfile,
    line_number: int | None = None,
    origin: Origin = Origin.REMOTE,
) -> Refusal | None:
    """A Refusal when `line` breaks `profile`'s limits or policy, else None."""
    return checker_for(profile).check(line, line_number, origin)


def ensure_allowed(line: str, profile: FirmwareProfile, line_number: int | None = None) -> None:
    """Raise LineRefused when `line` breaks `profile`'s limits or policy."""
    refusal = checker_for(profile).check(line, line_number)
    if refusal is not None:
        raise LineRefused(refusal)


def check_job_file(path: Path, checker: SafetyChecker) -> int:
    """Every command of a job file through the job checks before the first one is sent,
    so a refused line fails the job before anything printed. Returns the command count;
    raises LineRefused whose message starts with the file line."""
    count = clamped = 0
    for command in read_commands(path):
        count += 1
        try:
            text = checker.admit_job_line(command.text)
        except LineRefused as e:
            message = f"file line {command.source_line}: {e.refusal.message}"
            raise LineRefused(dataclasses.replace(e.refusal, message=message)) from e
        clamped += text is not command.text
    if clamped:
        log.warning(
            "%s: %d lines with feed rates above %s mm/min (the maximum of profile %s) "
            "will be sent clamped to it",
            path.name, clamped, _fmt(checker.max_feedrate), checker.profile.name,
        )  # fmt: skip
    return count
