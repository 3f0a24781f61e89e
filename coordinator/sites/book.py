"""The sites as a running coordinator sees them, and the power plan of its fleet.

The worker re-reads the sites with the queue (`load`), so coordinators sharing a
database follow each other's changes; the API reads the same book.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from sqlalchemy import select

from coordinator.sites.power import (
    NO_LIMITS,
    PowerPlan,
    PrinterPower,
    SiteIndex,
    circuit_loads,
    phase_of,
    profile_draw,
)
from coordinator.sites.repository import SiteStore
from coordinator.sites.tables import SiteRow
from coordinator.store.schema import ACTIVE_STATES, JobRow

if TYPE_CHECKING:
    from coordinator.service.fleet import FleetView, LivePrinter
    from coordinator.store import Store


def printer_power(v: LivePrinter, active: Collection[str]) -> PrinterPower | None:
    """A live printer's phase and typical draw (None: it has reported no state)."""
    if v.state is None:
        return None
    phase = phase_of(v.state_name, v.key in active, v.temperatures)
    return PrinterPower(v.key, v.state.site, phase, profile_draw(v.state.profile))


class SiteBook:
    def __init__(self, store: Store) -> None:
        self._store = store
        self.repository = SiteStore(store)
        self.index = SiteIndex(())
        self.load()

    def load(self) -> None:
        self.index = SiteIndex(self.repository.list())

    @property
    def limited(self) -> bool:
        """Some site has a circuit (else no start is ever held for power)."""
        return any(s.circuits for s in self.index.sites)

    def shared_plan(self, fleet: FleetView) -> PowerPlan:
        """The dispatcher's plan, inside the worker's transaction: the sites' rows are
        locked first (PostgreSQL; SQLite's writers are serialised already), so
        coordinators sharing the database take turns, and each counts the printers with an
        active job as the store holds them, the others' claims of a moment ago included."""
        if not self.limited:
            return NO_LIMITS
        with self._store.session() as s:
            s.execute(select(SiteRow.id).order_by(SiteRow.id).with_for_update()).all()
            active = s.scalars(
                select(JobRow.printer_key).where(
                    JobRow.state.in_(ACTIVE_STATES), JobRow.printer_key.is_not(None)
                )
            ).all()
        return self.plan(fleet, frozenset(k for k in active if k is not None))

    def plan(self, fleet: FleetView, active: Collection[str]) -> PowerPlan:
        """The power plan of the live fleet; `active`: printers the store holds a job for."""
        index = self.index
        if not self.limited:
            return NO_LIMITS
        live = fleet.snapshot()
        at_sites = (v for v in live if v.state is not None and index.site_of(v.key, v.state.site))
        printers = [p for v in at_sites if (p := printer_power(v, active)) is not None]
        return PowerPlan.of(circuit_loads(index, printers))
