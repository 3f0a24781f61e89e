"""Numbered, checksummed lines are accepted: a run of `N.. G4 P0*cs` lines all acked.

Sent with checksums even when the profile would not use them (Klipper strips and ignores
them); a firmware that rejected them would answer every line with a resend request.
"""

from __future__ import annotations

from agent.protocol import events as ev
from hil.checks.base import Check, Context, Outcome, failed, passed
from hil.gcode import NOOP

LINES = 10


def run(ctx: Context) -> Outcome:
    link = ctx.link
    link.restart_protocol(link.settings(checksums=True, window=1))
    mark = link.mark()
    for _ in range(LINES):
        link.send(NOOP)
    budget = ctx.recovery_budget_s + LINES * ctx.ok_timeout_s / 10
    if not link.wait_idle(budget):
        return failed(
            f"{link.in_flight} of {LINES} numbered lines were never acknowledged: the firmware "
            "does not accept `N… *checksum` framing"
        )
    events = link.events_since(mark)
    acks = sum(1 for e in events if isinstance(e, ev.Ack))
    resends = sum(1 for e in events if isinstance(e, ev.Resent))
    errors = [e.message for e in events if isinstance(e, ev.FirmwareError)]
    # Resends here are the firmware rejecting lines that were sent correctly: only line
    # noise excuses a few; more than half means the framing itself is refused.
    if resends > LINES // 2:
        return failed(
            f"{resends} resend requests for {LINES} correct lines: the firmware rejects the "
            "agent's line numbers or checksums",
            resends=resends,
        )
    note = f" ({resends} resends on the way: line noise?)" if resends else ""
    if not ctx.profile.capabilities.checksums:
        note += "; this firmware does not verify checksums"
    return passed(
        f"{LINES} numbered, checksummed lines acknowledged in order{note}",
        lines=LINES,
        acks=acks,
        resends=resends,
        firmware_errors=len(errors),
    )


CHECK = Check("numbering", "Line numbers and checksums accepted", run)
