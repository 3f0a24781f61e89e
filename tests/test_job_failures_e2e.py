"""What the coordinator shows is what the agent did: real `printfarm coordinator`,
Mosquitto and `printfarm-agent run` on a virtual printer that records every command.

A CR-only file (old Mac line endings) is valid G-code and prints completely. A file the
agent cannot send (a line longer than the firmware takes) ends `failed` with that
cause, before any of its lines reached the printer, and never `done`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator.client import FarmClient
from tests.farm_processes import (
    AgentProcess,
    final_state,
    insert_line,
    job_file,
    printer_record,
)

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]


def test_a_cr_only_file_prints_every_line(
    tmp_path: Path, farm: tuple[FarmClient, AgentProcess]
) -> None:
    client, agent = farm
    path = job_file(tmp_path, 1, lines=300)
    commands = path.read_text().splitlines()
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r"))
    job = client.submit(path)[0]
    state, message = final_state(client, job.id)
    agent.stop()  # flushes the virtual printer's record
    assert (state, message) == ("done", "")
    ran = [line for line in printer_record(agent) if line in set(commands)]
    assert ran == commands


def test_a_file_the_agent_cannot_send_fails_with_its_cause_and_prints_nothing(
    tmp_path: Path, farm: tuple[FarmClient, AgentProcess]
) -> None:
    client, agent = farm
    path = job_file(tmp_path, 2, lines=300)
    insert_line(path, 200, "M117 " + "x" * 120)  # intake warns; marlin2 takes 95 bytes framed
    job = client.submit(path)[0]
    state, message = final_state(client, job.id)
    assert state == "failed", message
    assert "line 201 is too long for the firmware" in message
    agent.stop()
    assert not any("pfjob 2" in line for line in printer_record(agent))
