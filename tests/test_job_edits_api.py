"""Changes to a waiting job and its picture, over the real HTTP API, an in-process
coordinator, the test Mosquitto and simulated agents.

Two members queue a job each while the only printer's bed waits to be cleared; an
operator raises the later job's priority, clears the bed, and the raised job is the one
that starts. A member may lower their own job but not raise it above 0, nor touch
another's; a printing job cannot be reordered (409). A job waiting for the PETG printer
is edited to PLA and prints on the PLA printer at once; a material nobody has is
refused (422, with the printers' reasons). A real PrusaSlicer file's thumbnail is served
as a PNG; a file without one answers 404.
"""

from __future__ import annotations

import struct
from pathlib import Path

import httpx
import pytest

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.client import ApiError, FarmClient
from coordinator.requirements import Requirements
from coordinator.store.job_edits import set_priority, set_requirements
from coordinator.views import JobOut
from tests.coordinator_harness import running_coordinator, sim_agent, submit_bytes
from tests.helpers.api_server import ApiServer, api_server
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

MOVES = "G28\nG1 X10 Y10 Z0.3 F3000\nG1 X20 E1\n"
CORPUS = Path(__file__).parent / "data" / "corpus" / "prusaslicer"
PNG = b"\x89PNG\r\n\x1a\n"


def _gcode(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(f"; {name}\n{MOVES}")
    return path


def _users(api: ApiServer) -> None:
    api.add_user("ann", Role.MEMBER)
    api.add_user("bob", Role.MEMBER)
    api.add_user("op", Role.OPERATOR)


def _refused(client: FarmClient, name: str, job_id: str, body: object) -> ApiError:
    with pytest.raises(ApiError) as refused:
        client.call(name, path={"job_id": job_id}, json=body)
    return refused.value


def _priority(client: FarmClient, job_id: str, priority: int) -> JobOut:
    body = {"priority": priority}
    return JobOut.model_validate(
        client.call("set_job_priority", path={"job_id": job_id}, json=body)
    )


def test_a_raised_job_is_dispatched_first(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    printer = SimPrinter("vp1", print_s=600, bed_clear=False)  # both jobs wait for the bed
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [printer]) as agent,
        api_server(ops) as api,
    ):
        _users(api)
        wait_until(lambda: len(ops.list_printers()) == 1, 10, "the printer known")
        with api.client("ann") as ann, api.client("bob") as bob, api.client("op") as op:
            (first,) = ann.submit(_gcode(tmp_path, "first.gcode"))
            (later,) = bob.submit(_gcode(tmp_path, "later.gcode"))
            assert ann.job(first.id).waiting is not None  # the bed, not the order

            assert _refused(bob, "set_job_priority", later.id, {"priority": 5}).status == 403
            assert _refused(ann, "set_job_priority", later.id, {"priority": -5}).status == 403
            assert _priority(bob, later.id, -5).priority == -5  # a member lowers their own
            assert _refused(op, "set_job_priority", later.id, {"priority": 1001}).status == 422
            raised = _priority(op, later.id, 10)
            assert (raised.priority, raised.state) == (10, "queued")

            op.call("clear_bed", path={"agent": "agent-1", "printer": "vp1"})
            wait_until(lambda: printer.started != [], 10, "a job started")
            assert printer.started == [later.id]
            wait_until(lambda: op.job(later.id).state == "printing", 10, "printing")
            error = _refused(op, "set_job_priority", later.id, {"priority": 0})
            assert error.status == 409
            assert "only a queued job" in str(error)
            assert ann.job(first.id).state == "queued"
            agent.finish_now("vp1")
        kinds = [e.kind for e in ops.c.store.history(job_id=later.id)]
        assert kinds.count("priority_changed") == 2


