"""With --allow-estop: `M112` out of band halts the firmware (it then needs a reset)."""

from __future__ import annotations

from agent.protocol import events as ev
from hil.checks.base import Check, Context, Gate, Outcome, failed, passed
from hil.gcode import NOOP
from hil.link import LinkError

HALT_WAIT_S = 5.0
SILENCE_S = 3.0


def _halted(events: list[ev.Event]) -> str | None:
    for event in events:
        if isinstance(event, ev.FirmwareError) and event.kind is ev.ErrorKind.FATAL:
            return event.message
    return None


def run(ctx: Context) -> Outcome:
    link = ctx.link
    mark = link.mark()
    line = ctx.profile.gcode.emergency_stop
    link.write_out_of_band(line)
    ctx.findings.halted = True
    link.wait_for(lambda: _halted(link.events_since(mark)) is not None, HALT_WAIT_S)
    message = _halted(link.events_since(mark))
    if message is not None:
        return passed(f"{line}: the firmware halted ({message!r}); reset it before use")
    # No halt message: a halted firmware must at least stop acknowledging lines.
    try:
        link.send(NOOP)
        answered = link.wait_idle(SILENCE_S)
    except LinkError as error:
        return passed(f"{line}: the link went down ({error}); reset the printer before use")
    if answered:
        return failed(f"{line} was sent, but the firmware still acknowledges lines")
    return passed(f"{line}: the firmware stopped answering; reset it before use")


CHECK = Check("estop", "Emergency stop (M112) halts the firmware", run, Gate.ESTOP)
