"""The event simulation behind benchmarks/sites.py: sites, printers, power, beds, orders.

Virtual time, driven by a heap of events (an order arrives, a heat-up ends, a print
ends, a person clears a bed, a site goes offline or comes back, the 15-minute tick).
After every event the real pure dispatcher (coordinator/dispatch.py) assigns queued jobs
to the free printers it sees; a strategy decides only each job's site requirement and
priority, exactly the planner's place in the farm.

Power: a start draws HEAT_W for HEAT_S, then PRINT_W until the print ends. printfarm's
dispatch starts a heat-up only while the site's circuit has room for it (staggered
starts); the naive strategies start whatever the dispatcher gives them, as a farm
without that constraint would, and their seconds over budget are counted the same way.
Beds: after a print (done or failed) the bed is cleared, and the part taken, at the
site's next opening hour; a failed copy is placed again (printfarm re-plans the order).
"""

from __future__ import annotations

import functools
import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from sites_world import DAY, HEAT_S, HEAT_W, OUTAGE, PRINT_W, SITES, Arrival, SiteSpec, fails

from agent.wire import PrinterStateName
from coordinator.dispatch import PrinterView, QueuedJob, dispatch
from coordinator.orders.plan_models import CopyRef, CopyState, CopyStatus, Hours
from coordinator.orders.planner import copy_requirements, haversine_km, transit_s
from coordinator.requirements import Requirements

TICK_S = 15 * 60.0
OUTAGE_REPLAN_S = 30 * 60.0  # a site offline this long has its queued copies re-planned
DRAIN_DAYS = 14  # after the last arrival, how long the farm may take to finish


@dataclass(slots=True)
class Site:
    spec: SiteSpec
    hours: Hours
    online: bool = True
    offline_since: float = 0.0
    draw_w: float = 0.0
    peak_w: float = 0.0
    over_s: float = 0.0
    changed_at: float = 0.0

    def add_draw(self, now: float, watts: float) -> None:
        if self.draw_w > self.spec.budget_w + 1e-9:
            self.over_s += now - self.changed_at
        self.changed_at = now
        self.draw_w += watts
        self.peak_w = max(self.peak_w, self.draw_w)


@dataclass(slots=True)
class Job:
    job_id: str
    order_id: str
    ref: CopyRef
    print_s: float
    requirements: Requirements
    priority: int
    created_at: float
    submitter: str

    def queued(self) -> QueuedJob:
        return QueuedJob(
            self.job_id, self.priority, self.created_at, self.submitter, self.requirements
        )


@dataclass(slots=True)
class Printer:
    key: str
    site: Site
    material: str
    job: Job | None = None
    ends_at: float = 0.0  # the running job's expected end (a failure comes unannounced)
    bed_clear: bool = True
    busy_s: float = 0.0  # heating + printing inside the measured window

    def view(self) -> PrinterView:
        return PrinterView(
            key=self.key,
            online=self.site.online,
            state=PrinterStateName.PRINTING if self.job else PrinterStateName.IDLE,
            bed_clear=self.bed_clear,
            firmware="marlin",
            profile="marlin2",
            nozzle_diameter=0.4,
            material=self.material,
            build_volume=(250.0, 210.0, 220.0),
            site=self.site.spec.site_id,
        )


@dataclass(slots=True)
class Order:
    arrival: Arrival
    copies: dict[CopyRef, CopyState] = field(default_factory=dict)
    delivered: dict[CopyRef, tuple[float, float]] = field(default_factory=dict)  # at, km
    attempts: dict[CopyRef, int] = field(default_factory=dict)


class Strategy:
    """Decides each copy's site (None: anywhere) and each queued job's priority."""

    name = "strategy"
    gated = False  # starts wait for power headroom

    def place(
        self, sim: Sim, order: Order, refs: list[CopyRef], now: float
    ) -> dict[CopyRef, str | None]:
        raise NotImplementedError

    def priority(self, order: Order, now: float) -> int:
        return 0

    def tick(self, sim: Sim, now: float) -> None:
        """The time-driven work: nothing for the naive strategies."""

    def on_failure(self, sim: Sim, order: Order, ref: CopyRef, now: float) -> None:
        """A failed copy is queued again (the naive strategies: as it was)."""
        sim.enqueue(order, [ref], now)


