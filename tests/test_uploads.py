"""Every upload format a member has, at `POST /jobs` (and OctoPrint's upload): the real
HTTP app over an in-process coordinator, the test Mosquitto, simulated agents with
printers of known build volume, real corpus files and a real PrusaSlicer.

The farm has two printer classes: `big` (Marlin, 256 mm cube, PLA) and `small`
(Klipper, 120 x 120 x 60 mm, PETG). A `.gcode.3mf` becomes its plate's G-code, a `.bgcode` its
ASCII G-code; a model is sliced for the class its requirements allow, and the job's
requirements then pin that class, so the G-code goes only to printers it was sliced for.
"""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trimesh

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.intake.gcode import analyze_gcode
from coordinator.intake.slicing import INSTALL_HINT
from coordinator.intake.uploads import UploadError, UploadKind, to_gcode
from coordinator.requirements import Requirements
from tests.coordinator_harness import running_coordinator, sim_agent
from tests.helpers.api_server import ApiServer, api_server
from tests.helpers.printfarm_cli import prusa_slicer_or_skip
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

CORPUS = Path(__file__).parent / "data" / "corpus"
BAMBU = CORPUS / "bambustudio" / "test_bambu_02.04.00.70.gcode.3mf"
BGCODE = CORPUS / "prusaslicer" / "mini_cube_ps2.8.1.bgcode"
BGCODE_ASCII = CORPUS / "prusaslicer" / "mini_cube_ps2.8.1.gcode"  # the same slice, in text


@pytest.fixture
def farm(mosquitto: MosquittoBroker, tmp_path: Path) -> Iterator[tuple[ApiServer, SimAgent]]:
    printers = [
        SimPrinter("big", print_s=0.2, volume=(256, 256, 256), firmware="marlin"),
        SimPrinter("small", print_s=0.2, volume=(120, 120, 60), firmware="klipper",
                   material="petg"),
    ]  # fmt: skip
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        api_server(ops) as api,
        sim_agent(mosquitto, "a1", printers) as agent,
    ):
        api.add_user("ann", Role.MEMBER)
        wait_until(lambda: len(ops.list_printers()) == 2, 10, "both printers to report")
        yield api, agent


def _upload(api: ApiServer, name: str, data: bytes, **form: str) -> httpx.Response:
    return httpx.post(
        f"{api.url}/jobs",
        headers={"Authorization": f"Bearer {api.tokens['ann']}"},
        files={"file": (name, data)},
        data=form,
        timeout=120,
    )


def _job_bytes(api: ApiServer, answer: httpx.Response) -> tuple[dict[str, Any], bytes]:
    assert answer.status_code == 201, answer.text
    (job,) = answer.json()
    stored = api.ops.c.files.get(job["file_sha256"])
    assert stored is not None
    return job, stored.path.read_bytes()


def _plate(path: Path, n: int) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"Metadata/plate_{n}.gcode")


def _moves(text: bytes) -> list[bytes]:
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith(b";")]


def test_a_gcode_3mf_becomes_a_job_printing_its_plate(farm: tuple[ApiServer, SimAgent]) -> None:
    api, _ = farm
    # The plate is sliced for TPU and the farm holds PLA and PETG: the member lifts it.
    lifted = '{"material": null}'
    job, stored = _job_bytes(api, _upload(api, BAMBU.name, BAMBU.read_bytes(), requirements=lifted))
    assert stored == _plate(BAMBU, 1)
    assert job["requirements"]["provenance"]["material"] == {"source": "person", "by": "ann"}
    assert job["file_name"] == BAMBU.name  # the member's name; the stored file is G-code
    assert job["estimated_s"] is not None
    wait_until(lambda: api.ops.get_job(job["id"]).state == "done", 15, "the plate to print")


def _two_plates(tmp_path: Path) -> Path:
    """A project of two plates (the second a copy with a marker line)."""
    path = tmp_path / "two.gcode.3mf"
    with zipfile.ZipFile(BAMBU) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        out.writestr(
            "Metadata/plate_2.gcode", b"; plate two\n" + src.read("Metadata/plate_1.gcode")
        )
    return path


def test_a_project_of_several_plates_needs_the_plate_named(
    farm: tuple[ApiServer, SimAgent], tmp_path: Path
) -> None:
    api, _ = farm
    data = _two_plates(tmp_path).read_bytes()
    refused = _upload(api, "two.gcode.3mf", data)
    assert refused.status_code == 422
    assert "2 plates with G-code (1, 2)" in refused.json()["detail"]
    assert "plate" in refused.json()["detail"]
    _, stored = _job_bytes(api, _upload(api, "two.gcode.3mf", data, plate="2"))
    assert stored.startswith(b"; plate two\n")
    missing = _upload(api, "two.gcode.3mf", data, plate="3")
    assert missing.status_code == 422
    assert "no plate 3; its plates: 1, 2" in missing.json()["detail"]


