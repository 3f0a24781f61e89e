"""The coordinator believes in a printer only if its agent's own status lists it.

A retained `state` stays on the broker after its printer left the agent's config, and
any agent may publish states for printer names of its own invention under its subtree.
Neither makes a printer: no entry in the fleet, no row in the store, no job assigned.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.wire import Channel, encode, printer_topic
from broker_config.testing import MosquittoBroker
from tests.coordinator_harness import job_state, running_coordinator, sim_agent, submit_bytes
from tests.helpers.mqtt import connect_as
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt


def _states_seen(ops_counters: dict[str, int]) -> int:
    return ops_counters.get(Channel.STATE, 0)


def test_retained_states_of_unlisted_printers_make_no_printers(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    """agent-1 lists p1; 50 junk states under agent-1 and 5 under agent-2 (which never
    said it exists) are read and ignored."""
    idle = encode(SimPrinter("junk").snapshot())
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [SimPrinter("p1")]),
    ):
        wait_until(lambda: len(ops.list_printers()) == 1, 10, "the printer")
        before = _states_seen(ops.c.counters.by_channel)
        rogue = connect_as(mosquitto, "agent-1")
        other = connect_as(mosquitto, "agent-2")
        try:
            for n in range(50):
                rogue.publish(
                    printer_topic("agent-1", f"junk-{n}", Channel.STATE), idle, retain=True
                )
            for n in range(5):
                other.publish(printer_topic("agent-2", f"x-{n}", Channel.STATE), idle, retain=True)
        finally:
            rogue.close()
            other.close()
        wait_until(
            lambda: _states_seen(ops.c.counters.by_channel) >= before + 55, 10, "55 states read"
        )
        ops.c.call(lambda: None)  # the worker has applied everything before this call
        assert [p.key for p in ops.list_printers()] == ["agent-1/p1"]
        assert [r.key for r in ops.c.store.list_printers()] == ["agent-1/p1"]


def test_a_removed_printers_retained_state_gets_no_job(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    """`old` was removed from agent-1's config, but its idle retained state is still on
    the broker. p1 is busy (bed not clear) when the job arrives; the job must wait for
    p1, not go to `old` (where it stayed `assigned` for minutes)."""
    p1 = SimPrinter("p1", bed_clear=False)
    with running_coordinator(mosquitto, tmp_path) as ops:
        leftover = connect_as(mosquitto, "agent-1")
        try:
            state = encode(SimPrinter("old").snapshot())
            leftover.publish(printer_topic("agent-1", "old", Channel.STATE), state, retain=True)
        finally:
            leftover.close()
        with sim_agent(mosquitto, "agent-1", [p1]) as agent:
            wait_until(lambda: len(ops.c.fleet) == 2, 10, "both states read")
            job = submit_bytes(ops)[0]
            ops.clear_bed("agent-1/p1", "test")
            wait_until(lambda: job_state(ops, job.id) == "done", 15, "the job done")
            assert ops.get_job(job.id).printer_key == "agent-1/p1"
            assert p1.finished == [job.id]
            assert agent.connected.is_set()
