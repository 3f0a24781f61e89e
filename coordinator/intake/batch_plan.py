"""The motion model of `agent.motion`, evaluated on arrays for the estimator's speed.

`agent.motion.MotionPlanner` plans move by move (the virtual printer needs that, and
the agent has no numpy); analysing a million-line file that way costs ~8 µs a move.
Here the same formulas run on whole chunks of moves: block limits and junction speeds
element-wise, and the reverse and forward passes as min-plus scans on squared speeds:

    reverse:  v²[i] = min(vmax²[i], v²[i+1] + 2·a[i]·d[i])
              = R[i] + min_{j ≥ i}(vmax²[j] - R[j]),  R = suffix sums of 2·a·d
    forward:  v²[i] = min(v²[i], v²[i-1] + 2·a[i-1]·d[i-1])
              = P[i] + min_{j ≤ i}(v²[j] - P[j]),      P = prefix sums of 2·a·d

`tests/test_intake_batch_plan.py` holds the two implementations to the same results.
The interface mirrors MotionPlanner where the G-code commands use it.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from agent.motion import MINIMUM_PLANNER_SPEED, MotionLimits

Array = NDArray[np.float64]
CARRY = 64  # blocks kept unplanned behind the newest, as MotionPlanner's lookahead


class BatchPlanner:
    def __init__(self, limits: MotionLimits, carry: int = CARRY) -> None:
        self.limits = limits
        self.pending: list[tuple[float, float, float, float, float]] = []
        self._pieces: list[Array] = []  # queued (n, 5) move arrays, in order, before pending
        self._carry = carry
        # Planned-but-not-final blocks: distance, accel, nominal, max_entry², safe.
        self._blocks = np.zeros((0, 5))
        self._pinned: float | None = None  # entry² of blocks[0] when its predecessor is final
        self._prev_speeds = np.zeros(4)
        self._prev_nominal = 0.0
        self._prev_safe = 0.0
        self._prev_unit = np.zeros(4)
        self._added = self._done = 0  # blocks made and finalised so far
        self._mark: int | None = None  # blocks made when `mark` was called
        self.before_mark_s = 0.0  # seconds of those, finalised after the mark

    def mark(self) -> None:
        """Note where the moves queued so far end: the seconds of those still buffered
        are added to ``before_mark_s`` as they become final."""
        self._absorb()
        self._mark = self._added

    # --- MotionPlanner's interface ------------------------------------------------

    def add_move(self, dx: float, dy: float, dz: float, de: float, feedrate: float) -> list[float]:
        self.pending.append((dx, dy, dz, de, feedrate))
        return []

    def add_moves(self, moves: Array) -> None:
        """Queue moves given as rows of (dx, dy, dz, de, feedrate): add_move on arrays."""
        self._pending_to_piece()
        self._pieces.append(moves)

    def set_limits(self, limits: MotionLimits) -> None:
        self._absorb()  # pending moves take the limits they were queued under
        self.limits = limits

    def flush(self) -> list[float]:
        seconds = self.plan_pending(final=True)
        self._prev_nominal = self._prev_safe = 0.0
        return [seconds]

    # --- batch work -------------------------------------------------------------------

    def plan_pending(self, final: bool = False) -> float:
        """Turn pending moves into blocks; return the seconds of those now final."""
        self._absorb()
        n = len(self._blocks)
        keep = 0 if final else min(self._carry, n)
        if n == 0 or n - keep == 0:
            return 0.0
        return self._finalise(n - keep)

    def _pending_to_piece(self) -> None:
        if self.pending:
            self._pieces.append(np.array(self.pending, dtype=np.float64))
            self.pending.clear()

    def _absorb(self) -> None:
        self._pending_to_piece()
        if self._pieces:
            pieces, self._pieces = self._pieces, []
            self._add_blocks(pieces[0] if len(pieces) == 1 else np.concatenate(pieces))

    def _add_blocks(self, moves: Array) -> None:
        d4 = moves[:, :4]
        xyz = np.sqrt(np.einsum("ij,ij->i", d4[:, :3], d4[:, :3]))
        dist = np.where(xyz > 1e-9, xyz, np.abs(d4[:, 3]))
        ok = dist > 1e-9
        if not ok.all():
            d4, xyz, dist, moves = d4[ok], xyz[ok], dist[ok], moves[ok]
        if len(dist) == 0:
            return
        lim = self.limits
        unit = d4 * (1.0 / dist)[:, None]  # as agent.motion rounds it
        au = np.abs(unit)
        de = d4[:, 3]
        feed = np.where(
            de == 0.0,
            np.maximum(moves[:, 4], lim.min_travel_feedrate),
            np.maximum(moves[:, 4], lim.min_feedrate),
        )
        vmax = np.array(lim.max_velocity.as_tuple())
        amax = np.array(lim.max_accel.as_tuple())
        with np.errstate(divide="ignore"):
            nominal = np.minimum(feed, np.min(vmax / au, axis=1))
            accel = np.where(
                xyz <= 1e-9,
                lim.retract_accel,
                np.where(de <= 0.0, lim.travel_accel, lim.print_accel),
            )
            accel = np.minimum(accel, np.min(amax / au, axis=1))
        if (nominal <= 0).any():
            raise ValueError("a move with a zero feedrate never ends")
        speeds = unit * nominal[:, None]
        if lim.junction_deviation is None:
            safe, max_entry = self._classic(speeds, nominal)
        else:
            safe, max_entry = self._deviation(unit, nominal, accel, xyz, lim.junction_deviation)
        self._prev_speeds, self._prev_unit = speeds[-1].copy(), unit[-1].copy()
        self._prev_nominal, self._prev_safe = float(nominal[-1]), float(safe[-1])
        new = np.column_stack((dist, accel, nominal, max_entry * max_entry, safe))
        self._added += len(new)
        self._blocks = np.concatenate((self._blocks, new))

    def _previous(self, values: Array, first: float | Array) -> Array:
        out = np.empty_like(values)
        out[1:] = values[:-1]
        out[0] = first
        return out

    def _classic(self, speeds: Array, nominal: Array) -> tuple[Array, Array]:
        jerk = np.array(self.limits.jerk.as_tuple())
        over = np.abs(speeds) > jerk
        safe = np.minimum(nominal, np.min(np.where(over, jerk, np.inf), axis=1))
        prev_nom = self._previous(nominal, self._prev_nominal)
        prev_safe = self._previous(safe, self._prev_safe)
        prev_speeds = self._previous(speeds, self._prev_speeds)
        prev_larger = prev_nom > nominal
        vmax = np.where(prev_larger, nominal, prev_nom)
        with np.errstate(divide="ignore", invalid="ignore"):
            shrink = np.where(prev_larger, nominal / prev_nom, 1.0)
            factor = np.ones_like(nominal)
            for axis in range(4):
                v_exit = prev_speeds[:, axis] * shrink * factor
                v_entry = speeds[:, axis] * factor
                coast_down = (v_entry > 0.0) | (v_exit < 0.0)
                coast_up = (v_entry < 0.0) | (v_exit > 0.0)
                dv = np.where(
                    v_exit > v_entry,
                    np.where(coast_down, v_exit - v_entry, np.maximum(v_exit, -v_entry)),
                    np.where(coast_up, v_entry - v_exit, np.maximum(-v_exit, v_entry)),
                )
                factor = np.where(dv > jerk[axis], factor * jerk[axis] / dv, factor)
        vmax = vmax * factor
        threshold = vmax * 0.99
        vmax = np.where((prev_safe > threshold) & (safe > threshold), safe, vmax)
        vmax = np.where(prev_nom <= 1e-9, safe, vmax)
        return safe, vmax

    def _deviation(
        self, unit: Array, nominal: Array, accel: Array, xyz: Array, jd: float
    ) -> tuple[Array, Array]:
        safe = np.full_like(nominal, MINIMUM_PLANNER_SPEED)
        prev_nom = self._previous(nominal, self._prev_nominal)
        prev_unit = self._previous(unit, self._prev_unit)
        n_cur = np.linalg.norm(unit[:, :3], axis=1)
        n_prev = np.linalg.norm(prev_unit[:, :3], axis=1)
        e_only = (xyz <= 1e-9) | (n_prev == 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            cos = -np.einsum("ij,ij->i", prev_unit[:, :3], unit[:, :3]) / (n_prev * n_cur)
            sin_half = np.sqrt(0.5 * (1.0 - np.clip(cos, -1.0, 1.0)))
            corner = np.sqrt(accel * jd * sin_half / (1.0 - sin_half))
        both = np.minimum(nominal, prev_nom)
        vmax = np.maximum(np.minimum(corner, both), MINIMUM_PLANNER_SPEED)
        vmax = np.where(cos < -0.999999, both, vmax)
        vmax = np.where(cos > 0.999999, MINIMUM_PLANNER_SPEED, vmax)
        e_jerk = max(self.limits.jerk.e, MINIMUM_PLANNER_SPEED)
        vmax = np.where(e_only, np.minimum(both, e_jerk), vmax)
        vmax = np.where(prev_nom <= 1e-9, MINIMUM_PLANNER_SPEED, vmax)
        return safe, vmax

    def _finalise(self, count: int) -> float:
        blocks = self._blocks
        dist, accel, nominal, max2, safe = blocks.T
        w = 2.0 * accel * dist
        # Reverse pass: the newest block must be able to stop at its safe speed.
        x = np.append(max2, safe[-1] ** 2)
        r = np.append(np.cumsum(w[::-1])[::-1], 0.0)
        entry2 = (r + np.minimum.accumulate((x - r)[::-1])[::-1])[:-1]
        if self._pinned is not None:
            entry2[0] = self._pinned
        # Forward pass.
        p = np.concatenate(([0.0], np.cumsum(w)[:-1]))
        entry2 = p + np.minimum.accumulate(entry2 - p)
        entry2 = np.maximum(entry2, 0.0)
        exit2 = np.append(entry2[1:], np.minimum(safe[-1], nominal[-1]) ** 2)
        times = trapezoid_times(
            dist[:count], accel[:count], entry2[:count], nominal[:count], exit2[:count]
        )
        seconds = float(times.sum())
        if self._mark is not None and self._done < self._mark:
            self.before_mark_s += float(times[: self._mark - self._done].sum())
        self._done += count
        self._blocks = blocks[count:]
        self._pinned = float(entry2[count]) if count < len(blocks) else None
        return seconds


def trapezoid_times(d: Array, a: Array, v0sq: Array, vc: Array, v1sq: Array) -> Array:
    """`agent.motion.trapezoid_time` on arrays (entry and exit given squared)."""
    v0, v1 = np.sqrt(v0sq), np.sqrt(v1sq)
    vc2 = vc * vc
    accel_d = (vc2 - v0sq) / (2 * a)
    decel_d = (vc2 - v1sq) / (2 * a)
    cruising = accel_d + decel_d <= d
    t_cruise = (vc - v0) / a + (vc - v1) / a + (d - accel_d - decel_d) / vc
    ramp = np.clip((2 * a * d - v0sq + v1sq) / (4 * a), 0.0, d)
    peak = np.sqrt(v0sq + 2 * a * ramp)
    t_peak = (peak - v0) / a + np.maximum(peak - v1, 0.0) / a
    return np.where(cruising, t_cruise, t_peak)
