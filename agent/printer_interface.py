"""The one interface the agent drives a printer through, whatever is behind it.

Two implementations: `agent.session.PrinterSession` (a printer on a serial port,
streamed line by line) and `agent.backends.octoprint.OctoPrintPrinter` (a printer behind
an OctoPrint server, driven over its REST API). The MQTT link, the command handler and
the runner only use what is declared here, so every rule they keep (bed clear before a
start, command deadlines, a job id never started twice, the outbox) holds for both.

Events reach the agent through the listener given to the constructor (`Listener`);
temperatures, progress and the bed are in `snapshot()`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from agent.console_capture import ConsoleAnswer
from agent.profiles import FirmwareProfile
from agent.safety import Refusal
from agent.session_model import PrinterState, SessionEvent, SessionSnapshot

Listener = Callable[[SessionEvent], None]


class PrinterBackend(Protocol):
    # True if the print goes on without the agent (OctoPrint streams it): stopping the
    # agent then leaves it printing, and a restart recovers the job instead of failing it.
    survives_agent_stop: bool

    @property
    def profile(self) -> FirmwareProfile:
        """The firmware profile: G-code policy, build volume, whether parts are ejected."""
        ...

    @property
    def state(self) -> PrinterState: ...

    def snapshot(self) -> SessionSnapshot:
        """State, reason, temperatures, job progress, last result and the bed, at once."""
        ...

    def connect(self) -> None:
        """Reach the printer; returns once it is idle (or printing a recovered job).
        SessionError if it cannot be reached (the caller retries with back-off)."""
        ...

    def close(self) -> None:
        """Let go of the printer (what that means for a running print: see
        `survives_agent_stop`)."""
        ...

    def recover_job(self, job_id: str) -> bool:
        """A job the journal shows started by a previous run and never ended: True if
        this backend takes it over (it then ends it by the usual JOB_FINISHED event,
        and never starts it again); False if it died with the previous run."""
        ...

    def start_print(self, path: Path, job_id: str) -> None:
        """Check the whole file against the policy, then start it. JobFileRefused or
        JobRefused before anything reaches the printer; SessionError if not idle or the
        bed is not clear."""
        ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def cancel(self, reason: str = "cancelled by request") -> None: ...

    def emergency_stop(self) -> None: ...

    def remote_refusal(self, line: str) -> Refusal | None:
        """Why `line` from the network would be refused (limits, policy), or None."""
        ...

    def send_line(self, line: str) -> int:
        """One manual G-code line, through the policy (refused while printing); returns
        the token of the firmware's answer to it."""
        ...

    def console_answer(self, token: int, timeout_s: float) -> ConsoleAnswer:
        """What the firmware answered to console line `token` (waits up to `timeout_s`
        for its `ok`; a backend that cannot see the answer says so in `note`)."""
        ...

    def mark_bed_clear(self) -> None: ...

    def wait_for_state(self, states: set[PrinterState], timeout: float) -> PrinterState: ...
