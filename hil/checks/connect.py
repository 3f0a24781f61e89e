"""The port opens and the firmware answers: `M110 N0` resync, then a no-op, both acked."""

from __future__ import annotations

import time

from hil.checks.base import Check, Context, Outcome, passed
from hil.gcode import NOOP


def run(ctx: Context) -> Outcome:
    link = ctx.link
    opened = time.monotonic()
    link.open()
    booted = time.monotonic()
    link.restart_protocol()
    link.require_idle(ctx.ok_timeout_s + ctx.profile.connection.boot_timeout_s, "no ok for M110")
    start = time.monotonic()
    link.command(NOOP, ctx.ok_timeout_s)
    round_trip_ms = (time.monotonic() - start) * 1000
    ctx.findings.answered = True
    return passed(
        f"{link.port} opened at {link.baud} baud; the firmware acknowledged the resync and "
        f"a no-op ({round_trip_ms:.1f} ms)",
        open_s=round(booted - opened, 3),
        first_round_trip_ms=round(round_trip_ms, 2),
    )


CHECK = Check("connect", "Port opens and the firmware answers", run)
