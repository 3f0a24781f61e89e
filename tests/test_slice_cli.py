"""`printfarm slice MODEL --profile P`: a member's model to G-code for a printer profile,
with the real PrusaSlicer, run as a real child process.

The G-code lands where `--out` says (or beside the model), centred on the profile's bed;
a model that does not fit as it lies is laid on a face that fits; the output names the
G-code and its analysis. A model that cannot be sliced is refused with the reason and a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trimesh

from coordinator.intake.gcode import analyze_gcode
from coordinator.intake.models import Box
from tests.helpers.printfarm_cli import prusa_slicer_or_skip, refused, run_printfarm


def _part(box: Box) -> tuple[float, float, float]:
    return (box.max_x - box.min_x, box.max_y - box.min_y, box.max_z)


@pytest.mark.parametrize("suffix", ["stl", "3mf", "obj"])
def test_a_model_is_sliced_for_the_profile_and_analysed(tmp_path: Path, suffix: str) -> None:
    prusa_slicer_or_skip()
    model = tmp_path / f"cube.{suffix}"
    trimesh.creation.box((20, 20, 10)).export(model)
    out = tmp_path / "sliced" / "cube.gcode"
    out.parent.mkdir()
    done = run_printfarm("slice", str(model), "--profile", "prusa", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"G-code: {out}" in done.stdout
    assert "estimated time" in done.stdout
    assert "slicer          PrusaSlicer" in done.stdout
    box = analyze_gcode(out).extents.extruding
    assert box is not None
    # The prusa profile's bed is 250 x 210 mm: the part sits at its centre.
    assert (box.min_x + box.max_x) / 2 == pytest.approx(125, abs=1)
    assert (box.min_y + box.max_y) / 2 == pytest.approx(105, abs=1)
    assert box.max_z == pytest.approx(10, abs=0.3)


def test_the_gcode_goes_beside_the_model_by_default_with_json(tmp_path: Path) -> None:
    prusa_slicer_or_skip()
    model = tmp_path / "cube.stl"
    trimesh.creation.box((20, 20, 10)).export(model)
    done = run_printfarm("slice", str(model), "--profile", "marlin2", "--json")
    assert done.returncode == 0, done.stderr
    analysis = json.loads(done.stdout)
    assert analysis["file_name"] == "cube.gcode"
    assert analysis["slicer"]["name"] == "PrusaSlicer"
    assert (tmp_path / "cube.gcode").is_file()


def test_a_part_too_tall_as_it_lies_is_laid_on_a_face_that_fits(tmp_path: Path) -> None:
    """230 mm tall is over the prusa profile's 210 mm: laid down, 230 mm along x (250)."""
    prusa_slicer_or_skip()
    model = tmp_path / "pillar.stl"
    trimesh.creation.box((20, 30, 230)).export(model)
    out = tmp_path / "pillar.gcode"
    done = run_printfarm("slice", str(model), "--profile", "prusa", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "laid on its front" in done.stdout
    box = analyze_gcode(out).extents.extruding
    assert box is not None
    x, y, z = _part(box)
    assert z == pytest.approx(30, abs=0.3)  # its 30 mm side is now its height
    assert x > 230  # its length lies along x (with the skirt)
    assert y < 60


def _open_box(path: Path) -> None:
    mesh = trimesh.creation.box((20, 20, 20))
    mesh.update_faces(list(range(len(mesh.faces) - 1)))  # a hole: one triangle gone
    mesh.export(path)


def _huge(path: Path) -> None:
    trimesh.creation.box((400, 400, 400)).export(path)


def _cube(path: Path) -> None:
    trimesh.creation.box((20, 20, 20)).export(path)


def _stl_bytes(path: Path) -> None:
    path.write_bytes(trimesh.creation.box((20, 20, 20)).export(file_type="stl"))


def _garbage(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100)


@pytest.mark.parametrize(
    ("name", "make", "extra", "needles"),
    [
        ("open.stl", _open_box, [], ["open.stl is not watertight", "not a manifold"]),
        ("huge.stl", _huge, [], ["too big for a prusa printer", "400.0 x 400.0 x 400.0 mm"]),
        ("cube.stl", _cube, ["--profile", "nope"], ["no firmware profile named 'nope'"]),
        ("broken.3mf", _garbage, [], ["broken.3mf is not a readable 3MF"]),
        ("cube.gcode", _stl_bytes, [], ["cube.gcode is not a model (STL, 3MF or OBJ)"]),
    ],
)
def test_a_model_that_cannot_be_sliced_says_why(
    tmp_path: Path, name: str, make: object, extra: list[str], needles: list[str]
) -> None:
    model = tmp_path / name
    assert callable(make)
    make(model)
    profile = extra or ["--profile", "prusa"]
    refused(run_printfarm("slice", str(model), *profile), *needles)
    if model.suffix != ".gcode":
        assert not model.with_suffix(".gcode").exists()


def test_without_a_slicer_it_says_how_to_install_one(tmp_path: Path) -> None:
    model = tmp_path / "cube.stl"
    _cube(model)
    empty = tmp_path / "bin"
    empty.mkdir()
    refused(
        run_printfarm("slice", str(model), "--profile", "prusa", path_env=str(empty)),
        "no slicer is installed",
        "apt-get install prusa-slicer",
    )
