"""Parse one G-code line into the command(s) a firmware family's own parser reads from it.

Every outgoing line is parsed once into this canonical form, and the safety checks look
only at the form, never at the spelling. `M 104 S400`, `M0104 S400`, `m104 s400` and
`M104 T0 S200 S400` are all M104 with an S of 400, because:

- Marlin/Prusa (gcode/parser.cpp) skip spaces after the command letter and between a
  parameter letter and its value, read the code as decimal digits (leading zeros too),
  upper-case every letter, and with FASTER_GCODE_PARSER a repeated word's last value wins
  (without it the first). Numbers are read by strtof: `1e308` and `0x10` are numbers, and
  the scan resumes at the first character outside [-+.0-9], so the `e` of `X1e308` is
  also read as a word of its own.
- RepRapFirmware (GCodeBuffer/StringParser) reads the same shapes, first occurrence wins,
  values may be colon lists (`S200:210`) or expressions in braces (`S{...}`).
- Klipper (klippy/gcode.py) upper-cases the line, splits it at letters, builds the command
  from the first letter and what follows it (`M 104` is M104) and keeps the last of a
  repeated parameter; its extended commands (`NAME KEY=VALUE`) are read with shlex.
- Smoothieware (GcodeDispatch) splits a line at every later G or M: `G1 X1 M104 S400` is
  two commands. Repetier (GCode::parseAscii) reads its words in any order: `S400 M104` is
  M104 S400, and a line may carry both a G and an M word.

Where the families differ the reading that finds more wins: every occurrence of a
parameter is kept, every letter inside a number is also read as a word, and a check
refuses when any reading is over a limit. The form is a little more suspicious than any
one firmware; it is never less.
"""

from __future__ import annotations

import math
import re
import shlex
from typing import NamedTuple

from agent.profiles import Dialect

# A number as C's strtod reads it: decimal with exponent, hexadecimal, inf, nan.
_NUMBER = (
    r"[-+]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][-+]?[0-9]+)?"
    r"|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
    r"|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])"
)
# A word: a letter, spaces, then a value: a number, a colon list of numbers (RRF), an
# expression in braces (RRF) or a quoted string.
_WORD = re.compile(rf"([A-Za-z])[ \t]*(\{{[^}}]*\}}?|\"[^\"]*\"?|{_NUMBER}(?::[ \t]*{_NUMBER})*)?")
# Marlin's own resumption: after a value, the scan goes on at the first non [-+.0-9].
_MARLIN_WORD = re.compile(r"([A-Za-z])[ \t]*([-+.0-9]*)")
_LETTERS_IN_NUMBER = re.compile(r"[A-Za-z]")
_HEAD = re.compile(r"[ \t]*(?:[Nn][ \t]*[-+]?[0-9]*[ \t]*)*([GgMmTt])[ \t]*([0-9]+)(?:\.([0-9]+))?")
_LINE_NUMBER = re.compile(r"[ \t]*(?:[Nn][ \t]*[-+]?[0-9]+[ \t]*)*")
_EXTENDED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?=[ \t]|$)")
_CONSOLE = re.compile(r"([A-Za-z][A-Za-z0-9_.-]*)")
_IMPLIED_MOVE = frozenset("XYZEFIJR")  # Marlin's GCODE_MOTION_MODES: `X10` repeats G0/G1
_SMOOTHIE_SPLIT = re.compile(r"[GgMm](?=[ \t]*[0-9])")
_REPETIER_COMMAND = re.compile(r"([GgMm])[ \t]*([0-9]+)")

_PLAIN = re.compile(r"[GMT](0|[1-9][0-9]*)(?: [A-FH-LO-Z]-?[0-9]+(?:\.[0-9]+)?)*")

# Commands whose rest of line is text, not parameters (M117 "Printing M104 S400").
_TEXT_COMMANDS = frozenset({"M16", "M23", "M28", "M30", "M32", "M117", "M118", "M291", "M928"})


class Param(NamedTuple):
    letter: str  # upper case; for Klipper's extended commands the whole KEY
    raw: str  # the value's text as written ('' when there is none)
    values: tuple[float, ...]  # the numbers in it (several for an RRF colon list)

    @property
    def expression(self) -> bool:
        """RepRapFirmware evaluates `{...}` itself: its value cannot be known here."""
        return self.raw.startswith("{")


class Command(NamedTuple):
    """One command as the firmware reads it: `M104` with its parameters, or a named one."""

    name: str  # "M104", "G1", "T0", "SET_HEATER_TEMPERATURE", "config-set"; "" for none
    letter: str  # "G", "M", "T"; "" for a named (extended or console) command
    code: int | None
    params: tuple[Param, ...]
    malformed: bool = False  # an extended command whose arguments shlex cannot split

    def numbers(self, letter: str) -> list[float]:
        """Every value of every occurrence of `letter` (or of an extended KEY)."""
        return [v for p in self.params if p.letter == letter for v in p.values]

    def has(self, letter: str) -> bool:
        return any(p.letter == letter for p in self.params)


def to_number(text: str) -> float | None:
    """A number as strtod reads it; 1e308 stays 1e308 here (a firmware's float is inf)."""
    try:
        return float(text)
    except ValueError:
        pass
    if "x" not in text and "X" not in text:
        return None  # fromhex would read "abc" as 2748; strtod wants the 0x
    try:
        return float.fromhex(text)
    except ValueError:
        return None


def _values(raw: str) -> tuple[float, ...]:
    if not raw or raw[0] in '{"':
        return ()
    found = (to_number(part.strip()) for part in raw.split(":"))
    return tuple(v for v in found if v is not None)


