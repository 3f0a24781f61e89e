"""The coordinator never dispatches onto a finished part, whatever restarts in between:
real `printfarm coordinator`, `printfarm-agent run` on a virtual printer, Mosquitto.

Two locks hold a printer whose bed has a part: the agent's (its journal) and the
coordinator's store (the printer's row "needs clearing", set when a job ends). The
scenarios below take away one or the other: an agent that restarts keeps its own; an
agent re-installed with an empty data folder forgets it (its simulator boots with an
empty bed and says so), and only the store still knows. Either way the next job waits
until `clear`, then prints; nothing prints twice.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from tests.agent_run_helpers import restart_broker
from tests.farm_processes import (
    AgentProcess,
    CoordinatorProcess,
    coordinator_url,
    job_file,
    printed_counts,
)
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
HOLD_PROBE_S = 3.0  # how long the queued job is watched while the printer idles


@pytest.fixture
def agent(tmp_path: Path, mosquitto: MosquittoBroker) -> Iterator[AgentProcess]:
    process = AgentProcess.configure(tmp_path, mosquitto, "agent-1", speed=200)
    yield process
    process.stop()


def _forget(agent: AgentProcess) -> None:
    """Re-installed with an empty data folder: the agent's own memory of the bed is gone."""
    agent.kill()
    shutil.rmtree(agent.folder / "data")


def _disrupt(
    how: str, agent: AgentProcess, coordinator: CoordinatorProcess, broker: MosquittoBroker,
    client: FarmClient,
) -> FarmClient:  # fmt: skip
    if how == "agent_kill9":
        agent.kill()
        _seen_offline(client, agent)
        agent.start()
    elif how == "agent_forgets":
        _forget(agent)
        _seen_offline(client, agent)
        agent.start()
    elif how == "coordinator_restart":
        coordinator.kill()
        client.close()
        _forget(agent)
        agent.start()
        client = coordinator.start()
    elif how == "broker_restart":
        broker.stop()
        _forget(agent)
        restart_broker(broker)
        agent.start()
    return client


def _seen_offline(client: FarmClient, agent: AgentProcess) -> None:
    """The coordinator saw the agent's will: "online and idle" after this is its new run
    (else a clear sent before the new run subscribed would be lost)."""

    def offline() -> bool:
        return not any(p.key == agent.key and p.online for p in client.printers())

    wait_until(offline, 30, "the agent seen offline")


def _idle_online(client: FarmClient, key: str) -> bool:
    return any(p.key == key and p.online and p.state == "idle" for p in client.printers())


@pytest.mark.parametrize(
    "how", ["agent_kill9", "agent_forgets", "coordinator_restart", "broker_restart"]
)
def test_no_job_onto_a_finished_part_until_cleared(
    tmp_path: Path, mosquitto: MosquittoBroker, agent: AgentProcess, how: str
) -> None:
    agent.start()
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    try:
        wait_until(lambda: _idle_online(client, agent.key), 30, "the printer online and idle")
        first = client.submit(job_file(tmp_path, 1))[0]
        wait_until(lambda: client.job(first.id).state == "done", 60, "the first job done")
        second = client.submit(job_file(tmp_path, 2))[0]

        client = _disrupt(how, agent, coordinator, mosquitto, client)
        wait_until(lambda: _idle_online(client, agent.key), 60, "the printer back and idle")
        probe_end = time.monotonic() + HOLD_PROBE_S
        while time.monotonic() < probe_end:  # several dispatch rounds with the printer idle
            assert client.job(second.id).state == "queued", client.job(second.id)
            time.sleep(0.1)  # sampling the job's state over the probe period
        (printer,) = client.printers()
        assert not printer.bed_clear, printer
        waiting = client.job(second.id).waiting
        assert waiting is not None
        assert waiting.kind == "bed_not_clear", waiting  # the store's lock, said as such

        client.clear(agent.key)
        try:
            wait_until(lambda: client.job(second.id).state == "done", 60, "the second job done")
        except AssertionError as e:
            agent_log = (agent.folder / "agent.log").read_text(errors="replace")
            raise AssertionError(
                f"{e}\n{client.printers()}\n{coordinator.log[-3000:]}\n{agent_log[-3000:]}"
            ) from e
    finally:
        client.close()
        coordinator.stop()
    agent.stop()
    # The record covers the agent's last run: the second job once, the first not again.
    assert printed_counts([agent]) == {2: 1}


def test_a_job_that_never_started_leaves_the_bed_clear(
    tmp_path: Path, mosquitto: MosquittoBroker, agent: AgentProcess
) -> None:
    """A file the agent refuses before its first line (a line too long for the firmware)
    fails without a part on the bed: the next job goes to the printer with no clear."""
    agent.start()
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    try:
        wait_until(lambda: _idle_online(client, agent.key), 30, "the printer online and idle")
        path = job_file(tmp_path, 1)
        lines = path.read_text().splitlines()
        lines.insert(100, "M117 " + "x" * 120)  # marlin2 takes 95 bytes framed
        path.write_text("\n".join(lines) + "\n")
        refused = client.submit(path)[0]
        wait_until(lambda: client.job(refused.id).state == "failed", 60, "the refused job failed")
        second = client.submit(job_file(tmp_path, 2))[0]
        wait_until(lambda: client.job(second.id).state == "done", 60, "the next job done")
    finally:
        client.close()
        coordinator.stop()
    agent.stop()
    assert printed_counts([agent]) == {2: 1}
