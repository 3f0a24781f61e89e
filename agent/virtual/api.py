"""Start a virtual printer from Python: in this process (a thread) or as a subprocess.

with start_virtual_printer(VirtualPrinterConfig(speed=50)) as printer:
    serial.Serial(printer.port_path)  # ... talk G-code ...
    assert printer.executed == ["G28", "G1 X10"]
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

from agent.virtual.config import VirtualPrinterConfig
from agent.virtual.firmware import Firmware
from agent.virtual.server import Server
from agent.virtual.stats import SimulationStats

START_TIMEOUT_S = 10.0


class VirtualPrinter:
    """A virtual printer whose event loop runs in a daemon thread of this process."""

    def __init__(self, config: VirtualPrinterConfig) -> None:
        self.config = config
        self._server = Server(config)
        self._server.open()
        self._thread = threading.Thread(
            target=self._server.run, name="virtual-printer", daemon=True
        )
        self._thread.start()

    @property
    def pty_path(self) -> str:
        """The current pseudo-terminal (a new one after a disconnect fault)."""
        pty = self._server.pty
        if pty is None:
            raise RuntimeError("the pty is closed (disconnect fault, or --no-pty)")
        return pty.path

    @property
    def port_path(self) -> str:
        """What a host should open: the --link path if any, else the pty."""
        return str(self.config.link) if self.config.link else self.pty_path

    @property
    def tcp_port(self) -> int | None:
        return self._server.tcp_port

    @property
    def url(self) -> str:
        """A pyserial URL for the TCP socket."""
        if self.tcp_port is None:
            raise RuntimeError("no TCP socket: set tcp_port (0 picks a free one)")
        return f"socket://127.0.0.1:{self.tcp_port}"

    @property
    def executed(self) -> list[str]:
        """Commands executed so far, in order (see faults.is_recorded for the rule)."""
        return list(self._server.firmware.executed)

    @property
    def stats(self) -> SimulationStats:
        """Simulated time and per-job print time so far (see stats.py)."""
        return self._server.stats()

    @property
    def simulated_time_s(self) -> float:
        """Sim clock when the last recorded command finished (moves: played out)."""
        return self.stats.simulated_time_s

    @property
    def print_time_s(self) -> float:
        """The last job's print time, M31-style, on the simulated clock."""
        return self.stats.print_time_s

    @property
    def firmware(self) -> Firmware:
        """The live firmware, for white-box assertions (temperatures, position, faults)."""
        return self._server.firmware

    def stop(self, timeout: float = 5.0) -> None:
        self._server.stop()
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise RuntimeError(f"virtual printer loop did not stop within {timeout} s")

    def __enter__(self) -> VirtualPrinter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class VirtualPrinterProcess:
    """A virtual printer in its own process (`python -m agent.virtual ...`)."""

    def __init__(self, config: VirtualPrinterConfig) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if config.record is None or config.stats is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="virtual-printer-")
            tmp = Path(self._tmp.name)
            config = config.model_copy(
                update={
                    "record": config.record or tmp / "record.txt",
                    "stats": config.stats or tmp / "stats.json",
                }
            )
        self.config = config
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "agent.virtual", *config_to_args(config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._out = b""
        first = self._readline()
        self.pty_path = first if config.pty else ""
        self.tcp_port: int | None = None
        if config.tcp_port is not None:
            url = self._readline() if config.pty else first
            self.tcp_port = int(url.rsplit(":", 1)[1])

    def _readline(self) -> str:
        """One stdout line, read from the raw pipe (a buffered reader would hide lines
        it has already swallowed from select())."""
        assert self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        deadline = time.monotonic() + START_TIMEOUT_S
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while b"\n" not in self._out:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    self._proc.kill()
                    raise RuntimeError(
                        f"virtual printer printed nothing within {START_TIMEOUT_S} s"
                    )
                chunk = os.read(fd, 4096)
                if not chunk:
                    _out, err = self._proc.communicate(timeout=5)
                    raise RuntimeError(f"virtual printer failed to start: {err.decode().strip()}")
                self._out += chunk
        line, _, self._out = self._out.partition(b"\n")
        return line.decode().strip()

    @property
    def port_path(self) -> str:
        return str(self.config.link) if self.config.link else self.pty_path

    @property
    def url(self) -> str:
        if self.tcp_port is None:
            raise RuntimeError("no TCP socket: set tcp_port (0 picks a free one)")
        return f"socket://127.0.0.1:{self.tcp_port}"

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def executed(self) -> list[str]:
        """The record as flushed so far (when idle, and completely after stop())."""
        assert self.config.record is not None
        try:
            text = self.config.record.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return text.splitlines()

    @property
    def stats(self) -> SimulationStats:
        """The stats file the process wrote at exit (call stop() first)."""
        assert self.config.stats is not None
        try:
            text = self.config.stats.read_text(encoding="utf-8")
        except FileNotFoundError as e:
            raise RuntimeError(
                f"no stats in {self.config.stats}: the simulator writes them when it exits;"
                " call stop() first"
            ) from e
        return SimulationStats.model_validate_json(text)

    def stop(self, timeout: float = 5.0) -> None:
        if self._proc.poll() is None:
            self._proc.send_signal(signal.SIGTERM)
            try:
                self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout)
        for pipe in (self._proc.stdout, self._proc.stderr):
            if pipe is not None:
                pipe.close()

    def cleanup(self) -> None:
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> VirtualPrinterProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.cleanup()


