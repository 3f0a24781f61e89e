"""`printfarm-hil`: conformance checks of a real (or virtual) printer against the agent."""

from __future__ import annotations

import signal
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console

from agent.config import ConfigError, PrinterSection, load_config
from agent.hil_reports import save_report
from agent.profiles import ProfileError, list_profiles
from hil.console import render
from hil.report import RunOptions
from hil.runner import HilRunner

app = typer.Typer(
    help="Hardware-in-the-loop checks: does the agent understand this printer?",
    add_completion=False,
)
out = Console()
err = Console(stderr=True)


def _terminate(signum: int, frame: FrameType | None) -> None:
    # SIGTERM (a CI timeout, systemd) takes the same path as Ctrl-C: heaters off, report.
    raise KeyboardInterrupt


def _for_printer(config_path: Path, printer: str) -> tuple[Path, PrinterSection]:
    """The agent's data folder and `printer`'s section, from its agent.toml."""
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise typer.BadParameter(str(error), param_hint="--agent-config") from error
    section = next((p for p in config.printers if p.id == printer), None)
    if section is None:
        known = ", ".join(p.id for p in config.printers) or "none"
        raise typer.BadParameter(
            f"no printer {printer!r} in {config_path} (printers: {known})", param_hint="--printer"
        )
    return config.agent.data_dir, section


@app.command()
def main(  # typer options
    *,
    port: Annotated[
        str | None,
        typer.Option(
            help="Device path, /dev/serial/by-id/… or socket://h:p (default: --printer's)"
        ),
    ] = None,
    printer: Annotated[
        str | None,
        typer.Option(
            help="A printer of the agent's config: its port by default, and the report is "
            "kept as its last one (the agent publishes it; stop the agent first)"
        ),
    ] = None,
    agent_config: Annotated[
        Path, typer.Option(help="The agent's agent.toml (with --printer)")
    ] = Path("agent.toml"),
    profile: Annotated[
        str, typer.Option(help=f"auto (from M115) or one of: {', '.join(list_profiles())}")
    ] = "auto",
    baud: Annotated[
        int | None, typer.Option(help="Serial baud rate (default: --printer's, or 115200)")
    ] = None,
    allow_heat: Annotated[
        bool, typer.Option(help="Heat to 60 °C hotend / 40 °C bed and let them cool")
    ] = False,
    allow_motion: Annotated[
        bool, typer.Option(help="Home, then a 10 mm square in the middle of the bed")
    ] = False,
    allow_estop: Annotated[
        bool, typer.Option(help="Send M112 last; the printer then needs a reset")
    ] = False,
    json_file: Annotated[
        Path | None, typer.Option("--json", help="Also write the report as JSON here")
    ] = None,
    samples: Annotated[int, typer.Option(help="Round trips timed for the latency")] = 200,
    stream_lines: Annotated[int, typer.Option(help="Lines streamed for the throughput")] = 500,
    ok_timeout: Annotated[
        float | None, typer.Option(help="Seconds without an ok before recovery (profile's)")
    ] = None,
    verbose: Annotated[bool, typer.Option(help="Show the evidence of every check")] = False,
) -> None:
    """Run the checks and print a report; exit 0 when every check that ran passed."""
    if profile != "auto" and profile not in list_profiles():
        raise typer.BadParameter(f"choose auto or one of: {', '.join(list_profiles())}")
    keep_in: Path | None = None
    if printer is not None:
        keep_in, section = _for_printer(agent_config, printer)
        port = port or section.port
        baud = baud or section.baud
    if port is None:
        raise typer.BadParameter("give --port, or --printer of an agent.toml with its port")
    try:
        options = RunOptions(
            port=port, baud=baud or 115200, profile=profile, allow_heat=allow_heat,
            allow_motion=allow_motion, allow_estop=allow_estop, samples=samples,
            stream_lines=stream_lines, ok_timeout_s=ok_timeout,
        )  # fmt: skip
        runner = HilRunner(options, say=lambda text: err.print(f"[dim]· {text}[/]"))
    except (ValidationError, ProfileError) as error:
        raise typer.BadParameter(str(error)) from error
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        report = runner.run()
    finally:
        signal.signal(signal.SIGTERM, previous)
    render(report, out, verbose=verbose)
    if json_file is not None:
        json_file.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")
    if printer is not None and keep_in is not None:
        report.ran_by = "printfarm-hil"
        try:
            kept = save_report(keep_in, printer, report)
        except OSError as error:
            err.print(f"[red]error:[/] cannot keep the report for {printer}: {error}")
            raise typer.Exit(2) from error
        err.print(f"kept as {printer}'s last HIL report: {kept}")
    raise typer.Exit(report.exit_code)
