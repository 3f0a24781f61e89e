"""LAN mode of the embedded broker: generated passwords, made the way broker_config/ makes
them, so agents on other machines can join a coordinator that runs its own broker.

    printfarm coordinator --lan --host 0.0.0.0 --public-url http://farm-pc:8080
    printfarm lan-agent shelf-1        # then copy the password file it names to shelf-1

The coordinator's password (user `coordinator`) is generated on the first start and kept
in the broker's folder; each agent's goes into `agents/<id>.password` there. Both are
hashed into the broker's password files by broker_config (Mosquitto's own tool), and a
running broker re-reads them (SIGHUP), so an agent added later needs no restart.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
from pathlib import Path
from typing import Annotated

import typer

from broker_config import COORDINATOR_USER
from broker_config.add_agent import CredentialsError, add_agent, add_user
from broker_config.testing import AGENT_PASSWD, COORDINATOR_PASSWD
from coordinator.credentials import read_secret_file
from coordinator.embedded_broker import DEFAULT_PORT, PID_FILE, remembered_port

COORDINATOR_PASSWORD_FILE = "coordinator.password"
AGENTS_DIR = "agents"


def broker_dir(data_dir: Path) -> Path:
    """The embedded broker's folder inside the coordinator's data folder."""
    return data_dir / "broker"


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text + "\n")
    tmp.replace(path)


def prepare(workdir: Path) -> str:
    """Password files for a LAN broker; returns the coordinator's password (made on the
    first start, then kept)."""
    path = workdir / COORDINATOR_PASSWORD_FILE
    if path.exists():
        password = read_secret_file(path, "coordinator's broker password")
    else:
        password = secrets.token_urlsafe(24)
        _write_private(path, password)
    add_user(workdir / COORDINATOR_PASSWD, COORDINATOR_USER, password)
    agents = workdir / AGENT_PASSWD
    if not agents.exists():  # Mosquitto wants the file, even before the first agent
        _write_private(agents, "")
    return password


def add_lan_agent(workdir: Path, agent_id: str) -> Path:
    """A generated password for `agent_id` (its broker username); returns the file that
    holds it. A running broker is told to re-read its password file."""
    path = workdir / AGENTS_DIR / f"{agent_id}.password"
    _write_private(path, add_agent(workdir / AGENT_PASSWD, agent_id))
    _reload(workdir)
    return path


def _reload(workdir: Path) -> None:
    """SIGHUP to the embedded Mosquitto of `workdir`, if it runs (its pid file says)."""
    try:
        pid = int((workdir / PID_FILE).read_text().strip())
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return  # not running: it reads the file when it starts
    if b"mosquitto" in command and str(workdir).encode() in command:  # not a reused pid
        os.kill(pid, signal.SIGHUP)


def lan_agent(
    agent_id: Annotated[str, typer.Argument(help="The agent's id ([agent] id in agent.toml)")],
    data: Annotated[Path, typer.Option(help="The coordinator's data folder")] = Path(
        "printfarm-data"
    ),
) -> None:
    """Credentials for an agent that joins a `printfarm coordinator --lan` from another
    machine: writes its password file and prints the lines of its agent.toml."""
    workdir = broker_dir(data)
    try:
        path = add_lan_agent(workdir, agent_id)
    except CredentialsError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    port = remembered_port(workdir) or DEFAULT_PORT
    typer.echo(
        f"password file: {path}\n"
        f"Copy it next to the agent's agent.toml (keep it private: chmod 600), and put in\n"
        f"agent.toml:\n\n"
        f'[agent]\nid = "{agent_id}"\n\n'
        f'[broker]\nhost = "{socket.gethostname()}"   # this machine, as the agent reaches it\n'
        f'port = {port}\npassword_file = "{path.name}"'
    )
