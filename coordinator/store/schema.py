"""Tables of the coordinator's store (SQLAlchemy 2.0, portable SQLite / PostgreSQL).

Times are float seconds since the Unix epoch: the same on both databases, and what the
wire contract and the dispatcher use.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class JobState(StrEnum):
    QUEUED = "queued"
    # Over the farm's approval threshold: waits for an operator (never dispatched; a
    # state of its own, so the claim, the queue sync and the backlog skip it as they
    # skip every state but QUEUED). Fits the column's 16 characters.
    NEEDS_APPROVAL = "needs_approval"
    ASSIGNED = "assigned"  # claimed for a printer; the start command may be in flight
    PRINTING = "printing"
    PAUSED = "paused"  # the printer reports the job paused (a person's or its own pause)
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"  # the agent or printer vanished mid-print


ACTIVE_STATES = frozenset({JobState.ASSIGNED, JobState.PRINTING, JobState.PAUSED})
FINAL_STATES = frozenset({JobState.DONE, JobState.FAILED, JobState.CANCELLED})


class Base(DeclarativeBase):
    pass


class JobRow(Base):
    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(128), index=True)  # one submission
    copy_index: Mapped[int] = mapped_column(Integer, default=0)  # 0..copies-1
    name: Mapped[str] = mapped_column(String(256))
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_size: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(256))
    submitter: Mapped[str] = mapped_column(String(128), default="")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    requirements: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16), default=JobState.QUEUED)
    printer_key: Mapped[str | None] = mapped_column(String(160), nullable=True)
    # Grows by one with every claim; commands and agent reports carry it so that an
    # older assignment of the same job can never be taken for the current one.
    fencing_token: Mapped[int] = mapped_column(Integer, default=0)
    lease_expires_at: Mapped[float | None] = mapped_column(Float, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(String(1024), default="")
    # The G-code analysis' estimates per copy (None: not known), counted by quotas.
    # Nullable, so migrate.py adds them to older databases.
    estimated_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    filament_g: Mapped[float | None] = mapped_column(Float, nullable=True)
    # A model sliced for several printer classes: its variants (coordinator/variants.py),
    # None for one file. Nullable, so migrate.py adds it to older databases.
    variants: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[float] = mapped_column(Float)

    __table_args__ = (Index("ix_jobs_state_priority", "state", "priority", "created_at"),)


class PrinterRow(Base):
    __tablename__ = "printers"

    key: Mapped[str] = mapped_column(String(160), primary_key=True)  # "agent/printer"
    agent_id: Mapped[str] = mapped_column(String(64), index=True)
    printer_id: Mapped[str] = mapped_column(String(64))
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16), default="offline")
    bed_clear: Mapped[bool] = mapped_column(Boolean, default=False)  # as the agent reports it
    # The store's own lock on the bed: set when a job that printed ends (or is
    # interrupted), lifted only by a person's clear. No claim reserves such a printer,
    # whatever its agent says (an agent re-installed with an empty data folder forgets).
    # Added to databases of earlier versions when opened (see migrate.py).
    bed_needs_clearing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    last_state: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # wire JSON
    last_seen: Mapped[float] = mapped_column(Float, default=0.0)
    # The job this printer is reserved for (claim sets it, the end of the job clears it):
    # a row lock that stops two coordinators from giving one printer two jobs.
    current_job_id: Mapped[str | None] = mapped_column(
        String(128), ForeignKey("jobs.id", ondelete="SET NULL"), nullable=True
    )


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ts: Mapped[float] = mapped_column(Float, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    job_id: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    printer_key: Mapped[str | None] = mapped_column(String(160), nullable=True, index=True)
    agent_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)  # wire event seq
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    # An agent replays unacknowledged events after a reconnect; this drops the copies.
    __table_args__ = (UniqueConstraint("printer_key", "agent_seq", name="uq_events_seq"),)
