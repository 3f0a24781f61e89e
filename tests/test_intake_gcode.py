"""G-code analysis: moves, modes, extents, metadata of the common slicers, bad input."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pytest

from coordinator.intake.gcode import analyze_gcode, check_against_build_volume
from coordinator.intake.reader import GcodeInputError
from coordinator.intake.thumbnails import extract_thumbnails
from coordinator.requirements import FROM_FILE
from coordinator.requirements import Extents as BuildVolumeNeed

DATA = Path(__file__).parent / "data"


def write(tmp_path: Path, text: str | bytes, name: str = "job.gcode") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def tiny_png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\0" + b"\x80\x40\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def thumbnail_block(width: int, height: int, tag: str = "thumbnail") -> str:
    encoded = base64.b64encode(tiny_png(width, height)).decode()
    lines = [encoded[i : i + 78] for i in range(0, len(encoded), 78)]
    body = "".join(f"; {line}\n" for line in lines)
    return f"; {tag} begin {width}x{height} {len(encoded)}\n{body}; {tag} end\n"


def test_prusaslicer_file_metadata_and_estimate() -> None:
    result = analyze_gcode(DATA / "prusaslicer_box_marlin2.gcode")
    assert result.slicer.name == "PrusaSlicer"
    assert result.slicer.version == "2.5.0"
    assert result.slicer.estimated_time_s == 135
    assert result.estimated_time_s == pytest.approx(135, rel=0.05)
    assert result.slicer.filament_used_mm is not None
    assert result.filament_mm == pytest.approx(result.slicer.filament_used_mm, rel=1e-3)
    assert result.nozzle_diameter_mm == 0.4
    assert result.material == "PLA"
    assert result.firmware_flavor == "marlin"
    assert result.layers == 10  # 3 mm at 0.3 mm
    box = result.extents.extruding
    assert box is not None
    # A 12 mm box centred at 110, 110 (the skirt lies around it).
    assert box.min_x < 104
    assert box.max_x > 116
    assert box.max_z == pytest.approx(3.0, abs=0.01)
    assert result.filament_mass_g is not None
    assert result.filament_mass_g > 0
    assert result.max_temperatures.hotend_c is not None


def test_positioning_modes_offsets_and_filament(tmp_path: Path) -> None:
    gcode = """G28
