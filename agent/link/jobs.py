"""What the command handler needs from the spool and the journal (see agent/link/spool_jobs.py).

Kept as a small protocol so the MQTT side states exactly what it relies on:
never start a job id twice (even across restarts), and never print a file whose size
and sha256 were not checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from agent.wire import StartJob


class JobFileError(RuntimeError):
    """The job's file could not be fetched or failed verification (the message says why)."""


class JobFileUnreachable(JobFileError):
    """The download failed on the way (network, HTTP): the file may be fine."""


@dataclass(frozen=True, slots=True)
class UnfinishedJob:
    printer: str
    job_id: str
    fencing_token: int | None = None  # the start's, as the journal has it
    sha256: str | None = None


class JobFiles(Protocol):
    def already_started(self, job_id: str) -> bool:
        """True if the journal has ever recorded a start of this job id."""
        ...

    def fetch(self, command: StartJob) -> Path:
        """The verified local file of the job (downloaded if needed); JobFileError if not."""
        ...

    def record_start(self, command: StartJob, printer: str) -> bool:
        """Durably record the start before printing; False if the id was started before."""
        ...

    def record_end(self, job_id: str, outcome: str) -> None:
        """Durably record how a started job ended."""
        ...

    def bed_clear(self, printer: str) -> bool | None:
        """The printer's bed as last recorded; None if never recorded."""
        ...

    def record_bed(self, printer: str, clear: bool, by: str) -> None:
        """Durably record the bed's state (a person cleared it, or the part was ejected)."""
        ...

    def unfinished(self) -> list[UnfinishedJob]:
        """Jobs recorded as started with no end: a previous run of the agent died."""
        ...

    def close(self) -> None:
        """Release the journal (another process may then open it)."""
        ...
