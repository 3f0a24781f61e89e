"""The dispatcher: a pure policy from (queue, fleet) to assignments.

No I/O, no clock, no randomness: the same queue and fleet always give the same
assignments, so it is tested with tables and can be re-run after any restart.

Order: priority (higher first), then fairness, then age. Fairness is round-robin across
submitters (a person or a group): a submitter's n-th waiting job ranks after every
other submitter's (n-1)-th, counting the jobs they already have running, so one big
batch cannot starve everyone else at the same priority.

A job goes only to a printer that is online, idle, bed-clear, not already holding an
assignment, and capable; when the printer's loaded spool is known, it must be of the
job's material and colour (if the job asks) and hold the job's grams with a margin
(coordinator/spools/fit.py). On a site's circuit, a start must fit the circuit's power
budget (a `PowerPlan`, coordinator/sites/power.py, computed by the caller).

Speed: printers are grouped into capability classes (firmware, nozzle, material, volume,
site, tags, filament, tools, bed limit); a farm has few classes however many printers.
Matching is done once per (distinct requirements, class) pair, then each job takes the
next free printer of its first non-empty class: O(jobs log jobs + reqs x classes +
printers), never O(jobs x printers).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from agent.wire import PrinterState, PrinterStateName, printer_key
from agent.wire.spools import FilamentSpool
from coordinator.requirements import ANYTHING, Extents, Requirements, flavour_runs_on
from coordinator.spools.fit import too_short

if TYPE_CHECKING:  # the sites package reads the store, whose records use this module
    from coordinator.sites.power import PowerPlan

NOZZLE_TOLERANCE_MM = 0.005
VOLUME_TOLERANCE_MM = 0.01
FILAMENT_TOLERANCE_MM = 0.1  # 1.75 and 2.85 are told apart, 1.75 and 1.8 are not


@dataclass(frozen=True, slots=True)
class QueuedJob:
    job_id: str
    priority: int  # higher goes first
    created_at: float  # any monotonic-enough number: seconds since the epoch in the store
    submitter: str  # the fairness unit: a person or a group
    requirements: Requirements = ANYTHING
    filament_g: float | None = None  # the analysis' estimate: a spool must hold it
    # A model sliced for several printer classes: each variant's requirements, best
    # first (coordinator/variants.py); the job goes to the first a free printer meets.
    variants: tuple[Requirements, ...] = ()


@dataclass(frozen=True, slots=True)
class PrinterView:
    """What the dispatcher knows of one printer (built from its retained state)."""

    key: str  # "agent/printer"
    online: bool  # the agent's presence is online and the state is fresh
    state: PrinterStateName
    bed_clear: bool
    firmware: str
    profile: str
    nozzle_diameter: float | None
    material: str | None
    build_volume: tuple[float, float, float]
    site: str | None = None
    tags: frozenset[str] = frozenset()
    assigned: bool = False  # the store holds a job for it not yet visible in `state`
    spool: FilamentSpool | None = None  # the loaded spool, when known (coordinator/spools)
    # None: the printer does not say (an older agent); a file's need does not exclude it.
    filament_diameter: float | None = None
    tool_count: int | None = None
    max_bed_c: float | None = None  # the firmware profile's limit

    @classmethod
    def from_state(
        cls,
        agent: str,
        printer: str,
        state: PrinterState,
        *,
        online: bool,
        assigned: bool,
        spool: FilamentSpool | None = None,
    ) -> PrinterView:
        """`spool`: the coordinator's record of the loaded spool (else the agent's)."""
        volume = state.build_volume
        spool = spool or state.spool
        material = spool.material if spool else state.material
        return cls(
            key=printer_key(agent, printer),
            online=online,
            state=state.state,
            bed_clear=state.bed_clear,
            firmware=state.capabilities.firmware.casefold(),
            profile=state.profile.casefold(),
            nozzle_diameter=state.nozzle_diameter,
            material=material.casefold() if material else None,
            build_volume=(volume.x, volume.y, volume.z),
            site=state.site,
            tags=frozenset(state.tags),
            assigned=assigned,
            spool=spool,
            filament_diameter=state.filament_diameter,
            tool_count=state.tool_count,
            max_bed_c=state.max_bed_c,
        )

    @property
    def available(self) -> bool:
        return (
            self.online
            and self.state is PrinterStateName.IDLE
            and self.bed_clear
            and not self.assigned
        )


@dataclass(frozen=True, slots=True)
class Assignment:
    job_id: str
    printer_key: str
    variant: int | None = None  # the index in `QueuedJob.variants` it was matched by


def _fits(extents: Extents, printer: PrinterView) -> bool:
    bx, by, bz = printer.build_volume
    tol = VOLUME_TOLERANCE_MM
    return extents.x <= bx + tol and extents.y <= by + tol and extents.z <= bz + tol


def mismatches(req: Requirements, printer: PrinterView) -> list[str]:
    """Why `printer` cannot print a job with `req` (empty: it can). Ignores availability."""
    return list(mismatch_fields(req, printer).values())


def mismatch_fields(req: Requirements, printer: PrinterView) -> dict[str, str]:
    """`mismatches` by the requirement field that fails (`explain` counts them)."""
    out: dict[str, str] = {}
    if req.printer is not None and req.printer != printer.key:
        out["printer"] = f"job wants printer {req.printer}"
    if req.firmware is not None and req.firmware not in (printer.firmware, printer.profile):
        out["firmware"] = f"firmware {printer.firmware}/{printer.profile}, job wants {req.firmware}"
    if req.gcode_flavor is not None and not flavour_runs_on(req.gcode_flavor, printer.firmware):
        out["gcode_flavor"] = f"firmware {printer.firmware}, job's G-code is for {req.gcode_flavor}"
    if req.nozzle_diameter is not None and (
        printer.nozzle_diameter is None
        or abs(printer.nozzle_diameter - req.nozzle_diameter) > NOZZLE_TOLERANCE_MM
    ):
        out["nozzle_diameter"] = (
            f"nozzle {printer.nozzle_diameter}, job wants {req.nozzle_diameter}"
        )
    out.update(_machine_mismatches(req, printer))
    if req.material is not None and req.material != printer.material:
        out["material"] = f"material {printer.material}, job wants {req.material}"
    if req.extents is not None and not _fits(req.extents, printer):
        bx, by, bz = printer.build_volume
        e = req.extents
        out["extents"] = f"build volume {bx}x{by}x{bz}, job needs {e.x}x{e.y}x{e.z}"
    if req.colour is not None and (printer.spool is None or printer.spool.colour != req.colour):
        loaded = printer.spool.colour if printer.spool else "no spool"
        out["colour"] = f"spool colour {loaded}, job wants {req.colour}"
    if req.site is not None and req.site != printer.site:
        out["site"] = f"site {printer.site}, job wants {req.site}"
    if not req.tags <= printer.tags:
        out["tags"] = f"tags {sorted(printer.tags)}, job wants {sorted(req.tags)}"
    return out


def _machine_mismatches(req: Requirements, printer: PrinterView) -> dict[str, str]:
    """Filament diameter, tools and bed temperature: what a printer that reports them
    cannot do (one that does not say is not excluded by them)."""
    out: dict[str, str] = {}
    want, has = req.filament_diameter, printer.filament_diameter
    if want is not None and has is not None and abs(want - has) > FILAMENT_TOLERANCE_MM:
        out["filament_diameter"] = f"filament {has} mm, job wants {want} mm"
    if req.tool_count is not None and (printer.tool_count or 1) < req.tool_count:
        out["tool_count"] = f"{printer.tool_count or 1} tool(s), job uses {req.tool_count}"
    bed, most = req.bed_temperature, printer.max_bed_c
    if bed is not None and most is not None and bed > most:
        out["bed_temperature"] = f"bed up to {most:g} °C, job heats it to {bed:g} °C"
    return out


def unavailable_reasons(printer: PrinterView) -> list[str]:
    """Why a printer takes no job right now (empty: it is available)."""
    out = []
    if not printer.online:
        out.append("offline")
    if printer.state is not PrinterStateName.IDLE:
        out.append(f"state {printer.state}")
    if not printer.bed_clear:
        out.append("bed not cleared")
    if printer.assigned:
        out.append("already assigned a job")
    return out


def order_queue(
    queue: Iterable[QueuedJob], running: Mapping[str, int] | None = None
) -> list[QueuedJob]:
    """The queue in dispatch order: priority, then fair rank per submitter, then age."""
    running = running or {}
    by_level: dict[tuple[int, str], list[QueuedJob]] = defaultdict(list)
    for job in queue:
        by_level[(job.priority, job.submitter)].append(job)
    ranked: list[tuple[int, int, float, str, QueuedJob]] = []
    for (priority, submitter), jobs in by_level.items():
        jobs.sort(key=lambda j: (j.created_at, j.job_id))
        base = running.get(submitter, 0)
        ranked.extend(
            (-priority, base + i, job.created_at, job.job_id, job) for i, job in enumerate(jobs)
        )
    ranked.sort(key=lambda r: r[:4])
    return [r[4] for r in ranked]


_ClassKey = tuple[
    str, str, float, str, tuple[float, float, float], str, tuple[str, ...], str, tuple[float, ...]
]


def _class_key(p: PrinterView) -> _ClassKey:
    """Printers with equal keys are interchangeable; None becomes -1 / "" to sort."""
    nozzle = round(p.nozzle_diameter, 3) if p.nozzle_diameter is not None else -1.0
    tags = tuple(sorted(p.tags))
    colour = (p.spool.colour if p.spool else None) or ""
    machine = tuple(-1.0 if v is None else float(v)
                    for v in (p.filament_diameter, p.tool_count, p.max_bed_c))  # fmt: skip
    return (
        p.firmware, p.profile, nozzle, p.material or "", p.build_volume, p.site or "", tags,
        colour, machine,
    )  # fmt: skip


class _Fleet:
    """Free printers grouped by capability class, each class popped in key order."""

    def __init__(self, printers: Iterable[PrinterView], power: PowerPlan | None = None) -> None:
        self._circuit_of = power.circuit_of if power is not None else {}
        self._start_w = power.start_w if power is not None else {}
        self._headroom = power.headroom() if power is not None else {}  # spent this round
        groups: dict[_ClassKey, list[PrinterView]] = defaultdict(list)
        self.by_key: dict[str, PrinterView] = {}
        for p in printers:
            if p.available:
                groups[_class_key(p)].append(p)
                self.by_key[p.key] = p
        # Smallest build volume first: a small job should not take the only big printer.
        keys = sorted(groups, key=lambda k: (k[4][0] * k[4][1] * k[4][2], k))
        self.classes = [sorted(groups[k], key=lambda p: p.key, reverse=True) for k in keys]
        # One member of each class stands for it: classes empty as printers are taken.
        self._heads = [c[0] for c in self.classes]
        self.class_of = {p.key: i for i, c in enumerate(self.classes) for p in c}
        self.taken: set[str] = set()
        self.free = len(self.by_key)
        self._matching: dict[Requirements, list[int]] = {}

    def _candidates(self, req: Requirements) -> list[int]:
        found = self._matching.get(req)
        if found is None:
            found = [i for i, head in enumerate(self._heads) if not mismatches(req, head)]
            found.reverse()  # popped from the end: best class last
            self._matching[req] = found
        return found

    def take(self, req: Requirements, grams: float | None = None) -> PrinterView | None:
        """A free printer for a job of `req` using `grams` of filament, or None."""
        if req.printer is not None:
            return self._take_explicit(req, grams)
        # Extents differ per job; match classes without them (shared by many jobs), then
        # check the fit per class, smallest fitting volume first. Provenance matches nothing.
        plain = req.extents is None and not req.provenance
        base = req if plain else req.model_copy(update={"extents": None, "provenance": {}})
        candidates = self._candidates(base)
        for position in range(len(candidates) - 1, -1, -1):
            members = self.classes[candidates[position]]
            while members and members[-1].key in self.taken:
                members.pop()  # taken by an explicit request earlier
            if not members or (req.extents and not _fits(req.extents, members[-1])):
                continue
            printer = self._pop_fed(members, grams)
            if printer is None:
                continue
            self._mark(printer)
            return printer
        while candidates and not self.classes[candidates[-1]]:
            candidates.pop()  # used up, for every requirement: keep later scans short
        return None

    def _pop_fed(self, members: list[PrinterView], grams: float | None) -> PrinterView | None:
        """The last member whose spool holds `grams` (a class shares material and colour,
        not the grams left), taken out of the class."""
        for i in range(len(members) - 1, -1, -1):
            member = members[i]
            if member.key in self.taken:
                continue
            if not self._powered(member.key):
                del members[i]  # headroom only shrinks within a round: out for good
                continue
            if not too_short(member.spool, grams):
                return members.pop(i)
        return None

    def _powered(self, key: str) -> bool:
        """A start on `key` fits its circuit's headroom (no circuit: no limit)."""
        circuit = self._circuit_of.get(key)
        return circuit is None or self._start_w[key] <= self._headroom[circuit]

    def _take_explicit(self, req: Requirements, grams: float | None) -> PrinterView | None:
        printer = self.by_key.get(req.printer or "")
        if printer is None or printer.key in self.taken or mismatches(req, printer):
            return None
        if too_short(printer.spool, grams) or not self._powered(printer.key):
            return None
        self._mark(printer)
        return printer

    def _mark(self, printer: PrinterView) -> None:
        self.taken.add(printer.key)
        self.free -= 1
        circuit = self._circuit_of.get(printer.key)
        if circuit is not None:
            self._headroom[circuit] -= self._start_w[printer.key]


