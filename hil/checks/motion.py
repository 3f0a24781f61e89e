"""With --allow-motion: home, lift, trace a small square in the middle of the bed, and
check every corner with `M114` after `M400` (moves finished).

Small and safe: 10 mm sides around the centre of the build volume, 5 mm above the bed
after homing, at modest feed rates.
"""

from __future__ import annotations

from agent.protocol import events as ev
from hil.checks.base import Check, Context, Gate, Outcome, failed, passed

SIDE_MM = 10.0
LIFT_MM = 5.0
TOLERANCE_MM = 0.05
HOME_TIMEOUT_S = 180.0
MOVE_TIMEOUT_S = 60.0


def position(ctx: Context) -> dict[str, float]:
    ctx.link.command("M400", MOVE_TIMEOUT_S)
    events = ctx.link.command(ctx.profile.gcode.query_position, ctx.recovery_budget_s)
    reports = [e for e in events if isinstance(e, ev.PositionReport)]
    return dict(reports[-1].axes) if reports else {}


def _off_by(pos: dict[str, float], want: dict[str, float]) -> float | None:
    if any(axis not in pos for axis in want):
        return None
    return max(abs(pos[axis] - value) for axis, value in want.items())


def corners(ctx: Context) -> list[dict[str, float]]:
    volume = ctx.profile.build_volume
    cx, cy, half = volume.x / 2, volume.y / 2, SIDE_MM / 2
    points = [(cx - half, cy - half), (cx + half, cy - half), (cx + half, cy + half),
              (cx - half, cy + half), (cx - half, cy - half)]  # fmt: skip
    return [{"X": round(x, 3), "Y": round(y, 3)} for x, y in points]


def run(ctx: Context) -> Outcome:
    link = ctx.link
    ctx.say("homing")
    link.command("G28", HOME_TIMEOUT_S)
    home = position(ctx)
    if not home:
        return failed("M114 after G28 gave no position that could be parsed")
    z = min(LIFT_MM, ctx.profile.build_volume.z)
    link.command("G90", ctx.recovery_budget_s)
    link.command(f"G1 Z{z:g} F600", MOVE_TIMEOUT_S)
    checked = 0
    for corner in corners(ctx):
        link.command(f"G1 X{corner['X']:g} Y{corner['Y']:g} F3000", MOVE_TIMEOUT_S)
        want = {**corner, "Z": z}
        pos = position(ctx)
        off = _off_by(pos, want)
        if off is None or off > TOLERANCE_MM:
            return failed(
                f"after moving to {want}, M114 reported {pos or 'nothing parseable'}",
                home=str(home),
            )
        checked += 1
    home_text = " ".join(f"{k}{v:g}" for k, v in sorted(home.items()))
    return passed(
        f"homed ({home_text}); a {SIDE_MM:g} mm square at Z{z:g} around the bed centre: "
        f"{checked} positions within {TOLERANCE_MM} mm",
        positions_checked=checked,
    )


CHECK = Check("motion", "Homing and a small square return the expected positions", run, Gate.MOTION)
