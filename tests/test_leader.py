"""The leader lease in the store: one holder at a time, taken over when it runs out,
and a deposed leader's writes refused (coordinator/service/leader.py).

Two coordinators, `a` and `b`, share one database, each with a clock of its own that
the test moves, so a lease runs out without waiting for it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from coordinator.service.leader import Leadership
from coordinator.store import Store
from coordinator.store.leases import LeaseRow

LEASE_S = 6.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = Store(store_url)
    yield s
    s.close()


def _lead(store: Store, holder: str, clock: Clock, instance: str | None = None) -> Leadership:
    return Leadership(store, holder, instance=instance, lease_s=LEASE_S, retry_s=1.0, clock=clock)


def _fenced_write(store: Store, leader: Leadership) -> bool:
    """What time-driven work does: its writes only in a transaction the fence let pass."""
    with store.transaction():
        return leader.fenced()


def test_one_leader_and_a_takeover_when_its_lease_runs_out(store: Store) -> None:
    clock_a, clock_b = Clock(), Clock()
    a, b = _lead(store, "a:1", clock_a), _lead(store, "b:1", clock_b)
    changes: list[bool] = []
    a.on_change = changes.append
    a.step()
    b.step()
    assert (a.is_leader(), b.is_leader()) == (True, False)
    assert b.seen.holder == "a:1"
    assert b.seen.epoch == a.epoch == 1
    assert _fenced_write(store, a)
    clock_a.now += LEASE_S / 3  # a's worker renews the lease: it runs until +9 s
    a.step()
    clock_b.now += LEASE_S + 1
    b.step()
    assert not b.is_leader()

    clock_b.now += 3  # a's worker stalls past its lease: b takes over
    b.step()
    assert b.is_leader()
    assert b.epoch == 2
    assert not _fenced_write(store, a)  # a's late write is refused ...
    assert not a.is_leader()  # ... and a knows it no longer leads
    assert changes == [True, False]
    a.step()  # b's lease is fresh: a waits
    assert not a.is_leader()


def test_a_stopping_leader_hands_over_at_once(store: Store) -> None:
    clock = Clock()
    a, b = _lead(store, "a:1", clock), _lead(store, "b:1", clock)
    a.step()
    b.step()
    a.release()
    clock.now += 1.0  # b's next try, well inside a's lease
    b.step()
    assert (a.is_leader(), b.is_leader(), b.epoch) == (False, True, 2)


def test_a_restarted_coordinator_takes_its_own_lease_back_at_once(store: Store) -> None:
    clock = Clock()
    before = _lead(store, "coord-x:100", clock, instance="coord-x")
    before.step()
    other = _lead(store, "coord-y:200", clock, instance="coord-y")
    other.step()
    after = _lead(store, "coord-x:101", clock, instance="coord-x")  # killed, started again
    after.step()
    assert after.is_leader()
    assert after.epoch == 2
    assert not _fenced_write(store, before)
    other.step()
    assert not other.is_leader()


def test_only_one_of_many_racing_coordinators_takes_the_lease(store: Store) -> None:
    clock = Clock()
    leaders = [_lead(store, f"c{i}:1", clock) for i in range(6)]
    start = threading.Barrier(len(leaders))

    def race(leader: Leadership) -> None:
        start.wait()
        leader.step()

    threads = [threading.Thread(target=race, args=(x,)) for x in leaders]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sum(x.is_leader() for x in leaders) == 1
    with store.session() as s:
        row = s.get(LeaseRow, "leader")
        assert row is not None
        assert row.epoch == 1
        assert row.holder == next(x.holder for x in leaders if x.is_leader())


def test_a_takeover_waits_for_the_leaders_fenced_transaction(store: Store) -> None:
    """The fence holds the lease row until the leader's transaction ends: a coordinator
    taking over meanwhile (its clock past the lease) gets it only after that commit, so
    the old leader's writes in it are never interleaved with the new leader's reign."""
    clock_a, clock_b = Clock(), Clock()
    a, b = _lead(store, "a:1", clock_a), _lead(store, "b:1", clock_b)
    a.step()
    clock_b.now += LEASE_S + 1
    took_at: list[float] = []

    def take_over() -> None:
        b.step()
        took_at.append(time.monotonic())

    taker = threading.Thread(target=take_over)
    with store.transaction():
        assert a.fenced()
        taker.start()
        time.sleep(0.5)  # the leader's transaction stays open a while (the scenario)
    committed_at = time.monotonic()
    taker.join(60)
    assert b.is_leader()
    assert took_at[0] >= committed_at


def test_the_leader_knows_whether_it_works_alone(store: Store) -> None:
    """A coordinator that does not lead keeps a member row fresh; the leader, renewing,
    sees it (then it re-reads the jobs others change), and sees it go stale."""
    clock = Clock()
    a, b = _lead(store, "a:1", clock), _lead(store, "b:1", clock)
    a.step()
    clock.now += LEASE_S / 3
    a.step()  # renews: nobody else
    assert a.alone
    b.step()  # b looks at the lease (and cannot take it)
    clock.now += LEASE_S / 3
    a.step()
    assert not a.alone
    for _renewal in range(4):  # b is gone (killed): its row goes stale
        clock.now += LEASE_S / 3
        a.step()
    assert a.is_leader()
    assert a.alone
