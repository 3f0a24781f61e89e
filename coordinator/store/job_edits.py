"""A person's change to a job nobody holds yet (queued or awaiting approval): its
priority or its requirements, as one conditional UPDATE with a history row.

Conditional on the state, so a job claimed by a dispatcher meanwhile (here or on another
coordinator) is not changed under it: the caller gets False and answers 409.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select, update

from coordinator.requirements import Requirements
from coordinator.store.repository import Store
from coordinator.store.schema import JobState
from coordinator.store.statements import JOBS

EDITABLE = (JobState.QUEUED, JobState.NEEDS_APPROVAL)


def _edit(
    store: Store, job_id: str, values: dict[str, Any], kind: str, detail: dict[str, Any],
    *, now: float | None,
) -> bool:  # fmt: skip
    now = time.time() if now is None else now
    with store.transaction(), store.session() as s:
        changed = s.execute(
            update(JOBS)
            .where(JOBS.c.id == job_id, JOBS.c.state.in_([str(x) for x in EDITABLE]))
            .values(**values, updated_at=now)
            .returning(JOBS.c.id)
        ).first()
        if changed is None:
            return False
        store.record_events([{"kind": kind, "job_id": job_id, "detail": detail}], now=now)
        return True


def set_priority(
    store: Store, job_id: str, priority: int, *, by: str, now: float | None = None
) -> bool:
    """Give a waiting job another priority; False if it is no longer waiting."""
    detail = {"by": by, "priority": priority}
    return _edit(store, job_id, {"priority": priority}, "priority_changed", detail, now=now)


def set_requirements(
    store: Store, job_id: str, requirements: Requirements, *, by: str, now: float | None = None
) -> bool:
    """Give a waiting job other requirements; False if it is no longer waiting."""
    dumped = requirements.model_dump(mode="json", exclude_defaults=True)  # as submit
    detail = {"by": by, "requirements": dumped}
    return _edit(store, job_id, {"requirements": dumped}, "requirements_changed", detail, now=now)


def queued_versions(store: Store) -> dict[str, float]:
    """Each queued job's id and last change (`updated_at`): the coordinator's queue check,
    which re-reads a job changed by a person through another coordinator."""
    query = select(JOBS.c.id, JOBS.c.updated_at).where(JOBS.c.state == str(JobState.QUEUED))
    with store.session() as s:
        return {row.id: float(row.updated_at) for row in s.execute(query)}