G90
M83
G1 Z0.2 F600
G1 X10 Y10 F3000
G1 X20 Y10 E1.0 F1200 ; extrude 10 mm
G1 E-0.8 F2400 ; retract
G91
G1 X5 Y0 ; relative travel to 25,10
G90 ; Marlin: E absolute again too
M83
G1 E0.8 ; prime back: not new filament
G1 X25 Y20 E1.0
G92 X0 Y0 ; logical origin here: machine 25,20
G1 X5 Y0 E0.5 ; machine 30,20
M82
G92 E0
G1 X5 Y5 E0.5 ; absolute E
G1 Z0.4
G1 X0 Y5 E1.0
"""
    result = analyze_gcode(write(tmp_path, gcode))
    assert result.filament_mm == pytest.approx(1.0 + 1.0 + 0.5 + 0.5 + 0.5)
    box = result.extents.extruding
    assert box is not None
    assert (box.min_x, box.max_x) == pytest.approx((10, 30))
    assert (box.min_y, box.max_y) == pytest.approx((10, 25))
    assert result.layers == 2
    assert result.extents.all_moves is not None
    assert result.extents.all_moves.max_z == pytest.approx(0.4)


def test_arcs_reach_their_outer_points(tmp_path: Path) -> None:
    # A full circle of radius 10 around (50, 50), starting at its left.
    gcode = "G90\nM83\nG1 X40 Y50 Z0.2 F3000\nG2 X40 Y50 I10 J0 E3 F1200\n"
    result = analyze_gcode(write(tmp_path, gcode))
    box = result.extents.extruding
    assert box is not None
    assert (box.min_x, box.max_x, box.min_y, box.max_y) == pytest.approx((40, 60, 40, 60), abs=0.01)
    # 62.8 mm at 20 mm/s: a little over 3.1 s after the approach move.
    approach = analyze_gcode(write(tmp_path, "G1 X40 Y50 Z0.2 F3000\n", "approach.gcode"))
    assert 3.1 < result.estimated_time_s - approach.estimated_time_s < 3.5


def test_limits_in_the_file_change_the_estimate(tmp_path: Path) -> None:
    moves = "".join(f"G1 X{(i % 2) * 100} Y{i % 3} F12000\n" for i in range(50))
    slow = analyze_gcode(write(tmp_path, "M204 S200\nM205 X5 Y5\n" + moves, "slow.gcode"))
    fast = analyze_gcode(write(tmp_path, "M204 S5000\nM205 X5 Y5\n" + moves, "fast.gcode"))
    assert slow.estimated_time_s > fast.estimated_time_s * 1.5


def test_dwell_counts(tmp_path: Path) -> None:
    result = analyze_gcode(write(tmp_path, "G1 X10 F600\nG4 S30\nG4 P500\n"))
    assert result.estimated_time_s == pytest.approx(30.5 + 1.0, abs=0.1)


def test_tool_changes_split_filament(tmp_path: Path) -> None:
    gcode = "M83\nT0\nG1 X10 E2 F600\nT1\nG1 X20 E3\nT0\nG1 X30 E1\n"
    result = analyze_gcode(write(tmp_path, gcode))
    assert result.filament_mm_per_tool == {"T0": 3.0, "T1": 3.0}
    assert result.tools == ["T0", "T1"]


def test_compact_lowercase_and_numbered_lines(tmp_path: Path) -> None:
    gcode = "N1 G1 X10 Y0 F600*57\ng1 x20 y0\nG1X30Y0E1\nG01 X40\n"
    result = analyze_gcode(write(tmp_path, gcode))
    assert result.extents.all_moves is not None
    assert result.extents.all_moves.max_x == 40
    assert result.moves == 4


CURA = """;FLAVOR:Marlin
;TIME:6543
;Filament used: 1.5m
;Layer height: 0.2
;MINX:10
;Generated with Cura_SteamEngine 5.4.0
M104 S205
G1 X10 Y10 Z0.2 E1 F1200
"""
SIMPLIFY3D = """; G-Code generated by Simplify3D(R) Version 4.1.2
;   layerHeight,0.25
;   extruderDiameter,0.5
G1 X10 Y10 Z0.2 E1 F1200
; Build Summary
;   Build time: 1 hours 3 minutes
;   Filament length: 1234.5 mm (1.23 m)
"""
IDEAMAKER = """;Sliced by ideaMaker 4.2.1
;Print Time: 3600
;Layer Height: 0.3
G1 X10 Y10 Z0.2 E1 F1200
"""
ORCA = """; generated by OrcaSlicer 2.1.1 on 2024-06-01 at 10:00:00
G1 X10 Y10 Z0.2 E1 F1200
; total estimated time: 1h 2m 3s
; CONFIG_BLOCK_START
; nozzle_diameter = 0.6
; filament_type = PETG
; gcode_flavor = klipper
; CONFIG_BLOCK_END
"""
BAMBU = """; HEADER_BLOCK_START
; BambuStudio 01.08.04.51
; model printing time: 50m 1s; total estimated time: 55m 2s
; HEADER_BLOCK_END
G1 X10 Y10 Z0.2 E1 F1200
"""
SUPERSLICER = """; generated by SuperSlicer 2.5.59 on 2024-01-01
G1 X10 Y10 Z0.2 E1 F1200
; estimated printing time (normal mode) = 1d 1h 1m 1s
; filament_type = ABS
"""


@pytest.mark.parametrize(
    ("text", "name", "version", "seconds"),
    [
        (CURA, "Cura", "5.4.0", 6543),
        (SIMPLIFY3D, "Simplify3D", "4.1.2", 3780),
        (IDEAMAKER, "ideaMaker", "4.2.1", 3600),
        (ORCA, "OrcaSlicer", "2.1.1", 3723),
        (BAMBU, "BambuStudio", "01.08.04.51", 3302),
        (SUPERSLICER, "SuperSlicer", "2.5.59", 90061),
    ],
)
def test_slicer_headers_and_footers(
    tmp_path: Path, text: str, name: str, version: str, seconds: float
) -> None:
    result = analyze_gcode(write(tmp_path, text))
    assert (result.slicer.name, result.slicer.version) == (name, version)
    assert result.slicer.estimated_time_s == seconds


def test_other_facts_from_slicer_comments(tmp_path: Path) -> None:
    orca = analyze_gcode(write(tmp_path, ORCA))
    assert (orca.nozzle_diameter_mm, orca.material, orca.firmware_flavor) == (
        0.6,
        "PETG",
        "klipper",
    )
    s3d = analyze_gcode(write(tmp_path, SIMPLIFY3D))
    assert (s3d.layer_height_mm, s3d.nozzle_diameter_mm) == (0.25, 0.5)
    assert s3d.slicer.filament_used_mm == 1234.5
    cura = analyze_gcode(write(tmp_path, CURA))
    assert cura.slicer.filament_used_mm == 1500
    assert cura.max_temperatures.hotend_c == 205


def test_thumbnails_are_found_and_extracted(tmp_path: Path) -> None:
    text = thumbnail_block(16, 16) + thumbnail_block(32, 24, "thumbnail_PNG") + CURA
    path = write(tmp_path, text)
    result = analyze_gcode(path)
    assert result.thumbnails.count == 2
    assert result.thumbnails.sizes == ["16x16", "32x24"]
    images = extract_thumbnails(path)
    assert [i.data[:4] for i in images] == [b"\x89PNG"] * 2
    assert images[1].media_type == "image/png"


def test_a_corrupt_thumbnail_is_a_warning(tmp_path: Path) -> None:
    text = "; thumbnail begin 8x8 12\n; !!!not base64!!!\n; thumbnail end\n" + CURA
    result = analyze_gcode(write(tmp_path, text))
    assert result.thumbnails.count == 0
    assert any("thumbnail" in w for w in result.warnings)


def test_flavour_hints(tmp_path: Path) -> None:
    rrf = analyze_gcode(write(tmp_path, "M566 X600 Y600\nG10 P0 S215\nG1 X10 E1 F600\n"))
    assert rrf.firmware_flavor == "reprapfirmware"
    klipper = analyze_gcode(write(tmp_path, "PRINT_START BED=60\nG1 X10 E1 F600\n"))
    assert klipper.firmware_flavor == "klipper"
    prusa = analyze_gcode(write(tmp_path, 'M862.3 P "MK3S"\nM73 P0\nG1 X10 E1 F600\n'))
    assert prusa.firmware_flavor == "prusa"


def test_build_volume_check() -> None:
    result = analyze_gcode(DATA / "prusaslicer_box_marlin2.gcode")
    assert check_against_build_volume(result, BuildVolumeNeed(x=220, y=220, z=250)) is None
    reason = check_against_build_volume(result, BuildVolumeNeed(x=100, y=220, z=2))
    assert reason is not None
    assert "X" in reason
    assert "Z" in reason
    need = result.requirements()
    assert need.extents is not None
    assert need.extents.z == pytest.approx(3.0, abs=0.01)
    assert need.nozzle_diameter == 0.4
    assert need.origin("nozzle_diameter") == FROM_FILE


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 64, "binary"),
        (b"GCDE\x01\x00\x00\x00" + b"\x00" * 100, "bgcode"),
        (b"solid cube\n facet normal 0 0 1\n", "3D model"),
    ],
)
def test_refused_input_says_why(tmp_path: Path, content: bytes, words: str) -> None:
    with pytest.raises(GcodeInputError, match=words):
        analyze_gcode(write(tmp_path, content))


def test_text_that_is_not_gcode_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GcodeInputError, match="no G-code moves"):
        analyze_gcode(write(tmp_path, "Dear diary,\ntoday I printed nothing.\n"))


def test_damaged_files_give_warnings_not_crashes(tmp_path: Path) -> None:
    content = (
        b"G1 X10 F600\n"
        + b"G1 X\xff\xfe20\n"  # not UTF-8, and not a number either
        + b"M117 " + b"A" * 200 + b"\n"  # longer than the firmware's 96
        + b"; " + b"B" * 200_000 + b"\n"  # over the 64 KB line cap
        + b"FROBNICATE 12\n"
        + b"G1 X30\n"
    )  # fmt: skip
    result = analyze_gcode(write(tmp_path, content))
    assert result.extents.all_moves is not None
    assert result.extents.all_moves.max_x == 30
    text = " ".join(result.warnings)
    for expected in ("UTF-8", "64 KB", "longer than 96", "malformed", "FROBNICATE"):
        assert expected in text


def test_a_file_without_newlines_stays_bounded(tmp_path: Path) -> None:
    path = write(tmp_path, b"G1 X10 F600\n" + b"X" * (3 << 20))
    result = analyze_gcode(path)
    assert result.moves == 1
    assert any("64 KB" in w for w in result.warnings)
