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
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from coordinator.store import Store
from tests.farm_processes import AgentProcess, CoordinatorProcess, job_file, printed_counts
from tests.helpers.databases import reset_postgres
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.postgres, pytest.mark.slow]
RUN_S = 60.0
FINAL = {"done", "failed", "cancelled", "interrupted"}


@pytest.fixture
def db(postgres_url: str) -> str:
    reset_postgres(postgres_url)
    return postgres_url


@pytest.fixture
def farm(
    tmp_path: Path, mosquitto: MosquittoBroker, db: str
) -> Iterator[tuple[list[CoordinatorProcess], list[AgentProcess]]]:
    shared_files = tmp_path / "files"  # what a network share would be
    args = ("--db", db, "--files", str(shared_files))
    url = mosquitto.coordinator_url()
    coordinators = [
        CoordinatorProcess(tmp_path / f"coord-{n}", url, extra_args=args) for n in (1, 2)
    ]
    agents = [
        AgentProcess.configure(tmp_path, mosquitto, f"agent-{i}", speed=400) for i in (1, 2, 3)
    ]
    try:
        yield coordinators, agents
    finally:
        for agent in agents:
            agent.stop()
        for coordinator in coordinators:
            coordinator.stop()


def _clear_idle_beds(client: FarmClient) -> None:
    for p in client.printers():
        if p.online and p.state == "idle" and not p.bed_clear and not p.held:
            client.clear(p.key)


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
        _clear_idle_beds(client)
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
            _clear_idle_beds(clients[0])
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
    _assert_every_event_recorded_once(db, len(ids))


def _assert_every_event_recorded_once(db: str, jobs: int) -> None:
    """Per printer, the recorded agent sequence numbers have no gap; every job has its
    started and finished event."""
    store = Store(db)
    try:
        history = store.history(limit=100_000)
    finally:
        store.close()
    seqs: dict[str, list[int]] = defaultdict(list)
    kinds: dict[str, set[str]] = defaultdict(set)
    for event in history:
        if event.agent_seq is not None and event.printer_key is not None:
            seqs[event.printer_key].append(event.agent_seq)
        if event.job_id is not None:
            kinds[event.job_id].add(event.kind)
    assert len(seqs) == 3
    for key, found in seqs.items():
        assert len(found) == len(set(found)), f"{key}: an event recorded twice"
        assert sorted(found) == list(range(min(found), max(found) + 1)), f"{key}: a gap"
    assert len(kinds) == jobs
    for job_id, seen in kinds.items():
        assert {"job_started", "job_finished"} <= seen, (job_id, seen)
