"""Streaming throughput of the agent against the virtual printer over a real pty.

Streams a file of short segments (instant motion, so only the link and the two programs
limit the rate) at emulated 115200 baud + 1 ms, 250000 baud + 1 ms and unlimited, in
one-line-per-ok and windowed modes. For each: lines/s; the bound for that mode (windowed:
the wire limit, framed bytes x 10 / baud; one line per ok: the round-trip bound, line and
`ok` on the wire plus the latency both ways); their ratio; the agent's CPU per line (its
process CPU minus a 20-line baseline run measured in the same run, so start-up does not
count) and its peak RSS
(both from wait4 on the agent's own process).

    .venv/bin/python benchmarks/stream.py [--lines 20000]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from agent.gcode_file import read_commands
from agent.protocol.framing import frame_line
from coordinator.samples import short_segments, write_gcode

LINKS = [(115200, 1.0), (250000, 1.0), (0, 0.0)]
OK_BYTES = len(b"ok\n")
WINDOW = 7
BUFSIZE = 8


@dataclass
class Run:
    seconds: float
    cpu_s: float
    rss_mb: float


def start_printer(tmp: Path, baud: int, latency_ms: float) -> tuple[subprocess.Popen[str], str]:
    link = str(tmp / f"port-{baud}")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from coordinator.cli import app; app()",
            "virtual-printer",
            "--instant",
            "--baud",
            str(baud),
            "--latency-ms",
            str(latency_ms),
            "--bufsize",
            str(BUFSIZE),
            "--link",
            link,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc, link


def run_agent(path: Path, port: str, window: int) -> Run:
    """One agent process; its own CPU and peak RSS from wait4 (not the printer's)."""
    with tempfile.TemporaryFile(mode="w+") as stderr:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from agent.cli import app; app()",
                "print",
                str(path),
                "--port",
                port,
                "--profile",
                "marlin2",
                "--window",
                str(window),
            ],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            text=True,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        output = stderr.read()
    match = re.search(r"done: (\d+) lines in ([\d.]+) s", output)
    if proc.returncode != 0 or match is None:
        raise SystemExit(f"agent failed: {output[-2000:]}")
    return Run(float(match.group(2)), usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def framed_bytes(path: Path) -> list[int]:
    # The handshake's M110 takes N0, so the file's first line goes out as N1 or later.
    return [len(frame_line(n, c.text)) + 1 for n, c in enumerate(read_commands(path), start=1)]


def bound_lines_per_s(sizes: list[int], baud: int, latency_ms: float, window: int) -> float:
    if baud == 0:
        return float("inf")
    wire = sum(sizes) * 10 / baud
    if window > 1:
        return len(sizes) / wire
    round_trip = wire + len(sizes) * (OK_BYTES * 10 / baud + 2 * latency_ms / 1000)
    return len(sizes) / round_trip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        big = write_gcode(tmp / "big.gcode", short_segments(args.lines), comments=False)
        tiny = write_gcode(tmp / "tiny.gcode", short_segments(20), comments=False)
        sizes = framed_bytes(big)
        header = f"{'link':<16}{'mode':<14}{'lines/s':>10}{'bound':>10}{'ratio':>8}"
        print(header + f"{'cpu us/line':>13}{'rss MB':>9}")
        for baud, latency in LINKS:
            for window in (1, WINDOW):
                proc, port = start_printer(tmp, baud, latency)
                try:
                    base = run_agent(tiny, port, window)
                    run = run_agent(big, port, window)
                finally:
                    proc.terminate()
                    proc.wait()
                rate = args.lines / run.seconds
                bound = bound_lines_per_s(sizes, baud, latency, window)
                ratio = "-" if bound == float("inf") else f"{rate / bound:.3f}"
                cpu_us = (run.cpu_s - base.cpu_s) / (args.lines - 20) * 1e6
                link = f"{baud or 'unlimited'}+{latency:g}ms"
                mode = "1 per ok" if window == 1 else f"window {window}"
                bound_text = "-" if bound == float("inf") else f"{bound:.0f}"
                print(
                    f"{link:<16}{mode:<14}{rate:>10.0f}{bound_text:>10}{ratio:>8}"
                    f"{cpu_us:>13.1f}{run.rss_mb:>9.1f}"
                )


if __name__ == "__main__":
    main()
