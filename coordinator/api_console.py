"""The printer page's console and HIL report: `send_gcode` and `printer_hil`."""

from __future__ import annotations

from fastapi import Response

from coordinator.api_app import FarmApi, http_error
from coordinator.service import Operations
from coordinator.views import GcodeIn, GcodeOut, HilOut


def add_console_routes(api: FarmApi, ops: Operations) -> None:
    @api.operation(
        "send_gcode",
        responses={202: {"model": GcodeOut, "description": "sent; no answer within wait_s"}},
    )
    def send_gcode(agent: str, printer: str, body: GcodeIn, response: Response) -> GcodeOut:
        """One line to the printer, through its agent's G-code policy. Waits up to
        `wait_s` (default 10 s) for the agent's answer: 200 with `status` done (and the
        firmware's lines until the line's `ok` in `output`), refused or failed (`reason`,
        e.g. the policy's refusal of `M104 S400`); 202 with `status` sent when no answer
        came in time (the line went out; a long move may still be running)."""
        with http_error():
            answer = ops.send_gcode(f"{agent}/{printer}", body.line, body.wait_s)
        if answer.status == "sent":
            response.status_code = 202
        return answer

    @api.operation("printer_hil")
    def printer_hil(agent: str, printer: str) -> HilOut:
        """The printer's last HIL report (`printfarm-hil --printer`, or the checks of
        `printfarm-agent setup`), as its agent published it; `verdict` "" when none yet."""
        with http_error():
            return ops.printer_hil(f"{agent}/{printer}")
