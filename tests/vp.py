"""Start a real virtual printer process for end-to-end tests, and read what it executed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

# Commands the agent itself adds to a conversation (handshake, temperature and position
# queries, Repetier's debug level); the comparison with a file leaves them out.
HOST_QUERIES = ("M110", "M115", "M105", "M155", "M113", "M114", "M111")


class VirtualPrinterProcess:
    """`printfarm virtual-printer …` as a child process; `port` is a stable symlink to it."""

    def __init__(self, tmp: Path, *flags: str) -> None:
        self.record = tmp / "executed.txt"
        self.port = str(tmp / "printer-port")
        self.stderr_path = tmp / "vp-stderr.txt"
        self._stderr = self.stderr_path.open("wb")
        command = [
            sys.executable,
            "-c",
            "from coordinator.cli import app; app()",
            "virtual-printer",
            "--record",
            str(self.record),
            "--link",
            self.port,
            *flags,
        ]
        self.proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=self._stderr, text=True
        )
        self.first_line = self._read_first_line(timeout=20)

    def _read_first_line(self, timeout: float) -> str:
        stdout = self.proc.stdout
        assert stdout is not None
        box: list[str] = []
        reader = threading.Thread(target=lambda: box.append(stdout.readline()))
        reader.start()
        reader.join(timeout)
        if not box or not box[0].strip():
            self.stop()
            raise RuntimeError(f"virtual printer did not start: {self.stderr_path.read_text()}")
        return box[0].strip()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._stderr.close()

    def executed(self) -> list[str]:
        """What the printer executed, host queries left out (valid after stop())."""
        if not self.record.exists():
            return []
        lines = self.record.read_text().splitlines()
        return [line for line in lines if not line.startswith(HOST_QUERIES)]


def file_commands(path: Path) -> list[str]:
    from agent.gcode_file import read_commands

    return [command.text for command in read_commands(path)]


def agent_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run `printfarm-agent …` as a real process."""
    env = dict(os.environ, COLUMNS="120")
    return subprocess.run(
        [sys.executable, "-c", "from agent.cli import app; app()", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
