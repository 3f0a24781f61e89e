"""Safety limits: lines that break a profile's limits are refused before they are sent."""

from __future__ import annotations

import pytest

from agent.profiles import load_profile
from agent.safety import (
    LineRefused,
    RefusalKind,
    check_line,
    ensure_allowed,
)

MARLIN = load_profile("marlin2")  # hotend 275, bed 120, chamber 60, 95-character lines


@pytest.mark.parametrize(
    ("profile_name", "line", "kind", "fragment"),
    [
        ("marlin2", "M104 S320", RefusalKind.TOO_HOT, "hotend maximum for profile marlin2 is 275"),
        ("marlin2", "M109 R280", RefusalKind.TOO_HOT, "hotend maximum"),
        ("marlin2", "M109S300", RefusalKind.TOO_HOT, "hotend maximum"),
        ("marlin2", "m104 s290", RefusalKind.TOO_HOT, "hotend maximum"),
        ("marlin2", "M104 T1 S200 B290", RefusalKind.TOO_HOT, "hotend maximum"),  # AUTOTEMP
        ("marlin2", "M140 S130", RefusalKind.TOO_HOT, "bed maximum for profile marlin2 is 120"),
        ("marlin2", "M190 S125", RefusalKind.TOO_HOT, "bed maximum"),
        ("marlin2", "M141 S70", RefusalKind.TOO_HOT, "chamber maximum for profile marlin2 is 60"),
        ("marlin2", "M191 R65", RefusalKind.TOO_HOT, "chamber maximum"),
        ("marlin2", "M303 E-1 S130 C8", RefusalKind.TOO_HOT, "bed maximum"),
        ("marlin2", "M303 E0 S290 C8", RefusalKind.TOO_HOT, "hotend maximum"),
        ("marlin2", "M104 S-10", RefusalKind.NEGATIVE, "negative hotend temperature -10"),
        ("marlin2", "M140 S-1", RefusalKind.NEGATIVE, "negative bed temperature"),
        ("prusa", "M141 S40", RefusalKind.TOO_HOT, "profile prusa has no chamber heater"),
        ("reprapfirmware", "G10 P0 S300 R150", RefusalKind.TOO_HOT, "hotend maximum"),
        ("reprapfirmware", "G10 P1 S200 R290", RefusalKind.TOO_HOT, "hotend maximum"),
        ("reprapfirmware", "M568 P0 S200:290 A2", RefusalKind.TOO_HOT, "is 285"),
        ("reprapfirmware", "M140 H0 S130", RefusalKind.TOO_HOT, "bed maximum"),
        (
            "klipper",
            "SET_HEATER_TEMPERATURE HEATER=extruder TARGET=300",
            RefusalKind.TOO_HOT,
            "hotend maximum for profile klipper is 280",
        ),
        (
            "klipper",
            "set_heater_temperature heater=heater_bed target=130",
            RefusalKind.TOO_HOT,
            "bed maximum",
        ),
        (
            "klipper",
            "SET_HEATER_TEMPERATURE HEATER=chamber TARGET=80",
            RefusalKind.TOO_HOT,
            "chamber maximum",
        ),
    ],
)
def test_over_limit_temperatures_are_refused(
    profile_name: str, line: str, kind: RefusalKind, fragment: str
) -> None:
    refusal = check_line(line, load_profile(profile_name))
    assert refusal is not None
    assert refusal.kind is kind
    assert str(refusal).startswith(f"{line} refused: ")
    assert fragment in str(refusal)


@pytest.mark.parametrize(
    ("profile_name", "line"),
    [
        ("marlin2", "G1 X10 Y20 E0.5 F1800"),
        ("marlin2", "M104 S275"),  # the limit itself is allowed
        ("marlin2", "M104 S0"),
        ("marlin2", "M109 S215"),
        ("marlin2", "M190 S60"),
        ("marlin2", "M106 S255"),  # fan speed: S is not a temperature
        ("marlin2", "M1040 S900"),  # not M104
        ("marlin2", "G10 S1"),  # Marlin G10 is a retract; S1 means swap retract
        ("marlin2", "M117 M104 S999"),  # message text, not a command
        ("marlin2", "T1"),
        ("marlin2", "M104 S"),  # no value: nothing to compare
        ("reprapfirmware", "G10 P0 S-273.15 R-273.15"),  # RRF's "heater off"
        ("reprapfirmware", "G10 L2 P1 X0 Y0 Z0"),  # work offsets, not temperatures
        ("reprapfirmware", "M568 P0 S210:200 R150 A2"),
        ("klipper", "SET_HEATER_TEMPERATURE HEATER=extruder TARGET=250"),
        ("klipper", "SET_HEATER_TEMPERATURE HEATER=extruder"),  # no target: off
        ("klipper", "G1 X10 " + "Y10 " * 100),  # Klipper takes long lines (no framing)
    ],
)
def test_lines_within_limits_pass(profile_name: str, line: str) -> None:
    assert check_line(line, load_profile(profile_name)) is None


def test_framed_length_is_checked_against_the_firmware_buffer() -> None:
    # Framed: "N<number> " + line + "*<checksum>"; Marlin keeps 95 characters.
    refusal = check_line("G1 X1 " + "Y1.0000 " * 12, MARLIN)
    assert refusal is not None
    assert refusal.kind is RefusalKind.TOO_LONG
    assert "accepts at most 95" in str(refusal)
    line = "M117 " + "x" * 80  # 85 characters
    assert check_line(line, MARLIN, line_number=5) is None  # "N5 " + 85 + "*123" = 92
    too_long = check_line(line, MARLIN, line_number=123456)  # 8 + 85 + 4 = 97
    assert too_long is not None
    assert too_long.value == 97  # the checksum is counted at its widest, 3 digits
    assert check_line(line, MARLIN) is not None  # unknown number: assume a long one


def test_ensure_allowed_raises_a_typed_error() -> None:
    with pytest.raises(LineRefused) as info:
        ensure_allowed("M140 S200", MARLIN)
    assert info.value.refusal.limit == 120
    assert info.value.refusal.value == 200
    ensure_allowed("M140 S60", MARLIN)


def test_limits_follow_overrides() -> None:
    hot = MARLIN.with_overrides(max_hotend_c=300)
    assert check_line("M104 S290", hot) is None
    assert check_line("M104 S290", MARLIN) is not None
