"""The broker the coordinator starts itself when none is configured.

Mosquitto when its binary is installed, else amqtt (pure Python, installed with the
coordinator extras). Mosquitto is preferred because it is what production runs (same
code paths, same retained/will semantics) and it is an order of magnitude faster than
amqtt; amqtt keeps `pip install` + `printfarm demo` working on a machine with nothing
else. Either runs as a child process.

Its port is stable, so agents configured once reconnect by themselves after the
coordinator restarts: 1883 when it is free on the first start, else a free port; either
way remembered in the broker's folder (`port`) and taken again on every start.

By default it listens on loopback only, without passwords (a demo, or a space on one
machine). In LAN mode (`printfarm coordinator --lan`, Mosquitto only) it listens on every
interface with the production rules of `broker_config/`: per-agent passwords (generated
by `printfarm lan-agent ID`, see coordinator/lan.py), the same ACL file and identity
listeners; the coordinator itself connects on a loopback listener of its own. A farm that
spans sites uses a real broker with `broker_config/` (TLS as well).
"""

from __future__ import annotations

import ctypes
import getpass
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Literal

from broker_config import ACL_FILE, COORDINATOR_USER
from broker_config.listeners import Listener, agent_listener, coordinator_listener, global_lines
from broker_config.testing import (
    AGENT_PASSWD,
    COORDINATOR_PASSWD,
    BrokerStartError,
    find_mosquitto,
    free_port,
    terminate,
    wait_for_port,
)

log = logging.getLogger(__name__)

BrokerKind = Literal["mosquitto", "amqtt"]
HOST = "127.0.0.1"
EVERY_INTERFACE = "0.0.0.0"
DEFAULT_PORT = 1883
PORT_FILE = "port"  # the agents' port, remembered in the broker's folder
PID_FILE = "broker.pid"  # lets `printfarm lan-agent` make the running broker reload
PR_SET_PDEATHSIG = 1


