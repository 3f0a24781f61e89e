"""The one small owner of a printer's serial port (modelled on Klipper's serialhdl.py).

It opens the port, waits out the boot banner, reads in a thread and hands raw chunks to
a callback, writes bytes, and notices when the port vanishes. No G-code knowledge here.

    transport = SerialTransport("/dev/serial/by-id/usb-...", 115200)
    transport.open()
    banner = transport.wait_for_boot(expect_start=True)   # DTR reset: wait for `start`
    transport.start_reader(on_data, on_lost)              # on_data(chunk, now); on_lost(reason)
    transport.write(b"N0 M110 N0*125\\n")
    ...
    # after on_lost: wait for the device to come back, then open again
    if transport.wait_for_port(time.monotonic() + 60): transport.open()
    transport.close()
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import serial
from serial.tools import list_ports

log = logging.getLogger(__name__)

BY_ID_DIR = Path("/dev/serial/by-id")
OnData = Callable[[bytes, float], None]
OnLost = Callable[[str], None]
# Without cancel_read (URL handlers such as socket://) the reader wakes this often to
# notice close(); with it (device paths) it blocks until data arrives.
_URL_READ_TIMEOUT_S = 0.2


class TransportError(Exception):
    """The port could not be opened or written; the message says what to check."""


@dataclass(frozen=True, slots=True)
class PortInfo:
    device: str  # /dev/ttyACM0
    by_id: str | None  # /dev/serial/by-id/usb-Prusa_Research_..., stable across replugs
    description: str
    hwid: str

    @property
    def preferred(self) -> str:
        return self.by_id or self.device


def _by_id_aliases() -> dict[str, str]:
    """Real device path -> its /dev/serial/by-id name."""
    aliases: dict[str, str] = {}
    if BY_ID_DIR.is_dir():
        for link in sorted(BY_ID_DIR.iterdir()):
            aliases.setdefault(os.path.realpath(link), str(link))
    return aliases


def list_serial_ports() -> list[PortInfo]:
    """Candidate printer ports, with their stable by-id names when udev made one."""
    aliases = _by_id_aliases()
    return [
        PortInfo(p.device, aliases.get(os.path.realpath(p.device)), p.description, p.hwid)
        for p in sorted(list_ports.comports(), key=lambda p: p.device)
    ]


def stable_name(port: str) -> str:
    """The /dev/serial/by-id alias of a device path, or `port` itself (URLs included)."""
    if "://" in port:
        return port
    return _by_id_aliases().get(os.path.realpath(port), port)


class SerialTransport:
    """Owns one port. Thread-safe: write/close from any thread; callbacks run in the reader."""

    def __init__(self, port: str, baud: int, *, write_timeout_s: float = 5.0) -> None:
        if not port:
            raise TransportError("no port given; pass a device path or a pyserial URL")
        if baud <= 0:
            raise TransportError(f"baud rate must be positive, not {baud}")
        self.port = port
        self.baud = baud
        self.write_timeout_s = write_timeout_s
        self._serial: serial.SerialBase | None = None
        self._lock = threading.Lock()  # guards _serial, _lost and the reader handle
        self._write_lock = threading.Lock()
        self._reader: threading.Thread | None = None
        self._stopping = threading.Event()  # one per connection: stops that reader only
        self._closed = threading.Event()  # close() was called: ends wait_for_port early
        self._lost = False
        self._on_lost: OnLost | None = None

    @property
    def is_url(self) -> bool:
        return "://" in self.port

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._serial is not None and not self._lost

    # -- connect --------------------------------------------------------------
    def open(self) -> None:
        """Open the port (a device path or a pyserial URL such as socket://host:port)."""
        if not self.is_url:
            preferred = stable_name(self.port)
            if preferred != self.port:
                log.info("using stable name %s for %s", preferred, self.port)
                self.port = preferred  # survives the ttyACM0 -> ttyACM1 renumbering on replug
        try:
            port = serial.serial_for_url(
                self.port,
                baudrate=self.baud,
                timeout=None,
                write_timeout=self.write_timeout_s,
                exclusive=None if self.is_url else True,
                do_not_open=True,
            )
            if not hasattr(port, "cancel_read"):
                port.timeout = _URL_READ_TIMEOUT_S
            port.open()
        except (serial.SerialException, OSError, ValueError) as e:
            raise TransportError(
                f"cannot open {self.port}: {e}. Check that the printer is connected and "
                f"powered, that no other program (OctoPrint, another agent) holds the port, "
                f"and that this user may open it (group dialout)."
            ) from e
        with self._lock:
            if self._serial is not None:
                port.close()
                raise TransportError(f"{self.port} is already open")
            self._serial = port
            self._lost = False
            self._reader = None
            self._stopping = threading.Event()
            self._closed.clear()

    def wait_for_boot(
        self,
        *,
        expect_start: bool = False,
        start_line: str = "start",
        quiet_s: float = 0.5,
        timeout_s: float = 10.0,
    ) -> list[str]:
        """Read and discard the boot banner; returns its lines.

        Opening a USB-serial port pulses DTR, which resets most 8-bit boards; the
        bootloader then stays silent for a second or two before the firmware prints
        `start`. With `expect_start`, wait for that line and then for a quiet spell of
        `quiet_s`; otherwise wait only for the quiet spell. Gives up at `timeout_s`
        either way (the caller decides whether a missing `start` matters).
        """
        port = self._require_open()
        if self._reader is not None:
            raise TransportError("wait_for_boot must run before start_reader")
        now = time.monotonic()
        deadline, last_data = now + timeout_s, now
        started = not expect_start
        buffer = bytearray()
        lines: list[str] = []
        try:
            while (now := time.monotonic()) < deadline:
                wait = deadline - now if not started else min(deadline, last_data + quiet_s) - now
                if wait <= 0:
                    break
                port.timeout = wait
                chunk = port.read(max(1, port.in_waiting))
                if not chunk:
                    continue
                last_data = time.monotonic()
                buffer += chunk
                *complete, rest = bytes(buffer).split(b"\n")
                buffer = bytearray(rest)
                for raw in complete:
                    text = raw.decode("utf-8", "replace").strip()
                    lines.append(text)
                    started = started or text == start_line
        except (serial.SerialException, OSError) as e:
            self._mark_lost(port)
            raise TransportError(
                f"{self.port} failed while waiting for the boot banner: {e}"
            ) from e
        finally:
            still_current = self._serial is port  # (not lost meanwhile)
            if still_current:
                port.timeout = None if hasattr(port, "cancel_read") else _URL_READ_TIMEOUT_S
        if buffer:
            lines.append(bytes(buffer).decode("utf-8", "replace").strip())
        return lines

    def start_reader(self, on_data: OnData, on_lost: OnLost) -> None:
        """Start the reader thread: on_data(chunk, monotonic time); on_lost(reason) once."""
        port = self._require_open()
        with self._lock:
            if self._reader is not None:
                raise TransportError("the reader is already running")
            self._on_lost = on_lost
            self._reader = threading.Thread(
                target=self._read_loop,
                args=(port, self._stopping, on_data),
                name=f"serial {self.port}",
                daemon=True,
            )
            self._reader.start()

    # -- I/O ------------------------------------------------------------------
    def write(self, data: bytes) -> None:
        """Write all of `data`; raises TransportError (and reports the loss) on failure."""
        port = self._require_open()
        try:
            with self._write_lock:
                port.write(data)
        except serial.SerialTimeoutException as e:
            raise TransportError(
                f"writing to {self.port} timed out after {self.write_timeout_s} s: the "
                f"printer is not reading (flow control, or a hung firmware)"
            ) from e
        except (serial.SerialException, OSError) as e:
            self._report_lost(port, f"write to {self.port} failed: {e}")
            raise TransportError(f"write to {self.port} failed: {e}") from e

    def _read_loop(self, port: serial.SerialBase, stop: threading.Event, on_data: OnData) -> None:
        while not stop.is_set():
            try:
                chunk = port.read(1)
                waiting = port.in_waiting
                if waiting:
                    chunk += port.read(waiting)
            except (serial.SerialException, OSError, TypeError, AttributeError) as e:
                # TypeError/AttributeError: pyserial's fd vanished under a concurrent close()
                if not stop.is_set():
                    self._report_lost(port, f"{self.port} disconnected: {e}")
                return
            if chunk and not stop.is_set():
                try:
                    on_data(chunk, time.monotonic())
                except Exception as e:
                    log.exception("data handler failed; treating the port as lost")
                    self._report_lost(port, f"data handler failed: {e!r}")
                    return

    def _report_lost(self, port: serial.SerialBase, reason: str) -> None:
        if not self._mark_lost(port):
            return
        log.warning("%s", reason)
        if self._on_lost is not None:
            self._on_lost(reason)

    def _mark_lost(self, port: serial.SerialBase) -> bool:
        """Close `port` if it is still the current one; True for the caller that did it."""
        cancel, close = getattr(port, "cancel_read", None), port.close
        with self._lock:
            if self._lost or self._serial is not port:
                return False  # already handled, or a stale reader of an older connection
            self._lost = True
            self._serial = None
            self._reader = None  # it ends by itself: its stop event is set below
            self._stopping.set()
        if cancel is not None:
            cancel()  # wakes a reader blocked in select() before its fd goes away
        close()
        return True

    def _require_open(self) -> serial.SerialBase:
        with self._lock:
            if self._serial is None:
                raise TransportError(f"{self.port} is not open")
            return self._serial

    # -- reconnect / close ------------------------------------------------------
    def wait_for_port(self, deadline: float, poll_s: float = 0.1) -> bool:
        """Poll until the device path exists again (or `deadline`, a monotonic time).

        A replugged printer, or the virtual printer re-creating its `--link` symlink,
        makes the path reappear. URLs cannot be polled this way and return True; open()
        then tells whether the far end is back.
        """
        if self.is_url:
            return True
        while True:
            if os.path.exists(self.port) and os.access(self.port, os.R_OK | os.W_OK):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            # Stop early if close() is called meanwhile (the event doubles as the sleep).
            if self._closed.wait(min(poll_s, remaining)):
                return False

    def close(self) -> None:
        """Stop the reader and close the port; safe to call twice or from a callback."""
        self._closed.set()
        with self._lock:
            self._stopping.set()
            port, self._serial = self._serial, None
            reader, self._reader = self._reader, None
        if port is not None:
            cancel = getattr(port, "cancel_read", None)
            if cancel is not None:
                cancel()
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=2.0)
        if port is not None:
            port.close()
