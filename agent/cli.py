"""`printfarm-agent`: the device-side command line."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from agent.session import PrinterSession, SessionConfig, SessionError
from agent.session_model import JobOutcome, JobResult, PrinterState, SessionEvent

app = typer.Typer(help="printfarm agent: drives printers over serial G-code.", no_args_is_help=True)
err = Console(stderr=True)
CANCEL_SETTLE_S = 30.0


@app.callback()
def main() -> None:
    """printfarm agent: drives printers over serial G-code."""


def _show_event(event: SessionEvent) -> None:
    if event.kind.value in ("firmware_error", "firmware_restarted", "line_refused", "host_action"):
        err.print(f"[yellow]{event.kind.value}[/]: {event.message}")


def _follow(session: PrinterSession) -> JobResult:
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>5.1f}%  {task.fields[lines]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("printing", total=1.0, lines="")
        while True:
            # The wait is the refresh period of the bar, not a synchronisation.
            result = session.wait_for_job(timeout=0.2)
            snap = session.snapshot()
            job = snap.job or (result.progress if result else None)
            if job is not None:
                bar.update(
                    task,
                    completed=job.fraction,
                    description=f"{snap.state.value} {job.file_name}",
                    lines=f"{job.lines_done}/{job.lines_total} lines",
                )
            if result is not None:
                return result


@app.command("print")
def print_file(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    port: Annotated[str, typer.Option(help="Device path, /dev/serial/by-id/… or socket://h:p")],
    profile: Annotated[str, typer.Option(help="Firmware profile, or auto (from M115)")] = "auto",
    baud: Annotated[int, typer.Option(help="Serial baud rate")] = 115200,
    window: Annotated[
        int | None, typer.Option(help="Lines in flight (default: the profile's)")
    ] = None,
) -> None:
    """Print one file; exit 0 only when its last line was acknowledged."""
    config = SessionConfig(
        port=port, baud=baud, profile=profile, send_window=window, reconnect=False
    )
    session = PrinterSession(config, listener=_show_event)
    try:
        session.connect()
        err.print(f"connected: {session.snapshot().firmware_name} (profile {session.profile.name})")
        session.start_print(file)
        result = _follow(session)
    except SessionError as error:
        err.print(f"[red]error:[/] {error}")
        session.close()
        raise typer.Exit(1) from error
    except KeyboardInterrupt:
        err.print("[yellow]interrupted: cancelling the print (heaters off)[/]")
        with contextlib.suppress(SessionError):  # nothing was printing any more
            session.cancel("interrupted from the keyboard")
        session.wait_for_state({PrinterState.IDLE, PrinterState.ERROR}, CANCEL_SETTLE_S)
        session.close()
        raise typer.Exit(130) from None
    session.close()
    if result.outcome is not JobOutcome.DONE:
        err.print(f"[red]print {result.outcome.value}:[/] {result.reason}")
        raise typer.Exit(1)
    p = result.progress
    err.print(f"[green]done[/]: {p.lines_done} lines in {p.elapsed_s:.1f} s")


@app.command("run")
def run(
    config: Annotated[
        Path, typer.Option("--config", "-c", help="TOML config (see agent.example.toml)")
    ] = Path("agent.toml"),
) -> None:
    """Drive the printers of a config and serve them over MQTT until SIGTERM or Ctrl-C."""
    import logging
    import signal
    import threading

    from agent.config import ConfigError, load_config
    from agent.link.jobs import JobFileError
    from agent.link.spool_jobs import spool_job_files
    from agent.outbox import OutboxError
    from agent.runner import AgentRunner

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        settings = load_config(config)
        runner = AgentRunner(settings, spool_job_files(settings))
        runner.start()
    except (ConfigError, JobFileError, OutboxError, OSError) as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from error
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda _signum, _frame: stop.set())
    err.print(f"agent {settings.agent.id}: {len(settings.printers)} printer(s); stop with Ctrl-C")
    stop.wait()
    err.print("stopping: cancelling running prints, reporting the last events")
    runner.stop()
