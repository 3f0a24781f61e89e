"""A job's ending that reached the broker but not the coordinator (real Mosquitto).

QoS 1 is delivery to the broker. A broker restarted without persistence forgets the
coordinator's session, so an event an agent publishes before the coordinator has
subscribed again is acknowledged to the agent (its outbox drops it) and reaches nobody.
The agent's retained state carries the ending event itself (`PrinterState.last_job`);
the coordinator applies it exactly as the event.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.wire import Channel, printer_topic
from broker_config.testing import MosquittoBroker
from tests.coordinator_harness import (
    agent_history,
    job_state,
    replay_events,
    running_coordinator,
    sim_agent,
    submit_bytes,
)
from tests.helpers.mqtt import connect_as
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt
FINAL = {"done", "failed", "cancelled", "interrupted"}
KEY = "agent-1/p1"


def _restart_broker(broker: MosquittoBroker, agent: SimAgent) -> None:
    """Stop and start the broker (persistence off: sessions and retained messages gone)
    and wait for the agent to be back on it."""
    broker.stop()
    wait_until(lambda: not agent.connected.is_set(), 30, "the agent to lose the broker")
    assert broker._launch(10.0), broker.log
    wait_until(agent.connected.is_set, 30, "the agent back on the broker")


def _finish_unheard(broker: MosquittoBroker, agent: SimAgent, printer: SimPrinter) -> None:
    """End the job while no coordinator is subscribed; return once the broker holds the
    retained state naming the end (the event, published before it, has gone nowhere)."""
    agent.finish_now(printer.printer_id)
    assert printer.last_job is not None
    watcher = connect_as(broker, "coordinator")
    try:
        watcher.subscribe(printer_topic("agent-1", "p1", Channel.STATE))
        state_topic = printer_topic("agent-1", "p1", Channel.STATE)
        wait_until(
            lambda: json.loads(watcher.expect(state_topic, 10).payload).get("last_job")
            is not None,
            30, "the retained state with the job's end",
        )  # fmt: skip
    finally:
        watcher.close()


def test_an_ending_the_coordinator_missed_comes_from_the_retained_state(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    """Job printing; coordinator stopped; broker restarted without persistence; the job
    finishes (event acknowledged by the broker, heard by nobody); the coordinator starts
    again and sees only the retained state. The job is done (not interrupted), with the
    event's own history row (its seq) and the bed locked as after the event; a late copy
    of the event changes nothing."""
    printer = SimPrinter("p1", print_s=3600)  # ends only when the test says so
    with sim_agent(mosquitto, "agent-1", [printer]) as agent:
        with running_coordinator(mosquitto, tmp_path) as ops:
            wait_until(lambda: len(ops.list_printers()) == 1, 10, "the printer")
            job = submit_bytes(ops)[0]
            wait_until(lambda: job_state(ops, job.id) == "printing", 10, "the job printing")
        _restart_broker(mosquitto, agent)
        _finish_unheard(mosquitto, agent, printer)
        ending = printer.last_job
        assert ending is not None

        with running_coordinator(mosquitto, tmp_path) as ops:
            wait_until(lambda: job_state(ops, job.id) in FINAL, 30, "the job to end")
            assert job_state(ops, job.id) == "done"
            rows = agent_history(ops, job.id)
            assert [(r.kind, r.agent_seq) for r in rows] == [
                ("job_started", ending.seq - 1), ("job_finished", ending.seq),
            ]  # fmt: skip
            assert KEY in ops.c.holds.to_clear()  # the part is on the bed, as after the event
            assert KEY not in ops.c.holds.held()  # and nothing was interrupted

            replay_events(ops, agent, KEY, rows[-1:])  # the event itself, late: no effect
            assert agent_history(ops, job.id) == rows
            assert job_state(ops, job.id) == "done"
    assert printer.started == [job.id]
