"""JobFiles over the spool and the journal (agent/spool.py, agent/journal.py).

INTERIM: until those land, a minimal stand-in lives here: a download with urllib into
`<data>/spool/<sha256>.gcode` (verified size and sha256) and an append-only JSON-lines
journal of starts and ends, fsynced. It honours the same promises (never print an
unverified file, never start a job id twice), without resume of partial downloads.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import urllib.error
import urllib.request
from pathlib import Path

from agent.config import AgentConfig
from agent.link.jobs import JobFileError, JobFiles, UnfinishedJob
from agent.wire import StartJob

CHUNK = 64 * 1024
DOWNLOAD_TIMEOUT_S = 30.0


class _InterimJobFiles:
    def __init__(self, data_dir: Path) -> None:
        self._spool = data_dir / "spool"
        self._journal_path = data_dir / "journal.jsonl"
        self._lock = threading.Lock()
        self._started: dict[str, str] = {}  # job id -> printer
        self._ended: set[str] = set()
        self._spool.mkdir(parents=True, exist_ok=True)
        if self._journal_path.exists():
            for line in self._journal_path.read_text(encoding="utf-8").splitlines():
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # a torn last line: that record was never acted on
                if record.get("start"):
                    self._started[record["job"]] = record["printer"]
                else:
                    self._ended.add(record["job"])

    def already_started(self, job_id: str) -> bool:
        with self._lock:
            return job_id in self._started

    def fetch(self, command: StartJob) -> Path:
        target = self._spool / f"{command.sha256}.gcode"
        if target.exists() and _digest(target) == (command.size, command.sha256):
            return target
        partial = target.with_suffix(".part")
        try:
            with urllib.request.urlopen(str(command.url), timeout=DOWNLOAD_TIMEOUT_S) as answer:
                with partial.open("wb") as out:
                    while chunk := answer.read(CHUNK):
                        out.write(chunk)
                        if out.tell() > command.size:
                            break
        except (urllib.error.URLError, OSError) as e:
            raise JobFileError(f"download of {command.url} failed: {e}") from e
        size, sha = _digest(partial)
        if (size, sha) != (command.size, command.sha256):
            partial.unlink(missing_ok=True)
            raise JobFileError(
                f"file from {command.url} is {size} bytes with sha256 {sha}, expected "
                f"{command.size} bytes with {command.sha256}"
            )
        os.replace(partial, target)
        return target

    def record_start(self, command: StartJob, printer: str) -> bool:
        with self._lock:
            if command.job_id in self._started:
                return False
            self._append({"start": True, "job": command.job_id, "printer": printer})
            self._started[command.job_id] = printer
            return True

    def record_end(self, job_id: str, outcome: str) -> None:
        with self._lock:
            if job_id in self._ended:
                return
            self._append({"start": False, "job": job_id, "outcome": outcome})
            self._ended.add(job_id)

    def unfinished(self) -> list[UnfinishedJob]:
        with self._lock:
            return [
                UnfinishedJob(printer, job)
                for job, printer in self._started.items()
                if job not in self._ended
            ]

    def _append(self, record: dict[str, object]) -> None:
        with self._journal_path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
            out.flush()
            os.fsync(out.fileno())


def _digest(path: Path) -> tuple[int, str]:
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            sha.update(chunk)
            size += len(chunk)
    return size, sha.hexdigest()


def spool_job_files(config: AgentConfig) -> JobFiles:
    return _InterimJobFiles(config.agent.data_dir)
