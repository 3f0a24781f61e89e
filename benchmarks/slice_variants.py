"""What slicing a model per printer class costs an upload: `slice_for_fleet` of one
model (a 20 mm cube, or --mesh) for a fleet of 1..4 slicing classes (Prusa 0.4 PLA,
Marlin 0.6 PETG, Klipper 0.4 PETG, Marlin 0.8 PLA), with the real PrusaSlicer, one
slicer at a time as the coordinator runs it. Also: the dispatcher's round with jobs of
four variants against jobs of one, on a large fleet.

    .venv/bin/python benchmarks/slice_variants.py
    .venv/bin/python benchmarks/slice_variants.py --jobs 20000 --printers 5000

Prints seconds; nothing is asserted.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import trimesh

from agent.wire import PrinterStateName
from coordinator.dispatch import PrinterView, QueuedJob, dispatch
from coordinator.intake.uploads import slice_for_fleet
from coordinator.requirements import Requirements

CLASSES = [
    ("prusa", 0.4, "pla"), ("marlin", 0.6, "petg"), ("klipper", 0.4, "petg"),
    ("marlin", 0.8, "pla"),
]  # fmt: skip


def view(n: int, firmware: str, nozzle: float, material: str) -> PrinterView:
    return PrinterView(
        key=f"a/p{n}", online=True, state=PrinterStateName.IDLE, bed_clear=True,
        firmware=firmware, profile=firmware, nozzle_diameter=nozzle, material=material,
        build_volume=(220.0, 220.0, 250.0),
    )  # fmt: skip


def slicing(mesh: Path | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "model.stl"
        if mesh is None:
            trimesh.creation.box((20, 20, 20)).export(model)
        else:
            model.write_bytes(mesh.read_bytes())
        for count in range(1, len(CLASSES) + 1):
            fleet = [view(n, *CLASSES[n]) for n in range(count)]
            started = time.perf_counter()
            done = slice_for_fleet(model, Path(tmp) / "out.gcode", "model.stl",
                                   Requirements(), fleet)  # fmt: skip
            took = time.perf_counter() - started
            print(f"{count} class(es): {len(done.variants) or 1} slice(s) in {took:.1f} s")


def dispatching(jobs: int, printers: int) -> None:
    fleet = [view(n, *CLASSES[n % len(CLASSES)]) for n in range(printers)]
    variants = tuple(Requirements(firmware=f, nozzle_diameter=d, material=m) for f, d, m in CLASSES)
    last = variants[-1]  # only a quarter of the fleet matches: the worst for one variant
    for label, queue in (
        ("one variant", [QueuedJob(f"j{n}", 0, n, "ann", last) for n in range(jobs)]),
        ("four variants", [QueuedJob(f"j{n}", 0, n, "ann", variants[0], variants=variants)
                           for n in range(jobs)]),
    ):  # fmt: skip
        started = time.perf_counter()
        placed = dispatch(queue, fleet)
        took = time.perf_counter() - started
        print(f"dispatch, {jobs} jobs of {label}, {printers} printers: "
              f"{len(placed)} placed in {took * 1000:.0f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mesh", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=20000)
    parser.add_argument("--printers", type=int, default=5000)
    args = parser.parse_args()
    slicing(args.mesh)
    dispatching(args.jobs, args.printers)


if __name__ == "__main__":
    main()
