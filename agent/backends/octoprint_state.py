"""What OctoPrint's answers mean for the agent's printer: states, a job's progress and end.

Pure (no I/O, no threads, time passed in), so every rule is testable from tables of
OctoPrint's answers. The backend (agent/backends/octoprint.py) feeds it one Observation
per poll and the commands it carried out; it keeps the serial session's vocabulary
(agent/session_model.py): the same states, events, job results and the same bed rule
(after a job ends the bed is not clear until a person clears it, unless the printer
ejects its parts).

How a job ends, as seen from polls (OctoPrint keeps the finished file selected):
- our file selected, OctoPrint idle, completion 100 %          -> done
- idle after a cancel we asked for                             -> cancelled (our reason)
- idle after it was seen printing, not complete                -> cancelled on OctoPrint
- OctoPrint's printer in error, offline or reconnecting        -> failed, OctoPrint's words
- another file printing                                        -> failed
- never seen printing within START_GRACE_S of the start        -> failed
"""

from __future__ import annotations

from dataclasses import dataclass

from agent.backends.octoprint_api import Observation
from agent.session_model import (
    JobOutcome,
    JobProgress,
    JobResult,
    PrinterState,
    SessionError,
    SessionEvent,
    SessionEventKind,
    SessionSnapshot,
    Temperature,
)

START_GRACE_S = 30.0
ACTIVE = (PrinterState.PRINTING, PrinterState.PAUSED, PrinterState.FINISHING)
_PREFIXES: tuple[tuple[str, PrinterState], ...] = (
    ("offline after error", PrinterState.ERROR),
    ("error", PrinterState.ERROR),
    ("offline", PrinterState.OFFLINE),
    ("closed", PrinterState.OFFLINE),
    ("opening", PrinterState.CONNECTING),
    ("detecting", PrinterState.CONNECTING),
    ("connecting", PrinterState.CONNECTING),
    ("operational", PrinterState.IDLE),
    ("pausing", PrinterState.PAUSED),
    ("paused", PrinterState.PAUSED),
    ("cancelling", PrinterState.FINISHING),
    ("printing", PrinterState.PRINTING),
    ("starting", PrinterState.PRINTING),
    ("resuming", PrinterState.PRINTING),
    ("finishing", PrinterState.PRINTING),
    ("sending", PrinterState.PRINTING),
    ("transferring", PrinterState.PRINTING),
)


def map_state(text: str) -> PrinterState:
    """OctoPrint's state text -> the agent's state (unknown texts: connecting)."""
    lowered = text.strip().lower()
    for prefix, state in _PREFIXES:
        if lowered.startswith(prefix):
            return state
    return PrinterState.CONNECTING


def octoprint_words(observation: Observation) -> str:
    """OctoPrint's own description of its state: the state text and its error, if any."""
    error = observation.error.strip().rstrip(":").strip()
    if error and error not in observation.state_text:
        return f"{observation.state_text}: {error}"
    return observation.state_text


@dataclass
class _Job:
    job_id: str
    file_name: str
    size: int
    started: float | None = None  # when OctoPrint was told to print (None: uploading)
    recovered: bool = False  # started by a previous run of the agent
    seen_active: bool = False
    cancel_reason: str | None = None
    bytes_done: int = 0
    elapsed_s: float = 0.0
    remaining_s: float | None = None

    @property
    def announced(self) -> bool:
        """Whether the job may be shown as the printer's. Not while uploading: a printer
        reporting a job says it started (the coordinator marks it printing), and OctoPrint
        has no such file until the upload is done, nor a print until it takes the start."""
        return self.started is not None or self.recovered

    def progress(self) -> JobProgress:
        return JobProgress(
            job_id=self.job_id, file_name=self.file_name, lines_total=0, lines_done=0,
            bytes_total=self.size, bytes_done=min(self.bytes_done, self.size),
            elapsed_s=self.elapsed_s, remaining_s=self.remaining_s,
        )  # fmt: skip


