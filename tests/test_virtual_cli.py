"""`printfarm virtual-printer` as a process: port path on line one, TCP through
pyserial's socket:// URL, a --link symlink, and a record flushed on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from agent.virtual import FaultConfig, VirtualPrinterConfig, start_virtual_printer
from agent.virtual.api import VirtualPrinterProcess
from agent.virtual.testing import SerialHost


def test_cli_prints_the_pty_first_and_records_on_sigterm(tmp_path: Path) -> None:
    record = tmp_path / "record.txt"
    printfarm = Path(sys.executable).parent / "printfarm"
    proc = subprocess.Popen(
        [str(printfarm), "virtual-printer", "--speed", "100", "--record", str(record)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        path = proc.stdout.readline().strip()
        assert path.startswith("/dev/pts/")
        with SerialHost(path) as host:
            host.handshake()
            host.command("G28")
            host.command("G1 X5")
            host.send("G4 S600")  # still running at SIGTERM: not recorded, not waited for
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(5) == 0
        assert record.read_text().splitlines() == ["G28", "G1 X5"]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def test_subprocess_handle_serves_tcp_and_a_link(tmp_path: Path) -> None:
    link = tmp_path / "ttyVirtual"
    config = VirtualPrinterConfig(
        instant=True, tcp_port=0, link=link, faults=FaultConfig(seed=5, noise_pct=10)
    )
    printer = start_virtual_printer(config, in_process=False)
    assert isinstance(printer, VirtualPrinterProcess)
    with printer:
        assert os.path.realpath(link) == printer.pty_path
        commands = [f"G1 X{i}" for i in range(1, 41)]
        with SerialHost(printer.url) as host:
            host.handshake()
            host.stream(commands, reply_timeout=0.3)
            assert any(line.startswith("Error:checksum") for line in host.transcript)
        printer.stop()
        assert printer.executed == commands
