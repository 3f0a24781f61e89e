"""A real OctoPrint (from PyPI) for the OctoPrint backend's tests.

OctoPrint pins its own dependencies, so it lives in a venv of its own at the repository
root, `.octoprint-venv` (git-ignored; `./quickstart.sh test` makes it). Without it the
tests skip with a message, except under CI=true, where they fail.

`OctoPrintServer.start()` writes a config.yaml into a temporary base folder (its virtual
printer enabled and fast, no first-run wizard, no online checks or internet plugins),
a user and an application key for it (the key only ever in files), runs
`octoprint serve` on a free loopback port, waits until its API answers and connects it
to its virtual printer.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.waiting import wait_until

REPO = Path(__file__).resolve().parents[2]
OCTOPRINT_VENV = REPO / ".octoprint-venv"
OCTOPRINT_BIN = OCTOPRINT_VENV / "bin" / "octoprint"
USER = "printfarm"
# Plugins that reach for the internet or are of no use to a test.
DISABLED_PLUGINS = ["tracking", "announcements", "softwareupdate", "discovery", "pluginmanager"]


def octoprint_or_skip() -> Path:
    """The `octoprint` executable; skip (locally) or fail (CI=true) without it."""
    if OCTOPRINT_BIN.exists():
        return OCTOPRINT_BIN
    message = (
        f"OctoPrint is not installed in {OCTOPRINT_VENV}: run `./quickstart.sh test` "
        f"(or: python3 -m venv {OCTOPRINT_VENV.name} && "
        f"{OCTOPRINT_VENV.name}/bin/pip install OctoPrint)"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _config() -> dict[str, Any]:
    return {
        "server": {
            "firstRun": False,
            "onlineCheck": {"enabled": False},
            "pluginBlacklist": {"enabled": False},
            "seenWizards": {"corewizard": 4, "backup": None},
        },
        "plugins": {"_disabled": DISABLED_PLUGINS},
        "serial": {"autoconnect": False, "log": False},
        "devel": {
            "virtualPrinter": {
                "enabled": True,
                "simulated_errors": [],  # by default it answers lines 100-115 with resends
                "throttle": 0.002,  # seconds per line: a job of a few hundred lines runs in seconds
                "sendWait": False,
                "waitInterval": 0.5,
            }
        },
    }


@dataclass
class OctoPrintServer:
    basedir: Path
    port: int = field(default_factory=free_port)
    key: str = field(default_factory=lambda: secrets.token_hex(16))
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> str:
        path = self.basedir / "serve.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def write_key(self, path: Path) -> Path:
        path.write_text(self.key + "\n")
        path.chmod(0o600)
        return path

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> OctoPrintServer:
        binary = octoprint_or_skip()
        self.basedir.mkdir(parents=True, exist_ok=True)
        (self.basedir / "config.yaml").write_text(json.dumps(_config()))  # JSON is YAML
        password = secrets.token_hex(12)  # never used again; given on stdin, not argv
        subprocess.run(
            [str(binary), "--basedir", str(self.basedir), "user", "add", "--admin", USER],
            input=f"{password}\n{password}\n".encode(), check=True, capture_output=True,
            timeout=120,
        )  # fmt: skip
        keys = self.basedir / "data" / "appkeys" / "keys.yaml"
        keys.parent.mkdir(parents=True, exist_ok=True)
        keys.write_text(json.dumps({USER: [{"app_id": "printfarm", "api_key": self.key}]}))
        with (self.basedir / "serve.log").open("ab") as out:
            self.proc = subprocess.Popen(
                [str(binary), "serve", "--iknowwhatimdoing", "--basedir", str(self.basedir),
                 "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        wait_until(self._answers, 120, "OctoPrint to answer")
        self.connect_printer()
        return self

    def _answers(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise AssertionError(f"octoprint serve exited:\n{self.log[-4000:]}")
        try:
            return self.get("/api/version").status_code == 200
        except requests.ConnectionError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    # -- the API, as the test (the physical world) uses it -------------------------------
    def get(self, path: str) -> requests.Response:
        return requests.get(self.url + path, headers={"X-Api-Key": self.key}, timeout=10)

    def post(self, path: str, body: dict[str, Any]) -> requests.Response:
        return requests.post(
            self.url + path, json=body, headers={"X-Api-Key": self.key}, timeout=10
        )

    def state(self) -> str:
        return str(self.get("/api/job").json()["state"])

    def connect_printer(self) -> None:
        body = {"command": "connect", "port": "VIRTUAL", "baudrate": 115200}
        response = self.post("/api/connection", body)
        assert response.status_code == 204, response.text
        wait_until(lambda: self.state() == "Operational", 60, "OctoPrint's virtual printer")

    def printer_command(self, *lines: str) -> None:
        """Lines straight to the printer (the virtual printer's `!!DEBUG:` faults too)."""
        response = self.post("/api/printer/command", {"commands": list(lines)})
        assert response.status_code == 204, response.text


def wait_state(server: OctoPrintServer, wanted: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    wait_until(lambda: server.state() == wanted, max(0.1, deadline - time.monotonic()), wanted)
