"""Run a real Mosquitto with printfarm's ACL on a free loopback port in a temp dir.

Used by the test fixture (`tests/conftest.py: mosquitto`) and by benchmarks:

    with MosquittoBroker.start(workdir, agents=["a1", "a2"]) as broker:
        broker.host, broker.port, broker.coordinator, broker.agents["a1"]

Agents connect on `broker.port`, coordinators on `broker.coordinator_port` (see
listeners.py for why there are two). The configuration differs from production only
where it must: plain loopback listeners instead of TLS on 8883/8884, files in
`workdir`, no persistence. The identity rules, size limits, users and ACL file are the
production ones.
"""

from __future__ import annotations

import getpass
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from broker_config import ACL_FILE, COORDINATOR_USER
from broker_config.add_agent import add_agent, add_user
from broker_config.listeners import (
    Listener,
    TlsFiles,
    agent_listener,
    certificate_listeners,
    coordinator_listener,
    global_lines,
)

AGENT_PASSWD = "passwd"
COORDINATOR_PASSWD = "coordinators.passwd"
MOSQUITTO_PATHS = ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto", "/usr/bin/mosquitto")


class BrokerStartError(RuntimeError):
    """Mosquitto did not come up; the message includes its log."""


@dataclass(frozen=True, slots=True)
class Credentials:
    username: str
    password: str


def find_mosquitto() -> str:
    found = shutil.which("mosquitto") or next(
        (p for p in MOSQUITTO_PATHS if os.access(p, os.X_OK)), None
    )
    if found is None:
        raise BrokerStartError(
            "mosquitto not found: install it (Debian: `apt install mosquitto`; "
            "`bash quickstart.sh test` does it for you)"
        )
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


def render_test_config(
    workdir: Path,
    port: int,
    coordinator_port: int,
    host: str = "127.0.0.1",
    tls: TlsFiles | None = None,
    *,
    agent_certificates: bool = False,
    acl_lines: tuple[str, ...] = (),
) -> Path:
    """Write `mosquitto.conf` (and copy the ACL) into `workdir`; returns the conf path.

    Agents connect on `port`, coordinators on `coordinator_port` (see listeners.py).
    With `tls`, both listeners speak TLS only, and coordinators must show a client
    certificate signed by `tls.cafile`. With `agent_certificates` too, the listeners
    are those `printfarm certs init` prints: agents are known by their certificate.
    `acl_lines` are appended to the ACL (a site bridge's entry, as production appends it)."""
    acl = workdir / "acl"
    acl.write_text("\n".join([ACL_FILE.read_text().rstrip("\n"), *acl_lines]) + "\n")
    if agent_certificates:
        if tls is None:
            raise ValueError("agent_certificates needs tls")
        listeners = certificate_listeners(
            (port, coordinator_port), host, acl, workdir / COORDINATOR_PASSWD, tls
        )
    else:
        agents = Listener(port, host, workdir / AGENT_PASSWD, acl, tls)
        coordinators = Listener(
            coordinator_port, host, workdir / COORDINATOR_PASSWD, acl, tls,
            require_certificate=tls is not None,
        )  # fmt: skip
        listeners = [*agent_listener(agents), *coordinator_listener(coordinators)]
    lines = [
        "# printfarm test broker (rendered by broker_config/testing.py)",
        *global_lines(),
        *listeners,
        "set_tcp_nodelay true",
        "max_queued_messages 200000",
        "persistence false",
        f"log_dest file {workdir / 'mosquitto.log'}",
        "log_type all",
        # As root Mosquitto drops to user `mosquitto`, who cannot read a private temp dir.
        f"user {getpass.getuser()}",
    ]
    conf = workdir / "mosquitto.conf"
    conf.write_text("\n".join(lines) + "\n")
    return conf


def wait_for_port(host: str, port: int, deadline: float, proc: subprocess.Popen[bytes]) -> bool:
    """Poll until `host:port` accepts TCP or the process exits; False on exit/timeout."""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return True
        except OSError:
            time.sleep(0.01)  # polling interval of a deadline loop, not a synchronisation
    return False


