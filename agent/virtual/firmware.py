"""The simulated firmware: serial RX buffer, command queue, executor, timers.

It is I/O-free: the server feeds it received bytes, calls `step(now)` with the simulated
time, and collects `out` (reply lines, each flagged whether faults may garble it). Like
Marlin's loop, each step reads lines into the BUFSIZE queue while there is room, then
runs the head command; a command that must wait (full planner, M109, M400 ...) stays at
the head, and nothing more is read until it finishes.

The RX buffer is an AVR UART ring of `rx_buffer` bytes: it holds one byte less (head ==
tail means empty), and a byte that arrives while it is full is dropped, as Marlin's and
Repetier's receive interrupts do. The line it belonged to then reaches the parser
damaged (checksum or line number error) and is asked for again. Overflows are counted.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from agent.virtual.commands import CommandSet
from agent.virtual.config import VirtualPrinterConfig
from agent.virtual.dialects import LinePolicy, make_dialect
from agent.virtual.faults import FaultInjector, command_word, is_recorded
from agent.virtual.motion_queue import MotionQueue
from agent.virtual.reader import LineReader, Verdict
from agent.virtual.stats import JobClock, SimulationStats
from agent.virtual.thermal import Heater
from agent.virtual.waits import HeatUp, Wait

REPETIER_WAIT_S = 1.0  # Repetier says `wait` after this long idle without input
WAIT_REPORT_S = 1.0  # temperature reports while M109/M190 wait
JOBLESS = frozenset({"M31", "M77"})  # they never open a job by themselves


class FirmwareHooks:
    """What the firmware asks of the server around it (link-level faults)."""

    def __init__(
        self,
        silence: Callable[[float], None] | None = None,
        disconnect: Callable[[float], None] | None = None,
    ) -> None:
        self.silence = silence or (lambda _s: None)
        self.disconnect = disconnect or (lambda _s: None)


class Firmware:
    def __init__(
        self, config: VirtualPrinterConfig, faults: FaultInjector, hooks: FirmwareHooks
    ) -> None:
        self.config = config
        self.faults = faults
        self.hooks = hooks
        self.dialect = make_dialect(config.dialect, config.advanced_ok)
        self.reader = LineReader(self.dialect.line_policy)
        self.instant = config.is_instant
        self.hotend = Heater("T0", tau_s=12.0)
        self.bed = Heater("B", tau_s=45.0)
        self.hotend.instant = self.bed.instant = self.instant
        self.motion = MotionQueue(config.planner_size, self.instant)
        self.commands = CommandSet(self)
        self.executed: list[str] = []  # every recorded command, in order, once
        self.jobs = JobClock()
        self.end_job = False  # M77 ran: the job closes once M77 itself has finished
        self._started = 0.0  # when the head command began executing
        self.out: list[tuple[str, bool]] = []  # (line, may be garbled)
        self.rx = bytearray()
        self.rx_overflows = 0  # arrivals that found the RX ring full and lost bytes
        self.rx_dropped_bytes = 0
        self.queue: deque[tuple[str, int | None]] = deque()
        self.waiting: Wait | None = None
        self.halted = False
        self.ok_sent = False  # the running command printed its own ok
        self._skip_partial = False
        self._faultable = False  # replies now being produced may be garbled
        self._last_rx = 0.0
        self._timers_reset(0.0)

    def _timers_reset(self, now: float) -> None:
        self.autoreport_s = 0.0
        self.busy_interval_s = self.config.busy_interval_s
        self._autoreport_next = 0.0
        self._busy_next = 0.0
        self._report_next = 0.0
        self._wait_next = now + REPETIER_WAIT_S

    def schedule_autoreport(self, now: float) -> None:
        self._autoreport_next = now + self.autoreport_s

    # -- input -------------------------------------------------------------------
    def rx_room(self) -> int:
        """Bytes the serial buffer can take now (a halted firmware swallows everything)."""
        return 1 << 16 if self.halted else self.config.rx_buffer - 1 - len(self.rx)

    def feed(self, data: bytes, now: float) -> None:
        self._last_rx = now
        if self.halted:
            if b"!!DEBUG:" in data:
                self._debug_lines_while_halted(data, now)
            return
        start = max(0, len(self.rx) - 4)
        tail = bytes(self.rx[start:]) + data  # the emergency parser sees every byte
        room = self.rx_room()
        if len(data) > room:
            self.rx_overflows += 1
            self.rx_dropped_bytes += len(data) - max(0, room)
            data = data[: max(0, room)]
        self.rx += data
        # Emergency parser: M112/M108 act as they arrive, even with the queue full.
        if b"M1" in tail:
            window = tail
            if b"M112" in window:
                self.kill(self.dialect.killed(), now)
            elif b"M108" in window and isinstance(self.waiting, HeatUp):
                self.waiting.cancelled = True

    def _debug_lines_while_halted(self, data: bytes, now: float) -> None:
        for raw in data.decode("latin-1").splitlines():
            if raw.startswith("!!DEBUG:"):
                self.debug(raw[8:].strip(), now)

    # -- main loop ---------------------------------------------------------------
    def step(self, now: float) -> None:
        if self.halted:
            return
        while True:
            waiting = self.waiting
            if waiting is not None:
                if not waiting.done(now):
                    break
                self.waiting = None
                self._finish(now)
                if self.halted:
                    return
            if len(self.queue) < self.config.bufsize:
                self._read_lines(now)
            if not self.queue or self.halted:
                break
            if not self._execute_next(now):
                return
        self._timers(now)

    def _execute_next(self, now: float) -> bool:
        """Run the command at the head of the queue (or start waiting on it).
        False when it halted the firmware."""
        command = self.queue[0][0]
        self._faultable = bool(self.executed) and is_recorded(command)
        self._started = now
        wait = self.commands.execute(command, now)
        if self.halted:
            return False
        if wait is not None:
            self.waiting = wait
            self._busy_next = now + self.busy_interval_s
            self._report_next = now + WAIT_REPORT_S
            return True
        self._finish(now)
        return not self.halted

    def _read_lines(self, now: float) -> None:
        rx, queue, bufsize = self.rx, self.queue, self.config.bufsize
        while len(queue) < bufsize:
            nl = rx.find(b"\n")
            if nl < 0:
                return
            raw = rx[:nl].decode("latin-1")
            del rx[: nl + 1]
            if self._skip_partial:
                self._skip_partial = False
                continue
            if raw.startswith("!!DEBUG:"):
                self.debug(raw[8:].strip(), now)
                continue
            if self.faults.receive_active and raw[:1] == "N":
                mangled = self._receive_fault(raw)
                if mangled is None:
                    continue
                raw = mangled
            self._take_line(raw, now)
            if self.halted:
                return

    def _receive_fault(self, raw: str) -> str | None:
        star = raw.rfind("*")
        body = raw if star < 0 else raw[:star]
        command = body.lstrip("N0123456789- ").strip()
        if not command or not is_recorded(command):
            return raw  # never corrupt the handshake or the host's own queries
        return self.faults.receive(raw, command)

    def _take_line(self, raw: str, now: float) -> None:
        verdict, command, number = self.reader.check(raw)
        if verdict is Verdict.ACCEPT:
            if self.dialect.ok_on_receipt:
                self._faultable = bool(self.executed) and is_recorded(command)
                self._send_ok(number, now)
            self.queue.append((command, number))
        elif verdict is Verdict.ERROR:
            self._faultable = bool(self.executed)
            for line in self.dialect.line_error(self.reader.error_kind, self.reader.last_n):
                self.emit(line)
            if self.dialect.line_policy is LinePolicy.MARLIN:
                # Marlin empties its RX buffer after an error, a partial line included.
                self._skip_partial = bool(self.rx) and not self.rx.endswith(b"\n")
                self.rx.clear()
        elif verdict is Verdict.SKIP:
            self.emit(f"skip {number}")
            self.emit("ok")
        elif verdict is Verdict.DUPLICATE:
            self.emit("ok")

    def _finish(self, now: float) -> None:
        """The head command is done: acknowledge it, record it, fire line faults."""
        command, number = self.queue.popleft()
        if self.ok_sent:
            self.ok_sent = False  # e.g. M105 printed its own "ok T:..."
        elif not self.dialect.ok_on_receipt:
            self._send_ok(number, now, held=1)
        if not is_recorded(command):
            return
        self.executed.append(command)
        if self.jobs.open or command_word(command) not in JOBLESS:
            self.jobs.finished(self._started, now)
        if self.end_job:
            self.end_job = False
            self.jobs.close(self.motion.projected_end())
        self._line_faults(len(self.executed), now)

    def _send_ok(self, number: int | None, now: float, held: int = 0) -> None:
        """`held`: the finished command, still counted in Marlin's `B` (as in its
        ring buffer, which it leaves only after its ok)."""
        planner_free = self.motion.free(now) if self.config.advanced_ok else 0
        buffer_free = self.config.bufsize - len(self.queue) - held
        self.emit(self.dialect.ok(number, planner_free, buffer_free))
        if self._faultable and self.faults.duplicate_ok():
            self.emit("ok")

    def _line_faults(self, count: int, now: float) -> None:
        cfg = self.faults.config
        for action in cfg.actions:
            if action.line == count:
                self.emit(f"//action:{action.action}")
        if cfg.runaway_at_line == count:
            self.hotend.set_target(0, now)
            self.kill(self.dialect.runaway("0"), now)
        elif cfg.reset_at_line == count:
            self.reset(now)
        elif cfg.silence_at_line == count:
            self.hooks.silence(cfg.silence_s)
        elif cfg.disconnect_at_line == count:
            self.hooks.disconnect(cfg.reconnect_after_s)
        elif cfg.old_resend_at_line == count:
            for line in self.dialect.line_error("number", 0):
                self.emit(line)

    # -- timers ------------------------------------------------------------------
    def _timers(self, now: float) -> None:
        dialect = self.dialect
        self._faultable = bool(self.executed)
        if self.autoreport_s > 0 and now >= self._autoreport_next:
            self.emit(dialect.autoreport(self.hotend, self.bed, now))
            self._autoreport_next += self.autoreport_s
            if self._autoreport_next <= now:  # fell behind (e.g. silenced): skip, no burst
                self._autoreport_next = now + self.autoreport_s
        waiting = self.waiting
        if waiting is not None:
            if dialect.has_busy and self.busy_interval_s > 0 and now >= self._busy_next:
                self.emit(dialect.busy(waiting.heating))
                self._busy_next = now + self.busy_interval_s
            if isinstance(waiting, HeatUp) and now >= self._report_next:
                line = dialect.wait_report(self.hotend, self.bed, now, waiting.seconds_left(now))
                if line:
                    self.emit(line)
                self._report_next = now + WAIT_REPORT_S
        elif (
            dialect.line_policy is LinePolicy.REPETIER
            and not self.queue
            and now - self._last_rx >= REPETIER_WAIT_S
            and now >= self._wait_next
        ):
            self.emit("wait")
            self._wait_next = now + REPETIER_WAIT_S

    def next_deadline(self, now: float) -> float | None:
        """Sim time at which `step` has something to do without new input."""
        if self.halted:
            return None
        times: list[float] = []
        waiting = self.waiting
        if waiting is not None:
            check = waiting.next_check(now)
            if check is not None:
                times.append(check)
            if self.dialect.has_busy and self.busy_interval_s > 0:
                times.append(self._busy_next)
            if isinstance(waiting, HeatUp):
                times.append(self._report_next)
        elif self.dialect.line_policy is LinePolicy.REPETIER and not self.queue:
            times.append(max(self._wait_next, self._last_rx + REPETIER_WAIT_S))
        if self.autoreport_s > 0:
            times.append(self._autoreport_next)
        return min(times) if times else None

    def stats(self, speed: float) -> SimulationStats:
        """Simulated print time so far (final once the printer is idle)."""
        jobs = self.jobs.jobs(self.motion.projected_end())
        return SimulationStats(
            simulated_time_s=jobs[-1].end_s if jobs else 0.0,
            print_time_s=jobs[-1].print_time_s if jobs else 0.0,
            motion_s=self.motion.motion_s + self.motion.pending_s(),
            commands=len(self.executed),
            speed=speed,
            instant=self.instant,
            jobs=jobs,
            rx_overflows=self.rx_overflows,
            rx_dropped_bytes=self.rx_dropped_bytes,
        )

    @property
    def idle(self) -> bool:
        return not self.queue and self.waiting is None and b"\n" not in self.rx

    # -- output and state changes --------------------------------------------------
    def emit(self, line: str) -> None:
        self.out.append((line, self._faultable))

    def kill(self, lines: list[str], now: float) -> None:
        """Halt: say why, then ignore everything until a reset."""
        self._faultable = False
        for line in lines:
            self.emit(line)
        self.halted = True
        self._close_job(now)
        self.hotend.set_target(0, now)
        self.bed.set_target(0, now)
        self.queue.clear()
        self.rx.clear()
        self.waiting = None
        self.motion.clear()

    def reset(self, now: float) -> None:
        """Firmware restart: queues dropped, line numbers forgotten, banner printed."""
        self.halted = False
        self._close_job(now)
        self.queue.clear()
        self.rx.clear()
        self._skip_partial = False
        self.waiting = None
        self.motion.clear()
        self.reader.reset()
        self.hotend.set_target(0, now)
        self.bed.set_target(0, now)
        self.commands.reset()
        self._timers_reset(now)
        self._faultable = False
        for line in self.dialect.start_banner:
            self.emit(line)

    def _close_job(self, now: float) -> None:
        """A halt or reset stops the motion at `now`, and with it the job."""
        self.end_job = False
        self.jobs.close(min(self.motion.projected_end(), now))

    def debug(self, text: str, now: float) -> None:
        """In-band test hooks (`!!DEBUG:action pause`, `!!DEBUG:reset` ...)."""
        verb, _, arg = text.partition(" ")
        if verb == "action" and arg:
            self.emit(f"//action:{arg}")
        elif verb == "reset":
            self.reset(now)
        elif verb == "runaway":
            self.kill(self.dialect.runaway("0"), now)
        elif verb == "kill":
            self.kill(self.dialect.killed(), now)
        elif verb == "silence":
            self.hooks.silence(float(arg or 5))
        elif verb == "disconnect":
            self.hooks.disconnect(float(arg or 2))
        elif verb == "resend":
            self.emit(f"Resend: {int(arg or 1)}")
            self.emit("ok")
        elif verb == "echo":
            self.emit(arg)
        else:
            self.emit(f"echo:unknown debug command {verb!r}")
