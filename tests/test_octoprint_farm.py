"""An OctoPrint printer and a serial printer side by side in one farm, for real.

A real `octoprint serve` (from PyPI, in its own venv, its virtual printer enabled; see
tests/helpers/octoprint_server.py), a real Mosquitto, a real `printfarm coordinator` and
one real `printfarm-agent run` process driving two printers: `vp`, a virtual serial
printer, and `op-1`, the OctoPrint. Jobs go through the farm's API; what OctoPrint did
is read from OctoPrint's own API.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from coordinator.requirements import Requirements
from coordinator.samples import short_segments
from tests.farm_processes import AgentProcess, CoordinatorProcess, coordinator_url, final_state
from tests.helpers.octoprint_server import OctoPrintServer, octoprint_or_skip
from tests.waiting import wait_until

pytestmark = [pytest.mark.slow, pytest.mark.mqtt]

AGENT = "agent-op"
OP = f"{AGENT}/op-1"
VP = f"{AGENT}/vp"


def dwell_job(folder: Path, n: int, seconds: float) -> Path:
    """A small job that takes about `seconds` on OctoPrint's virtual printer (G4 dwells
    between short moves), marked with `M117 pfjob n`."""
    steps = max(1, round(seconds / 0.25))
    moves = short_segments(steps)
    body = [line for move in moves for line in (move, "G4 P250")]
    path = folder / f"job-{n}.gcode"
    path.write_text("\n".join(["G28", f"M117 pfjob {n}", *body]) + "\n")
    return path


def octoprint_printer(key_file: Path, url: str) -> str:
    """The [[printers]] entry of the OctoPrint printer, beside the agent's virtual `vp`."""
    return f"""
[[printers]]
id = "op-1"
octoprint = {{ url = "{url}", api_key_file = "{key_file.name}", poll_s = 0.2 }}
material = "PLA"
nozzle_diameter = 0.4
"""


@dataclass
class Farm:
    client: FarmClient
    agent: AgentProcess
    octoprint: OctoPrintServer
    folder: Path

    def submit(self, n: int, seconds: float, printer: str = OP) -> str:
        path = dwell_job(self.folder, n, seconds)
        jobs = self.client.submit(path, requirements=Requirements(printer=printer))
        return jobs[0].id


