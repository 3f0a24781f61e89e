"""Micro-benchmark: CPU cost of the safety check per streamed line (agent/safety.py).

Every line of a job goes through `SafetyChecker.admit_job_line` when it is sent, and the
whole file once more before the first line (`check_job_file`). Measured on a real sliced
file (tests/data/prusaslicer_box_marlin2.gcode, repeated) and on plain moves:

- the fast path's share of lines, and its cost per line;
- the full canonical parse per line, for comparison (what every line would cost without
  the fast path);
- `check_job_file` per line against a bare `read_commands` pass (the reading it adds to);
- the host protocol's own cost per line (enqueue + take_output + feed ok) as the scale.

    .venv/bin/python benchmarks/safety.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from agent.gcode_file import read_commands
from agent.profiles import load_profile
from agent.protocol.host import HostProtocol, ProtocolSettings
from agent.safety import Origin, SafetyChecker, check_job_file

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "prusaslicer_box_marlin2.gcode"


def per_line_ns(action: Callable[[str], object], lines: list[str], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for line in lines:
            action(line)
        best = min(best, time.process_time() - start)
    return best / len(lines) * 1e9


def protocol_ns(lines: list[str]) -> float:
    proto = HostProtocol(ProtocolSettings(window=1))
    proto.handshake()
    proto.take_output(0.0)
    proto.feed(b"ok\n", 0.0)
    start = time.process_time()
    for line in lines:
        proto.enqueue(line)
        proto.take_output(0.0)
        proto.feed(b"ok\n", 0.0)
    return (time.process_time() - start) / len(lines) * 1e9


def file_pass_ns(path: Path, checker: SafetyChecker, count: int) -> tuple[float, float]:
    start = time.process_time()
    for _ in read_commands(path):
        pass
    bare = time.process_time() - start
    start = time.process_time()
    check_job_file(path, checker)
    checked = time.process_time() - start
    return bare / count * 1e9, checked / count * 1e9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="copies of the sample file")
    args = parser.parse_args()
    checker = SafetyChecker(load_profile("marlin2"))
    sliced = [c.text for c in read_commands(SAMPLE)] * args.repeat
    plain = [f"G1 X{i % 200}.123 Y{i % 150}.456 E{i * 0.01:.5f}" for i in range(len(sliced))]
    fast = sum(checker._fast_move(line) for line in sliced)
    print(f"lines: {len(sliced)} (sample x{args.repeat}); fast path takes {fast / len(sliced):.1%}")
    for name, lines in (("sliced sample", sliced), ("plain G1 moves", plain)):
        admit = per_line_ns(checker.admit_job_line, lines)
        full = per_line_ns(lambda line: checker._examine(line, Origin.JOB), lines)
        print(f"{name:<16} admit_job_line {admit:7.0f} ns/line   full parse {full:7.0f} ns/line")
    print(f"host protocol (scale)          {protocol_ns(sliced):7.0f} ns/line")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "job.gcode"
        path.write_text("\n".join(sliced) + "\n")
        bare, checked = file_pass_ns(path, checker, len(sliced))
    print(f"before the first line: read_commands {bare:7.0f} ns/line, check_job_file "
          f"{checked:7.0f} ns/line (+{checked - bare:.0f})")  # fmt: skip


if __name__ == "__main__":
    main()
