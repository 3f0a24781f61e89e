"""The store's operations. Every state change is one short transaction whose UPDATE is
conditional on the state it expects (and on the fencing token, once a job is claimed),
so several coordinators against one database can never both win the same change.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from agent.wire import PrinterState, split_printer_key
from coordinator.store.engine import make_engine
from coordinator.store.records import (
    Claim,
    EventRecord,
    JobRecord,
    JobSpec,
    PrinterRecord,
)
from coordinator.store.schema import (
    ACTIVE_STATES,
    EventRow,
    JobRow,
    JobState,
    PrinterRow,
)

DEFAULT_LEASE_S = 60.0


class JobNotFoundError(LookupError):
    pass


def _rowcount(result: Any) -> int:
    assert isinstance(result, CursorResult)
    return result.rowcount


class Store:
    """Jobs, printers and history in one database (see `make_engine` for URLs)."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    # -- jobs ---------------------------------------------------------------------------
    def submit(self, spec: JobSpec, *, now: float | None = None) -> list[JobRecord]:
        """Queue `spec.copies` jobs (one row per copy, sharing a batch id)."""
        now = time.time() if now is None else now
        batch = spec.batch_id or uuid.uuid4().hex[:16]
        rows = [
            JobRow(
                id=batch if spec.copies == 1 else f"{batch}.{n + 1}",
                batch_id=batch,
                copy_index=n,
                name=spec.name,
                file_sha256=spec.file_sha256,
                file_size=spec.file_size,
                file_name=spec.file_name,
                submitter=spec.submitter,
                priority=spec.priority,
                requirements=spec.requirements.model_dump(mode="json", exclude_defaults=True),
                state=JobState.QUEUED,
                fencing_token=0,
                attempts=0,
                message="",
                created_at=now,
                updated_at=now,
            )
            for n in range(spec.copies)
        ]
        with self._tx() as s:
            s.add_all(rows)
            s.flush()
            for row in rows:
                s.add(_event(now, "submitted", job_id=row.id, detail={"by": spec.submitter}))
            return [JobRecord.from_row(r) for r in rows]

    def get_job(self, job_id: str) -> JobRecord:
        with self._tx() as s:
            row = s.get(JobRow, job_id)
            if row is None:
                raise JobNotFoundError(f"no job {job_id!r} (list jobs with `printfarm jobs`)")
            return JobRecord.from_row(row)

    def list_jobs(
        self, states: Iterable[JobState] | None = None, *, limit: int | None = None
    ) -> list[JobRecord]:
        query = select(JobRow).order_by(JobRow.created_at, JobRow.id)
        if states is not None:
            query = query.where(JobRow.state.in_([str(s) for s in states]))
        if limit is not None:
            query = query.limit(limit)
        with self._tx() as s:
            return [JobRecord.from_row(r) for r in s.scalars(query)]

    def running_by_submitter(self) -> dict[str, int]:
        """Assigned or printing jobs per submitter (the dispatcher's fairness input)."""
        query = (
            select(JobRow.submitter, func.count())
            .where(JobRow.state.in_([str(s) for s in ACTIVE_STATES]))
            .group_by(JobRow.submitter)
        )
        with self._tx() as s:
            return {str(row[0]): int(row[1]) for row in s.execute(query)}

    def claim(
        self,
        job_id: str,
        printer_key: str,
        *,
        lease_s: float = DEFAULT_LEASE_S,
        now: float | None = None,
    ) -> Claim | None:
        """Atomically assign a queued job to a free printer; None if either is taken.

        Two conditional UPDATEs in one transaction: the printer row only if it holds no
        job, the job row only if it is still queued. Whoever comes second (another
        coordinator, another process) matches no row and rolls back, on SQLite (write
        lock) and PostgreSQL (row lock, WHERE re-checked after the first commits) alike.
        """
        now = time.time() if now is None else now
        with self._sessions() as s, s.begin():
            reserved = s.execute(
                update(PrinterRow)
                .where(PrinterRow.key == printer_key, PrinterRow.current_job_id.is_(None))
                .values(current_job_id=job_id)
            )
            if _rowcount(reserved) != 1:
                s.rollback()
                return None
            claimed = s.execute(
                update(JobRow)
                .where(JobRow.id == job_id, JobRow.state == JobState.QUEUED)
                .values(
                    state=JobState.ASSIGNED,
                    printer_key=printer_key,
                    fencing_token=JobRow.fencing_token + 1,
                    lease_expires_at=now + lease_s,
                    attempts=JobRow.attempts + 1,
                    updated_at=now,
                )
            )
            if _rowcount(claimed) != 1:
                s.rollback()
                return None
            token = s.scalars(select(JobRow.fencing_token).where(JobRow.id == job_id)).one()
            s.add(_event(now, "assigned", job_id, printer_key, detail={"token": token}))
            return Claim(job_id, printer_key, token, now + lease_s)

    def mark_printing(self, job_id: str, token: int, *, now: float | None = None) -> bool:
        """The agent reported the job started (with this token)."""
        return self._transition(
            job_id, token, {JobState.ASSIGNED}, JobState.PRINTING, "printing", now=now
        )

    def renew_lease(
        self, job_id: str, token: int, *, lease_s: float = DEFAULT_LEASE_S, now: float | None = None
    ) -> bool:
        now = time.time() if now is None else now
        with self._tx() as s:
            result = s.execute(
                update(JobRow)
                .where(JobRow.id == job_id, JobRow.fencing_token == token)
                .where(JobRow.state.in_([str(x) for x in ACTIVE_STATES]))
                .values(lease_expires_at=now + lease_s, updated_at=now)
            )
            return _rowcount(result) == 1

    def finish(
        self,
        job_id: str,
        token: int,
        outcome: JobState,
        *,
        message: str = "",
        now: float | None = None,
    ) -> bool:
        """End an active job (done, failed, cancelled, interrupted) and free its printer.

        False when the token is stale or the job is not active (already ended)."""
        if outcome not in (
            JobState.DONE,
            JobState.FAILED,
            JobState.CANCELLED,
            JobState.INTERRUPTED,
        ):
            raise ValueError(f"{outcome} is not an end state")
        return self._transition(
            job_id, token, ACTIVE_STATES, outcome, str(outcome), message=message, now=now
        )

    def requeue(self, job_id: str, *, reason: str = "", now: float | None = None) -> bool:
        """Put an assigned, interrupted, failed or cancelled job back in the queue."""
        now = time.time() if now is None else now
        from_states = [JobState.ASSIGNED, JobState.INTERRUPTED, JobState.FAILED, JobState.CANCELLED]
        with self._tx() as s:
            row = s.get(JobRow, job_id)
            if row is None or row.state not in from_states:
                return False
            result = s.execute(
                update(JobRow)
                .where(JobRow.id == job_id, JobRow.fencing_token == row.fencing_token)
                .where(JobRow.state == row.state)
                .values(
                    state=JobState.QUEUED,
                    printer_key=None,
                    lease_expires_at=None,
                    message=reason,
                    updated_at=now,
                )
            )
            if _rowcount(result) != 1:
                return False
            _release_printer(s, job_id)
            s.add(_event(now, "requeued", job_id, row.printer_key, detail={"reason": reason}))
            return True

    def cancel_queued(self, job_id: str, *, now: float | None = None) -> bool:
        """Cancel a job nobody holds yet. Active jobs need a cancel command to the agent
        first; `finish(..., CANCELLED)` records the agent's answer."""
        now = time.time() if now is None else now
        with self._tx() as s:
            result = s.execute(
                update(JobRow)
                .where(JobRow.id == job_id, JobRow.state == JobState.QUEUED)
                .values(state=JobState.CANCELLED, updated_at=now)
            )
            if _rowcount(result) != 1:
                return False
            s.add(_event(now, "cancelled", job_id))
            return True

    def expired_leases(self, *, now: float | None = None) -> list[JobRecord]:
        """Assigned jobs whose start was never confirmed in time (reconcile these)."""
        now = time.time() if now is None else now
        query = select(JobRow).where(
            JobRow.state == JobState.ASSIGNED, JobRow.lease_expires_at < now
        )
        with self._tx() as s:
            return [JobRecord.from_row(r) for r in s.scalars(query)]

    def _transition(
        self,
        job_id: str,
        token: int,
        from_states: Iterable[JobState],
        to: JobState,
        kind: str,
        *,
        message: str = "",
        now: float | None,
    ) -> bool:
        now = time.time() if now is None else now
        ending = to not in ACTIVE_STATES
        with self._tx() as s:
            result = s.execute(
                update(JobRow)
                .where(JobRow.id == job_id, JobRow.fencing_token == token)
                .where(JobRow.state.in_([str(x) for x in from_states]))
                .values(
                    state=to,
                    updated_at=now,
                    message=message,
                    **({"lease_expires_at": None} if ending else {}),
                )
            )
            if _rowcount(result) != 1:
                return False
            if ending:
                _release_printer(s, job_id)
            s.add(_event(now, kind, job_id, detail={"token": token, "message": message}))
            return True

    # -- printers -----------------------------------------------------------------------
    def upsert_printer(
        self,
        key: str,
        *,
        online: bool,
        state: PrinterState | None = None,
        now: float | None = None,
    ) -> None:
        """Record what the fleet view knows of a printer (from MQTT)."""
        now = time.time() if now is None else now
        agent_id, printer_id = split_printer_key(key)
        with self._tx() as s:
            row = s.get(PrinterRow, key)
            if row is None:
                row = PrinterRow(key=key, agent_id=agent_id, printer_id=printer_id)
                s.add(row)
            row.online = online
            row.last_seen = now
            if state is not None:
                row.state = state.state
                row.bed_clear = state.bed_clear
                row.last_state = state.model_dump(mode="json")

    def get_printer(self, key: str) -> PrinterRecord | None:
        with self._tx() as s:
            row = s.get(PrinterRow, key)
            return PrinterRecord.from_row(row) if row is not None else None

    def list_printers(self) -> list[PrinterRecord]:
        with self._tx() as s:
            return [
                PrinterRecord.from_row(r)
                for r in s.scalars(select(PrinterRow).order_by(PrinterRow.key))
            ]

    # -- history ------------------------------------------------------------------------
    def record_event(
        self,
        kind: str,
        *,
        job_id: str | None = None,
        printer_key: str | None = None,
        agent_seq: int | None = None,
        detail: dict[str, Any] | None = None,
        now: float | None = None,
    ) -> bool:
        """Append to the history; False if (printer_key, agent_seq) was recorded before."""
        now = time.time() if now is None else now
        row = _event(now, kind, job_id, printer_key, detail=detail, agent_seq=agent_seq)
        try:
            with self._tx() as s:
                s.add(row)
        except IntegrityError:
            if agent_seq is None:
                raise
            return False
        return True

    def history(
        self, *, job_id: str | None = None, printer_key: str | None = None, limit: int = 100
    ) -> list[EventRecord]:
        query = select(EventRow).order_by(EventRow.id.desc()).limit(limit)
        if job_id is not None:
            query = query.where(EventRow.job_id == job_id)
        if printer_key is not None:
            query = query.where(EventRow.printer_key == printer_key)
        with self._tx() as s:
            return [EventRecord.from_row(r) for r in reversed(list(s.scalars(query)))]


def _release_printer(s: Session, job_id: str) -> None:
    s.execute(
        update(PrinterRow).where(PrinterRow.current_job_id == job_id).values(current_job_id=None)
    )


def _event(
    now: float,
    kind: str,
    job_id: str | None = None,
    printer_key: str | None = None,
    *,
    detail: dict[str, Any] | None = None,
    agent_seq: int | None = None,
) -> EventRow:
    return EventRow(
        ts=now,
        kind=kind,
        job_id=job_id,
        printer_key=printer_key,
        agent_seq=agent_seq,
        detail=detail or {},
    )
