"""The port opens and the firmware answers: `M110 N0` resync, then a no-op, both acked."""

from __future__ import annotations

import time

from hil.checks.base import Check, Context, Outcome, passed
from hil.gcode import NOOP


def run(ctx: Context) -> Outcome:
    link = ctx.link
    opened = time.monotonic()
    banner = link.open()
    booted = time.monotonic()
    conn = ctx.profile.connection
    expected = conn.start_line if conn.resets_on_open and conn.start_line else None
    note = ""
    if expected and expected not in banner:
        # Not a failure: a board without DTR reset (or a pty) prints no banner on open.
        note = f"; no {expected!r} banner within {conn.boot_timeout_s:g} s (no reset on open)"
    link.restart_protocol()
    link.require_idle(ctx.ok_timeout_s + ctx.profile.connection.boot_timeout_s, "no ok for M110")
    start = time.monotonic()
    link.command(NOOP, ctx.ok_timeout_s)
    round_trip_ms = (time.monotonic() - start) * 1000
    ctx.findings.answered = True
    return passed(
        f"{link.port} opened at {link.baud} baud; the firmware acknowledged the resync and "
        f"a no-op ({round_trip_ms:.1f} ms){note}",
        open_s=round(booted - opened, 3),
        banner_lines=len(banner),
        first_round_trip_ms=round(round_trip_ms, 2),
    )


CHECK = Check("connect", "Port opens and the firmware answers", run)
