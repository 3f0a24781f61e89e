"""A deliberately corrupted line is asked for again, in the profile's dialect, and the
stream recovers.

The corruption is in the checksum, not the command: a firmware that ignored checksums
would execute an intact `G4 P0`, never a mangled command.
"""

from __future__ import annotations

import re

from agent.protocol import events as ev
from hil.checks.base import Check, Context, Outcome, failed, passed, skipped
from hil.gcode import NOOP, RESEND_STYLES
from hil.report import Measurement

CHECKSUM = re.compile(rb"\*(\d+)")
AFTER_LINES = 5


def corrupt_checksum(frame: bytes) -> bytes:
    """The same line with a checksum that cannot match (every bit flipped)."""

    def flip(match: re.Match[bytes]) -> bytes:
        return b"*%d" % (int(match.group(1)) ^ 0xFF)

    corrupted, count = CHECKSUM.subn(flip, frame, count=1)
    if count != 1:
        raise ValueError(f"no checksum in the framed line {frame!r}")
    return corrupted


ATTEMPTS = 3  # injected faults (a lost line) can hide one attempt's answer


def _provoke(ctx: Context) -> tuple[list[str], dict[str, int]]:
    """Write one corrupted line, wait for its recovery; (resend requests, counters)."""
    link, style = ctx.link, RESEND_STYLES[ctx.profile.dialect]
    mark = link.mark()
    link.write_mutated(NOOP, corrupt_checksum)
    link.require_idle(ctx.recovery_budget_s, "the corrupted line was never recovered")
    events = link.events_since(mark)
    received = [line.text for line in link.lines_since(mark) if line.direction.value == "<"]
    asked = [text for text in received if style.pattern and style.pattern.search(text)]
    counts = {
        "resend_requests": len(asked),
        "resent": sum(1 for e in events if isinstance(e, ev.Resent)),
        "timeouts": sum(1 for e in events if isinstance(e, ev.Timeout)),
    }
    return asked or received[:3], counts


def run(ctx: Context) -> Outcome:
    style = RESEND_STYLES[ctx.profile.dialect]
    if not ctx.profile.capabilities.checksums:
        return skipped(
            f"profile {ctx.profile.name} sends plain lines ({style.spelling}): nothing to corrupt"
        )
    link = ctx.link
    link.restart_protocol(link.settings(window=1))
    link.require_idle(ctx.ok_timeout_s, "no ok for the M110 resync")
    attempts, good = 0, False
    answers: list[str] = []
    counts: dict[str, int] = {}
    while not good and attempts < ATTEMPTS:
        attempts += 1
        answers, counts = _provoke(ctx)
        good = counts["timeouts"] > 0 if style.silent_drop else counts["resend_requests"] > 0
    values: dict[str, Measurement] = {**counts, "attempts": attempts}
    for _ in range(AFTER_LINES):
        link.send(NOOP)
    if not link.wait_idle(ctx.recovery_budget_s):
        return failed("the stream did not recover after the corrupted line", **values)
    if style.silent_drop and good:
        return passed(
            "the bad line was dropped silently, as this dialect does; the agent's ok-timeout "
            f"resent it and {AFTER_LINES} more lines went through",
            **values,
        )
    if style.silent_drop:
        return failed(
            f"profile {ctx.profile.name} expects the bad line to be dropped silently, but the "
            f"firmware answered {'; '.join(answers) or 'nothing'}",
            **values,
        )
    if not good:
        plain_oks = all(a.startswith("ok") for a in answers)
        what = (
            "acknowledged it as if it were intact"
            if plain_oks
            else (f"answered {'; '.join(answers)}")
        )
        return failed(
            f"no resend request in the {ctx.profile.dialect} form ({style.spelling}) after "
            f"{ATTEMPTS} corrupted lines: the firmware {what}",
            **values,
        )
    return passed(
        f"the firmware asked {answers[0]!r} ({style.spelling}); the line was resent and "
        f"{AFTER_LINES} more lines went through",
        **values,
    )


CHECK = Check("resend", "A corrupted line is resent and the stream recovers", run)