class Sim:
    def __init__(self, arrivals: list[Arrival], strategy: Strategy, days: int, seed: int) -> None:
        self.strategy = strategy
        self.seed = seed
        self.window_s = days * DAY
        horizon = days + DRAIN_DAYS + 7
        self.sites = {s.site_id: Site(s, s.hours(horizon)) for s in SITES}
        self.printers: dict[str, Printer] = {}
        for site in self.sites.values():
            n = itertools.count()
            for count, material in site.spec.printers:
                for _ in range(count):
                    key = f"{site.spec.site_id}/p{next(n):02d}"
                    self.printers[key] = Printer(key, site, material)
        self.orders: dict[str, Order] = {}
        self.queue: dict[str, Job] = {}
        self._events: list[tuple[float, int, Callable[[float], None]]] = []
        self._seq = itertools.count()
        for arrival in arrivals:
            self.at(arrival.at, functools.partial(self._arrive, arrival))
        site_id, down, up = OUTAGE
        self.at(down, lambda now: self._set_online(site_id, False, now))
        self.at(up, lambda now: self._set_online(site_id, True, now))
        self.at(TICK_S, self._tick)
        self.end_s = (days + DRAIN_DAYS) * DAY

    def at(self, t: float, action: Callable[[float], None]) -> None:
        heapq.heappush(self._events, (t, next(self._seq), action))

    def run(self) -> None:
        while self._events:
            t, _, action = heapq.heappop(self._events)
            if t > self.end_s or (t > self.window_s and self._all_done()):
                break
            action(t)
            self._dispatch(t)
        for site in self.sites.values():
            site.add_draw(self.end_s, 0.0)

    def _all_done(self) -> bool:
        return all(len(o.delivered) == len(o.copies) for o in self.orders.values())

    # --- orders and jobs -------------------------------------------------------------

    def _arrive(self, arrival: Arrival, now: float) -> None:
        order = Order(arrival)
        spec = arrival.order
        for part in spec.parts:
            for i in range(part.quantity):
                order.copies[(part.part_id, i)] = CopyState(CopyStatus.PLANNED)
        self.orders[spec.order_id] = order
        self.enqueue(order, list(order.copies), now)

    def enqueue(self, order: Order, refs: list[CopyRef], now: float) -> None:
        spec = order.arrival.order
        parts = {p.part_id: p for p in spec.parts}
        for ref, site_id in self.strategy.place(self, order, refs, now).items():
            attempt = order.attempts.get(ref, 0)
            job_id = f"{spec.order_id}/{ref[0]}/{ref[1]}/{attempt}"
            req = copy_requirements(spec, parts[ref[0]]).model_copy(update={"site": site_id})
            prio = self.strategy.priority(order, now)
            self.queue[job_id] = Job(
                job_id, spec.order_id, ref, parts[ref[0]].print_s, req, prio, now,
                order.arrival.buyer,
            )  # fmt: skip
            order.copies[ref] = CopyState(CopyStatus.PLANNED, site_id)

    def _dispatch(self, now: float) -> None:
        views = [p.view() for p in self.printers.values()]
        free = {(v.site, v.material) for v in views if v.available}
        if not self.queue or not free:
            return
        # Only jobs some free printer could take (the others would be passed over anyway):
        # the dispatcher's answer is the same, for a fraction of the work.
        sites = {site for site, _ in free}
        queued = [
            j.queued()
            for j in self.queue.values()
            if (j.requirements.site, j.requirements.material) in free
            or (
                j.requirements.site is None
                and any((s, j.requirements.material) in free for s in sites)
            )
        ]
        for assignment in dispatch(queued, views):
            printer = self.printers[assignment.printer_key]
            site = printer.site
            if self.strategy.gated and site.draw_w + HEAT_W > site.spec.budget_w:
                continue  # no room for another heat-up on this circuit now
            self._start(printer, self.queue.pop(assignment.job_id), now)

    def _start(self, printer: Printer, job: Job, now: float) -> None:
        printer.job = job
        printer.ends_at = now + job.print_s
        printer.bed_clear = False
        printer.site.add_draw(now, HEAT_W)
        order = self.orders[job.order_id]
        order.copies[job.ref] = CopyState(
            CopyStatus.RUNNING, printer.site.spec.site_id, printer.key, now + job.print_s
        )
        failure = fails(self.seed, job.job_id)
        ends = now + job.print_s * (failure if failure is not None else 1.0)
        self.at(now + HEAT_S, lambda t: printer.site.add_draw(t, PRINT_W - HEAT_W))
        self.at(ends, lambda t: self._end(printer, job, now, failed=failure is not None, now=t))

    def _end(self, printer: Printer, job: Job, started: float, *, failed: bool, now: float) -> None:
        printer.site.add_draw(now, -PRINT_W)
        printer.busy_s += max(0.0, min(now, self.window_s) - min(started, self.window_s))
        printer.job = None
        cleared = printer.site.hours.next_open(now)
        self.at(cleared, lambda t: self._clear(printer, job, failed=failed, now=t))

    def _clear(self, printer: Printer, job: Job, *, failed: bool, now: float) -> None:
        printer.bed_clear = True
        order = self.orders[job.order_id]
        site = printer.site.spec
        if failed:
            order.attempts[job.ref] = order.attempts.get(job.ref, 0) + 1
            order.copies[job.ref] = CopyState(CopyStatus.FAILED, site.site_id, printer.key)
            self.strategy.on_failure(self, order, job.ref, now)
            return
        spec = order.arrival.order
        km = haversine_km(site.lat, site.lon, spec.lat, spec.lon)
        order.copies[job.ref] = CopyState(CopyStatus.DONE, site.site_id, printer.key, now)
        order.delivered[job.ref] = (now + transit_s(km), km)

    # --- sites and time --------------------------------------------------------------

    def _set_online(self, site_id: str, online: bool, now: float) -> None:
        site = self.sites[site_id]
        site.online = online
        site.offline_since = now

    def _tick(self, now: float) -> None:
        self.strategy.tick(self, now)
        self.at(now + TICK_S, self._tick)
