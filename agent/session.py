"""A printer session: one printer on one port, driven by its state machine.

The state machine is `PrinterCore` (agent/printer_core.py: no I/O, no threads); this
module gives it a port and threads. The transport's reader thread delivers bytes, a
ticker thread runs the timers, and callers (CLI, MQTT link) issue commands. All of them
take one lock, feed the core, and write what it gives back, so the core is only ever
touched by one thread at a time and the port sees lines in order. Nothing busy-waits:
the ticker sleeps on a condition until the protocol's next deadline (at most TICK_S).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

from agent.backoff import Backoff
from agent.console_capture import ConsoleAnswer
from agent.gcode_check import check_file
from agent.gcode_file import GcodeFileError
from agent.printer_core import PrinterCore
from agent.profiles import FirmwareProfile, load_profile
from agent.safety import LineRefused, LocalSafety, Refusal, check_job_file
from agent.session_model import (
    JobFileRefused,
    JobRefused,
    JobResult,
    LinkStats,
    PrinterState,
    SessionError,
    SessionEvent,
    SessionSnapshot,
)
from agent.transport import SerialTransport, TransportError

__all__ = ["JobFileRefused", "PrinterSession", "SessionConfig", "SessionError"]

Listener = Callable[[SessionEvent], None]
TICK_S = 0.25
T = TypeVar("T")


class SessionConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    port: str  # device path, /dev/serial/by-id/… name, or pyserial URL (socket://host:port)
    baud: int = Field(default=115200, gt=0)
    profile: str = "auto"  # a profile name, or auto: chosen from the M115 answer
    send_window: int | None = Field(default=None, ge=1)  # None: the profile's default
    connect_timeout_s: float = Field(default=15.0, gt=0)
    reconnect: bool = True  # when the port vanishes, wait for it and connect again
    safety: LocalSafety = LocalSafety()  # allow list and build volume from agent.toml


class PrinterSession:
    # The agent streams every line: a print cannot go on without it (see runner.stop).
    survives_agent_stop = False

    def __init__(
        self, config: SessionConfig, listener: Listener | None = None, bed_clear: bool = True
    ) -> None:
        self.config = config
        self._listener = listener
        auto = config.profile == "auto"
        profile = load_profile("marlin2" if auto else config.profile)
        self._core = PrinterCore(
            profile,
            auto=auto,
            send_window=config.send_window,
            local_safety=config.safety,
            bed_clear=bed_clear,
        )
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._job_done = threading.Event()
        self._jobs_seen = 0
        self._transport: SerialTransport | None = None
        self._closing = False
        self._reconnecting = False  # one reconnect loop at a time
        self._connected_once = False  # before that, the caller of connect() retries
        self._ticker: threading.Thread | None = None

    # -- views --------------------------------------------------------------------------
    @property
    def profile(self) -> FirmwareProfile:
        return self._core.profile

    @property
    def state(self) -> PrinterState:
        return self._core.state

    def snapshot(self) -> SessionSnapshot:
        with self._lock:
            return self._core.snapshot()

    def link_stats(self) -> LinkStats:
        with self._lock:
            return self._core.link_stats()

    # -- connection ---------------------------------------------------------------------
    def connect(self) -> None:
        """Open the port, handshake, pick the profile; returns once the printer is idle."""
        transport = SerialTransport(self.config.port, self.config.baud)
        boot = self._core.profile.connection
        try:
            self._call(lambda core: core.open_port())
            transport.open()
            # Never insist on `start`: a pty or an already-running board sends none, and
            # a handshake lost to a resetting board is recovered by the protocol's retries.
            transport.wait_for_boot(
                expect_start=False, quiet_s=boot.quiet_s, timeout_s=boot.boot_timeout_s
            )
        except TransportError as error:
            transport.close()
            message = str(error)
            self._call(lambda core: core.set_state(PrinterState.OFFLINE, message))
            raise SessionError(message) from error
        with self._lock:
            self._transport = transport
        self._call(lambda core: core.start_handshake())
        transport.start_reader(self._on_data, self._on_lost)
        self._ensure_ticker()
        state = self.wait_for_state(
            {PrinterState.IDLE, PrinterState.OFFLINE, PrinterState.ERROR},
            self.config.connect_timeout_s,
        )
        if state is PrinterState.CONNECTING:
            self._call(lambda c: c.set_state(PrinterState.OFFLINE, "no answer to the handshake"))
        if self._core.state is not PrinterState.IDLE:
            reason = self._core.reason
            transport.close()
            raise SessionError(f"printer on {self.config.port} did not connect: {reason}")
        self._connected_once = True

    def close(self, drain_timeout_s: float = 10.0) -> None:
        """Close the port; a cancel script still in flight is given time to finish first,
        so that closing never leaves the heaters on."""
        if self._core.state is PrinterState.FINISHING:
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

    # -- commands -----------------------------------------------------------------------
    def recover_job(self, job_id: str) -> bool:
        """A job a previous run started: a serial printer cannot go on with it."""
        return False

    def start_print(self, path: Path, job_id: str | None = None) -> None:
        """Check the whole file, then start it; JobFileRefused before any line is sent."""
        limit = self._core.profile.capabilities.max_line_length
        try:  # before the lock: both read the whole file
            lines_total = check_file(path, limit).commands
            check_job_file(path, self._core.checker)  # heater limits, numbers, policy
        except GcodeFileError as e:
            raise JobFileRefused(str(e)) from e
        except LineRefused as e:
            raise JobRefused(str(e)) from e
        self._job_done.clear()
        self._call(lambda core: core.start_print(path, job_id or path.stem, lines_total))

    def pause(self) -> None:
        self._call(lambda core: core.pause("paused by request"))

    def resume(self) -> None:
        self._call(lambda core: core.resume())

    def cancel(self, reason: str = "cancelled by request") -> None:
        self._call(lambda core: core.cancel(reason))

    def emergency_stop(self) -> None:
        """M112 out of band: past the queue and the window, written at once."""
        with self._lock:
            before = self._core.state
            self._write(self._core.emergency_stop())
            self._after_call(before)
        self._deliver_events()

    def remote_refusal(self, line: str) -> Refusal | None:
        """Why `line`, sent from the network, would be refused (limits, policy), or None."""
        with self._lock:
            return self._core.remote_refusal(line)

    def send_line(self, line: str) -> int:
        """Send one manual G-code line (refused while printing, or if it breaks a limit);
        returns the token of its answer (see `console_answer`)."""
        return self._call(lambda core: core.send_line(line))

    def console_answer(self, token: int, timeout_s: float) -> ConsoleAnswer:
        """The firmware's lines for console line `token`, once its `ok` arrived; after
        `timeout_s`, what came so far (`complete` False)."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            while (answer := self._core.console.answer(token)) is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    note = f"no ok within {timeout_s:g} s: the printer may still be busy"
                    return self._core.console.give_up(token, note)
                self._wake.wait(left)
            return answer

    def mark_bed_clear(self) -> None:
        self._call(lambda core: core.mark_bed_clear())

    # -- waiting ------------------------------------------------------------------------
    def wait_for_job(self, timeout: float | None = None) -> JobResult | None:
        """Block until the current job ends; None on timeout."""
        if not self._job_done.wait(timeout):
            return None
        return self._core.last_result

    def wait_for_state(self, states: set[PrinterState], timeout: float) -> PrinterState:
        """Block until the state is one of `states` or the timeout passes; returns the state."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._core.state not in states:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._wake.wait(left)
            return self._core.state

    # -- plumbing -----------------------------------------------------------------------
    def _call(self, action: Callable[[PrinterCore], T]) -> T:
        """Run one change of the core under the lock, write its output, report its events."""
        try:
            with self._lock:
                before = self._core.state
                try:
                    return action(self._core)
                finally:
                    self._write(self._core.take_output(time.monotonic()))
                    self._after_call(before)
        finally:
            self._deliver_events()

    def _after_call(self, state_before: PrinterState) -> None:
        if self._core.jobs_finished != self._jobs_seen:
            self._jobs_seen = self._core.jobs_finished
            self._job_done.set()
        if self._core.state is not state_before or self._core.console.changed:
            self._core.console.changed = False
            self._wake.notify_all()  # only on changes: the ticker must not wake per line

    def _write(self, data: bytes) -> None:
        if data and self._transport is not None:
            try:
                self._transport.write(data)
            except TransportError as error:
                # A vanished port is reported through _on_lost; a stuck one shows here.
                self._core.reason = str(error)

    def _deliver_events(self) -> None:
        """Hand queued events to the listener outside the lock, so it may call back in."""
        with self._lock:
            events, self._core.events = self._core.events, []
        if self._listener is not None:
            for event in events:
                self._listener(event)

    # -- reader thread ------------------------------------------------------------------
    def _on_data(self, data: bytes, now: float) -> None:
        with self._lock:
            before = self._core.state
            self._core.feed(data, now)
            self._write(self._core.take_output(now))
            self._after_call(before)
            pending = bool(self._core.events)
        if pending:
            self._deliver_events()

    def _on_lost(self, reason: str) -> None:
        with self._lock:
            if self._closing:
                return
            self._transport = None
            # A loss during a reconnect's own handshake: that loop goes on by itself; one
            # during the first connect: its caller retries (a second loop would race it).
            start = self.config.reconnect and self._connected_once and not self._reconnecting
            self._reconnecting = self._reconnecting or start
        self._call(lambda core: core.port_lost(reason))
        if start:
            threading.Thread(target=self._reconnect, name="reconnect", daemon=True).start()

    def _reconnect(self) -> None:
        """Connect again, pausing longer after each failure: a printer that is gone (a
        refused socket, a port that will not open) must not be retried in a tight loop."""
        probe = SerialTransport(self.config.port, self.config.baud)
        backoff = Backoff()  # a fresh one per loss: reset by the good connection before
        while not self._closing:
            if not probe.wait_for_port(time.monotonic() + 1.0):
                continue  # a device path that is not back yet (polled, not spun)
            try:
                self.connect()
            except SessionError:
                self._pause(backoff.next_delay())
                continue
            with self._lock:
                if self._transport is not None:  # a loss from now on starts a new loop
                    self._reconnecting = False
                    return
            self._pause(backoff.next_delay())  # lost again at once: this loop goes on

    def _pause(self, seconds: float) -> None:
        """Sleep, but wake at once when the session is closed."""
        with self._lock:
            self._wake.wait_for(lambda: self._closing, timeout=seconds)

    # -- ticker thread ------------------------------------------------------------------
    def _ensure_ticker(self) -> None:
        if self._ticker is None or not self._ticker.is_alive():
            self._ticker = threading.Thread(target=self._tick_loop, name="ticker", daemon=True)
            self._ticker.start()

    def _tick_loop(self) -> None:
        while not self._closing:
            self._call(lambda core: core.tick(time.monotonic()))
            with self._lock:
                # Lines sent from other threads may arm a new deadline without waking us,
                # so never sleep past TICK_S; the protocol's deadlines are seconds long.
                timeout = TICK_S
                deadline = self._core.next_deadline()
                if deadline is not None:
                    timeout = min(timeout, max(0.0, deadline - time.monotonic()))
                if not self._closing:
                    self._wake.wait(timeout)