def terminate(process: subprocess.Popen[bytes] | None, timeout_s: float = 5.0) -> None:
    """Stop a broker process: SIGTERM, then SIGKILL if it has not gone within `timeout_s`."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout_s)


@dataclass
class MosquittoBroker:
    host: str
    port: int  # the agents' listener
    coordinator_port: int  # the coordinators' listener
    workdir: Path
    coordinator: Credentials
    agents: dict[str, Credentials]
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    tls: TlsFiles | None = None
    agent_certificates: bool = False  # agents known by their certificate, not a password
    acl_lines: tuple[str, ...] = ()  # appended to printfarm's ACL

    def port_for(self, username: str | None) -> int:
        """Where this user connects: coordinators on theirs, everyone else on the agents'."""
        return self.coordinator_port if username == self.coordinator.username else self.port

    def coordinator_url(self) -> str:
        """`mqtt[s]://coordinator:…@host:port` for `printfarm coordinator --broker`."""
        c = self.coordinator
        scheme = "mqtts" if self.tls is not None else "mqtt"
        return f"{scheme}://{c.username}:{c.password}@{self.host}:{self.coordinator_port}"

    @property
    def password_file(self) -> Path:
        return self.workdir / AGENT_PASSWD

    @property
    def log(self) -> str:
        path = self.workdir / "mosquitto.log"
        return path.read_text(errors="replace") if path.exists() else ""

    @classmethod
    def start(
        cls,
        workdir: Path,
        agents: Iterable[str] = ("agent-1", "agent-2"),
        *,
        host: str = "127.0.0.1",
        timeout_s: float = 10.0,
        tls: TlsFiles | None = None,
        agent_certificates: bool = False,
        acl_lines: tuple[str, ...] = (),
    ) -> MosquittoBroker:
        """Write credentials and config into `workdir`, start Mosquitto, wait until ready."""
        workdir.mkdir(parents=True, exist_ok=True)
        passwd = workdir / AGENT_PASSWD
        coordinator = Credentials(
            COORDINATOR_USER, add_user(workdir / COORDINATOR_PASSWD, COORDINATOR_USER)
        )
        creds = {a: Credentials(a, add_agent(passwd, a, secrets.token_hex(8))) for a in agents}
        for _attempt in range(3):  # the free ports may be taken between probe and bind
            ports = free_port(host), free_port(host)
            broker = cls(
                host, *ports, workdir, coordinator, creds,
                tls=tls, agent_certificates=agent_certificates, acl_lines=acl_lines,
            )  # fmt: skip
            if broker._launch(timeout_s):
                return broker
        raise BrokerStartError(f"mosquitto did not start:\n{broker.log[-3000:]}")

    def _launch(self, timeout_s: float) -> bool:
        conf = render_test_config(
            self.workdir, self.port, self.coordinator_port, self.host, self.tls,
            agent_certificates=self.agent_certificates, acl_lines=self.acl_lines,
        )  # fmt: skip
        self.process = subprocess.Popen(
            [find_mosquitto(), "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout_s
        if all(
            wait_for_port(self.host, port, deadline, self.process)
            for port in (self.port, self.coordinator_port)
        ):
            return True
        self.stop()
        return False

    def add_agent(self, agent_id: str) -> Credentials:
        """Add credentials and make the running broker re-read them (SIGHUP).

        Returns once the file is written and the signal sent; a client may need to retry
        its first connection until the broker has reloaded (see `reload`)."""
        creds = Credentials(agent_id, add_agent(self.password_file, agent_id))
        self.agents[agent_id] = creds
        self.reload()
        return creds

    def reload(self) -> None:
        if self.process is None or self.process.poll() is not None:
            raise BrokerStartError("the broker is not running")
        self.process.send_signal(signal.SIGHUP)

    def stop(self, timeout_s: float = 5.0) -> None:
        terminate(self.process, timeout_s)

    def __enter__(self) -> MosquittoBroker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
