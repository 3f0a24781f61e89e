"""A job's runs on printers, rebuilt from the store's own history in one query.

Each claim gives a job a new fencing token, and every store transition records an event
carrying it: `assigned` (with the printer), `printing`, `paused`/`resumed`, and the end
(`done`, `failed`, `cancelled`, `interrupted`, with the message). One run is one token:
where it printed, when it printed (pauses taken out) and how it ended. The times are the
coordinator's own clock when it applied the agent's report; the agent's events (with
their own kinds) are not read here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, select, union

from coordinator.store import JobState, Store
from coordinator.store.schema import ACTIVE_STATES, EventRow, JobRow, PrinterRow

ENDS = frozenset({JobState.DONE, JobState.FAILED, JobState.CANCELLED, JobState.INTERRUPTED})
_ACTIVE = frozenset(str(s) for s in ACTIVE_STATES)
_KINDS = ("assigned", "printing", "paused", "resumed", *(str(s) for s in ENDS))


@dataclass(frozen=True, slots=True)
class Run:
    """One assignment of a job (one fencing token) that ended or is printing."""

    job_id: str
    printer_key: str
    submitter: str
    filament_g: float | None
    printing: tuple[tuple[float, float | None], ...]  # (from, to); to None: still printing
    outcome: JobState | None  # None: not ended yet
    ended_at: float | None
    message: str = ""

    def printed_s(self, now: float) -> float:
        return sum((now if end is None else end) - start for start, end in self.printing)


@dataclass
class _Draft:
    printer_key: str | None = None
    intervals: list[tuple[float, float | None]] = field(default_factory=list)
    outcome: JobState | None = None
    ended_at: float | None = None
    message: str = ""

    def apply(self, kind: str, ts: float, printer_key: str | None, message: str) -> None:
        open_ = bool(self.intervals) and self.intervals[-1][1] is None
        if kind == "assigned":
            self.printer_key = printer_key
        elif kind in ("printing", "resumed") and not open_:
            self.intervals.append((ts, None))
        elif kind == "paused" and open_:
            self.intervals[-1] = (self.intervals[-1][0], ts)
        elif kind in ENDS and self.outcome is None:
            if open_:
                self.intervals[-1] = (self.intervals[-1][0], ts)
            self.outcome, self.ended_at, self.message = JobState(kind), ts, message


def runs_query(since: float) -> Select[Any]:
    """The job events of every job with one since `since`, or active now: the jobs' ids
    first (one set, by the events' time index), then their events (by the job index)."""
    recent = select(EventRow.job_id).where(EventRow.ts >= since, EventRow.kind.in_(_KINDS))
    active = select(JobRow.id).where(JobRow.state.in_(_ACTIVE))
    return (
        select(
            EventRow.job_id, EventRow.kind, EventRow.ts, EventRow.printer_key, EventRow.detail,
            JobRow.submitter, JobRow.filament_g, JobRow.printer_key, JobRow.state,
        )
        .join(JobRow, JobRow.id == EventRow.job_id)
        .where(EventRow.kind.in_(_KINDS), EventRow.job_id.in_(union(recent, active)))
        .order_by(EventRow.job_id, EventRow.id)
    )  # fmt: skip


def load_runs(store: Store, since: float) -> list[Run]:
    """Every run that printed and ended at or after `since`, or is printing now (with
    its whole history, so a run that began before `since` is complete)."""
    drafts: dict[tuple[str, int], _Draft] = {}
    jobs: dict[str, tuple[str, float | None, str | None]] = {}
    active_now: set[str] = set()
    with store.engine.connect() as db:
        for row in db.execute(runs_query(since)):
            job_id, kind, ts, printer_key, detail, submitter, filament_g, job_printer, state = row
            token = _token(detail)
            if token is None:
                continue  # a queued job cancelled, never assigned: no run
            jobs[job_id] = (submitter, filament_g, job_printer)
            if state in _ACTIVE:
                active_now.add(job_id)
            draft = drafts.setdefault((job_id, token), _Draft())
            draft.apply(kind, float(ts), printer_key, str(detail.get("message") or ""))
    return [
        _run(job_id, d, *jobs[job_id])
        for (job_id, _token_), d in drafts.items()
        if _counted(d, since, job_id in active_now)
    ]


def _counted(d: _Draft, since: float, active: bool) -> bool:
    """Ended in the window (printed or not: a job cancelled on its way to the printer
    counts as cancelled), or printing now; an assignment refused and requeued is not."""
    if d.ended_at is not None:
        return d.ended_at >= since
    return bool(d.intervals) and active


def _token(detail: Any) -> int | None:
    token = detail.get("token") if isinstance(detail, dict) else None
    return token if isinstance(token, int) else None


def _run(
    job_id: str, d: _Draft, submitter: str, filament_g: float | None, job_printer: str | None
) -> Run:
    return Run(
        job_id=job_id,
        printer_key=d.printer_key or job_printer or "?",
        submitter=submitter,
        filament_g=filament_g,
        printing=tuple(d.intervals),
        outcome=d.outcome,
        ended_at=d.ended_at,
        message=d.message,
    )


def printer_keys(store: Store) -> list[str]:
    """Every printer the store knows (an idle one shows 0 %)."""
    with store.engine.connect() as db:
        return [str(k) for k in db.execute(select(PrinterRow.key)).scalars()]
