"""Commands on `<agent>/<printer>/commands` (coordinator -> agent) and their replies.

Plain MQTT 3.1.1 has no request/response, so correlation lives in the payload: every
command has an `id` and a `deadline` (Unix seconds, wall clock; the agent refuses a
command that arrives after it, so a command stuck in a broker queue during an outage
cannot start a print hours later). Replies on `.../replies` carry the command's id.
An agent answers a repeated id with the outcome it gave the first time and does nothing.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AnyHttpUrl,
    Field,
    SerializerFunctionWrapHandler,
    TypeAdapter,
    field_validator,
    model_serializer,
)

from agent.wire.base import WireModel, WirePart
from agent.wire.ids import CommandId, JobId, Sha256

_HTTP_URL: TypeAdapter[AnyHttpUrl] = TypeAdapter(AnyHttpUrl)


def _http_url(value: str) -> str:
    """Validated as an http(s) URL, kept as the plain string the coordinator sent."""
    _HTTP_URL.validate_python(value)
    return value


HttpUrl = Annotated[str, Field(max_length=2048), AfterValidator(_http_url)]


class _Command(WireModel):
    id: CommandId
    deadline: float = Field(gt=0)

    def expired(self, now: float) -> bool:
        """True when `now` (time.time()) is past the deadline: refuse, do nothing."""
        return now > self.deadline


class StartJob(_Command):
    """Fetch the file (by sha256, from `url`), verify it, and print it once."""

    type: Literal["start_job"] = "start_job"
    job_id: JobId
    sha256: Sha256
    size: int = Field(ge=0)
    url: HttpUrl
    fencing_token: int = Field(ge=0)  # grows with every assignment of the job


class Pause(_Command):
    type: Literal["pause"] = "pause"
    job_id: JobId | None = None  # when given, refused unless it is the current job


class Resume(_Command):
    type: Literal["resume"] = "resume"
    job_id: JobId | None = None


class Cancel(_Command):
    type: Literal["cancel"] = "cancel"
    job_id: JobId | None = None


class EmergencyStop(_Command):
    type: Literal["emergency_stop"] = "emergency_stop"
    reason: str = Field(default="", max_length=256)


class SetTemperature(_Command):
    """The agent still enforces the profile's safety limits."""

    type: Literal["set_temperature"] = "set_temperature"
    heater: str = Field(pattern=r"^(T[0-9]?|B|C)$")  # tool n, bed, chamber
    target: float = Field(ge=0, le=600)


class SendGcode(_Command):
    type: Literal["send_gcode"] = "send_gcode"
    line: str = Field(min_length=1, max_length=256)

    @field_validator("line")
    @classmethod
    def _one_line(cls, line: str) -> str:
        if any(c in line for c in "\r\n\0"):
            raise ValueError("send_gcode takes exactly one line (no CR, LF or NUL)")
        return line


class MarkBedClear(_Command):
    """A person confirmed the build plate is empty."""

    type: Literal["mark_bed_clear"] = "mark_bed_clear"
    by: str = Field(default="", max_length=64)


Command = Annotated[
    StartJob | Pause | Resume | Cancel | EmergencyStop | SetTemperature | SendGcode | MarkBedClear,
    Field(discriminator="type"),
]


class ReplyStatus(StrEnum):
    ACCEPTED = "accepted"  # taken on; a `done`/`failed` reply follows when it finishes
    REFUSED = "refused"  # not done at all (expired, busy, wrong job, bed not clear ...)
    DONE = "done"
    FAILED = "failed"  # accepted, then could not complete


class RefusalReason(StrEnum):
    """Machine-readable reasons; `reason` on the reply adds the human text."""

    EXPIRED = "expired"
    BUSY = "busy"
    NOT_IDLE = "not_idle"
    BED_NOT_CLEAR = "bed_not_clear"
    WRONG_JOB = "wrong_job"
    ALREADY_STARTED = "already_started"  # the journal says this job id ran before
    STALE_TOKEN = "stale_token"
    FILE_ERROR = "file_error"
    UNSAFE = "unsafe"  # beyond a safety limit of the profile
    OFFLINE = "offline"
    UNSUPPORTED = "unsupported"
    INVALID = "invalid"


MAX_OUTPUT_LINES = 50
MAX_OUTPUT_BYTES = 4096


class GcodeOutput(WirePart):
    """What the firmware answered to a send_gcode line: the lines it sent from the line
    until its `ok` (the `ok` included, temperature auto-reports left out), capped."""

    lines: tuple[Annotated[str, Field(max_length=2048)], ...] = Field(
        default=(), max_length=MAX_OUTPUT_LINES
    )
    complete: bool = False  # the line's `ok` arrived (False: timed out, or not visible)
    truncated: bool = False  # more came than the caps
    note: str = Field(default="", max_length=256)  # why incomplete, or what cannot be seen

    @field_validator("lines")
    @classmethod
    def _capped(cls, lines: tuple[str, ...]) -> tuple[str, ...]:
        size = sum(len(line.encode()) + 1 for line in lines)
        if size > MAX_OUTPUT_BYTES:
            raise ValueError(f"{size} bytes of output exceed {MAX_OUTPUT_BYTES}")
        return lines


class Reply(WireModel):
    command_id: CommandId
    status: ReplyStatus
    ts: float
    code: RefusalReason | None = None  # set when REFUSED or FAILED
    reason: str = Field(default="", max_length=1024)
    job_id: JobId | None = None
    # The firmware's answer to a send_gcode line (added in v1, optional).
    output: GcodeOutput | None = None

    @model_serializer(mode="wrap")
    def _without_unset_output(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Left out when unset: coordinators older than the field (extra="forbid") still
        # take every reply but a send_gcode's.
        out: dict[str, Any] = handler(self)
        if out.get("output", 0) is None:
            del out["output"]
        return out
