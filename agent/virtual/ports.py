"""The wire: a pseudo-terminal or TCP connection, with an emulated baud rate and latency.

Link timing is real time (it models the cable); each direction is a queue of chunks
with the real time at which their last byte has crossed the wire.
"""

from __future__ import annotations

import errno
import os
import socket
import tty
from collections import deque
from pathlib import Path

# Output the host does not read is dropped past this (a real TX line just loses it).
MAX_PENDING_OUT = 1 << 20
READ_CHUNK = 1 << 16


class LinkModel:
    """Serial timing: each byte takes 10/baud s (start + 8 data + stop bits).

    Bytes go out back to back from when they are written (or the wire frees up); a
    line is handed over whole when its last byte is in, plus the latency, as a
    USB-serial adapter hands the host a packet. Nothing is delivered early.
    """

    def __init__(self, baud: int, latency_ms: float) -> None:
        self.byte_s = 10.0 / baud if baud > 0 else 0.0
        self.latency_s = latency_ms / 1000.0
        self.ideal = self.byte_s == 0 and self.latency_s == 0
        self._free_at = 0.0

    def schedule(self, data: bytes, now: float) -> list[tuple[float, bytes]]:
        """(arrival time, bytes) for a chunk written now, split at line ends."""
        if self.byte_s == 0:
            return [(now + self.latency_s, data)]
        start = max(now, self._free_at)
        pieces: list[tuple[float, bytes]] = []
        pos = 0
        while pos < len(data):
            nl = data.find(b"\n", pos)
            end = len(data) if nl < 0 else nl + 1
            pieces.append((start + end * self.byte_s + self.latency_s, data[pos:end]))
            pos = end
        self._free_at = start + len(data) * self.byte_s
        return pieces

    def reset(self) -> None:
        self._free_at = 0.0


class Port:
    """One connection to a host: a file descriptor plus the two directions of the wire."""

    def __init__(self, fd: int, name: str, baud: int, latency_ms: float) -> None:
        self.fd = fd
        self.name = name
        self.inbound: deque[tuple[float, bytes]] = deque()
        self.outbound: deque[tuple[float, bytes]] = deque()
        self.pending = bytearray()  # due output the fd would not take yet
        self._in_link = LinkModel(baud, latency_ms)
        self._out_link = LinkModel(baud, latency_ms)
        self.closed = False

    def read(self, limit: int, now: float) -> bytes | None:
        """Read up to `limit` bytes into the inbound wire. None: the peer went away."""
        try:
            data = os.read(self.fd, min(limit, READ_CHUNK))
        except BlockingIOError:
            return b""
        except OSError as e:
            if e.errno in (errno.EIO, errno.ECONNRESET):
                return None
            raise
        if not data:
            return None
        if self._in_link.ideal:
            return data  # straight to the firmware
        for due, piece in self._in_link.schedule(data, now):
            self.inbound.append((due, piece))
        return b""

    def take_inbound(self, now: float) -> tuple[float, bytes] | None:
        """The oldest piece (arrival time, bytes) whose wire time is over, if any."""
        inbound = self.inbound
        if not inbound or inbound[0][0] > now:
            return None
        return inbound.popleft()

    def send(self, data: bytes, now: float) -> None:
        if self._out_link.ideal:
            self.pending += data
        else:
            self.outbound.extend(self._out_link.schedule(data, now))

    def flush(self, now: float) -> None:
        """Write what is due; keep the rest for when the fd is writable."""
        outbound = self.outbound
        while outbound and outbound[0][0] <= now:
            self.pending += outbound.popleft()[1]
        if not self.pending:
            return
        try:
            written = os.write(self.fd, self.pending)
        except BlockingIOError:
            written = 0
        except OSError as e:
            if e.errno in (errno.EIO, errno.EPIPE, errno.ECONNRESET):
                self.pending.clear()
                return
            raise
        del self.pending[:written]
        if len(self.pending) > MAX_PENDING_OUT:
            self.pending.clear()

    def next_in(self) -> float | None:
        """When the next received piece is in."""
        return self.inbound[0][0] if self.inbound else None

    def next_out(self) -> float | None:
        """When the next reply is due on the host's side."""
        return self.outbound[0][0] if self.outbound else None

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self.fd)


class PtyPort(Port):
    """A pseudo-terminal in raw mode. We hold the slave open too, so the master never
    sees a hang-up while no host has the port open (and output waits for the host)."""

    def __init__(self, baud: int, latency_ms: float, link: Path | None) -> None:
        master, slave = os.openpty()
        tty.setraw(slave)
        os.set_blocking(master, False)
        self.slave_fd = slave
        self.path = os.ttyname(slave)
        self.link = link
        super().__init__(master, self.path, baud, latency_ms)
        if link is not None:
            make_link(link, self.path)

    def close(self) -> None:
        if self.closed:
            return
        super().close()
        os.close(self.slave_fd)
        if self.link is not None and self.link.is_symlink():
            self.link.unlink()


class TcpPort(Port):
    def __init__(self, sock: socket.socket, baud: int, latency_ms: float) -> None:
        sock.setblocking(False)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = sock
        peer = sock.getpeername()
        super().__init__(sock.fileno(), f"tcp:{peer[0]}:{peer[1]}", baud, latency_ms)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.sock.close()


def make_link(link: Path, target: str) -> None:
    """Point `link` at the pty, like socat's link= (a stable path for the host)."""
    if link.is_symlink():
        link.unlink()
    elif link.exists():
        raise FileExistsError(
            f"--link {link} exists and is not a symlink; remove it or choose another path"
        )
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(target)


def listen_tcp(port: int) -> socket.socket:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        server.bind(("127.0.0.1", port))
    except OSError as e:
        server.close()
        raise OSError(f"cannot listen on 127.0.0.1:{port} ({e}); choose another --tcp-port") from e
    server.listen(1)
    server.setblocking(False)
    return server
