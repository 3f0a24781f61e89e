"""The printer's state machine, without ports, threads or clocks.

`PrinterCore` turns the host protocol's events into printer states, job progress and
session events, and turns commands (print, pause, cancel …) into lines for the protocol.
Time comes in as an argument and output leaves through `take_output`, so the session
around it (agent/session.py) only adds the port, the lock and the threads.

States: offline → connecting → idle → printing ⇄ paused → finishing → idle, and error.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from agent import safety
from agent.console_capture import ConsoleCapture
from agent.handshake import Handshake
from agent.job_stream import HOST_LINE, AckLedger, JobStream, script_context
from agent.profiles import FirmwareProfile, protocol_settings
from agent.protocol import events as ev
from agent.protocol.host import HostProtocol
from agent.session_model import (
    JobOutcome,
    JobResult,
    LinkStats,
    PrinterState,
    SessionError,
    SessionEvent,
    SessionEventKind,
    SessionSnapshot,
    Temperature,
)

TEMPERATURE_POLL_S = 2.0
READY = (PrinterState.IDLE, PrinterState.PRINTING, PrinterState.PAUSED)


class PrinterCore:
    def __init__(
        self,
        profile: FirmwareProfile,
        auto: bool,
        send_window: int | None,
        local_safety: safety.LocalSafety | None = None,
        bed_clear: bool = True,
    ) -> None:
        self._local_safety = local_safety
        self.profile = profile  # also builds the safety checker (see the setter)
        self.state = PrinterState.OFFLINE
        self.reason = ""
        self.last_result: JobResult | None = None
        self.jobs_finished = 0  # counts job ends, so waiters can tell a new one happened
        self.events: list[SessionEvent] = []  # drained by the session, outside its lock
        self._send_window = send_window
        self._handshake = Handshake(auto=auto)
        self._handshaking = False  # lines of a handshake on the open port are in flight
        self.console = ConsoleCapture()  # the firmware's answers to console lines
        self._proto = self._new_protocol()
        self._ledger = AckLedger()
        self._job: JobStream | None = None
        self._temps: dict[str, Temperature] = {}
        self._position: dict[str, float] = {}
        # Physical state the caller may know from before (the agent's journal); only
        # mark_bed_clear (a person) or a printer that ejects its part sets it.
        self._bed_clear = bed_clear
        self._pause_pending = False  # M114 sent; the pause script follows its answer
        self._resume_requested = False  # resume asked for before the pause script went out
        self._next_temp_poll = 0.0
        self._stall_since: float | None = None  # last progress before an ok-timeout
        self._worst_stall_s = 0.0

    @property
    def profile(self) -> FirmwareProfile:
        return self._profile

    @profile.setter
    def profile(self, profile: FirmwareProfile) -> None:
        # The checker follows the profile (auto-detection replaces it after M115).
        self._profile = profile
        self._checker = safety.checker_for(profile, self._local_safety)

    @property
    def checker(self) -> safety.SafetyChecker:
        return self._checker

    # -- views ------------------------------------------------------------------------
    def snapshot(self) -> SessionSnapshot:
        return SessionSnapshot(
            state=self.state,
            reason=self.reason,
            profile=self.profile.name,
            firmware_name=self._handshake.firmware_name,
            temperatures=dict(self._temps),
            job=self._job.progress() if self._job else None,
            last_result=self.last_result,
            bed_clear=self._bed_clear,
        )

    def link_stats(self) -> LinkStats:
        stats = self._proto.stats
        return LinkStats(
            lines_sent=stats.lines_sent,
            lines_resent=stats.lines_resent,
            resend_requests=stats.resend_requests,
            timeouts=stats.timeouts,
            worst_stall_s=round(self._worst_stall_s, 3),
            peak_in_flight=stats.peak_in_flight,
        )

    def next_deadline(self) -> float | None:
        return self._proto.next_deadline()

    # -- connection -------------------------------------------------------------------
    def set_state(self, state: PrinterState, reason: str) -> None:
        if state is not self.state:
            message = f"{state.value}: {reason}" if reason else state.value
            self._emit(SessionEventKind.STATE_CHANGED, message)
        self.state = state
        self.reason = reason

    def open_port(self) -> None:
        """The port is being opened: connecting, and not idle before a fresh handshake."""
        self._handshaking = False
        self.set_state(PrinterState.CONNECTING, "opening port")

    def start_handshake(self) -> None:
        """A fresh conversation on a newly opened port: resync, then identify the firmware."""
        self._handshaking = True
        self._proto = self._new_protocol()
        self._clear_ledger("the printer's connection was reset")
        self._handshake.restart()
        self.set_state(PrinterState.CONNECTING, "handshake")
        self._proto.handshake()
        for line in self._handshake.opening_lines(self.profile):
            self._enqueue_host(line)

    def port_lost(self, reason: str) -> None:
        message = f"serial port lost: {reason}"
        self._finish_job(JobOutcome.INTERRUPTED, message)
        self._temps = {}  # unknown now: old readings would show an unplugged printer heating
        self.set_state(PrinterState.OFFLINE, message)

    # -- commands ---------------------------------------------------------------------
    def start_print(self, path: Path, job_id: str, lines_total: int) -> None:
        if self.state is not PrinterState.IDLE:
            raise SessionError(f"cannot start a print while {self.state}")
        if not self._bed_clear:
            raise SessionError("the bed is not clear: confirm it before the next print")
        self._job = JobStream(job_id, path, lines_total)
        self._bed_clear = False
        self.set_state(PrinterState.PRINTING, "")
        self._emit(SessionEventKind.JOB_STARTED, f"printing {path.name}")
        self._pump()

    def pause(self, reason: str) -> None:
        if self.state is not PrinterState.PRINTING or self._job is None:
            raise SessionError(f"nothing to pause while {self.state}")
        # M114 answers with the planned position: where the nozzle returns to on resume;
        # the pause script (which lifts relative to it) follows once the answer is in.
        self._enqueue_host(self.profile.gcode.query_position)
        self._pause_pending = True
        self.set_state(PrinterState.PAUSED, reason)
        self._emit(SessionEventKind.JOB_PAUSED, reason)

    def resume(self) -> None:
        if self.state is not PrinterState.PAUSED or self._job is None:
            raise SessionError(f"nothing to resume while {self.state}")
        if self._pause_pending:  # the position is not known yet: resume right after it is
            self._resume_requested = True
            return
        self._resume_requested = False
        self._enqueue_script("resume")
        if not self._job.absolute_xyz:
            self._enqueue_host("G91")  # the profile's resume leaves absolute positioning
        self.set_state(PrinterState.PRINTING, "")
        self._emit(SessionEventKind.JOB_RESUMED, "resumed")

    def cancel(self, reason: str) -> None:
        if self._job is None:
            raise SessionError("no job to cancel")
        self._abort_job(JobOutcome.CANCELLED, reason)

    def emergency_stop(self) -> bytes:
        """The out-of-band line to write at once; the printer then needs a reset."""
        self._finish_job(JobOutcome.FAILED, "emergency stop")
        self._drop_unsent("emergency stop")
        self.set_state(PrinterState.ERROR, "emergency stop sent: reset the printer")
        return self._proto.send_emergency(self.profile.gcode.emergency_stop)

    def remote_refusal(self, line: str) -> safety.Refusal | None:
        """Why a line from the network must not be sent (limits, policy), or None."""
        return self._checker.check(line, origin=safety.Origin.REMOTE)

    def send_line(self, line: str) -> int:
        """Queue a console line; its token names its answer (`console`)."""
        if self.state not in (PrinterState.IDLE, PrinterState.PAUSED):
            raise SessionError(f"cannot send G-code while {self.state}")
        refusal = self._checker.check(line, origin=safety.Origin.REMOTE)
        if refusal is not None:
            raise SessionError(str(refusal))
        token = self.console.begin(line)
        self._proto.enqueue(line)
        self._ledger.sent(token)
        self._proto.tap = self.console.received
        return token

    def mark_bed_clear(self) -> None:
        if self.state in (PrinterState.PRINTING, PrinterState.PAUSED):
            raise SessionError("a job is on the bed right now")
        self._bed_clear = True

    # -- I/O --------------------------------------------------------------------------
    def feed(self, data: bytes, now: float) -> None:
        self._handle(self._proto.feed(data, now), now)

    def tick(self, now: float) -> None:
        """Timers: the protocol's ok-timeouts, and temperature polls where needed."""
        self._handle(self._proto.poll(now), now)
        # Firmware with auto-report sends temperatures by itself (M155 in the handshake).
        if self.profile.capabilities.autoreport_temperature or now < self._next_temp_poll:
            return
        self._next_temp_poll = now + TEMPERATURE_POLL_S
        if self.state in READY and self._proto.queued == 0:
            self._enqueue_host(self.profile.gcode.query_temperature)

    def take_output(self, now: float) -> bytes:
        """Top the protocol's queue up from the job, then the bytes it allows on the wire."""
        self._pump()
        return self._proto.take_output(now)

    # -- protocol events --------------------------------------------------------------
    def _handle(self, events: list[ev.Event], now: float) -> None:
        for event in events:
            if isinstance(event, ev.Ack):
                self._on_ack(event, now)
            elif isinstance(event, ev.TemperatureReport):
                self._temps = {
                    name: Temperature(actual=r.actual, target=r.target)
                    for name, r in event.heaters.items()
                }
            else:
                self._on_other(event, now)
        if self.state in (PrinterState.CONNECTING, PrinterState.FINISHING):
            self._after_events()

    def _on_ack(self, ack: ev.Ack, now: float) -> None:
        entry = self._ledger.acked()
        job = self._job
        if ConsoleCapture.is_console(entry):
            assert entry is not None
            self.console.acked(entry, ack.text)
            self._stop_tap()
        elif entry is not None and entry != HOST_LINE and job is not None:
            job.acknowledged(entry)
        if self._stall_since is not None:
            self._worst_stall_s = max(self._worst_stall_s, now - self._stall_since)
            self._stall_since = None

    def _after_events(self) -> None:
        """Advance the states that end when everything sent has been acknowledged."""
        if len(self._ledger) or not self._proto.idle:
            return
        if self.state is PrinterState.CONNECTING and self._handshaking:
            self._handshake_settled()
        elif self.state is PrinterState.FINISHING:
            self._finish_job(JobOutcome.DONE, "")
            self.set_state(PrinterState.IDLE, self.reason)

    def _handshake_settled(self) -> None:
        """Every handshake line is acked: adopt the profile M115 and `Cap:` lines call for."""
        if self._handshake.settled:
            self.set_state(PrinterState.IDLE, "")
            return
        if not self._handshake.firmware_name:
            self.set_state(PrinterState.OFFLINE, "the firmware did not answer M115")
            return
        profile, extra = self._handshake.settle(self.profile)
        old_settings = protocol_settings(self.profile)
        self.profile = profile
        if protocol_settings(profile) != old_settings:
            self._proto = self._new_protocol()
            self._proto.handshake()
        for line in extra:
            self._enqueue_host(line)
        if self._proto.idle and not len(self._ledger) and not self._proto.queued:
            self.set_state(PrinterState.IDLE, "")

    def _on_other(self, event: ev.Event, now: float) -> None:
        if isinstance(event, ev.Timeout):
            if self._stall_since is None:
                self._stall_since = now - self._proto.settings.ok_timeout_s
        elif isinstance(event, ev.PositionReport):
            self._on_position(event)
        elif isinstance(event, ev.FirmwareInfo):
            self._handshake.firmware_name = event.name
        elif isinstance(event, ev.Capability):
            self._handshake.capabilities[event.name] = event.enabled
        elif isinstance(event, ev.FirmwareError):
            self._on_firmware_error(event)
        elif isinstance(event, ev.FirmwareStarted):
            self._on_firmware_restart(event)
        elif isinstance(event, ev.LinkLost):
            self._on_link_lost(event)
        elif isinstance(event, ev.HostAction):
            self._on_host_action(event)

    def _on_position(self, event: ev.PositionReport) -> None:
        self._position = dict(event.axes)
        if self._pause_pending:
            self._pause_pending = False
            self._enqueue_script("pause")
            if self._resume_requested:
                self.resume()

    def _on_firmware_error(self, event: ev.FirmwareError) -> None:
        if event.kind is ev.ErrorKind.RESEND:
            return
        self._emit(SessionEventKind.FIRMWARE_ERROR, event.message)
        if event.kind is ev.ErrorKind.FATAL:
            # The firmware stopped itself (heaters off); there is nothing more to send.
            self._finish_job(JobOutcome.FAILED, f"printer halted: {event.message}")
            self._proto.clear_queue()
            self._clear_ledger(f"printer halted: {event.message}")
            self.set_state(PrinterState.ERROR, event.message)

    def _on_firmware_restart(self, event: ev.FirmwareStarted) -> None:
        if self.state is PrinterState.CONNECTING:
            return
        self._emit(SessionEventKind.FIRMWARE_RESTARTED, f"firmware restarted ({event.text})")
        if self._job is not None:
            line = self._job.last_source_line
            self._finish_job(
                JobOutcome.FAILED,
                f"firmware restarted mid-print near file line {line}; the job was aborted, "
                "not resumed (the printer lost its position and temperatures)",
            )
        self.start_handshake()  # a reset printer forgets line numbers: resync from scratch

    def _on_link_lost(self, event: ev.LinkLost) -> None:
        reason = f"lost contact with the firmware: {event.reason}"
        self._finish_job(JobOutcome.FAILED, reason)
        self._proto = self._new_protocol()
        self._clear_ledger(reason)
        # Best effort to leave the printer safe: resync and send the cancel script.
        self._proto.handshake()
        self._enqueue_script("cancel")
        self.set_state(PrinterState.ERROR, reason)

    def _on_host_action(self, event: ev.HostAction) -> None:
        self._emit(SessionEventKind.HOST_ACTION, f"{event.action} {event.argument}".strip())
        if event.action == "pause" and self.state is PrinterState.PRINTING:
            self.pause("paused by the printer")
        elif event.action == "cancel" and self._job is not None:
            self._abort_job(JobOutcome.CANCELLED, "cancelled by the printer")
        elif event.action == "resume" and self.state is PrinterState.PAUSED:
            self.resume()

    # -- jobs -------------------------------------------------------------------------
    def _pump(self) -> None:
        """Keep the protocol's queue a little ahead of the window with file lines."""
        job = self._job
        try:
            self._fill_queue()
        except (OSError, ValueError) as e:
            # The file could not be read or a line not framed: a failed job with its
            # cause, never a skipped line (the rest would print without it) nor `done`.
            if job is not None and job is self._job:
                where = f"after file line {job.last_source_line}"
                self._abort_job(JobOutcome.FAILED, f"job file unusable {where}: {e}")

    def _fill_queue(self) -> None:
        job = self._job
        if job is None or self.state is not PrinterState.PRINTING:
            return
        low_water = self._proto.window_hint + 1
        while self._proto.queued < low_water:
            command = job.next_command()
            if command is None:
                self.set_state(PrinterState.FINISHING, "")
                self._after_events()  # the last line may be acknowledged already
                return
            try:
                text = self._checker.admit_job_line(command.text)
            except safety.LineRefused as refused:
                message = f"file line {command.source_line}: {refused.refusal}"
                self._emit(SessionEventKind.LINE_REFUSED, message)
                self._abort_job(JobOutcome.FAILED, message)
                return
            self._proto.enqueue(text)
            self._ledger.sent(command.end_offset)

    def _abort_job(self, outcome: JobOutcome, reason: str) -> None:
        """Stop feeding, drop what is not sent yet, run the profile's safe shutdown."""
        self._drop_unsent(reason)
        self._finish_job(outcome, reason)
        self._pause_pending = self._resume_requested = False
        self._enqueue_script("cancel")
        # FINISHING until the cancel script is acknowledged, then IDLE (_after_events).
        self.set_state(PrinterState.FINISHING, reason)

    def _finish_job(self, outcome: JobOutcome, reason: str) -> None:
        job = self._job
        if job is None:
            return
        result = JobResult(
            job_id=job.job_id, outcome=outcome, reason=reason, progress=job.progress()
        )
        self.last_result = result
        self._bed_clear = self.profile.ejects_parts and outcome is JobOutcome.DONE
        self._job = None
        self.jobs_finished += 1
        self._emit(SessionEventKind.JOB_FINISHED, reason or outcome.value, result=result)

    # -- helpers ----------------------------------------------------------------------
    def _new_protocol(self) -> HostProtocol:
        if self._send_window is None:
            return HostProtocol(protocol_settings(self.profile))
        return HostProtocol(protocol_settings(self.profile, window=self._send_window))

    def _clear_ledger(self, why: str) -> None:
        self._ledger.clear()
        self.console.abandon(f"no answer: {why}")
        self._stop_tap()

    def _drop_unsent(self, why: str) -> None:
        """Lines not on the wire yet are dropped (a console line among them gets no ok)."""
        self._ledger.drop_newest(self._proto.clear_queue())
        self.console.abandon(f"no answer: {why}")
        self._stop_tap()

    def _stop_tap(self) -> None:
        if not self.console.listening:
            self._proto.tap = None

    def _enqueue_script(self, which: str) -> None:
        context = script_context(self._job, self._position, self._temps)
        top = self._checker.max_feedrate
        if context.f is not None and context.f > top:  # the file's F, clamped as its lines were
            context = dataclasses.replace(context, f=top)
        for line in self.profile.render(which, context):
            self._enqueue_host(line)

    def _enqueue_host(self, line: str) -> None:
        self._proto.enqueue(line)
        self._ledger.sent(HOST_LINE)

    def _emit(self, kind: SessionEventKind, message: str, result: JobResult | None = None) -> None:
        job_id = result.job_id if result else (self._job.job_id if self._job else None)
        self.events.append(SessionEvent(kind=kind, message=message, job_id=job_id, result=result))
