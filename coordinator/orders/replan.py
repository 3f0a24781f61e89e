"""Re-planning open orders: the coordinator's time-driven work for orders.

`OrderReplanner.tick(now)` is the one function to run periodically (by one leader when
several coordinators share the database). Per open order it:
- writes the history from its jobs' states (started where, done, failed and why);
- re-plans when a copy's job failed, was interrupted or cancelled (a reprint: a new job),
  when a site holding its queued copies has been offline (every printer) for
  `offline_after_s`, or when a copy was never placed: the planner places again what is
  not done and not running, and the queued jobs that move get a new `site` requirement;
- keeps queued jobs' priorities in step with the due date;
- marks the order done when every copy is.
The dispatcher stays as it is: only the jobs' requirements and priorities change.
"""

from __future__ import annotations

import logging
import threading
import time

from coordinator.orders.book import DONE, OPEN, OrderBook, OrderJob, OrderRecord
from coordinator.orders.farm import copy_state, latest_jobs, order_spec, plan_sites
from coordinator.orders.plan_models import Allocation, CopyRef, CopyState, CopyStatus, PlanSite
from coordinator.orders.planner import priority_for, replan
from coordinator.orders.service import PLANNER, make_jobs, ordered_requirements
from coordinator.service import ConflictError, NotFoundError, Operations
from coordinator.service.job_edits import change_priority, change_requirements
from coordinator.store import JobRecord, JobState

log = logging.getLogger(__name__)

_WAITING = frozenset({JobState.QUEUED, JobState.NEEDS_APPROVAL})


