"""A dangerous job through the whole farm: real `printfarm coordinator`, Mosquitto and
`printfarm-agent run` on a virtual printer that records every command.

A file with `M 104 S400` (over marlin2's 275 °C, in a spelling the old check missed)
is accepted at submit (the coordinator cannot know the printer's heater limits), then
ends `failed` naming the file line and the limit, and not one of its lines reaches the
printer; a file whose travel goes to X1e308 is refused at submit already.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator.client import ApiError, FarmClient
from tests.farm_processes import (
    AgentProcess,
    final_state,
    insert_line,
    job_file,
    printer_record,
)

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]


def test_an_over_limit_job_fails_with_its_cause_and_prints_nothing(
    tmp_path: Path, farm: tuple[FarmClient, AgentProcess]
) -> None:
    client, agent = farm
    path = job_file(tmp_path, 7, lines=200)
    insert_line(path, 100, "M 104 S400")
    state, message = final_state(client, client.submit(path)[0].id)
    assert state == "failed", message
    assert "file line 101: M 104 S400 refused: hotend maximum for profile marlin2 is 275" in message
    agent.stop()  # flushes the virtual printer's record
    assert not any("pfjob 7" in line or "S400" in line for line in printer_record(agent))


def test_travel_to_1e308_is_refused_at_submit(
    tmp_path: Path, farm: tuple[FarmClient, AgentProcess]
) -> None:
    client, _ = farm
    path = job_file(tmp_path, 8, lines=50)
    path.write_text(path.read_text() + "G1 X1e308 Y10\n")
    refused = r"^job-8\.gcode: moves reach X .*no printer can take.*\(POST /jobs: 422\)$"
    with pytest.raises(ApiError, match=refused):
        client.submit(path)
