"""What the time estimate reads from a file: the slicer's machine limits wherever they
are written (PrusaSlicer/Orca keys, Cura's settings), Klipper's SET_VELOCITY_LIMIT,
Bambu's start sequence (so its "model printing time" can be compared), Bambu's M400
dwell and the file's own M73 hints. Each is checked on both paths (array and loop)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from agent.motion import MotionLimits
from coordinator.intake.cli import human_summary
from coordinator.intake.gcode import analyze_gcode
from coordinator.intake.machine_limits import CHUNK, cura_limits, find_limit_settings
from coordinator.intake.models import GcodeAnalysis
from coordinator.intake.reader import GcodeInputError


def _square_moves(count: int, side: float = 20.0) -> list[str]:
    """Printing moves round a square, ``count`` of them, fast enough that
    acceleration matters."""
    corners = [(10, 10), (10 + side, 10), (10 + side, 10 + side), (10, 10 + side)]
    lines, e = ["G90", "M83", "G1 Z0.2 F600", "G1 X10 Y10 F12000"], 0.0
    for i in range(count):
        x, y = corners[(i + 1) % 4]
        e += 0.5
        lines.append(f"G1 X{x} Y{y} E0.5 F12000")
    return lines


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n")
    return path


def _both(path: Path) -> GcodeAnalysis:
    """The analysis, after checking the array path and the loop agree on it."""
    fast, loop = analyze_gcode(path), analyze_gcode(path, vectorised=False)
    assert fast.model_dump() == loop.model_dump()
    return fast


def test_slicer_limits_at_the_head_of_a_long_file_are_used(tmp_path: Path) -> None:
    # OrcaSlicer/Bambu write their config block first; a file longer than the 512 KB
    # footer once had its limits ignored.
    moves = _square_moves(40_000)
    assert len("\n".join(moves)) > 600_000
    head = ["; machine_max_acceleration_x = 200,200", "; machine_max_acceleration_y = 200,200"]
    slow = _both(_write(tmp_path / "head.gcode", head + moves))
    default = _both(_write(tmp_path / "none.gcode", moves))
    assert slow.limits_source == "slicer"
    assert default.limits_source == "default"
    assert slow.estimated_time_s > 1.5 * default.estimated_time_s


def test_orca_speed_keys_are_read() -> None:
    limits = MotionLimits.from_prusaslicer_config(
        {"machine_max_speed_x": "500,200", "machine_max_speed_e": "30"}
    )
    assert limits.max_velocity.x == 500
    assert limits.max_velocity.e == 30


def test_a_setting_line_across_a_chunk_boundary_is_read(tmp_path: Path) -> None:
    pad = "; " + "x" * 98 + "\n"
    filler = pad * (CHUNK // len(pad))
    cut = CHUNK - len(filler) - 10  # the setting line straddles the first chunk's end
    path = tmp_path / "straddle.gcode"
    path.write_text(filler + ";" * cut + "\n; machine_max_acceleration_x = 700\nG1 X1\n")
    assert find_limit_settings(path).slicer == {"machine_max_acceleration_x": "700"}


def _cura_block(values: dict[str, float]) -> list[str]:
    ini = "[general]\\nversion = 4\\n[values]\\n" + "".join(
        f"{k} = {v}\\n" for k, v in values.items()
    )
    text = json.dumps({"global_quality": ini, "extruder_quality": [ini]})
    return [";SETTING_3 " + text[i : i + 60] for i in range(0, len(text), 60)]


def test_cura_machine_settings_are_the_limits(tmp_path: Path) -> None:
    settings = {"machine_max_acceleration_x": 50.0, "machine_max_jerk_xy": 8.0}
    path = _write(
        tmp_path / "cura.gcode", [";FLAVOR:Marlin", *_square_moves(200), *_cura_block(settings)]
    )
    found = find_limit_settings(path)
    assert found.cura == settings
    analysis = _both(path)
    assert analysis.limits_source == "slicer"
    limits = cura_limits(found.cura)
    assert (limits.max_accel.x, limits.jerk.x, limits.print_accel) == (50.0, 8.0, 4000.0)
    assert limits.max_accel.y == 9000.0  # Cura's default where the file says nothing


def test_a_broken_cura_block_is_no_limits(tmp_path: Path) -> None:
    path = _write(tmp_path / "cura.gcode", [*_square_moves(20), ';SETTING_3 {"global_qua'])
    assert find_limit_settings(path).cura == {}
    assert _both(path).limits_source == "default"


def test_unusable_slicer_limits_are_a_clear_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.gcode", ["; machine_max_feedrate_x = fast", *_square_moves(20)])
    with pytest.raises(GcodeInputError, match="machine limits are unusable"):
        analyze_gcode(path)


def test_set_velocity_limit_changes_the_acceleration_in_order(tmp_path: Path) -> None:
    moves = _square_moves(400)
    fast = _both(_write(tmp_path / "fast.gcode", ["SET_VELOCITY_LIMIT ACCEL=20000", *moves]))
    slow = _both(_write(tmp_path / "slow.gcode", ["SET_VELOCITY_LIMIT ACCEL=300", *moves]))
    # Half the moves at each: the command takes effect where it stands.
    half = _both(
        _write(
            tmp_path / "half.gcode",
            [
                "SET_VELOCITY_LIMIT ACCEL=20000",
                *moves[:204],
                "SET_VELOCITY_LIMIT ACCEL=300",
                *moves[204:],
            ],
        )
    )
    assert fast.estimated_time_s < half.estimated_time_s < slow.estimated_time_s
    assert "SET_VELOCITY_LIMIT (Klipper)" in fast.flavor_hints
    assert not any("SET_VELOCITY_LIMIT" in w for w in fast.warnings)


def test_square_corner_velocity_is_klippers_junction_deviation() -> None:
    limits = MotionLimits().with_velocity_limit({"ACCEL": 5000, "SQUARE_CORNER_VELOCITY": 5})
    assert limits.junction_deviation == pytest.approx(25 * (math.sqrt(2) - 1) / 5000)
    classic = MotionLimits(junction_deviation=None).with_velocity_limit(
        {"SQUARE_CORNER_VELOCITY": 7, "VELOCITY": 250}
    )
    assert (classic.jerk.x, classic.jerk.y, classic.max_velocity.x) == (7, 7, 250)


def test_a_malformed_set_velocity_limit_is_a_bad_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.gcode", ["SET_VELOCITY_LIMIT ACCEL", *_square_moves(20)])
    assert _both(path).warnings[-1].startswith("1 malformed command(s)")


def test_start_sequence_is_timed_for_bambus_model_time(tmp_path: Path) -> None:
    start = _square_moves(100)
    part = [f"G1 X{10 + i % 2 * 20} Y30 E0.5 F3000" for i in range(300)]
    whole = _both(_write(tmp_path / "whole.gcode", [*start, "; MACHINE_START_GCODE_END", *part]))
    alone = _both(_write(tmp_path / "start.gcode", start))
    assert whole.start_sequence_s is not None
    # The start's moves as planned in the whole file (the junction into the part may
    # take a little more or less than stopping there).
    assert whole.start_sequence_s == pytest.approx(alone.estimated_time_s, rel=0.02)
    assert 0 < whole.start_sequence_s < whole.estimated_time_s
    assert alone.start_sequence_s is None


def test_m400_dwell_and_m73_hints(tmp_path: Path) -> None:
    moves = _square_moves(20)
    plain = _both(_write(tmp_path / "plain.gcode", ["M73 P0 R12", *moves, "M73 P50 R6"]))
    dwell = _both(_write(tmp_path / "dwell.gcode", [*moves, "M400 S3", "M400 P500"]))
    assert plain.m73_remaining_s == 720
    assert dwell.m73_remaining_s is None
    assert dwell.estimated_time_s == pytest.approx(plain.estimated_time_s + 3.5, abs=0.11)


def test_the_summary_shows_the_hint_and_the_start_sequence(tmp_path: Path) -> None:
    lines = ["M73 P0 R12", *_square_moves(50), "; MACHINE_START_GCODE_END", *_square_moves(50)]
    text = human_summary(_both(_write(tmp_path / "bambu.gcode", lines)))
    assert "  file's M73 hint 12 min at the start" in text
    assert "  start sequence  " in text
    plain = human_summary(_both(_write(tmp_path / "plain.gcode", _square_moves(50))))
    assert "M73" not in plain
    assert "start sequence" not in plain
