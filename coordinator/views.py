"""What the HTTP API returns and the CLI reads: jobs and printers as plain JSON models.

One definition for the server (coordinator/api.py) and the client (coordinator/client.py).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coordinator.explain import WaitReason
from coordinator.requirements import Requirements
from coordinator.variants import Variant


class _View(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TemperatureOut(_View):
    actual: float
    target: float | None = None


class VariantOut(_View):
    """One slice of a job's model, for a printer class (coordinator/variants.py)."""

    label: str  # the class: firmware, nozzle, material
    file_sha256: str
    requirements: Requirements
    estimated_s: float | None = None
    filament_g: float | None = None
    chosen: bool = False  # the job was assigned this one (its file is this one's)

    @classmethod
    def of(cls, variant: Variant, *, chosen: bool) -> VariantOut:
        return cls(
            label=variant.label, file_sha256=variant.file_sha256,
            requirements=variant.requirements, estimated_s=variant.estimated_s,
            filament_g=variant.filament_g, chosen=chosen,
        )  # fmt: skip


class JobOut(_View):
    id: str
    batch_id: str
    copy_index: int
    name: str
    file_sha256: str
    file_size: int
    file_name: str
    submitter: str
    priority: int
    requirements: Requirements
    state: str
    printer_key: str | None
    fencing_token: int
    attempts: int
    message: str
    created_at: float
    updated_at: float
    progress: float | None = None  # live, from the printer's telemetry
    remaining_s: float | None = None
    waiting: WaitReason | None = None  # a queued job: why it is not printing yet
    estimated_s: float | None = None  # per copy, from the G-code analysis
    filament_g: float | None = None
    thumbnail: bool = False  # GET /jobs/{id}/thumbnail has a picture of it
    # A model sliced for several printer classes: each slice, best first (empty: one file).
    variants: list[VariantOut] = Field(default_factory=list)


class PrinterOut(_View):
    key: str
    agent: str
    printer: str
    online: bool
    state: str
    bed_clear: bool
    held: bool = False  # the coordinator waits for a person to clear it (interrupted job)
    job_id: str | None = None
    progress: float | None = None
    remaining_s: float | None = None
    temperatures: dict[str, TemperatureOut] | None = None  # None: offline, not known now
    profile: str | None = None
    firmware: str | None = None
    firmware_name: str | None = None  # what the firmware calls itself (M115)
    nozzle_diameter: float | None = None
    material: str | None = None
    build_volume: tuple[float, float, float] | None = None
    site: str | None = None
    tags: tuple[str, ...] = ()
    error: str | None = None


class Summary(_View):
    jobs: dict[str, int]  # state -> count
    printers: int
    printers_online: int


class PartHealth(_View):
    ok: bool
    detail: str = ""


class SiteLinkOut(_View):
    """A site broker's bridge to the central broker (coordinator/service/site_links.py)."""

    connected: bool
    since: float  # when it last connected or was lost (epoch seconds)


class LeaderHealth(_View):
    """Who does the time-driven work among coordinators sharing the database."""

    holder: str | None  # the leading coordinator (client id:pid), as last read; None: none yet
    epoch: int  # one more with every change of leader
    this_coordinator: bool  # whether the one answering leads


class HealthOut(_View):
    """`/health`: 200 when every part is ok, else 503 with the same body. A site whose
    bridge is down is listed in `sites`, not counted against `ok`: the coordinator works."""

    ok: bool
    worker: PartHealth
    broker: PartHealth
    database: PartHealth
    sites: dict[str, SiteLinkOut] = {}
    leader: LeaderHealth | None = None


class StoredFileOut(_View):
    sha256: str
    size: int


class ErrorOut(_View):
    detail: str


class FieldErrorOut(BaseModel):
    """One invalid field of a request (FastAPI's validation error; it may add keys)."""

    loc: list[str | int]
    msg: str
    type: str


class InvalidOut(_View):
    """422: the fields that are invalid, or (a string) the farm's rule the request breaks."""

    detail: str | list[FieldErrorOut]


class CommandOut(_View):
    """A command published to a printer's agent; its reply arrives as the printer's state."""

    command_id: str
    printer: str


class GcodeIn(_View):
    line: str = Field(min_length=1, max_length=256, description="one G-code line")
    wait_s: float = Field(
        default=10.0, ge=0, le=30, description="how long to wait for the agent's answer"
    )


GcodeStatus = Literal["sent", "done", "refused", "failed"]


class GcodeOut(CommandOut):
    """A console line and the agent's answer: `sent` (no answer within wait_s), `done`
    (with the firmware's lines until the line's `ok`), `refused` or `failed` (`reason`)."""

    line: str
    status: GcodeStatus
    reason: str = ""  # why it was refused or failed (the agent's G-code policy, a state)
    output: list[str] = Field(default_factory=list)  # the firmware's lines, the `ok` last
    complete: bool = False  # the line's `ok` arrived
    truncated: bool = False  # the firmware said more than the agent passes on
    note: str = ""  # why the output is incomplete, or that a backend cannot show it


class HilCheckOut(_View):
    id: str
    title: str
    status: str  # passed, failed, skipped
    summary: str
    duration_s: float


class HilOut(_View):
    """A printer's last HIL report (`report` None: none yet; run `printfarm-hil`)."""

    printer: str
    received_at: float | None = None  # when the coordinator got it
    started_at: float | None = None  # when the checks ran
    duration_s: float = 0.0
    source: str = ""  # printfarm-hil, or printfarm-agent setup
    port: str = ""
    firmware_name: str = ""
    profile_used: str = ""
    verdict: str = ""  # passed, failed, interrupted; "" when there is no report
    verdict_line: str = ""
    allowed: list[str] = Field(default_factory=list)  # heat, motion, estop
    checks: list[HilCheckOut] = Field(default_factory=list)


class EmergencyStopIn(_View):
    reason: str = Field(default="", max_length=200)