def test_edited_requirements_dispatch_or_are_refused(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    pla = SimPrinter("pla", print_s=600, material="pla")
    petg = SimPrinter("petg", print_s=600, material="petg", bed_clear=False)
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [pla, petg]),
        api_server(ops) as api,
    ):
        _users(api)
        wait_until(lambda: len(ops.list_printers()) == 2, 10, "both printers known")
        with api.client("ann") as ann, api.client("bob") as bob:
            path = _gcode(tmp_path, "part.gcode")
            (job,) = ann.submit(path, requirements=Requirements(material="petg"))
            extents = job.requirements.extents
            assert extents is not None  # from the file's analysis
            waiting = ann.job(job.id)
            assert waiting.state == "queued"
            assert waiting.waiting is not None
            assert "agent-1/petg" in waiting.waiting.message

            assert _refused(bob, "set_job_requirements", job.id, {"material": "pla"}).status == 403
            error = _refused(ann, "set_job_requirements", job.id, {"material": "abs"})
            assert error.status == 422
            assert "no printer of the fleet can print this job" in str(error)
            assert "agent-1/pla" in str(error)
            assert ann.job(job.id).requirements.material == "petg"  # unchanged
            bad = {"material": "pla", "colour": "red"}
            assert _refused(ann, "set_job_requirements", job.id, bad).status == 422

            body = {"material": "PLA", "tags": [], "nozzle_diameter": 0.4}
            edited = JobOut.model_validate(
                ann.call("set_job_requirements", path={"job_id": job.id}, json=body)
            )
            assert edited.requirements.material == "pla"
            assert edited.requirements.extents == extents  # the analysis' extents stay
            wait_until(lambda: pla.started == [job.id], 10, "the job started on the PLA printer")
            assert petg.started == []
            error = _refused(ann, "set_job_requirements", job.id, {"material": "pla"})
            assert error.status == 409


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_a_sliced_files_thumbnail_is_served_as_png(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as api:
        _users(api)
        with api.client("ann") as ann:
            (sliced,) = ann.submit(CORPUS / "box_ps2.5.0.gcode")  # 16x16 and 220x124 PNGs
            (plain,) = ann.submit(_gcode(tmp_path, "plain.gcode"))
            # PrusaSlicer 2.8 for the MK4: 16x16 and 313x173 QOI thumbnails only
            (mk4,) = ann.submit(CORPUS / "mini_cube_ps2.8.1.gcode")
        assert (sliced.thumbnail, plain.thumbnail) == (True, False)
        headers = {"Authorization": f"Bearer {api.tokens['bob']}"}
        with httpx.Client(base_url=api.url, headers=headers, timeout=30) as http:
            got = http.get(f"/jobs/{sliced.id}/thumbnail")
            assert got.status_code == 200, got.text
            assert got.headers["content-type"] == "image/png"
            assert "max-age" in got.headers["cache-control"]
            assert _png_size(got.content) == (220, 124)  # the one nearest 300 px wide
            again = http.get(
                f"/jobs/{sliced.id}/thumbnail", headers={"If-None-Match": got.headers["etag"]}
            )
            assert again.status_code == 304
            qoi = http.get(f"/jobs/{mk4.id}/thumbnail")
            assert qoi.status_code == 200, qoi.text
            assert qoi.headers["content-type"] == "image/png"
            assert _png_size(qoi.content) == (313, 173)
            missing = http.get(f"/jobs/{plain.id}/thumbnail")
            assert missing.status_code == 404
            assert "no thumbnail" in missing.json()["detail"]
            assert http.get("/jobs/no-such-job/thumbnail").status_code == 404
            assert httpx.get(f"{api.url}/jobs/{sliced.id}/thumbnail").status_code == 401
        cached = sorted(p.name for p in ops.thumbnails.folder.iterdir())
        names = [f"{sliced.file_sha256}.png", f"{plain.file_sha256}.none", f"{mk4.file_sha256}.png"]
        assert cached == sorted(names)


def test_an_edit_through_another_coordinator_reaches_this_ones_queue(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    """Coordinators sharing a database each keep the queue in memory: a job another one
    reordered or re-targeted (only the shared store changed here) is read again at this
    one's next queue check, or it would dispatch by the old priority and needs."""
    with running_coordinator(mosquitto, tmp_path) as ops:
        (first,) = submit_bytes(ops)
        (later,) = submit_bytes(ops)

        def queue() -> list[tuple[str, str | None]]:
            jobs = ops.c.call(lambda: list(ops.c.backlog.ordered()))
            return [(j.job_id, j.requirements.material) for j in jobs]

        assert queue() == [(first.id, None), (later.id, None)]
        assert set_priority(ops.c.store, later.id, 10, by="op")  # as another coordinator
        assert set_requirements(ops.c.store, first.id, Requirements(material="petg"), by="ann")
        wait_until(
            lambda: queue() == [(later.id, None), (first.id, "petg")], 15,
            "the queue check to read both edits",
        )  # fmt: skip


def test_a_member_cannot_submit_ahead_of_others(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    """The same rule as reordering: above 0 is an operator's call, at submit too."""
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as api:
        api.add_user("ann", Role.MEMBER)
        api.add_user("olga", Role.OPERATOR)
        path = tmp_path / "part.gcode"
        path.write_bytes(b"G28\nG1 X10 Y10 Z0.3 F3000\nG1 X20 E1\n")
        with api.client("ann") as ann, api.client("olga") as olga:
            with pytest.raises(ApiError, match="priority up to 0") as refused:
                ann.submit(path, priority=5)
            assert refused.value.status == 403
            assert ann.submit(path, priority=-3)[0].priority == -3
            assert olga.submit(path, priority=5)[0].priority == 5
