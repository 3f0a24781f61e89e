"""A job whose file the agent could not download (the coordinator restarting, a network
blip) printed nothing: it goes back to the queue, and prints on the next try; only a
download that fails every time (a wrong public URL) fails the job, with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.service.jobs import UNREACHABLE_ATTEMPTS
from tests.coordinator_harness import running_coordinator, sim_agent, submit_bytes
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt


def test_an_unreachable_file_requeues_the_job(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    printer = SimPrinter("vp", print_s=0.2, unreachable_downloads=1)
    with running_coordinator(mosquitto, tmp_path) as ops, sim_agent(mosquitto, "a1", [printer]):
        (job,) = submit_bytes(ops)
        wait_until(lambda: ops.get_job(job.id).state == "done", 60, "the job printed")
        final = ops.get_job(job.id)
        assert final.attempts == 2  # the failed download, then the print
        assert printer.started == [job.id]


def test_a_file_never_reachable_fails_the_job(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    printer = SimPrinter("vp", print_s=0.2, unreachable_downloads=UNREACHABLE_ATTEMPTS)
    with running_coordinator(mosquitto, tmp_path) as ops, sim_agent(mosquitto, "a1", [printer]):
        (job,) = submit_bytes(ops)
        wait_until(lambda: ops.get_job(job.id).state == "failed", 60, "the job given up")
        failed = ops.get_job(job.id)
        assert f"could not download the file ({UNREACHABLE_ATTEMPTS} tries)" in failed.message
        assert printer.started == []
        assert ops.get_printer("a1/vp").bed_clear  # nothing printed: no bed to clear
