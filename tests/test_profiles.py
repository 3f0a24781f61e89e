"""Firmware profiles: bundled files load, unknown keys are named, detection and overrides."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from agent.profiles import (
    BuildVolume,
    Dialect,
    GcodeContext,
    ProfileError,
    detect,
    detect_profile,
    list_profiles,
    load_profile,
    load_profile_file,
    protocol_settings,
)
from agent.protocol.host import ProtocolSettings
from agent.safety import check_line

BUNDLED = ["klipper", "marlin2", "prusa", "repetier", "reprapfirmware", "smoothieware"]


def test_every_family_has_a_bundled_profile() -> None:
    assert list_profiles() == BUNDLED


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_profile_is_complete_and_its_own_gcode_is_safe(name: str) -> None:
    profile = load_profile(name)
    assert profile.name == name
    assert profile.gcode.handshake[0] == "M115"  # detection needs it first
    assert profile.ejects_parts is False
    context = GcodeContext(x=100, y=80, z=12.4, e=345.6, f=1800, hotend=215, bed=60)
    rendered = [
        *profile.render("handshake"),
        *profile.render("pause", context),
        *profile.render("resume", context),
        *profile.render("cancel"),
    ]
    for line in rendered:
        assert "{" not in line
        assert check_line(line, profile) is None, line
    cancel = profile.render("cancel")
    assert any(line.startswith(("M104 S0", "M568", "TURN_OFF_HEATERS")) for line in cancel)
    assert cancel[-1] in ("M84", "M18")  # motors off last


@pytest.mark.parametrize(
    ("firmware_name", "expected"),
    [
        ("Marlin 2.1.2.1 (Jun 20 2023 12:00:00)", "marlin2"),
        ("Marlin bugfix-2.1.x", "marlin2"),
        ("Prusa-Firmware 3.13.2 based on Marlin", "prusa"),
        ("RepRapFirmware for Duet 3 MB6HC", "reprapfirmware"),
        ("RepRapFirmware for Duet 2 WiFi/Ethernet", "reprapfirmware"),
        ("Klipper", "klipper"),
        ("Smoothieware", "smoothieware"),
        ("Repetier_1.0.2", "repetier"),
        ("Prusa-Firmware-Buddy 5.1.2 based on Marlin", "marlin2"),  # MK4: Marlin 2
    ],
)
def test_detection_from_the_m115_firmware_name(firmware_name: str, expected: str) -> None:
    found = detect(firmware_name, {})
    assert found.profile.name == expected
    assert found.fallback is False


def test_unknown_firmware_falls_back_to_marlin2_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="agent.profiles"):
        profile = detect_profile("Sailfish 7.7", {})
    assert profile.name == "marlin2"
    assert "Sailfish 7.7" in caplog.text
    assert "--profile" in caplog.text


def test_capabilities_from_m115_adjust_the_profile_and_its_handshake() -> None:
    caps = {"AUTOREPORT_TEMP": True, "EMERGENCY_PARSER": True, "EEPROM": True}
    profile = detect_profile("Marlin 2.1.2", caps)
    assert profile.capabilities.autoreport_temperature is True
    assert profile.capabilities.emergency_parser is True
    assert profile.capability_gcode(caps) == ["M155 S2"]
    assert profile.capability_gcode({"AUTOREPORT_TEMP": False}) == []
    assert load_profile("marlin2").capabilities.autoreport_temperature is False


def test_overrides_reach_nested_fields_and_are_validated() -> None:
    base = load_profile("marlin2")
    changed = base.with_overrides(
        build_volume={"x": 300, "y": 300, "z": 400}, send_window=4, max_hotend_c=300
    )
    assert changed.build_volume == BuildVolume(x=300, y=300, z=400)
    assert changed.capabilities.send_window == 4
    assert changed.limits.max_hotend_c == 300
    assert base.capabilities.send_window == 1  # the original is untouched
    with pytest.raises(ProfileError, match="send_window 9 exceeds buffer_size 4"):
        base.with_overrides(send_window=9)
    with pytest.raises(ProfileError, match="unknown field 'nozzle'"):
        base.with_overrides(nozzle=0.4)


def test_protocol_settings_follow_the_profile() -> None:
    klipper = protocol_settings(load_profile("klipper"))
    assert isinstance(klipper, ProtocolSettings)
    assert klipper.checksums is False
    assert "BED_MESH_CALIBRATE" in klipper.long_commands
    marlin = protocol_settings(load_profile("marlin2").with_overrides(send_window=3))
    assert (marlin.checksums, marlin.window, marlin.max_line_length) == (True, 3, 95)
    assert marlin.ok_timeout_s == ProtocolSettings().ok_timeout_s  # busy: keeps it short
    assert klipper.ok_timeout_s == 5.0  # no keep-alive: a profile override
    assert protocol_settings(load_profile("marlin2"), window=2).window == 2


def test_pause_and_resume_put_the_nozzle_back() -> None:
    profile = load_profile("marlin2")
    ctx = GcodeContext(x=100.5, y=80, z=245.0, e=12.34567, f=1800, hotend=215, bed=60)
    pause = profile.render("pause", ctx)
    assert "G1 Z250 F600" in pause  # lift clamped to the build volume (250)
    resume = profile.render("resume", ctx)
    assert resume[resume.index("G1 X100.5 Y80 F6000") + 1] == "G1 Z245 F600"
    assert "M109 S215" in resume
    assert "G92 E12.346" in resume
    assert resume[-2:] == ["M82", "G1 F1800"]
    relative = profile.render("resume", GcodeContext(x=1, y=2, z=3, e=0, f=600, hotend=200,
                                                     bed=0, e_relative=True))  # fmt: skip
    assert relative[-2] == "M83"


def test_rendering_without_the_position_says_what_to_query() -> None:
    with pytest.raises(ValueError, match="M114"):
        load_profile("prusa").render("pause")


def _write(tmp_path: Path, text: str, name: str = "custom.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_key_names_the_file_section_and_field(tmp_path: Path) -> None:
    text = (Path(__file__).parents[1] / "firmware_profiles" / "marlin2.toml").read_text()
    text = text.replace("advanced_ok = false", "advanced_okay = false")
    path = _write(tmp_path, text)
    with pytest.raises(ProfileError) as info:
        load_profile_file(path)
    message = str(info.value)
    assert str(path) in message
    assert "[capabilities] advanced_okay: unknown key" in message


def test_missing_and_malformed_values_are_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, 'extends = "klipper"\n[limits]\nmax_hotend_c = "hot"\n')
    with pytest.raises(ProfileError, match=r"custom\.toml: \[limits\] max_hotend_c"):
        load_profile_file(path)
    bad_toml = _write(tmp_path, "name = \n", "broken.toml")
    with pytest.raises(ProfileError, match=r"broken\.toml: not valid TOML"):
        load_profile_file(bad_toml)
    template = _write(tmp_path, 'extends = "marlin2"\n[gcode]\npause = ["G1 Z{height}"]\n')
    with pytest.raises(ProfileError, match=r"\[gcode\] pause.*height"):
        load_profile_file(template)


def test_a_printer_file_can_extend_a_bundled_profile(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        'extends = "prusa"\nejects_parts = true\n[build_volume]\nx = 250\ny = 210\nz = 220\n',
        "mk3s-bay4.toml",
    )
    profile = load_profile_file(path)
    assert profile.name == "mk3s-bay4"
    assert profile.dialect is Dialect.PRUSA
    assert profile.build_volume.z == 220
    assert profile.ejects_parts is True
    assert profile.limits == load_profile("prusa").limits


def test_unknown_profile_name_lists_the_choices() -> None:
    with pytest.raises(ProfileError, match="marlin2"):
        load_profile("marlin3")
    with pytest.raises(ProfileError, match="no firmware profile"):
        load_profile("../pyproject")
