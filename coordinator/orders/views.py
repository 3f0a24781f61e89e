"""An order as its buyer follows it: parts, copies (where, state, when), sites, history."""

from __future__ import annotations

from collections import defaultdict

from coordinator.orders.book import OrderBook, OrderJob, OrderRecord
from coordinator.orders.farm import latest_jobs
from coordinator.orders.models import (
    CopyOut,
    OrderEventOut,
    OrderOut,
    OrderSummaryOut,
    PartOut,
    SitePlanOut,
)
from coordinator.service import Operations
from coordinator.store import JobRecord, JobState

_COPY_STATE = {
    JobState.QUEUED: "planned",
    JobState.NEEDS_APPROVAL: "planned",
    JobState.ASSIGNED: "printing",
    JobState.PRINTING: "printing",
    JobState.PAUSED: "printing",
    JobState.DONE: "done",
    JobState.FAILED: "failed",
    JobState.INTERRUPTED: "failed",
    JobState.CANCELLED: "cancelled",
}


def _records(ops: Operations, jobs: list[OrderJob]) -> dict[str, JobRecord]:
    return {r.id: r for r in ops.c.store.get_jobs([j.job_id for j in jobs])}


def copies_of(ops: Operations, order: OrderRecord) -> list[CopyOut]:
    jobs = OrderBook(ops.c.store).jobs(order.id)
    records = _records(ops, jobs)
    attempts: dict[tuple[str, int], int] = defaultdict(int)
    for made in jobs:
        attempts[(made.part_id, made.copy)] += 1
    latest = latest_jobs(jobs)
    out = []
    for part in order.parts:
        for index in range(part.quantity):
            job = latest.get((part.part_id, index))
            record = records.get(job.job_id) if job else None
            state = _COPY_STATE[record.state] if record else "unplanned"
            out.append(
                CopyOut(
                    part_id=part.part_id,
                    copy_index=index,
                    state=state,
                    job_id=job.job_id if job else None,
                    site_id=job.site_id if job else None,
                    printer=record.printer_key if record else None,
                    expected_ready=job.expected_ready if job and state != "done" else None,
                    km=job.km if job else None,
                    attempts=attempts[(part.part_id, index)],
                )
            )
    return out


def _sites(copies: list[CopyOut]) -> list[SitePlanOut]:
    by_site: dict[str, list[CopyOut]] = defaultdict(list)
    for c in copies:
        if c.site_id is not None:
            by_site[c.site_id].append(c)
    out = []
    for site_id, items in sorted(by_site.items()):
        readies = [c.expected_ready for c in items if c.expected_ready is not None]
        out.append(
            SitePlanOut(
                site_id=site_id,
                copies=len(items),
                done=sum(c.state == "done" for c in items),
                km=round(items[0].km or 0.0, 1),
                expected_completion=max(readies, default=None),
            )
        )
    return out


def _summary(order: OrderRecord, copies: list[CopyOut]) -> OrderSummaryOut:
    return OrderSummaryOut(
        id=order.id, buyer=order.buyer, name=order.name, state=order.state,
        due_at=order.due_at, created_at=order.created_at, copies=len(copies),
        done=sum(c.state == "done" for c in copies),
    )  # fmt: skip


def summary_out(ops: Operations, order: OrderRecord) -> OrderSummaryOut:
    return _summary(order, copies_of(ops, order))


def order_out(ops: Operations, order: OrderRecord) -> OrderOut:
    copies = copies_of(ops, order)
    history = [
        OrderEventOut(
            ts=e.ts,
            kind=e.kind,
            part_id=e.part_id,
            copy_index=e.copy,
            job_id=e.job_id,
            site_id=e.site_id,
            printer=e.printer,
            detail=e.detail,
        )
        for e in OrderBook(ops.c.store).history(order.id)
    ]
    pending = [c for c in copies if c.state not in ("done", "cancelled")]
    unknown = any(c.expected_ready is None for c in pending)
    completion = None if unknown else max((c.expected_ready or 0.0 for c in pending), default=None)
    return OrderOut(
        **_summary(order, copies).model_dump(),
        latitude=order.latitude,
        longitude=order.longitude,
        material=order.material,
        colour=order.colour,
        parts=[PartOut(**{k: getattr(p, k) for k in PartOut.model_fields}) for p in order.parts],
        copies_detail=copies,
        sites=_sites(copies),
        history=history,
        expected_completion=completion,
        on_time=None if unknown or completion is None else completion <= order.due_at,
    )
