"""An accepted start_job that cannot start is reported as a job_failed event.

The coordinator settles an accepted start by the job's events (a reply after `accepted`
only answers the command), and events are the agent's durable channel (outbox, QoS 1).
A real `printfarm-agent run` on a virtual printer, against a real Mosquitto; the test
plays the coordinator.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from tests.agent_run_helpers import (
    AgentProcess,
    close,
    command,
    coordinator,
    events_until,
    gcode,
    reply_to,
    send,
    serve,
    wait_for_state,
)
from tests.helpers.http_files import FileServer

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]


def _idle(body: dict[str, object]) -> bool:
    return body["state"] == "idle" and body["bed_clear"] is True


@pytest.mark.parametrize("fault", ["wrong_bytes", "cr_only_too_long"])
def test_an_accepted_start_that_fails_sends_job_failed_with_its_cause(
    tmp_path: Path, mosquitto: MosquittoBroker, fault: str
) -> None:
    agent = AgentProcess.start(tmp_path / "agent", mosquitto)
    client = coordinator(mosquitto)
    try:
        with FileServer() as files:
            wait_for_state(client, _idle, 30, "an idle printer")
            text = gcode(20)
            if fault == "wrong_bytes":  # the server's file is not the job's
                url, _, size = serve(files, "job.gcode", text)
                sha = hashlib.sha256(b"another file").hexdigest()
                words, cause = "sha256", "file_error"
            else:  # valid line endings, but a line the firmware cannot take
                text = text.replace("\n", "\r") + "M117 " + "x" * 120 + "\r"
                url, sha, size = serve(files, "job.gcode", text)
                words, cause = "too long for the firmware", "file_error"
            start = command(
                "start_job", job_id="job-x", sha256=sha, size=size, url=url, fencing_token=3
            )
            send(client, start)
            assert reply_to(client, start["id"])["status"] == "accepted"
            failed = reply_to(client, start["id"], 30)
            assert failed["status"] == "failed"
            events = events_until(client, "job_failed", 30)
            assert (events[-1]["job_id"], events[-1]["cause"]) == ("job-x", cause)
            assert words in events[-1]["message"]
            assert "job_started" not in [e["type"] for e in events]
    finally:
        close(client)
        assert agent.stop() == 0, agent.log
    assert agent.executed() == []  # nothing of it reached the printer
