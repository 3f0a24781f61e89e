"""The virtual printer's single-threaded event loop: ports, wire, clock, firmware.

One `selectors` loop owns every file descriptor. Each turn it writes replies whose
wire time is over, delivers received lines whose wire time is over to the firmware,
lets the firmware run on the simulated clock, puts its replies on the wire (garbling
them if asked) and sleeps until the next thing is due: a line crossing the wire, a
firmware timer, the end of a silence or a reconnect. Deadlines are kept to a few
microseconds (timing.py), never early.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import socket
import threading
import time
from collections.abc import Callable
from typing import IO

from agent.virtual.config import VirtualPrinterConfig
from agent.virtual.faults import FaultInjector
from agent.virtual.firmware import Firmware, FirmwareHooks
from agent.virtual.ports import READ_CHUNK, Port, PtyPort, TcpPort, listen_tcp
from agent.virtual.stats import SimulationStats
from agent.virtual.timing import DeadlineSelector, tighten_timer_slack


class SimClock:
    """Simulated seconds since start; runs `speed` times real time (1 when instant)."""

    def __init__(self, speed: float, instant: bool) -> None:
        self.speed = 1.0 if instant or speed <= 0 else speed
        self._real0 = time.monotonic()

    def sim(self, real: float) -> float:
        return (real - self._real0) * self.speed

    def real(self, sim: float) -> float:
        return self._real0 + sim / self.speed


class Server:
    def __init__(
        self,
        config: VirtualPrinterConfig,
        on_port: Callable[[str], None] | None = None,
    ) -> None:
        if not config.pty and config.tcp_port is None:
            raise ValueError("nothing to serve: enable the pty or give a TCP port")
        self.config = config
        self.clock = SimClock(config.speed, config.is_instant)
        self.faults = FaultInjector(config.faults)
        hooks = FirmwareHooks(silence=self._silence, disconnect=self._disconnect)
        self.firmware = Firmware(config, self.faults, hooks)
        self._on_port = on_port or (lambda _path: None)
        # select(2) takes microsecond timeouts; epoll rounds up to whole milliseconds,
        # which would add up to 1 ms to every emulated wire delay.
        self._selector = selectors.SelectSelector()
        self._waiter = DeadlineSelector(self._selector)
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        self._selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        self.pty: PtyPort | None = None
        self._listener: socket.socket | None = None
        self.tcp_port: int | None = None
        self._tcp: TcpPort | None = None
        self._events: dict[int, int] = {}
        self._silent_until = 0.0
        self._fw_time = 0.0  # real time the firmware has run up to (never goes back)
        self._reconnect_at: float | None = None
        self._reconnect_tcp: int | None = None
        self._record: IO[str] | None = None
        self._recorded = 0
        self._stopping = False
        self.running = False
        # Held while the loop works (not while it sleeps), so that another thread may
        # read the firmware's state, e.g. stats(), consistently.
        self.lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------
    def open(self) -> None:
        """Create the ports (the first I/O); the firmware prints its boot banner."""
        if self.config.record is not None:
            self._record = self.config.record.open("w", encoding="utf-8")
        self._open_ports(self.config.tcp_port)
        now = time.monotonic()
        self.firmware.reset(self.clock.sim(now))
        # The boot banner is on the wire before anyone can open the port (a host that
        # flushes its input on open, as pyserial does, never sees it; a reset later on
        # is seen).
        self._send_output(now)
        for port in self._ports():
            port.flush(now)

    def _open_ports(self, tcp_port: int | None) -> None:
        cfg = self.config
        if cfg.pty:
            self.pty = PtyPort(cfg.baud, cfg.latency_ms, cfg.link)
            self._watch(self.pty, selectors.EVENT_READ)
            self._on_port(self.pty.path)
        if tcp_port is not None:
            self._listener = listen_tcp(tcp_port)
            self.tcp_port = self._listener.getsockname()[1]
            self._selector.register(self._listener, selectors.EVENT_READ, "listen")

    def stop(self) -> None:
        """Ask the loop to end (thread- and signal-safe)."""
        self._stopping = True
        # OSError: the loop already closed the pipe, so it is stopping anyway.
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")

    def close(self) -> None:
        self._close_ports()
        self.flush_record()
        if self._record is not None:
            self._record.close()
            self._record = None
        if self.config.stats is not None:
            self.config.stats.write_text(self.stats().model_dump_json(indent=2) + "\n")
        self._selector.close()
        os.close(self._wake_r)
        os.close(self._wake_w)

    def _close_ports(self) -> None:
        for port in (self.pty, self._tcp):
            if port is not None:
                self._unwatch(port)
                port.close()
        self.pty = self._tcp = None
        if self._listener is not None:
            self._selector.unregister(self._listener)
            self._listener.close()
            self._listener = None

    def flush_record(self) -> None:
        executed = self.firmware.executed
        if self._record is not None and self._recorded < len(executed):
            self._record.write("".join(f"{c}\n" for c in executed[self._recorded :]))
            self._record.flush()
        self._recorded = len(executed)

    def stats(self) -> SimulationStats:
        """Simulated print time (thread-safe; final once the printer is idle)."""
        with self.lock:
            return self.firmware.stats(self.clock.speed)

    # -- the loop -----------------------------------------------------------------------
    def _sim_now(self) -> float:
        return self.clock.sim(time.monotonic())

    def run(self) -> None:
        self.running = True
        tighten_timer_slack()  # this thread's timed waits: ~1 us late instead of ~50
        try:
            while not self._stopping:
                with self.lock:
                    deadline, precise = self._turn(time.monotonic())
                ready = self._waiter.select(deadline, precise)
                with self.lock:
                    for key, mask in ready:
                        self._on_event(key, mask)
        finally:
            self.running = False
            self.close()

    def _turn(self, now: float) -> tuple[float | None, bool]:
        """One pass of work at real time `now`; returns when to wake (monotonic time)
        and whether that deadline is a reply's, to be met precisely."""
        fw = self.firmware
        if self._reconnect_at is not None:
            if now < self._reconnect_at:
                return self._reconnect_at, False
            self._reconnect(now)
        if now >= self._silent_until:
            for port in self._ports():
                port.flush(now)  # first: a reply due now is not held up by the work below
            self._deliver(now)
        silent = now < self._silent_until
        if not silent:
            self._run_firmware(now)
            if self._recorded < len(fw.executed) and fw.idle:
                self.flush_record()  # before the ok is out: a host may read the record
            for port in self._ports():
                port.flush(now)  # due at once on an ideal link
            silent = now < self._silent_until  # a silence that began in this step
        return self._next_deadline(now, silent)

    def _deliver(self, now: float) -> None:
        """Feed each received line at the time its last byte arrived, so that the
        reply is timed from there, not from when this loop woke up to notice."""
        for port in self._ports():
            while (piece := port.take_inbound(now)) is not None:
                at = max(piece[0], self._fw_time)
                self.firmware.feed(piece[1], self.clock.sim(at))
                self._run_firmware(at)
                if at < self._silent_until or port.closed:
                    return

    def _run_firmware(self, at: float) -> None:
        """Let the firmware work at real time `at` and put what it said on the wire."""
        self._fw_time = at = max(at, self._fw_time)
        fw = self.firmware
        fw.step(self.clock.sim(at))
        # A silence that began in this step holds back what the step said.
        if fw.out and at >= self._silent_until:
            self._send_output(at)

    def _next_deadline(self, now: float, silent: bool) -> tuple[float | None, bool]:
        deadlines = [self._silent_until] if silent else []
        if not silent:
            sim_deadline = self.firmware.next_deadline(self.clock.sim(now))
            if sim_deadline is not None:
                deadlines.append(self.clock.real(sim_deadline))
        replies: list[float] = []
        for port in self._ports():
            self._set_interest(port, silent)
            if (due := port.next_in()) is not None:
                deadlines.append(due)
            if (due := port.next_out()) is not None:
                replies.append(due)
        if self._reconnect_at is not None:
            deadlines.append(self._reconnect_at)
        other = min(deadlines) if deadlines else None
        reply = min(replies) if replies else None
        if reply is not None and (other is None or reply <= other):
            return reply, True
        return other, False

    def _ports(self) -> list[Port]:
        return [p for p in (self.pty, self._tcp) if p is not None]

    def _send_output(self, now: float) -> None:
        out = self.firmware.out
        faults = self.faults
        if faults.garble_active:
            data = b"".join(
                faults.garble(f"{line}\n".encode()) if faultable else f"{line}\n".encode()
                for line, faultable in out
            )
        else:
            data = "".join([f"{line}\n" for line, _ in out]).encode()
        out.clear()
        for port in self._ports():
            port.send(data, now)

    def _set_interest(self, port: Port, silent: bool) -> None:
        # No flow control on the wire (no RTS/CTS, no XON/XOFF): bytes are read as they
        # come, and whatever finds the firmware's RX ring full is lost there.
        events = 0 if silent else selectors.EVENT_READ
        if port.pending:
            events |= selectors.EVENT_WRITE
        if self._events.get(port.fd) != events:
            self._watch(port, events)

    def _watch(self, port: Port, events: int) -> None:
        old = self._events.get(port.fd)
        if old is None and events:
            self._selector.register(port.fd, events, port)
        elif old is not None and events:
            self._selector.modify(port.fd, events, port)
        elif old is not None:
            self._selector.unregister(port.fd)
        if events:
            self._events[port.fd] = events
        else:
            self._events.pop(port.fd, None)

    def _unwatch(self, port: Port) -> None:
        if self._events.pop(port.fd, None) is not None:
            self._selector.unregister(port.fd)

    def _on_event(self, key: selectors.SelectorKey, mask: int) -> None:
        if key.data == "wake":
            os.read(self._wake_r, 512)
        elif key.data == "listen":
            self._accept()
        elif isinstance(key.data, Port):
            port = key.data
            now = time.monotonic()
            if mask & selectors.EVENT_WRITE:
                port.flush(now)
            if mask & selectors.EVENT_READ:
                self._read(port, now)

    def _read(self, port: Port, now: float) -> None:
        data = port.read(READ_CHUNK, now)
        if data is None:  # the TCP peer hung up
            self._unwatch(port)
            port.close()
            if port is self._tcp:
                self._tcp = None
        elif data:  # an ideal link: straight to the firmware, one line at a time
            at = max(self._fw_time, now)
            start = 0
            while start < len(data) and not port.closed:
                end = data.find(b"\n", start) + 1 or len(data)
                self.firmware.feed(data[start:end], self.clock.sim(at))
                self._run_firmware(at)
                start = end

    def _accept(self) -> None:
        assert self._listener is not None
        try:
            sock, _addr = self._listener.accept()
        except BlockingIOError:
            return
        if self._tcp is not None:  # one host at a time: the newcomer wins
            self._unwatch(self._tcp)
            self._tcp.close()
        self._tcp = TcpPort(sock, self.config.baud, self.config.latency_ms)
        self._watch(self._tcp, selectors.EVENT_READ)

    # -- link faults ---------------------------------------------------------------------
    def _silence(self, seconds: float) -> None:
        self._silent_until = max(self._fw_time, time.monotonic()) + seconds

    def _disconnect(self, seconds: float) -> None:
        """USB gone: every port closes now and comes back (new pty) after `seconds`."""
        self.firmware.out.clear()  # what was not on the wire yet is lost with the cable
        tcp_port = self.tcp_port
        self._close_ports()
        self._reconnect_tcp = tcp_port
        self._reconnect_at = time.monotonic() + seconds

    def _reconnect(self, now: float) -> None:
        self._reconnect_at = None
        self._open_ports(self._reconnect_tcp)
        # Opening the port resets the board (DTR), so the firmware boots again.
        self.firmware.reset(self.clock.sim(now))
