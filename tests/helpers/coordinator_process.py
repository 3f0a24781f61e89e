"""`printfarm coordinator` as a real process for tests: its output, its API, its children.

    def test_x(run_coordinator: StartCoordinator) -> None:
        coordinator = run_coordinator(["--broker", url], env={...})
        wait_until(lambda: api_up(coordinator), 60, "the API")

(`run_coordinator` is a fixture: import it into the test module.)
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest

from coordinator.client import FarmClient
from tests.helpers.accounts import admin_client, admin_password_file
from tests.helpers.parallel import require_default_port_group, starts_embedded_broker

COORDINATOR = [sys.executable, "-c", "from coordinator.cli import app; app()", "coordinator"]


@dataclass
class Coordinator:
    proc: subprocess.Popen[bytes]
    log: Path
    data: Path

    @property
    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def command_lines(self) -> list[str]:
        """The arguments of this process and of every descendant (its telemetry reader)."""
        found = [self.proc.pid]
        for pid in found:  # grows while we walk it: children of children
            found += _children(pid)
        lines = []
        for pid in found:
            try:
                lines.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" "))
            except OSError:
                continue  # gone meanwhile
        return [line.decode(errors="replace") for line in lines]

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(30)


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(p) for p in path.read_text().split()]
    except OSError:
        return []


class StartCoordinator(Protocol):
    def __call__(
        self,
        args: list[str],
        env: dict[str, str] | None = None,
        data: Path | None = None,
        admin_file: bool = True,
    ) -> Coordinator: ...


@pytest.fixture
def run_coordinator(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[StartCoordinator]:
    started: list[Coordinator] = []

    def start(
        args: list[str],
        env: dict[str, str] | None = None,
        data: Path | None = None,
        admin_file: bool = True,  # False: a first start makes its own one-time password
    ) -> Coordinator:
        if starts_embedded_broker(args, env):
            require_default_port_group(request.node)
        data = data or tmp_path / f"coord-{len(started)}"
        log = tmp_path / f"coord-{len(started)}.log"
        admin = ["--admin-password-file", str(admin_password_file(tmp_path))] if admin_file else []
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [*COORDINATOR, "--data", str(data), "--http-port", "0", *admin, *args],
                stdout=out, stderr=subprocess.STDOUT,
                env={**os.environ, "COLUMNS": "200", **(env or {})},
            )  # fmt: skip
        coordinator = Coordinator(proc, log, data)
        started.append(coordinator)
        return coordinator

    yield start
    for coordinator in started:
        coordinator.stop()


def api_up(coordinator: Coordinator) -> bool:
    if coordinator.proc.poll() is not None:
        raise AssertionError(f"the coordinator exited:\n{coordinator.output}")
    return (coordinator.data / "coordinator.json").exists()


def admin(coordinator: Coordinator) -> FarmClient:
    """A client of the running coordinator, signed in as its admin."""
    return admin_client(info(coordinator)["api_url"], coordinator.data.parent)


def info(coordinator: Coordinator) -> dict[str, str]:
    """What the running coordinator wrote about itself (api_url, broker_url)."""
    found: dict[str, str] = json.loads((coordinator.data / "coordinator.json").read_text())
    return found


def broker_ok(coordinator: Coordinator) -> bool:
    """Whether the coordinator's /health says it is connected to its broker."""
    with FarmClient(info(coordinator)["api_url"]) as client:
        return client.health().broker.ok
