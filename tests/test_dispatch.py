"""The dispatcher policy, from tables: who gets which printer, and who gets none."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import pytest

from agent import wire
from agent.wire import PrinterStateName
from coordinator.dispatch import (
    Assignment,
    PrinterView,
    QueuedJob,
    dispatch,
    mismatches,
    order_queue,
    unavailable_reasons,
)
from coordinator.requirements import Extents, Requirements

IDLE = PrinterStateName.IDLE


def printer(key: str, **overrides: Any) -> PrinterView:
    fields: dict[str, Any] = {
        "key": key,
        "online": True,
        "state": IDLE,
        "bed_clear": True,
        "firmware": "marlin",
        "profile": "marlin2",
        "nozzle_diameter": 0.4,
        "material": "pla",
        "build_volume": (220.0, 220.0, 250.0),
    }
    fields.update(overrides)
    return PrinterView(**fields)


def job(job_id: str, priority: int = 0, at: float = 0.0, by: str = "ann", **req: Any) -> QueuedJob:
    return QueuedJob(job_id, priority, at, by, Requirements(**req))


def assigned(queue: list[QueuedJob], fleet: list[PrinterView], **kw: Any) -> dict[str, str]:
    return {a.job_id: a.printer_key for a in dispatch(queue, fleet, **kw)}


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"online": False}, "offline"),
        ({"state": PrinterStateName.PRINTING}, "state printing"),
        ({"state": PrinterStateName.PAUSED}, "state paused"),
        ({"state": PrinterStateName.ERROR}, "state error"),
        ({"state": PrinterStateName.CONNECTING}, "state connecting"),
        ({"state": PrinterStateName.FINISHING}, "state finishing"),
        ({"bed_clear": False}, "bed not cleared"),
        ({"assigned": True}, "already assigned"),
    ],
)
def test_no_job_for_an_unavailable_printer(overrides: dict[str, Any], reason: str) -> None:
    busy = printer("a/p1", **overrides)
    assert dispatch([job("j1")], [busy]) == []
    assert any(reason in r for r in unavailable_reasons(busy))
    assert dispatch([job("j1")], [busy, printer("a/p2")]) == [Assignment("j1", "a/p2")]


@pytest.mark.parametrize(
    ("req", "capable", "incapable"),
    [
        ({"firmware": "Klipper"}, {"firmware": "klipper", "profile": "klipper"}, {}),
        ({"firmware": "prusa_mk3"}, {"firmware": "prusa", "profile": "prusa_mk3"}, {}),
        ({"nozzle_diameter": 0.6}, {"nozzle_diameter": 0.6}, {"nozzle_diameter": 0.4}),
        ({"nozzle_diameter": 0.4}, {}, {"nozzle_diameter": None}),
        ({"material": "PETG"}, {"material": "petg"}, {"material": "pla"}),
        ({"material": "PLA"}, {}, {"material": None}),
        ({"extents": Extents(x=300, y=200, z=10)}, {"build_volume": (300.0, 300.0, 400.0)}, {}),
        ({"extents": Extents(x=10, y=10, z=251)}, {"build_volume": (250.0, 210.0, 300.0)}, {}),
        ({"site": "east"}, {"site": "east"}, {"site": "west"}),
        ({"tags": frozenset({"enclosed"})}, {"tags": frozenset({"enclosed", "a"})}, {}),
        ({"tags": frozenset({"a", "b"})}, {"tags": frozenset({"a", "b"})}, {"tags": {"a"}}),
        ({"printer": "a/p9"}, {}, {}),
    ],
)
def test_capability_matching(
    req: dict[str, Any], capable: dict[str, Any], incapable: dict[str, Any]
) -> None:
    good = printer("a/p9", **capable)
    bad = printer("a/p1", **incapable)
    assert assigned([job("j", **req)], [bad, good]) == {"j": "a/p9"}
    assert dispatch([job("j", **req)], [bad]) == []
    assert mismatches(Requirements(**req), good) == []
    assert mismatches(Requirements(**req), bad) != []


def test_explicit_printer_must_also_be_capable_and_free() -> None:
    fleet = [printer("a/p1", material="petg"), printer("a/p2")]
    assert dispatch([job("j", printer="a/p1", material="pla")], fleet) == []
    assert dispatch([job("j", printer="a/p3")], fleet) == []
    assert assigned([job("j", printer="a/p2")], fleet) == {"j": "a/p2"}
    taken = [printer("a/p2", assigned=True)]
    assert dispatch([job("j", printer="a/p2")], taken) == []


def test_priority_then_age() -> None:
    queue = [
        job("old-low", priority=0, at=1),
        job("new-high", priority=5, at=9),
        job("new-low", priority=0, at=5),
        job("old-high", priority=5, at=2),
    ]
    order = [j.job_id for j in order_queue(queue)]
    assert order == ["old-high", "new-high", "old-low", "new-low"]
    assert assigned(queue, [printer("a/p1")]) == {"old-high": "a/p1"}


def test_fairness_round_robin_across_submitters() -> None:
    batch = [job(f"bob-{i}", at=i, by="bob") for i in range(5)]
    queue = [*batch, job("ann-0", at=10, by="ann"), job("cy-0", at=20, by="cy")]
    fleet = [printer(f"a/p{i}") for i in range(3)]
    # bob queued first, but ann and cy each get a printer before bob's second job
    assert set(assigned(queue, fleet)) == {"bob-0", "ann-0", "cy-0"}
    # and jobs already running count: bob has two printing, so ann goes first
    first = dispatch(queue, fleet[:1], running={"bob": 2})
    assert first == [Assignment("ann-0", "a/p0")]


def test_fairness_never_beats_priority() -> None:
    queue = [job("bob-urgent", priority=9, by="bob"), job("ann-0", by="ann")]
    assert assigned(queue, [printer("a/p1")], running={"bob": 10}) == {"bob-urgent": "a/p1"}


def test_one_job_per_printer_and_one_printer_per_job() -> None:
    queue = [job(f"j{i}", at=i) for i in range(10)]
    fleet = [printer(f"a/p{i}") for i in range(4)]
    result = dispatch(queue, fleet)
    assert len(result) == 4
    assert len({a.printer_key for a in result}) == 4
    assert [a.job_id for a in result] == ["j0", "j1", "j2", "j3"]


def test_small_jobs_leave_the_big_printer_free() -> None:
    fleet = [printer("a/big", build_volume=(400.0, 400.0, 400.0)), printer("a/small")]
    queue = [job("small", at=0, extents=Extents(x=50, y=50, z=50))]
    assert assigned(queue, fleet) == {"small": "a/small"}
    queue.append(job("huge", at=1, extents=Extents(x=350, y=350, z=10)))
    assert assigned(queue, fleet) == {"small": "a/small", "huge": "a/big"}


def test_a_job_no_printer_can_take_does_not_block_others() -> None:
    queue = [job("needs-abs", priority=9, material="abs"), job("pla")]
    assert assigned(queue, [printer("a/p1")]) == {"pla": "a/p1"}


def test_deterministic_whatever_the_input_order() -> None:
    rng = random.Random(7)
    queue = [job(f"j{i}", priority=i % 3, at=i % 5, by=f"u{i % 4}") for i in range(40)]
    fleet = [printer(f"a/p{i}", material=rng.choice(["pla", "petg"])) for i in range(12)]
    expected = dispatch(queue, fleet)
    for _ in range(5):
        rng.shuffle(queue)
        rng.shuffle(fleet)
        assert dispatch(queue, fleet) == expected


def test_view_from_wire_state() -> None:
    state = wire.PrinterState(
        ts=0,
        state=IDLE,
        capabilities=wire.Capabilities(firmware="Marlin"),
        profile="Marlin2",
        material="PETG",
        nozzle_diameter=0.6,
        tags=("b", "a"),
        site="lab",
        build_volume=wire.BuildVolume(x=1, y=2, z=3),
        bed_clear=True,
    )
    view = PrinterView.from_state("ag", "p", state, online=True, assigned=False)
    assert view == printer(
        "ag/p",
        firmware="marlin",
        profile="marlin2",
        material="petg",
        nozzle_diameter=0.6,
        tags=frozenset({"a", "b"}),
        site="lab",
        build_volume=(1.0, 2.0, 3.0),
    )
    assert replace(view, online=False).available is False


def test_ten_thousand_jobs_on_five_thousand_printers_fill_the_free_matching_ones() -> None:
    # How fast this is belongs to benchmarks/dispatch_requirements.py, not to a timed test.
    rng = random.Random(1)
    materials = ["pla", "petg", "abs", "tpu"]
    nozzles = [0.25, 0.4, 0.6, 0.8]
    volumes = [(180.0, 180.0, 180.0), (250.0, 210.0, 210.0), (350.0, 350.0, 400.0)]
    fleet = [
        printer(
            f"agent{i // 8}/p{i % 8}",
            material=rng.choice(materials),
            nozzle_diameter=rng.choice(nozzles),
            build_volume=rng.choice(volumes),
            site=rng.choice(["east", "west"]),
            state=IDLE if rng.random() < 0.5 else PrinterStateName.PRINTING,
        )
        for i in range(5000)
    ]
    queue = [
        job(
            f"j{i}",
            priority=rng.randrange(3),
            at=float(i),
            by=f"user{rng.randrange(50)}",
            material=rng.choice(materials),
            nozzle_diameter=rng.choice(nozzles),
            extents=Extents(x=rng.uniform(10, 300), y=rng.uniform(10, 300), z=10),
        )
        for i in range(10_000)
    ]
    result = dispatch(queue, fleet)
    free = sum(p.available for p in fleet)
    assert 0.8 * free < len(result) <= free
    by_key = {p.key: p for p in fleet}
    jobs = {j.job_id: j for j in queue}
    for a in result:
        assert by_key[a.printer_key].available
        assert mismatches(jobs[a.job_id].requirements, by_key[a.printer_key]) == []


def test_a_requirement_first_seen_after_its_class_is_used_up() -> None:
    """The only PLA printer goes to the first PLA job; a PLA job with a requirement not
    seen before (a nozzle) comes later and must simply stay queued, while a PETG printer
    is still free."""
    queue = [job("a", at=1, material="pla"), job("b", at=2, material="pla", nozzle_diameter=0.4)]
    fleet = [printer("x/p1"), printer("x/p2", material="petg")]
    assert assigned(queue, fleet) == {"a": "x/p1"}
