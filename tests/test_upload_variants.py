"""A model is sliced once per matching printer class, and its job prints the slice of
whichever class has a printer free: the real HTTP app over an in-process coordinator,
the test Mosquitto, simulated agents and a real PrusaSlicer.

The farm: `mk3` (Prusa firmware, 0.4 mm nozzle, PLA, 250 x 210 x 210 mm) and `ender`
(Marlin, 0.6 mm, PETG, 220 x 220 x 250 mm). One of them has a part on its bed, so the
job of an uploaded cube must go to the other, with the G-code sliced for it.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trimesh
from playwright.sync_api import expect

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.requirements import Requirements
from coordinator.store import JobSpec
from coordinator.variants import Variant
from tests.coordinator_harness import running_coordinator, sim_agent
from tests.helpers.api_server import ApiServer, api_server
from tests.helpers.browser import chromium, need_chromium, screenshot_path
from tests.helpers.printfarm_cli import prusa_slicer_or_skip
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]

# What PrusaSlicer writes of its configuration at the end of the G-code.
CLASS_LINES = {
    "mk3": (b"; nozzle_diameter = 0.4", b"; filament_type = PLA"),
    "ender": (b"; nozzle_diameter = 0.6", b"; filament_type = PETG"),
}


def _printers(blocked: str) -> list[SimPrinter]:
    return [
        SimPrinter("mk3", print_s=30, volume=(250, 210, 210), firmware="prusa",
                   bed_clear=blocked != "mk3"),
        SimPrinter("ender", print_s=30, volume=(220, 220, 250), firmware="marlin",
                   nozzle_diameter=0.6, material="petg", bed_clear=blocked != "ender"),
    ]  # fmt: skip


@pytest.fixture(params=["mk3", "ender"], ids=["mk3-blocked", "ender-blocked"])
def farm(
    request: pytest.FixtureRequest, mosquitto: MosquittoBroker, tmp_path: Path
) -> Iterator[tuple[ApiServer, SimAgent, str]]:
    blocked: str = request.param
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        api_server(ops) as api,
        sim_agent(mosquitto, "a1", _printers(blocked)) as agent,
    ):
        api.add_user("ann", Role.MEMBER)
        wait_until(lambda: len(ops.list_printers()) == 2, 30, "both printers to report")
        yield api, agent, blocked


def _stl(mesh: trimesh.Trimesh) -> bytes:
    data = mesh.export(file_type="stl")
    assert isinstance(data, bytes)
    return data


def _job(api: ApiServer, job_id: str) -> dict[str, Any]:
    answer = httpx.get(
        f"{api.url}/jobs/{job_id}",
        headers={"Authorization": f"Bearer {api.tokens['ann']}"}, timeout=30,
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    job: dict[str, Any] = answer.json()
    return job


def _gcode(api: ApiServer, sha256: str) -> bytes:
    stored = api.ops.c.files.get(sha256)
    assert stored is not None
    data = stored.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == sha256
    return data


def test_an_stl_is_sliced_per_class_and_goes_to_the_free_one(
    farm: tuple[ApiServer, SimAgent, str], tmp_path: Path
) -> None:
    prusa_slicer_or_skip()
    api, agent, blocked = farm
    free = "ender" if blocked == "mk3" else "mk3"
    started: list[tuple[str, str]] = []
    agent.on_start = lambda printer, command: started.append((printer, command.sha256))
    answer = httpx.post(
        f"{api.url}/jobs",
        headers={"Authorization": f"Bearer {api.tokens['ann']}"},
        files={"file": ("cube.stl", _stl(trimesh.creation.box((20, 20, 10))))},
        timeout=300,
    )
    assert answer.status_code == 201, answer.text
    (queued,) = answer.json()
    variants = queued["variants"]
    assert sorted(v["label"] for v in variants) == ["marlin, 0.6 mm, petg", "prusa, 0.4 mm, pla"]
    assert all(v["estimated_s"] and v["filament_g"] for v in variants)
    by_class = {"ender" if "marlin" in v["label"] else "mk3": v for v in variants}
    for name, lines in CLASS_LINES.items():  # each file is sliced for its class
        gcode = _gcode(api, by_class[name]["file_sha256"])
        assert all(line in gcode for line in lines), name

    wait_until(lambda: bool(started), 60, "the job to start on a printer")
    assert started == [(free, by_class[free]["file_sha256"])]
    job = _job(api, queued["id"])
    assert job["printer_key"] == f"a1/{free}"
    assert job["file_sha256"] == by_class[free]["file_sha256"]
    assert job["requirements"]["nozzle_diameter"] == (0.6 if free == "ender" else 0.4)
    assert job["estimated_s"] == by_class[free]["estimated_s"]
    assert [v["chosen"] for v in job["variants"]] == [v is by_class[free] for v in variants]
    assert agent.printers[blocked].started == []
    _job_page_shows_the_choice(api, queued["id"], by_class[free]["label"], blocked)

    # The same from the command line: `printfarm submit model.stl` says what it was
    # sliced for; both printers are busy now, and the job says it waits for them.
    model = tmp_path / "cube.stl"
    model.write_bytes(_stl(trimesh.creation.box((20, 20, 10))))
    done = api.cli("ann", "submit", str(model))
    assert done.returncode == 0, done.stderr
    assert "sliced for marlin, 0.6 mm, petg; prusa, 0.4 mm, pla" in done.stdout
    (second,) = [j for j in api.ops.list_jobs() if j.id != queued["id"]]
    assert second.state == "queued"
    assert second.waiting is not None
    assert second.waiting.kind in {"busy", "bed_not_clear"}, second.waiting


def _job_page_shows_the_choice(api: ApiServer, job_id: str, chosen: str, blocked: str) -> None:
    need_chromium()
    with chromium() as browser:
        page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{api.url}/login")
        page.fill("input[name=username]", "ann")
        page.fill("input[name=password]", api.passwords["ann"])
        page.click("form#login button[type=submit]")
        expect(page).to_have_url(f"{api.url}/", timeout=30_000)
        page.goto(f"{api.url}/job/{job_id}")
        rows = page.locator("#variants tbody tr")
        expect(rows).to_have_count(2, timeout=30_000)
        expect(page.locator("#variants tr[data-chosen=true]")).to_contain_text(chosen)
        expect(page.locator("#variants tr[data-chosen=true]")).to_contain_text("chosen")
        expect(page.locator("#variants tr[data-chosen=false]")).to_have_count(1)
        page.screenshot(path=screenshot_path(f"variants-{blocked}-blocked"), full_page=True)
        assert errors == []


def test_a_requeued_copy_keeps_the_variants(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    """A cancelled job of two variants, re-queued: the copy may again go to either class."""
    with running_coordinator(mosquitto, tmp_path) as ops:
        files = [ops.c.files.put_stream(io.BytesIO(f"G28 ; {n}\n".encode())) for n in (1, 2)]
        variants = tuple(
            Variant(label=f"class {n}", file_sha256=f.sha256, file_size=f.size,
                    requirements=Requirements(nozzle_diameter=0.2 * (n + 1)))
            for n, f in enumerate(files)
        )  # fmt: skip
        spec = JobSpec(
            name="cube", file_sha256=files[0].sha256, file_size=files[0].size,
            file_name="cube.stl", requirements=variants[0].requirements, variants=variants,
        )  # fmt: skip
        (job,) = ops.c.store.submit(spec)
        assert ops.c.store.cancel_queued(job.id)
        (again,) = ops.requeue(job.id)
        assert [v.label for v in again.variants] == ["class 0", "class 1"]
        assert ops.c.store.get_job(again.id).variants == variants