def _words(text: str) -> tuple[Param, ...]:
    """Every word of `text`, in the strtod reading and, where a value holds letters
    (`1e308`, `0x1F`, `inf`), Marlin's reading of the same characters as well."""
    params = [
        Param(m.group(1).upper(), m.group(2) or "", _values(m.group(2) or ""))
        for m in _WORD.finditer(text)
    ]
    if any(p.values and _LETTERS_IN_NUMBER.search(p.raw) for p in params):
        for m in _MARLIN_WORD.finditer(text):
            raw = m.group(2)
            value = to_number(raw) if raw else None
            params.append(Param(m.group(1).upper(), raw, () if value is None else (value,)))
    return tuple(params)


def _head_command(text: str) -> Command | None:
    """The line's command in the Marlin/RRF/Klipper reading: its first word after `N..`."""
    head = _HEAD.match(text)
    if head is not None:
        letter, code = head.group(1).upper(), int(head.group(2))
        name = f"{letter}{code}"
        rest = text[head.end() :]
        params = () if name in _TEXT_COMMANDS else _words(rest)
        return Command(name, letter, code, params)
    start = _LINE_NUMBER.match(text)
    body = text[start.end() if start else 0 :]
    first = _WORD.match(body)
    if first is not None and first.group(2) and body[:1].upper() in _IMPLIED_MOVE:
        return Command("G1", "G", 1, _words(body))  # a bare `X10 F3000` moves too
    return None


def _extended_command(text: str) -> Command | None:
    """Klipper's `NAME KEY=VALUE ...` (gcode.py: shlex split, keys upper-cased, last wins)."""
    start = _LINE_NUMBER.match(text)
    body = text[start.end() if start else 0 :].strip()
    match = _EXTENDED.match(body)
    if match is None or _HEAD.match(body):
        return None
    name = match.group(1).upper()
    try:
        pairs = [item.split("=", 1) for item in shlex.split(body[match.end() :])]
    except ValueError:
        return Command(name, "", None, (), malformed=True)
    if any(len(pair) != 2 for pair in pairs):
        return Command(name, "", None, (), malformed=True)
    params = tuple(Param(k.upper(), v, _values(v)) for k, v in pairs)
    return Command(name, "", None, params)


def _console_command(text: str) -> Command | None:
    """Smoothieware's shell commands (`config-set sd ...`): any line not led by G/M/T/N."""
    match = _CONSOLE.match(text.strip())
    if match is None:
        return None
    return Command(match.group(1).lower(), "", None, ())


def _single(text: str, dialect: Dialect) -> list[Command]:
    command = _head_command(text)
    if command is not None:
        return [command]
    if dialect is Dialect.KLIPPER:
        extended = _extended_command(text)
        return [extended] if extended is not None else []
    if dialect is Dialect.SMOOTHIEWARE:
        console = _console_command(text)
        return [console] if console is not None else []
    return []


def _repetier(text: str) -> list[Command]:
    """Repetier reads G and M wherever they stand; each gets all the line's parameters."""
    commands = _single(text, Dialect.REPETIER)
    if commands and commands[0].name in _TEXT_COMMANDS:
        return commands
    params = _words(text)
    for match in _REPETIER_COMMAND.finditer(text):
        letter, code = match.group(1).upper(), int(match.group(2))
        commands.append(Command(f"{letter}{code}", letter, code, params))
    return commands


def _smoothie(text: str) -> list[Command]:
    """Smoothieware runs each piece between G/M letters as a command of its own."""
    cuts = [m.start() for m in _SMOOTHIE_SPLIT.finditer(text)]
    if not cuts:
        return _single(text, Dialect.SMOOTHIEWARE)
    starts = [0, *cuts[1:]] if cuts[0] == 0 or not text[: cuts[0]].strip() else [0, *cuts]
    ends = [*starts[1:], len(text)]
    commands: list[Command] = []
    for start, end in zip(starts, ends, strict=True):
        commands.extend(_single(text[start:end], Dialect.SMOOTHIEWARE))
    return commands


def _plain_command(line: str) -> Command | None:
    """The one command of a line in the spelling slicers write, or None.

    `_PLAIN` accepts only an upper-case G/M/T with a code without leading zeros, then
    single-space separated words of an upper-case letter other than G, M and N with a plain
    decimal (no exponent, hex, colon list, quote, brace or comment). Every family reads
    such a line as exactly this one command with exactly these values (there is no second
    G/M word for Smoothieware or Repetier to find), so it may skip the general reading."""
    match = _PLAIN.fullmatch(line)
    if match is None:
        return None
    letter, code = line[0], int(match.group(1))
    name = f"{letter}{code}"
    words = line.split(" ")[1:]
    if name in _TEXT_COMMANDS:
        return Command(name, letter, code, ())
    params = tuple(Param(w[0], w[1:], (float(w[1:]),)) for w in words)
    return Command(name, letter, code, params)


def parse_line(line: str, dialect: Dialect) -> list[Command]:
    """The commands `dialect`'s firmware reads from `line` (a `;` comment is ignored)."""
    plain = _plain_command(line)
    if plain is not None:
        return [plain]
    cut = line.find(";")
    text = line if cut < 0 else line[:cut]
    if dialect is Dialect.REPETIER:
        return _repetier(text)
    if dialect is Dialect.SMOOTHIEWARE:
        return _smoothie(text)
    return _single(text, dialect)


def is_absurd(value: float, bound: float) -> bool:
    """Not finite, or beyond `bound`, or beyond a 32-bit float (where firmware gets inf)."""
    return not math.isfinite(value) or abs(value) > bound
