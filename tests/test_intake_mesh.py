"""Model checks through trimesh, and slicing with PrusaSlicer's command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import trimesh

from agent.motion import MotionLimits
from coordinator.intake.gcode import analyze_gcode
from coordinator.intake.mesh import MeshError, check_mesh
from coordinator.intake.slicing import (
    INSTALL_HINT,
    SlicerNotFound,
    SliceSettings,
    find_slicer,
    slice_model,
    slicer_config,
)

DATA = Path(__file__).parent / "data"
BOX = DATA / "box_12x12x3.stl"
needs_slicer = pytest.mark.skipif(
    shutil.which("prusa-slicer") is None, reason="prusa-slicer is not installed"
)


def test_binary_stl_is_checked() -> None:
    report = check_mesh(BOX, build_volume=(200, 200, 200))
    assert report.watertight
    assert report.non_manifold_edges == 0
    assert report.size_mm == pytest.approx((12, 12, 3))
    assert report.volume_mm3 == pytest.approx(432, rel=1e-3)
    assert report.fits
    assert report.orientation == "as modelled"


@pytest.mark.parametrize("suffix", [".stl", ".obj", ".3mf"])
def test_other_formats_and_ascii_stl(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"box{suffix}"
    mesh = trimesh.creation.box((10, 20, 30))
    if suffix == ".stl":
        path.write_bytes(trimesh.exchange.stl.export_stl_ascii(mesh).encode())
    else:
        mesh.export(path)
    report = check_mesh(path)
    assert report.size_mm == pytest.approx((10, 20, 30))
    assert report.watertight


def test_a_tall_part_fits_when_laid_flat() -> None:
    report = check_mesh(BOX, build_volume=(5, 20, 20))
    assert report.fits
    assert report.orientation is not None
    assert "laid" in report.orientation


def test_a_part_too_large_for_any_orientation_is_refused() -> None:
    report = check_mesh(BOX, build_volume=(10, 10, 10))
    assert report.fits is False
    assert report.reason is not None
    assert "does not fit" in report.reason


def test_an_open_mesh_is_reported(tmp_path: Path) -> None:
    mesh = trimesh.creation.box((10, 10, 10))
    mesh.update_faces(list(range(len(mesh.faces) - 1)))  # drop one triangle
    path = tmp_path / "open.stl"
    mesh.export(path)
    report = check_mesh(path)
    assert not report.watertight
    assert report.non_manifold_edges > 0
    assert report.volume_mm3 is None


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.stl", b"", "empty"),
        ("junk.stl", b"\x00\x01garbage" * 3, "not a readable|no triangles"),
        ("nothing.obj", b"# no faces\n", "no triangles|not a readable"),
        ("model.step", b"ISO-10303-21;", "unsupported"),
    ],
)
def test_bad_models_say_why(tmp_path: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MeshError, match=words):
        check_mesh(path)


def test_slicer_config_follows_the_printer() -> None:
    settings = SliceSettings(
        bed_x=250, bed_y=210, max_z=220, nozzle_diameter=0.6, firmware="reprapfirmware",
        material="PETG", limits=MotionLimits(print_accel=900),
    )  # fmt: skip
    config = slicer_config(settings)
    assert "bed_shape = 0x0,250x0,250x210,0x210" in config
    assert "nozzle_diameter = 0.6" in config
    assert "gcode_flavor = reprapfirmware" in config
    assert "temperature = 240" in config
    assert "machine_max_acceleration_extruding = 900" in config


def test_without_a_slicer_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(SlicerNotFound, match="apt-get install prusa-slicer"):
        find_slicer()
    assert "prusa-slicer" in INSTALL_HINT


@needs_slicer
def test_slice_and_analyse(tmp_path: Path) -> None:
    settings = SliceSettings(bed_x=180, bed_y=180, max_z=180, nozzle_diameter=0.4, layer_height=0.3)
    out = slice_model(BOX, tmp_path / "box.gcode", settings)
    result = analyze_gcode(out)
    assert result.slicer.name == "PrusaSlicer"
    assert result.nozzle_diameter_mm == 0.4
    assert result.layers == 10
    box = result.extents.extruding
    assert box is not None
    assert box.max_x < 180
    assert (box.min_x + box.max_x) / 2 == pytest.approx(90, abs=1)  # centred on the bed
    assert result.slicer.estimated_time_s is not None
    assert result.estimated_time_s == pytest.approx(result.slicer.estimated_time_s, rel=0.05)
