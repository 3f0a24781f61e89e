"""The store's operations. Every state change is an UPDATE conditional on the state it
expects (and on the fencing token, once a job is claimed), so several coordinators
against one database can never both win the same change.

Each call is its own short transaction, unless it runs inside `Store.transaction()`:
then every call made on that thread joins one transaction with one commit (the running
coordinator batches a whole cycle of messages this way). No operation ever rolls back
part of a transaction, so a failed claim inside a batch leaves the batch usable.
History rows are buffered per transaction and inserted in one statement before commit.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import CursorResult, Table, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
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
from coordinator.store.statements import (
    CLAIM_JOB,
    EVENTS,
    JOBS,
    PRINTERS,
    RELEASE_PRINTER,
    RENEW_LEASE,
    RESERVE_PRINTER,
    SET_BED_NEEDS_CLEARING,
    transition,
)
from coordinator.variants import Variant, dump_variants, job_columns

DEFAULT_LEASE_S = 60.0
_PENDING_EVENTS = "printfarm_pending_events"  # key in Session.info
_NOT_TAKEN = (str(JobState.QUEUED), str(JobState.NEEDS_APPROVAL))  # cancelled in the store alone


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
        self._local = threading.local()  # .session: the open batch of this thread
        self._upserts: dict[tuple[str, ...], Any] = {}  # printer upserts by columns

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run every store call made inside (on this thread) in one transaction.

        Commits when the block ends, rolls everything back if it raises. Nested use
        joins the outer transaction."""
        if getattr(self._local, "session", None) is not None:
            yield
            return
        with self._tx() as session:
            self._local.session = session
            try:
                yield
            finally:
                self._local.session = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in the current batch, or a transaction of its own (for tables that
        live beside the store's, such as the coordinator's printer holds)."""
        with self._tx() as s:
            yield s

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        current: Session | None = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        with self._sessions.begin() as session:
            session.info[_PENDING_EVENTS] = []
            yield session
            self._insert_events(session)

    def _insert_events(self, s: Session) -> None:
        """Write the transaction's buffered history rows (replays of an agent's event,
        same printer and seq, are skipped by the unique constraint)."""
        rows: list[dict[str, Any]] = s.info.pop(_PENDING_EVENTS, [])
        if rows:
            s.execute(self._insert(EVENTS).on_conflict_do_nothing(), rows)

    def _insert(self, table: Table) -> Any:
        """INSERT with the dialect's ON CONFLICT support (SQLite and PostgreSQL)."""
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)

    # -- jobs ---------------------------------------------------------------------------
    def submit(self, spec: JobSpec, *, now: float | None = None) -> list[JobRecord]:
        """Queue `spec.copies` jobs (one row per copy, sharing a batch id)."""
        now = time.time() if now is None else now
        batch = spec.batch_id or uuid.uuid4().hex[:16]
        jobs = [
            JobRecord(
                id=batch if spec.copies == 1 else f"{batch}.{n + 1}",
                batch_id=batch,
                copy_index=n,
                name=spec.name,
                file_sha256=spec.file_sha256,
                file_size=spec.file_size,
                file_name=spec.file_name,
                submitter=spec.submitter,
                priority=spec.priority,
                requirements=spec.requirements,
                state=JobState.QUEUED if spec.approval_reason is None else JobState.NEEDS_APPROVAL,
                printer_key=None,
                fencing_token=0,
                lease_expires_at=None,
                attempts=0,
                message=spec.approval_reason or "",
                created_at=now,
                updated_at=now,
                estimated_s=spec.estimated_s,
                filament_g=spec.filament_g,
                variants=spec.variants,
            )
            for n in range(spec.copies)
        ]
        requirements = spec.requirements.model_dump(mode="json", exclude_defaults=True)
        json_cols = {"requirements": requirements, "variants": dump_variants(spec.variants)}
        rows = [
            {f: getattr(job, f) for f in JobRecord.__slots__ if f not in json_cols}
            | {"state": str(job.state)}
            | json_cols
            for job in jobs
        ]
        with self._tx() as s:
            s.execute(insert(JOBS), rows)  # one statement for all copies
            for job in jobs:
                _event(s, now, "submitted", job_id=job.id, detail={"by": spec.submitter})
        return jobs

    def get_job(self, job_id: str) -> JobRecord:
        with self._tx() as s:
            row = s.get(JobRow, job_id, populate_existing=True)
            if row is None:
                raise JobNotFoundError(f"no job {job_id!r} (list jobs with `printfarm jobs`)")
            return JobRecord.from_row(row)

    def get_jobs(self, job_ids: Iterable[str]) -> list[JobRecord]:
        """The jobs of `job_ids` that exist, in no particular order."""
        wanted = list(job_ids)
        out: list[JobRecord] = []
        with self._tx() as s:
            for start in range(0, len(wanted), 500):  # keep the IN list short
                chunk = wanted[start : start + 500]
                out.extend(
                    JobRecord.from_row(r)
                    for r in s.scalars(
                        select(JobRow)
                        .where(JobRow.id.in_(chunk))
                        .execution_options(populate_existing=True)
                    )
                )
        return out

    def list_jobs(
        self, states: Iterable[JobState] | None = None, *, limit: int | None = None
    ) -> list[JobRecord]:
        query = (
            select(JobRow)
            .order_by(JobRow.created_at, JobRow.id)
            .execution_options(populate_existing=True)
        )
        if states is not None:
            query = query.where(JobRow.state.in_([str(s) for s in states]))
        if limit is not None:
            query = query.limit(limit)
        with self._tx() as s:
            return [JobRecord.from_row(r) for r in s.scalars(query)]

    def job_ids(self, state: JobState) -> set[str]:
        """The ids of the jobs in `state` (cheap: the coordinator's queue check)."""
        with self._tx() as s:
            return set(s.scalars(select(JOBS.c.id).where(JOBS.c.state == str(state))))

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
        variant: Variant | None = None,
    ) -> Claim | None:
        """Atomically assign a queued job to a free printer; None if either is taken.

        Two conditional UPDATEs in one transaction: the printer row only if it holds no
        job, the job row only if it is still queued. Whoever comes second (another
        coordinator, another process) matches no row, on SQLite (write lock) and
        PostgreSQL (row lock, WHERE re-checked after the first commits) alike; a claim
        that loses the job undoes its printer reservation (no rollback, so it can run
        inside a batch). `variant`: the one of the job's variants the printer takes; its
        file, requirements and estimates become the job's in the same transaction.
        """
        now = time.time() if now is None else now
        with self._tx() as s:
            reserved = s.execute(RESERVE_PRINTER, {"p_key": printer_key, "p_job": job_id})
            if _rowcount(reserved) != 1:
                return None
            token = s.execute(
                CLAIM_JOB,
                {"j_id": job_id, "j_printer": printer_key, "j_lease": now + lease_s, "j_now": now},
            ).scalar_one_or_none()
            if token is None:
                s.execute(RELEASE_PRINTER, {"p_key": printer_key, "p_job": job_id})
                return None
            detail: dict[str, Any] = {"token": token}
            if variant is not None:
                s.execute(update(JOBS).where(JOBS.c.id == job_id).values(**job_columns(variant)))
                detail["variant"] = variant.label
            _event(s, now, "assigned", job_id, printer_key, detail=detail)
            return Claim(job_id, printer_key, token, now + lease_s)

    def mark_printing(self, job_id: str, token: int, *, now: float | None = None) -> bool:
        """The agent reported the job started (with this token)."""
        return self._transition(
            job_id, token, {JobState.ASSIGNED}, JobState.PRINTING, "printing", now=now
        )

    def set_paused(
        self, job_id: str, token: int, paused: bool, *, now: float | None = None
    ) -> bool:
        """Follow the printer: a printing job paused, or a paused one printing again."""
        if paused:
            return self._transition(
                job_id, token, {JobState.PRINTING}, JobState.PAUSED, "paused", now=now
            )
        return self._transition(
            job_id, token, {JobState.PAUSED}, JobState.PRINTING, "resumed", now=now
        )

    def renew_lease(
        self, job_id: str, token: int, *, lease_s: float = DEFAULT_LEASE_S, now: float | None = None
    ) -> bool:
        now = time.time() if now is None else now
        with self._tx() as s:
            params = {"j_id": job_id, "j_token": token, "j_lease": now + lease_s, "j_now": now}
            result = s.execute(RENEW_LEASE, params)
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
            row = s.get(JobRow, job_id, populate_existing=True)
            if row is None or row.state not in from_states:
                return False
            result = s.execute(
                update(JOBS)
                .where(JOBS.c.id == job_id, JOBS.c.fencing_token == row.fencing_token)
                .where(JOBS.c.state == row.state)
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
            _release_printer(s, job_id, row.printer_key)
            _event(s, now, "requeued", job_id, row.printer_key, detail={"reason": reason})
            s.expunge(row)  # the row changed under the ORM: never serve the stale copy
            return True

    def cancel_queued(self, job_id: str, *, now: float | None = None) -> bool:
        """Cancel a job nobody holds yet (queued or awaiting approval). Active jobs need
        a cancel command to the agent first; `finish(..., CANCELLED)` records the agent's
        answer."""
        now = time.time() if now is None else now
        with self._tx() as s:
            result = s.execute(
                update(JOBS)
                .where(JOBS.c.id == job_id, JOBS.c.state.in_(_NOT_TAKEN))
                .values(state=JobState.CANCELLED, updated_at=now)
            )
            if _rowcount(result) != 1:
                return False
            _event(s, now, "cancelled", job_id)
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
        params = {"j_id": job_id, "j_token": token, "j_to": str(to), "j_now": now,
                  "j_message": message}  # fmt: skip
        with self._tx() as s:
            changed = s.execute(transition(frozenset(from_states), ending), params).first()
            if changed is None:
                return False
            if ending:
                _release_printer(s, job_id, changed.printer_key)
            _event(s, now, kind, job_id, detail={"token": token, "message": message})
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
        self.upsert_printers([(key, online, state)], now=now)

    def upsert_printers(
        self,
        printers: Iterable[tuple[str, bool, PrinterState | None]],
        *,
        now: float | None = None,
    ) -> None:
        """`upsert_printer` for many (key, online, state) at once; a None state records
        presence only and keeps the stored state.

        Rows are locked in key order, whatever order they come in: two coordinators
        write the same printers (both hear every state) in the order their messages
        arrived, and PostgreSQL ended two such batches in opposite orders with a
        deadlock. A run of rows of one kind is one statement (usually all of them)."""
        now = time.time() if now is None else now
        runs: list[tuple[bool, list[dict[str, Any]]]] = []  # (with state?, rows), in key order
        for key, online, state in sorted(printers, key=lambda p: p[0]):
            agent_id, printer_id = split_printer_key(key)
            row: dict[str, Any] = {
                "key": key, "agent_id": agent_id, "printer_id": printer_id,
                "online": online, "last_seen": now,
            }  # fmt: skip
            if state is not None:
                row.update(
                    state=str(state.state),
                    bed_clear=state.bed_clear,
                    last_state=state.model_dump(mode="json"),
                )
            if runs and runs[-1][0] == (state is not None):
                runs[-1][1].append(row)
            else:
                runs.append((state is not None, [row]))
        with self._tx() as s:
            for _, rows in runs:
                s.execute(self._upsert_printers(tuple(rows[0])), rows)

    def _upsert_printers(self, columns: tuple[str, ...]) -> Any:
        """The printer rows' upsert for these columns (built once: building it costs
        more than running it)."""
        stmt = self._upserts.get(columns)
        if stmt is None:
            insert_ = self._insert(PRINTERS)
            changed = {c: insert_.excluded[c] for c in columns if c not in ("key", "agent_id")}
            stmt = insert_.on_conflict_do_update(index_elements=["key"], set_=changed)
            self._upserts[columns] = stmt
        return stmt

    def remove_printer(self, key: str, *, now: float | None = None) -> bool:
        """Delete a printer's row unless a job holds it; False if none was deleted."""
        now = time.time() if now is None else now
        with self._tx() as s:
            result = s.execute(
                delete(PRINTERS).where(PRINTERS.c.key == key, PRINTERS.c.current_job_id.is_(None))
            )
            if _rowcount(result) != 1:
                return False
            _event(s, now, "printer_removed", None, key)
            return True

    def get_printer(self, key: str) -> PrinterRecord | None:
        with self._tx() as s:
            row = s.get(PrinterRow, key, populate_existing=True)
            return PrinterRecord.from_row(row) if row is not None else None

    def list_printers(self) -> list[PrinterRecord]:
        with self._tx() as s:
            return [
                PrinterRecord.from_row(r)
                for r in s.scalars(
                    select(PrinterRow)
                    .order_by(PrinterRow.key)
                    .execution_options(populate_existing=True)
                )
            ]

    def set_bed_needs_clearing(self, key: str, needed: bool) -> bool:
        """Lock (a job left a part) or unlock (a person cleared it) the printer's bed for
        claims; False if the store has no such printer."""
        with self._tx() as s:
            result = s.execute(SET_BED_NEEDS_CLEARING, {"p_key": key, "p_needed": needed})
            return _rowcount(result) == 1

    def beds_needing_clearing(self) -> set[str]:
        """Keys of the printers whose bed the store keeps locked."""
        with self._tx() as s:
            query = select(PrinterRow.key).where(PrinterRow.bed_needs_clearing.is_(True))
            return set(s.scalars(query))

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
        """Append to the history now; False if (printer_key, agent_seq) was recorded
        before. Inside a batch, `record_events` is cheaper (one insert at commit)."""
        now = time.time() if now is None else now
        row = _event_row(now, kind, job_id, printer_key, detail=detail, agent_seq=agent_seq)
        with self._tx() as s:
            stmt = self._insert(EVENTS).on_conflict_do_nothing().values(**row)
            return s.execute(stmt.returning(EVENTS.c.id)).first() is not None

    def record_events(self, events: Iterable[dict[str, Any]], *, now: float | None = None) -> None:
        """Append history rows at the end of the current transaction (replays dropped).

        Each event is the keyword arguments of `record_event` (kind, job_id, ...)."""
        now = time.time() if now is None else now
        with self._tx() as s:
            pending: list[dict[str, Any]] = s.info.setdefault(_PENDING_EVENTS, [])
            for e in events:
                pending.append(
                    _event_row(
                        e.get("now", now), e["kind"], e.get("job_id"), e.get("printer_key"),
                        detail=e.get("detail"), agent_seq=e.get("agent_seq"),
                    )
                )  # fmt: skip

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


def _release_printer(s: Session, job_id: str, printer_key: str | None) -> None:
    """Free the printer reserved for `job_id` (by its key: the column has no index)."""
    if printer_key is not None:
        s.execute(RELEASE_PRINTER, {"p_key": printer_key, "p_job": job_id})


def _event_row(
    now: float,
    kind: str,
    job_id: str | None = None,
    printer_key: str | None = None,
    *,
    detail: dict[str, Any] | None = None,
    agent_seq: int | None = None,
) -> dict[str, Any]:
    return {
        "ts": now, "kind": kind, "job_id": job_id, "printer_key": printer_key,
        "agent_seq": agent_seq, "detail": detail or {},
    }  # fmt: skip


def _event(
    s: Session,
    now: float,
    kind: str,
    job_id: str | None = None,
    printer_key: str | None = None,
    *,
    detail: dict[str, Any] | None = None,
) -> None:
    """Buffer a history row; `Store._tx` inserts the transaction's rows before commit."""
    pending: list[dict[str, Any]] = s.info.setdefault(_PENDING_EVENTS, [])
    pending.append(_event_row(now, kind, job_id, printer_key, detail=detail))
