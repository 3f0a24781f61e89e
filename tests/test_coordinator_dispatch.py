"""The running coordinator dispatches over real Mosquitto to simulated agents.

A job goes to a free, capable printer whose bed is clear, and never to a busy, incapable
or uncleared one; a duplicated start command starts nothing twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.wire import Channel, StartJob, encode, printer_topic
from broker_config.testing import MosquittoBroker
from coordinator.requirements import Extents, Requirements
from tests.coordinator_harness import (
    agent_history,
    job_state,
    replay_events,
    running_coordinator,
    sim_agent,
    submit_bytes,
)
from tests.helpers.mqtt import connect_as
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt
BIG = Requirements(extents=Extents(x=150, y=150, z=10))


def test_job_goes_only_to_a_free_capable_cleared_printer(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    busy = SimPrinter("busy", print_s=30)
    small = SimPrinter("small", volume=(100, 100, 100))
    dirty = SimPrinter("dirty", bed_clear=False)
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [busy, small]) as a1,
        sim_agent(mosquitto, "agent-2", [dirty]) as a2,
    ):
        wait_until(lambda: len(ops.list_printers()) == 3, 10, "three printers")
        # Make `busy` busy: the only printer both capable and clear takes the first job.
        first = submit_bytes(ops, requirements=BIG)[0]
        wait_until(lambda: busy.started == [first.id], 10, "the first job on `busy`")
        wait_until(lambda: job_state(ops, first.id) == "printing", 10, "first printing")

        second = submit_bytes(ops, requirements=BIG)[0]
        # Nothing can take it: busy is printing, small too small, dirty not cleared.
        # Wait for a full dispatch round: a trivially small job that `small` can take.
        probe = submit_bytes(ops, requirements=Requirements(extents=Extents(x=50, y=50, z=5)))
        wait_until(lambda: small.started == [probe[0].id], 10, "the probe job on `small`")
        assert job_state(ops, second.id) == "queued"
        assert dirty.started == []

        ops.clear_bed("agent-2/dirty", by="test")
        wait_until(lambda: dirty.started == [second.id], 10, "the second job after clearing")
        wait_until(lambda: job_state(ops, second.id) == "done", 10, "second done")
        assert busy.started == [first.id]
        assert a1.journal == {first.id, probe[0].id}
        assert a2.journal == {second.id}


def test_incapable_fleet_refuses_the_job(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    from coordinator.service import UnprintableError

    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [SimPrinter("p1", volume=(100, 100, 100))]),
    ):
        wait_until(lambda: len(ops.list_printers()) == 1, 10, "the printer")
        with pytest.raises(UnprintableError, match="build volume"):
            submit_bytes(ops, requirements=BIG)


def test_duplicated_start_command_starts_once(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    printer = SimPrinter("p1", print_s=0.2)
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [printer]) as agent,
    ):
        wait_until(lambda: len(ops.list_printers()) == 1, 10, "the printer")
        job = submit_bytes(ops)[0]
        wait_until(lambda: job_state(ops, job.id) == "done", 10, "the job done")
        ops.clear_bed("agent-1/p1")
        wait_until(lambda: printer.bed_clear, 10, "the bed cleared")
        # Replay the very start command the coordinator sent, and a copy with a new id.
        coordinator = connect_as(mosquitto, "coordinator")
        try:
            topic = printer_topic("agent-1", "p1", Channel.COMMANDS)
            record = ops.get_job(job.id)
            for command_id in ("c-dup-1", "c-dup-1", "c-dup-2"):
                command = StartJob(
                    id=command_id, deadline=9e9, job_id=job.id, sha256=record.file_sha256,
                    size=record.file_size, url="http://127.0.0.1:9/x",
                    fencing_token=record.fencing_token,
                )  # fmt: skip
                coordinator.publish(topic, encode(command))
            wait_until(lambda: {"c-dup-1", "c-dup-2"} <= set(agent.replies), 10, "replies")
        finally:
            coordinator.close()
        assert printer.started == [job.id]
        assert job_state(ops, job.id) == "done"


def test_copies_of_events_have_no_second_effect(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    """QoS 1 is at-least-once: after a broker restart an agent may publish an event again
    with its seq. Copies of a finished job's events, arriving after a person cleared the
    bed, change nothing: the job stays done, the history keeps one row per (printer, seq),
    the bed stays clear and the next job goes to that printer."""
    printer = SimPrinter("p1", print_s=0.2)
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [printer]) as agent,
    ):
        wait_until(lambda: len(ops.list_printers()) == 1, 10, "the printer")
        job = submit_bytes(ops)[0]
        wait_until(lambda: job_state(ops, job.id) == "done", 10, "the job done")
        ops.clear_bed("agent-1/p1")
        wait_until(lambda: printer.bed_clear, 10, "the bed cleared")
        rows = agent_history(ops, job.id)
        assert [r.kind for r in rows] == ["job_started", "job_finished"]
        replay_events(ops, agent, "agent-1/p1", rows)  # the very events, seq and all
        again = agent_history(ops, job.id)
        assert again == rows
        assert job_state(ops, job.id) == "done"
        second = submit_bytes(ops)[0]
        wait_until(lambda: job_state(ops, second.id) == "done", 10, "the next job done")
        assert printer.started == [job.id, second.id]
