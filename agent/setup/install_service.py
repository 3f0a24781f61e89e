"""`printfarm-agent install-service`: the agent as a systemd service of the right user.

The unit runs `printfarm-agent run --config <agent.toml>` as the user that owns the
config (or --user), in the dialout group (serial ports), writable only in the agent's
data folder. The broker password stays in the config's password_file (mode 600, checked
here); nothing secret is on the command line of the service.
"""

from __future__ import annotations

import grp
import os
import pwd
import sys
from pathlib import Path

import agent
from agent.config import AgentConfig, load_config
from agent.setup.systemd_unit import ServiceInstallError, UnitSpec, systemd_version

UNIT_NAME = "printfarm-agent"
STOPPING = """\
What stopping this service does (systemctl stop/restart, an upgrade, a shutdown):
systemd sends SIGTERM. The agent then CANCELS every print running on its serial
printers: it sends the profile's cancel G-code (heaters off, part fan off, quick-stop
of the queued moves, lift, park, motors off), waits up to 30 s per printer for it to
finish, reports those jobs as cancelled ("the agent was stopped") and exits. They are
not resumed on the next start (requeue them): a serial print cannot outlive its host.
Before an upgrade, wait until `printfarm printers` shows this agent's printers idle.
Prints on OctoPrint printers continue: OctoPrint streams them, not the agent.
TimeoutStopSec leaves the cancel time to finish before systemd kills the agent."""


def _owner(path: Path) -> str:
    return pwd.getpwuid(path.stat().st_uid).pw_name


def _private(path: Path, what: str) -> None:
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise ServiceInstallError(
            f"{what} {path} is readable by others (mode {mode:o}): chmod 600 {path}"
        )


def check_secrets(config_path: Path, config: AgentConfig) -> None:
    """The password file (or a config holding the password itself) must be private."""
    if config.broker.password_file is not None:
        _private(config.broker.password_file, "the broker password file")
    if config.broker.password is not None:
        _private(config_path, "agent.toml, which holds the broker password,")
    tls = config.broker.tls
    if tls is not None and tls.key_file is not None:
        _private(tls.key_file, "the client key")
    for printer in config.printers:
        if printer.octoprint is not None:
            _private(printer.octoprint.api_key_file, f"printer {printer.id}'s OctoPrint key")


def program_paths() -> tuple[Path, ...]:
    """The interpreter, the environment and the code the service reads."""
    code = Path(agent.__file__).resolve().parent.parent
    return tuple(dict.fromkeys(Path(p).resolve() for p in (sys.base_prefix, sys.prefix, code)))


def command(*args: str) -> list[str]:
    """`printfarm-agent ARGS` from this installation (its console script when present)."""
    script = Path(sys.executable).parent / "printfarm-agent"
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-c", "from agent.cli import app; app()", *args]


def agent_unit(config_path: Path, user: str | None) -> UnitSpec:
    """Validate the config and its secrets, then describe the unit."""
    config_path = config_path.resolve()
    config = load_config(config_path)  # ConfigError names the file and the field
    check_secrets(config_path, config)
    user = user or _owner(config_path)
    if user == "root":
        raise ServiceInstallError(
            f"{config_path} belongs to root: name the user the agent runs as with --user "
            "(a printer needs no root, only the dialout group)"
        )
    try:
        group = grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name
    except KeyError as e:
        raise ServiceInstallError(f"no user {user!r} on this machine (useradd it first)") from e
    data = config.agent.data_dir.resolve()
    return UnitSpec(
        name=UNIT_NAME,
        description=f"printfarm agent {config.agent.id} ({len(config.printers)} printer(s))",
        exec_start=command("run", "--config", str(config_path)),
        user=user, group=group, supplementary_groups=("dialout",),
        working_dir=config_path.parent, writable=(data,), program_paths=program_paths(),
        stop_timeout_s=30 * len(config.printers) + 30, comment=STOPPING,
        systemd_version=systemd_version(),
    )  # fmt: skip


def prepare_writable(spec: UnitSpec) -> None:
    """ReadWritePaths must exist when the service starts, and belong to its user."""
    for folder in spec.writable:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if os.geteuid() == 0:
                entry = pwd.getpwnam(spec.user)
                os.chown(folder, entry.pw_uid, entry.pw_gid)
        except OSError as e:
            raise ServiceInstallError(f"cannot prepare {folder}: {e.strerror}") from e
