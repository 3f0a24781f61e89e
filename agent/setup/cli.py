"""`printfarm-agent setup` and `printfarm-agent install-service`, added to the agent's app."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from agent.setup.discover import BY_ID


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
    _say(f"start it: printfarm-agent run -c {config} (or printfarm-agent install-service)")


def register(app: typer.Typer) -> None:
    app.command("setup")(setup)
