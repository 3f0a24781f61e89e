"""An append-only journal of job starts and ends, so no job id is ever started twice,
and of each printer's bed: whether a part may be on it.

One JSON object per line, each line fsynced before the call returns:

    {"ts": 1700000000.0, "kind": "start", "job_id": "b1.2", "printer": "mk3", ...}
    {"ts": 1700003600.0, "kind": "end", "job_id": "b1.2", "printer": "mk3", "outcome": "done"}
    {"ts": 1700003900.0, "kind": "bed", "printer": "mk3", "bed_clear": true, "by": "c-17"}

`record_start` writes the start line *before* the print begins and refuses a job id it
has seen, across restarts. A crash mid-write leaves at most a torn last line, which is
cut off when the journal is next opened. A job with a start and no end was interrupted
by the restart: `unfinished()` lists those for the agent to report.

The bed is physical state, so it is replayed from the same lines: a start means a part
(whole or partial) is on the bed from then on, whatever became of the job; only a `bed`
line (a person's clear, or a printer that ejected its part) says it is clear again.
`bed_clear(printer)` is None for a printer the journal has never seen.

The file is locked (flock) while open, so two agent processes cannot share it.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

log = logging.getLogger(__name__)


class JournalError(Exception):
    """The journal cannot be used; the message says why and what to do."""


class JournalEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ts: float
    kind: Literal["start", "end", "bed"]
    job_id: str = ""  # "" only for "bed"
    printer: str
    sha256: str | None = None
    fencing_token: int | None = None
    outcome: str | None = None  # for "end": done, failed, cancelled, interrupted
    bed_clear: bool | None = None  # for "bed"
    by: str | None = None  # for "bed": the clearing command's id, or "ejected"

    @model_validator(mode="after")
    def _complete(self) -> JournalEntry:
        if self.kind == "bed" and self.bed_clear is None:
            raise ValueError("a bed line needs bed_clear")
        if self.kind != "bed" and not self.job_id:
            raise ValueError(f"a {self.kind} line needs a job_id")
        return self


class JobJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._starts: dict[str, JournalEntry] = {}
        self._ends: dict[str, JournalEntry] = {}
        self._beds: dict[str, bool] = {}  # printer -> bed clear, as of the last line
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("a+b")
        try:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            self._file.close()
            raise JournalError(
                f"{path} is in use by another process: run one agent per journal "
                "(give each agent its own data folder)"
            ) from e
        try:
            self._load()
        except JournalError:
            self._file.close()
            raise

    def close(self) -> None:
        self._file.close()  # releases the lock

    def __enter__(self) -> JobJournal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- queries --------------------------------------------------------------------------
    def started(self, job_id: str) -> bool:
        with self._lock:
            return job_id in self._starts

    def outcome(self, job_id: str) -> str | None:
        with self._lock:
            end = self._ends.get(job_id)
            return end.outcome if end else None

    def unfinished(self) -> list[JournalEntry]:
        """Jobs started but never ended (in start order): interrupted by a restart."""
        with self._lock:
            return [e for j, e in self._starts.items() if j not in self._ends]

    def bed_clear(self, printer: str) -> bool | None:
        """Whether `printer`'s bed is clear; None if the journal never saw the printer."""
        with self._lock:
            return self._beds.get(printer)

    # -- writes ---------------------------------------------------------------------------
    def record_start(
        self,
        job_id: str,
        printer: str,
        *,
        sha256: str | None = None,
        fencing_token: int | None = None,
        now: float | None = None,
    ) -> bool:
        """Durably note that `job_id` starts now; False (and nothing written) if it
        started before, ever. Call this before sending the first line of the print."""
        entry = JournalEntry(
            ts=time.time() if now is None else now,
            kind="start",
            job_id=job_id,
            printer=printer,
            sha256=sha256,
            fencing_token=fencing_token,
        )
        with self._lock:
            if job_id in self._starts:
                return False
            self._append(entry)
            self._starts[job_id] = entry
            self._beds[printer] = False  # from the first line sent, a part is on the bed
            return True

    def record_end(
        self, job_id: str, printer: str, outcome: str, *, now: float | None = None
    ) -> None:
        entry = JournalEntry(
            ts=time.time() if now is None else now,
            kind="end",
            job_id=job_id,
            printer=printer,
            outcome=outcome,
        )
        with self._lock:
            if job_id not in self._starts:
                raise JournalError(f"job {job_id} ends but was never started in {self.path}")
            if job_id in self._ends:
                return  # ended already (e.g. cancel racing the last ok): keep the first
            self._append(entry)
            self._ends[job_id] = entry

    def record_bed(self, printer: str, clear: bool, by: str, *, now: float | None = None) -> None:
        """Durably note the state of `printer`'s bed (a person cleared it: `by` is the
        command's id; or the printer ejected its part: "ejected")."""
        stamp = time.time() if now is None else now
        entry = JournalEntry(ts=stamp, kind="bed", printer=printer, bed_clear=clear, by=by)
        with self._lock:
            self._append(entry)
            self._beds[printer] = clear

    # -- internals ------------------------------------------------------------------------
    def _append(self, entry: JournalEntry) -> None:
        self._file.write(entry.model_dump_json(exclude_none=True).encode() + b"\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def _load(self) -> None:
        self._file.seek(0)
        data = self._file.read()
        # Every write ends with its newline, so a torn write is a fragment after the last
        # newline; a complete line that does not parse is real corruption.
        *complete, fragment = data.split(b"\n")
        for number, line in enumerate(complete, start=1):
            if not line.strip():
                continue
            try:
                entry = JournalEntry.model_validate_json(line)
            except ValidationError as e:
                raise JournalError(
                    f"{self.path} line {number} is corrupt ({e.error_count()} errors); "
                    "move the file aside to start a fresh journal (jobs it knew could then "
                    "be started again)"
                ) from e
            self._index(entry)
        if fragment:
            log.warning("%s: dropping a torn last line (%d bytes)", self.path, len(fragment))
            self._file.truncate(len(data) - len(fragment))
            os.fsync(self._file.fileno())

    def _index(self, entry: JournalEntry) -> None:
        if entry.kind == "bed":
            assert entry.bed_clear is not None  # the model checks it
            self._beds[entry.printer] = entry.bed_clear
            return
        if entry.kind == "start":
            self._beds[entry.printer] = False
        index = self._starts if entry.kind == "start" else self._ends
        index.setdefault(entry.job_id, entry)
