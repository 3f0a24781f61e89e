"""`printfarm demo`: a whole farm on one machine, from nothing, in about a minute.

Starts the coordinator (which starts its embedded broker and an SQLite store), then N
agent processes, each driving one virtual printer on its own pseudo-terminal; prints the
dashboard's address and the admin password on a line of its own; submits M jobs of the
bundled sample G-code; shows the fleet live, clears beds as a person would, prints a
summary once every job has ended, and goes on serving the dashboard until Ctrl-C (which
stops every process it started). With `exit_when_done` (`--exit-when-done`, for scripts
and CI) it exits at once instead: 0 if every job printed, else 1.
"""

from __future__ import annotations

import itertools
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console, Group
from rich.live import Live
from rich.text import Text

from coordinator.client import ApiError, FarmClient
from coordinator.samples import sample_path
from coordinator.serve import INFO_FILE
from coordinator.tables import jobs_table, printers_table
from coordinator.views import JobOut, PrinterOut

SAMPLES = ("cube.gcode",)
FINAL = frozenset({"done", "failed", "cancelled", "interrupted"})
START_TIMEOUT_S = 60.0
REFRESH_S = 0.5


class DemoError(RuntimeError):
    """The demo could not run; the message says which part failed and where its log is."""


@dataclass(frozen=True, slots=True)
class DemoOptions:
    printers: int = 4
    jobs: int = 8
    speed: float = 20.0
    data_dir: Path | None = None  # None: a temporary folder, removed afterwards
    timeout_s: float = 600.0
    live: bool = True
    exit_when_done: bool = False  # else: serve until Ctrl-C once the queue has drained


def _script(name: str, module: str) -> list[str]:
    """This environment's console script, or the module through this interpreter."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found:
        return [found]
    return [sys.executable, "-c", f"from {module} import app; app()"]


def _agent_config(data: Path, index: int, broker_host: str, broker_port: int, speed: float) -> Path:
    folder = data / f"agent-{index}"
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "agent.toml"
    config.write_text(
        f"""[agent]
id = "demo-{index}"
data_dir = "data"

[broker]
host = "{broker_host}"
port = {broker_port}
reconnect_min_s = 1
reconnect_max_s = 5

[rates]
telemetry_s = 0.5
poll_s = 0.1

[[printers]]
id = "vp"
virtual = {{ dialect = "marlin", speed = {speed}, record = "executed.gcode" }}
site = "demo"
material = "PLA"
nozzle_diameter = 0.4
"""
    )
    return config


class Farm:
    """The child processes of the demo, stopped together."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.processes: list[tuple[str, subprocess.Popen[bytes]]] = []

    def spawn(self, name: str, argv: list[str]) -> subprocess.Popen[bytes]:
        log = (self.data / f"{name}.log").open("wb")
        # A group of its own: a terminal's Ctrl-C reaches the demo alone, which then
        # stops its processes in order (agents first, the coordinator last).
        process = subprocess.Popen(
            argv, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, COLUMNS="120"),
            process_group=0,
        )  # fmt: skip
        log.close()
        self.processes.append((name, process))
        return process

    def check_alive(self) -> None:
        for name, process in self.processes:
            if process.poll() is not None:
                raise DemoError(
                    f"{name} exited with {process.returncode}; see {self.data / name}.log"
                )

    def stop(self) -> None:
        for _name, process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for _name, process in self.processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)


def _wait_for_info(farm: Farm, deadline: float) -> dict[str, str]:
    info_path = farm.data / "coordinator" / INFO_FILE
    while time.monotonic() < deadline:
        farm.check_alive()
        if info_path.exists():
            info: dict[str, str] = json.loads(info_path.read_text())
            return info
        time.sleep(0.1)  # polling interval of a deadline loop
    raise DemoError(f"the coordinator did not start; see {farm.data / 'coordinator.log'}")


def admin_password(data: Path) -> str:
    """The demo farm's admin password: made once, kept in a file only its owner reads."""
    path = data / "admin-password"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(secrets.token_urlsafe(16) + "\n")
    return path.read_text(encoding="utf-8").splitlines()[0]


def dashboard_line(api_url: str, password: str) -> str:
    """The line a person copies from: where the dashboard is and how to sign in."""
    return f"dashboard: {api_url.rstrip('/')}/  user admin  password {password}"


