"""The order planner: which site makes each copy of an order's parts, and by when.

Pure (no I/O, no clock, no randomness): the same order, sites and `now` always give
the same plan. It sits above the dispatcher and only decides a copy's site (a job's
`site` requirement) and its priority (from the due date); the sites' dispatchers
then start the jobs on their printers as they always do.

How a copy is placed. Copies go longest first; for each, every capable printer
(the dispatcher's own `mismatches`) of every online site gives an estimate:
- start: when the printer is next free (its queue, then the copies placed before);
- finish: start + the analysis' print time;
- ready: when the part is off the bed, which needs a person: the site's next opening
  at or after the finish. The printer's next start is then `ready` too (nobody clears
  the bed at night) unless it ejects its own parts. A print may start at any hour on
  a clear bed: the evening's last start runs overnight;
- delivered: ready + courier transit for the haversine distance to the buyer.
Among the sites that deliver on time with a margin, the nearest wins (ties: earlier);
when none can, the earliest delivery wins. So distance is saved only where time allows.
A site's printers count only as far as its power budget lets them print at once
(with room for one heat-up per circuit): the dispatcher staggers the rest.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from coordinator.dispatch import mismatches
from coordinator.orders.plan_models import (
    NEVER,
    Allocation,
    CopyRef,
    CopyState,
    CopyStatus,
    Hours,
    OrderPart,
    OrderSpec,
    Plan,
    PlannerConfig,
    PlanPrinter,
    PlanSite,
    SiteSummary,
)
from coordinator.requirements import Requirements

EARTH_RADIUS_KM = 6371.0
DEFAULT_CONFIG = PlannerConfig()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def transit_s(km: float, config: PlannerConfig = DEFAULT_CONFIG) -> float:
    return config.transit_base_s + km / config.transit_kmh * 3600.0


def priority_for(due: float, now: float) -> int:
    """A job priority from the due date: earlier due, higher (1..999, hours to spare).

    Relative to `now`, so the re-plan tick refreshes it for queued jobs: orders planned
    at different times then still rank by due date."""
    hours_left = (due - now) / 3600.0
    return int(max(1, min(999, round(500 - hours_left))))


def all_copies(order: OrderSpec) -> list[CopyRef]:
    return [(p.part_id, i) for p in order.parts for i in range(p.quantity)]


def copy_requirements(order: OrderSpec, part: OrderPart) -> Requirements:
    """A copy's requirements: the part's, with the order's material and colour."""
    update: dict[str, object] = {}
    if order.material is not None:
        update["material"] = order.material.casefold()
    if order.colour is not None:
        update["colour"] = order.colour
    if not update:
        return part.requirements
    return Requirements.model_validate(part.requirements.model_dump() | update)


def usable_printers(site: PlanSite) -> list[PlanPrinter]:
    """The site's online printers that can print at once within each circuit's budget.

    Per circuit, in key order, a printer counts while the printing draw plus one heat-up
    (the largest surge over printing) fits the budget."""
    if not site.online:
        return []
    out: list[PlanPrinter] = []
    drawn: dict[str, float] = defaultdict(float)
    surge: dict[str, float] = defaultdict(float)
    for printer in sorted(site.printers, key=lambda p: p.view.key):
        if not printer.view.online:
            continue
        budget = site.budgets_w.get(printer.circuit) if printer.circuit else None
        if budget is not None:
            circuit = printer.circuit or ""
            new_surge = max(surge[circuit], printer.heat_w - printer.print_w)
            if drawn[circuit] + printer.print_w + new_surge > budget:
                continue
            drawn[circuit] += printer.print_w
            surge[circuit] = new_surge
        out.append(printer)
    return out


@dataclass(slots=True)
class _Slot:
    """A printer's timeline while planning: when it can next start."""

    site: PlanSite
    printer: PlanPrinter
    free_at: float
    km: float


@dataclass(frozen=True, slots=True)
class _Estimate:
    slot: _Slot
    start: float
    finish: float
    ready: float
    delivered: float


def _estimate(slot: _Slot, print_s: float, config: PlannerConfig) -> _Estimate:
    start = slot.free_at
    finish = start + print_s
    ready = slot.site.hours.next_open(finish)
    return _Estimate(slot, start, finish, ready, ready + transit_s(slot.km, config))


