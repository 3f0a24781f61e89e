"""The command policy and the checks on the canonical form: every spelling of an
over-limit heater line is refused in every family, remote commands that change the
machine are blocked unless agent.toml allows them, feed rates and coordinates are bounded,
and the fast path for plain moves agrees with the full check."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest
from pydantic import ValidationError

from agent.config import ConfigError, parse_config
from agent.profiles import BuildVolume, ProfileError, list_profiles, load_profile
from agent.safety import LineRefused, LocalSafety, Origin, RefusalKind, SafetyChecker, check_line

MARLIN = load_profile("marlin2")  # hotend 275, bed 120, 220 x 220 x 250, F 18000


# -- heater limits: every spelling, every family, both origins -------------------------
HOT_SPELLINGS = [
    "M0104 S400",
    "M 104 S400",
    "M104 T0 S200 S400",
    "m104 s400",
    "M104S400",
    "N7 M104 S400",
    "M104 S4e2",
    "M104 S0x190",
    "M109 R400",
    "M0140 S200",
    "M 190 S200",
    "M190 S50 S200",
    "M140 S+200",
]


@pytest.mark.parametrize("origin", list(Origin))
@pytest.mark.parametrize("name", list_profiles())
@pytest.mark.parametrize("line", HOT_SPELLINGS)
def test_every_spelling_of_an_over_limit_heater_line_is_refused(
    line: str, name: str, origin: Origin
) -> None:
    refusal = check_line(line, load_profile(name), origin=origin)
    assert refusal is not None, f"{line!r} passed on {name}"
    assert refusal.kind is RefusalKind.TOO_HOT
    assert str(refusal).startswith(f"{line} refused: ")


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("klipper", "SET_HEATER_TEMPERATURE HEATER=extruder TARGET=200 TARGET=400"),
        ("klipper", 'set_heater_temperature heater=extruder target="400"'),
        ("klipper", "SET_HEATER_TEMPERATURE HEATER=heater_bed TARGET=130"),
        ("reprapfirmware", "G10 P0 S200:400"),
        ("reprapfirmware", "M568 P0 S200 S400"),
        ("reprapfirmware", "M140 H0 S200"),
        ("smoothieware", "G1 X10 M104 S400"),
        ("smoothieware", "M117 hello M104 S400"),
        ("repetier", "S400 M104"),
        ("repetier", "G1 X10 M104 S400"),
        ("marlin2", "M145 S0 H400 B60"),  # a material preset that M104 I0 would heat to
    ],
)
def test_family_specific_over_limit_spellings_are_refused(name: str, line: str) -> None:
    for origin in Origin:
        refusal = check_line(line, load_profile(name), origin=origin)
        assert refusal is not None, (line, origin)
        assert refusal.kind is RefusalKind.TOO_HOT


@pytest.mark.parametrize("line", ["M104 S{300+100}", "G1 X{1e308}", "G1 X10 F{9e9}"])
@pytest.mark.parametrize("origin", list(Origin))
def test_a_value_the_firmware_computes_cannot_be_checked(line: str, origin: Origin) -> None:
    refusal = check_line(line, load_profile("reprapfirmware"), origin=origin)
    assert refusal is not None
    assert refusal.kind is RefusalKind.UNCHECKABLE
    assert "send a plain number" in str(refusal)


# -- the command policy -------------------------------------------------------------------
REMOTE_BLOCKED = [
    ("marlin2", "M500", "eeprom"),
    ("marlin2", "M502", "eeprom"),
    ("marlin2", "m0500", "eeprom"),
    ("marlin2", "M303 E0 S250", "heater_tuning"),
    ("marlin2", "M211 S0", "endstops"),
    ("marlin2", "M302 P1", "cold_extrusion"),
    ("marlin2", "M92 X1", "machine"),
    ("marlin2", "M203 X100000", "machine"),
    ("marlin2", "M997", "firmware"),
    ("prusa", "M500", "eeprom"),
    ("reprapfirmware", 'M98 P"config.g"', "config"),
    ("reprapfirmware", "M997 S0", "firmware"),
    ("reprapfirmware", "M564 H0 S0", "endstops"),
    ("reprapfirmware", "M143 H1 S400", "heater_tuning"),
    ("klipper", "SAVE_CONFIG", "config"),
    ("klipper", "firmware_restart", "config"),
    ("klipper", "SET_KINEMATIC_POSITION Z=0", "homing_bypass"),
    ("klipper", "SET_VELOCITY_LIMIT VELOCITY=5000", "machine"),
    ("smoothieware", "config-set sd alpha_steps_per_mm 1", "config"),
    ("smoothieware", "G1 X10 M500", "config"),
    ("repetier", "M206 T3 P123 X1", "eeprom"),
    ("marlin2", "M24", "stored_prints"),
    ("marlin2", "M851 Z-5", "machine"),  # probe offset: the next probe drives into the bed
    ("marlin2", "M290 Z-5", "machine"),  # babystep
    ("klipper", "SET_GCODE_OFFSET Z=-5", "machine"),
    ("reprapfirmware", "G31 Z-5", "machine"),
    ("klipper", "SDCARD_PRINT_FILE FILENAME=x.gcode", "stored_prints"),
    ("smoothieware", "play /sd/x.gcode", "stored_prints"),
]


@pytest.mark.parametrize(("name", "line", "rule"), REMOTE_BLOCKED)
def test_remote_commands_that_change_the_machine_are_blocked(
    name: str, line: str, rule: str
) -> None:
    refusal = check_line(line, load_profile(name), origin=Origin.REMOTE)
    assert refusal is not None, line
    assert refusal.kind is RefusalKind.BLOCKED
    message = str(refusal)
    assert message.startswith(f"{line} refused: ")
    assert f"by profile {name} (rule {rule})" in message
    assert "allow_gcode = [" in message
    assert "agent.toml" in message


def test_a_refusal_names_the_printer_entry_to_edit() -> None:
    checker = SafetyChecker(MARLIN, LocalSafety(printer_id="mk3-2"))
    message = str(checker.check("M500"))
    assert message == (
        "M500 refused: EEPROM writes and resets are blocked for job files and remote "
        "commands by profile marlin2 (rule eeprom); an operator can allow M500 in "
        'agent.toml, in [[printers]] entry with id = "mk3-2": allow_gcode = ["M500"]'
    )


@pytest.mark.parametrize(
    "line",
    ["M92 E93", "M201 X1000 Y1000", "M203 X300 Y300", "M204 P1000 T1500", "M205 X8",
     "G92 E0", "M83", "M82", "G28", "M106 S255", "M107", "M84", "M73 P50 R10"],
)  # fmt: skip
def test_job_files_keep_what_slicers_write(line: str) -> None:
    assert check_line(line, MARLIN, origin=Origin.JOB) is None


@pytest.mark.parametrize(
    "line", ["M500", "M502", "M997", "M211 S0", "M302 P1", "M28 evil.gco", "M303 E0 S200"]
)
def test_job_files_cannot_persist_settings_or_disable_protections(line: str) -> None:
    refusal = check_line(line, MARLIN, origin=Origin.JOB)
    assert refusal is not None
    assert refusal.kind is RefusalKind.BLOCKED
    assert "blocked for job files and remote commands" in str(refusal)


def test_the_agent_config_allows_a_blocked_command_but_never_a_heater_limit() -> None:
    checker = SafetyChecker(MARLIN, LocalSafety(printer_id="p", allow_gcode=("m0500", "M104")))
    assert checker.check("M500") is None
    assert checker.check("M 500", origin=Origin.JOB) is None
    assert checker.check("M502") is not None  # only what was named
    refusal = checker.check("M104 S400")
    assert refusal is not None
    assert refusal.kind is RefusalKind.TOO_HOT


def test_allow_list_names_are_validated() -> None:
    with pytest.raises(ValidationError, match="not a command name"):
        LocalSafety(allow_gcode=("M500; M502",))


def test_profile_policy_is_strict() -> None:
    with pytest.raises(ProfileError, match=r"\[policy\] colour: unknown key"):
        MARLIN.with_overrides(policy={"max_feedrate_mm_min": 1000, "colour": "red"})
    with pytest.raises(ProfileError, match="not a command name"):
        MARLIN.with_overrides(
            policy={
                "max_feedrate_mm_min": 1000,
                "rules": {"x": {"what": "w", "commands": ["M5 00"]}},
            }
        )


# -- numbers, volume and feed rate ------------------------------------------------------
@pytest.mark.parametrize("origin", list(Origin))
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("G1 X1e308", RefusalKind.NOT_A_NUMBER),
        ("G1 Xnan", RefusalKind.NOT_A_NUMBER),
        ("G1 X10 Yinf", RefusalKind.NOT_A_NUMBER),
        ("G0 Z-1e308", RefusalKind.NOT_A_NUMBER),
        ("M220 S1e308", RefusalKind.NOT_A_NUMBER),
        ("G1 X0e99999999999", RefusalKind.NOT_A_NUMBER),  # Marlin reads E99999999999
        ("G1 X1000", RefusalKind.OUT_OF_VOLUME),
        ("G1 X10 Y10 Z-500", RefusalKind.OUT_OF_VOLUME),
        ("X5000", RefusalKind.OUT_OF_VOLUME),
        ("G1 X10 X999", RefusalKind.OUT_OF_VOLUME),
        ("G2 X10 Y10 I5000 J0", RefusalKind.OUT_OF_VOLUME),
        ("G3 X10 Y10 R-900", RefusalKind.OUT_OF_VOLUME),
    ],
)
def test_absurd_numbers_and_far_moves_are_refused(
    line: str, kind: RefusalKind, origin: Origin
) -> None:
    refusal = check_line(line, MARLIN, origin=origin)
    assert refusal is not None, line
    assert refusal.kind is kind, refusal


@pytest.mark.parametrize(
    "line",
    ["G1 Y-3 F1000", "G1 X230 Y225", "G0 X0 Y0 Z0.2", "G1 X-20", "G2 X20 Y10 I5 J0 E0.4"],
)
def test_moves_near_the_edges_pass(line: str) -> None:
    assert check_line(line, MARLIN) is None


def test_the_build_volume_of_the_agent_config_wins() -> None:
    big = LocalSafety(build_volume=BuildVolume(x=1000, y=1000, z=1000))
    assert SafetyChecker(MARLIN, big).check("G1 X900") is None
    assert SafetyChecker(MARLIN).check("G1 X900") is not None


def test_feed_rate_refused_remotely_and_clamped_in_jobs() -> None:
    checker = SafetyChecker(MARLIN)
    refusal = checker.check("G1 X10 F999999")
    assert refusal is not None
    assert refusal.kind is RefusalKind.TOO_FAST
    assert str(refusal) == (
        "G1 X10 F999999 refused: feed rate F999999 is above the maximum of profile "
        "marlin2 (18000 mm/min); send F18000 or less"
    )
    assert checker.admit_job_line("G1 X10 F999999") == "G1 X10 F18000"
    assert checker.admit_job_line("G1 X10 F 24000 F30000") == "G1 X10 F 18000 F18000"
    assert checker.admit_job_line("G1 X10 F1800") == "G1 X10 F1800"
    with pytest.raises(LineRefused, match="not a number"):  # never clamped into a number
        checker.admit_job_line("G1 X10 F1e308")


# -- the fast path agrees with the full check -------------------------------------------
def _lines(seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["G1", "G0", "G1 ", "X", "Y", "Z", "E", "F", "-", ".", " ", "e", "0", "1",
              "5", "9", "99", "250", "1e3", "M104 S400", "  ", "X1E5"]  # fmt: skip
    lines = [f"G1 X{rng.uniform(-300, 600):.3f} Y{rng.uniform(-300, 600):.3f} "
             f"E{rng.uniform(-5, 5):.5f} F{rng.choice([600, 1800, 18000, 18001, 90000])}"
             for _ in range(3000)]  # fmt: skip
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    return lines


@pytest.mark.parametrize("name", list_profiles())
def test_the_fast_path_passes_only_what_the_full_check_passes(name: str) -> None:
    checker = SafetyChecker(load_profile(name))
    fast_taken = 0
    for line in _lines(zlib.crc32(name.encode())):
        if checker._fast_move(line):
            fast_taken += 1
            assert checker._examine(line, Origin.JOB) == (None, False), line
            assert checker._examine(line, Origin.REMOTE) == (None, False), line
    assert fast_taken > 300  # and it does take the common lines


def test_agent_toml_allow_list_is_validated_when_loading(tmp_path: Path) -> None:
    base = '[agent]\nid = "a1"\n[[printers]]\nid = "p1"\nport = "/dev/null"\n'
    config = parse_config(base + 'allow_gcode = ["m0500", "SAVE_CONFIG"]\n', "agent.toml", tmp_path)
    assert config.printers[0].allow_gcode == ("M500", "SAVE_CONFIG")
    with pytest.raises(ConfigError, match=r"agent.toml: printers.0.allow_gcode: .*not a command"):
        parse_config(base + 'allow_gcode = ["M500 S1"]\n', "agent.toml", tmp_path)
