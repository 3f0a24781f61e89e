"""Two `printfarm coordinator` processes share one PostgreSQL database and one broker.

For a minute, jobs are submitted to both (alternately) and beds cleared through both,
while three `printfarm-agent run` processes print them on virtual printers. Both
coordinators receive everything; the fenced claim in the store decides who dispatches.
Afterwards: every job printed exactly once (the printers' own records), neither
coordinator lost its broker connection (no eviction by the other: distinct client
ids), and the history holds every event each agent sent, once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from tests.farm_processes import AgentProcess, CoordinatorProcess, job_file, printed_counts
from tests.helpers.databases import reset_postgres
from tests.helpers.shared_farm import (
    FINAL,
    assert_every_event_recorded_once,
    clear_idle_beds,
    shared_farm,
)
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.postgres, pytest.mark.slow]
RUN_S = 60.0


@pytest.fixture
def db(postgres_url: str) -> str:
    reset_postgres(postgres_url)
    return postgres_url


@pytest.fixture
def farm(
    tmp_path: Path, mosquitto: MosquittoBroker, db: str
) -> Iterator[tuple[list[CoordinatorProcess], list[AgentProcess]]]:
    with shared_farm(tmp_path, mosquitto, db, 2) as farm:
        yield farm


def _run(clients: list[FarmClient], tmp: Path, run_s: float) -> list[str]:
    """Keep a few jobs queued for `run_s`, submitting and clearing through both."""
    ids: list[str] = []
    turn = 0
    deadline = time.monotonic() + run_s
    while time.monotonic() < deadline:
        client = clients[turn % 2]
        turn += 1
        if len(client.jobs("queued")) < 4:
            ids.append(client.submit(job_file(tmp, len(ids)))[0].id)
        clear_idle_beds(client)
        time.sleep(0.3)  # the pace of the scenario, not a synchronisation
    return ids


def test_two_coordinators_share_a_database_without_fighting(
    tmp_path: Path,
    mosquitto: MosquittoBroker,
    db: str,
    farm: tuple[list[CoordinatorProcess], list[AgentProcess]],
) -> None:
    coordinators, agents = farm
    clients = [c.start() for c in coordinators]  # first: their sessions see every event
    for agent in agents:
        agent.start()
    try:
        wait_until(
            lambda: all(sum(p.online for p in c.printers()) == 3 for c in clients),
            60, "both coordinators see 3 printers",
        )  # fmt: skip
        ids = _run(clients, tmp_path, RUN_S)

        def all_final() -> bool:
            clear_idle_beds(clients[0])
            return all(j.state in FINAL for j in clients[0].jobs())

        wait_until(all_final, 90, "every job ended")
        jobs = clients[1].jobs()
        assert len(jobs) == len(ids) >= 10
        assert {j.state for j in jobs} == {"done"}, [(j.id, j.state, j.message) for j in jobs]
        assert all(c.health().broker.ok for c in clients)
        dispatched = [c.call("stats")["dispatched"] for c in clients]
        assert sum(dispatched) >= len(ids)  # a failed claim is not counted
        assert min(dispatched) > 0, dispatched  # both did work
        print(f"{len(ids)} jobs; dispatched by each coordinator: {dispatched}")
    finally:
        for client in clients:
            client.close()
    for agent in agents:
        agent.stop()  # flushes the virtual printers' records
    counts = printed_counts(agents)
    assert sorted(counts) == list(range(len(ids))), counts  # every job printed ...
    assert set(counts.values()) == {1}, counts  # ... exactly once

    for coordinator in coordinators:
        assert "lost the broker" not in coordinator.log, coordinator.log[-3000:]
    assert "closing old connection" not in mosquitto.log
    printers = {agent.key for agent in agents}
    assert_every_event_recorded_once(db, printers, {j.id for j in jobs})
