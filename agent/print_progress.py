"""Following a print on the terminal: a rich progress bar on a TTY, plain lines otherwise.

rich is imported only for a terminal: a print run under a service manager or a pipe logs
a line per 10 % instead, and the agent stays small (rich costs ~3 MB of a Pi's memory).
"""

from __future__ import annotations

import sys

from agent.session import PrinterSession
from agent.session_model import JobProgress, JobResult

REFRESH_S = 0.2  # the bar's refresh period (a display rate, not a synchronisation)


def follow(session: PrinterSession) -> JobResult:
    """Show progress until the current job ends; returns its result."""
    if sys.stderr.isatty():
        return _follow_with_bar(session)
    return _follow_with_lines(session)


def _job(session: PrinterSession, result: JobResult | None) -> JobProgress | None:
    snap = session.snapshot()
    return snap.job or (result.progress if result else None)


def _follow_with_lines(session: PrinterSession) -> JobResult:
    next_tenth = 1
    while True:
        result = session.wait_for_job(timeout=REFRESH_S)
        job = _job(session, result)
        if job is not None and job.fraction * 10 >= next_tenth:
            next_tenth = int(job.fraction * 10) + 1
            print(
                f"progress {job.fraction:6.1%}  {job.lines_done}/{job.lines_total} lines  "
                f"{job.elapsed_s:.0f} s elapsed",
                file=sys.stderr,
                flush=True,
            )
        if result is not None:
            return result


def _follow_with_bar(session: PrinterSession) -> JobResult:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>5.1f}%  {task.fields[lines]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task("printing", total=1.0, lines="")
        while True:
            result = session.wait_for_job(timeout=REFRESH_S)
            job = _job(session, result)
            if job is not None:
                bar.update(
                    task,
                    completed=job.fraction,
                    description=f"{session.state.value} {job.file_name}",
                    lines=f"{job.lines_done}/{job.lines_total} lines",
                )
            if result is not None:
                return result
