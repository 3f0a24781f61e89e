"""Jobs scripted into a real store at chosen times, through the store's own transitions
(submit, claim, printing, pauses, end), so the history has the events a farm records."""

from __future__ import annotations

from dataclasses import dataclass

from coordinator.store import JobSpec, JobState, Store

H = 3600.0


@dataclass(frozen=True)
class Scripted:
    printer: str
    start: float  # printing from (Unix s)
    end: float | None  # None: still printing
    outcome: JobState = JobState.DONE
    message: str = ""
    submitter: str = "ann"
    filament_g: float | None = None
    pauses: tuple[tuple[float, float], ...] = ()
    printed: bool = True  # False: ended while assigned, before printing


def ensure_printer(store: Store, key: str) -> None:
    store.upsert_printer(key, online=False, now=0.0)


def script(store: Store, job: Scripted, *, requeue_of: str | None = None) -> str:
    """One run of a job (a new job, or `requeue_of` queued again); its id."""
    ensure_printer(store, job.printer)
    with store.transaction():  # atomic: a running coordinator never sees a stale lease
        if requeue_of is None:
            spec = JobSpec(
                name="part", file_sha256="ab" * 32, file_size=10, file_name="part.gcode",
                submitter=job.submitter, filament_g=job.filament_g,
            )  # fmt: skip
            job_id = store.submit(spec, now=job.start - 120)[0].id
        else:
            job_id = requeue_of
            assert store.requeue(job_id, reason="again", now=job.start - 90)
        claim = store.claim(job_id, job.printer, now=job.start - 60)
        assert claim is not None, f"{job.printer} is not free"
        if job.printed:
            assert store.mark_printing(job_id, claim.fencing_token, now=job.start)
        for paused, resumed in job.pauses:
            assert store.set_paused(job_id, claim.fencing_token, True, now=paused)
            assert store.set_paused(job_id, claim.fencing_token, False, now=resumed)
        if job.end is not None:
            outcome = job.outcome
            assert store.finish(
                job_id, claim.fencing_token, outcome, message=job.message, now=job.end
            )
    return job_id
