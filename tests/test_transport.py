"""SerialTransport over real pseudo-terminals (and a TCP socket) through pyserial.

The test plays the printer on the pty's master side; the transport opens the slave by
path exactly as it would open /dev/ttyACM0.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import threading
import time
import tty
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.transport import SerialTransport, TransportError, list_serial_ports, stable_name


class PtyPrinter:
    """The printer end of a pty pair."""

    def __init__(self) -> None:
        self.master, slave = os.openpty()
        tty.setraw(slave)  # no echo or line editing before pyserial configures the port
        self.path = os.ttyname(slave)
        os.close(slave)  # the transport opens it again by name

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def read_until(self, expected: bytes, timeout_s: float = 2.0) -> bytes:
        deadline = time.monotonic() + timeout_s
        data = b""
        while expected not in data:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"printer never received {expected!r}; got {data!r}")
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                data += os.read(self.master, 4096)
        return data

    def unplug(self) -> None:
        if self.master >= 0:
            os.close(self.master)
            self.master = -1


class Received:
    """Collects on_data chunks and on_lost reasons; tests wait on its events."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.times: list[float] = []
        self.lost: list[str] = []
        self.lost_event = threading.Event()
        self._cond = threading.Condition()

    def on_data(self, chunk: bytes, now: float) -> None:
        with self._cond:
            self.data += chunk
            self.times.append(now)
            self._cond.notify_all()

    def on_lost(self, reason: str) -> None:
        self.lost.append(reason)
        self.lost_event.set()

    def wait_for(self, expected: bytes, timeout_s: float = 2.0) -> None:
        with self._cond:
            ok = self._cond.wait_for(lambda: expected in self.data, timeout=timeout_s)
        assert ok, f"never received {expected!r}; got {bytes(self.data)!r}"


@pytest.fixture
def printer() -> Iterator[PtyPrinter]:
    p = PtyPrinter()
    yield p
    p.unplug()


@pytest.fixture
def transport(printer: PtyPrinter) -> Iterator[SerialTransport]:
    t = SerialTransport(printer.path, 115200)
    t.open()
    yield t
    t.close()


def test_boot_banner_is_read_until_quiet_and_returned(
    printer: PtyPrinter, transport: SerialTransport
) -> None:
    printer.send(b"start\r\necho:Marlin 2.1.2\r\necho: Last Updated: 2023-06-20\r\n")
    began = time.monotonic()
    lines = transport.wait_for_boot(expect_start=True, quiet_s=0.2, timeout_s=5.0)
    assert lines == ["start", "echo:Marlin 2.1.2", "echo: Last Updated: 2023-06-20"]
    assert time.monotonic() - began < 2.0  # left at the quiet spell, not the timeout


def test_waiting_for_start_outlasts_the_bootloader_silence(
    printer: PtyPrinter, transport: SerialTransport
) -> None:
    # The bootloader keeps quiet for longer than quiet_s; the transport must not take
    # that silence for the end of the banner when `start` is expected.
    threading.Timer(0.4, printer.send, args=(b"start\necho:ready\n",)).start()
    began = time.monotonic()
    lines = transport.wait_for_boot(expect_start=True, quiet_s=0.1, timeout_s=5.0)
    assert lines == ["start", "echo:ready"]
    assert time.monotonic() - began >= 0.4


def test_without_start_a_quiet_spell_ends_the_wait(transport: SerialTransport) -> None:
    began = time.monotonic()
    assert transport.wait_for_boot(expect_start=False, quiet_s=0.15, timeout_s=5.0) == []
    assert 0.15 <= time.monotonic() - began < 2.0


def test_missing_start_gives_up_at_the_timeout(
    printer: PtyPrinter, transport: SerialTransport
) -> None:
    printer.send(b"garbage\xff without newline")
    lines = transport.wait_for_boot(expect_start=True, quiet_s=0.05, timeout_s=0.3)
    assert lines == ["garbage\ufffd without newline"]


def test_data_reaches_the_callback_and_writes_reach_the_printer(
    printer: PtyPrinter, transport: SerialTransport
) -> None:
    got = Received()
    transport.start_reader(got.on_data, got.on_lost)
    replies = b"".join(b"ok T:%d.0 /200.0\n" % i for i in range(200))
    printer.send(replies)
    got.wait_for(b"ok T:199.0 /200.0\n")
    assert bytes(got.data) == replies
    assert got.times == sorted(got.times)

    transport.write(b"N1 G28*18\n")
    transport.write(b"N2 M105*37\n")
    assert printer.read_until(b"N2 M105*37\n") == b"N1 G28*18\nN2 M105*37\n"
    assert got.lost == []


def test_port_loss_is_reported_once_and_writes_then_fail(
    printer: PtyPrinter, transport: SerialTransport
) -> None:
    got = Received()
    transport.start_reader(got.on_data, got.on_lost)
    printer.send(b"ok\n")
    got.wait_for(b"ok\n")
    printer.unplug()
    assert got.lost_event.wait(2.0), "the loss of the port was not noticed"
    assert len(got.lost) == 1
    assert printer.path in got.lost[0]
    assert not transport.is_open
    with pytest.raises(TransportError, match="not open"):
        transport.write(b"M105\n")


