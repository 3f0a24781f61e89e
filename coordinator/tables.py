"""Rich tables of jobs and printers (the CLI and the demo's live view)."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from coordinator.views import JobOut, PrinterOut

STATE_STYLE = {
    "idle": "green",
    "printing": "cyan",
    "paused": "yellow",
    "finishing": "cyan",
    "error": "red",
    "offline": "dim",
    "connecting": "dim",
    "queued": "white",
    "needs_approval": "yellow",
    "assigned": "blue",
    "done": "green",
    "failed": "red",
    "cancelled": "yellow",
    "interrupted": "magenta",
}


def _styled(state: str) -> str:
    style = STATE_STYLE.get(state, "white")
    return f"[{style}]{state}[/]"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _percent(progress: float | None) -> str:
    return f"{progress * 100:5.1f}%" if progress is not None else ""


def printers_table(printers: list[PrinterOut], title: str = "printers") -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("printer", "state", "bed", "job", "progress", "temperatures", "ETA"):
        table.add_column(column, no_wrap=True)
    for p in printers:
        bed = "[red]held[/]" if p.held else ("clear" if p.bed_clear else "[yellow]to clear[/]")
        temps = (
            "—"
            if p.temperatures is None
            else "  ".join(
                f"{name} {t.actual:.0f}" + (f"/{t.target:.0f}" if t.target else "")
                for name, t in sorted(p.temperatures.items())
            )
        )
        table.add_row(
            p.key,
            _styled(p.state),
            bed,
            p.job_id or "",
            _percent(p.progress),
            temps,
            _duration(p.remaining_s),
        )
    return table


def _why(job: JobOut) -> str:
    """A job's message; a waiting job's reason first."""
    if job.waiting is None:
        return job.message
    why = f"[dim]waiting:[/] {escape(job.waiting.message)}"
    extra = job.message and job.message != job.waiting.message  # approval: the same text
    return f"{why} ({escape(job.message)})" if extra else why


def jobs_table(jobs: list[JobOut], title: str = "jobs") -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("job", "name", "state", "prio", "printer", "progress", "message"):
        table.add_column(column, no_wrap=column != "message")
    for j in jobs:
        table.add_row(
            j.id,
            j.name,
            _styled(j.state),
            str(j.priority),
            j.printer_key or "",
            _percent(j.progress),
            _why(j),
        )
    return table
