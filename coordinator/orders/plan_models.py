"""The order planner's inputs and outputs: plain frozen values, no I/O.

Times are seconds since the epoch (or any one clock the caller uses throughout);
a site's opening hours are absolute windows over the planning horizon, computed by
the caller from the site's weekly hours and timezone, so the planner needs no calendar.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from coordinator.dispatch import PrinterView
from coordinator.requirements import ANYTHING, Requirements

NEVER = math.inf


@dataclass(frozen=True, slots=True)
class Hours:
    """When a person is at the site (to clear a bed). `windows=None`: always staffed."""

    windows: tuple[tuple[float, float], ...] | None = None  # sorted, disjoint [start, end)

    def __post_init__(self) -> None:
        if self.windows is None:
            return
        ends = [end for _, end in self.windows]
        starts = [start for start, _ in self.windows]
        if any(s >= e for s, e in self.windows) or any(
            later < earlier for earlier, later in zip(ends, starts[1:], strict=False)
        ):
            raise ValueError("opening windows must be sorted, disjoint and non-empty")

    def is_open(self, t: float) -> bool:
        return self.next_open(t) == t

    def next_open(self, t: float) -> float:
        """`t` when open at `t`, else the start of the next window (NEVER: none left)."""
        if self.windows is None:
            return t
        i = bisect.bisect_right(self.windows, (t, math.inf)) - 1
        if i >= 0 and self.windows[i][0] <= t < self.windows[i][1]:
            return t
        return self.windows[i + 1][0] if i + 1 < len(self.windows) else NEVER


ALWAYS = Hours()


@dataclass(frozen=True, slots=True)
class PlanPrinter:
    """One printer as the planner sees it: what it can do and when it is next free."""

    view: PrinterView  # capability (the dispatcher's own view, so both agree)
    free_at: float  # idle with a clear bed from then on (its running and queued work done)
    print_w: float = 0.0  # power while printing
    heat_w: float = 0.0  # power while heating up (the peak)
    circuit: str | None = None  # the site circuit it draws from (None: unbudgeted)
    self_ejecting: bool = False  # clears its own bed: no person needed between prints


@dataclass(frozen=True, slots=True)
class PlanSite:
    site_id: str
    lat: float
    lon: float
    printers: tuple[PlanPrinter, ...] = ()
    hours: Hours = ALWAYS
    budgets_w: Mapping[str, float] = field(default_factory=dict)  # circuit -> watts
    online: bool = True


@dataclass(frozen=True, slots=True)
class OrderPart:
    part_id: str
    print_s: float  # the analysis' estimated print time
    quantity: int = 1
    requirements: Requirements = ANYTHING  # from the analysis (extents, nozzle, ...)


@dataclass(frozen=True, slots=True)
class OrderSpec:
    order_id: str
    parts: tuple[OrderPart, ...]
    due: float
    lat: float  # the delivery place
    lon: float
    material: str | None = None
    colour: str | None = None


CopyRef = tuple[str, int]  # (part_id, copy index from 0)


class CopyStatus(StrEnum):
    PLANNED = "planned"  # queued as a job at a site, not started
    RUNNING = "running"  # printing (or assigned to a printer)
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class CopyState:
    """What is known of one copy when re-planning."""

    status: CopyStatus
    site_id: str | None = None
    printer: str | None = None
    ready: float | None = None  # a running copy's expected time off the bed


@dataclass(frozen=True, slots=True)
class PlannerConfig:
    transit_base_s: float = 2 * 3600.0  # hand-over to the courier
    transit_kmh: float = 60.0  # door-to-door courier speed
    margin_s: float = 6 * 3600.0  # a site counts as on time only with this much to spare
    margin_share: float = 0.3  # ... and this share of the time left until the due date
    stay_bonus_km: float = 50.0  # re-planning: staying where a copy was is worth this many km


@dataclass(frozen=True, slots=True)
class Allocation:
    part_id: str
    copy: int
    site_id: str
    printer: str  # the printer the estimate was made for (advisory: the site dispatches)
    start: float
    finish: float
    ready: float  # off the bed: finished and a person there to take it
    km: float  # shipping distance from the site to the delivery place
    delivered: float  # ready + transit
    kept: bool = False  # running or done before a re-plan: not moved


@dataclass(frozen=True, slots=True)
class SiteSummary:
    site_id: str
    copies: int
    km: float
    expected_completion: float  # the last copy off the bed there
    expected_delivery: float


@dataclass(frozen=True, slots=True)
class Plan:
    allocations: tuple[Allocation, ...]
    unplaced: tuple[tuple[str, int, str], ...]  # (part_id, copy, why)
    sites: tuple[SiteSummary, ...]
    expected_delivery: float | None  # None: something could not be placed
    on_time: bool
