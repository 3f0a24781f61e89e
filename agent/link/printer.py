"""One printer as the wire contract sees it: session snapshots and events -> v1 models.

No I/O and no threads here: the hub (agent/link/hub.py) calls these methods from its one
thread and publishes what they return. Events are returned as drafts, functions of the
sequence number, because the number is only given when the outbox stores the event.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from agent.config import PrinterSection
from agent.session_model import (
    JobOutcome,
    JobResult,
    SessionEvent,
    SessionEventKind,
    SessionSnapshot,
)
from agent.session_model import PrinterState as SessionState
from agent.wire import (
    BuildVolume,
    Capabilities,
    FailureCause,
    FirmwareErrorEvent,
    JobCancelled,
    JobEnded,
    JobFailed,
    JobFinished,
    JobProgress,
    JobProgressed,
    JobStarted,
    PrinterState,
    PrinterStateName,
    PromptEvent,
    StateChanged,
    Telemetry,
    Temperature,
    WireModel,
)

EventDraft = Callable[[int], WireModel]  # seq -> the event


@dataclass(frozen=True, slots=True)
class JobTicket:
    """What the agent knows about a job it started beyond what the session knows."""

    sha256: str
    fencing_token: int


@dataclass(frozen=True, slots=True)
class PrinterFacts:
    """Static facts of a printer (config plus its firmware profile)."""

    dialect: str
    build_volume: BuildVolume
    ejects_parts: bool
    max_bed_c: float | None = None  # the profile's limit


def classify_failure(result: JobResult) -> FailureCause:
    """The wire's cause of a failed or interrupted job, from the session's reason text."""
    if result.outcome is JobOutcome.INTERRUPTED:
        return FailureCause.LINK_LOST
    reason = result.reason.lower()
    if reason.startswith("job file "):  # unreadable, or a line that cannot be framed
        return FailureCause.FILE_ERROR
    if reason.startswith("file line "):  # refused by a check ("firmware" in its words or not)
        return FailureCause.OTHER
    if "emergency stop" in reason:
        return FailureCause.EMERGENCY_STOP
    if any(word in reason for word in ("thermal", "mintemp", "maxtemp", "heating failed")):
        return FailureCause.THERMAL
    if "lost contact" in reason or "serial port lost" in reason:
        return FailureCause.LINK_LOST
    if "halted" in reason or "firmware" in reason:
        return FailureCause.FIRMWARE_ERROR
    return FailureCause.OTHER


def _temperatures(snapshot: SessionSnapshot) -> dict[str, Temperature]:
    """The session's readings that fit the wire's ranges (a broken sensor reads -1000 °C)."""
    out: dict[str, Temperature] = {}
    for name, reading in sorted(snapshot.temperatures.items())[:16]:
        if not (-50.0 <= reading.actual <= 1000.0):
            continue
        target = reading.target
        if target is not None and not (0.0 <= target <= 1000.0):
            target = None
        out[name] = Temperature(actual=reading.actual, target=target)
    return out


@dataclass
class PrinterBridge:
    printer_id: str
    config: PrinterSection
    facts: Callable[[], PrinterFacts]  # read each time: `profile = "auto"` changes on connect
    progress_step: int = 10
    tickets: dict[str, JobTicket] = field(default_factory=dict)  # job id -> ticket
    cancelled_by: dict[str, str] = field(default_factory=dict)  # job id -> command id
    _announced_job: str | None = None  # JobStarted sent for it
    _milestone: int = 0
    _last_state: PrinterStateName | None = None
    _last_state_key: str | None = None
    _last_telemetry_key: str | None = None
    _prompt: str = ""
    last_job: JobEnded | None = None  # the last ending event published, in every state
    _choices: list[str] = field(default_factory=list)

    # -- snapshots -----------------------------------------------------------------------
    def state(self, snapshot: SessionSnapshot) -> PrinterState:
        job = None
        if snapshot.job is not None:
            ticket = self.tickets.get(snapshot.job.job_id)
            job = JobProgress(
                job_id=snapshot.job.job_id,
                file_sha256=ticket.sha256 if ticket else None,
                progress=min(1.0, max(0.0, snapshot.job.fraction)),
                elapsed_s=max(0.0, snapshot.job.elapsed_s),
                remaining_s=_non_negative(snapshot.job.remaining_s),
            )
        error = snapshot.reason[:512] if snapshot.state is SessionState.ERROR else None
        facts = self.facts()
        return PrinterState(
            ts=time.time(),
            state=PrinterStateName(snapshot.state.value),
            job=job,
            temperatures=_temperatures(snapshot),
            capabilities=Capabilities(
                firmware=facts.dialect, firmware_name=snapshot.firmware_name[:128] or None
            ),
            profile=snapshot.profile[:64],
            site=self.config.site,
            tags=self.config.tags,
            material=self.config.material,
            nozzle_diameter=self.config.nozzle_diameter,
            build_volume=facts.build_volume,
            bed_clear=snapshot.bed_clear,
            ejects_parts=facts.ejects_parts,
            error=error or None,
            last_job=self.last_job,
            spool=self.config.spool,
            prints_without_agent=self.config.octoprint is not None,
            filament_diameter=self.config.filament_diameter,
            tool_count=self.config.tool_count,
            max_bed_c=facts.max_bed_c,
        )

    def state_if_changed(
        self, snapshot: SessionSnapshot, force: bool = False
    ) -> PrinterState | None:
        """The snapshot to publish (retained) when anything but temperatures, time and
        sub-percent progress changed since the last one returned; else None."""
        state = self.state(snapshot)
        key = state.model_dump_json(exclude={"ts", "temperatures", "job"})
        if state.job is not None:
            key += f"|{state.job.job_id}|{math.floor(state.job.progress * 100)}"
        if key == self._last_state_key and not force:
            return None
        self._last_state_key = key
        return state

    def telemetry_if_changed(self, snapshot: SessionSnapshot) -> Telemetry | None:
        job = snapshot.job
        telemetry = Telemetry(
            ts=time.time(),
            state=PrinterStateName(snapshot.state.value),
            temperatures=_temperatures(snapshot),
            job_id=job.job_id if job else None,
            progress=min(1.0, max(0.0, job.fraction)) if job else None,
            remaining_s=_non_negative(job.remaining_s) if job else None,
        )
        key = telemetry.model_dump_json(exclude={"ts"})
        if key == self._last_telemetry_key:
            return None
        self._last_telemetry_key = key
        return telemetry

    def adopt(self, job_id: str, ticket: JobTicket) -> None:
        """A job a previous run started and announced, taken over after a restart: its
        end is reported under its ticket, and no second JobStarted is sent."""
        self.tickets[job_id] = ticket
        self._announced_job, self._milestone = job_id, 0

    # -- events --------------------------------------------------------------------------
    def numbered(self, event: WireModel) -> None:
        """An event of this printer got its seq (the hub stores it): a job's ending
        goes into every later snapshot too."""
        if isinstance(event, JobFinished | JobFailed | JobCancelled):
            self.last_job = event

    def poll_events(self, snapshot: SessionSnapshot) -> list[EventDraft]:
        """State transitions and progress milestones seen in a new snapshot."""
        drafts: list[EventDraft] = []
        current = PrinterStateName(snapshot.state.value)
        if self._last_state is not None and current is not self._last_state:
            previous, bed_clear = self._last_state, snapshot.bed_clear
            drafts.append(
                lambda seq: StateChanged(
                    seq=seq, ts=time.time(), previous=previous, current=current, bed_clear=bed_clear
                )
            )
        self._last_state = current
        job = snapshot.job
        if job is not None and job.job_id == self._announced_job:
            drafts += self._milestones(job.job_id, job.fraction * 100, job.remaining_s)
        return drafts

    def _milestones(self, job_id: str, percent: float, remaining: float | None) -> list[EventDraft]:
        reached = int(percent // self.progress_step) * self.progress_step
        drafts: list[EventDraft] = []
        while self._milestone + self.progress_step <= min(reached, 100):
            self._milestone += self.progress_step
            pct, left = self._milestone, _non_negative(remaining)
            drafts.append(partial(_progress, job_id, pct, left))
        return drafts

    def session_event(self, event: SessionEvent, snapshot: SessionSnapshot) -> list[EventDraft]:
        kind = event.kind
        if kind is SessionEventKind.JOB_STARTED and event.job_id is not None:
            return self._job_started(event.job_id)
        if kind is SessionEventKind.JOB_FINISHED and event.result is not None:
            return self._job_ended(event.result)
        if kind in (SessionEventKind.FIRMWARE_ERROR, SessionEventKind.FIRMWARE_RESTARTED):
            fatal = snapshot.state is SessionState.ERROR
            message = event.message[:1024]
            return [
                lambda seq: FirmwareErrorEvent(
                    seq=seq, ts=time.time(), message=message, fatal=fatal
                )
            ]
        if kind is SessionEventKind.HOST_ACTION:
            return self._host_action(event.message)
        return []

    def _job_started(self, job_id: str) -> list[EventDraft]:
        ticket = self.tickets.get(job_id)
        self._announced_job, self._milestone = job_id, 0
        if ticket is None:  # not started through the API: nothing to report it under
            return []
        return [
            lambda seq: JobStarted(
                seq=seq,
                ts=time.time(),
                job_id=job_id,
                file_sha256=ticket.sha256,
                fencing_token=ticket.fencing_token,
            )
        ]

    def _job_ended(self, result: JobResult) -> list[EventDraft]:
        job_id = result.job_id
        drafts: list[EventDraft] = []
        if job_id != self._announced_job or job_id not in self.tickets:
            return drafts
        self._announced_job = None
        token = self.tickets.pop(job_id).fencing_token
        by_command = self.cancelled_by.pop(job_id, None)
        end: Callable[..., WireModel]
        if result.outcome is JobOutcome.DONE:
            drafts += self._milestones(job_id, 100.0, 0.0)
            end = partial(JobFinished, duration_s=max(0.0, result.progress.elapsed_s))
        elif result.outcome is JobOutcome.CANCELLED:
            end = partial(JobCancelled, by_command=by_command)
        else:
            cause, message = classify_failure(result), (result.reason or result.outcome)[:1024]
            end = partial(JobFailed, cause=cause, message=message)
        drafts.append(lambda seq: end(seq=seq, ts=time.time(), job_id=job_id, fencing_token=token))
        return drafts

    def _host_action(self, message: str) -> list[EventDraft]:
        """`prompt_begin`/`prompt_button`/`prompt_choice` gather; `prompt_show` publishes."""
        action, _, argument = message.partition(" ")
        if action == "prompt_begin":
            self._prompt, self._choices = argument, []
        elif action in ("prompt_button", "prompt_choice") and len(self._choices) < 16:
            self._choices.append(argument[:64])
        elif action == "prompt_show":
            text, choices = self._prompt[:1024], tuple(self._choices)
            return [lambda seq: PromptEvent(seq=seq, ts=time.time(), text=text, choices=choices)]
        return []


def _progress(job_id: str, percent: int, remaining: float | None, seq: int) -> WireModel:
    return JobProgressed(
        seq=seq, ts=time.time(), job_id=job_id, percent=percent, remaining_s=remaining
    )


def _non_negative(value: float | None) -> float | None:
    return None if value is None or value < 0 or not math.isfinite(value) else value
