"""The routing strategies compared by benchmarks/sites.py.

- printfarm: coordinator/orders/planner.py, fed the sites' state the way the coordinator
  feeds it (each printer's estimated free time from what runs and what is queued there),
  priorities from the due date refreshed every tick, the order re-planned when a copy
  fails, when a site has been offline for 30 minutes and when a copy has not started an
  hour after its planned start; its starts are staggered under each site's power budget.
- first_free: no site at all; the dispatcher gives each job, oldest first, to the first
  free capable printer anywhere.
- nearest: every copy to the buyer's nearest site; a part that site cannot make (no
  printer of the material) goes to the first free printer anywhere.
- nearest_capable (a reference, not a naive strategy): each copy to the nearest site
  that has a printer of its material, whatever its queue: the least distance possible.
"""

from __future__ import annotations

from collections import defaultdict

from sites_sim import OUTAGE_REPLAN_S, Order, Printer, Sim, Site, Strategy
from sites_world import HEAT_W, PRINT_W

from coordinator.dispatch import order_queue
from coordinator.orders.plan_models import NEVER, CopyRef, PlanPrinter, PlanSite
from coordinator.orders.planner import haversine_km, priority_for, queue_free_times, replan


def _km(site: Site, order: Order) -> float:
    spec = order.arrival.order
    return haversine_km(site.spec.lat, site.spec.lon, spec.lat, spec.lon)


SLIP_S = 3600.0


class FirstFree(Strategy):
    name = "first_free"

    def place(
        self, sim: Sim, order: Order, refs: list[CopyRef], now: float
    ) -> dict[CopyRef, str | None]:
        return dict.fromkeys(refs)


class Nearest(Strategy):
    name = "nearest"
    capable_only = False

    def place(
        self, sim: Sim, order: Order, refs: list[CopyRef], now: float
    ) -> dict[CopyRef, str | None]:
        material = order.arrival.order.material
        sites = sorted(sim.sites.values(), key=lambda s: (_km(s, order), s.spec.site_id))
        makes = [s for s in sites if any(m == material for _, m in s.spec.printers)]
        if self.capable_only:
            chosen = makes[0].spec.site_id if makes else None
        else:
            chosen = sites[0].spec.site_id if sites[0] in makes else None
        return dict.fromkeys(refs, chosen)


class NearestCapable(Nearest):
    name = "nearest_capable"
    capable_only = True


class Printfarm(Strategy):
    name = "printfarm"
    gated = True

    def __init__(self) -> None:
        self.starts: dict[tuple[str, CopyRef], float] = {}  # the planned start of a copy
        self.replanned: dict[str, float] = {}  # order -> when it was last re-planned

    def place(
        self, sim: Sim, order: Order, refs: list[CopyRef], now: float
    ) -> dict[CopyRef, str | None]:
        wanted = set(refs)
        progress = {ref: state for ref, state in order.copies.items() if ref not in wanted}
        result = replan(order.arrival.order, progress, plan_sites(sim, now, order), now)
        placed: dict[CopyRef, str | None] = {}
        for a in result.allocations:
            if not a.kept:
                placed[(a.part_id, a.copy)] = a.site_id
                self.starts[(order.arrival.order.order_id, (a.part_id, a.copy))] = a.start
        for part_id, index, _ in result.unplaced:  # nowhere now: wait where it was
            placed[(part_id, index)] = order.copies[(part_id, index)].site_id
        return placed

    def priority(self, order: Order, now: float) -> int:
        return priority_for(order.arrival.order.due, now)

    def on_failure(self, sim: Sim, order: Order, ref: CopyRef, now: float) -> None:
        self._replan(sim, order, [ref], now)

    def tick(self, sim: Sim, now: float) -> None:
        for job in sim.queue.values():
            job.priority = self.priority(sim.orders[job.order_id], now)
        down = {
            s.spec.site_id
            for s in sim.sites.values()
            if not s.online and now - s.offline_since >= OUTAGE_REPLAN_S
        }
        stranded: dict[str, list[CopyRef]] = defaultdict(list)
        for job in sim.queue.values():
            if job.requirements.site in down or self._slipped(job.order_id, job.ref, now):
                stranded[job.order_id].append(job.ref)
        for order_id, refs in sorted(stranded.items()):
            self._replan(sim, sim.orders[order_id], refs, now)

    def _slipped(self, order_id: str, ref: CopyRef, now: float) -> bool:
        """Not started an hour after its planned start (later orders took its place),
        and its order not re-planned in the last two hours."""
        planned = self.starts.get((order_id, ref), now)
        return now - planned > SLIP_S and now - self.replanned.get(order_id, -NEVER) > 2 * SLIP_S

    def _replan(self, sim: Sim, order: Order, refs: list[CopyRef], now: float) -> None:
        self.replanned[order.arrival.order.order_id] = now
        """Place `refs` again, with the order's other queued copies (they may move too)."""
        queued = {
            jid: j for jid, j in sim.queue.items() if j.order_id == order.arrival.order.order_id
        }
        for job_id in queued:
            del sim.queue[job_id]
        sim.enqueue(order, sorted({*refs, *(j.ref for j in queued.values())}), now)


def plan_sites(sim: Sim, now: float, order: Order) -> list[PlanSite]:
    """The sites as the planner sees them, leaving out `order`'s own queued jobs."""
    own = order.arrival.order.order_id
    queued = [j for j in sim.queue.values() if j.order_id != own]
    ranked = order_queue([j.queued() for j in queued])
    by_id = {j.job_id: j for j in queued}
    out = []
    for site in sorted(sim.sites.values(), key=lambda s: s.spec.site_id):
        printers = [p for p in sim.printers.values() if p.site is site]
        free: dict[str, float] = {}
        for material in sorted({p.material for p in printers}):
            group = {p.key: (_clear_at(p, now), False) for p in printers if p.material == material}
            durations = [
                by_id[q.job_id].print_s
                for q in ranked
                if q.requirements.site == site.spec.site_id and q.requirements.material == material
            ]
            free |= queue_free_times(site.hours, group, durations)
        out.append(
            PlanSite(
                site.spec.site_id,
                site.spec.lat,
                site.spec.lon,
                tuple(
                    PlanPrinter(p.view(), free[p.key], PRINT_W, HEAT_W, "main") for p in printers
                ),
                site.hours,
                {"main": site.spec.budget_w},
                site.online,
            )
        )
    return out


def _clear_at(printer: Printer, now: float) -> float:
    """When the printer is next idle with a clear bed."""
    hours = printer.site.hours
    if printer.job is not None:
        return hours.next_open(max(now, printer.ends_at))
    return now if printer.bed_clear else hours.next_open(now)


STRATEGIES: tuple[type[Strategy], ...] = (Printfarm, FirstFree, Nearest, NearestCapable)
