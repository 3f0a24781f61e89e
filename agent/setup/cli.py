"""`printfarm-agent setup` and `printfarm-agent install-service`, added to the agent's app."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from agent.setup.discover import BY_ID
from agent.setup.systemd_unit import DEFAULT_UNIT_DIR

if TYPE_CHECKING:
    from agent.config import AgentConfig
    from agent.setup.probe import Probe


def _say(text: str) -> None:
    typer.echo(text, err=True)


def _read_join_code(path: Path | None) -> str:
    """From the file, else stdin when it is not a terminal, else a hidden prompt; never
    from the arguments (any user could read them in `ps`)."""
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError as e:
            _say(f"error: cannot read the join code from {path}: {e.strerror}")
            raise typer.Exit(2) from e
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    return str(typer.prompt("join code (from `printfarm agent-join AGENT_ID`)", hide_input=True))


def setup(  # noqa: PLR0917  # typer options
    config: Annotated[Path, typer.Option("--config", "-c", help="agent.toml to write")] = Path(
        "agent.toml"
    ),
    join_code_file: Annotated[
        Path | None,
        typer.Option(help="File holding the join code (default: stdin, or a prompt)"),
    ] = None,
    search: Annotated[Path, typer.Option(help="Folder of serial devices to try")] = BY_ID,
    port: Annotated[list[str] | None, typer.Option(help="Also try this port (repeatable)")] = None,
    baud: Annotated[int, typer.Option(min=1, help="Serial baud rate")] = 115200,
    ok_timeout: Annotated[
        float | None, typer.Option(min=0.01, help="Seconds without an ok (profile's)")
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Add every printer that answers")
    ] = False,
    force: Annotated[bool, typer.Option(help="Replace an existing agent.toml")] = False,
) -> None:
    """Find printers, check them with the HIL suite's safe checks (no heat, no motion),
    and write agent.toml with the farm's broker from a join code."""
    from agent.config import ConfigError
    from agent.setup.discover import find_ports
    from agent.setup.join_code import JoinCode, JoinCodeError
    from agent.setup.probe import probe
    from agent.setup.write_config import SetupFileError, write

    if config.exists() and not force:
        _say(f"error: {config} already exists: pass --force to replace it")
        raise typer.Exit(2)
    try:
        join = JoinCode.decode(_read_join_code(join_code_file))
    except JoinCodeError as e:
        _say(f"error: {e}")
        raise typer.Exit(2) from e
    ports = find_ports(search, port or [])
    if not ports:
        _say(f"error: no serial device in {search} and no --port: is the printer plugged in?")
        raise typer.Exit(1)
    chosen = []
    for device in ports:
        _say(f"checking {device} (safe checks: nothing moves, nothing heats)")
        found = probe(device, baud, ok_timeout)
        if not found.usable:
            _say(f"  left out: {found.reason}")
            continue
        window = found.send_window if found.send_window is not None else "counted in bytes"
        _say(f"  {found.firmware_name!r}: profile {found.profile}, send window {window}\n"
             f"  {found.verdict_line}")  # fmt: skip
        if yes or typer.confirm(f"  add {device}?", default=True):
            chosen.append(found)
    if not chosen:
        _say("error: no printer to add: nothing answered (or you declined them all)")
        raise typer.Exit(1)
    try:
        written = write(config, join, chosen, baud, force=force)
    except (ConfigError, SetupFileError) as e:
        _say(f"error: {e}")
        raise typer.Exit(2) from e
    names = ", ".join(f"{p.id} ({p.profile})" for p in written.config.printers)
    _say(f"wrote {', '.join(str(p) for p in written.files)}\nprinters: {names}")
    _keep_reports(written.config, chosen)
    _say(f"start it: printfarm-agent run -c {config} (or printfarm-agent install-service)")


def _keep_reports(config: AgentConfig, chosen: list[Probe]) -> None:
    """Each printer's probe is its first HIL report (the agent publishes it)."""
    from agent.hil_reports import save_report

    by_port = {found.port: found.report for found in chosen}
    for printer in config.printers:
        report = by_port.get(printer.port or "")
        if report is None:
            continue
        try:
            save_report(config.agent.data_dir, printer.id, report)
        except OSError as e:
            _say(f"warning: the HIL report of {printer.id} was not kept: {e}")


UnitDirOption = Annotated[
    Path, typer.Option(help="Where the unit goes (tests: a temporary folder)")
]


def install_service(  # noqa: PLR0917  # typer options
    config: Annotated[Path, typer.Option("--config", "-c", help="The agent's agent.toml")] = Path(
        "agent.toml"
    ),
    user: Annotated[
        str | None, typer.Option(help="Run as this user (default: the config's owner)")
    ] = None,
    unit_dir: UnitDirOption = DEFAULT_UNIT_DIR,
    dry_run: Annotated[bool, typer.Option(help="Print the unit, write nothing")] = False,
    enable: Annotated[bool, typer.Option(help="systemctl daemon-reload, then enable --now")] = True,
    force: Annotated[bool, typer.Option(help="Replace an existing unit")] = False,
) -> None:
    """Write (and enable) the systemd unit of `printfarm-agent run`; see the unit's
    header for what stopping it does to a print."""
    from agent.config import ConfigError
    from agent.setup.install_service import agent_unit, prepare_writable
    from agent.setup.systemd_unit import ServiceInstallError, install, render

    try:
        spec = agent_unit(config, user)
        if dry_run:
            typer.echo(render(spec), nl=False)
            return
        prepare_writable(spec)
        path = install(spec, unit_dir, enable=enable, force=force)
    except (ConfigError, ServiceInstallError) as e:
        _say(f"error: {e}")
        raise typer.Exit(2) from e
    _say(f"wrote {path}" + ("; enabled and started" if enable else " (not enabled)"))


def register(app: typer.Typer) -> None:
    app.command("setup")(setup)
    app.command("install-service")(install_service)
