"""Round-trip latency of a no-op: `G4 P0` sent, its `ok` read, one line at a time."""

from __future__ import annotations

import statistics
import time

from hil.checks.base import Check, Context, Outcome, passed
from hil.gcode import NOOP


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile (p99 of 200 samples is the second largest)."""
    ordered = sorted(samples)
    rank = max(1, round(fraction * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def run(ctx: Context) -> Outcome:
    link = ctx.link
    link.restart_protocol(link.settings(window=1))
    link.require_idle(ctx.ok_timeout_s, "no ok for the M110 resync")
    mark = link.mark()
    samples_ms: list[float] = []
    for _ in range(ctx.options.samples):
        start = time.monotonic()
        link.command(NOOP, ctx.recovery_budget_s)
        samples_ms.append((time.monotonic() - start) * 1000)
    median, p99 = statistics.median(samples_ms), percentile(samples_ms, 0.99)
    return passed(
        f"G4 P0 round trip over {len(samples_ms)} samples: median {median:.2f} ms, "
        f"p99 {p99:.2f} ms (one-line-per-ok bound {1000 / median:.0f} lines/s)",
        samples=len(samples_ms),
        median_ms=round(median, 3),
        p99_ms=round(p99, 3),
        min_ms=round(min(samples_ms), 3),
        max_ms=round(max(samples_ms), 3),
    ).with_evidence(link.evidence(mark)[:4])


CHECK = Check("latency", "Round-trip latency of a no-op", run)
