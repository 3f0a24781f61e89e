"""A deliberately small G-code host over pyserial, for tests of the virtual printer.

It is not the agent's host protocol (agent/protocol/): it knows just enough to frame
lines, wait for replies with a deadline and stream a list of commands one line per
`ok`, honouring resend requests, so that tests can drive the simulator on its own.
"""

from __future__ import annotations

import re
import time

import serial

from agent.virtual.reader import checksum

_RESEND_RE = re.compile(r"^(?:Resend: ?|rs N)(\d+)")


def frame(number: int, command: str) -> bytes:
    body = f"N{number} {command}"
    return f"{body}*{checksum(body)}\n".encode()


class SerialHost:
    def __init__(self, port: str, ok_after_resend: bool = True) -> None:
        self.serial = serial.serial_for_url(port, timeout=0.02, write_timeout=5)
        self.ok_after_resend = ok_after_resend
        self.number = 0
        self.transcript: list[str] = []  # every line received, as text
        self._buf = b""

    def close(self) -> None:
        self.serial.close()

    def __enter__(self) -> SerialHost:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- sending --------------------------------------------------------------------
    def write(self, data: bytes) -> None:
        self.serial.write(data)

    def send(self, command: str) -> int:
        """Send the next numbered, checksummed line; returns its number."""
        self.number += 1
        self.write(frame(self.number, command))
        return self.number

    def handshake(self, timeout: float = 5.0) -> None:
        self.write(b"N0 M110 N0*125\n")
        self.number = 0
        self.wait_for(lambda line: line.startswith("ok"), timeout)

    # -- receiving ------------------------------------------------------------------
    def readline(self, deadline: float) -> str | None:
        """One line (without the newline), or None at the deadline."""
        while b"\n" not in self._buf:
            if time.monotonic() >= deadline:
                return None
            self._buf += self.serial.read(max(1, self.serial.in_waiting))
        raw, _, self._buf = self._buf.partition(b"\n")
        line = raw.decode("latin-1").rstrip("\r")
        self.transcript.append(line)
        return line

    def wait_for(self, match: object, timeout: float = 5.0) -> list[str]:
        """Lines up to and including the first for which `match(line)` is true."""
        deadline = time.monotonic() + timeout
        lines: list[str] = []
        while True:
            line = self.readline(deadline)
            if line is None:
                raise TimeoutError(f"no matching line within {timeout} s; got {lines[-20:]}")
            lines.append(line)
            if match(line):  # type: ignore[operator]
                return lines

    def lines_for(self, seconds: float) -> list[str]:
        """Everything received during `seconds`."""
        deadline = time.monotonic() + seconds
        lines = []
        while (line := self.readline(deadline)) is not None:
            lines.append(line)
        return lines

    def command(self, command: str, timeout: float = 5.0) -> list[str]:
        """Send one numbered command and return the replies up to its `ok`."""
        self.send(command)
        return self.wait_for(lambda line: line.startswith("ok"), timeout)

    # -- streaming ------------------------------------------------------------------
    def stream(self, commands: list[str], reply_timeout: float = 0.5) -> None:
        """One line per ok, resending on request or after `reply_timeout` of silence."""
        first = self.number + 1
        index = 0
        while index < len(commands):
            number = first + index
            self.number = number - 1
            self.send(commands[index])
            index += self._await_ack(number, reply_timeout) - number

    def _await_ack(self, number: int, reply_timeout: float) -> int:
        """Read until line `number` is settled; returns the next line number to send."""
        while True:
            line = self.readline(time.monotonic() + reply_timeout)
            if line is None:
                return number  # lost line or lost ok: send it again
            if line.startswith("ok"):
                return number + 1
            if line.startswith("skip"):
                self._skip_ok(reply_timeout)
                return number + 1
            match = _RESEND_RE.match(line)
            if match:
                wanted = int(match.group(1))
                if self.ok_after_resend:
                    self._skip_ok(reply_timeout)
                return wanted if wanted in (number, number + 1) else number

    def _skip_ok(self, reply_timeout: float) -> None:
        """Consume the ok that follows a resend request (it may be garbled or lost)."""
        deadline = time.monotonic() + reply_timeout
        while (line := self.readline(deadline)) is not None:
            if line.startswith("ok"):
                return
