"""Several `printfarm coordinator` processes on one database and broker, with agents
printing on virtual printers: start and stop them, clear beds, and check the history
(every event each agent sent recorded once)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from coordinator.store import Store
from tests.farm_processes import AgentProcess, CoordinatorProcess

FINAL = {"done", "failed", "cancelled", "interrupted"}


@contextmanager
def shared_farm(
    tmp: Path, broker: MosquittoBroker, db: str, coordinators: int, *extra: str
) -> Iterator[tuple[list[CoordinatorProcess], list[AgentProcess]]]:
    """`coordinators` coordinators (not started) sharing `db` and one files folder, and
    three agents (not started) with a virtual printer each; all stopped at the end."""
    args = ("--db", db, "--files", str(tmp / "files"), *extra)
    url = broker.coordinator_url()
    processes = [
        CoordinatorProcess(tmp / f"coord-{n}", url, extra_args=args) for n in range(coordinators)
    ]
    agents = [AgentProcess.configure(tmp, broker, f"agent-{i}", speed=400) for i in (1, 2, 3)]
    try:
        yield processes, agents
    finally:
        for agent in agents:
            agent.stop()
        for coordinator in processes:
            coordinator.stop()


def clear_idle_beds(client: FarmClient) -> None:
    for p in client.printers():
        if p.online and p.state == "idle" and not p.bed_clear and not p.held:
            client.clear(p.key)


def assert_every_event_recorded_once(db: str, printers: set[str], job_ids: set[str]) -> None:
    """Per printer in `printers`, the recorded agent sequence numbers have no gap and no
    copy; each of `job_ids` has its started and finished event."""
    store = Store(db)
    try:
        history = store.history(limit=100_000)
    finally:
        store.close()
    seqs: dict[str, list[int]] = defaultdict(list)
    kinds: dict[str, set[str]] = defaultdict(set)
    for event in history:
        if event.agent_seq is not None and event.printer_key in printers:
            seqs[event.printer_key].append(event.agent_seq)
        if event.job_id is not None:
            kinds[event.job_id].add(event.kind)
    assert set(seqs) == printers, sorted(seqs)
    for key, found in seqs.items():
        assert len(found) == len(set(found)), f"{key}: an event recorded twice"
        assert sorted(found) == list(range(min(found), max(found) + 1)), f"{key}: a gap"
    for job_id in job_ids:
        assert {"job_started", "job_finished"} <= kinds[job_id], (job_id, kinds[job_id])
