"""Power budgets: what each site's circuits draw now, and which starts still fit (pure).

A printer on a circuit draws, by phase (its firmware profile's `[power]`, or its
placement's override):
- HEATING: `heat_up_w`, from the moment a job is assigned to it until the printer
  reports every heater that has a target within `REACHED_WITHIN_C` of it (the start
  G-code's M190/M109 are done). A print that has set no target yet is still heating.
- PRINTING: `printing_w` once heated, and while paused or finishing (heaters may be on).
- IDLE: `idle_w` otherwise (an offline printer with no job included).
A circuit's planned draw is the sum over its printers; a start that would take it over
the circuit's budget waits (the dispatcher gets a `PowerPlan`; explain.py words it).

Every coordinator sharing a database computes the same plan: sites come from the store,
phases from the jobs the store holds and the states every agent publishes to all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from agent.profiles import PowerDraw, ProfileError, load_profile
from agent.wire import PrinterStateName, Temperature
from coordinator.sites.models import Site

REACHED_WITHIN_C = 3.0
DEFAULT_DRAW = PowerDraw()


class Phase(StrEnum):
    IDLE = "idle"
    HEATING = "heating"
    PRINTING = "printing"


@cache
def profile_draw(profile: str) -> PowerDraw:
    """The typical draw of a firmware profile by name (a default for unknown names)."""
    try:
        return load_profile(profile.casefold()).power
    except ProfileError:
        return DEFAULT_DRAW


def heated(temperatures: Mapping[str, Temperature]) -> bool:
    """Every heater with a target has reached it (and at least one has a target)."""
    targets = [t for t in temperatures.values() if t.target]
    return bool(targets) and all(t.actual >= (t.target or 0) - REACHED_WITHIN_C for t in targets)


_HOLDING = frozenset({PrinterStateName.PAUSED, PrinterStateName.FINISHING})


def phase_of(
    state: PrinterStateName, has_job: bool, temperatures: Mapping[str, Temperature]
) -> Phase:
    """The phase of a printer in `state`; `has_job`: the store holds an active job for it."""
    if state is PrinterStateName.PRINTING:
        return Phase.PRINTING if heated(temperatures) else Phase.HEATING
    if state in _HOLDING:
        return Phase.PRINTING
    if has_job:  # assigned, start in flight (idle), or its agent away mid-print
        return Phase.HEATING if state is PrinterStateName.IDLE else Phase.PRINTING
    return Phase.IDLE


@dataclass(frozen=True, slots=True)
class PrinterPower:
    """One printer as the power plan sees it."""

    key: str
    wire_site: str | None  # the `site` its agent reports
    phase: Phase
    draw: PowerDraw  # its profile's (a placement's override wins)

    @property
    def watts(self) -> int:
        if self.phase is Phase.HEATING:
            return self.draw.heat_up_w
        return self.draw.printing_w if self.phase is Phase.PRINTING else self.draw.idle_w


@dataclass(frozen=True, slots=True)
class CircuitLoad:
    site_id: str
    circuit_id: str
    budget_w: int
    printers: tuple[PrinterPower, ...]

    @property
    def key(self) -> str:
        return f"{self.site_id}/{self.circuit_id}"

    @property
    def planned_w(self) -> int:
        return sum(p.watts for p in self.printers)

    @property
    def heating(self) -> int:
        return sum(1 for p in self.printers if p.phase is Phase.HEATING)


class SiteIndex:
    """Which site a printer is at: an explicit placement wins, else its agent's `site`."""

    def __init__(self, sites: Iterable[Site]) -> None:
        self.sites = sorted(sites, key=lambda s: s.id)
        self.by_id = {s.id: s for s in self.sites}
        self.placed = {p.printer: (s, p) for s in self.sites for p in s.printers}

    def site_of(self, key: str, wire_site: str | None) -> Site | None:
        placed = self.placed.get(key)
        if placed is not None:
            return placed[0]
        return self.by_id.get(wire_site) if wire_site is not None else None

    def draw_of(self, key: str, profile_draw: PowerDraw) -> PowerDraw:
        placed = self.placed.get(key)
        override = placed[1].power if placed is not None else None
        return override or profile_draw


def circuit_loads(index: SiteIndex, printers: Iterable[PrinterPower]) -> list[CircuitLoad]:
    """Every circuit of every site with the printers on it (a placement's power
    override applied), in site then circuit order."""
    members: dict[tuple[str, str], list[PrinterPower]] = {}
    for printer in printers:
        site = index.site_of(printer.key, printer.wire_site)
        circuit = site.circuit_of(printer.key) if site is not None else None
        if site is None or circuit is None:
            continue
        draw = index.draw_of(printer.key, printer.draw)
        member = PrinterPower(printer.key, printer.wire_site, printer.phase, draw)
        members.setdefault((site.id, circuit), []).append(member)
    return [
        CircuitLoad(s.id, c.id, c.watts, tuple(sorted(members.get((s.id, c.id), []), key=_by_key)))
        for s in index.sites
        for c in s.circuits
    ]


def _by_key(p: PrinterPower) -> str:
    return p.key


@dataclass(frozen=True, slots=True)
class PowerPlan:
    """What the dispatcher needs: each printer's circuit, what a start adds to it, and
    each circuit's headroom. Printers on no circuit are not limited."""

    loads: Mapping[str, CircuitLoad] = field(default_factory=dict)  # by circuit key
    circuit_of: Mapping[str, str] = field(default_factory=dict)  # printer key -> circuit key
    start_w: Mapping[str, int] = field(default_factory=dict)  # printer key -> watts added

    @classmethod
    def of(cls, loads: Iterable[CircuitLoad]) -> PowerPlan:
        by_key = {c.key: c for c in loads}
        circuit_of = {p.key: c.key for c in by_key.values() for p in c.printers}
        start_w = {p.key: p.draw.heat_up_w - p.watts for c in by_key.values() for p in c.printers}
        return cls(by_key, circuit_of, start_w)

    def headroom(self) -> dict[str, int]:
        """Watts left per circuit (a fresh dict: a dispatch round spends it)."""
        return {k: c.budget_w - c.planned_w for k, c in self.loads.items()}

    def blocks_any(self, keys: Iterable[str]) -> bool:
        """A start on one of `keys` would exceed its circuit's budget now."""
        return bool(self.loads) and any(self.blocked(k) for k in keys)

    def blocked(self, key: str) -> str | None:
        """Why a start on `key` would exceed its circuit's budget now (None: it fits)."""
        circuit = self.circuit_of.get(key)
        if circuit is None:
            return None
        load = self.loads[circuit]
        need = self.start_w[key]
        if load.planned_w + need <= load.budget_w:
            return None
        heat_up = next(p.draw.heat_up_w for p in load.printers if p.key == key)
        return (
            f"power budget: circuit {circuit} at {load.planned_w}/{load.budget_w} W, "
            f"this start needs {heat_up} W"
        )


NO_LIMITS = PowerPlan()
