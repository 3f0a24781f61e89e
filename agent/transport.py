"""The one small owner of a printer's serial port (modelled on Klipper's serialhdl.py).

It opens the port, waits out the boot banner, reads in a thread and hands raw chunks to
a callback, writes bytes, and notices when the port vanishes. No G-code knowledge here.

A device path on POSIX is read with `select` + `os.read` on the port's descriptor (two
system calls a chunk; pyserial's read(1) + in_waiting + read(n) takes five) and written
with `os.write` (pyserial adds a select after every write). URL transports (socket://,
rfc2217://) go through pyserial's generic read and write.

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

import contextlib
import logging
import os
import select
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
_READ_SIZE = 4096


class TransportError(Exception):
    """The port could not be opened or written; the message says what to check."""


class _Wakeup:
    """A pipe that ends a reader's select() (close() and loss call set() from any
    thread); the reader closes it when it ends, after which set() does nothing."""

    def __init__(self) -> None:
        self._r, self._w = os.pipe()
        self._lock = threading.Lock()
        self._closed = False

    def fileno(self) -> int:
        return self._r

    def set(self) -> None:
        with self._lock:
            if not self._closed:
                os.write(self._w, b"x")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            os.close(self._r)
            os.close(self._w)


def _posix_fd(port: serial.SerialBase) -> int | None:
    """The descriptor of a POSIX serial device (None for URL handlers and Windows)."""
    if os.name != "posix" or not isinstance(port, serial.Serial):
        return None
    fd = port.fileno()
    return fd if isinstance(fd, int) and fd >= 0 else None


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
        self._wakeup: _Wakeup | None = None  # wakes that connection's fast-path reader
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
            self._wakeup = None
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
            fd = _posix_fd(port)
            if fd is None:
                self._reader = threading.Thread(
                    target=self._read_loop,
                    args=(port, self._stopping, on_data),
                    name=f"serial {self.port}",
                    daemon=True,
                )
            else:
                # The reader reads its own duplicate of the descriptor, so a close()
                # racing with its read can never make it read a reused number.
                self._wakeup = _Wakeup()
                self._reader = threading.Thread(
                    target=self._read_fd_loop,
                    args=(port, os.dup(fd), self._wakeup, self._stopping, on_data),
                    name=f"serial {self.port}",
                    daemon=True,
                )
            self._reader.start()

    # -- I/O ------------------------------------------------------------------
    def write(self, data: bytes) -> None:
        """Write all of `data`; raises TransportError (and reports the loss) on failure."""
        port = self._require_open()
        fd = _posix_fd(port)
        try:
            with self._write_lock:
                if fd is None:
                    port.write(data)
                else:
                    self._write_fd(fd, data)
        except serial.SerialTimeoutException as e:
            raise TransportError(
                f"writing to {self.port} timed out after {self.write_timeout_s} s: the "
                f"printer is not reading (flow control, or a hung firmware)"
            ) from e
        except (serial.SerialException, OSError) as e:
            self._report_lost(port, f"write to {self.port} failed: {e}")
            raise TransportError(f"write to {self.port} failed: {e}") from e

    def _write_fd(self, fd: int, data: bytes) -> None:
        """os.write on the non-blocking descriptor; select() only if the device is full."""
        view = memoryview(data)
        deadline = time.monotonic() + self.write_timeout_s
        while view:
            with contextlib.suppress(BlockingIOError):  # full: wait below
                view = view[os.write(fd, view) :]
            if view:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([], [fd], [], left)[1]:
                    raise serial.SerialTimeoutException("Write timeout")

    def _read_fd_loop(
        self,
        port: serial.SerialBase,
        fd: int,
        wakeup: _Wakeup,
        stop: threading.Event,
        on_data: OnData,
    ) -> None:
        """The POSIX reader: select + os.read until stopped, the device goes or fails."""
        try:
            while not stop.is_set():
                try:
                    ready, _, _ = select.select([fd, wakeup.fileno()], [], [])
                    if stop.is_set():
                        return
                    if fd not in ready:
                        continue
                    chunk = os.read(fd, _READ_SIZE)
                except BlockingIOError:
                    continue
                except OSError as e:
                    self._report_lost(port, f"{self.port} disconnected: {e}")
                    return
                if not chunk:  # readable but empty: the device went away (as pyserial)
                    self._report_lost(port, f"{self.port} disconnected: the device is gone")
                    return
                if not self._deliver(port, stop, on_data, chunk):
                    return
        finally:
            wakeup.close()
            os.close(fd)

    def _deliver(
        self, port: serial.SerialBase, stop: threading.Event, on_data: OnData, chunk: bytes
    ) -> bool:
        """Hand a chunk to the callback; False (and the port reported lost) if it failed."""
        if stop.is_set():
            return False
        try:
            on_data(chunk, time.monotonic())
        except Exception as e:
            log.exception("data handler failed; treating the port as lost")
            self._report_lost(port, f"data handler failed: {e!r}")
            return False
        return True

    def _read_loop(self, port: serial.SerialBase, stop: threading.Event, on_data: OnData) -> None:
        """The generic reader (URL transports): pyserial's read with a timeout."""
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
            if chunk and not self._deliver(port, stop, on_data, chunk):
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
            wakeup, self._wakeup = self._wakeup, None
        if wakeup is not None:
            wakeup.set()
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
            wakeup, self._wakeup = self._wakeup, None
        if wakeup is not None:
            wakeup.set()
        if port is not None:
            cancel = getattr(port, "cancel_read", None)
            if cancel is not None:
                cancel()
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=2.0)
        if port is not None:
            port.close()
