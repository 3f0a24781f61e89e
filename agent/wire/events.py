"""Events on `<agent>/<printer>/events` (QoS 1), numbered per printer.

`seq` grows by one per event of a printer and survives agent restarts (the agent keeps
it on disk with the events it could not publish yet), so a consumer can spot gaps and
drop replays it has already seen.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from agent.wire.base import WireModel
from agent.wire.ids import JobId, Sha256
from agent.wire.printer_states import PrinterStateName


class _Event(WireModel):
    seq: int = Field(ge=0)
    ts: float


class FailureCause(StrEnum):
    FIRMWARE_ERROR = "firmware_error"  # `Error:` the firmware could not recover from
    THERMAL = "thermal"  # thermal runaway, MINTEMP/MAXTEMP
    LINK_LOST = "link_lost"  # the serial link died and did not come back
    EMERGENCY_STOP = "emergency_stop"
    FILE_ERROR = "file_error"  # missing, unreadable or failed verification
    # The file could not be downloaded (network, the coordinator away or restarting): not
    # the job's fault, nothing was printed. Added in v1.
    FILE_UNREACHABLE = "file_unreachable"
    AGENT_RESTART = "agent_restart"  # the agent found the job unfinished at start-up
    OTHER = "other"


class JobStarted(_Event):
    type: Literal["job_started"] = "job_started"
    job_id: JobId
    file_sha256: Sha256
    fencing_token: int = Field(ge=0)


class JobProgressed(_Event):
    """A milestone (every 10 % by default), not every byte."""

    type: Literal["job_progress"] = "job_progress"
    job_id: JobId
    percent: int = Field(ge=0, le=100)
    remaining_s: float | None = Field(default=None, ge=0)


class _JobEnd(_Event):
    job_id: JobId
    # The start's token (optional, added in v1): which assignment of the job ended.
    # None from older agents; a consumer then cannot tell a stale ending from a fresh one.
    fencing_token: int | None = Field(default=None, ge=0)


class JobFinished(_JobEnd):
    type: Literal["job_finished"] = "job_finished"
    duration_s: float = Field(ge=0)


class JobFailed(_JobEnd):
    type: Literal["job_failed"] = "job_failed"
    cause: FailureCause
    message: str = Field(max_length=1024)


class JobCancelled(_JobEnd):
    type: Literal["job_cancelled"] = "job_cancelled"
    by_command: str | None = None  # the cancel command's id, or None (printer's own menu)


class FirmwareErrorEvent(_Event):
    type: Literal["firmware_error"] = "firmware_error"
    message: str = Field(max_length=1024)
    fatal: bool


class PromptEvent(_Event):
    """A host action prompt from the firmware (`//action:prompt_begin` ...)."""

    type: Literal["prompt"] = "prompt"
    text: str = Field(max_length=1024)
    choices: tuple[str, ...] = Field(default=(), max_length=16)


class StateChanged(_Event):
    type: Literal["state_changed"] = "state_changed"
    previous: PrinterStateName
    current: PrinterStateName
    bed_clear: bool


class BedCleared(_Event):
    type: Literal["bed_cleared"] = "bed_cleared"
    by_command: str | None = None  # None: the printer ejected the part itself


JobEnded = Annotated[JobFinished | JobFailed | JobCancelled, Field(discriminator="type")]
"""The event that ends a job (also carried in the printer's retained state)."""

PrinterEvent = Annotated[
    JobStarted
    | JobProgressed
    | JobFinished
    | JobFailed
    | JobCancelled
    | FirmwareErrorEvent
    | PromptEvent
    | StateChanged
    | BedCleared,
    Field(discriminator="type"),
]
