"""The coordinator under faults, with real processes: `printfarm coordinator`, Mosquitto,
and `printfarm-agent run` on virtual printers whose records show what really printed.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from tests.farm_processes import (
    AgentProcess,
    CoordinatorProcess,
    coordinator_url,
    job_file,
    printed_counts,
    start_printing,
)
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
FINAL = {"done", "failed", "cancelled", "interrupted"}


@pytest.fixture
def agents(tmp_path: Path, mosquitto: MosquittoBroker) -> Iterator[list[AgentProcess]]:
    started: list[AgentProcess] = []
    yield started
    for agent in started:
        agent.stop()


def _start_agents(
    tmp: Path, broker: MosquittoBroker, out: list[AgentProcess], n: int, speed: float
) -> None:
    for i in range(1, n + 1):
        out.append(AgentProcess.configure(tmp, broker, f"agent-{i}", speed=speed).start())


def _clear_idle_beds(client: FarmClient) -> None:
    for p in client.printers():
        if p.online and p.state == "idle" and not p.bed_clear and not p.held:
            client.clear(p.key)


def test_coordinator_killed_at_random_points_loses_and_doubles_nothing(
    tmp_path: Path, mosquitto: MosquittoBroker, agents: list[AgentProcess]
) -> None:
    _start_agents(tmp_path, mosquitto, agents, 3, speed=400)
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    try:
        wait_until(lambda: sum(p.online for p in client.printers()) == 3, 30, "3 printers")
        ids = {}
        for n in range(30):
            ids[client.submit(job_file(tmp_path, n))[0].id] = n
        rng = random.Random(7)
        kills = 0
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline:
            jobs = client.jobs()
            if all(j.state in FINAL for j in jobs):
                break
            _clear_idle_beds(client)
            if kills < 4 and rng.random() < 0.25:
                coordinator.kill()  # SIGKILL: no shutdown, no goodbye
                kills += 1
                client.close()
                client = coordinator.start()
            time.sleep(0.2)  # pace of the scenario, not a synchronisation
        jobs = client.jobs()
        assert kills >= 1
        assert {j.state for j in jobs} == {"done"}, [(j.id, j.state, j.message) for j in jobs]
    finally:
        client.close()
        coordinator.stop()
    for agent in agents:
        agent.stop()  # flushes the virtual printers' records
    counts = printed_counts(agents)
    assert sorted(counts) == list(range(30)), counts  # every job printed ...
    assert set(counts.values()) == {1}, counts  # ... exactly once


def test_agent_killed_mid_print_interrupts_job_and_holds_printer(
    tmp_path: Path, mosquitto: MosquittoBroker, agents: list[AgentProcess]
) -> None:
    _start_agents(tmp_path, mosquitto, agents, 1, speed=5)
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    try:
        job = start_printing(client, tmp_path, 1, lines=3000)
        agents[0].kill()
        wait_until(lambda: client.job(job.id).state == "interrupted", 15, "interrupted")
        assert client.printers()[0].held

        second = client.submit(job_file(tmp_path, 2))[0]
        agents[0].start()  # the agent comes back: its printer idles, but stays held
        wait_until(
            lambda: client.printers()[0].online and client.printers()[0].state == "idle",
            30, "the printer back and idle",
        )  # fmt: skip
        # Let several dispatch rounds pass with the printer available but held.
        probe_deadline = time.monotonic() + 2
        while time.monotonic() < probe_deadline:
            assert client.job(second.id).state == "queued"
            time.sleep(0.1)  # sampling the job's state over two seconds
        client.clear(agents[0].key)
        try:
            wait_until(lambda: client.job(second.id).state == "done", 60, "second job done")
        except AssertionError as e:
            raise AssertionError(
                f"{e}\n{client.job(second.id)}\n{client.printers()}\n{coordinator.log[-3000:]}"
                f"\n{(agents[0].folder / 'agent.log').read_text()[-3000:]}"
            ) from e
    finally:
        client.close()
        coordinator.stop()


def test_broker_outage_mid_print(
    tmp_path: Path, mosquitto: MosquittoBroker, agents: list[AgentProcess]
) -> None:
    """The broker stops for 30 s mid-print: the print goes on, and within 5 s of the
    broker's return the coordinator shows what the agent did meanwhile."""
    _start_agents(tmp_path, mosquitto, agents, 1, speed=20)
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    try:
        job = start_printing(client, tmp_path, 1, lines=1500)
        mosquitto.stop()
        outage_end = time.monotonic() + 30
        while time.monotonic() < outage_end:
            assert coordinator.proc is not None
            assert coordinator.proc.poll() is None
            time.sleep(0.5)  # the outage lasts 30 s by design
        # Same port, same config (persistence off: retained state and sessions are gone).
        assert mosquitto._launch(10.0)
        back = time.monotonic()

        def coordinator_agrees() -> bool:
            state = client.job(job.id).state
            printer = client.printers()[0]
            if state == "done":
                return printer.online
            return state == "printing" and printer.online and printer.job_id == job.id

        wait_until(coordinator_agrees, 5.0, "the coordinator's state right after the outage")
        assert time.monotonic() - back <= 5.0
        wait_until(lambda: client.job(job.id).state == "done", 60, "the job done")
    finally:
        client.close()
        coordinator.stop()
    agents[0].stop()
    assert printed_counts(agents) == {1: 1}
