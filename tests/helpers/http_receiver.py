"""A real local HTTP receiver for notifications (Apprise's `json://` posts to it).

It records every request's JSON body and the status it answered; it can answer 500 to
the first N requests whose title starts with a prefix, or hold every request open until
released (a hanging service)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Receiver:
    port: int = 0
    fail_prefix: str = ""  # titles starting with this ...
    fail_first: int = 0  # ... are answered 500 this many times
    hang: bool = False  # hold every request until `release` is set
    received: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (status, body)
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        # rto: Apprise's read timeout, long enough to outlast what a test watches
        return f"json://127.0.0.1:{self.port}/hook/s3cr3t-token?rto=30"

    def accepted(self) -> list[dict[str, Any]]:
        with self.lock:
            return [body for status, body in self.received if status == 200]

    def titles(self) -> list[str]:
        with self.lock:
            return [str(body.get("title")) for _status, body in self.received]

    def _answer(self, body: dict[str, Any]) -> int:
        if self.hang:
            self.holding.set()
            self.release.wait(60)
        with self.lock:
            title = str(body.get("title", ""))
            failed = sum(1 for s, b in self.received if s == 500 and str(b.get("title")) == title)
            status = 200
            if self.fail_prefix and title.startswith(self.fail_prefix):
                status = 500 if failed < self.fail_first else 200
            self.received.append((status, body))
            return status


@contextmanager
def receiver(**options: Any) -> Iterator[Receiver]:
    r = Receiver(**options)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            status = r._answer(body)
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_args: Any) -> None:
            pass  # quiet

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    r.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, name="receiver", daemon=True)
    thread.start()
    try:
        yield r
    finally:
        r.release.set()
        server.shutdown()
        server.server_close()
        thread.join(10)
