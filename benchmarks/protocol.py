"""Micro-benchmark: CPU cost of the host protocol per streamed line.

One line = enqueue + take_output + feed(b"ok\\n"), the protocol's share of the agent's
30 us/line budget (target: <= 8 us on CPython 3.11).

    .venv/bin/python benchmarks/protocol.py [--lines 200000]
"""

from __future__ import annotations

import argparse
import time

from agent.protocol.host import HostProtocol, ProtocolSettings


def run(lines: int, window: int, advanced: bool) -> float:
    proto = HostProtocol(ProtocolSettings(window=window, advanced_ok=advanced))
    proto.handshake()
    proto.take_output(0.0)
    proto.feed(b"ok\n", 0.0)
    commands = [
        f"G1 X{i % 200}.{i % 10} Y{(i * 7) % 200}.5 E{i * 0.0123:.4f}" for i in range(lines)
    ]
    reply = b"ok\n"
    start = time.process_time()
    now = 0.0
    number = 1
    for command in commands:
        proto.enqueue(command)
        proto.take_output(now)
        if advanced:
            proto.feed(b"ok N%d P15 B3\n" % number, now)
            number += 1
        else:
            proto.feed(reply, now)
        now += 0.001
    elapsed = time.process_time() - start
    assert proto.idle, "every line should have been acknowledged"
    return elapsed / lines * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000)
    args = parser.parse_args()
    for window, advanced in ((1, False), (4, False), (4, True)):
        micros = run(args.lines, window, advanced)
        mode = f"window={window}{' ADVANCED_OK' if advanced else ''}"
        print(f"{mode:<24} {micros:6.2f} us CPU per line (enqueue + take_output + feed ok)")


if __name__ == "__main__":
    main()
