"""A member's submission against the farm's quotas: refused over a hard limit, or put
to wait for an operator's approval over a threshold.

Usage is counted from the member's jobs in the store (queued, awaiting approval, active
and done; cancelled, failed and interrupted ones are not), each with the estimate its
G-code analysis gave at submit. Windows are rolling: the last 7 days for hours, the
last 30 for filament, by the time each job was submitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from coordinator.accounts.tables import UserRow
from coordinator.quotas.settings import QuotaSettings, load_quotas
from coordinator.store import JobRecord, JobSpec, Store
from coordinator.store.schema import ACTIVE_STATES, JobState
from coordinator.store.statements import JOBS

if TYPE_CHECKING:
    from coordinator.intake.models import GcodeAnalysis

WEEK_S = 7 * 86400.0
MONTH_S = 30 * 86400.0
PLA_DENSITY = 1.24  # g/cm³: when neither the slicer nor the material says
WAITING = (JobState.QUEUED, JobState.NEEDS_APPROVAL)
COUNTED = (*WAITING, *ACTIVE_STATES, JobState.DONE)


class QuotaExceededError(RuntimeError):
    """A member's submission over one of the farm's limits (HTTP 429)."""


@dataclass(frozen=True, slots=True)
class Estimate:
    """One copy's estimated print time and filament (None: the analysis cannot tell)."""

    seconds: float | None = None
    grams: float | None = None


@dataclass(frozen=True, slots=True)
class Usage:
    waiting: int  # jobs queued or awaiting approval now
    hours_week: float
    grams_month: float


def estimate_of(analysis: GcodeAnalysis) -> Estimate:
    """The slicer's own figures first (they include heating and acceleration models);
    else the analysis' motion model and the filament it measured."""
    seconds = analysis.slicer.estimated_time_s
    if seconds is None and analysis.estimated_time_s > 0:
        seconds = analysis.estimated_time_s
    grams = analysis.slicer.filament_used_g or analysis.filament_mass_g
    if grams is None and analysis.filament_measured and analysis.filament_volume_mm3 > 0:
        grams = round(analysis.filament_volume_mm3 / 1000 * PLA_DENSITY, 2)
    return Estimate(seconds=seconds, grams=grams)


def submit_limited(store: Store, spec: JobSpec, each: Estimate, now: float) -> list[JobRecord]:
    """Queue a member's jobs if the farm's quotas allow (QuotaExceededError if not), to
    wait for approval if over a threshold. Counting and queueing are one transaction,
    with the member locked, so two coordinators' submits for one member are counted in
    turn: on SQLite every transaction holds the write lock from its start; on PostgreSQL
    the member's user row is locked."""
    with store.transaction():
        _lock_member(store, spec.submitter)
        quotas = load_quotas(store)
        check_limits(quotas, spec.submitter, usage(store, spec.submitter, now), each, spec.copies)
        reason = approval_reason(quotas, each)
        return store.submit(spec.model_copy(update={"approval_reason": reason}), now=now)


def _lock_member(store: Store, username: str) -> None:
    if store.engine.dialect.name == "postgresql":
        member = select(UserRow.username).where(UserRow.username == username)
        with store.session() as s:
            s.execute(member.with_for_update())


def usage(store: Store, submitter: str, now: float) -> Usage:
    """What `submitter` has waiting now, and has submitted in the windows."""
    counted = [str(s) for s in COUNTED]
    waiting = JOBS.c.state.in_([str(s) for s in WAITING])
    week, month = JOBS.c.created_at >= now - WEEK_S, JOBS.c.created_at >= now - MONTH_S
    query = select(
        func.count().filter(waiting),
        func.coalesce(func.sum(JOBS.c.estimated_s).filter(week), 0.0),
        func.coalesce(func.sum(JOBS.c.filament_g).filter(month), 0.0),
    ).where(
        JOBS.c.submitter == submitter,
        JOBS.c.state.in_(counted),
        month | waiting,  # waiting jobs count however old; the sums within their windows
    )
    with store.session() as s:
        queued, seconds, grams = s.execute(query).one()
    return Usage(waiting=int(queued), hours_week=float(seconds) / 3600, grams_month=float(grams))


def check_limits(
    quotas: QuotaSettings, username: str, used: Usage, each: Estimate, copies: int
) -> None:
    """Raise QuotaExceededError, with the numbers, if `copies` more jobs of `each` would
    take `username` over a limit."""
    limit = quotas.max_queued_jobs
    if limit is not None and used.waiting + copies > limit:
        more = f"; {copies} more would be over the limit" if used.waiting < limit else ""
        raise QuotaExceededError(
            f"{username} has {used.waiting} of {limit} jobs queued{more}: wait until one "
            "starts, or cancel one"
        )
    hours = quotas.max_print_hours_per_week
    adds_h = (each.seconds or 0.0) * copies / 3600
    if hours is not None and used.hours_week + adds_h > hours:
        raise QuotaExceededError(
            f"{username} has {_n(used.hours_week)} of {_n(hours)} print hours this week "
            f"(the last 7 days); this submission adds {_n(adds_h)} h"
        )
    grams = quotas.max_filament_g_per_month
    adds_g = (each.grams or 0.0) * copies
    if grams is not None and used.grams_month + adds_g > grams:
        raise QuotaExceededError(
            f"{username} has {_n(used.grams_month, 0)} of {_n(grams, 0)} g of filament this "
            f"month (the last 30 days); this submission adds {_n(adds_g, 0)} g"
        )


def approval_reason(quotas: QuotaSettings, each: Estimate) -> str | None:
    """Why a job of `each` must wait for an operator (None: it need not)."""
    reasons = []
    hours = quotas.approval_over_hours
    if hours is not None and each.seconds is not None and each.seconds / 3600 > hours:
        reasons.append(f"estimated {_n(each.seconds / 3600)} h is over the farm's {_n(hours)} h")
    grams = quotas.approval_over_filament_g
    if grams is not None and each.grams is not None and each.grams > grams:
        reasons.append(
            f"estimated {_n(each.grams, 0)} g of filament is over the farm's {_n(grams, 0)} g"
        )
    if not reasons:
        return None
    return "; ".join(reasons) + ": an operator must approve it"


def _n(value: float, digits: int = 1) -> str:
    """9.5, 8, 120: rounded, without a trailing .0."""
    return f"{round(value, digits):g}"
