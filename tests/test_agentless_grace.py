"""An agent that goes away mid-print: a serial printer's job is lost with it (the host
streamed the print), an OctoPrint printer's is not (OctoPrint prints on, and a restarted
agent takes it over) until the agent has been away for the longer agentless grace."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from tests.coordinator_harness import FAST, running_coordinator, sim_agent, submit_bytes
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt


def _printing(printer: SimPrinter) -> bool:
    return printer.job is not None


@pytest.mark.parametrize("agentless_grace_s", [60.0, 2.0])
def test_an_octoprint_job_outlives_its_agent_for_the_agentless_grace(
    mosquitto: MosquittoBroker, tmp_path: Path, agentless_grace_s: float
) -> None:
    timing = replace(FAST, agentless_grace_s=agentless_grace_s)
    serial = SimPrinter("vp", print_s=120)
    octo = SimPrinter("op", print_s=120, prints_without_agent=True)
    with running_coordinator(mosquitto, tmp_path, timing) as ops:
        with (
            sim_agent(mosquitto, "agent-s", [serial]) as a,
            sim_agent(mosquitto, "agent-o", [octo]) as b,
        ):
            jobs = submit_bytes(ops, copies=2)
            wait_until(lambda: _printing(serial) and _printing(octo), 20, "both printing")
            wait_until(
                lambda: all(ops.get_job(j.id).state == "printing" for j in jobs), 20, "reported"
            )
            a.stop()  # a clean stop: status offline
            b.stop()
        serial_job = serial.job.job_id if serial.job else ""
        octo_job = octo.job.job_id if octo.job else ""
        wait_until(lambda: ops.get_job(serial_job).state == "interrupted", 20, "serial lost")
        if agentless_grace_s > 10:
            # Well past the offline grace: still printing, as OctoPrint is.
            assert ops.get_job(octo_job).state == "printing"
            assert ops.get_job(serial_job).message == "agent agent-s went offline during the job"
        else:
            wait_until(lambda: ops.get_job(octo_job).state == "interrupted", 20, "octo given up")
            assert "may still be printing" in ops.get_job(octo_job).message
