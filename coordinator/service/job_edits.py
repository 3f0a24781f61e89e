"""A person changes a waiting job: its priority (reordering the queue) or its
requirements. The store is changed first (conditional on the job still waiting), then
the engine's in-memory backlog, both on the worker thread, so the next dispatch round
sees the new order or the new needs; a job already taken answers 409.
"""

from __future__ import annotations

from coordinator.requirements import Requirements
from coordinator.service.operations import (
    ConflictError,
    NotFoundError,
    Operations,
    analyse_file,
)
from coordinator.store import JobNotFoundError, JobRecord
from coordinator.store.job_edits import EDITABLE, set_priority, set_requirements
from coordinator.views import JobOut


def change_priority(ops: Operations, job_id: str, priority: int, by: str) -> JobOut:
    """Give a waiting job another priority (higher goes first)."""

    def on_worker() -> None:
        if not set_priority(ops.c.store, job_id, priority, by=by):
            _refuse(ops, job_id)
        _refresh_backlog(ops, job_id)

    ops.c.call(on_worker)
    return ops.get_job(job_id)


def change_requirements(ops: Operations, job_id: str, req: Requirements, by: str) -> JobOut:
    """Give a waiting job other requirements, checked as at submit: UnprintableError when
    no printer of the fleet could print it. `req` is the person's (stamped with their
    name): it replaces their earlier ones and overrides the file's, which stay."""
    job = _record(ops, job_id)
    _check_editable(job)
    travel = None
    base = job.requirements.from_file_only()
    stored = ops.c.files.get(job.file_sha256)
    if stored is not None:  # the file's needs again, and the moves' box for the check
        found, travel, _estimate = analyse_file(stored.path, job.file_name)
        base = base.overridden_by(found)
    req = base.overridden_by(req)
    ops._check_printable(req)
    ops._check_travel(req, travel)

    def on_worker() -> None:
        if not set_requirements(ops.c.store, job_id, req, by=by):
            _refuse(ops, job_id)
        _refresh_backlog(ops, job_id)

    ops.c.call(on_worker)
    return ops.get_job(job_id)


def _record(ops: Operations, job_id: str) -> JobRecord:
    try:
        return ops.c.store.get_job(job_id)
    except JobNotFoundError as e:
        raise NotFoundError(str(e)) from e


def _check_editable(job: JobRecord) -> None:
    if job.state not in EDITABLE:
        raise ConflictError(
            f"job {job.id} is {job.state}: only a queued job (or one awaiting approval) "
            "can be changed"
        )


def _refuse(ops: Operations, job_id: str) -> None:
    """The conditional update changed nothing: say why (gone, or no longer waiting)."""
    _check_editable(_record(ops, job_id))
    raise ConflictError(f"job {job_id} was taken meanwhile")  # pragma: no cover - a race


def _refresh_backlog(ops: Operations, job_id: str) -> None:
    """The backlog groups jobs by (priority, submitter): take the old entry out and put
    the changed record in (on the worker thread; `enqueue` asks for a dispatch round)."""
    ops.c.dequeue(job_id)
    ops.c.enqueue([ops.c.store.get_job(job_id)])
