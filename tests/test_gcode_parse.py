"""Golden tests of the canonical G-code parse: each line as its firmware family reads it.

Each row is a line and what that family's parser makes of it: the command names and,
for each, the numbers of every parameter occurrence (in order). References: Marlin's
gcode/parser.cpp, RepRapFirmware's GCodeBuffer/StringParser, klippy/gcode.py,
Smoothieware's GcodeDispatch and Repetier's GCode::parseAscii.
"""

from __future__ import annotations

import math

import pytest

from agent.gcode_policy.parse import Command, parse_line, to_number
from agent.profiles import Dialect

Reading = list[tuple[str, dict[str, list[float]]]]


def _reading(commands: list[Command]) -> Reading:
    out: Reading = []
    for command in commands:
        numbers: dict[str, list[float]] = {}
        for param in command.params:
            numbers.setdefault(param.letter, []).extend(param.values)
        out.append((command.name, numbers))
    return out


MARLIN_LIKE = (Dialect.MARLIN, Dialect.PRUSA, Dialect.REPRAPFIRMWARE, Dialect.KLIPPER)
ALL = (*MARLIN_LIKE, Dialect.SMOOTHIEWARE, Dialect.REPETIER)

# (line, reading) that every family shares
COMMON: list[tuple[str, Reading]] = [
    ("M104 S400", [("M104", {"S": [400]})]),
    ("M0104 S400", [("M104", {"S": [400]})]),  # leading zeros in the code
    ("M 104 S400", [("M104", {"S": [400]})]),  # spaces after the command letter
    ("m104 s400", [("M104", {"S": [400]})]),  # lower case
    ("M104S400", [("M104", {"S": [400]})]),  # no spaces at all
    ("M104 S 400", [("M104", {"S": [400]})]),  # space between letter and value
    ("M104 T0 S200 S400", [("M104", {"T": [0], "S": [200, 400]})]),  # every occurrence
    ("M0140 S200", [("M140", {"S": [200]})]),
    ("M 190 S200", [("M190", {"S": [200]})]),
    ("N12 M104 S400", [("M104", {"S": [400]})]),  # a line number before the command
    ("M104 S200 ; S400 in a comment", [("M104", {"S": [200]})]),
    ("M104 S4e2", [("M104", {"S": [400, 4], "E": [2]})]),  # strtod and Marlin's rescan
    ("M104 S0x190", [("M104", {"S": [400, 0], "X": [190]})]),  # strtod reads hex
    ("G1 X1e308", [("G1", {"X": [1e308, 1], "E": [308]})]),
    ("G1 X10 Y-2.5 E.5 F1800", [("G1", {"X": [10], "Y": [-2.5], "E": [0.5], "F": [1800]})]),
    ("G1 X+5", [("G1", {"X": [5]})]),
    ("M117 M104 S400", [("M117", {})]),  # text, not parameters (Smoothie differs: below)
    ("X10 Y20", [("G1", {"X": [10], "Y": [20]})]),  # GCODE_MOTION_MODES: a bare move
    ("T1", [("T1", {})]),
    ("", []),
]


@pytest.mark.parametrize("dialect", MARLIN_LIKE)
@pytest.mark.parametrize(("line", "reading"), COMMON)
def test_marlin_like_families_read_one_command(
    dialect: Dialect, line: str, reading: Reading
) -> None:
    assert _reading(parse_line(line, dialect)) == reading


@pytest.mark.parametrize(
    ("dialect", "line", "reading"),
    [
        # RepRapFirmware: colon lists and expressions
        (
            Dialect.REPRAPFIRMWARE,
            "M568 P0 S200:290 R150",
            [("M568", {"P": [0], "S": [200, 290], "R": [150]})],
        ),
        (Dialect.REPRAPFIRMWARE, "G10 P0 S-273.15", [("G10", {"P": [0], "S": [-273.15]})]),
        (Dialect.REPRAPFIRMWARE, "M104 S{300+100}", [("M104", {"S": []})]),
        (Dialect.REPRAPFIRMWARE, 'M98 P"config.g"', [("M98", {"P": []})]),
        # Klipper's extended commands: shlex, keys upper-cased, every occurrence
        (
            Dialect.KLIPPER,
            "SET_HEATER_TEMPERATURE HEATER=extruder TARGET=200 TARGET=400",
            [("SET_HEATER_TEMPERATURE", {"HEATER": [], "TARGET": [200, 400]})],
        ),
        (
            Dialect.KLIPPER,
            'set_heater_temperature heater=heater_bed target="130"',
            [("SET_HEATER_TEMPERATURE", {"HEATER": [], "TARGET": [130]})],
        ),
        (Dialect.KLIPPER, "SAVE_CONFIG", [("SAVE_CONFIG", {})]),
        (Dialect.KLIPPER, "N5 FIRMWARE_RESTART", [("FIRMWARE_RESTART", {})]),
        # Smoothieware: every later G/M starts a command of its own
        (
            Dialect.SMOOTHIEWARE,
            "G1 X10 M104 S400",
            [("G1", {"X": [10]}), ("M104", {"S": [400]})],
        ),
        (
            Dialect.SMOOTHIEWARE,
            "M117 hi M104 S400",
            [("M117", {}), ("M104", {"S": [400]})],
        ),
        (Dialect.SMOOTHIEWARE, "config-set sd acceleration 9000", [("config-set", {})]),
        # Repetier: words in any order; a G and an M in one line are both read
        (
            Dialect.REPETIER,
            "S400 M104",
            [("M104", {"S": [400], "M": [104]})],
        ),
        (
            Dialect.REPETIER,
            "G1 X10 M104 S400",
            [
                ("G1", {"X": [10], "M": [104], "S": [400]}),
                ("G1", {"G": [1], "X": [10], "M": [104], "S": [400]}),
                ("M104", {"G": [1], "X": [10], "M": [104], "S": [400]}),
            ],
        ),
    ],
)  # fmt: skip
def test_family_specific_readings(dialect: Dialect, line: str, reading: Reading) -> None:
    assert _reading(parse_line(line, dialect)) == reading


@pytest.mark.parametrize("dialect", ALL)
def test_not_a_number_spellings_are_read_as_numbers(dialect: Dialect) -> None:
    for line in ("G1 Xnan", "G1 Xinf", "G1 X-infinity"):
        values = [v for c in parse_line(line, dialect) for v in c.numbers("X")]
        assert values, line
        assert not all(math.isfinite(v) for v in values), (line, values)


def test_klipper_extended_command_with_unbalanced_quotes_is_malformed() -> None:
    (command,) = parse_line('SET_HEATER_TEMPERATURE HEATER="extruder TARGET=400', Dialect.KLIPPER)
    assert command.malformed


@pytest.mark.parametrize(
    ("text", "value"),
    [("12.5", 12.5), ("-0x10", -16.0), ("0x1p4", 16.0), ("1e3", 1000.0), ("abc", None),
     ("", None), ("1.2.3", None)],
)  # fmt: skip
def test_numbers_are_read_as_strtod_reads_them(text: str, value: float | None) -> None:
    assert to_number(text) == value