def _advance(slot: _Slot, est: _Estimate) -> None:
    slot.free_at = est.finish if slot.printer.self_ejecting else est.ready


class _Board:
    """Every usable printer's timeline, and which can make what (cached per requirement)."""

    def __init__(self, order: OrderSpec, sites: Iterable[PlanSite], now: float) -> None:
        self.slots: list[_Slot] = []
        for site in sorted(sites, key=lambda s: s.site_id):
            km = haversine_km(site.lat, site.lon, order.lat, order.lon)
            for printer in usable_printers(site):
                self.slots.append(_Slot(site, printer, max(now, printer.free_at), km))
        self._capable: dict[Requirements, list[_Slot]] = {}

    def capable(self, req: Requirements) -> list[_Slot]:
        found = self._capable.get(req)
        if found is None:
            found = [s for s in self.slots if not mismatches(req, s.printer.view)]
            self._capable[req] = found
        return found


def _choose(
    estimates: Sequence[_Estimate],
    due: float,
    prefer_site: str | None,
    *,
    margin: float,
    config: PlannerConfig,
) -> _Estimate:
    """Nearest among those on time with the margin (stay bonus for `prefer_site`),
    else the earliest delivery; ties by site id and printer key."""

    def ident(e: _Estimate) -> tuple[str, str]:
        return (e.slot.site.site_id, e.slot.printer.view.key)

    on_time = [e for e in estimates if e.delivered + margin <= due]
    if on_time:

        def km(e: _Estimate) -> float:
            bonus = config.stay_bonus_km if e.slot.site.site_id == prefer_site else 0.0
            return e.slot.km - bonus

        return min(on_time, key=lambda e: (km(e), e.delivered, ident(e)))
    return min(estimates, key=lambda e: (e.delivered, e.slot.km, ident(e)))


def _best_per_site(
    slots: Iterable[_Slot], print_s: float, config: PlannerConfig
) -> list[_Estimate]:
    best: dict[str, _Estimate] = {}
    for slot in slots:
        est = _estimate(slot, print_s, config)
        site_id = slot.site.site_id
        current = best.get(site_id)
        if current is None or (est.ready, slot.printer.view.key) < (
            current.ready,
            current.slot.printer.view.key,
        ):
            best[site_id] = est
    return list(best.values())


def plan(
    order: OrderSpec,
    sites: Iterable[PlanSite],
    now: float,
    *,
    copies: Iterable[CopyRef] | None = None,
    prefer: Mapping[CopyRef, str] | None = None,
    config: PlannerConfig = DEFAULT_CONFIG,
) -> Plan:
    """Allocate `copies` of the order (default: all) to sites; see the module's doc.

    `prefer`: a copy's current site, kept when it is on time and not much farther
    (re-planning moves no more than it must)."""
    parts = {p.part_id: p for p in order.parts}
    wanted = list(copies) if copies is not None else all_copies(order)
    unknown = [ref for ref in wanted if ref[0] not in parts]
    if unknown:
        raise ValueError(f"copies of parts not in the order: {sorted({r[0] for r in unknown})}")
    wanted.sort(key=lambda ref: (-parts[ref[0]].print_s, ref))
    board = _Board(order, sites, now)
    prefer = prefer or {}
    margin = config.margin_s + config.margin_share * max(0.0, order.due - now)
    placed: list[Allocation] = []
    unplaced: list[tuple[str, int, str]] = []
    for part_id, index in wanted:
        part = parts[part_id]
        slots = board.capable(copy_requirements(order, part))
        estimates = _best_per_site(slots, part.print_s, config)
        estimates = [e for e in estimates if e.ready < NEVER]
        if not estimates:
            unplaced.append((part_id, index, "no online site has a capable printer"))
            continue
        best = _choose(
            estimates, order.due, prefer.get((part_id, index)), margin=margin, config=config
        )
        _advance(best.slot, best)
        placed.append(_allocation(part_id, index, best))
    return summarise(order, placed, unplaced)


