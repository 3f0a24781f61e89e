"""An operator approves or rejects a job that waits for approval (see limits.py).

Approved, the job joins the coordinator's queue and is dispatched like any other;
rejected, it ends cancelled with who rejected it and why as its message. Both run on
the coordinator's worker thread, like every change to jobs.
"""

from __future__ import annotations

from coordinator.service.operations import ConflictError, NotFoundError, Operations
from coordinator.store import JobNotFoundError, JobState
from coordinator.store.approval import decide
from coordinator.views import JobOut


class Approvals:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops

    def approve(self, job_id: str, by: str) -> JobOut:
        c = self.ops.c

        def approve_on_worker() -> None:
            if not decide(c.store, job_id, approve=True, message=f"approved by {by}", by=by):
                raise self._not_waiting(job_id, "approved")
            c.enqueue([c.store.get_job(job_id)])

        c.call(approve_on_worker)
        return self.ops.get_job(job_id)

    def reject(self, job_id: str, by: str, reason: str = "") -> JobOut:
        c = self.ops.c
        message = f"rejected by {by}" + (f": {reason}" if reason else "")

        def reject_on_worker() -> None:
            if not decide(c.store, job_id, approve=False, message=message, by=by):
                raise self._not_waiting(job_id, "rejected")

        c.call(reject_on_worker)
        return self.ops.get_job(job_id)

    def _not_waiting(self, job_id: str, done: str) -> Exception:
        try:
            job = self.ops.c.store.get_job(job_id)
        except JobNotFoundError as e:
            return NotFoundError(str(e))
        return ConflictError(
            f"job {job_id} is {job.state}: only a job in {JobState.NEEDS_APPROVAL} can be {done}"
        )
