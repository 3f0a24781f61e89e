"""Benchmark of G-code analysis: speed and memory against OctoPrint's analyser, and
time-estimate accuracy against PrusaSlicer's own "estimated printing time (normal mode)".

    .venv/bin/python benchmarks/analyze.py            # needs prusa-slicer; installs
                                                      # octoprint into /tmp/octoprint-venv
    .venv/bin/python benchmarks/analyze.py --no-octoprint --min-lines 200000

Each analyser runs in its own process so that its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

import trimesh

OURS = """
import json, resource, sys, time
from pathlib import Path
from coordinator.intake.gcode import analyze_gcode
t = time.perf_counter()
a = analyze_gcode(Path(sys.argv[1]))
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "lines": a.lines, "estimate": a.estimated_time_s,
    "slicer": a.slicer.estimated_time_s,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
OCTOPRINT = """
import json, resource, sys, time
from octoprint.util.gcodeInterpreter import gcode
t = time.perf_counter()
g = gcode()
g.load(sys.argv[1])
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "estimate": g.totalMoveTimeMinute * 60,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
MARLIN2 = ["--gcode-flavor", "marlin2", "--machine-limits-usage", "emit_to_gcode"]


def models(tmp: Path) -> dict[str, Path]:
    shapes = {
        "cylinder": trimesh.creation.cylinder(radius=15, height=10, sections=64),
        "box": trimesh.creation.box((40, 20, 8)),
        "sphere": trimesh.creation.icosphere(subdivisions=4, radius=20),
        "cone": trimesh.creation.cone(radius=25, height=30, sections=48),
    }
    out = {}
    for name, mesh in shapes.items():
        mesh.apply_translation((0, 0, -mesh.bounds[0][2]))
        path = tmp / f"{name}.stl"
        mesh.export(path)
        out[name] = path
    return out


def slice_(model: Path, out: Path, extra: list[str]) -> Path:
    cmd = ["prusa-slicer", "--export-gcode", *extra, "--output", str(out), str(model)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=900)
    return out


def run(python: str, code: str, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [python, "-c", code, str(path)], check=True, capture_output=True, text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def octoprint_python(venv_dir: Path) -> str:
    python = venv_dir / "bin" / "python"
    if not python.exists():
        venv.create(venv_dir, with_pip=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "octoprint"], check=True, timeout=1800
        )
    return str(python)


def speed_file(tmp: Path, min_lines: int) -> Path:
    """A PrusaSlicer print of at least ``min_lines`` lines (a finely sliced sphere)."""
    radius = 30.0
    while True:
        sphere = trimesh.creation.icosphere(subdivisions=5, radius=radius)
        sphere.apply_translation((0, 0, radius))
        stl = tmp / "speed.stl"
        sphere.export(stl)
        out = slice_(stl, tmp / "speed.gcode", ["--layer-height", "0.05",
                     "--first-layer-height", "0.2", "--perimeters", "3"])  # fmt: skip
        with out.open("rb") as f:
            lines = sum(1 for _ in f)
        if lines >= min_lines or radius > 100:
            return out
        radius *= 1.3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-lines", type=int, default=1_000_000)
    parser.add_argument("--no-octoprint", action="store_true")
    parser.add_argument("--octoprint-venv", type=Path, default=Path("/tmp/octoprint-venv"))
    args = parser.parse_args()
    if shutil.which("prusa-slicer") is None:
        sys.exit("prusa-slicer is needed to make the sample G-code: apt-get install prusa-slicer")
    with tempfile.TemporaryDirectory(prefix="printfarm-bench-") as name:
        tmp = Path(name)
        print("## Accuracy against PrusaSlicer's estimate (normal mode)")
        print(f"{'file':32} {'slicer s':>9} {'ours s':>9} {'error':>7}")
        worst = 0.0
        for model_name, stl in models(tmp).items():
            for label, extra in (("default", []), ("marlin2", MARLIN2)):
                gcode = slice_(stl, tmp / f"{model_name}_{label}.gcode", extra)
                r = run(sys.executable, OURS, gcode)
                error = (r["estimate"] / r["slicer"] - 1) * 100
                worst = max(worst, abs(error))
                print(f"{gcode.name:32} {r['slicer']:9.0f} {r['estimate']:9.1f} {error:+6.2f}%")
        print(f"worst error: {worst:.2f}%\n")
        print("## Speed and memory")
        big = speed_file(tmp, args.min_lines)
        ours = run(sys.executable, OURS, big)
        lines = ours["lines"]
        print(f"file: {big.stat().st_size / 1e6:.1f} MB, {lines:.0f} lines")
        print(f"printfarm : {lines / ours['seconds']:9.0f} lines/s, peak RSS "
              f"{ours['rss_mb']:.0f} MB, estimate {ours['estimate']:.0f} s "
              f"(slicer {ours['slicer']:.0f} s)")  # fmt: skip
        if not args.no_octoprint:
            octo = run(octoprint_python(args.octoprint_venv), OCTOPRINT, big)
            print(f"octoprint : {lines / octo['seconds']:9.0f} lines/s, peak RSS "
                  f"{octo['rss_mb']:.0f} MB, estimate {octo['estimate']:.0f} s")  # fmt: skip
            print(f"speed-up  : {octo['seconds'] / ours['seconds']:.1f}x")


if __name__ == "__main__":
    main()