class OctoPrintTracker:
    def __init__(self, bed_clear: bool, ejects_parts: bool) -> None:
        self.state = PrinterState.OFFLINE
        self.reason = "not connected yet"
        self.temperatures: dict[str, Temperature] = {}
        self.bed_clear = bed_clear
        self.ejects_parts = ejects_parts
        self.last_result: JobResult | None = None
        self.jobs_finished = 0
        self.events: list[SessionEvent] = []  # drained by the backend, outside its lock
        self._job: _Job | None = None

    def snapshot(self, profile: str, firmware_name: str) -> SessionSnapshot:
        return SessionSnapshot(
            state=self.state,
            reason=self.reason,
            profile=profile,
            firmware_name=firmware_name,
            temperatures=dict(self.temperatures),
            job=self._job.progress() if self._job and self._job.announced else None,
            last_result=self.last_result,
            bed_clear=self.bed_clear,
        )

    @property
    def job_id(self) -> str | None:
        return self._job.job_id if self._job else None

    # -- commands ------------------------------------------------------------------------
    def begin(self, job_id: str, file_name: str, size: int) -> None:
        """Reserve the printer for a job whose upload is about to start."""
        if self.state is not PrinterState.IDLE or self._job is not None:
            raise SessionError(f"cannot start a print while {self.state}")
        if not self.bed_clear:
            raise SessionError("the bed is not clear: confirm it before the next print")
        self._job = _Job(job_id, file_name, max(1, size))
        self.bed_clear = False
        self._set_state(PrinterState.PRINTING, "uploading to OctoPrint")

    def started(self, now: float) -> None:
        """OctoPrint accepted the upload and the start."""
        job = self._job
        assert job is not None
        job.started = now
        self.reason = ""
        self._emit(SessionEventKind.JOB_STARTED, f"printing {job.file_name} on OctoPrint")

    def abandon(self, reason: str) -> None:
        """The upload or the start failed: nothing reached the printer, the bed is as it was."""
        self._job = None
        self.bed_clear = True
        self._set_state(PrinterState.IDLE, reason)

    def recover(self, job_id: str, file_name: str) -> None:
        """A job a previous run started: the next observation says what became of it."""
        self._job = _Job(job_id, file_name, 1, recovered=True)
        self.bed_clear = False

    def cancel_requested(self, reason: str) -> None:
        if self._job is None:
            raise SessionError("no job to cancel")
        self._job.cancel_reason = reason
        self._set_state(PrinterState.FINISHING, reason)

    def emergency_stopped(self) -> None:
        self._finish(JobOutcome.FAILED, "emergency stop")
        self._set_state(PrinterState.ERROR, "emergency stop sent: reset the printer")

    def mark_bed_clear(self) -> None:
        if self._job is not None:
            raise SessionError("a job is on the bed right now")
        self.bed_clear = True

    # -- observations --------------------------------------------------------------------
    def unreachable(self, reason: str) -> None:
        """OctoPrint itself did not answer: the print may go on there; the job stays."""
        self.temperatures = {}
        self._set_state(PrinterState.OFFLINE, reason)

    def observe(self, seen: Observation, now: float) -> None:
        state = map_state(seen.state_text)
        self.temperatures = {} if state is PrinterState.OFFLINE else dict(seen.temperatures)
        job = self._job
        if job is not None and (job.started is not None or job.recovered):
            self._follow(job, seen, state, now)
        if self._job is not None and self._job.started is None and not self._job.recovered:
            return  # uploading: the reservation holds
        if self._job is not None and state is PrinterState.IDLE:
            state = PrinterState.PRINTING  # started, not seen printing yet (grace)
        reason = "" if state in (PrinterState.IDLE, *ACTIVE) else octoprint_words(seen)
        if self._job is not None and self._job.cancel_reason is not None:
            state, reason = PrinterState.FINISHING, self._job.cancel_reason
        self._set_state(state, reason)

    def _follow(self, job: _Job, seen: Observation, state: PrinterState, now: float) -> None:
        ours = seen.file_name == job.file_name
        if ours and state in ACTIVE:
            job.seen_active = True
            self._progress(job, seen, now)
        elif state in ACTIVE:
            self._finish(JobOutcome.FAILED, f"OctoPrint is printing another file: {seen.file_name}")
        elif state is PrinterState.IDLE:
            self._ended_idle(job, seen, ours, now)
        elif seen.state_text.lower().startswith(("offline", "closed", "opening", "detecting")):
            # "lost contact": the wire's cause link_lost (agent/link/printer.py)
            words = octoprint_words(seen)
            self._finish(
                JobOutcome.FAILED, f"lost contact with the printer: OctoPrint reports {words}"
            )
        else:  # an error OctoPrint's printer reported (halted, thermal runaway ...)
            self._finish(JobOutcome.FAILED, f"OctoPrint reports {octoprint_words(seen)}")

    def _ended_idle(self, job: _Job, seen: Observation, ours: bool, now: float) -> None:
        if ours and seen.completion is not None and seen.completion >= 100.0:
            self._progress(job, seen, now)
            job.bytes_done, job.remaining_s = job.size, 0.0
            self._finish(JobOutcome.DONE, "")
        elif job.cancel_reason is not None:
            self._finish(JobOutcome.CANCELLED, job.cancel_reason)
        elif job.recovered and not job.seen_active:
            self._finish(
                JobOutcome.INTERRUPTED,
                "the agent restarted and OctoPrint is no longer printing the job "
                f"(it says {octoprint_words(seen)})",
            )
        elif job.seen_active:
            self._finish(JobOutcome.CANCELLED, "cancelled on OctoPrint")
        elif job.started is not None and now - job.started > START_GRACE_S:
            self._finish(
                JobOutcome.FAILED,
                f"OctoPrint did not start the print (it says {octoprint_words(seen)})",
            )

    def _progress(self, job: _Job, seen: Observation, now: float) -> None:
        if seen.size:
            job.size = seen.size
        if seen.filepos is not None:
            job.bytes_done = seen.filepos
        elif seen.completion is not None:
            job.bytes_done = round(job.size * seen.completion / 100.0)
        if seen.print_time_s is not None:
            job.elapsed_s = seen.print_time_s
        elif job.started is not None:
            job.elapsed_s = max(0.0, now - job.started)
        job.remaining_s = seen.time_left_s

    # -- helpers -------------------------------------------------------------------------
    def _finish(self, outcome: JobOutcome, reason: str) -> None:
        job = self._job
        if job is None:
            return
        result = JobResult(
            job_id=job.job_id, outcome=outcome, reason=reason, progress=job.progress()
        )
        self._job = None
        self.last_result = result
        self.bed_clear = self.ejects_parts and outcome is JobOutcome.DONE
        self.jobs_finished += 1
        self._emit(SessionEventKind.JOB_FINISHED, reason or outcome.value, result=result)

    def _set_state(self, state: PrinterState, reason: str) -> None:
        if state is not self.state:
            message = f"{state.value}: {reason}" if reason else state.value
            self._emit(SessionEventKind.STATE_CHANGED, message)
        self.state, self.reason = state, reason

    def _emit(self, kind: SessionEventKind, message: str, result: JobResult | None = None) -> None:
        job_id = result.job_id if result else self.job_id
        self.events.append(SessionEvent(kind=kind, message=message, job_id=job_id, result=result))
