"""The motion-time model: trapezoids, junctions, lookahead and limit setters."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest
from pydantic import ValidationError

from agent.motion import (
    MINIMUM_PLANNER_SPEED,
    AxisValues,
    MotionLimits,
    MotionPlanner,
    trapezoid_time,
)

CLASSIC = MotionLimits(
    max_velocity=AxisValues(x=500, y=500, z=12, e=120),
    max_accel=AxisValues(x=9000, y=9000, z=500, e=10000),
    print_accel=1000,
    travel_accel=2000,
    retract_accel=1500,
    junction_deviation=None,
    jerk=AxisValues(x=10, y=10, z=0.2, e=2.5),
)


Move = tuple[float, float, float, float, float]  # dx, dy, dz, de (mm), feedrate (mm/s)


def total(planner: MotionPlanner, moves: Sequence[Move]) -> float:
    durations: list[float] = []
    for move in moves:
        durations += planner.add_move(*move)
    durations += planner.flush()
    return sum(durations)


def test_long_travel_is_a_full_trapezoid_from_the_jerk_speed() -> None:
    # Travel accel 2000, cruise 100, start/stop at the 10 mm/s X jerk.
    t = total(MotionPlanner(CLASSIC), [(200, 0, 0, 0, 100)])
    ramp_time = (100 - 10) / 2000
    ramp_dist = (100**2 - 10**2) / (2 * 2000)
    assert t == pytest.approx(2 * ramp_time + (200 - 2 * ramp_dist) / 100)


def test_short_move_never_reaches_its_feedrate() -> None:
    t = trapezoid_time(1.0, 1000, 0.0, 200.0, 0.0)
    assert t == pytest.approx(2 * math.sqrt(0.5 / 1000 * 2))  # two halves of 0.5 mm


def test_collinear_segments_keep_their_speed_through_the_junctions() -> None:
    one = total(MotionPlanner(CLASSIC), [(100, 0, 0, 1, 50)])
    many = total(MotionPlanner(CLASSIC), [(1, 0, 0, 0.01, 50)] * 100)
    assert many == pytest.approx(one, rel=1e-6)


def test_a_right_angle_costs_time_and_a_larger_jerk_costs_less() -> None:
    square = [(20, 0, 0, 0.5, 100), (0, 20, 0, 0.5, 100)] * 10
    straight = total(MotionPlanner(CLASSIC), [(20, 0, 0, 0.5, 100)] * 20)
    cornered = total(MotionPlanner(CLASSIC), square)
    loose = CLASSIC.with_m205({"X": 40, "Y": 40})
    assert cornered > straight * 1.1
    assert total(MotionPlanner(loose), square) < cornered


def test_junction_deviation_grows_corner_speed_with_deviation() -> None:
    square = [(20, 0, 0, 0.5, 100), (0, 20, 0, 0.5, 100)] * 10
    tight = total(MotionPlanner(CLASSIC.with_m205({"J": 0.005})), square)
    loose = total(MotionPlanner(CLASSIC.with_m205({"J": 0.2})), square)
    assert loose < tight


def test_axis_feedrate_limit_caps_the_whole_move() -> None:
    # Z alone at 50 mm/s asked, 12 mm/s allowed: nearly 10 mm / 12 mm/s.
    t = total(MotionPlanner(CLASSIC), [(0, 0, 10, 0, 50)])
    assert 10 / 12 < t < 10 / 12 + 0.1


def test_retraction_uses_distance_of_e_and_retract_acceleration() -> None:
    t = total(MotionPlanner(CLASSIC), [(0, 0, 0, -2, 35)])
    # From the 2.5 mm/s E jerk to 35 mm/s at 1500 mm/s² and back.
    ramp = (35 - 2.5) / 1500
    ramp_dist = (35**2 - 2.5**2) / 3000
    assert t == pytest.approx(2 * ramp + (2 - 2 * ramp_dist) / 35)


def test_zero_length_moves_are_dropped() -> None:
    planner = MotionPlanner(CLASSIC, lookahead=1)
    assert planner.add_move(0, 0, 0, 0, 50) == []
    assert planner.flush() == []


def test_lookahead_is_bounded_and_every_move_is_timed_once() -> None:
    planner = MotionPlanner(CLASSIC, lookahead=16, batch=4)
    durations: list[float] = []
    for i in range(1000):
        durations += planner.add_move(1 + i % 3, (-1) ** i, 0, 0.05, 60)
        assert planner.buffered < 16 + 4
    durations += planner.flush()
    assert len(durations) == 1000
    assert all(d > 0 for d in durations)
    assert planner.buffered == 0


def test_batch_size_does_not_change_the_total() -> None:
    moves = [(math.cos(i * 0.3) * 2, math.sin(i * 0.3) * 2, 0, 0.07, 45) for i in range(500)]
    firmware_like = total(MotionPlanner(CLASSIC, lookahead=64, batch=1), moves)
    batched = total(MotionPlanner(CLASSIC, lookahead=64, batch=192), moves)
    assert batched == pytest.approx(firmware_like, rel=1e-9)


def test_a_flush_starts_the_next_move_from_rest() -> None:
    planner = MotionPlanner(CLASSIC)
    joined = total(planner, [(50, 0, 0, 0, 100), (50, 0, 0, 0, 100)])
    split = total(planner, [(50, 0, 0, 0, 100)]) + total(planner, [(50, 0, 0, 0, 100)])
    assert split > joined


def test_limits_can_change_mid_file() -> None:
    planner = MotionPlanner(CLASSIC)
    slow = total(planner, [(100, 0, 0, 1, 300)])
    planner.set_limits(CLASSIC.with_m204({"P": 5000}))
    assert total(planner, [(100, 0, 0, 1, 300)]) < slow


def test_setters_follow_the_gcode_meanings() -> None:
    limits = MotionLimits()
    m204 = limits.with_m204({"S": 800, "R": 900})
    assert (m204.print_accel, m204.travel_accel, m204.retract_accel) == (800, 800, 900)
    assert limits.with_m201({"X": 1200, "E": 5000}).max_accel.as_tuple() == (1200, 3000, 100, 5000)
    assert limits.with_m203({"Z": 600}, per_minute=True).max_velocity.z == pytest.approx(10)
    m205 = limits.with_m205({"J": 0.02, "S": 2, "T": 3})
    assert (m205.junction_deviation, m205.min_feedrate, m205.min_travel_feedrate) == (0.02, 2, 3)
    assert limits.with_m205({"X": 8, "Y": 8}).junction_deviation is None
    assert limits.with_m566({"X": 600}).jerk.x == pytest.approx(10)


def test_bad_values_from_a_file_are_refused() -> None:
    with pytest.raises(ValidationError):
        MotionLimits().with_m204({"S": -5})
    with pytest.raises(ValidationError):
        MotionLimits(print_accel=1000, unknown=1)  # type: ignore[call-arg]


def test_limits_from_a_prusaslicer_config_block() -> None:
    limits = MotionLimits.from_prusaslicer_config(
        {
            "machine_max_acceleration_extruding": "1250,1250",
            "machine_max_acceleration_travel": "0,0",
            "machine_max_feedrate_z": "12,12",
            "machine_max_jerk_x": "8,8",
            "machine_min_travel_rate": "0,0",
        }
    )
    assert limits.print_accel == limits.travel_accel == 1250
    assert limits.max_velocity.z == 12
    assert limits.jerk.x == 8
    assert limits.junction_deviation is None


def test_junction_deviation_stops_at_a_reversal() -> None:
    limits = MotionLimits()
    back_and_forth = total(MotionPlanner(limits), [(10, 0, 0, 0, 100), (-10, 0, 0, 0, 100)])
    separate = 2 * total(MotionPlanner(limits), [(10, 0, 0, 0, 100)])
    assert back_and_forth == pytest.approx(separate, rel=1e-3)
    assert MINIMUM_PLANNER_SPEED > 0
