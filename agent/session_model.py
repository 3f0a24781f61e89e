"""The printer session's public vocabulary: states, job outcomes, snapshots and events.

These cross the session's boundary (the CLI, the MQTT link and the HIL suite read them),
so they are frozen pydantic models.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class PrinterState(StrEnum):
    OFFLINE = "offline"
    CONNECTING = "connecting"
    IDLE = "idle"
    PRINTING = "printing"
    PAUSED = "paused"
    FINISHING = "finishing"
    ERROR = "error"


class JobOutcome(StrEnum):
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"


class SessionError(RuntimeError):
    """A command the session cannot carry out in its present state (says why)."""


class JobFileRefused(SessionError):
    """A print's file failed the checks made before its first line is sent (says why)."""


class JobRefused(JobFileRefused):
    """A line of a print's file breaks a safety limit or the command policy (names it)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Temperature(_Frozen):
    actual: float
    target: float | None = None


class JobProgress(_Frozen):
    job_id: str
    file_name: str
    lines_total: int
    lines_done: int
    bytes_total: int
    bytes_done: int
    elapsed_s: float
    remaining_s: float | None  # None until there is enough progress to extrapolate

    @property
    def fraction(self) -> float:
        return self.bytes_done / self.bytes_total if self.bytes_total else 1.0


class JobResult(_Frozen):
    job_id: str
    outcome: JobOutcome
    reason: str  # empty for DONE; otherwise names the cause, firmware text verbatim
    progress: JobProgress


class SessionSnapshot(_Frozen):
    state: PrinterState
    reason: str = ""  # why the state is what it is (error text, offline cause)
    profile: str
    firmware_name: str = ""
    temperatures: dict[str, Temperature] = {}
    job: JobProgress | None = None
    last_result: JobResult | None = None
    bed_clear: bool = True


class LinkStats(_Frozen):
    """Health of the serial conversation since the session was made."""

    lines_sent: int
    lines_resent: int  # retransmissions answering resend requests
    resend_requests: int
    timeouts: int  # ok-timeouts that started a recovery
    worst_stall_s: float  # longest time from the last progress to the recovery's first ack
    peak_in_flight: int = 0  # most lines sent and not yet acknowledged at once


class SessionEventKind(StrEnum):
    STATE_CHANGED = "state_changed"  # message: the new state, and why
    JOB_STARTED = "job_started"
    JOB_PAUSED = "job_paused"
    JOB_RESUMED = "job_resumed"
    JOB_FINISHED = "job_finished"  # see JobResult.outcome
    FIRMWARE_ERROR = "firmware_error"
    FIRMWARE_RESTARTED = "firmware_restarted"
    HOST_ACTION = "host_action"  # //action:… from the firmware, prompts included
    LINE_REFUSED = "line_refused"  # a safety limit stopped a line before it was sent


class SessionEvent(_Frozen):
    kind: SessionEventKind
    message: str
    job_id: str | None = None
    result: JobResult | None = None
