"""`printfarm virtual-printer`: start one virtual printer; its port path is line one."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
from pydantic import ValidationError

from agent.profiles import Dialect
from agent.virtual.config import ActionAt, FaultConfig, VirtualPrinterConfig
from agent.virtual.server import Server
from agent.virtual.stats import SimulationStats

Opt = typer.Option


def virtual_printer(
    *,
    dialect: Annotated[Dialect, Opt(help="Reply dialect of the firmware family.")] = (
        Dialect.MARLIN
    ),
    baud: Annotated[int, Opt(help="Emulated link speed; 0 = unlimited.")] = 0,
    latency_ms: Annotated[float, Opt(help="One-way latency added to each chunk.")] = 0.0,
    speed: Annotated[float, Opt(help="Sim clock rate vs real time; 0 = instant.")] = 1.0,
    instant: Annotated[bool, Opt(help="Motion, heating and dwell take no time.")] = False,
    bufsize: Annotated[int, Opt(help="Command queue length (Marlin BUFSIZE).")] = 4,
    planner_size: Annotated[int, Opt(help="Planner blocks (BLOCK_BUFFER_SIZE).")] = 16,
    rx_buffer: Annotated[
        int, Opt(help="Serial receive ring, bytes (holds one less; overflow drops bytes).")
    ] = 128,
    advanced_ok: Annotated[
        bool, Opt(help="Reply `ok N.. P.. B..` (Marlin ADVANCED_OK; not listed in M115).")
    ] = False,
    busy_interval: Annotated[float, Opt(help="busy: keepalive period (M113), s.")] = 2.0,
    pty: Annotated[bool, Opt(help="Serve a pseudo-terminal.")] = True,
    tcp_port: Annotated[int | None, Opt(help="Also serve TCP on 127.0.0.1 (0: any).")] = None,
    link: Annotated[Path | None, Opt(help="Symlink to the pty, kept across reconnects.")] = None,
    record: Annotated[Path | None, Opt(help="Write executed commands here.")] = None,
    stats: Annotated[
        Path | None, Opt(help="Write simulated print time (JSON) here at exit.")
    ] = None,
    seed: Annotated[int, Opt(help="Seed of the fault injection.")] = 0,
    noise: Annotated[float, Opt(help="% of received data lines corrupted.")] = 0.0,
    lost_lines: Annotated[float, Opt(help="% of received data lines lost.")] = 0.0,
    dup_ok: Annotated[float, Opt(help="% of oks sent twice.")] = 0.0,
    garble: Annotated[float, Opt(help="% of reply bytes corrupted.")] = 0.0,
    silence_at_line: Annotated[int | None, Opt(help="Go silent after line N.")] = None,
    silence_s: Annotated[float, Opt(help="How long the silence lasts, s.")] = 5.0,
    disconnect_at_line: Annotated[int | None, Opt(help="Drop the port after line N.")] = None,
    reconnect_after_s: Annotated[float, Opt(help="When the port comes back, s.")] = 2.0,
    reset_at_line: Annotated[int | None, Opt(help="Firmware reset after line N.")] = None,
    runaway_at_line: Annotated[int | None, Opt(help="Thermal runaway after line N.")] = None,
    old_resend_at_line: Annotated[int | None, Opt(help="Request line 1 after line N.")] = None,
    action_at_line: Annotated[
        list[str] | None, Opt(help="LINE:ACTION, e.g. 120:pause (repeatable).")
    ] = None,
) -> None:
    """Start one virtual printer and print its port path on the first line."""
    try:
        faults = FaultConfig(
            seed=seed, noise_pct=noise, lost_lines_pct=lost_lines, dup_ok_pct=dup_ok,
            garble_pct=garble, silence_at_line=silence_at_line, silence_s=silence_s,
            disconnect_at_line=disconnect_at_line, reconnect_after_s=reconnect_after_s,
            reset_at_line=reset_at_line, runaway_at_line=runaway_at_line,
            old_resend_at_line=old_resend_at_line,
            actions=[ActionAt.parse(a) for a in action_at_line or []],
        )  # fmt: skip
        config = VirtualPrinterConfig(
            dialect=dialect, baud=baud, latency_ms=latency_ms, speed=speed, instant=instant,
            bufsize=bufsize, planner_size=planner_size, rx_buffer=rx_buffer,
            advanced_ok=advanced_ok, busy_interval_s=busy_interval, pty=pty,
            tcp_port=tcp_port, link=link, record=record, stats=stats, faults=faults,
        )  # fmt: skip
    except (ValidationError, ValueError) as e:
        raise typer.BadParameter(str(e)) from e
    run(config)


def _announce(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run(config: VirtualPrinterConfig) -> None:
    """Serve until SIGTERM/SIGINT; the record is complete when this returns."""
    server = Server(config, on_port=_announce)
    try:
        server.open()
    except OSError as e:
        typer.echo(f"virtual printer: {e}", err=True)
        raise typer.Exit(1) from e
    if server.tcp_port is not None:
        _announce(f"socket://127.0.0.1:{server.tcp_port}")

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        server.stop()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    server.run()
    typer.echo(summary(server.stats()), err=True)


def summary(stats: SimulationStats) -> str:
    """One stderr line at exit: the simulated time the printer spent."""
    jobs = len(stats.jobs)
    return (
        f"virtual printer: {stats.commands} commands; simulated clock at the last one"
        f" {stats.simulated_time_s:.3f} s; print time {stats.print_time_s:.3f} s"
        f" (last of {jobs} job{'s' if jobs != 1 else ''}); motion {stats.motion_s:.3f} s"
        + (" (instant: no motion time)" if stats.instant else "")
        + f"; RX overflows {stats.rx_overflows} ({stats.rx_dropped_bytes} bytes dropped)"
    )
