"""The running coordinator's backlog keeps the queue in `order_queue`'s order between
rounds, and dispatching from it gives exactly what the pure `dispatch` gives."""

from __future__ import annotations

import random
import time

import pytest

from coordinator.dispatch import (
    PrinterView,
    QueuedJob,
    dispatch,
    dispatch_ordered,
    order_queue,
)
from coordinator.requirements import Extents, Requirements
from coordinator.service.backlog import Backlog
from tests.test_dispatch import printer

REQUIREMENTS = [
    Requirements(),
    Requirements(material="petg"),
    Requirements(nozzle_diameter=0.6),
    Requirements(extents=Extents(x=200, y=200, z=10)),
    Requirements(tags=frozenset({"big"})),
]


def random_queue(rng: random.Random, n: int) -> list[QueuedJob]:
    return [
        QueuedJob(
            f"j{i:04d}",
            rng.choice([-1, 0, 0, 0, 5]),
            float(rng.randint(0, n // 3)),  # many equal ages: the id breaks ties
            rng.choice(["ann", "bob", "cy", ""]),
            rng.choice(REQUIREMENTS),
        )
        for i in range(n)
    ]


def random_fleet(rng: random.Random, n: int) -> list[PrinterView]:
    return [
        printer(
            f"a{i % 7}/p{i}",
            material=rng.choice(["pla", "petg"]),
            nozzle_diameter=rng.choice([0.4, 0.6]),
            build_volume=rng.choice([(220.0, 220.0, 250.0), (180.0, 180.0, 180.0)]),
            tags=frozenset(rng.choice([(), ("big",)])),
            bed_clear=rng.random() > 0.1,
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("seed", range(20))
def test_backlog_order_is_order_queue(seed: int) -> None:
    rng = random.Random(seed)
    queue = random_queue(rng, 300)
    backlog = Backlog()
    for job in rng.sample(queue, len(queue)):  # added in any order
        backlog.add(job)
    removed = set(rng.sample([j.job_id for j in queue], 60))
    for job_id in removed:
        assert backlog.remove(job_id) is not None
    assert backlog.remove("nope") is None
    running = {"ann": rng.randint(0, 5), "bob": rng.randint(0, 5)}
    left = [j for j in queue if j.job_id not in removed]
    assert len(backlog) == len(left)
    assert list(backlog.ordered(running)) == order_queue(left, running)


@pytest.mark.parametrize("seed", range(20))
def test_dispatch_from_the_backlog_equals_dispatch(seed: int) -> None:
    rng = random.Random(100 + seed)
    queue = random_queue(rng, 200)
    fleet = random_fleet(rng, rng.randint(0, 60))
    running = {"cy": rng.randint(0, 3)}
    backlog = Backlog()
    for job in queue:
        backlog.add(job)
    ordered = backlog.ordered(running)
    assert dispatch_ordered(ordered, fleet) == dispatch(queue, fleet, running=running)


def test_re_adding_a_job_replaces_it() -> None:
    backlog = Backlog()
    backlog.add(QueuedJob("a", 0, 1.0, "ann"))
    backlog.add(QueuedJob("b", 0, 2.0, "ann"))
    backlog.add(QueuedJob("a", 9, 1.0, "ann"))  # re-queued with another priority
    assert [j.job_id for j in backlog.ordered()] == ["a", "b"]
    assert [j.priority for j in backlog.ordered()] == [9, 0]
    assert "a" in backlog
    assert backlog.ids() == {"a", "b"}


def test_a_round_costs_what_it_places_not_the_whole_queue() -> None:
    """10,000 queued jobs, one printer freed: far below one full sort of the queue."""
    backlog = Backlog()
    queue = [QueuedJob(f"j{i}", i % 3, float(i), f"u{i % 50}") for i in range(10_000)]
    for job in queue:
        backlog.add(job)
    fleet = [printer("a/p1")]
    started = time.perf_counter()
    for _ in range(100):
        placed = dispatch_ordered(backlog.ordered(), fleet)
    per_round = (time.perf_counter() - started) / 100
    assert placed == dispatch(queue, fleet)
    started = time.perf_counter()
    order_queue(queue)
    full_sort = time.perf_counter() - started
    assert per_round < full_sort / 3, (per_round, full_sort)
