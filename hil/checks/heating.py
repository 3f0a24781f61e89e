"""With --allow-heat: low targets are reached and left again, and an over-limit target is
refused by the agent (agent.safety) before it reaches the wire.

Low targets only (60 °C hotend, 40 °C bed): warm to the touch, far from any material's
melting point, and reached in a minute or two on real hardware.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from agent.protocol import events as ev
from hil.checks.base import Check, Context, Gate, Outcome, failed, passed
from hil.evidence import Direction
from hil.gcode import heaters_off, set_temperature
from hil.link import Refused

HOTEND_C = 60.0
BED_C = 40.0
REACHED_WITHIN_C = 3.0  # "at target" tolerance
COOLED_BY_C = 3.0  # fallen this far below the peak: cooling follows the target
HEAT_TIMEOUT_S = 300.0
COOL_TIMEOUT_S = 180.0
POLL_S = 1.0

Readings = dict[str, ev.HeaterReading]


def read_temperatures(ctx: Context) -> Readings:
    events = ctx.link.command(ctx.profile.gcode.query_temperature, ctx.recovery_budget_s)
    reports = [e for e in events if isinstance(e, ev.TemperatureReport)]
    return dict(reports[-1].heaters) if reports else {}


def _actual(readings: Readings, heater: str) -> float | None:
    names = ("T0", "T") if heater == "hotend" else ("B",)
    reading = next((readings[n] for n in names if n in readings), None)
    return reading.actual if reading else None


def _poll(ctx: Context, done: Callable[[Readings], bool], timeout: float) -> tuple[bool, Readings]:
    """Query temperatures every POLL_S until `done` or the timeout."""
    deadline = time.monotonic() + timeout
    readings = read_temperatures(ctx)
    while not done(readings):
        if time.monotonic() > deadline:
            return False, readings
        ctx.link.idle_for(POLL_S)
        readings = read_temperatures(ctx)
    return True, readings


def _describe(readings: Readings, targets: dict[str, float]) -> str:
    return ", ".join(f"{h} {_actual(readings, h)} °C" for h in targets)


def refusals(ctx: Context) -> list[str]:
    """Over-limit targets handed to the agent; returns the problems (empty: all refused)."""
    limits = ctx.profile.limits
    problems = []
    for heater, limit in (("hotend", limits.max_hotend_c), ("bed", limits.max_bed_c)):
        line = set_temperature(ctx.profile, heater, limit + 10)
        mark = ctx.link.mark()
        try:
            ctx.link.send(line)
        except Refused:
            sent = [x for x in ctx.link.lines_since(mark) if x.direction is Direction.SENT]
            if any(line in x.text for x in sent):
                problems.append(f"{line!r} was refused but written anyway")
            continue
        problems.append(f"{line!r} (limit {limit:g} °C) was NOT refused by agent.safety")
        for off in heaters_off(ctx.profile):
            ctx.link.send(off)
    return problems


def _targets(ctx: Context) -> dict[str, float]:
    limits = ctx.profile.limits
    targets = {"hotend": min(HOTEND_C, limits.max_hotend_c)}
    if limits.max_bed_c >= BED_C:
        targets["bed"] = BED_C
    return targets


def run(ctx: Context) -> Outcome:
    problems = refusals(ctx)
    if problems:
        return failed("; ".join(problems))
    targets = _targets(ctx)
    for heater, celsius in targets.items():
        ctx.link.command(set_temperature(ctx.profile, heater, celsius), ctx.recovery_budget_s)
    ctx.say(f"heating to {', '.join(f'{h} {t:g} °C' for h, t in targets.items())}")

    def reached(readings: Readings) -> bool:
        return all((_actual(readings, h) or 0) >= t - REACHED_WITHIN_C for h, t in targets.items())

    ok, hot = _poll(ctx, reached, HEAT_TIMEOUT_S)
    # Cooling must follow the target the same commands set (the dialect's own heaters-off
    # form is sent by the runner on exit, whatever happens here).
    for heater in targets:
        ctx.link.command(set_temperature(ctx.profile, heater, 0), ctx.recovery_budget_s)
    if not ok:
        return failed(f"targets not reached in {HEAT_TIMEOUT_S:.0f} s: {_describe(hot, targets)}")
    peak = {h: _actual(hot, h) or 0.0 for h in targets}
    ctx.say("heaters off, waiting for them to cool a little")

    def cooling(readings: Readings) -> bool:
        return all((_actual(readings, h) or 0) <= peak[h] - COOLED_BY_C for h in targets)

    ok, cool = _poll(ctx, cooling, COOL_TIMEOUT_S)
    if not ok:
        return failed(
            f"heaters off, but no cooling by {COOLED_BY_C:g} °C in {COOL_TIMEOUT_S:.0f} s: "
            f"{_describe(cool, targets)}"
        )
    return passed(
        f"reached {_describe(hot, targets)}, cooled to {_describe(cool, targets)} with "
        f"the targets at 0; over-limit targets refused before sending",
        hotend_peak_c=peak.get("hotend"),
        bed_peak_c=peak.get("bed"),
        hotend_cooled_c=_actual(cool, "hotend"),
        bed_cooled_c=_actual(cool, "bed"),
    )


CHECK = Check(
    "heating", "Heating and cooling follow the target; over-limit refused", run, Gate.HEAT
)
