"""Why queued jobs wait, for the API: the live fleet as `explain` sees it.

Built once per listing (one snapshot of the fleet, the holds and the printers that hold
an active job), and `explain` runs once per distinct requirements, not once per job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from coordinator.dispatch import PrinterView
from coordinator.explain import FleetMember, WaitKind, WaitReason, explain, nearest
from coordinator.requirements import Requirements
from coordinator.service.fleet import LivePrinter
from coordinator.sites.power import NO_LIMITS, PowerPlan
from coordinator.spools.book import SpoolBook
from coordinator.store import JobRecord, JobState


class WaitingReasons:
    def __init__(
        self,
        live: Iterable[LivePrinter],
        held: frozenset[str],
        busy: frozenset[str],
        to_clear: frozenset[str] = frozenset(),
        spools: SpoolBook | None = None,
        *,
        power: PowerPlan = NO_LIMITS,
    ) -> None:
        """`to_clear`: beds the store keeps locked, whatever their agents say; `spools`:
        the coordinator's records of loaded spools; `power`: the sites' circuits."""
        members = [_member(v, held, busy, to_clear, spools) for v in live if v.state is not None]
        self._fleet = [replace(m, power_wait=power.blocked(m.view.key)) for m in members]
        self._cache: dict[tuple[Requirements, float | None], WaitReason] = {}

    def __call__(self, req: Requirements, grams: float | None = None) -> WaitReason:
        reason = self._cache.get((req, grams))
        if reason is None:
            reason = self._cache[req, grams] = explain(req, self._fleet, grams)
        return reason

    def for_job(self, job: JobRecord) -> WaitReason:
        """Why `job` waits: for a job of several variants, the variant nearest to
        printing (the dispatcher tries them all)."""
        queued = job.as_queued()
        if not queued.variants:
            return self(job.requirements, job.filament_g)
        return nearest([self(req, job.filament_g) for req in queued.variants])


def _member(
    v: LivePrinter,
    held: frozenset[str],
    busy: frozenset[str],
    to_clear: frozenset[str],
    spools: SpoolBook | None,
) -> FleetMember:
    assert v.state is not None
    spool = spools.effective(v.key, v.state.spool) if spools else None
    view = PrinterView.from_state(
        v.agent, v.printer, v.state, online=v.online, assigned=v.key in busy, spool=spool
    )
    if v.key in to_clear:
        view = replace(view, bed_clear=False)
    return FleetMember(view, held=v.key in held, remaining_s=remaining_s(v))


def remaining_s(v: LivePrinter) -> float | None:
    """The running job's time left: the agent's estimate, else from progress so far."""
    if v.remaining_s is not None:
        return v.remaining_s
    progress = v.progress
    job = v.state.job if v.state is not None else None
    if job is None or not progress or job.elapsed_s <= 0:
        return None
    return job.elapsed_s * (1 - progress) / progress


def awaiting_approval(job: JobRecord) -> WaitReason | None:
    """A job over the farm's approval threshold waits for an operator, whatever the
    fleet does; its message says which threshold (set at submit)."""
    if job.state is not JobState.NEEDS_APPROVAL:
        return None
    return WaitReason(kind=WaitKind.AWAITING_APPROVAL, message=job.message)
