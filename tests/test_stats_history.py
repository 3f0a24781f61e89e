"""The farm's history computed from a real store (SQLite, then PostgreSQL), over jobs
scripted through the store's own transitions at chosen times.

Four UTC days, 20-23 November 2026, `now` at noon on the 23rd. Printer a/p1 prints a
6 h job on the 21st, then a job from 22:00 that pauses half an hour at 23:00 and fails
(thermal) at 04:00 on the 22nd; a/p2 finishes at 06:00 on the 20th a job begun the
evening before the window, and prints since 09:00 on the 23rd. One job fails on a/p1
(firmware) and, requeued, is done on a/p2; one is cancelled on its way to a/p2 and one
interrupted on a/p1; b/p3 never prints. Each number below is worked out by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from coordinator.stats import HistoryOut, Run, history, load_runs
from coordinator.stats.export import CsvKind, to_csv
from coordinator.stats.history import day_bounds
from coordinator.stats.runs import printer_keys
from coordinator.store import JobSpec, JobState, Store
from tests.helpers.history_jobs import H, Scripted, ensure_printer, script

D20 = datetime(2026, 11, 20, tzinfo=UTC).timestamp()
D21, D22, D23 = D20 + 24 * H, D20 + 48 * H, D20 + 72 * H
NOW = D23 + 12 * H
P1, P2, P3 = "a/p1", "a/p2", "b/p3"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = Store(store_url)
    farm(s)
    yield s
    s.close()


def farm(s: Store) -> None:
    ensure_printer(s, P3)
    script(s, Scripted(P2, D20 - 4 * H, D20 + 6 * H, submitter="ann"))  # from the 19th
    script(s, Scripted(P2, D20 - 30 * H, D20 - 28 * H, submitter="old"))  # before the window
    first = script(s, Scripted(P1, D20 + 10 * H, D20 + 11 * H, JobState.FAILED,
                               "firmware_error: Error:Printer halted", "ann", 5.0))  # fmt: skip
    script(s, Scripted(P2, D20 + 12 * H, D20 + 14 * H, submitter="ann", filament_g=5.0),
           requeue_of=first)  # fmt: skip
    script(s, Scripted(P1, D21 + 6 * H, D21 + 12 * H, submitter="ann", filament_g=20.0))
    script(s, Scripted(P1, D21 + 22 * H, D22 + 4 * H, JobState.FAILED,
                       "thermal: thermal runaway on T0", "bob",
                       pauses=((D21 + 23 * H, D21 + 23.5 * H),)))  # fmt: skip
    script(s, Scripted(P1, D22 + 8 * H, D22 + 9 * H, JobState.INTERRUPTED,
                       "agent-1 went offline", "carol"))  # fmt: skip
    script(s, Scripted(P2, D22 + 10 * H, D22 + 11 * H, JobState.CANCELLED, submitter="bob",
                       printed=False))  # fmt: skip
    queued = s.submit(JobSpec(name="x", file_sha256="cd" * 32, file_size=1, file_name="x.gcode",
                              submitter="dan"), now=D22)[0]  # fmt: skip
    assert s.cancel_queued(queued.id, now=D22 + H)  # never assigned: not in the history
    script(s, Scripted(P2, D23 + 9 * H, None, submitter="bob"))  # printing now


def compute(s: Store, days: int = 4, tz: str = "UTC") -> HistoryOut:
    zone = ZoneInfo(tz)
    since = day_bounds(days, zone, NOW)[1][0]
    return history(load_runs(s, since), printer_keys(s), days, zone, NOW)


def test_utilisation_per_printer_per_day(store: Store) -> None:
    h = compute(store)
    assert h.days == [date(2026, 11, d) for d in (20, 21, 22, 23)]
    util = {p.printer: p.utilisation for p in h.utilisation}
    # a/p1: 1 h (failed run) | 6 h + 1 h before the pause and 30 min after it | 4 h
    # after midnight + 1 h (interrupted) | 0
    assert util[P1] == pytest.approx([1 / 24, 7.5 / 24, 5 / 24, 0], abs=1e-4)
    # a/p2: 6 h of the run begun the day before + 2 h (requeued run) | 0 | cancelled
    # before printing | 3 h of the 12 h of today that have passed
    assert util[P2] == pytest.approx([8 / 24, 0, 0, 0.25], abs=1e-4)
    assert util[P3] == [0, 0, 0, 0]
    seconds = {p.printer: p.printing_s for p in h.utilisation}
    assert seconds[P1][1] == 7.5 * H


def test_a_printer_printing_a_quarter_of_the_day_is_at_25_percent(store: Store) -> None:
    util = {p.printer: p.utilisation for p in compute(store).utilisation}
    assert util[P1][1] - 1.5 / 24 == pytest.approx(0.25, abs=1e-4)  # the 6 h job alone


def test_days_follow_the_time_zone(store: Store) -> None:
    h = compute(store, tz="Europe/Paris")  # UTC+1 in November
    util = {p.printer: p.utilisation for p in h.utilisation}
    # The run of the 19th ends at 07:00 Paris time: 7 h, then 13:00-15:00: 2 h.
    assert util[P2][0] == pytest.approx(9 / 24, abs=1e-4)
    assert h.tz == "Europe/Paris"


def test_jobs_ended_per_day_and_failures_by_cause(store: Store) -> None:
    h = compute(store)
    ended = [(o.done, o.failed, o.cancelled) for o in h.outcomes]
    assert ended == [(2, 1, 0), (1, 0, 0), (0, 2, 1), (0, 0, 0)]
    causes = {c.cause: c.count for c in h.causes}
    assert causes == {"firmware_error": 1, "thermal": 1, "interrupted": 1}


def test_print_hours_and_filament_per_member(store: Store) -> None:
    members = {m.member: m for m in compute(store).members}
    ann = members["ann"]
    # 10 h (begun the 19th) + 2 h (requeued) + 6 h; 5 g + 20 g, one job without estimate
    assert (ann.jobs_done, ann.jobs_failed, ann.print_hours) == (3, 1, 18.0)
    assert (ann.filament_g, ann.without_estimate) == (25.0, 1)
    assert (members["bob"].jobs_done, members["bob"].jobs_failed) == (0, 1)
    assert members["carol"].jobs_failed == 1
    assert "old" not in members
    assert "dan" not in members
    assert next(iter(members)) == "ann"  # most print hours first


def test_a_shorter_window_leaves_out_older_days(store: Store) -> None:
    h = compute(store, days=2)
    assert h.days == [date(2026, 11, 22), date(2026, 11, 23)]
    assert [(o.done, o.failed, o.cancelled) for o in h.outcomes] == [(0, 2, 1), (0, 0, 0)]
    assert {m.member for m in h.members} == {"bob", "carol"}
    assert {c.cause for c in h.causes} == {"thermal", "interrupted"}


def test_two_queries_whatever_the_number_of_jobs(store: Store) -> None:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        compute(store)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 2


def test_csv_tables(store: Store) -> None:
    h = compute(store)
    util = to_csv(h, CsvKind.UTILISATION).splitlines()
    assert util[0] == "day,printer,printing_hours,utilisation_percent"
    assert "2026-11-21,a/p1,7.500,31.25" in util
    assert len(util) == 1 + 3 * 4
    assert to_csv(h, CsvKind.OUTCOMES).splitlines()[3] == "2026-11-22,0,2,1"
    assert "ann,3,1,18.000,25.0,1" in to_csv(h, CsvKind.MEMBERS).splitlines()


def test_a_day_of_25_hours_counts_its_25_hours() -> None:
    """Paris leaves summer time on 25 October 2026: that day lasts 25 h, so a printer
    printing from midnight to midnight is at 100 %, and one printing 12.5 h at 50 %."""
    zone = ZoneInfo("Europe/Paris")
    start = datetime(2026, 10, 25, tzinfo=zone).timestamp()
    end = datetime(2026, 10, 26, tzinfo=zone).timestamp()
    assert end - start == 25 * H
    runs = [
        Run("j1", "a/p1", "ann", None, ((start - H, end + H),), JobState.DONE, end + H),
        Run("j2", "a/p2", "ann", None, ((start, start + 12.5 * H),), JobState.DONE, start + 13 * H),
    ]
    h = history(runs, [], 1, zone, end + 2 * H - 1)  # `now`: still the 26th's first hours
    assert h.days == [date(2026, 10, 26)]
    h = history(runs, [], 2, zone, end + 2 * H)
    util = {p.printer: p.utilisation[0] for p in h.utilisation}
    assert util == {"a/p1": 1.0, "a/p2": 0.5}
