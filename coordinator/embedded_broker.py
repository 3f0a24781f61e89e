"""The broker the coordinator starts itself when none is configured.

Mosquitto when its binary is installed, else amqtt (pure Python, installed with the
coordinator extras). Mosquitto is preferred because it is what production runs (same
code paths, same retained/will semantics) and it is an order of magnitude faster than
amqtt; amqtt keeps `pip install` + `printfarm demo` working on a machine with nothing
else. Either runs as a child process listening on loopback only, without passwords: the
embedded broker is for a demo or a small space on one machine. A farm that spans
machines uses a real broker with `broker_config/` (per-agent passwords, ACL, TLS).
"""

from __future__ import annotations

import ctypes
import getpass
import logging
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Literal

from broker_config.testing import (
    BrokerStartError,
    find_mosquitto,
    free_port,
    terminate,
    wait_for_port,
)

log = logging.getLogger(__name__)

BrokerKind = Literal["mosquitto", "amqtt"]
HOST = "127.0.0.1"
PR_SET_PDEATHSIG = 1


def _mosquitto_config(workdir: Path, port: int) -> list[str]:
    return [
        "# printfarm embedded broker (written by coordinator/embedded_broker.py)",
        f"listener {port} {HOST}",
        "allow_anonymous true",
        "set_tcp_nodelay true",
        "max_queued_messages 200000",
        "persistence true",
        f"persistence_location {workdir}/",
        f"log_dest file {workdir / 'broker.log'}",
        "log_type error",
        "log_type warning",
        # Stay the user who started us: the data folder is ours, and a change of user
        # would cancel the parent-death signal (see _die_with_parent).
        f"user {getpass.getuser()}",
    ]


def _amqtt_config(port: int) -> list[str]:
    return [
        "listeners:",
        "  default:",
        "    type: tcp",
        f"    bind: {HOST}:{port}",
        "plugins:",
        "  amqtt.plugins.authentication.AnonymousAuthPlugin:",
        "    allow_anonymous: true",
    ]


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the coordinator dies, even by SIGKILL (Linux)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        return  # not Linux/glibc: the broker may outlive a killed coordinator
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _has_mosquitto() -> bool:
    try:
        find_mosquitto()
    except BrokerStartError:
        return False
    return True


@dataclass
class EmbeddedBroker:
    kind: BrokerKind
    host: str
    port: int
    workdir: Path
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"mqtt://{self.host}:{self.port}"

    @classmethod
    def start(
        cls,
        workdir: Path,
        port: int | None = None,
        kind: BrokerKind | None = None,
        timeout_s: float = 15.0,
    ) -> EmbeddedBroker:
        """Start a broker on `port` (a free one when None); Mosquitto if installed."""
        workdir.mkdir(parents=True, exist_ok=True)
        chosen: BrokerKind = kind or ("mosquitto" if _has_mosquitto() else "amqtt")
        attempts = 1 if port is not None else 3  # a probed free port can be taken meanwhile
        for _ in range(attempts):
            broker = cls(chosen, HOST, port or free_port(HOST), workdir)
            if broker._launch(timeout_s):
                log.info("embedded %s broker on %s", chosen, broker.url)
                return broker
        raise BrokerStartError(
            f"the embedded {chosen} broker did not start on {HOST}:{broker.port}; "
            f"is the port in use? See {workdir / 'broker.log'}, or pass --broker URL"
        )

    def _command(self) -> list[str]:
        if self.kind == "mosquitto":
            conf = self.workdir / "mosquitto.conf"
            conf.write_text("\n".join(_mosquitto_config(self.workdir, self.port)) + "\n")
            return [find_mosquitto(), "-c", str(conf)]
        conf = self.workdir / "amqtt.yaml"
        conf.write_text("\n".join(_amqtt_config(self.port)) + "\n")
        script = shutil.which("amqtt", path=str(Path(sys.executable).parent))
        if script is None:
            raise BrokerStartError(
                "neither mosquitto nor amqtt is installed: `apt install mosquitto` "
                "or `pip install 'printfarm[coordinator]'`"
            )
        return [script, "-c", str(conf)]

    def _launch(self, timeout_s: float) -> bool:
        with (self.workdir / "broker.out").open("ab") as out:
            self.process = subprocess.Popen(
                self._command(),
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C goes to the coordinator, which stops us
                preexec_fn=_die_with_parent,  # noqa: PLW1509  # only calls prctl
            )
        if wait_for_port(self.host, self.port, time.monotonic() + timeout_s, self.process):
            return True
        self.stop()
        return False

    def stop(self, timeout_s: float = 5.0) -> None:
        terminate(self.process, timeout_s)

    def __enter__(self) -> EmbeddedBroker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
