"""A run of simple lines (plain moves and ``G92 E``) applied to the scanner at once.

It does, on arrays, what the line-by-line loop of `gcode_scan.py` does for the same
lines, with the same floating-point operations in the same order where the order
matters: positions are carried forward from the last line that set them, extrusion is
the difference of absolute E values (or the relative E value), and moves with no
change on any axis are dropped. Filament is summed move after move between the same
write-back points as the loop (a sequential ``cumsum``), and the retraction bookkeeping
steps through the few moves around each retraction in Python, so the totals are the
loop's to the last bit.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from coordinator.intake.commands import CommandState
    from coordinator.intake.gcode_scan import GcodeScanner

Floats = NDArray[np.float64]
LAYER_EPSILON = 1e-6  # mm a move must rise to start a new layer (as the loop)


def _carried(values: Floats, initial: float) -> Floats:
    """Each line's value: its own, else the last one set before it, else ``initial``."""
    have = ~np.isnan(values)
    last = np.where(have, np.arange(len(values)), -1)
    np.maximum.accumulate(last, out=last)
    return np.where(last >= 0, values[last], initial)


def _summed(steps: Floats, initial: float) -> Floats:
    """Relative positions: ``initial`` plus the steps so far (absent steps are none),
    added one after another as the loop adds them (``cumsum`` is sequential)."""
    return np.cumsum(np.concatenate(([initial], np.where(np.isnan(steps), 0.0, steps))))[1:]


def _before(after: Floats, initial: float) -> Floats:
    out = np.empty_like(after)
    out[0] = initial
    out[1:] = after[:-1]
    return out


def apply_run(
    scanner: GcodeScanner,
    values: Floats,
    is_move: NDArray[np.bool_],
    group: NDArray[np.intp],
    backs: int,
) -> None:
    """Apply lines in absolute or relative XYZ mode. ``values``: (5, n) X/Y/Z/E/F, NaN if absent;
    ``is_move``: False for ``G92 E`` lines; ``group``: how many of the loop's filament
    write-back points (commands: G92 E and the inert ones) precede each line;
    ``backs``: how many the stretch holds in all."""
    st = scanner.state
    u = st.unit
    if st.absolute:
        nx = _carried(values[0] * u + st.off_x, st.x)
        ny = _carried(values[1] * u + st.off_y, st.y)
        nz = _carried(values[2] * u + st.off_z, st.z)
    else:
        nx, ny, nz = (
            _summed(values[0] * u, st.x),
            _summed(values[1] * u, st.y),
            _summed(values[2] * u, st.z),
        )
    e = values[3] * u
    has_e = is_move & ~np.isnan(e)
    if st.e_absolute:
        e_after = _carried(e, st.e_pos)
        de = np.where(has_e, e - _before(e_after, st.e_pos), 0.0)
        e_pos = float(e_after[-1])
    else:
        de = np.where(has_e, e, 0.0)
        resets = np.flatnonzero(~is_move)
        e_pos = float(e[resets[-1]]) if len(resets) else st.e_pos
    feed = _carried(values[4] * st.feed_scale, st.feed)
    px, py, pz = _before(nx, st.x), _before(ny, st.y), _before(nz, st.z)
    dx, dy, dz = nx - px, ny - py, nz - pz
    moving = np.flatnonzero(is_move & ((dx != 0.0) | (dy != 0.0) | (dz != 0.0) | (de != 0.0)))
    st.x, st.y, st.z = float(nx[-1]), float(ny[-1]), float(nz[-1])
    st.e_pos, st.feed = e_pos, float(feed[-1])
    if len(moving) == 0:
        _filament(scanner, de[moving], moving, backs)
        return
    scanner.moves += len(moving)
    dx, dy, dz, de = dx[moving], dy[moving], dz[moving], de[moving]
    nx, ny, nz = nx[moving], ny[moving], nz[moving]
    scanner.planner.add_moves(np.column_stack((dx, dy, dz, de, feed[moving])))
    _grow(scanner.all_moves, nx, ny, nz)
    printing = np.flatnonzero((de > 0.0) & ((dx != 0.0) | (dy != 0.0)))
    if len(printing):
        xs = np.concatenate((px[moving][printing], nx[printing]))
        ys = np.concatenate((py[moving][printing], ny[printing]))
        _grow(scanner.extruding, xs, ys, nz[printing])
        _count_layers(scanner, nz[printing])
    _filament(scanner, de, group[moving], backs)


def _grow(box: list[float], xs: Floats, ys: Floats, zs: Floats) -> None:
    """Widen ``box`` (min x, y, z, max x, y, z) to hold the points."""
    for i, values in enumerate((xs, ys, zs)):
        box[i] = min(box[i], float(values.min()))
        box[i + 3] = max(box[i + 3], float(values.max()))


def _count_layers(scanner: GcodeScanner, zs: Floats) -> None:
    # Only where z changes can a move start a layer (the loop compares with the last
    # layer's z, which an unchanged z cannot exceed).
    changes = np.flatnonzero(zs[1:] != zs[:-1]) + 1
    st = scanner.state
    layer_z, layers = st.layer_z, scanner.layers_by_z
    for z in [float(zs[0]), *zs[changes].tolist()]:
        if z > layer_z + LAYER_EPSILON:
            layers += 1
            layer_z = z
    st.layer_z, scanner.layers_by_z = layer_z, layers


def _filament(scanner: GcodeScanner, de: Floats, group: NDArray[np.intp], backs: int) -> None:
    """New filament per move (what refills a retraction is not new), summed as the
    loop sums it: ``group`` counts the loop's write-back points (commands) before
    each move, ``backs`` those in the whole stretch."""
    st = scanner.state
    fed = _refills(st, np.where(de > 0.0, de, 0.0), de)
    total, open_ = st.filament[st.tool], scanner.fed_open
    bounds = [0, *(np.flatnonzero(group[1:] != group[:-1]) + 1).tolist(), len(de)]
    seen = 0
    for a, b in pairwise(bounds):
        if a == b:
            continue
        if group[a] > seen:  # a command between: the loop added its sum to the total
            total, open_, seen = total + open_, 0.0, int(group[a])
        part = fed[a:b].copy()
        part[0] += open_  # the loop's running sum, continued
        open_ = float(np.cumsum(part)[-1])
    if backs > seen:
        total, open_ = total + open_, 0.0
    st.filament[st.tool], scanner.fed_open = total, open_


def _refills(st: CommandState, fed: Floats, de: Floats) -> Floats:
    """``fed`` less what refills earlier retractions, stepping through the moves from
    each retraction until it is primed back (few: the rest keep their value)."""
    retracted = st.retracted
    backs = np.flatnonzero(de < 0.0).tolist()
    i = 0 if retracted > 0.0 else (backs[0] if backs else len(de))
    while i < len(de):
        d = float(de[i])
        if d > 0.0 and retracted > 0.0:
            primed = d if d < retracted else retracted
            retracted -= primed
            fed[i] = d - primed
        elif d < 0.0:
            retracted -= d
        i += 1
        if retracted <= 0.0:  # nothing to refill: jump to the next retraction
            k = bisect_left(backs, i)
            i = backs[k] if k < len(backs) else len(de)
    st.retracted = retracted
    return fed
