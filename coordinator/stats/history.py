"""The farm's history over the last N days, from its runs (pure: runs, days and `now` in,
one model out): each printer's share of each day spent printing, the jobs that ended each
day by outcome, failures by cause, and each member's print hours and filament.

Days are calendar days in the caller's time zone (UTC by default). A printer's
utilisation is its printing time inside the day (pauses out, runs clipped to the day's
bounds) over the part of the day that has passed: today counts up to `now`.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from coordinator.service.job_metrics import failure_cause
from coordinator.stats.runs import Run
from coordinator.store import JobState

MAX_DAYS = 366


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PrinterUtilisation(_Out):
    printer: str
    printing_s: list[float]  # per day, aligned with `HistoryOut.days`
    utilisation: list[float]  # 0..1 per day: printing time over the day's elapsed time


class DayOutcomes(_Out):
    day: date
    done: int
    failed: int  # failed or interrupted (the printer or its agent vanished mid-print)
    cancelled: int


class CauseCount(_Out):
    cause: str  # one of coordinator/service/job_metrics.py CAUSES
    count: int


class MemberUsage(_Out):
    member: str
    jobs_done: int
    jobs_failed: int  # failed or interrupted
    print_hours: float  # printing time of the member's done jobs (pauses out)
    filament_g: float  # the analysis' estimate of the done jobs that had one
    without_estimate: int  # done jobs whose file gave no filament estimate


class HistoryOut(_Out):
    tz: str
    days: list[date]  # oldest first; the last is today
    since: float  # start of the first day (Unix s)
    until: float  # `now`
    utilisation: list[PrinterUtilisation]
    outcomes: list[DayOutcomes]
    causes: list[CauseCount]  # most first
    members: list[MemberUsage]  # most print hours first


def day_bounds(days: int, tz: ZoneInfo, now: float) -> tuple[list[date], list[float]]:
    """The last `days` calendar days in `tz` (today last) and their `days + 1` bounds."""
    today = datetime.fromtimestamp(now, tz).date()
    dates = [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
    nxt = dates[-1] + timedelta(days=1)
    bounds = [datetime(d.year, d.month, d.day, tzinfo=tz).timestamp() for d in [*dates, nxt]]
    return dates, bounds


def history(
    runs: Iterable[Run], printers: Iterable[str], days: int, tz: ZoneInfo, now: float
) -> HistoryOut:
    dates, bounds = day_bounds(days, tz, now)
    runs = list(runs)
    return HistoryOut(
        tz=str(tz.key),
        days=dates,
        since=bounds[0],
        until=now,
        utilisation=_utilisation(runs, printers, bounds, now),
        outcomes=_outcomes(runs, dates, bounds),
        causes=_causes(runs, bounds[0]),
        members=_members(runs, bounds[0]),
    )


def _utilisation(
    runs: list[Run], printers: Iterable[str], bounds: list[float], now: float
) -> list[PrinterUtilisation]:
    days = len(bounds) - 1
    per: dict[str, list[float]] = {key: [0.0] * days for key in printers}
    for run in runs:
        seconds = per.setdefault(run.printer_key, [0.0] * days)
        for start, end in run.printing:
            _spread(seconds, bounds, start, now if end is None else min(end, now))
    elapsed = [max(0.0, min(bounds[i + 1], now) - bounds[i]) for i in range(days)]
    return [
        PrinterUtilisation(
            printer=key,
            printing_s=[round(s, 1) for s in seconds],
            utilisation=[
                round(s / e, 4) if e > 0 else 0.0 for s, e in zip(seconds, elapsed, strict=True)
            ],
        )
        for key, seconds in sorted(per.items())
    ]


def _spread(seconds: list[float], bounds: list[float], start: float, end: float) -> None:
    """Add [start, end) to each day it overlaps, clipped to the day's bounds."""
    start, end = max(start, bounds[0]), min(end, bounds[-1])
    i = max(0, bisect.bisect_right(bounds, start) - 1)
    while start < end and i < len(seconds):
        piece_end = min(end, bounds[i + 1])
        seconds[i] += max(0.0, piece_end - start)
        start, i = piece_end, i + 1


def _day(bounds: list[float], ts: float) -> int | None:
    i = bisect.bisect_right(bounds, ts) - 1
    return i if 0 <= i < len(bounds) - 1 else None


def _outcomes(runs: list[Run], dates: list[date], bounds: list[float]) -> list[DayOutcomes]:
    counts: list[Counter[str]] = [Counter() for _ in dates]
    for run in runs:
        i = None if run.ended_at is None else _day(bounds, run.ended_at)
        if i is not None and run.outcome is not None:
            counts[i][_kind(run.outcome)] += 1
    return [
        DayOutcomes(day=d, done=c["done"], failed=c["failed"], cancelled=c["cancelled"])
        for d, c in zip(dates, counts, strict=True)
    ]


def _kind(outcome: JobState) -> str:
    return "failed" if outcome is JobState.INTERRUPTED else str(outcome)


def _ended_since(runs: list[Run], since: float) -> list[Run]:
    return [r for r in runs if r.ended_at is not None and r.ended_at >= since]


def _causes(runs: list[Run], since: float) -> list[CauseCount]:
    counts: Counter[str] = Counter()
    for run in _ended_since(runs, since):
        assert run.outcome is not None
        cause = failure_cause(run.outcome, run.message)  # the metrics' own classifier
        if cause is not None:
            counts[cause] += 1
    return [
        CauseCount(cause=c, count=n) for c, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))
    ]


def _members(runs: list[Run], since: float) -> list[MemberUsage]:
    acc: dict[str, Counter[str]] = defaultdict(Counter)
    grams: dict[str, float] = defaultdict(float)
    seconds: dict[str, float] = defaultdict(float)
    for run in _ended_since(runs, since):
        member = acc[run.submitter]
        if run.outcome is JobState.DONE:
            member["done"] += 1
            seconds[run.submitter] += run.printed_s(run.ended_at or 0.0)
            if run.filament_g is None:
                member["unknown"] += 1
            else:
                grams[run.submitter] += run.filament_g
        elif run.outcome in (JobState.FAILED, JobState.INTERRUPTED):
            member["failed"] += 1
    rows = [
        MemberUsage(
            member=name, jobs_done=c["done"], jobs_failed=c["failed"],
            print_hours=round(seconds[name] / 3600, 6), filament_g=round(grams[name], 1),
            without_estimate=c["unknown"],
        )
        for name, c in acc.items()
    ]  # fmt: skip
    return sorted(rows, key=lambda m: (-m.print_hours, m.member))
