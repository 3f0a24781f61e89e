"""The farm as the order planner sees it: sites from the store, printers from the fleet
view, queues from the store's waiting jobs; and an order as the planner's OrderSpec.

A printer belongs to the site that places it explicitly, else to the site its agent
tags it with (`site = "..."` in agent.toml); its power is its profile's typical draw (or
its placement's), so the planner counts only the printers a circuit can run at once.
Opening hours become absolute windows over the next two weeks. A printer's free time:
now when idle with a clear bed; when a person is next there when its bed waits to be
cleared; after its print's remaining time (and a person) when printing; then its site's
queue is list-scheduled on it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from agent.wire import PrinterStateName
from coordinator.dispatch import PrinterView
from coordinator.orders.book import OrderJob, OrderRecord
from coordinator.orders.plan_models import (
    CopyRef,
    CopyState,
    CopyStatus,
    Hours,
    OrderPart,
    OrderSpec,
    PlanPrinter,
    PlanSite,
)
from coordinator.orders.planner import queue_free_times
from coordinator.requirements import Requirements
from coordinator.service import Operations
from coordinator.service.fleet import LivePrinter
from coordinator.sites import Site, SiteStore
from coordinator.sites.models import Weekday
from coordinator.sites.power import SiteIndex, profile_draw
from coordinator.store import JobRecord, JobState

HORIZON_DAYS = 14
UNKNOWN_PRINT_S = 3600.0  # a job the analysis could not time
_BUSY = frozenset({PrinterStateName.PRINTING, PrinterStateName.PAUSED, PrinterStateName.FINISHING})
_WAITING = frozenset({JobState.QUEUED, JobState.NEEDS_APPROVAL})
_RUNNING = frozenset({JobState.ASSIGNED, JobState.PRINTING, JobState.PAUSED})


def site_hours(site: Site, now: float) -> Hours:
    """The site's opening hours as absolute windows from today for two weeks."""
    if not site.hours:
        return Hours()
    zone = site.zone
    today = datetime.fromtimestamp(now, UTC).astimezone(zone).date() - timedelta(days=1)
    windows: list[tuple[float, float]] = []
    for offset in range(HORIZON_DAYS + 1):
        day = today + timedelta(days=offset)
        for r in site.hours.get(Weekday.of(day), ()):
            start, end = _instant(day, r.start_min, site), _instant(day, r.end_min, site)
            if windows and start <= windows[-1][1]:  # 24:00 then 00:00: one window
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            elif end > start:
                windows.append((start, end))
    return Hours(tuple(windows))


def _instant(day: date, minute: int, site: Site) -> float:
    base = datetime.combine(day, datetime.min.time(), tzinfo=site.zone)
    return (base + timedelta(minutes=minute)).astimezone(UTC).timestamp()


def plan_sites(ops: Operations, now: float, leave_out: Iterable[str] = ()) -> list[PlanSite]:
    """Every site with its printers and their estimated free times. `leave_out`: job ids
    not counted in the queues (the order's own, when it is planned again)."""
    sites = SiteStore(ops.c.store).list()
    index = SiteIndex(sites)
    skip = set(leave_out)
    queued: dict[str, list[float]] = defaultdict(list)
    for job in ops.c.store.list_jobs(_WAITING):
        if job.requirements.site is not None and job.id not in skip:
            queued[job.requirements.site].append(job.estimated_s or UNKNOWN_PRINT_S)
    members: dict[str, list[LivePrinter]] = defaultdict(list)
    for printer in ops.c.fleet.snapshot():
        if printer.state is None:
            continue
        site = index.site_of(printer.key, printer.state.site)
        if site is not None:
            members[site.id].append(printer)
    return [_plan_site(site, members[site.id], queued[site.id], index, now) for site in sites]


def _plan_site(
    site: Site, printers: list[LivePrinter], queue: list[float], index: SiteIndex, now: float
) -> PlanSite:
    hours = site_hours(site, now)
    starts = {p.key: (_clear_at(p, hours, now), False) for p in printers if p.online}
    free = queue_free_times(hours, starts, queue)
    plan_printers = []
    for p in sorted(printers, key=lambda p: p.key):
        assert p.state is not None
        view = PrinterView.from_state(p.agent, p.printer, p.state, online=p.online, assigned=False)
        view = replace(view, site=site.id)
        draw = index.draw_of(p.key, profile_draw(p.state.profile))
        plan_printers.append(
            PlanPrinter(
                view,
                free.get(p.key, now),
                print_w=draw.printing_w,
                heat_w=draw.heat_up_w,
                circuit=site.circuit_of(p.key),
            )
        )
    return PlanSite(
        site.id, site.latitude, site.longitude, tuple(plan_printers), hours,
        {c.id: float(c.watts) for c in site.circuits}, online=any(p.online for p in printers),
    )  # fmt: skip


def _clear_at(printer: LivePrinter, hours: Hours, now: float) -> float:
    if printer.state_name in _BUSY:
        return hours.next_open(now + (printer.remaining_s or 0.0))
    bed_clear = printer.state is not None and printer.state.bed_clear
    return now if bed_clear else hours.next_open(now)


def order_spec(order: OrderRecord) -> OrderSpec:
    parts = tuple(
        OrderPart(
            p.part_id,
            p.estimated_s or UNKNOWN_PRINT_S,
            p.quantity,
            Requirements.model_validate(p.requirements),
        )
        for p in order.parts
    )
    return OrderSpec(
        order.id, parts, order.due_at, order.latitude, order.longitude,
        material=order.material, colour=order.colour,
    )  # fmt: skip


def latest_jobs(jobs: Iterable[OrderJob]) -> dict[CopyRef, OrderJob]:
    """Each copy's latest job (a reprint replaces the failed one)."""
    out: dict[CopyRef, OrderJob] = {}
    for job in jobs:  # in creation order
        out[(job.part_id, job.copy)] = job
    return out


def copy_state(job: OrderJob, record: JobRecord | None) -> CopyState:
    if record is None or record.state in (
        JobState.FAILED,
        JobState.CANCELLED,
        JobState.INTERRUPTED,
    ):
        return CopyState(CopyStatus.FAILED, job.site_id, record.printer_key if record else None)
    if record.state is JobState.DONE:
        return CopyState(CopyStatus.DONE, job.site_id, record.printer_key)
    if record.state in _RUNNING:
        return CopyState(CopyStatus.RUNNING, job.site_id, record.printer_key, job.expected_ready)
    return CopyState(CopyStatus.PLANNED, job.site_id)
