"""A printer session: one printer on one port, its state machine, and the job it prints.

Threads: the transport's reader thread delivers bytes, a ticker thread runs the protocol's
timers, and callers (CLI, MQTT link) issue commands. All three take one lock, so state is
only ever touched by one of them at a time; nothing busy-waits: the ticker sleeps on a
condition until the protocol's next deadline or until someone changes something.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from agent import safety
from agent.gcode_file import count_commands
from agent.handshake import Handshake
from agent.job_stream import HOST_LINE, AckLedger, JobStream, script_context
from agent.profiles import (
    FirmwareProfile,
    load_profile,
    protocol_settings,
)
from agent.protocol import events as ev
from agent.protocol.host import HostProtocol
from agent.session_model import (
    JobOutcome,
    JobResult,
    LinkStats,
    PrinterState,
    SessionEvent,
    SessionEventKind,
    SessionSnapshot,
    Temperature,
)
from agent.transport import SerialTransport, TransportError

Listener = Callable[[SessionEvent], None]
TEMPERATURE_POLL_S = 2.0
TICK_S = 0.25


class SessionConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    port: str  # device path, /dev/serial/by-id/… name, or pyserial URL (socket://host:port)
    baud: int = Field(default=115200, gt=0)
    profile: str = "auto"  # a profile name, or auto: chosen from the M115 answer
    send_window: int | None = Field(default=None, ge=1)  # None: the profile's default
    connect_timeout_s: float = Field(default=15.0, gt=0)
    reconnect: bool = True  # when the port vanishes, wait for it and connect again


class SessionError(RuntimeError):
    """A command the session cannot carry out in its present state (says why)."""


class PrinterSession:
    def __init__(self, config: SessionConfig, listener: Listener | None = None) -> None:
        self.config = config
        self._listener = listener
        auto = config.profile == "auto"
        self._handshake = Handshake(auto=auto)
        self._profile = load_profile("marlin2" if auto else config.profile)
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._state = PrinterState.OFFLINE
        self._reason = ""
        self._proto = self._new_protocol()
        self._ledger = AckLedger()
        self._transport: SerialTransport | None = None
        self._job: JobStream | None = None
        self._job_done = threading.Event()
        self._last_result: JobResult | None = None
        self._pending_events: list[SessionEvent] = []
        self._temps: dict[str, Temperature] = {}
        self._position: dict[str, float] = {}
        self._bed_clear = True
        self._pause_pending = False  # M114 sent; pause script follows the position report
        self._resume_requested = False  # resume asked for before the pause script went out
        self._next_temp_poll = 0.0
        self._closing = False
        self._ticker: threading.Thread | None = None
        self._stall_since: float | None = None  # last progress before an ok-timeout
        self._worst_stall_s = 0.0

    # -- public API -------------------------------------------------------------------
    @property
    def profile(self) -> FirmwareProfile:
        return self._profile

    @property
    def state(self) -> PrinterState:
        return self._state

    def snapshot(self) -> SessionSnapshot:
        with self._lock:
            return SessionSnapshot(
                state=self._state,
                reason=self._reason,
                profile=self._profile.name,
                firmware_name=self._handshake.firmware_name,
                temperatures=dict(self._temps),
                job=self._job.progress() if self._job else None,
                last_result=self._last_result,
                bed_clear=self._bed_clear,
            )

    def connect(self) -> None:
        """Open the port, handshake, pick the profile; returns once the printer is idle."""
        with self._lock:
            self._set_state(PrinterState.CONNECTING, f"opening {self.config.port}")
        transport = SerialTransport(self.config.port, self.config.baud)
        boot = self._profile.connection
        try:
            transport.open()
            # Never insist on `start`: a pty or an already-running board sends none, and
            # a handshake lost to a resetting board is recovered by the protocol's retries.
            transport.wait_for_boot(
                expect_start=False,
                start_line=boot.start_line or "start",
                quiet_s=boot.quiet_s,
                timeout_s=boot.boot_timeout_s,
            )
        except TransportError as error:
            transport.close()
            with self._lock:
                self._set_state(PrinterState.OFFLINE, str(error))
            raise SessionError(str(error)) from error
        with self._lock:
            self._transport = transport
            self._proto = self._new_protocol()
            self._ledger.clear()
            self._handshake.restart()
            self._handshake_locked()
        transport.start_reader(self._on_data, self._on_lost)
        self._ensure_ticker()
        deadline = time.monotonic() + self.config.connect_timeout_s
        with self._lock:
            while self._state is PrinterState.CONNECTING:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._set_state(PrinterState.OFFLINE, "no answer to the handshake")
                    break
                self._wake.wait(left)
            state, reason = self._state, self._reason
        self._flush_events()
        if state is not PrinterState.IDLE:
            transport.close()
            raise SessionError(f"printer on {self.config.port} did not connect: {reason}")

    def start_print(self, path: Path, job_id: str | None = None) -> None:
        lines_total = count_commands(path)
        with self._lock:
            if self._state is not PrinterState.IDLE:
                raise SessionError(f"cannot start a print while {self._state}")
            if not self._bed_clear:
                raise SessionError("the bed is not clear: confirm it before the next print")
            self._job = JobStream(job_id or path.stem, path, lines_total)
            self._job_done.clear()
            self._bed_clear = False
            self._set_state(PrinterState.PRINTING, "")
            self._emit(SessionEventKind.JOB_STARTED, f"printing {path.name}")
            self._pump(time.monotonic())
            self._after_events()  # an empty file is done at once
        self._flush_events()

    def wait_for_job(self, timeout: float | None = None) -> JobResult | None:
        """Block until the current job ends; None on timeout."""
        if not self._job_done.wait(timeout):
            return None
        return self._last_result

    def link_stats(self) -> LinkStats:
        with self._lock:
            stats = self._proto.stats
            return LinkStats(
                lines_sent=stats.lines_sent,
                lines_resent=stats.lines_resent,
                resend_requests=stats.resend_requests,
                timeouts=stats.timeouts,
                worst_stall_s=round(self._worst_stall_s, 3),
            )

    def wait_for_state(self, states: set[PrinterState], timeout: float) -> PrinterState:
        """Block until the state is one of `states` or the timeout passes; returns the state."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._state not in states:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._wake.wait(left)
            return self._state

    def pause(self) -> None:
        with self._lock:
            self._pause_locked("paused by request")
        self._flush_events()

    def resume(self) -> None:
        with self._lock:
            self._resume_locked()
        self._flush_events()

    def cancel(self, reason: str = "cancelled by request") -> None:
        with self._lock:
            if self._job is None:
                raise SessionError("no job to cancel")
            self._abort_job_locked(JobOutcome.CANCELLED, reason, send_cancel_script=True)
        self._flush_events()

    def emergency_stop(self) -> None:
        """M112 out of band: past the queue and the window, written at once."""
        with self._lock:
            transport = self._transport
            data = self._proto.send_emergency(self._profile.gcode.emergency_stop)
        if transport is not None:
            transport.write(data)
        with self._lock:
            if self._job is not None:
                self._finish_job_locked(JobOutcome.FAILED, "emergency stop")
            self._proto.clear_queue()
            self._set_state(PrinterState.ERROR, "emergency stop sent: reset the printer")
        self._flush_events()

    def send_line(self, line: str) -> None:
        """Send one manual G-code line (refused while printing, or if it breaks a limit)."""
        with self._lock:
            if self._state not in (PrinterState.IDLE, PrinterState.PAUSED):
                raise SessionError(f"cannot send G-code while {self._state}")
            refusal = safety.check_line(line, self._profile)
            if refusal is not None:
                raise SessionError(str(refusal))
            self._enqueue_host(line)
            self._pump(time.monotonic())

    def mark_bed_clear(self) -> None:
        with self._lock:
            if self._state in (PrinterState.PRINTING, PrinterState.PAUSED):
                raise SessionError("a job is on the bed right now")
            self._bed_clear = True

    def close(self, drain_timeout_s: float = 10.0) -> None:
        """Close the port; a cancel script still in flight is given time to finish first,
        so that closing never leaves the heaters on."""
        if self._state is PrinterState.FINISHING:
            self.wait_for_state(
                {PrinterState.IDLE, PrinterState.ERROR, PrinterState.OFFLINE}, drain_timeout_s
            )
        with self._lock:
            self._closing = True
            transport, self._transport = self._transport, None
            self._wake.notify_all()
        if transport is not None:
            transport.close()
        if self._ticker is not None:
            self._ticker.join(timeout=5)

    # -- I/O callbacks (reader thread) ------------------------------------------------
    def _on_data(self, data: bytes, now: float) -> None:
        with self._lock:
            self._handle(self._proto.feed(data, now), now)
            self._pump(now)
        if self._pending_events:
            self._flush_events()

    def _on_lost(self, reason: str) -> None:
        with self._lock:
            if self._closing:
                return
            self._transport = None
            if self._job is not None:
                self._finish_job_locked(JobOutcome.INTERRUPTED, f"serial port lost: {reason}")
            self._set_state(PrinterState.OFFLINE, f"serial port lost: {reason}")
        self._flush_events()
        if self.config.reconnect:
            threading.Thread(target=self._reconnect, name="reconnect", daemon=True).start()

    def _reconnect(self) -> None:
        probe = SerialTransport(self.config.port, self.config.baud)
        while not self._closing:
            if not probe.wait_for_port(time.monotonic() + 1.0):
                continue
            try:
                self.connect()
            except SessionError:
                continue
            return

    # -- ticker thread ----------------------------------------------------------------
    def _ensure_ticker(self) -> None:
        if self._ticker is None or not self._ticker.is_alive():
            self._ticker = threading.Thread(target=self._tick_loop, name="ticker", daemon=True)
            self._ticker.start()

    def _tick_loop(self) -> None:
        with self._lock:
            while not self._closing:
                now = time.monotonic()
                self._handle(self._proto.poll(now), now)
                self._poll_temperatures(now)
                self._pump(now)
                if self._pending_events:
                    self._lock.release()
                    try:
                        self._flush_events()
                    finally:
                        self._lock.acquire()
                # Lines sent from other threads may arm a new deadline without waking us,
                # so never sleep past TICK_S; the protocol's deadlines are seconds long.
                timeout = TICK_S
                deadline = self._proto.next_deadline()
                if deadline is not None:
                    timeout = min(timeout, max(0.0, deadline - time.monotonic()))
                self._wake.wait(timeout)

    def _poll_temperatures(self, now: float) -> None:
        # Firmware with auto-report sends temperatures by itself (M155 in the handshake).
        if self._profile.capabilities.autoreport_temperature or now < self._next_temp_poll:
            return
        self._next_temp_poll = now + TEMPERATURE_POLL_S
        ready = (PrinterState.IDLE, PrinterState.PRINTING, PrinterState.PAUSED)
        if self._state in ready and self._proto.queued == 0:
            self._enqueue_host("M105")

    # -- core (lock held) -------------------------------------------------------------
    def _pump(self, now: float) -> None:
        """Keep the protocol's queue topped up from the job, then write what it allows."""
        job = self._job
        if job is not None and self._state is PrinterState.PRINTING:
            low_water = self._proto_window + 1
            while self._proto.queued < low_water and not job.exhausted:
                command = job.next_command()
                if command is None:
                    break
                refusal = safety.check_line(command.text, self._profile)
                if refusal is not None:
                    message = f"file line {command.source_line}: {refusal}"
                    self._emit(SessionEventKind.LINE_REFUSED, message)
                    self._abort_job_locked(JobOutcome.FAILED, message, send_cancel_script=True)
                    break
                self._proto.enqueue(command.text)
                self._ledger.sent(command.end_offset)
            if job.exhausted and self._state is PrinterState.PRINTING:
                self._set_state(PrinterState.FINISHING, "")
        if self._transport is not None:
            out = self._proto.take_output(now)
            if out:
                try:
                    self._transport.write(out)
                except TransportError as error:
                    # A lost port is reported through _on_lost; a stuck one is an error.
                    self._reason = str(error)

    def _handle(self, events: list[ev.Event], now: float) -> None:
        for event in events:
            if isinstance(event, ev.Ack):
                self._on_ack()
                if self._stall_since is not None:
                    stall = now - self._stall_since
                    self._worst_stall_s = max(self._worst_stall_s, stall)
                    self._stall_since = None
            elif isinstance(event, ev.TemperatureReport):
                self._temps = {
                    name: Temperature(actual=r.actual, target=r.target)
                    for name, r in event.heaters.items()
                }
            else:
                self._on_other(event, now)
        if self._state in (PrinterState.CONNECTING, PrinterState.FINISHING):
            self._after_events()

    def _on_ack(self) -> None:
        entry = self._ledger.acked()
        job = self._job
        if entry is not None and entry != HOST_LINE and job is not None:
            job.acknowledged(entry)

    def _after_events(self) -> None:
        """Advance the states that end when everything sent has been acknowledged."""
        if len(self._ledger) or not self._proto.idle:
            return
        if self._state is PrinterState.CONNECTING:
            self._handshake_settled()
        elif self._state is PrinterState.FINISHING:
            if self._job is not None:
                self._finish_job_locked(JobOutcome.DONE, "")
            self._set_state(PrinterState.IDLE, self._reason)

    def _handshake_settled(self) -> None:
        """Every handshake line is acked: adopt the profile M115 and `Cap:` lines call for."""
        if self._handshake.settled:
            self._set_state(PrinterState.IDLE, "")
            return
        if not self._handshake.firmware_name:
            self._set_state(PrinterState.OFFLINE, "the firmware did not answer M115")
            return
        profile, extra = self._handshake.settle(self._profile)
        old_settings = protocol_settings(self._profile)
        self._profile = profile
        if protocol_settings(profile) != old_settings:
            self._proto = self._new_protocol()
            self._proto.handshake()
        for line in extra:
            self._enqueue_host(line)
        self._pump(time.monotonic())
        if self._proto.idle and not len(self._ledger):
            self._set_state(PrinterState.IDLE, "")

    def _on_other(self, event: ev.Event, now: float) -> None:
        if isinstance(event, ev.Timeout):
            if self._stall_since is None:
                self._stall_since = now - self._proto.settings.ok_timeout_s
        elif isinstance(event, ev.PositionReport):
            self._position = dict(event.axes)
            if self._pause_pending:
                self._pause_pending = False
                self._enqueue_script("pause")
                if self._resume_requested:
                    self._resume_locked()
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

    def _on_firmware_error(self, event: ev.FirmwareError) -> None:
        if event.kind is ev.ErrorKind.RESEND:
            return
        self._emit(SessionEventKind.FIRMWARE_ERROR, event.message)
        if event.kind is ev.ErrorKind.FATAL:
            if self._job is not None:
                self._finish_job_locked(JobOutcome.FAILED, f"printer halted: {event.message}")
            self._proto.clear_queue()
            self._ledger.clear()
            self._set_state(PrinterState.ERROR, event.message)

    def _on_firmware_restart(self, event: ev.FirmwareStarted) -> None:
        if self._state is PrinterState.CONNECTING:
            return
        self._emit(SessionEventKind.FIRMWARE_RESTARTED, f"firmware restarted ({event.text})")
        if self._job is not None:
            line = self._job.last_source_line
            self._finish_job_locked(
                JobOutcome.FAILED,
                f"firmware restarted mid-print near file line {line}; the job was aborted, "
                "not resumed (the printer lost its position and temperatures)",
            )
        # A reset printer forgets line numbers: resync from scratch.
        self._proto = self._new_protocol()
        self._ledger.clear()
        self._set_state(PrinterState.CONNECTING, "firmware restarted")
        self._handshake_locked(first=False)

    def _on_link_lost(self, event: ev.LinkLost) -> None:
        reason = f"lost contact with the firmware: {event.reason}"
        if self._job is not None:
            self._finish_job_locked(JobOutcome.FAILED, reason)
        self._proto = self._new_protocol()
        self._ledger.clear()
        # Best effort to leave the printer safe: resync and send the cancel script.
        self._proto.handshake()
        self._enqueue_script("cancel")
        self._set_state(PrinterState.ERROR, reason)

    def _on_host_action(self, event: ev.HostAction) -> None:
        self._emit(SessionEventKind.HOST_ACTION, f"{event.action} {event.argument}".strip())
        if event.action == "pause" and self._state is PrinterState.PRINTING:
            self._pause_locked("paused by the printer")
        elif event.action == "cancel" and self._job is not None:
            self._abort_job_locked(
                JobOutcome.CANCELLED, "cancelled by the printer", send_cancel_script=True
            )
        elif event.action == "resume" and self._state is PrinterState.PAUSED:
            self._resume_locked()

    def _pause_locked(self, reason: str) -> None:
        if self._state is not PrinterState.PRINTING or self._job is None:
            raise SessionError(f"nothing to pause while {self._state}")
        # M114 answers with the planned position: where the nozzle returns to on resume;
        # the pause script (which lifts relative to it) follows once the answer is in.
        self._enqueue_host(self._profile.gcode.query_position)
        self._pause_pending = True
        self._set_state(PrinterState.PAUSED, reason)
        self._emit(SessionEventKind.JOB_PAUSED, reason)
        self._pump(time.monotonic())

    def _resume_locked(self) -> None:
        if self._state is not PrinterState.PAUSED or self._job is None:
            raise SessionError(f"nothing to resume while {self._state}")
        if self._pause_pending:  # the position is not known yet: resume right after it is
            self._resume_requested = True
            return
        self._resume_requested = False
        self._enqueue_script("resume")
        if not self._job.absolute_xyz:
            self._enqueue_host("G91")  # the profile's resume leaves absolute positioning
        self._set_state(PrinterState.PRINTING, "")
        self._emit(SessionEventKind.JOB_RESUMED, "resumed")
        self._pump(time.monotonic())

    def _enqueue_script(self, which: str) -> None:
        for line in self._profile.render(
            which, script_context(self._job, self._position, self._temps)
        ):
            self._enqueue_host(line)

    def _abort_job_locked(self, outcome: JobOutcome, reason: str, send_cancel_script: bool) -> None:
        dropped = self._proto.clear_queue()
        self._ledger.drop_newest(dropped)
        self._finish_job_locked(outcome, reason)
        self._pause_pending = self._resume_requested = False
        if send_cancel_script:
            self._enqueue_script("cancel")
        # FINISHING until the cancel script is acknowledged, then IDLE (see _on_ack).
        self._set_state(PrinterState.FINISHING, reason)
        self._pump(time.monotonic())
        if not len(self._ledger) and self._proto.idle:
            self._set_state(PrinterState.IDLE, reason)

    def _finish_job_locked(self, outcome: JobOutcome, reason: str) -> None:
        job = self._job
        if job is None:
            return
        result = JobResult(
            job_id=job.job_id, outcome=outcome, reason=reason, progress=job.progress()
        )
        self._last_result = result
        self._bed_clear = self._profile.ejects_parts and outcome is JobOutcome.DONE
        self._job = None
        self._emit(SessionEventKind.JOB_FINISHED, reason or outcome.value, result=result)
        self._job_done.set()

    # -- helpers ----------------------------------------------------------------------
    @property
    def _proto_window(self) -> int:
        return self.config.send_window or self._profile.capabilities.send_window

    def _new_protocol(self) -> HostProtocol:
        settings = protocol_settings(self._profile)
        if self.config.send_window is not None:
            settings = settings.model_copy(update={"window": self.config.send_window})
        return HostProtocol(settings)

    def _handshake_locked(self) -> None:
        self._proto.handshake()
        lines = self._handshake.opening_lines(self._profile)
        for line in lines:
            self._enqueue_host(line)
        self._pump(time.monotonic())

    def _enqueue_host(self, line: str) -> None:
        self._proto.enqueue(line)
        self._ledger.sent(HOST_LINE)

    def _set_state(self, state: PrinterState, reason: str) -> None:
        if state is not self._state:
            message = f"{state.value}: {reason}" if reason else state.value
            self._emit(SessionEventKind.STATE_CHANGED, message)
        self._state = state
        self._reason = reason
        self._wake.notify_all()

    def _emit(self, kind: SessionEventKind, message: str, result: JobResult | None = None) -> None:
        job_id = result.job_id if result else (self._job.job_id if self._job else None)
        self._pending_events.append(
            SessionEvent(kind=kind, message=message, job_id=job_id, result=result)
        )

    def _flush_events(self) -> None:
        """Deliver queued events outside the lock, so listeners may call back in."""
        with self._lock:
            events, self._pending_events = self._pending_events, []
        if self._listener is not None:
            for event in events:
                self._listener(event)
