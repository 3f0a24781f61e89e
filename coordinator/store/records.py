"""Plain records the store hands out (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from agent.wire.ids import JobId, Sha256
from coordinator.dispatch import QueuedJob
from coordinator.requirements import Requirements
from coordinator.store.schema import EventRow, JobRow, JobState, PrinterRow
from coordinator.variants import Variant, load_variants, variant_needs


class JobSpec(BaseModel):
    """What a user submits (the API and CLI build this)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=256)
    file_sha256: Sha256
    file_size: int = Field(ge=0)
    file_name: str = Field(min_length=1, max_length=256)
    submitter: str = Field(default="", max_length=128)
    priority: int = Field(default=0, ge=-1000, le=1000)
    copies: int = Field(default=1, ge=1, le=1000)
    requirements: Requirements = Requirements()
    batch_id: JobId | None = None  # default: generated; copies get `<batch>.<n>` job ids
    estimated_s: float | None = Field(default=None, ge=0)  # per copy, from the analysis
    filament_g: float | None = Field(default=None, ge=0)
    # Set: the jobs wait in NEEDS_APPROVAL with this as their message.
    approval_reason: str | None = Field(default=None, max_length=1024)
    # Two or more: the slices of a model for several printer classes, best first (the
    # first is the file above); the claim picks one (coordinator/variants.py).
    variants: tuple[Variant, ...] = Field(default=(), max_length=16)


@dataclass(frozen=True, slots=True)
class JobRecord:
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
    state: JobState
    printer_key: str | None
    fencing_token: int
    lease_expires_at: float | None
    attempts: int
    message: str
    created_at: float
    updated_at: float
    estimated_s: float | None = None
    filament_g: float | None = None
    variants: tuple[Variant, ...] = ()

    @classmethod
    def from_row(cls, row: JobRow) -> JobRecord:
        return cls(
            id=row.id,
            batch_id=row.batch_id,
            copy_index=row.copy_index,
            name=row.name,
            file_sha256=row.file_sha256,
            file_size=row.file_size,
            file_name=row.file_name,
            submitter=row.submitter,
            priority=row.priority,
            requirements=Requirements.model_validate(row.requirements),
            state=JobState(row.state),
            printer_key=row.printer_key,
            fencing_token=row.fencing_token,
            lease_expires_at=row.lease_expires_at,
            attempts=row.attempts,
            message=row.message,
            created_at=row.created_at,
            updated_at=row.updated_at,
            estimated_s=row.estimated_s,
            filament_g=row.filament_g,
            variants=load_variants(row.variants),
        )

    def as_queued(self) -> QueuedJob:
        needs = tuple(variant_needs(v, self.requirements) for v in self.variants)
        return QueuedJob(
            self.id, self.priority, self.created_at, self.submitter, self.requirements,
            self.filament_g, needs,
        )  # fmt: skip

    def variant(self, index: int) -> Variant:
        """Variant `index` as this job prints it (with what a person set on the job)."""
        found = self.variants[index]
        return found.model_copy(update={"requirements": variant_needs(found, self.requirements)})

    def with_variant(self, variant: Variant) -> JobRecord:
        """This job printing `variant` (from `variant()`): its file, needs and estimates."""
        return replace(
            self, file_sha256=variant.file_sha256, file_size=variant.file_size,
            requirements=variant.requirements, estimated_s=variant.estimated_s,
            filament_g=variant.filament_g,
        )  # fmt: skip

    def chosen_variant(self) -> int | None:
        """The variant it was assigned (its file is that one's); None while queued."""
        if self.state in (JobState.QUEUED, JobState.NEEDS_APPROVAL):
            return None
        shas = [v.file_sha256 for v in self.variants]
        return shas.index(self.file_sha256) if self.file_sha256 in shas else None


@dataclass(frozen=True, slots=True)
class Claim:
    """A successful claim: send `start_job` with this token, before the lease ends."""

    job_id: str
    printer_key: str
    fencing_token: int
    lease_expires_at: float


@dataclass(frozen=True, slots=True)
class PrinterRecord:
    key: str
    agent_id: str
    printer_id: str
    online: bool
    state: str
    bed_clear: bool
    last_state: dict[str, Any] | None
    last_seen: float
    current_job_id: str | None
    bed_needs_clearing: bool = False  # the store's own lock (see schema.PrinterRow)

    @classmethod
    def from_row(cls, row: PrinterRow) -> PrinterRecord:
        return cls(
            row.key,
            row.agent_id,
            row.printer_id,
            row.online,
            row.state,
            row.bed_clear,
            row.last_state,
            row.last_seen,
            row.current_job_id,
            row.bed_needs_clearing,
        )


@dataclass(frozen=True, slots=True)
class EventRecord:
    id: int
    ts: float
    kind: str
    job_id: str | None
    printer_key: str | None
    agent_seq: int | None
    detail: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: EventRow) -> EventRecord:
        return cls(row.id, row.ts, row.kind, row.job_id, row.printer_key, row.agent_seq, row.detail)