class OrderReplanner:
    def __init__(self, ops: Operations, offline_after_s: float = 300.0) -> None:
        self.ops = ops
        self.offline_after_s = offline_after_s
        self._offline_since: dict[str, float] = {}  # site -> when its last printer went

    def tick(self, now: float | None = None) -> int:
        """One round over the open orders; how many orders were re-planned. Only the
        leader re-plans (coordinators sharing a database would each reprint a failed copy;
        a deposed leader's late requeue is refused by the store: requeue is idempotent)."""
        if not self.ops.c.leader.is_leader():
            return 0
        now = time.time() if now is None else now
        orders = OrderBook(self.ops.c.store)
        open_orders = orders.orders(state=OPEN)
        if not open_orders:
            return 0
        down = self._down_sites(plan_sites(self.ops, now), now)
        replanned = 0
        for order in open_orders:
            try:
                replanned += self._order(orders, order, down, now)
            except (ConflictError, NotFoundError) as e:  # a job taken or gone meanwhile
                log.info("order %s: re-planned next round (%s)", order.id, e)
        return replanned

    def _down_sites(self, sites: list[PlanSite], now: float) -> set[str]:
        down = set()
        for site in sites:
            if site.online or not site.printers:
                self._offline_since.pop(site.site_id, None)
                continue
            since = self._offline_since.setdefault(site.site_id, now)
            if now - since >= self.offline_after_s:
                down.add(site.site_id)
        return down

    def _order(self, orders: OrderBook, order: OrderRecord, down: set[str], now: float) -> int:
        jobs = orders.jobs(order.id)
        records = {r.id: r for r in self.ops.c.store.get_jobs([j.job_id for j in jobs])}
        self._history(orders, order, jobs, records)
        latest = latest_jobs(jobs)
        progress = {ref: copy_state(job, records.get(job.job_id)) for ref, job in latest.items()}
        wanted = {(p.part_id, i) for p in order.parts for i in range(p.quantity)}
        if all(progress.get(ref, _NONE).status is CopyStatus.DONE for ref in wanted):
            orders.set_state(order.id, DONE)
            orders.record(order.id, "done", "every copy made")
            return 0
        if not self._needs_plan(progress, latest, wanted, down):
            self._priorities(order, latest, records, now)
            return 0
        self._replan(orders, order, latest, progress, now)
        return 1

    @staticmethod
    def _needs_plan(
        progress: dict[CopyRef, CopyState],
        latest: dict[CopyRef, OrderJob],
        wanted: set[CopyRef],
        down: set[str],
    ) -> bool:
        for ref in wanted:
            state = progress.get(ref)
            if state is None or state.status is CopyStatus.FAILED:
                return True
            if state.status is CopyStatus.PLANNED and (
                latest[ref].site_id is None or latest[ref].site_id in down
            ):
                return True
        return False

    def _replan(
        self,
        orders: OrderBook,
        order: OrderRecord,
        latest: dict[CopyRef, OrderJob],
        progress: dict[CopyRef, CopyState],
        now: float,
    ) -> None:
        own = [j.job_id for ref, j in latest.items() if progress[ref].status is CopyStatus.PLANNED]
        sites = plan_sites(self.ops, now, leave_out=own)
        result = replan(order_spec(order), progress, sites, now)
        for a in result.allocations:
            ref = (a.part_id, a.copy)
            if a.kept:
                continue
            if ref in latest and progress[ref].status is CopyStatus.PLANNED:
                self._move(orders, order, latest[ref], a)
            else:
                orders.record(order.id, "reprint", "a new job", part_id=a.part_id, copy=a.copy)
                make_jobs(self.ops, order, a.part_id, a.site_id, [(a.copy, a)], now=now)

    def _move(self, orders: OrderBook, order: OrderRecord, job: OrderJob, a: Allocation) -> None:
        """A queued copy's job: to its new site (requirements), with its new estimate."""
        if job.site_id != a.site_id:
            req = ordered_requirements(order, a.site_id)
            change_requirements(self.ops, job.job_id, req, order.buyer)
            orders.record(
                order.id, "moved", f"from {job.site_id or 'nowhere'} to {a.site_id}",
                part_id=a.part_id, copy=a.copy, job_id=job.job_id, site_id=a.site_id,
            )  # fmt: skip
        orders.update_job(job.job_id, site_id=a.site_id, expected_ready=a.ready, km=a.km)

    def _priorities(
        self,
        order: OrderRecord,
        latest: dict[CopyRef, OrderJob],
        records: dict[str, JobRecord],
        now: float,
    ) -> None:
        priority = priority_for(order.due_at, now)
        for job in latest.values():
            record = records.get(job.job_id)
            if record is not None and record.state in _WAITING and record.priority != priority:
                change_priority(self.ops, job.job_id, priority, PLANNER)

    @staticmethod
    def _history(
        orders: OrderBook, order: OrderRecord, jobs: list[OrderJob], records: dict[str, JobRecord]
    ) -> None:
        """A line per change of a job's state seen since the last round: started (also
        for a print that began and ended between two rounds), paused, resumed, ended."""
        for job in jobs:
            record = records.get(job.job_id)
            if record is None or record.state == job.seen_state:
                continue
            for kind in _changes(JobState(job.seen_state), record):
                ended = kind == str(record.state)
                orders.record(  # at the job's last change (a start in between: the same)
                    order.id, kind, record.message if ended else "", ts=record.updated_at,
                    part_id=job.part_id, copy=job.copy, job_id=job.job_id,
                    site_id=job.site_id, printer=record.printer_key,
                )  # fmt: skip
            orders.update_job(job.job_id, seen_state=str(record.state))


def _changes(seen: JobState, record: JobRecord) -> list[str]:
    now = record.state
    if now is JobState.PAUSED:
        return ["paused"]
    if now is JobState.PRINTING:
        return ["resumed" if seen is JobState.PAUSED else "started"]
    if now in _WAITING or now is JobState.ASSIGNED:
        return []
    began = seen in (*_WAITING, JobState.ASSIGNED) and record.printer_key is not None
    return ["started", str(now)] if began else [str(now)]


_NONE = CopyState(CopyStatus.PLANNED)


class OrderTicker:
    """Runs `OrderReplanner.tick` every `interval_s` on a thread of its own."""

    def __init__(self, replanner: OrderReplanner, interval_s: float = 30.0) -> None:
        self.replanner = replanner
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="order-replan", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.replanner.tick()
            except Exception:  # one bad round must not end re-planning
                log.exception("re-planning orders failed; trying again next round")
