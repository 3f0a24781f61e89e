"""The emulated wire: each byte takes 10/baud s, each direction adds the latency, and a
reply line reaches the host whole, when its last byte is in, never earlier.

The host writes one numbered line and times the reply with the pty's own readiness;
a slow link (9600 baud, 5 ms) makes the model's figures large against scheduling noise.
"""

from __future__ import annotations

import os
import select
import time
import tty
from collections.abc import Iterator

import pytest

from agent.virtual import VirtualPrinter, VirtualPrinterConfig, start_virtual_printer
from agent.virtual.ports import LinkModel
from agent.virtual.testing import frame

BAUD = 9600
LATENCY_MS = 5.0
BYTE_S = 10 / BAUD
# How late a reply may be on a loaded two-core machine (the model itself is exact).
LATE_S = 0.03


@pytest.fixture
def port_fd() -> Iterator[int]:
    config = VirtualPrinterConfig(baud=BAUD, latency_ms=LATENCY_MS, instant=True)
    printer = start_virtual_printer(config)
    assert isinstance(printer, VirtualPrinter)
    fd = os.open(printer.port_path, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    try:
        yield fd
    finally:
        os.close(fd)
        printer.stop()


def exchange(fd: int, line: bytes, expect: int) -> tuple[float, list[bytes]]:
    """Write `line`; return the seconds until the first reply byte and the chunks read
    until `expect` bytes came."""
    os.write(fd, line)
    sent = time.monotonic()
    chunks: list[bytes] = []
    first = 0.0
    while sum(map(len, chunks)) < expect:
        ready, _, _ = select.select([fd], [], [], 2.0)
        assert ready, f"no reply to {line!r}; got {chunks}"
        if not chunks:
            first = time.monotonic() - sent
        chunks.append(os.read(fd, 4096))
    return first, chunks


def read_until_ok(fd: int) -> None:
    """Skip the boot banner (still crossing the slow wire) and the handshake's ok."""
    data = b""
    while not data.endswith(b"ok\n"):
        ready, _, _ = select.select([fd], [], [], 2.0)
        assert ready, f"no ok; got {data!r}"
        data += os.read(fd, 4096)


def test_a_reply_arrives_whole_after_both_wire_times_and_latencies(port_fd: int) -> None:
    os.write(port_fd, b"N0 M110 N0*125\n")
    read_until_ok(port_fd)
    line = frame(1, "M105")
    reply = b"ok T:20.00 /0.00 B:20.00 /0.00 @:0 B@:0\n"
    took, chunks = exchange(port_fd, line, len(reply))
    model = (len(line) + len(reply)) * BYTE_S + 2 * LATENCY_MS / 1000
    assert chunks == [reply]  # one write, as a USB-serial adapter hands over a packet
    assert model <= took <= model + LATE_S


def test_lines_of_one_reply_leave_as_their_last_bytes_arrive() -> None:
    link = LinkModel(BAUD, LATENCY_MS)
    pieces = link.schedule(b"ok\nok T:1\n", now=10.0)
    assert [p for _, p in pieces] == [b"ok\n", b"ok T:1\n"]
    assert pieces[0][0] == pytest.approx(10.0 + 3 * BYTE_S + 0.005)
    assert pieces[1][0] == pytest.approx(10.0 + 10 * BYTE_S + 0.005)
    # The wire is busy until the last byte is out: the next write queues behind it.
    assert link.schedule(b"x\n", now=10.0)[0][0] == pytest.approx(10.0 + 12 * BYTE_S + 0.005)