def dispatch(
    queue: Iterable[QueuedJob],
    fleet: Iterable[PrinterView],
    *,
    running: Mapping[str, int] | None = None,
    power: PowerPlan | None = None,
) -> list[Assignment]:
    """Assign queued jobs to available, capable printers; at most one job per printer.

    `running` counts the jobs each submitter already has printing or assigned (for
    fairness); `power`: the sites' circuits, whose budgets the starts must fit.
    Returns assignments in dispatch order; jobs left out stay queued.
    """
    return dispatch_ordered(order_queue(queue, running), fleet, power)


def dispatch_ordered(
    ordered: Iterable[QueuedJob], fleet: Iterable[PrinterView], power: PowerPlan | None = None
) -> list[Assignment]:
    """`dispatch` for a queue already in dispatch order (see `order_queue`).

    `ordered` is consumed lazily and only until the free printers run out, so a caller
    that keeps its queue ordered between rounds (the running coordinator's backlog)
    pays for the jobs it places, not for the whole queue."""
    free = _Fleet(fleet, power)
    out: list[Assignment] = []
    if free.free == 0:
        return out
    for job in ordered:
        assignment = _place(free, job)
        if assignment is not None:
            out.append(assignment)
            if free.free == 0:
                break
    return out


def _place(free: _Fleet, job: QueuedJob) -> Assignment | None:
    """A free printer for `job`: by its requirements, or by its variants' in turn."""
    if not job.variants:
        printer = free.take(job.requirements, job.filament_g)
        return None if printer is None else Assignment(job.job_id, printer.key)
    for index, req in enumerate(job.variants):
        printer = free.take(req, job.filament_g)
        if printer is not None:
            return Assignment(job.job_id, printer.key, index)
    return None


# The requirements model lives in coordinator/requirements.py; named here too for the
# modules that import it beside the dispatcher.
__all__ = [
    "ANYTHING", "NOZZLE_TOLERANCE_MM", "VOLUME_TOLERANCE_MM", "Assignment", "Extents",
    "PrinterView", "QueuedJob", "Requirements", "dispatch", "dispatch_ordered",
    "mismatch_fields", "mismatches", "order_queue", "unavailable_reasons",
]  # fmt: skip
