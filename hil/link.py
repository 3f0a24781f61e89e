"""The conversation with the printer under test: transport + host protocol, plus evidence.

`HilLink` is a thin, synchronous driver over the agent's own layers (SerialTransport owns
the port, HostProtocol frames lines and parses replies), so the suite exercises the code
the agent runs. The thread that waits also runs the protocol's timers: `wait_for` sleeps on
a condition until the next protocol deadline or until the reader thread delivers bytes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agent import safety
from agent.profiles import FirmwareProfile, protocol_settings
from agent.protocol import events as ev
from agent.protocol.host import HostProtocol, ProtocolSettings
from agent.transport import SerialTransport, TransportError
from hil.evidence import Direction, Transcript, TranscriptLine, shorten


class LinkError(RuntimeError):
    """The printer stopped answering, or the port went away; the message says which."""


class Refused(ValueError):
    """agent.safety refused a line before it was sent."""


@dataclass(frozen=True, slots=True)
class Mark:
    events: int
    transcript: int


class HilLink:
    def __init__(
        self, port: str, baud: int, profile: FirmwareProfile, ok_timeout_s: float | None = None
    ) -> None:
        self.port = port
        self.baud = baud
        self.profile = profile
        self._ok_timeout_s = ok_timeout_s
        self.transcript = Transcript()
        self._cond = threading.Condition()
        self._events: list[ev.Event] = []
        self._proto = HostProtocol(self.settings())
        self._transport: SerialTransport | None = None
        self._lost: str | None = None

    # -- lifecycle --------------------------------------------------------------------
    def open(self) -> list[str]:
        """Open the port, wait for the boot banner or a quiet spell; returns the banner."""
        conn = self.profile.connection
        try:
            transport = SerialTransport(self.port, self.baud)
            transport.open()
            banner = transport.wait_for_boot(
                expect_start=conn.resets_on_open and bool(conn.start_line),
                start_line=conn.start_line or "start",
                quiet_s=conn.quiet_s,
                timeout_s=conn.boot_timeout_s,
            )
        except TransportError as error:
            raise LinkError(str(error)) from error
        with self._cond:
            self._transport = transport
        now = time.monotonic()
        for line in banner:
            self.transcript.add_bytes(Direction.RECEIVED, line.encode() + b"\n", now)
        transport.start_reader(self._on_data, self._on_lost)
        return banner

    def close(self) -> None:
        with self._cond:
            transport, self._transport = self._transport, None
        if transport is not None:
            transport.close()

    @property
    def is_open(self) -> bool:
        return self._transport is not None and self._lost is None

    def settings(self, **overrides: Any) -> ProtocolSettings:
        """The agent's protocol settings for the profile (what a real agent would use).

        One change: the suite's no-op, `G4 P0`, is not a long-running command. The
        profiles list G4 among them (a print's dwell may be long), which would give a lost
        no-op the long-command timeout (minutes) instead of the ok-timeout.
        """
        if self._ok_timeout_s is not None:
            overrides.setdefault("ok_timeout_s", self._ok_timeout_s)
        long_commands = frozenset(self.profile.timeouts.long_commands) - {"G4"}
        overrides.setdefault("long_commands", long_commands)
        return protocol_settings(self.profile, **overrides)

    def restart_protocol(self, settings: ProtocolSettings | None = None) -> None:
        """A fresh protocol (new numbering) that starts with the `M110 N0` resync."""
        with self._cond:
            self._proto = HostProtocol(settings or self.settings())
            self._proto.handshake()
            self._pump(time.monotonic())

    # -- sending ----------------------------------------------------------------------
    def send(self, line: str) -> None:
        """Queue one line through the agent's safety check; written as the window allows."""
        refusal = safety.check_line(line, self.profile)
        if refusal is not None:
            raise Refused(str(refusal))
        with self._cond:
            self._proto.enqueue(line)
            self._pump(time.monotonic())

    def send_many(self, lines: list[str]) -> None:
        """Queue several lines at once, so a window lets them out as one burst."""
        for line in lines:
            refusal = safety.check_line(line, self.profile)
            if refusal is not None:
                raise Refused(str(refusal))
        with self._cond:
            for line in lines:
                self._proto.enqueue(line)
            self._pump(time.monotonic())

    def command(self, line: str, timeout: float) -> list[ev.Event]:
        """Send one line and wait until it (and all before it) is acknowledged."""
        mark = self.mark()
        self.send(line)
        self.require_idle(timeout, f"no ok for {line!r}")
        return self.events_since(mark)

    def write_mutated(self, line: str, mutate: Callable[[bytes], bytes]) -> bytes:
        """Frame `line` with the protocol but write `mutate(frame)` (a corrupted line)."""
        with self._cond:
            if not self._proto.idle:
                raise LinkError("write_mutated needs an idle link (lines still in flight)")
            self._proto.enqueue(line)
            frame = self._proto.take_output(time.monotonic())
            data = mutate(frame)
            self._write(data)
            return data

    def write_out_of_band(self, line: str) -> None:
        """Unnumbered, past the queue and the window (M112, last-ditch heaters off)."""
        with self._cond:
            self._write(self._proto.send_emergency(line))

    # -- waiting ----------------------------------------------------------------------
    def wait_for(self, predicate: Callable[[], bool], timeout: float) -> bool:
        """Run timers and wait until `predicate()` (called with the lock held) is true."""
        end = time.monotonic() + timeout
        with self._cond:
            while True:
                now = time.monotonic()
                self._absorb(self._proto.poll(now))
                self._pump(now)
                if predicate():
                    return True
                if self._lost is not None:
                    raise LinkError(self._lost)
                if now >= end:
                    return False
                wake = end
                deadline = self._proto.next_deadline()
                if deadline is not None:
                    wake = min(wake, max(deadline, now + 0.001))
                self._cond.wait(wake - now)

    def idle_for(self, seconds: float) -> None:
        """Let time pass (a sampling interval) while the protocol's timers keep running."""
        self.wait_for(lambda: False, seconds)

    def wait_idle(self, timeout: float) -> bool:
        return self.wait_for(lambda: self._proto.idle, timeout)

    def require_idle(self, timeout: float, what: str) -> None:
        if not self.wait_idle(timeout):
            raise LinkError(f"{what} within {timeout:.0f} s: the firmware stopped answering")

    def wait_event(self, kind: type[Any], mark: Mark, timeout: float) -> bool:
        """Wait until an event of `kind` has arrived since `mark`."""

        def seen() -> bool:
            return any(isinstance(e, kind) for e in self._events[mark.events :])

        return self.wait_for(seen, timeout)

    @property
    def in_flight(self) -> int:
        return self._proto.in_flight

    @property
    def halted(self) -> str | None:
        """Why the protocol stopped sending (a fatal firmware error, M112), or None."""
        return self._proto.halted

    # -- evidence ---------------------------------------------------------------------
    def mark(self) -> Mark:
        with self._cond:
            return Mark(len(self._events), self.transcript.mark())

    def events_since(self, mark: Mark) -> list[ev.Event]:
        with self._cond:
            return self._events[mark.events :]

    def lines_since(self, mark: Mark) -> list[TranscriptLine]:
        return self.transcript.since(mark.transcript)

    def evidence(self, mark: Mark) -> list[str]:
        return shorten(self.lines_since(mark))

    @property
    def lost_reason(self) -> str | None:
        return self._lost

    # -- internals (lock held) --------------------------------------------------------
    def _pump(self, now: float) -> None:
        if self._transport is None:
            return
        out = self._proto.take_output(now)
        if out:
            self._write(out)

    def _write(self, data: bytes) -> None:
        if self._transport is None:
            raise LinkError(self._lost or f"the port {self.port} is not open")
        self.transcript.add_bytes(Direction.SENT, data, time.monotonic())
        try:
            self._transport.write(data)
        except TransportError as error:
            raise LinkError(str(error)) from error

    def _on_data(self, data: bytes, now: float) -> None:
        with self._cond:
            self.transcript.add_bytes(Direction.RECEIVED, data, now)
            self._absorb(self._proto.feed(data, now))
            self._pump(now)
            self._cond.notify_all()

    def _absorb(self, events: list[ev.Event]) -> None:
        for event in events:
            self._events.append(event)
            if isinstance(event, ev.LinkLost):
                self._lost = f"the protocol gave up: {event.reason}"

    def _on_lost(self, reason: str) -> None:
        with self._cond:
            self._lost = f"serial port lost: {reason}"
            self._transport = None
            self._cond.notify_all()
