"""`printfarm remove-printer AGENT/PRINTER`: a printer taken out of service leaves no trace.

agent-1 had printers p1 and `old`; `old` was taken out of its config (the agent
restarted without it), but its retained state stays on the broker and its row in the
store, so it lingers as an offline printer. Removing it (the real CLI against the real
coordinator process) deletes the row and clears the retained state (an empty retained
payload), so neither this coordinator nor a later one ever sees it again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from agent.wire import Channel, printer_topic
from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from coordinator.service import ConflictError
from tests.coordinator_harness import job_state, running_coordinator, sim_agent, submit_bytes
from tests.farm_processes import CoordinatorProcess
from tests.helpers.mqtt import connect_as
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt


@contextmanager
def _agent(broker: MosquittoBroker, printers: list[str]) -> Iterator[SimAgent]:
    creds = broker.agents["agent-1"]
    agent = SimAgent(
        "agent-1", broker.host, broker.port, [SimPrinter(p) for p in printers],
        password=creds.password,
    )  # fmt: skip
    agent.start()
    try:
        wait_until(agent.connected.is_set, 10, "agent-1 connected")
        yield agent
    finally:
        agent.stop()


@pytest.fixture
def farm(tmp_path: Path, mosquitto: MosquittoBroker) -> Iterator[FarmClient]:
    coordinator = CoordinatorProcess(tmp_path / "coord", mosquitto.coordinator_url())
    client = coordinator.start()
    try:
        with _agent(mosquitto, ["p1", "old"]):
            wait_until(lambda: len(client.printers()) == 2, 15, "both printers")
        yield client
    finally:
        client.close()
        coordinator.stop()


def _cli(client: FarmClient, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from coordinator.cli import app; app()", *args,
         "--api", client.base_url],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "PRINTFARM_TOKEN": client.token or ""},
    )  # fmt: skip


def _retained_states(broker: MosquittoBroker) -> set[str]:
    """The state topics of agent-1 the broker keeps retained: they all arrive right after
    the SUBACK, before a marker published after it."""
    observer = connect_as(broker, "coordinator")
    try:
        observer.subscribe("printfarm/v1/agent-1/#")
        marker = printer_topic("agent-1", "p1", Channel.COMMANDS)
        observer.publish(marker, b"marker")
        observer.expect(marker)
        return {m.topic for m in observer.drain() if m.retain and m.topic.endswith("/state")}
    finally:
        observer.close()


def test_remove_printer_clears_its_record_and_retained_state(
    mosquitto: MosquittoBroker, farm: FarmClient
) -> None:
    old_state = printer_topic("agent-1", "old", Channel.STATE)
    with _agent(mosquitto, ["p1"]):  # back without `old`
        wait_until(lambda: len([p for p in farm.printers() if p.online]) == 1, 15, "p1 online")
        assert [p.key for p in farm.printers()] == ["agent-1/old", "agent-1/p1"]
        assert old_state in _retained_states(mosquitto)

        done = _cli(farm, "remove-printer", "agent-1/old")
        assert done.returncode == 0, done.stderr
        assert "removed agent-1/old" in done.stdout

        assert [p.key for p in farm.printers()] == ["agent-1/p1"]
        assert _retained_states(mosquitto) == {printer_topic("agent-1", "p1", Channel.STATE)}


def test_a_printer_its_agent_still_lists_is_not_removed(
    mosquitto: MosquittoBroker, farm: FarmClient
) -> None:
    with _agent(mosquitto, ["p1", "old"]):
        wait_until(lambda: all(p.online for p in farm.printers()), 15, "both online")
        done = _cli(farm, "remove-printer", "agent-1/old")
        assert done.returncode == 1
        assert "still lists" in " ".join(done.stderr.split())
        assert [p.key for p in farm.printers()] == ["agent-1/old", "agent-1/p1"]


@pytest.mark.parametrize(
    ("key", "message"), [("old", "AGENT/PRINTER"), ("agent-1/nope", "no printer")]
)
def test_remove_printer_says_what_is_wrong(farm: FarmClient, key: str, message: str) -> None:
    done = _cli(farm, "remove-printer", key)
    assert done.returncode != 0
    assert message in " ".join(done.stderr.split())
    assert "Traceback" not in done.stderr


def test_a_printer_with_an_active_job_is_not_removed(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [SimPrinter("p1", print_s=60)]),
    ):
        wait_until(lambda: len(ops.list_printers()) == 1, 10, "the printer")
        job = submit_bytes(ops)[0]
        wait_until(lambda: job_state(ops, job.id) == "printing", 10, "printing")
        with pytest.raises(ConflictError, match=f"job {job.id} is active"):
            ops.remove_printer("agent-1/p1")
        assert [p.key for p in ops.list_printers()] == ["agent-1/p1"]
        assert ops.c.store.get_printer("agent-1/p1") is not None
