"""Each site's load as the API and the dashboard show it: printers, queue, hours, power.

Pure: built from the sites, a snapshot of the live fleet, the queue's site requirements
and the power plan, at an instant given by the caller.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from agent.wire import PrinterStateName
from coordinator.sites.models import Site
from coordinator.sites.power import PowerPlan, SiteIndex


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CircuitStatus(_Out):
    id: str
    budget_w: int
    planned_w: int  # what its printers draw now, by phase (coordinator/sites/power.py)
    heating: int  # printers heating up on it
    printers: tuple[str, ...]


class SiteStatus(_Out):
    printers: tuple[str, ...]  # every printer at the site (placed or by its `site` tag)
    online: int
    printing: int
    queued: int  # queued jobs that require this site
    open_now: bool
    next_open: datetime | None  # the next opening (now, when open)
    circuits: tuple[CircuitStatus, ...]


class SiteOut(_Out):
    site: Site
    status: SiteStatus


class LiveMember(_Out):
    """What the status needs of one live printer."""

    key: str
    wire_site: str | None
    online: bool
    state: PrinterStateName


def site_statuses(
    index: SiteIndex,
    live: Iterable[LiveMember],
    queued_sites: Counter[str],
    plan: PowerPlan,
    now: datetime,
) -> list[SiteOut]:
    """Every site of `index` with its status at `now` (`queued_sites`: queued jobs per
    required site)."""
    members: dict[str, list[LiveMember]] = {s.id: [] for s in index.sites}
    for member in live:
        site = index.site_of(member.key, member.wire_site)
        if site is not None:
            members[site.id].append(member)
    return [_site_out(s, members[s.id], queued_sites[s.id], plan, now) for s in index.sites]


def _site_out(
    site: Site, live: list[LiveMember], queued: int, plan: PowerPlan, now: datetime
) -> SiteOut:
    keys = sorted({m.key for m in live} | {p.printer for p in site.printers})
    circuits = []
    for circuit in site.circuits:
        load = plan.loads.get(f"{site.id}/{circuit.id}")
        circuits.append(
            CircuitStatus(
                id=circuit.id,
                budget_w=circuit.watts,
                planned_w=load.planned_w if load else 0,
                heating=load.heating if load else 0,
                printers=tuple(p.key for p in load.printers) if load else (),
            )
        )
    status = SiteStatus(
        printers=tuple(keys),
        online=sum(1 for m in live if m.online),
        printing=sum(1 for m in live if m.state is PrinterStateName.PRINTING),
        queued=queued,
        open_now=site.is_open(now),
        next_open=site.next_open(now),
        circuits=tuple(circuits),
    )
    return SiteOut(site=site, status=status)
