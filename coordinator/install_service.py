"""`printfarm install-service`: the coordinator as a systemd service.

    sudo printfarm install-service --data /var/lib/printfarm --user printfarm --lan \
        --host 0.0.0.0 --public-url http://farm-pc:8080

The unit runs `printfarm coordinator` with the options given here, none of them secret.
Secrets (PRINTFARM_BROKER_URL with its user, PRINTFARM_BROKER_PASSWORD, PRINTFARM_DB_URL)
go in the EnvironmentFile, DATA/coordinator.env by default, mode 600 (created empty with
a commented template when absent). The admin's first password is generated into
DATA/initial-admin-password (mode 600) and given with --admin-password-file, so a first
start never prints it into the journal.
"""

from __future__ import annotations

import os
import pwd
import secrets
import sys
from pathlib import Path
from typing import Annotated

import typer

from agent.setup.install_service import prepare_writable, program_paths
from agent.setup.systemd_unit import (
    DEFAULT_UNIT_DIR,
    ServiceInstallError,
    UnitSpec,
    install,
    render,
    systemd_version,
)

UNIT_NAME = "printfarm-coordinator"
ENV_TEMPLATE = """\
# Secrets of the printfarm coordinator service (mode 600; read by systemd, not logged).
# PRINTFARM_BROKER_URL=mqtt://coordinator@broker.example:1883
# PRINTFARM_BROKER_PASSWORD=...
# PRINTFARM_DB_URL=postgresql+psycopg://printfarm:...@db.example/printfarm
"""
STOPPING = """\
What stopping this service does (systemctl stop/restart, an upgrade): the coordinator
stops dispatching and serving the API and exits (its embedded broker with it, if any).
Prints in progress are not touched: agents keep printing without the network, queue
their reports, and deliver them when the coordinator (and broker) are back."""


def _private_file(path: Path, text: str, user: str) -> None:
    """Create `path` with mode 600 for `user` unless it exists; an existing one must be
    private."""
    if path.exists():
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            raise ServiceInstallError(f"{path} is readable by others (mode {mode:o}): chmod 600")
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    if os.geteuid() == 0:
        entry = pwd.getpwnam(user)
        os.chown(path, entry.pw_uid, entry.pw_gid)


def coordinator_unit(  # noqa: PLR0917  # the service's options, passed through
    data: Path, user: str, env_file: Path, lan: bool, host: str, http_port: int,
    public_url: str | None,
) -> UnitSpec:  # fmt: skip
    try:
        group = pwd.getpwnam(user).pw_gid
    except KeyError as e:
        raise ServiceInstallError(f"no user {user!r} on this machine (useradd it first)") from e
    import grp

    args = ["coordinator", "--data", str(data), "--host", host, "--http-port", str(http_port),
            "--admin-password-file", str(data / "initial-admin-password")]  # fmt: skip
    if public_url:
        args += ["--public-url", public_url]
    if lan:
        args.append("--lan")
    script = Path(sys.executable).parent / "printfarm"
    command = [str(script)] if script.exists() else [
        sys.executable, "-c", "from coordinator.cli import app; app()"]  # fmt: skip
    return UnitSpec(
        name=UNIT_NAME, description="printfarm coordinator",
        exec_start=[*command, *args], user=user, group=grp.getgrgid(group).gr_name,
        working_dir=data, writable=(data,), program_paths=program_paths(),
        environment_file=env_file, stop_timeout_s=60, comment=STOPPING,
        systemd_version=systemd_version(),
    )  # fmt: skip


def install_service(  # noqa: PLR0917  # typer options
    data: Annotated[Path, typer.Option(help="The coordinator's data folder")] = Path(
        "/var/lib/printfarm"
    ),
    user: Annotated[str, typer.Option(help="Run as this user (not root)")] = "printfarm",
    env_file: Annotated[
        Path | None,
        typer.Option(help="EnvironmentFile with the secrets (default: DATA/coordinator.env)"),
    ] = None,
    lan: Annotated[bool, typer.Option(help="Pass --lan (embedded broker for the LAN)")] = False,
    host: Annotated[str, typer.Option(help="Address the HTTP API listens on")] = "127.0.0.1",
    http_port: Annotated[int, typer.Option(help="HTTP API port")] = 8080,
    public_url: Annotated[str | None, typer.Option(help="URL agents use for the API")] = None,
    unit_dir: Annotated[Path, typer.Option(help="Where the unit goes")] = DEFAULT_UNIT_DIR,
    dry_run: Annotated[bool, typer.Option(help="Print the unit, write nothing")] = False,
    enable: Annotated[bool, typer.Option(help="systemctl daemon-reload, enable --now")] = True,
    force: Annotated[bool, typer.Option(help="Replace an existing unit")] = False,
) -> None:
    """Write (and enable) the coordinator's systemd unit; secrets go in its EnvironmentFile."""
    if user == "root":
        typer.echo("error: run the coordinator as its own user, not root (--user)", err=True)
        raise typer.Exit(2)
    data = data.resolve()
    env = (env_file or data / "coordinator.env").resolve()
    try:
        spec = coordinator_unit(data, user, env, lan, host, http_port, public_url)
        if dry_run:
            typer.echo(render(spec), nl=False)
            return
        prepare_writable(spec)
        _private_file(env, ENV_TEMPLATE, user)
        _private_file(data / "initial-admin-password", secrets.token_urlsafe(16) + "\n", user)
        path = install(spec, unit_dir, enable=enable, force=force)
    except (ServiceInstallError, OSError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    typer.echo(
        f"wrote {path}"
        + ("; enabled and started" if enable else " (not enabled)")
        + f"\nsecrets: {env}; admin password of a first start (a farm with no user yet): "
        f"{data / 'initial-admin-password'}",
        err=True,
    )
