"""The estimator's array planner must match agent.motion's move-by-move planner."""

from __future__ import annotations

import math
import random

import pytest

from agent.motion import AxisValues, MotionLimits, MotionPlanner
from coordinator.intake.batch_plan import BatchPlanner

CLASSIC = MotionLimits(
    max_velocity=AxisValues(x=200, y=200, z=12, e=60),
    max_accel=AxisValues(x=2000, y=1500, z=200, e=5000),
    print_accel=1200,
    travel_accel=2500,
    retract_accel=1500,
    junction_deviation=None,
    jerk=AxisValues(x=8, y=8, z=0.4, e=4.5),
)


def random_moves(seed: int, count: int) -> list[tuple[float, float, float, float, float]]:
    rng = random.Random(seed)
    moves = []
    for i in range(count):
        kind = rng.random()
        if kind < 0.05:
            moves.append((0.0, 0.0, 0.0, -rng.uniform(0.5, 2), 35.0))  # retract
        elif kind < 0.1:
            moves.append((0.0, 0.0, rng.uniform(0.1, 0.4), 0.0, 10.0))  # layer change
        else:
            a = i * 0.2 + rng.uniform(-0.5, 0.5)
            length = rng.choice([0.3, 2.0, 15.0, 80.0])
            de = length * 0.03 if kind < 0.8 else 0.0
            moves.append(
                (length * math.cos(a), length * math.sin(a), 0.0, de, rng.choice([25, 60, 150]))
            )
    return moves


@pytest.mark.parametrize("limits", [CLASSIC, CLASSIC.with_m205({"J": 0.02})])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_total_as_the_move_by_move_planner(limits: MotionLimits, seed: int) -> None:
    moves = random_moves(seed, 3000)
    reference = MotionPlanner(limits, lookahead=100_000)
    expected = sum(d for m in moves for d in reference.add_move(*m)) + sum(reference.flush())
    batch = BatchPlanner(limits, carry=64)
    got = 0.0
    for start in range(0, len(moves), 700):  # chunks, as the scanner feeds them
        for m in moves[start : start + 700]:
            batch.add_move(*m)
        got += batch.plan_pending()
    got += sum(batch.flush())
    assert got == pytest.approx(expected, rel=1e-6)


def test_limits_change_between_moves() -> None:
    moves = random_moves(7, 400)
    reference = MotionPlanner(CLASSIC, lookahead=100_000)
    batch = BatchPlanner(CLASSIC)
    faster = CLASSIC.with_m204({"P": 3000})
    expected = got = 0.0
    for i, m in enumerate(moves):
        if i == 200:
            reference.set_limits(faster)
            batch.set_limits(faster)
        expected += sum(reference.add_move(*m))
        batch.add_move(*m)
    expected += sum(reference.flush())
    got = sum(batch.flush())
    assert got == pytest.approx(expected, rel=1e-6)
