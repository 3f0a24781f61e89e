"""An operator's decision on a job that waits for approval, as one conditional UPDATE.

Approved, the job joins the queue (QUEUED); rejected, it ends CANCELLED with the reason
as its message. Conditional on the job still awaiting approval, so two operators (or two
coordinators) deciding at once change it once: the second gets False.
"""

from __future__ import annotations

import time

from sqlalchemy import update

from coordinator.store.repository import Store
from coordinator.store.schema import JobState
from coordinator.store.statements import JOBS


def decide(
    store: Store,
    job_id: str,
    *,
    approve: bool,
    message: str,
    by: str,
    now: float | None = None,
) -> bool:
    """Move `job_id` out of NEEDS_APPROVAL; False if it was not awaiting approval."""
    now = time.time() if now is None else now
    to = JobState.QUEUED if approve else JobState.CANCELLED
    with store.transaction(), store.session() as s:
        changed = s.execute(
            update(JOBS)
            .where(JOBS.c.id == job_id, JOBS.c.state == str(JobState.NEEDS_APPROVAL))
            .values(state=str(to), message=message, updated_at=now)
            .returning(JOBS.c.id)
        ).first()
        if changed is None:
            return False
        kind = "approved" if approve else "rejected"
        store.record_events(
            [{"kind": kind, "job_id": job_id, "detail": {"by": by, "message": message}}], now=now
        )
        return True
