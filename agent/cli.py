"""`printfarm-agent`: the device-side command line."""

from __future__ import annotations

import contextlib
import signal
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from agent.gcode_check import check_file
from agent.gcode_file import GcodeFileError
from agent.print_progress import follow
from agent.profiles import ProfileError
from agent.safety import LocalSafety
from agent.session import JobFileRefused, PrinterSession, SessionConfig, SessionError
from agent.session_model import JobOutcome, PrinterState, SessionEvent

app = typer.Typer(help="printfarm agent: drives printers over serial G-code.", no_args_is_help=True)
CANCEL_SETTLE_S = 30.0


@app.callback()
def main() -> None:
    """printfarm agent: drives printers over serial G-code."""


def _say(text: str) -> None:
    typer.echo(text, err=True)


def _show_event(event: SessionEvent) -> None:
    if event.kind.value in ("firmware_error", "firmware_restarted", "line_refused", "host_action"):
        _say(f"{event.kind.value}: {event.message}")


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


@app.command("print")
def print_file(  # noqa: PLR0917  # typer options
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    port: Annotated[str, typer.Option(help="Device path, /dev/serial/by-id/… or socket://h:p")],
    profile: Annotated[str, typer.Option(help="Firmware profile, or auto (from M115)")] = "auto",
    baud: Annotated[int, typer.Option(min=1, help="Serial baud rate")] = 115200,
    window: Annotated[
        int | None,
        typer.Option(min=1, help="Fixed window of N lines (default: counted in bytes)"),
    ] = None,
    allow_gcode: Annotated[
        list[str] | None,
        typer.Option(help="A command the profile's policy refuses that this print may send"),
    ] = None,
) -> None:
    """Print one file; exit 0 only when its last line was acknowledged."""
    try:
        config = SessionConfig(
            port=port, baud=baud, profile=profile, send_window=window, reconnect=False,
            safety=LocalSafety(allow_gcode=tuple(allow_gcode or ())),
        )  # fmt: skip
        session = PrinterSession(config, listener=_show_event)
        # Checked before the port is opened; the length again once M115 named the firmware.
        limit = None if profile == "auto" else session.profile.capabilities.max_line_length
        check_file(file, limit)
    except ProfileError as error:
        _say(f"error: {error}; or auto, to pick it from the printer's M115 answer")
        raise typer.Exit(2) from error
    except ValidationError as error:  # only --allow-gcode is left unchecked by typer
        _say(f"error: --allow-gcode: {error.errors()[0]['msg']}")
        raise typer.Exit(2) from error
    except GcodeFileError as error:
        _say(f"error: {error}")
        raise typer.Exit(2) from error
    # A service manager stops us with SIGTERM: cancel as safely as for Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        session.connect()
        _say(f"connected: {session.snapshot().firmware_name} (profile {session.profile.name})")
        session.start_print(file)
        result = follow(session)
    except SessionError as error:
        _say(f"error: {error}")
        session.close()
        raise typer.Exit(2 if isinstance(error, JobFileRefused) else 1) from error
    except KeyboardInterrupt:
        _say("interrupted: cancelling the print (heaters off)")
        with contextlib.suppress(SessionError):  # nothing was printing any more
            session.cancel("interrupted (Ctrl-C or SIGTERM)")
        session.wait_for_state({PrinterState.IDLE, PrinterState.ERROR}, CANCEL_SETTLE_S)
        session.close()
        raise typer.Exit(130) from None
    session.close()
    if result.outcome is not JobOutcome.DONE:
        _say(f"print {result.outcome.value}: {result.reason}")
        raise typer.Exit(1)
    p = result.progress
    _say(f"done: {p.lines_done} lines in {p.elapsed_s:.3f} s")


@app.command("run")
def run(
    config: Annotated[
        Path, typer.Option("--config", "-c", help="TOML config (see agent.example.toml)")
    ] = Path("agent.toml"),
) -> None:
    """Drive the printers of a config and serve them over MQTT until SIGTERM or Ctrl-C."""
    import logging
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
        _say(f"error: {error}")
        raise typer.Exit(2) from error
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda _signum, _frame: stop.set())
    _say(f"agent {settings.agent.id}: {len(settings.printers)} printer(s); stop with Ctrl-C")
    stop.wait()
    _say(
        "stopping: cancelling prints on serial printers (OctoPrint printers print on, "
        "a restarted agent takes them over), reporting the last events"
    )
    runner.stop()


from agent.setup.cli import register as _register_setup  # noqa: E402  # after the app

_register_setup(app)