def _common_lines(workdir: Path) -> list[str]:
    return [
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


def _mosquitto_config(workdir: Path, port: int) -> list[str]:
    return [
        "# printfarm embedded broker (written by coordinator/embedded_broker.py)",
        f"listener {port} {HOST}",
        "allow_anonymous true",
        *_common_lines(workdir),
    ]


def _mosquitto_lan_config(workdir: Path, port: int, coordinator_port: int) -> list[str]:
    """broker_config's rules: agents on every interface (client id := username, their
    passwords, the ACL), the coordinator on a loopback listener with its own password."""
    acl = workdir / "acl"
    shutil.copyfile(ACL_FILE, acl)
    agents = Listener(port, None, workdir / AGENT_PASSWD, acl)
    coordinators = Listener(coordinator_port, HOST, workdir / COORDINATOR_PASSWD, acl)
    return [
        "# printfarm embedded broker, LAN mode (written by coordinator/embedded_broker.py)",
        *global_lines(),
        *agent_listener(agents),
        *coordinator_listener(coordinators),
        *_common_lines(workdir),
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


def _port_free(host: str, port: int) -> bool:
    """Whether a listener could bind `host:port` now (as Mosquitto does: SO_REUSEADDR)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
        return True


def _listening_inodes(port: int) -> set[str]:
    """Socket inodes listening on TCP `port` (Linux /proc/net)."""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()  # sl local remote st ... inode (10th)
            if fields[3] == "0A" and int(fields[1].rpartition(":")[2], 16) == port:
                inodes.add(f"socket:[{fields[9]}]")
    return inodes


def _ours(pid: int, port: int) -> bool:
    """Whether process `pid` holds the listener on `port`, not another program that was
    there first (a broker that failed to bind would otherwise pass for started)."""
    try:
        fds = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()]
    except OSError:
        return True  # no /proc (not Linux): cannot tell, trust the bind probe
    return not _listening_inodes(port).isdisjoint(fds)


def remembered_port(workdir: Path) -> int | None:
    try:
        return int((workdir / PORT_FILE).read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def _candidate_ports(workdir: Path, bind: str, port: int | None, deadline: float) -> list[int]:
    """The port to try: the one asked for, else the remembered one (once its previous
    broker has let it go), else 1883 when free, then free ones."""
    if port is not None:
        return [port]
    remembered = remembered_port(workdir)
    if remembered is None:
        first = [DEFAULT_PORT] if _port_free(bind, DEFAULT_PORT) else []
        return [*first, free_port(HOST), free_port(HOST)]
    while not _port_free(bind, remembered):  # a broker of ours may still be exiting
        if time.monotonic() > deadline:
            raise BrokerStartError(
                f"port {remembered} (remembered in {workdir / PORT_FILE}; the agents connect "
                "there) is in use by another program: stop it, or delete that file to take "
                "another port and update the agents' [broker] port"
            )
        time.sleep(0.1)  # polling interval of a deadline loop, not a synchronisation
    return [remembered]


@dataclass
class EmbeddedBroker:
    kind: BrokerKind
    host: str
    port: int  # where agents connect
    workdir: Path
    lan: bool = False
    coordinator_port: int | None = None  # LAN mode: the coordinator's own listener
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        """Where the coordinator connects (in LAN mode as user `coordinator`; its
        password is `coordinator_password(workdir)`, see coordinator/lan.py)."""
        if self.lan:
            return f"mqtt://{COORDINATOR_USER}@{HOST}:{self.coordinator_port}"
        return f"mqtt://{self.host}:{self.port}"

    @property
    def agents_url(self) -> str:
        """Where agents on this machine connect (others: this machine's LAN address)."""
        return f"mqtt://{self.host}:{self.port}"

    @classmethod
    def start(
        cls,
        workdir: Path,
        port: int | None = None,
        kind: BrokerKind | None = None,
        timeout_s: float = 15.0,
        *,
        lan: bool = False,
    ) -> EmbeddedBroker:
        """Start a broker on `port` (None: the remembered one, else 1883 or a free one);
        Mosquitto if installed (LAN mode needs it)."""
        workdir.mkdir(parents=True, exist_ok=True)
        chosen: BrokerKind = kind or ("mosquitto" if _has_mosquitto() else "amqtt")
        if lan and chosen != "mosquitto":
            raise BrokerStartError(
                "LAN mode needs Mosquitto (per-agent passwords and the ACL): "
                "`apt install mosquitto`, or give --broker URL of a broker of yours"
            )
        bind = EVERY_INTERFACE if lan else HOST
        deadline = time.monotonic() + timeout_s
        for candidate in _candidate_ports(workdir, bind, port, deadline):
            broker = cls(chosen, HOST, candidate, workdir, lan, free_port(HOST) if lan else None)
            if broker._launch(timeout_s):
                (workdir / PORT_FILE).write_text(f"{candidate}\n")
                log.info("embedded %s broker: agents connect on %s:%d", chosen, bind, candidate)
                return broker
        raise BrokerStartError(
            f"the embedded {chosen} broker did not start on {bind}:{broker.port}; "
            f"is the port in use? See {workdir / 'broker.log'}, or pass --broker URL"
        )

    def _command(self) -> list[str]:
        if self.kind == "mosquitto":
            conf = self.workdir / "mosquitto.conf"
            if self.lan:
                assert self.coordinator_port is not None
                lines = _mosquitto_lan_config(self.workdir, self.port, self.coordinator_port)
            else:
                lines = _mosquitto_config(self.workdir, self.port)
            conf.write_text("\n".join(lines) + "\n")
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
        deadline = time.monotonic() + timeout_s
        ports = [self.port] if self.coordinator_port is None else [self.port, self.coordinator_port]
        if all(
            wait_for_port(self.host, p, deadline, self.process) and _ours(self.process.pid, p)
            for p in ports
        ):
            (self.workdir / PID_FILE).write_text(f"{self.process.pid}\n")
            return True
        self.stop()
        return False

    def stop(self, timeout_s: float = 5.0) -> None:
        (self.workdir / PID_FILE).unlink(missing_ok=True)
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