def test_close_stops_the_reader_without_reporting_a_loss(
    printer: PtyPrinter, transport: SerialTransport
) -> None:
    got = Received()
    transport.start_reader(got.on_data, got.on_lost)
    reader = transport._reader
    assert reader is not None
    transport.close()
    reader.join(2.0)
    assert not reader.is_alive()
    assert got.lost == []
    transport.close()  # twice is harmless


def test_reconnects_when_the_symlink_comes_back(tmp_path: Path) -> None:
    link = tmp_path / "printer"
    first = PtyPrinter()
    link.symlink_to(first.path)
    transport = SerialTransport(str(link), 250000)
    try:
        transport.open()
        got = Received()
        transport.start_reader(got.on_data, got.on_lost)
        first.unplug()  # the virtual printer "disconnects" and removes its link
        link.unlink()
        assert got.lost_event.wait(2.0)
        assert transport.wait_for_port(time.monotonic() + 0.2) is False

        second = PtyPrinter()
        try:
            threading.Timer(0.2, lambda: link.symlink_to(second.path)).start()
            assert transport.wait_for_port(time.monotonic() + 5.0) is True
            transport.open()
            again = Received()
            transport.start_reader(again.on_data, again.on_lost)
            second.send(b"start\n")
            again.wait_for(b"start\n")
            transport.write(b"M115\n")
            second.read_until(b"M115\n")
        finally:
            second.unplug()
    finally:
        transport.close()
        first.unplug()


def test_wait_for_port_returns_early_when_closed(tmp_path: Path) -> None:
    transport = SerialTransport(str(tmp_path / "absent"), 115200)
    threading.Timer(0.1, transport.close).start()
    began = time.monotonic()
    assert transport.wait_for_port(time.monotonic() + 10.0) is False
    assert time.monotonic() - began < 2.0


def test_socket_url_works_and_reports_the_far_end_closing() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    transport = SerialTransport(f"socket://127.0.0.1:{port}", 115200)
    try:
        transport.open()
        conn, _ = server.accept()
        got = Received()
        transport.start_reader(got.on_data, got.on_lost)
        conn.sendall(b"start\nok\n")
        got.wait_for(b"ok\n")
        transport.write(b"M105\n")
        conn.settimeout(2.0)
        assert conn.recv(100) == b"M105\n"
        conn.close()
        assert got.lost_event.wait(2.0)
        assert "disconnected" in got.lost[0]
    finally:
        transport.close()
        server.close()


def test_opening_a_missing_port_says_what_to_check(tmp_path: Path) -> None:
    transport = SerialTransport(str(tmp_path / "ttyACM9"), 115200)
    with pytest.raises(TransportError, match=r"ttyACM9.*connected"):
        transport.open()


def test_stable_names_leave_urls_and_unknown_paths_alone(printer: PtyPrinter) -> None:
    assert stable_name("socket://10.0.0.5:23") == "socket://10.0.0.5:23"
    assert stable_name(printer.path) == printer.path  # ptys have no by-id alias
    for info in list_serial_ports():
        assert info.preferred in (info.by_id, info.device)


def open_fds(path: str) -> tuple[int, int]:
    """How many of this process's descriptors are on `path`, and how many are pipes."""
    targets = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(FileNotFoundError):  # the listing's own descriptor
            targets.append(os.readlink(f"/proc/self/fd/{fd}"))
    return targets.count(path), sum(t.startswith("pipe:") for t in targets)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc (Linux)")
def test_posix_fast_path_delivers_and_leaves_no_descriptor_behind(printer: PtyPrinter) -> None:
    # Device paths are read with select + os.read on a duplicate of the port's
    # descriptor and a wake-up pipe; both must go with the reader, on close and on loss.
    before = open_fds(printer.path)
    transport = SerialTransport(printer.path, 115200)
    transport.open()
    got = Received()
    transport.start_reader(got.on_data, got.on_lost)
    printer.send(b"ok\n" * 3)
    got.wait_for(b"ok\nok\nok\n")
    transport.close()
    assert got.lost == []
    assert open_fds(printer.path) == before

    transport.open()
    lost = Received()
    transport.start_reader(lost.on_data, lost.on_lost)
    printer.unplug()
    assert lost.lost_event.wait(2.0), "the loss of the port was not noticed"
    assert "disconnected" in lost.lost[0]
    deadline = time.monotonic() + 2.0
    while open_fds(printer.path) != before and time.monotonic() < deadline:
        time.sleep(0.01)  # the reader closes its descriptors as it ends, just after on_lost
    assert open_fds(printer.path) == before
    transport.close()


def test_a_write_the_printer_never_reads_times_out(printer: PtyPrinter) -> None:
    transport = SerialTransport(printer.path, 115200, write_timeout_s=0.3)
    transport.open()
    try:
        began = time.monotonic()
        with pytest.raises(TransportError, match="timed out"):
            transport.write(b"G1 X1\n" * 200_000)  # far more than the pty buffers
        assert 0.3 <= time.monotonic() - began < 2.0
    finally:
        transport.close()
