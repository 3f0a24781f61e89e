"""Dispatch with the analysis' requirements: one round of `dispatch` over a queue whose
jobs carry a file's needs (nozzle, filament, material, flavour, bed, extents, each with
its provenance), against the same needs without provenance.

    .venv/bin/python benchmarks/dispatch_requirements.py --jobs 20000 --printers 2000

Prints the seconds per round (best of --repeat) for both queues; nothing is asserted.
"""

from __future__ import annotations

import argparse
import time

from agent.wire import PrinterStateName
from coordinator.dispatch import PrinterView, QueuedJob, dispatch
from coordinator.requirements import FROM_FILE, Extents, Requirements

NOZZLES = (0.4, 0.6)
MATERIALS = ("pla", "petg")


def printer(i: int) -> PrinterView:
    return PrinterView(
        key=f"a{i // 50}/p{i}", online=True, state=PrinterStateName.IDLE, bed_clear=True,
        firmware="marlin", profile="marlin2", nozzle_diameter=NOZZLES[i % 2],
        material=MATERIALS[i // 2 % 2], build_volume=(220.0, 220.0, 250.0),
        filament_diameter=1.75, tool_count=1, max_bed_c=110.0,
    )  # fmt: skip


def fleet(count: int) -> list[PrinterView]:
    return [printer(i) for i in range(count)]


def queue(count: int, provenance: bool) -> list[QueuedJob]:
    jobs = []
    for i in range(count):
        needs: dict[str, object] = {
            "nozzle_diameter": NOZZLES[i % 2], "material": MATERIALS[i // 2 % 2],
            "filament_diameter": 1.75, "gcode_flavor": "prusa", "bed_temperature": 60.0,
            "extents": Extents(x=100 + i % 100, y=100, z=50),
        }  # fmt: skip
        if provenance:
            needs["provenance"] = dict.fromkeys(needs, FROM_FILE)
        req = Requirements.model_validate(needs)
        jobs.append(QueuedJob(f"j{i}", 0, float(i), f"user{i % 30}", req))
    return jobs


def best(jobs: list[QueuedJob], printers: list[PrinterView], repeat: int) -> tuple[float, int]:
    times, placed = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        placed = len(dispatch(jobs, printers))
        times.append(time.perf_counter() - started)
    return min(times), placed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--printers", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    printers = fleet(args.printers)
    for label, provenance in (("with provenance", True), ("without provenance", False)):
        seconds, placed = best(queue(args.jobs, provenance), printers, args.repeat)
        print(f"{label:20} {args.jobs} jobs x {args.printers} printers: "
              f"{seconds * 1000:.0f} ms per round, {placed} placed")  # fmt: skip


if __name__ == "__main__":
    main()
