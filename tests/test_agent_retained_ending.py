"""`printfarm-agent run` (a real process on a virtual printer) against a real Mosquitto
without persistence: after the broker comes back empty, the agent publishes its
retained state again, and that state names how the last job ended.

QoS 1 delivers the job's ending event to the broker, not to a coordinator that has not
subscribed again yet; the retained state is what such a coordinator still reads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agent.wire import JobFinished
from broker_config.testing import MosquittoBroker
from tests.agent_run_helpers import (
    AgentProcess,
    close,
    command,
    coordinator,
    events_until,
    gcode,
    reply_to,
    restart_broker,
    send,
    serve,
    topic,
    wait_for_outbox,
    wait_for_state,
)
from tests.helpers.http_files import FileServer

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]


def _outbox_event(agent: AgentProcess, event_type: str) -> dict[str, Any]:
    """The event of `event_type` as the agent stored it (outbox line: {"e": [.., payload]})."""
    for line in agent.outbox.read_text().splitlines():
        entry = json.loads(line)
        if "e" in entry:
            event: dict[str, Any] = json.loads(entry["e"][3])
            if event["type"] == event_type:
                return event
    raise AssertionError(f"no {event_type} in {agent.outbox}")


def _start_and_leave(broker: MosquittoBroker, files: FileServer, job_id: str, token: int) -> None:
    """Start a job on the idle printer as a coordinator would, and go once it started."""
    client = coordinator(broker)
    try:
        wait_for_state(client, lambda s: s["state"] == "idle", 30, "an idle printer")
        url, sha, size = serve(files, f"{job_id}.gcode", gcode(300))
        start = command(
            "start_job", job_id=job_id, sha256=sha, size=size, url=url, fencing_token=token
        )
        send(client, start)
        assert reply_to(client, start["id"], 30)["status"] == "accepted"
        events_until(client, "job_started", 30)
    finally:
        close(client)


def test_state_after_a_broker_without_persistence_names_the_job_end(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    """The job ends while the broker is down; the broker comes back empty. The agent
    publishes its state again, and the live and the retained copy name the job's end:
    the very job_finished of its outbox (seq and fencing token)."""
    agent = AgentProcess.start(tmp_path / "agent", mosquitto, speed=4)
    try:
        with FileServer() as files:
            _start_and_leave(mosquitto, files, "job-gone", 7)
            mosquitto.stop()  # the fixture's broker: persistence off
            wait_for_outbox(agent, "job_finished", 90)  # it ends while the broker is gone
            restart_broker(mosquitto)  # empty: no retained state, no sessions
            late = coordinator(mosquitto)
            try:
                state = wait_for_state(
                    late, lambda s: s["state"] == "idle", 60, "the state published again"
                )
                again = coordinator(mosquitto)  # a newcomer: only the retained copy
                try:
                    retained = again.expect(topic("state"), 15)
                finally:
                    close(again)
            finally:
                close(late)
    finally:
        assert agent.stop() == 0, agent.log

    finished = _outbox_event(agent, "job_finished")
    assert retained.retain
    for body in (state, json.loads(retained.payload)):
        assert body.get("last_job") == finished  # the very event, seq and all
        assert body["bed_clear"] is False
    ending = JobFinished.model_validate(finished)
    assert (ending.job_id, ending.fencing_token) == ("job-gone", 7)


def test_state_names_a_job_end_from_the_outbox_after_an_agent_restart(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    """The job ends while the broker is down, and the agent is SIGKILLed before the
    broker returns (its job_finished only in the outbox). Started again, the agent's
    state names that end too, not only the replayed event."""
    agent = AgentProcess.start(tmp_path / "agent", mosquitto, speed=4)
    try:
        with FileServer() as files:
            _start_and_leave(mosquitto, files, "job-kept", 3)
            mosquitto.stop()
            wait_for_outbox(agent, "job_finished", 90)
            agent.kill9()
            agent = AgentProcess.start(tmp_path / "agent", mosquitto, speed=4)
            restart_broker(mosquitto)
            late = coordinator(mosquitto)
            try:
                state = wait_for_state(
                    late, lambda s: s["state"] == "idle", 60, "the state after the restart"
                )
            finally:
                close(late)
    finally:
        assert agent.stop() == 0, agent.log

    finished = _outbox_event(agent, "job_finished")
    assert state.get("last_job") == finished
    assert (finished["job_id"], finished["fencing_token"]) == ("job-kept", 3)
