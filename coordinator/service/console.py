"""The printer page's G-code console: one line out, the firmware's answer back.

The line goes to the agent as a send_gcode command; the agent checks it against the
printer's G-code policy (refused at once, with the reason) or sends it and answers
`done` with the firmware's lines until the line's `ok` (agent/console_capture.py). The
caller waits for that reply up to `wait_s` on its own thread (never the worker's); past
it the answer is `sent`: the line went out, its answer did not come in time.
"""

from __future__ import annotations

from agent.wire import Reply, ReplyStatus
from coordinator.hil_reports import hil_report
from coordinator.service.commands import new_command_id
from coordinator.service.engine import Coordinator
from coordinator.views import GcodeOut, GcodeStatus, HilCheckOut, HilOut

_STATUS: dict[ReplyStatus, GcodeStatus] = {
    ReplyStatus.DONE: "done",
    ReplyStatus.REFUSED: "refused",
    ReplyStatus.FAILED: "failed",
}


def send_and_wait(c: Coordinator, key: str, line: str, wait_s: float) -> GcodeOut:
    command_id = new_command_id("gcode")
    waiting = wait_s > 0 and c.answers.expect(command_id)  # before it can be answered
    c.call(lambda: c.commands.send_gcode(key, line, command_id))
    reply = c.answers.wait(command_id, wait_s) if waiting else None
    if reply is None:
        return GcodeOut(command_id=command_id, printer=key, line=line, status="sent")
    return _answer(command_id, key, line, reply)


def _answer(command_id: str, key: str, line: str, reply: Reply) -> GcodeOut:
    reason = ": ".join(part for part in (str(reply.code or ""), reply.reason) if part)
    out = reply.output
    if out is None:
        note = ""
        if reply.status is ReplyStatus.DONE:
            note = "the agent sent no output (an agent older than the console)"
        return GcodeOut(
            command_id=command_id, printer=key, line=line,
            status=_STATUS.get(reply.status, "sent"), reason=reason, note=note,
        )  # fmt: skip
    return GcodeOut(
        command_id=command_id, printer=key, line=line, status=_STATUS.get(reply.status, "sent"),
        reason=reason, output=list(out.lines), complete=out.complete, truncated=out.truncated,
        note=out.note,
    )  # fmt: skip


def last_hil(c: Coordinator, key: str) -> HilOut:
    found = hil_report(c.store, key)
    if found is None:
        return HilOut(printer=key)
    summary, received_at = found
    checks = [
        HilCheckOut(
            id=check.id,
            title=check.title,
            status=str(check.status),
            summary=check.summary,
            duration_s=check.duration_s,
        )
        for check in summary.checks
    ]
    return HilOut(
        printer=key, received_at=received_at, started_at=summary.started_at,
        duration_s=summary.duration_s, source=summary.source, port=summary.port,
        firmware_name=summary.firmware_name, profile_used=summary.profile_used,
        verdict=str(summary.verdict), verdict_line=summary.verdict_line,
        allowed=list(summary.allowed), checks=checks,
    )  # fmt: skip
