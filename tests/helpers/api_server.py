"""The coordinator's real HTTP app on a free port, in this process, over an in-process
coordinator (tests/coordinator_harness.py), with users and tokens for each role."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import uvicorn

from broker_config.testing import free_port
from coordinator.access import Security
from coordinator.accounts.models import ROLE_SCOPE, Role, Scope
from coordinator.api import create_app
from coordinator.api_app import FarmApi
from coordinator.client import FarmClient
from coordinator.service import Operations
from tests.waiting import wait_until


@dataclass
class ApiServer:
    url: str
    ops: Operations
    security: Security
    app: FarmApi
    tokens: dict[str, str] = field(default_factory=dict)  # user -> token
    passwords: dict[str, str] = field(default_factory=dict)  # user -> password

    def add_user(self, username: str, role: Role, scope: Scope | None = None) -> str:
        """A user with a password and a token (of `scope`, or the role's most); the token."""
        created = self.security.directory.add_user(username, role)
        self.passwords[username] = created.password
        token = self.security.directory.create_token(
            username, scope or ROLE_SCOPE[role], "test", expires_days=1
        )
        self.tokens[username] = token.secret
        return token.secret

    def client(self, username: str | None) -> FarmClient:
        return FarmClient(self.url, token=self.tokens[username] if username else None)

    def cli(self, username: str, *args: str) -> subprocess.CompletedProcess[str]:
        """`printfarm ARGS` as `username` (its token in the environment, never an argument)."""
        return subprocess.run(
            [sys.executable, "-c", "from coordinator.cli import app; app()", *args,
             "--api", self.url],
            capture_output=True, text=True, timeout=60, check=False,
            env={**os.environ, "PRINTFARM_TOKEN": self.tokens[username], "COLUMNS": "200"},
        )  # fmt: skip


@contextmanager
def api_server(ops: Operations) -> Iterator[ApiServer]:
    security = Security.open(ops.c.store.engine)
    app = create_app(ops, security)
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=3
    )  # a dashboard's live stream never ends by itself
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="test-api", daemon=True)
    thread.start()
    try:
        wait_until(lambda: server.started, 15, "the API to listen")
        yield ApiServer(f"http://127.0.0.1:{port}", ops, security, app)
    finally:
        server.should_exit = True
        thread.join(10)
