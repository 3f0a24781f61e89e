"""The store's hot statements, built once.

Building an UPDATE with SQLAlchemy's expression language costs more than running it on
SQLite; these run for every job transition of a fleet, so they are built at import with
bound parameters (and SQLAlchemy memoises their cache keys). Each is conditional on the
state it expects and, once a job is claimed, on its fencing token.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Table, bindparam, or_, update

from coordinator.store.schema import ACTIVE_STATES, EventRow, JobRow, JobState, PrinterRow

JOBS: Table = JobRow.__table__  # type: ignore[assignment]
PRINTERS: Table = PrinterRow.__table__  # type: ignore[assignment]
EVENTS: Table = EventRow.__table__  # type: ignore[assignment]


def _state_in(states: frozenset[JobState] | set[JobState]) -> ColumnElement[bool]:
    # OR of equalities instead of IN: no list to expand at every execution.
    return or_(*(JOBS.c.state == str(s) for s in sorted(states)))


# Reserve a printer for a job: only if it holds none and its bed needs no clearing.
RESERVE_PRINTER = (
    update(PRINTERS)
    .where(
        PRINTERS.c.key == bindparam("p_key"),
        PRINTERS.c.current_job_id.is_(None),
        PRINTERS.c.bed_needs_clearing.is_(False),
    )
    .values(current_job_id=bindparam("p_job"))
)
# A person's clear (False), or a job's end that left a part (True).
SET_BED_NEEDS_CLEARING = (
    update(PRINTERS)
    .where(PRINTERS.c.key == bindparam("p_key"))
    .values(bed_needs_clearing=bindparam("p_needed"))
)
# Undo a reservation (the job was taken meanwhile), or free the printer at the job's end.
RELEASE_PRINTER = (
    update(PRINTERS)
    .where(PRINTERS.c.key == bindparam("p_key"), PRINTERS.c.current_job_id == bindparam("p_job"))
    .values(current_job_id=None)
)
# Claim a queued job: a new fencing token, a lease, one more attempt. CLAIM_JOBS runs
# as an executemany (the tokens were read under lock, see claims.py); CLAIM_JOB returns
# the new token.
CLAIM_JOBS = (
    update(JOBS)
    .where(JOBS.c.id == bindparam("j_id"), JOBS.c.state == str(JobState.QUEUED))
    .values(
        state=str(JobState.ASSIGNED),
        printer_key=bindparam("j_printer"),
        fencing_token=JOBS.c.fencing_token + 1,
        lease_expires_at=bindparam("j_lease"),
        attempts=JOBS.c.attempts + 1,
        updated_at=bindparam("j_now"),
    )
)
CLAIM_JOB = CLAIM_JOBS.returning(JOBS.c.fencing_token)
RENEW_LEASE = (
    update(JOBS)
    .where(JOBS.c.id == bindparam("j_id"), JOBS.c.fencing_token == bindparam("j_token"))
    .where(_state_in(ACTIVE_STATES))
    .values(lease_expires_at=bindparam("j_lease"), updated_at=bindparam("j_now"))
)


def transition(from_states: frozenset[JobState], ending: bool) -> Any:
    """job (id, token) from one of `from_states` to `j_to`; returns its printer key."""
    key = (from_states, ending)
    stmt = _TRANSITIONS.get(key)
    if stmt is None:
        values: dict[str, Any] = {
            "state": bindparam("j_to"),
            "updated_at": bindparam("j_now"),
            "message": bindparam("j_message"),
        }
        if ending:
            values["lease_expires_at"] = None
        stmt = (
            update(JOBS)
            .where(JOBS.c.id == bindparam("j_id"), JOBS.c.fencing_token == bindparam("j_token"))
            .where(_state_in(from_states))
            .values(**values)
            .returning(JOBS.c.printer_key)
        )
        _TRANSITIONS[key] = stmt
    return stmt


_TRANSITIONS: dict[tuple[frozenset[JobState], bool], Any] = {}
