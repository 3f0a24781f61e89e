"""A file's requirements reach dispatch, over the real HTTP API, an in-process
coordinator, the test Mosquitto and simulated agents.

A real PrusaSlicer file, its nozzle set to 0.6 mm, is submitted to a farm of one 0.4 mm
printer: the job is accepted (a nozzle can be changed), waits, and says it waits for a
0.6 mm nozzle; the 0.4 printer never gets it. A 0.6 mm printer comes online and takes
it. The job's detail says each requirement came from the file. Then a member overrides
the nozzle on submit (0.4, their own risk) and in an edit: the detail names them, the
file's other requirements stay from the file, and the 0.4 printer prints it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.requirements import FROM_FILE, Origin, Requirements
from coordinator.views import JobOut
from tests.coordinator_harness import running_coordinator, sim_agent
from tests.helpers.api_server import api_server
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

CUBE = Path(__file__).parent / "data" / "corpus" / "prusaslicer" / "mini_cube_ps2.8.1.gcode"


def _sliced_for_06(folder: Path) -> Path:
    """The corpus cube as PrusaSlicer writes it for a 0.6 mm nozzle (header and config)."""
    path = folder / "cube_06.gcode"
    text = CUBE.read_text()
    assert text.count("; nozzle_diameter = 0.4\n") == 2
    path.write_text(text.replace("; nozzle_diameter = 0.4\n", "; nozzle_diameter = 0.6\n"))
    return path


def test_a_06_file_waits_for_a_06_printer(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    small = SimPrinter("small", print_s=600, nozzle_diameter=0.4)
    big = SimPrinter("big", print_s=600, nozzle_diameter=0.6)
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [small]),
        api_server(ops) as api,
    ):
        api.add_user("ann", Role.MEMBER)
        wait_until(lambda: len(ops.list_printers()) == 1, 30, "the 0.4 printer known")
        with api.client("ann") as ann:
            (job,) = ann.submit(_sliced_for_06(tmp_path))
            req = job.requirements
            assert req.nozzle_diameter == 0.6
            assert req.origin("nozzle_diameter") == FROM_FILE
            assert req.origin("material") == FROM_FILE
            assert req.origin("extents") == FROM_FILE
            waiting = ann.job(job.id)
            assert waiting.state == "queued"
            assert waiting.waiting is not None
            assert waiting.waiting.excluded_by == "nozzle_diameter"
            assert "0.6 mm nozzle" in waiting.waiting.message
            assert small.started == []

            with sim_agent(mosquitto, "agent-2", [big]):
                wait_until(lambda: big.started == [job.id], 30, "the 0.6 printer takes it")
                assert small.started == []
                assert ann.job(job.id).printer_key == "agent-2/big"


def test_a_member_overrides_the_nozzle(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    small = SimPrinter("small", print_s=600, nozzle_diameter=0.4, bed_clear=False)
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [small]),
        api_server(ops) as api,
    ):
        api.add_user("ann", Role.MEMBER)
        api.add_user("op", Role.OPERATOR)
        wait_until(lambda: len(ops.list_printers()) == 1, 30, "the printer known")
        ann_is = Origin.by_person("ann")
        with api.client("ann") as ann, api.client("op") as op:
            path = _sliced_for_06(tmp_path)
            (job,) = ann.submit(path, requirements=Requirements(nozzle_diameter=0.4))
            req = ann.job(job.id).requirements
            assert (req.nozzle_diameter, req.origin("nozzle_diameter")) == (0.4, ann_is)
            assert req.origin("material") == FROM_FILE
            assert req.origin("bed_temperature") == FROM_FILE

            body: dict[str, object] = {
                "material": None,
                "provenance": {"material": {"source": "file"}},
            }
            answer = ann.call("set_job_requirements", path={"job_id": job.id}, json=body)
            edited = JobOut.model_validate(answer).requirements
            assert edited.material is None  # lifted by ann, not claimed to be the file's
            assert edited.origin("material") == ann_is
            assert edited.nozzle_diameter == 0.6  # her earlier override replaced: the file's
            assert edited.origin("nozzle_diameter") == FROM_FILE

            body = {"nozzle_diameter": 0.4}
            answer = ann.call("set_job_requirements", path={"job_id": job.id}, json=body)
            edited = JobOut.model_validate(answer).requirements
            assert (edited.nozzle_diameter, edited.origin("nozzle_diameter")) == (0.4, ann_is)
            op.call("clear_bed", path={"agent": "agent-1", "printer": "small"})
            wait_until(lambda: small.started == [job.id], 30, "the 0.4 printer takes it")
        changes = [
            e for e in ops.c.store.history(job_id=job.id) if e.kind == "requirements_changed"
        ]
        assert [e.detail["by"] for e in changes] == ["ann", "ann"]
