"""What a farm's history means to people: events in, messages out. Pure: no I/O.

Each `Notice` has a key that names the event it tells of (the history row's id, or a
printer's going offline), so that it is claimed for delivery once, whoever polls.
"""

from __future__ import annotations

from dataclasses import dataclass

from coordinator.store import EventRecord, JobRecord, JobState, PrinterRecord

_ENDINGS = frozenset({"done", "failed", "cancelled", "interrupted"})


@dataclass(frozen=True, slots=True)
class Notice:
    key: str
    title: str
    body: str
    user: str | None  # the job's submitter, told on their own URLs (None: nobody)
    farm: bool = True  # the farm's URLs (operators) are told too


def _label(job: JobRecord) -> str:
    return f"{job.name} (job {job.id})"


def from_event(event: EventRecord, job: JobRecord | None, bed_to_clear: bool) -> list[Notice]:
    """The notices of one history row (`job`: its job now; `bed_to_clear`: the job's
    printer waits for a person, as the store says)."""
    if job is None:
        return []
    owner = job.submitter or None
    where = job.printer_key or "?"
    notices = []
    if event.kind == "done":
        notices.append(
            Notice(
                f"event:{event.id}",
                f"Printed: {job.name}",
                f"{_label(job)} finished on {where}.",
                owner,
            )
        )
    elif event.kind in ("failed", "interrupted"):
        cause = str(event.detail.get("message") or job.message or "no cause given")
        notices.append(
            Notice(
                f"event:{event.id}",
                f"Failed: {job.name}",
                f"{_label(job)} {event.kind} on {where}: {cause}",
                owner,
            )
        )
    elif event.kind == "submitted" and job.state is JobState.NEEDS_APPROVAL:
        notices.append(
            Notice(
                f"approval:{event.id}",
                f"Waiting for approval: {job.name}",
                f"{_label(job)} by {job.submitter or '?'} waits for an operator's "
                f"approval: {job.message}",
                owner,
            )
        )
    if event.kind in _ENDINGS and bed_to_clear and job.printer_key is not None:
        notices.append(
            Notice(
                f"bed:{event.id}",
                f"Clear the bed of {where}",
                f"{where} waits for a person to clear its bed after {_label(job)}.",
                None,
            )
        )
    return notices


def offline(printer: PrinterRecord, now: float) -> Notice:
    """A printer offline for long (keyed by when it went: told once per absence)."""
    minutes = (now - printer.last_seen) / 60
    return Notice(
        f"offline:{printer.key}:{int(printer.last_seen)}",
        f"Offline: {printer.key}",
        f"{printer.key} has been offline for {minutes:.0f} min.",
        None,
    )
