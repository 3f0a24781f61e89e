"""Claims in bulk: one dispatch round's assignments fenced in a few statements.

`Store.claim` fences one assignment in two conditional UPDATEs. A dispatch round after a
start-up (every printer free at once) or at ten thousand printers places hundreds of
jobs, and two round trips each are most of the round's cost. `claim_many` does the same
for a whole round in four statements, whatever its size (in chunks of `CHUNK` keys):

1. lock the round's printers that still hold no job and need no clearing
   (`SELECT … FOR UPDATE`, in key order);
2. lock the round's jobs that are still queued, reading their fencing tokens
   (`SELECT … FOR UPDATE`, in id order);
3. reserve the printers and 4. claim the jobs of the pairs whose printer and job were
   both free, each an executemany of the very UPDATEs `claim` runs (still conditional);
   a job claimed with one of its variants then takes that variant's file, requirements
   and estimates (one UPDATE each, as in `claim`).

On PostgreSQL the row locks make steps 3 and 4 succeed for every locked row: another
coordinator changing one of them waits for this transaction, and one that changed it
first has committed before our lock is granted, and then the row no longer matches
(READ COMMITTED re-checks the condition on the newest version). On SQLite the
transaction holds the database's write lock from its start (BEGIN IMMEDIATE), and
FOR UPDATE is not needed. A pair whose printer or job was taken meanwhile is simply not
claimed: the caller keeps the job queued (re-reading the queue) and the printer free.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coordinator.store.records import Claim
from coordinator.store.repository import DEFAULT_LEASE_S, Store
from coordinator.store.schema import JobState
from coordinator.store.statements import CLAIM_JOBS, JOBS, PRINTERS, RESERVE_PRINTER
from coordinator.variants import Variant, job_columns

CHUNK = 500  # keys in one IN list
Pick = tuple[str, str, Variant | None]  # (job id, printer key, the variant it takes)


def claim_many(
    store: Store,
    picks: Sequence[Pick],
    *,
    lease_s: float = DEFAULT_LEASE_S,
    now: float | None = None,
) -> list[Claim]:
    """Claim each (job id, printer key, variant) whose job is still queued and whose
    printer still holds none; the claims made, in the order of `picks`. Each job and
    each printer at most once in `picks`."""
    if not picks:
        return []
    now = time.time() if now is None else now
    with store.session() as s:
        free = _free_printers(s, sorted({key for _, key, _ in picks}))
        tokens = _queued_tokens(s, sorted(job for job, key, _ in picks if key in free))
        won = [(job, key, v, tokens[job] + 1) for job, key, v in picks if job in tokens]
        if not won:
            return []
        lease = now + lease_s
        s.execute(RESERVE_PRINTER, [{"p_key": key, "p_job": job} for job, key, _, _ in won])
        s.execute(
            CLAIM_JOBS,
            [{"j_id": job, "j_printer": key, "j_lease": lease, "j_now": now}
             for job, key, _, _ in won],
        )  # fmt: skip
        for job, _, variant, _ in won:
            if variant is not None:
                s.execute(update(JOBS).where(JOBS.c.id == job).values(**job_columns(variant)))
    store.record_events(
        ({"kind": "assigned", "job_id": job, "printer_key": key, "detail": _detail(token, v)}
         for job, key, v, token in won), now=now,
    )  # fmt: skip
    return [Claim(job, key, token, lease) for job, key, _, token in won]


def _detail(token: int, variant: Variant | None) -> dict[str, Any]:
    return {"token": token} if variant is None else {"token": token, "variant": variant.label}


def _chunks(items: list[str]) -> Iterable[list[str]]:
    return (items[i : i + CHUNK] for i in range(0, len(items), CHUNK))


def _free_printers(s: Session, keys: list[str]) -> set[str]:
    out: set[str] = set()
    for chunk in _chunks(keys):
        query = (
            select(PRINTERS.c.key)
            .where(
                PRINTERS.c.key.in_(chunk),
                PRINTERS.c.current_job_id.is_(None),
                PRINTERS.c.bed_needs_clearing.is_(False),
            )
            .order_by(PRINTERS.c.key)
            .with_for_update()
        )
        out.update(s.scalars(query))
    return out


def _queued_tokens(s: Session, job_ids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in _chunks(job_ids):
        query = (
            select(JOBS.c.id, JOBS.c.fencing_token)
            .where(JOBS.c.id.in_(chunk), JOBS.c.state == str(JobState.QUEUED))
            .order_by(JOBS.c.id)
            .with_for_update()
        )
        rows: Any = s.execute(query)
        out.update({str(row.id): int(row.fencing_token) for row in rows})
    return out
