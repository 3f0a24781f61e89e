"""Command buffer depth: how many lines the firmware takes before its first `ok`.

Method: a dwell (`G4 P300`) occupies the head of the firmware's queue, and a burst of k
numbered no-ops (`G4 P0`) is written behind it in one go, so every line of the burst must
be held by the firmware (command queue plus serial receive buffer) before the first `ok`
can come. A burst is clean when every line is acknowledged with no resend request and no
timeout (a loss must repeat on a second try, so one line hit by noise does not count);
k doubles (1, 2, 4, 8, 16) until a burst is not clean, then a bisection finds the
largest clean k. The depth is 1 + k (the dwell counts). A firmware whose link has flow
control (USB CDC, Klipper's pty) never loses a line: the depth is then a lower bound.
Losses cost nothing but a resend: the lines are no-ops.

ADVANCED_OK: an `ok N.. P.. B..` reports B free command slots; Marlin sends it while the
acknowledged line still holds its slot, so an idle firmware's B + 1 is its BUFSIZE.
"""

from __future__ import annotations

from agent.protocol import events as ev
from hil.checks.base import Check, Context, Outcome, failed, passed
from hil.gcode import NOOP, dwell
from hil.report import Measurement

STALL_MS = 300
MAX_BURST = 16


def _burst_is_clean(ctx: Context, k: int) -> bool:
    # Line noise can spoil one burst; overflow spoils every one, so a loss must repeat.
    return _one_burst(ctx, k) or _one_burst(ctx, k)


def _one_burst(ctx: Context, k: int) -> bool:
    link = ctx.link
    link.restart_protocol(link.settings(window=k + 1, advanced_ok=False))
    link.require_idle(ctx.recovery_budget_s, "no ok for the M110 resync")
    mark = link.mark()
    link.send_many([dwell(ctx.profile, STALL_MS), *[NOOP] * k])
    budget = ctx.recovery_budget_s * 2 + STALL_MS / 1000
    link.require_idle(budget, f"a burst of {k} lines was not recovered")
    events = link.events_since(mark)
    return not any(isinstance(e, ev.Resent | ev.Timeout) for e in events)


def measure_depth(ctx: Context) -> tuple[int, bool, list[int]]:
    """(largest clean burst, True when even MAX_BURST was clean, bursts tried)."""
    tried: list[int] = []
    clean, lossy = 0, None
    k = 1
    while k <= MAX_BURST:
        tried.append(k)
        if not _burst_is_clean(ctx, k):
            lossy = k
            break
        clean, k = k, k * 2
    if lossy is None:
        return clean, True, tried
    while lossy - clean > 1:
        middle = (clean + lossy) // 2
        tried.append(middle)
        if _burst_is_clean(ctx, middle):
            clean = middle
        else:
            lossy = middle
    return clean, False, tried


def advanced_ok_slots(ctx: Context) -> int | None:
    """Free command slots from an idle `ok N.. P.. B..`, or None without ADVANCED_OK."""
    link = ctx.link
    link.restart_protocol(link.settings(window=1))
    link.require_idle(ctx.ok_timeout_s, "no ok for the M110 resync")
    acks = [e for e in link.command(NOOP, ctx.ok_timeout_s) if isinstance(e, ev.Ack)]
    slots = [a.free_buffer for a in acks if a.free_buffer is not None]
    return slots[-1] if slots else None


def run(ctx: Context) -> Outcome:
    slots = advanced_ok_slots(ctx)
    findings = ctx.findings
    findings.advanced_ok = slots is not None
    clean, lower_bound, tried = measure_depth(ctx)
    depth = clean + 1
    findings.buffer_depth, findings.depth_is_lower_bound = depth, lower_bound
    bound = "at least " if lower_bound else ""
    why = " (no loss at the largest burst: flow control)" if lower_bound else ""
    adv = "ADVANCED_OK off"
    if slots is not None:
        adv = f"ADVANCED_OK on: an idle ok reports B{slots} (BUFSIZE {slots + 1})"
    values: dict[str, Measurement] = {
        "depth": depth,
        "depth_is_lower_bound": lower_bound,
        "bursts_tried": ",".join(map(str, tried)),
        "advanced_ok": slots is not None,
        "advanced_ok_free_slots": slots,
        "profile_buffer_size": ctx.profile.capabilities.buffer_size,
    }
    ctx.link.restart_protocol()
    ctx.link.require_idle(ctx.ok_timeout_s, "no ok for the M110 resync")
    window = ctx.profile.capabilities.send_window
    if not lower_bound and window > depth:
        return failed(
            f"only {depth} lines accepted before the first ok, but profile "
            f"{ctx.profile.name} sends {window} at a time: lines would be lost "
            f"(set send_window = {depth})",
            **values,
        )
    return passed(
        f"{bound}{depth} lines accepted before the first ok{why}; {adv}",
        **values,
    )


CHECK = Check("buffer", "Command buffer depth and ADVANCED_OK", run)