def _allocation(part_id: str, index: int, est: _Estimate) -> Allocation:
    return Allocation(
        part_id=part_id,
        copy=index,
        site_id=est.slot.site.site_id,
        printer=est.slot.printer.view.key,
        start=est.start,
        finish=est.finish,
        ready=est.ready,
        km=est.slot.km,
        delivered=est.delivered,
    )


def summarise(
    order: OrderSpec, allocations: Iterable[Allocation], unplaced: Iterable[tuple[str, int, str]]
) -> Plan:
    allocs = tuple(sorted(allocations, key=lambda a: (a.part_id, a.copy)))
    missing = tuple(sorted(unplaced))
    by_site: dict[str, list[Allocation]] = defaultdict(list)
    for a in allocs:
        by_site[a.site_id].append(a)
    summaries = tuple(
        SiteSummary(
            site_id=site_id,
            copies=len(items),
            km=items[0].km,
            expected_completion=max(a.ready for a in items),
            expected_delivery=max(a.delivered for a in items),
        )
        for site_id, items in sorted(by_site.items())
    )
    delivery = max((a.delivered for a in allocs), default=None) if not missing else None
    on_time = delivery is not None and delivery <= order.due
    return Plan(allocs, missing, summaries, delivery, on_time)


def replan(
    order: OrderSpec,
    progress: Mapping[CopyRef, CopyState],
    sites: Iterable[PlanSite],
    now: float,
    *,
    config: PlannerConfig = DEFAULT_CONFIG,
) -> Plan:
    """A new plan for what is not done: failed, planned-not-started, and running copies
    whose printer is gone. Done copies and prints still running on a present printer
    stay (a site whose link is down keeps printing behind its own broker).

    The caller leaves this order's own queued jobs out of the printers' `free_at`:
    they are the ones being planned again."""
    sites = list(sites)
    present = {p.view.key for s in sites for p in s.printers}
    kept: list[Allocation] = []
    again: list[CopyRef] = []
    prefer: dict[CopyRef, str] = {}
    for ref in all_copies(order):
        state = progress.get(ref)
        if state is not None and _stays(state, present):
            kept.append(_kept(order, ref, state, sites, now=now, config=config))
            continue
        again.append(ref)
        if state is not None and state.site_id and state.status is CopyStatus.PLANNED:
            prefer[ref] = state.site_id
    fresh = plan(order, sites, now, copies=again, prefer=prefer, config=config)
    return summarise(order, [*kept, *fresh.allocations], fresh.unplaced)


def _stays(state: CopyState, present: set[str]) -> bool:
    if state.status is CopyStatus.DONE:
        return True
    return state.status is CopyStatus.RUNNING and state.printer in present


def _kept(
    order: OrderSpec,
    ref: CopyRef,
    state: CopyState,
    sites: Sequence[PlanSite],
    *,
    now: float,
    config: PlannerConfig,
) -> Allocation:
    site = next((s for s in sites if s.site_id == state.site_id), None)
    km = haversine_km(site.lat, site.lon, order.lat, order.lon) if site else 0.0
    ready = state.ready if state.ready is not None else now
    return Allocation(
        part_id=ref[0],
        copy=ref[1],
        site_id=state.site_id or "",
        printer=state.printer or "",
        start=ready,
        finish=ready,
        ready=ready,
        km=km,
        delivered=ready + transit_s(km, config),
        kept=True,
    )


def queue_free_times(
    hours: Hours, printers: Mapping[str, tuple[float, bool]], queued_s: Iterable[float]
) -> dict[str, float]:
    """When each printer of a site is free once the site's queue is worked off.

    `printers`: key -> (when its bed is clear and it is idle, whether it ejects its own
    parts); `queued_s`: the queued jobs' print times in dispatch order, each started on
    the printer free first (list scheduling). A person clears each bed after a print."""
    heap = [(start, key, ejects) for key, (start, ejects) in sorted(printers.items())]
    heapq.heapify(heap)
    if not heap:
        return {}
    for duration in queued_s:
        start, key, ejects = heapq.heappop(heap)
        finish = start + duration
        heapq.heappush(heap, (finish if ejects else hours.next_open(finish), key, ejects))
    return {key: start for start, key, _ in heap}