def test_a_bgcode_upload_is_decoded(farm: tuple[ApiServer, SimAgent]) -> None:
    api, _ = farm
    job, stored = _job_bytes(api, _upload(api, BGCODE.name, BGCODE.read_bytes()))
    assert _moves(stored) == _moves(BGCODE_ASCII.read_bytes())  # every command, in order
    assert job["file_name"] == BGCODE.name
    assert job["estimated_s"] is not None
    assert job["filament_g"] == pytest.approx(0.75)


def test_a_bgcode_under_a_gcode_name_is_told_by_its_magic(
    farm: tuple[ApiServer, SimAgent],
) -> None:
    api, _ = farm
    _, stored = _job_bytes(api, _upload(api, "cube.gcode", BGCODE.read_bytes()))
    assert stored.startswith(b"; generated by PrusaSlicer 2.8.1")


def test_a_damaged_bgcode_is_refused_with_the_reason(farm: tuple[ApiServer, SimAgent]) -> None:
    api, _ = farm
    data = bytearray(BGCODE.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: the block's CRC no longer matches
    answer = _upload(api, "cube.bgcode", bytes(data))
    assert answer.status_code == 422
    assert "not readable binary G-code" in answer.json()["detail"]
    assert "export ASCII G-code" in answer.json()["detail"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("part.3mf", b"\x00garbage, not a zip" * 10),
        ("part.3mf", b"PK\x03\x04" + b"\x00" * 60),  # a ZIP's magic, then nothing of one
    ],
    ids=["not-a-zip", "broken-zip"],
)
def test_garbage_named_3mf_is_not_a_3mf(
    farm: tuple[ApiServer, SimAgent], name: str, data: bytes
) -> None:
    api, _ = farm
    answer = _upload(api, name, data)
    assert answer.status_code == 422, answer.text
    assert "not a 3MF" in answer.json()["detail"]


def test_a_zip_without_a_model_or_plates_is_not_a_3mf(farm: tuple[ApiServer, SimAgent]) -> None:
    api, _ = farm
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    answer = _upload(api, "part.3mf", buffer.getvalue())
    assert answer.status_code == 422
    assert "not a 3MF" in answer.json()["detail"]


def _stl(mesh: trimesh.Trimesh) -> bytes:
    data = mesh.export(file_type="stl")
    assert isinstance(data, bytes)
    return data


def test_a_mesh_that_is_not_watertight_is_refused(farm: tuple[ApiServer, SimAgent]) -> None:
    api, _ = farm
    mesh = trimesh.creation.box((20, 20, 20))
    mesh.update_faces(list(range(len(mesh.faces) - 1)))  # a hole: one triangle gone
    answer = _upload(api, "open.stl", _stl(mesh))
    assert answer.status_code == 422
    assert "open.stl is not watertight" in answer.json()["detail"]


def test_a_model_bigger_than_every_printer_is_refused(farm: tuple[ApiServer, SimAgent]) -> None:
    api, _ = farm
    answer = _upload(api, "huge.stl", _stl(trimesh.creation.box((300, 300, 300))))
    assert answer.status_code == 422
    assert "too big for every printer" in answer.json()["detail"]
    assert "300.0 x 300.0 x 300.0 mm" in answer.json()["detail"]


def test_a_model_without_a_slicer_says_how_to_install_one(
    farm: tuple[ApiServer, SimAgent], monkeypatch: pytest.MonkeyPatch
) -> None:
    api, _ = farm
    monkeypatch.setenv("PATH", "/nonexistent")  # the server runs in this process
    answer = _upload(api, "cube.stl", _stl(trimesh.creation.box((20, 20, 20))))
    assert answer.status_code == 422
    assert INSTALL_HINT in answer.json()["detail"]


def _sliced_job(api: ApiServer, name: str, data: bytes, **form: str) -> dict[str, Any]:
    started = time.monotonic()
    job, stored = _job_bytes(api, _upload(api, name, data, **form))
    print(f"{name}: sliced and queued in {time.monotonic() - started:.1f} s")
    path = api.ops.c.files.get(job["file_sha256"])
    assert path is not None
    job["analysis"] = analyze_gcode(path.path)
    assert stored.startswith(b"; generated by PrusaSlicer")
    return job


