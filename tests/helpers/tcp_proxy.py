"""A TCP proxy a test controls: the WAN between a site broker and the central broker.

    with TcpProxy.start(("127.0.0.1", central_port)) as wan:
        wan.port          # point the bridge here
        wan.cut()         # close every connection and the listening socket
        wan.restore()     # listen on the same port again and forward

While cut, connecting is refused (nothing listens), as when the far end is unreachable.
(Accepting and closing at once instead would fail the TLS handshake, and Mosquitto
2.0.11's bridge stops retrying after a few of those: a bug of that version.)
`connections` counts the connections forwarded.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from types import TracebackType


class TcpProxy:
    def __init__(self, address: tuple[str, int], upstream: tuple[str, int]) -> None:
        self._upstream = upstream
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self.connections = 0
        self._listener = socket.create_server(address)
        self.address: tuple[str, int] = self._listener.getsockname()[:2]
        self._thread = threading.Thread(target=self._accept_loop, args=(self._listener,))
        self._thread.start()

    @classmethod
    def start(cls, upstream: tuple[str, int], host: str = "127.0.0.1") -> TcpProxy:
        return cls((host, 0), upstream)

    @property
    def port(self) -> int:
        return self.address[1]

    def cut(self) -> None:
        with self._lock:
            for sock in [self._listener, *self._open]:
                _close(sock)
            self._open.clear()
        self._thread.join(5)

    def restore(self) -> None:
        """Listen on the same port again (SO_REUSEADDR: the cut connections' TIME_WAIT
        does not stand in the way)."""
        self._listener = socket.create_server(self.address)
        self._thread = threading.Thread(target=self._accept_loop, args=(self._listener,))
        self._thread.start()

    def close(self) -> None:
        self.cut()

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was closed
            try:
                server = socket.create_connection(self._upstream, timeout=5)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self._open += [client, server]
                self.connections += 1
            threading.Thread(target=_pump, args=(client, server), daemon=True).start()

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # not connected (any more)
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def _pump(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes (or the proxy cuts them)."""
    a.settimeout(None)
    b.settimeout(None)
    peer = {a: b, b: a}
    with selectors.DefaultSelector() as selector:
        for sock in (a, b):
            selector.register(sock, selectors.EVENT_READ)
        while True:
            for key, _ in selector.select(timeout=1.0):
                source: socket.socket = key.fileobj  # type: ignore[assignment]
                try:
                    data = source.recv(65536)
                    if not data:
                        raise ConnectionResetError
                    peer[source].sendall(data)
                except (OSError, ValueError):
                    _close(a)
                    _close(b)
                    return
            if a.fileno() < 0 or b.fileno() < 0:
                return