@pytest.fixture(scope="module")
def octoprint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OctoPrintServer]:
    octoprint_or_skip()
    server = OctoPrintServer(tmp_path_factory.mktemp("octoprint")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def farm(tmp_path: Path, mosquitto: MosquittoBroker, octoprint: OctoPrintServer) -> Iterator[Farm]:
    if octoprint.state() != "Operational":  # a test before dropped the printer
        octoprint.connect_printer()
    folder = tmp_path / AGENT
    folder.mkdir()
    key_file = octoprint.write_key(folder / "op-1.key")
    printer = octoprint_printer(key_file, octoprint.url)
    agent = AgentProcess.configure(
        tmp_path, mosquitto, AGENT, speed=400, more_printers=printer
    ).start()
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    try:
        online = {VP, OP}
        wait_until(
            lambda: online <= {p.key for p in client.printers() if p.online}, 60, "both online"
        )
        client.clear(OP)  # a real printer's bed is unknown to a new agent until cleared
        wait_until(lambda: next(p for p in client.printers() if p.key == OP).bed_clear, 20, "clear")
        yield Farm(client, agent, octoprint, tmp_path)
    finally:
        client.close()
        coordinator.stop()
        agent.stop()
        assert octoprint.key not in (folder / "agent.log").read_text(), "the key was logged"


def _state(farm: Farm, job_id: str) -> str:
    return farm.client.job(job_id).state


def test_octoprint_and_serial_print_side_by_side(farm: Farm) -> None:
    op_job = farm.submit(1, seconds=4)
    vp_job = farm.submit(2, seconds=1, printer=VP)
    seen: set[float] = set()

    def progressing() -> bool:
        job = farm.client.job(op_job)
        if job.state == "printing" and job.progress is not None:
            seen.add(job.progress)
        return job.state == "done"

    wait_until(progressing, 90, "the OctoPrint job done")
    assert final_state(farm.client, vp_job) == ("done", "")
    assert farm.client.job(op_job).printer_key == OP
    assert farm.client.job(vp_job).printer_key == VP
    assert any(0 < p < 1 for p in seen), f"no progress reported between 0 and 1: {seen}"
    job = farm.octoprint.get("/api/job").json()
    assert job["job"]["file"]["name"] == f"printfarm-{op_job}.gcode"
    assert job["progress"]["completion"] == 100
    assert farm.agent.printed()[2] == 1  # the serial printer executed its job once
    printer = next(p for p in farm.client.printers() if p.key == OP)
    assert not printer.bed_clear
    assert printer.temperatures is not None
    assert {"T0", "B"} <= set(printer.temperatures)  # OctoPrint's tool0 and bed


def test_pause_resume_and_cancel_on_octoprint(farm: Farm) -> None:
    job_id = farm.submit(3, seconds=30)
    wait_until(lambda: farm.octoprint.state() == "Printing", 30, "OctoPrint printing")
    farm.client.job_action(job_id, "pause")
    wait_until(lambda: farm.octoprint.state() == "Paused", 30, "OctoPrint paused")
    wait_until(lambda: _state(farm, job_id) == "paused", 30, "the job paused")
    farm.client.job_action(job_id, "resume")
    wait_until(lambda: farm.octoprint.state() == "Printing", 30, "OctoPrint printing again")
    wait_until(lambda: _state(farm, job_id) == "printing", 30, "the job printing again")
    farm.client.job_action(job_id, "cancel")
    state, _ = final_state(farm.client, job_id)
    assert state == "cancelled"
    wait_until(lambda: farm.octoprint.state() == "Operational", 30, "OctoPrint idle")
    completion = farm.octoprint.get("/api/job").json()["progress"]["completion"]
    assert completion is None or completion < 100  # OctoPrint forgets a cancelled job's


def test_octoprint_printer_disconnect_fails_the_job_in_octoprints_words(farm: Farm) -> None:
    job_id = farm.submit(4, seconds=30)
    wait_until(lambda: farm.octoprint.state() == "Printing", 30, "OctoPrint printing")
    farm.octoprint.printer_command("!!DEBUG:drop_connection")
    state, message = final_state(farm.client, job_id)
    octoprint_says = farm.octoprint.state()
    assert state == "failed", message
    assert "OctoPrint reports" in message, message
    assert octoprint_says.split(":")[0] in message, (octoprint_says, message)


def test_agent_restart_mid_print_recovers_the_job(farm: Farm) -> None:
    job_id = farm.submit(5, seconds=12)
    wait_until(lambda: _state(farm, job_id) == "printing", 30, "printing")
    name = f"printfarm-{job_id}.gcode"
    info = farm.octoprint.get(f"/api/files/local/{name}")
    assert info.status_code == 200, info.text  # printing: OctoPrint took the upload
    uploaded = info.json()["date"]
    farm.agent.stop()  # SIGTERM: a clean stop, which must not cancel OctoPrint's print
    assert farm.octoprint.state() == "Printing"
    stopped_at = time.monotonic()
    farm.agent.start()
    state, message = final_state(farm.client, job_id)
    assert (state, message) == ("done", "")
    job = farm.client.job(job_id)
    assert job.attempts == 1
    # Not uploaded or started again: the same upload, and OctoPrint's print time spans the
    # restart (a restarted print would have begun after it).
    assert farm.octoprint.get(f"/api/files/local/{name}").json()["date"] == uploaded
    done = farm.octoprint.get("/api/job").json()
    assert done["job"]["file"]["name"] == name
    assert done["progress"]["printTime"] >= time.monotonic() - stopped_at - 2


def _tool_target(farm: Farm) -> float | None:
    tool = farm.octoprint.get("/api/printer").json().get("temperature", {}).get("tool0", {})
    target = tool.get("target")
    return float(target) if target is not None else None


def test_the_gcode_policy_guards_octoprint_uploads_and_commands(farm: Farm) -> None:
    path = dwell_job(farm.folder, 6, seconds=2)
    lines = path.read_text().splitlines()
    lines.insert(5, "M 104 S400")  # over marlin2's 275 °C
    path.write_text("\n".join(lines) + "\n")
    job_id = farm.client.submit(path, requirements=Requirements(printer=OP))[0].id
    state, message = final_state(farm.client, job_id)
    assert state == "failed", message
    assert "file line 6: M 104 S400 refused: hotend maximum for profile marlin2 is 275" in message
    missing = farm.octoprint.get(f"/api/files/local/printfarm-{job_id}.gcode")
    assert missing.status_code == 404  # never uploaded
    assert next(p for p in farm.client.printers() if p.key == OP).bed_clear
    # Commands: the refused one never reaches OctoPrint, the next allowed one does.
    seen: list[float | None] = []
    farm.client.send_gcode(OP, "M104 S400")
    farm.client.send_gcode(OP, "M104 S60")

    def reached() -> bool:
        seen.append(_tool_target(farm))
        return seen[-1] == 60.0

    wait_until(reached, 30, "target 60")
    assert 400.0 not in seen


def test_emergency_stop_reaches_octoprint_and_fails_the_job(farm: Farm) -> None:
    job_id = farm.submit(7, seconds=30)
    wait_until(lambda: farm.octoprint.state() == "Printing", 30, "OctoPrint printing")
    farm.client.emergency_stop(OP, "test")
    state, message = final_state(farm.client, job_id)
    assert state == "failed", message
    assert "emergency stop" in message
    # OctoPrint sent M112 and stopped printing: its printer needs a person now.
    wait_until(lambda: farm.octoprint.state() != "Printing", 30, "OctoPrint stopped printing")
    wait_until(
        lambda: next(p for p in farm.client.printers() if p.key == OP).state == "error",
        30,
        "the printer in error",
    )
