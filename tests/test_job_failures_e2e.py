"""What the coordinator shows is what the agent did: real `printfarm coordinator`,
Mosquitto and `printfarm-agent run` on a virtual printer that records every command.

A CR-only file (old Mac line endings) is valid G-code and prints completely. A file the
agent cannot send (a line longer than the firmware takes) ends `failed` with that
cause, before any of its lines reached the printer, and never `done`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker, free_port
from coordinator.client import FarmClient
from tests.farm_processes import AgentProcess, CoordinatorProcess, coordinator_url, job_file
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
FINAL = {"done", "failed", "cancelled", "interrupted"}


@pytest.fixture
def farm(tmp_path: Path, mosquitto: MosquittoBroker) -> Iterator[tuple[FarmClient, AgentProcess]]:
    agent = AgentProcess.configure(tmp_path, mosquitto, "agent-1", speed=400).start()
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto), free_port())
    client = coordinator.start()
    try:
        wait_until(lambda: any(p.online for p in client.printers()), 30, "the printer online")
        yield client, agent
    finally:
        client.close()
        coordinator.stop()
        agent.stop()


def _final(client: FarmClient, job_id: str) -> tuple[str, str]:
    wait_until(lambda: client.job(job_id).state in FINAL, 90, f"job {job_id} to end")
    job = client.job(job_id)
    return job.state, job.message or ""


def _executed(agent: AgentProcess) -> list[str]:
    record = agent.folder / "executed.gcode"
    return record.read_text().splitlines() if record.exists() else []


def test_a_cr_only_file_prints_every_line(
    tmp_path: Path, farm: tuple[FarmClient, AgentProcess]
) -> None:
    client, agent = farm
    path = job_file(tmp_path, 1, lines=300)
    commands = path.read_text().splitlines()
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r"))
    job = client.submit(path)[0]
    state, message = _final(client, job.id)
    agent.stop()  # flushes the virtual printer's record
    assert (state, message) == ("done", "")
    ran = [line for line in _executed(agent) if line in set(commands)]
    assert ran == commands


def test_a_file_the_agent_cannot_send_fails_with_its_cause_and_prints_nothing(
    tmp_path: Path, farm: tuple[FarmClient, AgentProcess]
) -> None:
    client, agent = farm
    path = job_file(tmp_path, 2, lines=300)
    lines = path.read_text().splitlines()
    lines.insert(200, "M117 " + "x" * 120)  # intake warns; marlin2 takes 95 bytes framed
    path.write_text("\n".join(lines) + "\n")
    job = client.submit(path)[0]
    state, message = _final(client, job.id)
    assert state == "failed", message
    assert "line 201 is too long for the firmware" in message
    agent.stop()
    assert not any("pfjob 2" in line for line in _executed(agent))
