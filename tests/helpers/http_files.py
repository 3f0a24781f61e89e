"""A real HTTP file server on a free loopback port, with scripted faults.

with FileServer() as server:
    server.files["/f/abc"] = b"..."
    server.cut_after = 1000      # next response: close the socket after 1000 body bytes
    server.hold_after = 1000     # next response: pause after 1000 body bytes until
    server.release.set()         # ... this is set
    server.url("/f/abc")
    server.requests              # [(path, Range header or None), ...]

`FileServer(tls=(cert, key))` serves https with that certificate instead.
"""

from __future__ import annotations

import re
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

_RANGE = re.compile(r"bytes=(\d+)-$")


class FileServer:
    def __init__(self, tls: tuple[Path, Path] | None = None) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[tuple[str, str | None]] = []
        self.cut_after: int | None = None  # one-shot: body bytes before hanging up
        self.hold_after: int | None = None  # one-shot: body bytes before waiting for release
        self.release = threading.Event()
        self.honour_range = True
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
            self.scheme = "https"
        # A short poll interval makes shutdown() (which waits for the next poll) quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> FileServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def _take_cut(self) -> int | None:
        cut, self.cut_after = self.cut_after, None
        return cut

    def _take_hold(self) -> int | None:
        hold, self.hold_after = self.hold_after, None
        return hold

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

            def do_GET(self) -> None:
                wanted = self.headers.get("Range")
                server.requests.append((self.path, wanted))
                body = server.files.get(self.path)
                if body is None:
                    self.send_error(404, "no such file")
                    return
                start = 0
                match = _RANGE.fullmatch(wanted or "")
                if match and server.honour_range:
                    start = int(match.group(1))
                    if start >= len(body):
                        self.send_error(416, "range not satisfiable")
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                else:
                    self.send_response(200)
                self.send_header("Content-Length", str(len(body) - start))
                self.end_headers()
                cut, hold = server._take_cut(), server._take_hold()
                if hold is not None:
                    self.wfile.write(body[start : start + hold])
                    self.wfile.flush()
                    server.release.wait(60)
                    start += hold
                self.wfile.write(body[start:] if cut is None else body[start : start + cut])
                if cut is not None:
                    self.wfile.flush()
                    self.close_connection = True

        return Handler