@pytest.mark.slow
def test_an_stl_is_sliced_for_the_matching_printer_and_printed(
    farm: tuple[ApiServer, SimAgent],
) -> None:
    """The member asks for Klipper: the cube is sliced for the small printer's 120 mm
    bed (centred at 60, 60) with its PETG, the job pinned to that class, and printed."""
    prusa_slicer_or_skip()
    api, agent = farm
    cube = _stl(trimesh.creation.box((20, 20, 10)))
    job = _sliced_job(api, "cube.stl", cube, requirements='{"firmware": "klipper"}')
    analysis = job["analysis"]
    box = analysis.extents.extruding
    assert box is not None
    assert (box.min_x + box.max_x) / 2 == pytest.approx(60, abs=1)
    assert (box.min_y + box.max_y) / 2 == pytest.approx(60, abs=1)
    assert box.max_z == pytest.approx(10, abs=0.3)
    assert analysis.max_temperatures.hotend_c == 240  # PETG's, not PLA's
    req = job["requirements"]
    assert (req["firmware"], req["nozzle_diameter"], req["material"]) == ("klipper", 0.4, "petg")
    assert job["file_name"] == "cube.stl"
    wait_until(lambda: api.ops.get_job(job["id"]).state == "done", 15, "the cube to print")
    assert agent.printers["small"].finished == [job["id"]]


@pytest.mark.slow
def test_a_3mf_model_too_big_for_the_small_class_goes_to_the_big_one(
    farm: tuple[ApiServer, SimAgent], tmp_path: Path
) -> None:
    """150 mm does not fit the 120 mm printer in any way: the big class is the only
    target, and the part prints as modelled."""
    prusa_slicer_or_skip()
    api, agent = farm
    path = tmp_path / "plate.3mf"
    trimesh.creation.box((150, 30, 2)).export(path)
    job = _sliced_job(api, "plate.3mf", path.read_bytes())
    box = job["analysis"].extents.extruding
    assert box is not None
    assert (box.min_x + box.max_x) / 2 == pytest.approx(128, abs=1)
    assert job["requirements"]["firmware"] == "marlin"
    wait_until(lambda: api.ops.get_job(job["id"]).state == "done", 15, "the plate to print")
    assert agent.printers["big"].finished == [job["id"]]


def test_octoprint_upload_takes_a_gcode_3mf(farm: tuple[ApiServer, SimAgent]) -> None:
    api, _ = farm
    answer = httpx.post(
        f"{api.url}/api/files/local",
        headers={"X-Api-Key": api.tokens["ann"]},
        files={"file": (BAMBU.name, BAMBU.read_bytes())},
        data={"print": "true"},
        timeout=60,
    )
    assert answer.status_code == 201, answer.text
    (job,) = answer.json()["printfarm"]["jobs"]
    stored = api.ops.c.files.get(api.ops.get_job(job["id"]).file_sha256)
    assert stored is not None
    assert hashlib.sha256(_plate(BAMBU, 1)).hexdigest() == stored.sha256


@pytest.mark.slow
def test_a_tall_part_is_laid_on_the_face_that_fits(farm: tuple[ApiServer, SimAgent]) -> None:
    """100 mm tall does not fit the small printer's 60 mm height: laid on its front
    (model z along the bed's y) it does, and PrusaSlicer slices it so."""
    prusa_slicer_or_skip()
    api, agent = farm
    pillar = _stl(trimesh.creation.box((20, 30, 100)))
    job = _sliced_job(api, "pillar.stl", pillar, requirements='{"firmware": "klipper"}')
    box = job["analysis"].extents.extruding
    assert box is not None
    assert box.max_z == pytest.approx(30, abs=0.3)  # its 30 mm side is now its height
    assert box.max_y - box.min_y > 100  # its length lies along y (with the skirt)
    wait_until(lambda: api.ops.get_job(job["id"]).state == "done", 15, "the pillar to print")
    assert agent.printers["small"].finished == [job["id"]]


def test_a_bgcode_that_would_decode_past_the_limit_is_refused_before(tmp_path: Path) -> None:
    """The blocks' headers bound the decoded size: over the store's limit, nothing is
    written (a small file of highly compressed G-code cannot fill the disk)."""
    raw = tmp_path / "upload"
    raw.write_bytes(BGCODE.read_bytes())
    with pytest.raises(UploadError, match="would decode to over 10000 bytes"):
        to_gcode(
            raw, UploadKind.BGCODE, "cube.bgcode", plate=None, requirements=Requirements(),
            printers=[], max_bytes=10_000,
        )  # fmt: skip
    assert not (tmp_path / "converted.gcode").exists()
