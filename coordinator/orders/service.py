"""Orders in the farm: an order becomes jobs pinned to sites, and is shown as one record.

Create: every part must be a file already uploaded (POST /files, or a job's); its
analysis gives the print time and extents; the planner (planner.py) places every copy;
copies of a part going to one site are one submission of that many jobs, each pinned
to the site (the `site` requirement) with a priority from the due date. A copy the
planner can place nowhere now is queued unpinned (any capable printer may take it) and
is placed by the next re-plan (replan.py). The dispatcher does the rest, as always.
"""

from __future__ import annotations

import time
from collections import defaultdict

from coordinator.orders.book import (
    CANCELLED,
    OPEN,
    OrderBook,
    OrderJob,
    OrderNotFoundError,
    OrderRecord,
    PartRecord,
)
from coordinator.orders.farm import order_spec, plan_sites
from coordinator.orders.models import OrderIn, OrderOut, OrderSummaryOut
from coordinator.orders.plan_models import Allocation
from coordinator.orders.planner import plan, priority_for
from coordinator.orders.views import order_out, summary_out
from coordinator.requirements import Requirements
from coordinator.service import ConflictError, NotFoundError, Operations, UnprintableError
from coordinator.service.operations import analyse_file
from coordinator.store import JobState

PLANNER = "planner"  # who the history names for the planner's own changes


def book(ops: Operations) -> OrderBook:
    return OrderBook(ops.c.store)


def order_owner(ops: Operations, order_id: str) -> str | None:
    return book(ops).owner(order_id)


def create_order(ops: Operations, body: OrderIn, buyer: str) -> OrderOut:
    now = time.time()
    if body.due_at <= now:
        raise UnprintableError("the due date is in the past")
    parts = tuple(
        _part(ops, i, p.file_sha256, p.name, p.quantity) for i, p in enumerate(body.parts)
    )
    material = body.material.casefold() if body.material else None
    order = OrderRecord(
        id=OrderBook.new_id(), buyer=buyer, name=body.name, state=OPEN, due_at=body.due_at,
        latitude=body.latitude, longitude=body.longitude, material=material,
        colour=body.colour, parts=parts, created_at=now,
    )  # fmt: skip
    orders = book(ops)
    orders.add(order)
    orders.record(order.id, "placed", f"by {buyer}: {sum(p.quantity for p in parts)} copies")
    result = plan(order_spec(order), plan_sites(ops, now), now)
    by_site: dict[tuple[str, str], list[tuple[int, Allocation | None]]] = defaultdict(list)
    for a in result.allocations:
        by_site[(a.part_id, a.site_id)].append((a.copy, a))
    for part_id, index, why in result.unplaced:
        by_site[(part_id, "")].append((index, None))
        orders.record(order.id, "unplaced", why, part_id=part_id, copy=index)
    for (part_id, site_id), items in sorted(by_site.items()):
        make_jobs(ops, order, part_id, site_id or None, items, now=now)
    return get_order(ops, order.id)


def _part(ops: Operations, index: int, sha256: str, name: str, quantity: int) -> PartRecord:
    stored = ops.c.files.get(sha256)
    if stored is None:
        raise UnprintableError(
            f"part {index + 1}: no uploaded file {sha256} (upload it first: POST /files)"
        )
    file_name = name or f"part{index + 1}.gcode"
    found, _travel, estimate = analyse_file(stored.path, file_name)
    return PartRecord(
        part_id=f"p{index + 1}", name=name or f"part {index + 1}", file_sha256=sha256,
        file_name=file_name, quantity=quantity, estimated_s=estimate.seconds,
        requirements=found.model_dump(mode="json"),
    )  # fmt: skip


def make_jobs(
    ops: Operations,
    order: OrderRecord,
    part_id: str,
    site_id: str | None,
    items: list[tuple[int, Allocation | None]],
    *,
    now: float,
) -> None:
    """Queue one job per (copy, allocation or None: unplaced) at `site_id` (None: anywhere)."""
    part = next(p for p in order.parts if p.part_id == part_id)
    stored = ops.c.files.get(part.file_sha256)
    if stored is None:
        raise NotFoundError(f"the file of part {part_id} is gone from the coordinator")
    req = ordered_requirements(order, site_id)
    jobs = ops.submit(
        stored, part.file_name, name=f"order {order.id} {part.name}", copies=len(items),
        priority=priority_for(order.due_at, now), submitter=order.buyer, requirements=req,
    )  # fmt: skip
    orders = book(ops)
    where = "" if site_id else "anywhere capable"
    for job, (copy, alloc) in zip(jobs, items, strict=True):
        ready, km = (alloc.ready, alloc.km) if alloc else (None, None)
        queued = str(JobState.QUEUED)
        orders.add_job(order.id, OrderJob(job.id, part_id, copy, site_id, ready, km, queued, now))
        orders.record(
            order.id, "planned", where, part_id=part_id, copy=copy, job_id=job.id, site_id=site_id
        )


def ordered_requirements(order: OrderRecord, site_id: str | None) -> Requirements:
    """What the order asks of a copy's printer beyond the file: the buyer's material and
    colour, and the planner's site (None: any); the file's needs stay the file's."""
    asked: dict[str, str | None] = {"site": site_id}
    if order.material is not None:
        asked["material"] = order.material
    if order.colour is not None:
        asked["colour"] = order.colour
    return Requirements.from_person(asked, order.buyer)


def get_order(ops: Operations, order_id: str) -> OrderOut:
    try:
        order = book(ops).get(order_id)
    except OrderNotFoundError as e:
        raise NotFoundError(str(e)) from e
    return order_out(ops, order)


def list_orders(ops: Operations, buyer: str | None) -> list[OrderSummaryOut]:
    return [summary_out(ops, o) for o in book(ops).orders(buyer)]


def cancel_order(ops: Operations, order_id: str, by: str) -> OrderOut:
    """Cancel every job of the order not yet ended; the order is then cancelled."""
    order = get_order(ops, order_id)
    if order.state != OPEN:
        raise ConflictError(f"order {order_id} is {order.state}")
    orders = book(ops)
    orders.set_state(order_id, CANCELLED)  # first: the re-plan leaves it alone from now
    for copy in order.copies_detail:
        if copy.job_id is not None and copy.state in ("planned", "printing"):
            try:
                ops.cancel(copy.job_id)
            except (ConflictError, NotFoundError):
                continue  # it ended meanwhile
    orders.record(order_id, "cancelled", f"by {by}")
    return get_order(ops, order_id)
