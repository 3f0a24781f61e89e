"""Three `printfarm coordinator` processes share one PostgreSQL and one broker; two of
them are killed (SIGKILL) in turn while jobs flow.

Three `printfarm-agent run` processes print PLA jobs on virtual printers, submitted and
cleared through whichever coordinators are alive. A fourth, simulated agent has the
only PETG printer and never answers a command (it hangs). A PETG job is assigned to it,
and at once the leader is killed: the start-deadline work (give up on the unanswered
start, put the job back in the queue, hold the printer) must be done by the leader that
follows. Later the new leader is killed too; the last coordinator takes over.

Afterwards: every PLA job printed exactly once (the printers' own records), the history
holds every event each agent sent, once, and the takeover times are printed (figures,
not asserted: run with `-s` to read them).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.client import ApiError, FarmClient
from coordinator.dispatch import Requirements
from coordinator.store import Store
from tests.coordinator_harness import sim_agent
from tests.farm_processes import AgentProcess, CoordinatorProcess, job_file, printed_counts
from tests.helpers.accounts import admin_client
from tests.helpers.databases import reset_postgres
from tests.helpers.shared_farm import (
    FINAL,
    assert_every_event_recorded_once,
    clear_idle_beds,
    shared_farm,
)
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.postgres, pytest.mark.slow]
PLA = Requirements(material="pla")
MUTE = "agent-mute/p1"
# Short start windows, so the hung printer's job comes back within the test.
TIMING = ("--resend-after", "2", "--start-timeout", "4")


@pytest.fixture
def farm(
    tmp_path: Path, mosquitto: MosquittoBroker, postgres_url: str
) -> Iterator[tuple[list[CoordinatorProcess], list[AgentProcess]]]:
    """Three coordinators on a fresh database, three agents: none started yet."""
    reset_postgres(postgres_url)
    with shared_farm(tmp_path, mosquitto, postgres_url, 3, *TIMING) as farm:
        yield farm


class Flow(threading.Thread):
    """Keeps a few PLA jobs queued and clears idle beds, through the live coordinators
    in turn (clients of its own). Job n is `job-n.gcode`; a submit whose coordinator
    dies meanwhile may or may not have made its job: the store says which."""

    def __init__(self, clients: list[FarmClient], folder: Path) -> None:
        super().__init__(name="flow", daemon=True)
        self.clients = clients
        self.alive = list(range(len(clients)))
        self.folder = folder
        self.submitted = 0
        self.stopping = threading.Event()
        self.errors: list[str] = []

    def kill(self, index: int) -> None:
        self.alive = [i for i in self.alive if i != index]

    def run(self) -> None:
        turn = 0
        while not self.stopping.is_set():
            alive = self.alive
            client = self.clients[alive[turn % len(alive)]]
            turn += 1
            try:
                if len(client.jobs("queued")) < 4:
                    self.submitted += 1
                    client.submit(job_file(self.folder, self.submitted), requirements=PLA)
                clear_idle_beds(client)
            except ApiError as e:  # its coordinator was killed under it: the next one
                self.errors.append(str(e))
            self.stopping.wait(0.3)  # the pace of the scenario, not a synchronisation


def _done(client: FarmClient) -> int:
    return len(client.jobs("done"))


def _new_leader(clients: list[FarmClient], alive: list[int], after_epoch: int) -> tuple[int, int]:
    """Wait until one of the `alive` coordinators leads with a newer epoch: (index, epoch)."""
    found: list[tuple[int, int]] = []

    def leading() -> bool:
        for i in alive:
            leader = clients[i].health().leader
            if leader is not None and leader.this_coordinator and leader.epoch > after_epoch:
                found.append((i, leader.epoch))
                return True
        return False

    wait_until(leading, 60, f"a coordinator of {alive} to lead after epoch {after_epoch}")
    return found[0]


def _kill_and_time(
    coordinators: list[CoordinatorProcess],
    clients: list[FarmClient],
    flow: Flow,
    index: int,
    epoch: int,
) -> tuple[float, int, int]:
    """SIGKILL coordinator `index`; (seconds until another leads, its index, its epoch)."""
    flow.kill(index)
    killed_at = time.monotonic()
    coordinators[index].kill()
    leader, new_epoch = _new_leader(clients, flow.alive, epoch)
    return time.monotonic() - killed_at, leader, new_epoch


def test_killing_coordinators_loses_nothing_and_doubles_nothing(
    tmp_path: Path,
    mosquitto: MosquittoBroker,
    postgres_url: str,
    farm: tuple[list[CoordinatorProcess], list[AgentProcess]],
) -> None:
    coordinators, agents = farm
    clients = [c.start() for c in coordinators]
    flow_clients = [admin_client(f"http://127.0.0.1:{c.http_port}", tmp_path) for c in coordinators]
    for agent in agents:
        agent.start()
    mute = SimPrinter("p1", material="petg")
    with sim_agent(mosquitto, "agent-mute", [mute]) as hung:
        hung.paused = True  # online (retained status), answers nothing
        leader, epoch = _new_leader(clients, [0, 1, 2], 0)
        wait_until(
            lambda: all(sum(p.online for p in c.printers()) == 4 for c in clients),
            60, "every coordinator sees 4 printers",
        )  # fmt: skip
        flow = Flow(flow_clients, tmp_path)
        flow.start()
        try:
            wait_until(lambda: _done(clients[leader]) >= 3, 90, "jobs flowing")
            other = clients[(leader + 1) % 3]
            petg = other.submit(
                job_file(tmp_path, 10_000), requirements=Requirements(material="petg")
            )[0]
            wait_until(lambda: other.job(petg.id).printer_key == MUTE, 30, "the PETG job assigned")
            killed_at = time.time()
            first, leader, epoch = _kill_and_time(coordinators, clients, flow, leader, epoch)
            survivor = clients[leader]

            wait_until(lambda: survivor.job(petg.id).state == "queued", 60, "the PETG job requeued")
            assert next(p for p in survivor.printers() if p.key == MUTE).held
            survivor.job_action(petg.id, "cancel")
            done_before = _done(survivor)
            wait_until(lambda: _done(survivor) >= done_before + 3, 90, "jobs flowing on")
            second, leader, epoch = _kill_and_time(coordinators, clients, flow, leader, epoch)
            last = clients[leader]
            done_before = _done(last)
            wait_until(lambda: _done(last) >= done_before + 3, 90, "jobs flowing on the last one")
        finally:
            flow.stopping.set()
            flow.join(30)

        def all_final() -> bool:
            clear_idle_beds(last)
            return all(j.state in FINAL for j in last.jobs())

        wait_until(all_final, 90, "every job ended")
        jobs = last.jobs()
    print(
        f"\ntakeover after killing the leader: {first:.2f} s, then {second:.2f} s "
        f"(epoch {epoch}); {len(jobs) - 1} jobs; submits lost to a kill: {len(flow.errors)}"
    )
    for client in clients + flow_clients:
        client.close()
    for agent in agents:
        agent.stop()  # flushes the virtual printers' records

    pla = [j for j in jobs if j.id != petg.id]
    assert {j.state for j in pla} == {"done"}, [(j.id, j.state, j.message) for j in pla]
    numbers = sorted(int(j.file_name.removeprefix("job-").removesuffix(".gcode")) for j in pla)
    counts = printed_counts(agents)
    assert sorted(counts) == numbers, counts  # every job printed ...
    assert set(counts.values()) == {1}, counts  # ... exactly once
    assert mute.started == []
    _assert_requeued_by_new_leader(postgres_url, petg.id, killed_at)
    assert_every_event_recorded_once(postgres_url, {a.key for a in agents}, {j.id for j in pla})


def _assert_requeued_by_new_leader(db: str, job_id: str, killed_at: float) -> None:
    """The hung printer's job came back to the queue once, after its assigner's leader died."""
    store = Store(db)
    try:
        requeued = [e for e in store.history(job_id=job_id) if e.kind == "requeued"]
    finally:
        store.close()
    assert len(requeued) == 1, requeued
    assert "no answer" in requeued[0].detail["reason"]
    assert requeued[0].ts > killed_at
