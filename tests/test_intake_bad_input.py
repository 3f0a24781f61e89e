"""`printfarm analyze` on the inputs that used to trip it, as a real child process.

Each row makes one file in tmp_path and says what a person must see: damaged input is
refused with its reason and a non-zero exit (and `{"error": ...}` with `--json`), input
that is odd but sound (a byte order mark, Bambu's pseudo-tool, Cura's volumetric E, a
spiral vase) is read right. Never a traceback, never invalid JSON.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from tests.coordinator_harness import running_coordinator
from tests.helpers.api_server import ApiServer, api_server
from tests.helpers.printfarm_cli import run_printfarm

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf400000030101006f2e8d5d0000000049454e44ae426082"
)


def _moves(count: int = 60) -> list[str]:
    """A small absolute-E print on one layer."""
    lines, e = ["G28", "G90", "M82", "G92 E0", "G1 Z0.2 F600"], 0.0
    for i in range(count):
        e += 0.8
        lines.append(f"G1 X{10 + (i % 2) * 20} Y{10 + i * 0.5:.2f} E{e:.3f} F1800")
    return lines


def _text(name: str, lines: list[str]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_text("\n".join(lines) + "\n")
        return path

    return make


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _zip(name: str, entries: dict[str, bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        with zipfile.ZipFile(path, "w") as archive:
            for entry, data in entries.items():
                archive.writestr(entry, data)
        return path

    return make


def _textured_obj(folder: Path) -> Path:
    """A tetrahedron whose material has a texture image (trimesh reads it with Pillow)."""
    (folder / "tex.png").write_bytes(PNG_1PX)
    (folder / "tex.mtl").write_text("newmtl skin\nmap_Kd tex.png\n")
    path = folder / "textured.obj"
    path.write_text(
        "mtllib tex.mtl\nv 0 0 0\nv 10 0 0\nv 0 10 0\nv 0 0 10\n"
        "vt 0 0\nvt 1 0\nvt 0 1\nusemtl skin\n"
        "f 1/1 3/3 2/2\nf 1/1 2/2 4/3\nf 1/1 4/3 3/2\nf 2/1 3/2 4/3\n"
    )
    return path


def _spiral_vase() -> list[str]:
    """50 turns of 100 segments rising 0.2 mm a turn, without layer tags."""
    lines, e, z = ["G28", "G90", "M82", "G92 E0", "G1 Z0.2 F600"], 0.0, 0.2
    for _turn in range(50):
        for step in range(1, 101):
            angle = 2 * math.pi * step / 100
            z, e = z + 0.002, e + 0.05
            lines.append(
                f"G1 X{100 + 20 * math.cos(angle):.3f} Y{100 + 20 * math.sin(angle):.3f} "
                f"Z{z:.4f} E{e:.4f} F1200"
            )
    return lines


def _bambu_layers() -> list[str]:
    """Ten layers, each tagged twice as Bambu Studio does (and once more as Orca)."""
    lines = ["; BambuStudio 01.09.00.70", "G28", "G90", "M83"]
    for layer in range(10):
        z = 0.2 * (layer + 1)
        lines += [
            "; CHANGE_LAYER",
            f"; Z_HEIGHT: {z:.2f}",
            ";LAYER_CHANGE",
            f"; layer num/total_layer_count: {layer + 1}/10",
            f"G1 Z{z:.2f} F600",
        ]
        lines += [f"G1 X{10 + (i % 2) * 20} Y{10 + i} E0.5 F1800" for i in range(10)]
    return lines


def _cura_volumetric() -> list[str]:
    """UltiGCode: E words are mm³ of filament; 60 moves of 0.4 mm³ = 24 mm³."""
    lines = [
        ";FLAVOR:UltiGCode",
        ";Generated with Cura_SteamEngine 4.13.1",
        ";Filament used: 24.0mm3",
        "G28",
        "G90",
        "M82",
        "G92 E0",
        "G1 Z0.2 F600",
    ]
    lines += [
        f"G1 X{10 + (i % 2) * 20} Y{10 + i * 0.5:.2f} E{0.4 * (i + 1):.3f} F1800" for i in range(60)
    ]
    return lines


def _area() -> float:
    return math.pi * (1.75 / 2) ** 2


@dataclass(frozen=True)
class Case:
    make: Callable[[Path], Path]
    refused: str | None = None  # the refusal's words; None: the file reads fine
    check: Callable[[dict[str, Any]], bool] = field(default=lambda _: True)


CASES: dict[str, Case] = {
    "3mf-not-a-zip": Case(
        _bytes("part.3mf", b"solid nothing\nthis is no zip\n"),
        "part.3mf is not a readable 3MF: a 3MF is a ZIP archive",
    ),
    "3mf-zip-of-garbage": Case(
        _bytes("part.3mf", b"PK\x03\x04" + b"\x00garbage" * 100),
        "part.3mf is not a readable 3MF: a 3MF is a ZIP archive",
    ),
    "3mf-zip-without-a-model": Case(
        _zip("part.3mf", {"foo.bin": b"\x00\x01garbage" * 50}),
        "part.3mf is not a readable 3MF: a ZIP without 3D/3dmodel.model",
    ),
    "3mf-model-of-garbage": Case(
        _zip("part.3mf", {"3D/3dmodel.model": b"<model><garbage"}),
        "part.3mf is not a readable 3MF",
    ),
    "obj-with-a-texture": Case(
        _textured_obj, check=lambda r: r["triangles"] == 4 and r["watertight"] is True
    ),
    "feedrate-fast": Case(
        _text("fast.gcode", [*_moves(), "; machine_max_feedrate_x = fast"]),
        "machine_max_feedrate_x = 'fast' is not a number",
    ),
    "zero-accelerations-in-the-config": Case(
        _text(
            "zero.gcode",
            [*_moves(), "; machine_max_acceleration_x = 0", "; machine_max_acceleration_y = 0"],
        ),
        "machine limits set acceleration X, acceleration Y to 0",
    ),
    "zero-accelerations-in-m201": Case(
        _text("zero.gcode", ["M201 X0 Y0", *_moves()]),
        "zero.gcode line 1: M201 sets acceleration X, acceleration Y to 0",
    ),
    "one-line-of-1-mb": Case(
        _bytes("line.gcode", b"G1 X1 Y1 " + b"X" * (1 << 20) + b"\n"),
        "line.gcode has no G-code moves: 1 line(s) over 64 KB skipped",
    ),
    "a-move-to-1e308": Case(  # the time is no number; the submit refuses the move
        _text("far.gcode", ["G28", "G90", "G1 X10 Y10 F1800", "G1 X1e308 Y10"]),
        check=lambda r: (
            r["estimated_time_s"] is None and r["extents"]["all_moves"]["max_x"] > 1e300
        ),
    ),
    "utf8-bom": Case(
        _bytes(
            "bom.gcode",
            b"\xef\xbb\xbf"
            + "\n".join(["; generated by PrusaSlicer 2.7.1+linux", *_moves()]).encode()
            + b"\n",
        ),
        check=lambda r: (
            r["slicer"]["name"] == "PrusaSlicer" and r["moves"] == 61 and not r["warnings"]
        ),
    ),
    "bambu-t1000-pseudo-tool": Case(
        _text("t1000.gcode", ["; BambuStudio 01.09.00.70", "T0", "T1000", *_moves(), "T1001"]),
        check=lambda r: r["tools"] == ["T0"] and set(r["filament_mm_per_tool"]) == {"T0"},
    ),
    "cura-flavor-reprap": Case(
        _text("rrf.gcode", [";FLAVOR:RepRap", ";Generated with Cura_SteamEngine 5.6.0", *_moves()]),
        check=lambda r: r["firmware_flavor"] == "reprapfirmware",
    ),
    "spiral-vase-without-layer-tags": Case(
        _text("vase.gcode", _spiral_vase()), check=lambda r: 49 <= r["layers"] <= 51
    ),
    "bambu-two-kinds-of-layer-tag": Case(
        _text("bambu.gcode", _bambu_layers()), check=lambda r: r["layers"] == 10
    ),
    "cura-volumetric-e": Case(
        _text("vol.gcode", _cura_volumetric()),
        check=lambda r: (
            r["filament_mm"] == pytest.approx(24 / _area(), abs=0.01)
            and r["filament_volume_mm3"] == pytest.approx(24, abs=0.1)
        ),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("as_json", [False, True], ids=["human", "json"])
def test_analyze_bad_input(tmp_path: Path, name: str, as_json: bool) -> None:
    case = CASES[name]
    path = case.make(tmp_path)
    done = run_printfarm("analyze", *(["--json"] if as_json else []), str(path))
    out = done.stdout + done.stderr
    assert "Traceback" not in out, out
    if case.refused is not None:
        assert done.returncode == 2, out
        assert done.stderr.startswith("error: "), out
        assert case.refused in done.stderr, out
    else:
        assert done.returncode == 0, out
    if not as_json:
        return
    answer = json.loads(done.stdout)  # valid JSON, no NaN
    if case.refused is not None:
        assert case.refused in answer["error"]
    else:
        assert case.check(answer), answer


REFUSED = [name for name, case in CASES.items() if case.refused is not None]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ApiServer]:
    """The real HTTP app over an in-process coordinator and the test Mosquitto (no
    printers: any size passes)."""
    with (
        MosquittoBroker.start(tmp_path_factory.mktemp("mosquitto")) as broker,
        running_coordinator(broker, tmp_path_factory.mktemp("coord")) as ops,
        api_server(ops) as server,
    ):
        server.add_user("ann", Role.MEMBER)
        yield server


@pytest.mark.mqtt
@pytest.mark.parametrize("name", REFUSED)
def test_upload_of_bad_input_is_a_4xx_with_the_reason(
    api: ApiServer, tmp_path: Path, name: str
) -> None:
    case = CASES[name]
    path = case.make(tmp_path)
    answer = httpx.post(
        f"{api.url}/jobs",
        headers={"Authorization": f"Bearer {api.tokens['ann']}"},
        files={"file": (path.name, path.read_bytes())},
        timeout=120,
    )
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert detail.startswith(path.name), detail
    assert "Traceback" not in detail
    assert re.search("[0-9a-f]{64}", detail) is None, detail  # not the stored file's name
    assert api.ops.list_jobs() == []
