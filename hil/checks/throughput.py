"""Streaming throughput with harmless lines, against the wire limit at the baud rate.

The wire limit is what the host-to-firmware direction can carry: baud / 10 bits per byte
(8N1), divided by the framed bytes per line. Streamed with the window the verdict would
suggest (the buffer check's depth capped by the profile), so the figure is what the agent
would reach with that setting.
"""

from __future__ import annotations

import time

from hil.checks.base import Check, Context, Outcome, failed, passed
from hil.evidence import Direction
from hil.gcode import NOOP
from hil.suggest import send_window


def run(ctx: Context) -> Outcome:
    link, lines = ctx.link, ctx.options.stream_lines
    window = send_window(ctx.profile, ctx.findings)
    link.restart_protocol(link.settings(window=window))
    link.require_idle(ctx.ok_timeout_s, "no ok for the M110 resync")
    mark = link.mark()
    start = time.monotonic()
    link.send_many([NOOP] * lines)
    budget = ctx.recovery_budget_s * 3 + lines * 0.05
    if not link.wait_idle(budget):
        return failed(f"{link.in_flight} lines still unacknowledged after {budget:.0f} s")
    elapsed = time.monotonic() - start
    sent = [line for line in link.lines_since(mark) if line.direction is Direction.SENT]
    bytes_per_line = sum(len(line.text) + 1 for line in sent) / max(1, len(sent))
    wire_limit = link.baud / 10 / bytes_per_line
    rate = lines / elapsed
    ratio = rate / wire_limit
    faster = " (the link is faster than its baud rate: a pty or USB CDC)" if ratio > 1 else ""
    return passed(
        f"{lines} lines in {elapsed:.2f} s = {rate:.0f} lines/s with a window of {window}; "
        f"wire limit {wire_limit:.0f} lines/s at {link.baud} baud "
        f"({bytes_per_line:.1f} bytes/line): {ratio:.2f} of it{faster}",
        lines=lines,
        window=window,
        lines_per_s=round(rate, 1),
        wire_limit_lines_per_s=round(wire_limit, 1),
        ratio=round(ratio, 3),
        bytes_per_line=round(bytes_per_line, 2),
        resent_lines=len(sent) - lines,
    ).with_evidence(link.evidence(mark)[:4])


CHECK = Check("throughput", "Streaming throughput vs the wire limit", run)
