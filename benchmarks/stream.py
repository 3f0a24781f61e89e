"""Streaming throughput of the agent against the virtual printer over a real pty.

Streams a file of short segments (instant motion, so only the link and the two programs
limit the rate) at emulated 115200 baud + 1 ms, 250000 baud + 1 ms and unlimited. The
agent runs with its DEFAULT flow control (no `--window`) against three reply styles of a
stock printer (BUFSIZE 4, a 128-byte RX ring that drops bytes when it overflows):
Marlin with ADVANCED_OK (`ok N12 P15 B3`, not announced in M115), Marlin with plain `ok`
and Repetier (`ok 12` on receipt); and, for comparison, the old default of one line per
`ok` (`--window 1`, an explicit fixed window). For each: lines/s; the wire limit (framed
bytes x 10 / baud); their ratio; the printer's RX overflows (must be 0); the agent's CPU
per line (its process CPU minus a 20-line baseline run measured in the same run, so
start-up does not count) and its peak RSS (both from wait4 on the agent's own process).

    .venv/bin/python benchmarks/stream.py [--lines 20000]
"""

from __future__ import annotations

import argparse
import json
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
BUFSIZE = 4  # stock Marlin
# (label, virtual printer flags, agent window or None for the default)
MODES: list[tuple[str, list[str], int | None]] = [
    ("ADVANCED_OK", ["--advanced-ok"], None),
    ("plain ok", [], None),
    ("repetier", ["--dialect", "repetier"], None),
    ("plain, --window 1", [], 1),
]


@dataclass
class Run:
    seconds: float
    cpu_s: float
    rss_mb: float


def start_printer(
    tmp: Path, baud: int, latency_ms: float, flags: list[str]
) -> tuple[subprocess.Popen[str], str, Path]:
    link = str(tmp / f"port-{baud}")
    stats = tmp / f"stats-{baud}.json"
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
            "--stats",
            str(stats),
            *flags,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc, link, stats


def run_agent(path: Path, port: str, window: int | None) -> Run:
    """One agent process; its own CPU and peak RSS from wait4 (not the printer's)."""
    extra = [] if window is None else ["--window", str(window)]
    with tempfile.TemporaryFile(mode="w+") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-c", "from agent.cli import app; app()", "print", str(path),
             "--port", port, *extra],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            text=True,
        )  # fmt: skip
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


def wire_limit(sizes: list[int], baud: int) -> float:
    """Lines/s if every bit time of the wire carried the file's framed lines."""
    return float("inf") if baud == 0 else len(sizes) / (sum(sizes) * 10 / baud)


def measure(
    tmp: Path,
    link: tuple[int, float],
    mode: tuple[str, list[str], int | None],
    files: tuple[Path, Path],
) -> tuple[Run, Run, int]:
    """(baseline run, big run, RX overflows) on a fresh printer."""
    baud, latency = link
    _label, flags, window = mode
    proc, port, stats = start_printer(tmp, baud, latency, flags)
    try:
        base = run_agent(files[1], port, window)
        run = run_agent(files[0], port, window)
    finally:
        proc.terminate()
        proc.wait()
    overflows = int(json.loads(stats.read_text())["rx_overflows"])
    return base, run, overflows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        big = write_gcode(tmp / "big.gcode", short_segments(args.lines), comments=False)
        tiny = write_gcode(tmp / "tiny.gcode", short_segments(20), comments=False)
        sizes = framed_bytes(big)
        header = f"{'link':<16}{'replies, window':<20}{'lines/s':>9}{'wire':>7}{'ratio':>7}"
        print(header + f"{'rx ovf':>7}{'cpu us/line':>13}{'rss MB':>8}")
        for baud, latency in LINKS:
            for mode in MODES:
                base, run, overflows = measure(tmp, (baud, latency), mode, (big, tiny))
                rate = args.lines / run.seconds
                bound = wire_limit(sizes, baud)
                ratio = "-" if bound == float("inf") else f"{rate / bound:.3f}"
                bound_text = "-" if bound == float("inf") else f"{bound:.0f}"
                cpu_us = (run.cpu_s - base.cpu_s) / (args.lines - 20) * 1e6
                link = f"{baud or 'unlimited'}+{latency:g}ms"
                label = mode[0] if mode[2] is not None else f"{mode[0]}, default"
                print(
                    f"{link:<16}{label:<20}{rate:>9.0f}{bound_text:>7}{ratio:>7}"
                    f"{overflows:>7}{cpu_us:>13.1f}{run.rss_mb:>8.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
