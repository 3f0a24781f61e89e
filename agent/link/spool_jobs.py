"""JobFiles over agent/spool.py and agent/journal.py, in the agent's data folder.

    <data_dir>/spool/<sha256>.gcode   verified job files (downloads resume from .part)
    <data_dir>/journal.jsonl          starts and ends of jobs, fsynced; one start per id;
                                      each printer's bed (clear or not)

A stored file is re-verified (size and sha256) right before the print starts, so a file
damaged on disk since its download is never printed.
"""

from __future__ import annotations

import logging
import ssl
import threading
from pathlib import Path

from agent.config import AgentConfig
from agent.journal import JobJournal, JournalError
from agent.link.jobs import JobFileError, JobFiles, JobFileUnreachable, UnfinishedJob
from agent.spool import DownloadError, Spool, SpoolError
from agent.wire import StartJob

log = logging.getLogger(__name__)


class SpoolJobFiles:
    def __init__(self, data_dir: Path, tls: ssl.SSLContext | None = None) -> None:
        self.spool = Spool(data_dir / "spool", tls=tls)
        self.journal = JobJournal(data_dir / "journal.jsonl")
        self._printers: dict[str, str] = {}  # job id -> printer, for record_end
        self._lock = threading.Lock()

    def already_started(self, job_id: str) -> bool:
        return self.journal.started(job_id)

    def fetch(self, command: StartJob) -> Path:
        try:
            self.spool.fetch(str(command.url), command.sha256, command.size)
            return self.spool.verify(command.sha256, command.size).path
        except DownloadError as e:
            raise JobFileUnreachable(str(e)) from e
        except SpoolError as e:
            raise JobFileError(str(e)) from e

    def record_start(self, command: StartJob, printer: str) -> bool:
        with self._lock:
            self._printers[command.job_id] = printer
        return self.journal.record_start(
            command.job_id, printer, sha256=command.sha256, fencing_token=command.fencing_token
        )

    def record_end(self, job_id: str, outcome: str) -> None:
        with self._lock:
            printer = self._printers.pop(job_id, None)
        if printer is None:
            printer = next((e.printer for e in self.journal.unfinished() if e.job_id == job_id), "")
        try:
            self.journal.record_end(job_id, printer, outcome)
        except JournalError as e:  # a job the journal never saw start (started by hand)
            log.warning("%s", e)

    def bed_clear(self, printer: str) -> bool | None:
        return self.journal.bed_clear(printer)

    def record_bed(self, printer: str, clear: bool, by: str) -> None:
        self.journal.record_bed(printer, clear, by)

    def unfinished(self) -> list[UnfinishedJob]:
        return [
            UnfinishedJob(e.printer, e.job_id, e.fencing_token, e.sha256)
            for e in self.journal.unfinished()
        ]

    def close(self) -> None:
        self.journal.close()


def spool_job_files(config: AgentConfig) -> JobFiles:
    try:
        return SpoolJobFiles(config.agent.data_dir, download_context(config))
    except JournalError as e:
        raise JobFileError(str(e)) from e


def download_context(config: AgentConfig) -> ssl.SSLContext | None:
    """The farm's CA (`[broker.tls] ca_file`) also vouches for the coordinator serving
    job files over https (`printfarm certs init` signs both), beside the system's CAs."""
    tls = config.broker.tls
    if tls is None or tls.ca_file is None:
        return None
    context = ssl.create_default_context()
    try:
        context.load_verify_locations(cafile=tls.ca_file)
    except (OSError, ssl.SSLError) as e:
        raise JobFileError(f"[broker.tls] ca_file {tls.ca_file}: {e}") from e
    return context