def start_virtual_printer(
    config: VirtualPrinterConfig, *, in_process: bool = True
) -> VirtualPrinter | VirtualPrinterProcess:
    """Start one virtual printer; `in_process=False` runs it as a separate process."""
    return VirtualPrinter(config) if in_process else VirtualPrinterProcess(config)


def config_to_args(config: VirtualPrinterConfig) -> list[str]:
    """The `printfarm virtual-printer` arguments that reproduce `config`."""
    f = config.faults
    args = [
        "--dialect", config.dialect.value, "--baud", str(config.baud),
        "--latency-ms", str(config.latency_ms), "--speed", str(config.speed),
        "--bufsize", str(config.bufsize), "--planner-size", str(config.planner_size),
        "--rx-buffer", str(config.rx_buffer), "--busy-interval", str(config.busy_interval_s),
        "--seed", str(f.seed), "--noise", str(f.noise_pct), "--lost-lines", str(f.lost_lines_pct),
        "--dup-ok", str(f.dup_ok_pct), "--garble", str(f.garble_pct),
        "--silence-s", str(f.silence_s), "--reconnect-after-s", str(f.reconnect_after_s),
    ]  # fmt: skip
    flags = {"--instant": config.instant, "--advanced-ok": config.advanced_ok}
    args += [flag for flag, on in flags.items() if on]
    if not config.pty:
        args.append("--no-pty")
    optional = {
        "--tcp-port": config.tcp_port, "--link": config.link, "--record": config.record,
        "--stats": config.stats,
        "--silence-at-line": f.silence_at_line, "--disconnect-at-line": f.disconnect_at_line,
        "--reset-at-line": f.reset_at_line, "--runaway-at-line": f.runaway_at_line,
        "--old-resend-at-line": f.old_resend_at_line,
    }  # fmt: skip
    for flag, value in optional.items():
        if value is not None:
            args += [flag, str(value)]
    for action in f.actions:
        args += ["--action-at-line", f"{action.line}:{action.action}"]
    return args


def wait_for_path(path: str, timeout: float = START_TIMEOUT_S) -> None:
    """Block until `path` exists (e.g. a --link re-created after a disconnect)."""
    deadline = time.monotonic() + timeout
    while not os.path.exists(path):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} did not appear within {timeout} s")
        time.sleep(0.01)