def _start(farm: Farm, options: DemoOptions) -> tuple[FarmClient, str]:
    deadline = time.monotonic() + START_TIMEOUT_S
    password = admin_password(farm.data)
    farm.spawn(
        "coordinator",
        [*_script("printfarm", "coordinator.cli"), "coordinator",
         "--data", str(farm.data / "coordinator"), "--http-port", "0",
         "--admin-password-file", str(farm.data / "admin-password")],
    )  # fmt: skip
    info = _wait_for_info(farm, deadline)
    host, _, port = info["broker_url"].removeprefix("mqtt://").rpartition(":")
    for i in range(1, options.printers + 1):
        config = _agent_config(farm.data, i, host, int(port), options.speed)
        farm.spawn(
            f"agent-{i}", [*_script("printfarm-agent", "agent.cli"), "run", "--config", str(config)]
        )
    client, _token = FarmClient.login(info["api_url"], "admin", password)
    while time.monotonic() < deadline:
        farm.check_alive()
        online = [p for p in client.printers() if p.online and p.state == "idle"]
        if len(online) >= options.printers:
            return client, dashboard_line(info["api_url"], password)
        time.sleep(0.2)  # polling interval of a deadline loop
    raise DemoError(f"the printers did not come online; see the agent logs in {farm.data}")


def _clear_beds(client: FarmClient, printers: list[PrinterOut]) -> None:
    """What a person does in a real farm: take the part off, confirm the bed is clear."""
    for printer in printers:
        if printer.online and printer.state == "idle" and (printer.held or not printer.bed_clear):
            client.clear(printer.key)


def _view(printers: list[PrinterOut], jobs: list[JobOut], started: float) -> Group:
    counts = Counter(j.state for j in jobs)
    status = "  ".join(f"{state} {n}" for state, n in sorted(counts.items()))
    elapsed = time.monotonic() - started
    return Group(
        printers_table(printers, title="printfarm demo: fleet"),
        Text(f"jobs: {status}   elapsed {elapsed:.0f} s"),
    )


def _run_queue(
    client: FarmClient, farm: Farm, options: DemoOptions, console: Console
) -> list[JobOut]:
    samples = itertools.cycle(SAMPLES)
    for _ in range(options.jobs):
        client.submit(sample_path(next(samples)))
    started = time.monotonic()
    deadline = started + options.timeout_s
    with Live(console=console, auto_refresh=False, transient=False) as live:
        while True:
            farm.check_alive()
            printers, jobs = client.printers(), client.jobs()
            if options.live:
                live.update(_view(printers, jobs, started), refresh=True)
            if jobs and all(j.state in FINAL for j in jobs):
                return jobs
            if time.monotonic() > deadline:
                raise DemoError(f"the queue did not drain within {options.timeout_s:.0f} s")
            _clear_beds(client, printers)
            time.sleep(REFRESH_S)  # the refresh period of the live view


def run_demo(options: DemoOptions, console: Console | None = None) -> int:
    """Run the demo; returns the exit status (0: every job printed)."""
    console = console or Console()
    started = time.monotonic()
    with ExitStack() as stack:
        if options.data_dir is None:
            data = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="printfarm-demo-")))
        else:
            data = options.data_dir
            data.mkdir(parents=True, exist_ok=True)
        farm = Farm(data)
        stack.callback(farm.stop)
        console.print(f"starting the coordinator and {options.printers} virtual printers ...")
        client, line = _start(farm, options)
        stack.callback(client.close)
        _say(console, line)
        jobs = _run_queue(client, farm, options, console)
        done = sum(j.state == "done" for j in jobs)
        console.print()
        console.print(jobs_table(jobs, title="printfarm demo: jobs"))
        console.print(
            f"{done}/{len(jobs)} jobs printed on {options.printers} printers "
            f"in {time.monotonic() - started:.0f} s (speed x{options.speed:g})"
        )
        status = 0 if done == len(jobs) else 1
        if not options.exit_when_done:
            _serve_until_interrupted(farm, console, line)
    return status


def _say(console: Console, text: str) -> None:
    """A plain line of its own (never wrapped or coloured: people and scripts copy it)."""
    console.print(text, markup=False, highlight=False, soft_wrap=True)


def _serve_until_interrupted(farm: Farm, console: Console, line: str) -> None:
    """Keep the farm up for the dashboard until Ctrl-C (the caller's ExitStack then
    stops every process); a process that dies ends the demo with its log's name."""
    _say(console, line)
    _say(console, "the farm keeps serving: press Ctrl-C to stop it")
    idle = threading.Event()  # never set: waits are the check period
    try:
        while True:
            farm.check_alive()
            idle.wait(1.0)
    except KeyboardInterrupt:
        _say(console, "stopping the farm ...")


def demo(
    printers: int = 4,
    jobs: int = 8,
    speed: float = 20.0,
    data: Path | None = None,
    exit_when_done: bool = False,
) -> None:
    """Simulate a farm: coordinator, broker, PRINTERS virtual printers, JOBS jobs."""
    import typer

    options = DemoOptions(
        printers=printers, jobs=jobs, speed=speed, data_dir=data, exit_when_done=exit_when_done
    )
    try:
        status = run_demo(options)
    except (DemoError, ApiError) as e:
        Console(stderr=True).print(f"[red]demo failed:[/] {e}")
        raise typer.Exit(1) from e
    raise typer.Exit(status)
